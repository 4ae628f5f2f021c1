import LiangXin
import Testing

/// `JSONPointer`: built one step at a time with its last step pending, spelled out only when
/// read, and equal to the same pointer built any other way.
@Suite struct JSONPointerTests {
    @Test func stepsJoinInOrderWithEscapes() {
        let deep = JSONPointer.input.appending("a/b").appending(2).appending("c~d").appending(0).appending("e")
        #expect(deep.text == "/input/a~1b/2/c~0d/0/e")
        #expect(deep.description == "/input/a~1b/2/c~0d/0/e")
        #expect(JSONPointer.root.text == "")
        #expect(JSONPointer.root.appending("model").text == "/model")
        #expect(JSONPointer.root.appending("").appending(0).text == "//0")
        #expect(JSONPointer.input.appending("reference_images").appending(2).text == "/input/reference_images/2")
    }

    @Test func pointersBuiltDifferentlyAreEqual() {
        let built = JSONPointer.root.appending("input").appending("items").appending(3).appending("url")
        let parsed = JSONPointer("/input/items/3/url")
        let partly = JSONPointer("/input/items").appending(3).appending("url")
        #expect(built == parsed)
        #expect(partly == parsed)
        #expect(built.hashValue == parsed.hashValue)
        #expect(built != JSONPointer("/input/items/3"))
        #expect(Set([built, parsed, partly]).count == 1)
        #expect(built.joined == built)
        #expect(built.joined.appending(0).text == "/input/items/3/url/0")
    }
}
