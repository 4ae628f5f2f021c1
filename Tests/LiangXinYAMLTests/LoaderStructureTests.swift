import LiangXinYAML
import Testing

/// What the loader keeps of a valid document: marks, order and scalar styles.
@Suite struct LoaderStructureTests {
    @Test func marksAreOneBasedLinesAndColumns() throws {
        let root = try loadedRoot("title: Z\ninput:\n  prompt:\n    type: string\n")
        let input = try #require(root.mapping?[1])
        #expect(input.key.location == FileLocation(file: "t.yaml", line: 2, column: 1))
        let prompt = try #require(input.value.mapping?.first)
        #expect(prompt.key.location == FileLocation(file: "t.yaml", line: 3, column: 3))
        let type = try #require(prompt.value.mapping?.first)
        #expect(type.value.location == FileLocation(file: "t.yaml", line: 4, column: 11))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try loadedRoot("名前: x\nkey: \"é\" \n")
        let value = try #require(root.mapping?[0].value)
        #expect(value.location.column == 5)
    }

    @Test func mappingOrderIsKept() throws {
        let root = try loadedRoot("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(root.mapping?.map { $0.name } == ["zeta", "alpha", "mid"])
    }

    @Test func scalarStylesAreKept() throws {
        let root = try loadedRoot(
            "p: 4\nd: \"4\"\ns: '4'\nl: |\n  4\nf: >\n  4\n")
        let styles: [YAMLScalar.Style]? = root.mapping?.compactMap { $0.value.scalar?.style }
        #expect(styles == [.plain, .doubleQuoted, .singleQuoted, .literal, .folded])
    }

    @Test func quotedNumbersStayStrings() throws {
        let root = try loadedRoot(
            "a: 4\nb: \"4\"\nc: 4.5\nd: true\ne: \"true\"\nf: ~\ng: 0x1F\nh: 1:1\n")
        let values: [ResolvedScalar]? = root.mapping?.compactMap { $0.value.scalar?.resolved }
        #expect(
            values == [
                .integer(4), .string("4"), .float(4.5), .bool(true), .string("true"), .null,
                .integer(31), .string("1:1"),
            ])
    }

    @Test func coreSchemaTagsAreHonoured() throws {
        let root = try loadedRoot("a: !!str 4\nb: !!int \"7\"\nc: !!float 1\n")
        let values: [ResolvedScalar]? = root.mapping?.compactMap { $0.value.scalar?.resolved }
        #expect(values == [.string("4"), .integer(7), .integer(1)])
    }

    @Test func oversizedIntegersAreKeptAsWritten() throws {
        let root = try loadedRoot("a: 18446744073709551616\n")
        #expect(
            root.mapping?.first?.value.scalar?.resolved == .oversizedInteger("18446744073709551616"))
    }

    @Test func scalarsMayHoldNul() throws {
        let root = try loadedRoot("a: \"x\\0y\"\n")
        #expect(root.mapping?.first?.value.scalar?.text == "x\u{0}y")
    }

    @Test func flowAndBlockCollections() throws {
        let root = try loadedRoot("a: [1, two, {k: v}]\n")
        let items = try #require(root.mapping?.first?.value.sequence)
        #expect(items.count == 3)
        #expect(items[2].mapping?.first?.name == "k")
        #expect(items[1].location == FileLocation(file: "t.yaml", line: 1, column: 8))
    }

    @Test func anEmptyFileHasNoRoot() {
        let result = YAMLLoader.load(SourceFile(path: "t.yaml", text: ""))
        #expect(result.root == nil)
        #expect(result.diagnostics.isEmpty)
    }
}
