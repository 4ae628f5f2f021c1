import LiangXinYAML
import Testing

/// Every rejection of the loader, with its exact text, source line and caret.
@Suite struct LoaderRejectionTests {
    @Test func duplicateKeys() {
        #expect(
            renderedErrors("a: 1\nb: 2\na: 3\n") == """
                t.yaml:3:1: error: duplicate key 'a'; first defined at line 1, column 1
                a: 3
                ^

                """)
    }

    @Test func duplicateKeysInNestedMappingsAreAllReported() {
        #expect(
            renderedErrors("x:\n  k: 1\n  k: 2\ny:\n  - {m: 1, m: 2}\n") == """
                t.yaml:3:3: error: duplicate key 'k'; first defined at line 2, column 3
                  k: 2
                  ^
                t.yaml:5:12: error: duplicate key 'm'; first defined at line 5, column 6
                  - {m: 1, m: 2}
                           ^

                """)
    }

    @Test func anchorsAndAliases() {
        #expect(
            renderedErrors("a: &base 1\nb: *base\n") == """
                t.yaml:1:4: error: anchor '&base' is not supported; write the value out in full
                a: &base 1
                   ^
                t.yaml:2:4: error: alias '*base' is not supported; write the value out in full
                b: *base
                   ^

                """)
    }

    @Test func aSecondDocument() {
        #expect(
            renderedErrors("a: 1\n---\nb: 2\n") == """
                t.yaml:2:1: error: a spec file holds one YAML document; found a second one
                ---
                ^

                """)
    }

    @Test func tagsOutsideTheCoreSchema() {
        #expect(
            renderedErrors("a: !custom 1\nb: !!binary aGk=\n") == """
                t.yaml:1:4: error: tag '!custom' is not supported; use only the core schema tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq
                a: !custom 1
                   ^
                t.yaml:2:4: error: tag '!!binary' is not supported; use only the core schema tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq
                b: !!binary aGk=
                   ^

                """)
    }

    @Test func coreTagsThatDoNotFit() {
        #expect(
            renderedErrors("a: !!int abc\nb: !!map x\n") == """
                t.yaml:1:4: error: 'abc' is not a valid !!int
                a: !!int abc
                   ^
                t.yaml:2:4: error: tag '!!map' cannot be used on a scalar
                b: !!map x
                   ^

                """)
    }

    @Test func nonScalarKeys() {
        #expect(
            renderedErrors("? [a, b]\n: 1\n") == """
                t.yaml:1:3: error: mapping keys must be scalars, not a sequence
                ? [a, b]
                  ^

                """)
    }

    @Test func invalidUTF8IsLocatedFromTheByteOffset() {
        let bytes = Array("a: 1\nbb: x".utf8) + [0xFF] + Array("\n".utf8)
        #expect(
            renderedErrors(bytes: bytes) == """
                t.yaml:2:6: error: invalid leading UTF-8 octet (byte 0xFF)
                bb: x\u{FFFD}
                     ^

                """)
    }

    @Test func controlCharactersAreLocatedFromTheByteOffset() {
        #expect(
            renderedErrors("a: 1\nb: é\u{07}\n") == """
                t.yaml:2:5: error: control characters are not allowed (U+0007)
                b: é\u{FFFD}
                    ^

                """)
    }

    @Test func syntaxErrorsCarryLibyamlsContext() {
        #expect(
            renderedErrors("a: [1, 2\nb: 3\n") == """
                t.yaml:2:2: error: while parsing a flow sequence, did not find expected ',' or ']'
                b: 3
                 ^

                """)
        #expect(
            renderedErrors("a: 1\n b: 2\n") == """
                t.yaml:2:3: error: mapping values are not allowed in this context
                 b: 2
                  ^

                """)
        #expect(
            renderedErrors("a: \"open\n") == """
                t.yaml:2:1: error: while scanning a quoted scalar, found unexpected end of stream

                ^

                """)
        #expect(
            renderedErrors("key: value\n\tbad: 1\n") == """
                t.yaml:2:1: error: while scanning a plain scalar, found a tab character that violates indentation
                \tbad: 1
                ^

                """)
    }

    @Test func deepNestingStopsWithALocatedError() {
        let yaml = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(
            renderedErrors(yaml).hasPrefix(
                "t.yaml:1:65: error: the document nests deeper than 64 levels\n"))
    }

    @Test func longLinesAreWindowedAroundTheCaret() {
        let line =
            "k: " + String(repeating: "y", count: 150) + ": z " + String(repeating: "w", count: 150)
        let rendered = renderedErrors(line + "\n")
        let expectedLine =
            "…" + String(repeating: "y", count: 60) + ": z " + String(repeating: "w", count: 56) + "…"
        #expect(
            rendered == """
                t.yaml:1:154: error: mapping values are not allowed in this context
                \(expectedLine)
                \(String(repeating: " ", count: 61))^

                """)
    }

    @Test func binaryInputGetsALocatedError() {
        // A fixed pseudo-random byte stream (a linear congruential generator), so every run
        // checks the same bytes.
        var state: UInt32 = 2_026
        let bytes = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
        let rendered = renderedErrors(bytes: bytes)
        #expect(rendered.hasPrefix("t.yaml:"))
        #expect(rendered.contains(": error: "))
    }
}
