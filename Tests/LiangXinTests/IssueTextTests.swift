import Testing

@testable import LiangXinRuntime

/// The bounds on issue text: cut only what is over the limit, and mark the cut.
@Suite struct IssueTextTests {
    @Test func boundedCutsOnlyPastTheLimit() {
        #expect(IssueText.bounded("abc", to: 3) == "abc")
        #expect(IssueText.bounded("ab", to: 3) == "ab")
        #expect(IssueText.bounded("abcd", to: 3) == "ab…")
        #expect(IssueText.bounded("ééé", to: 3) == "ééé")  // 6 bytes, 3 scalars: not cut
        #expect(IssueText.bounded("éééé", to: 3) == "éé…")
    }

    @Test func quotedCountsEscapes() {
        #expect(IssueText.quoted(String(repeating: "a", count: 60)) == "\"" + String(repeating: "a", count: 60) + "\"")
        #expect(IssueText.quoted(String(repeating: "a", count: 61)) == "\"" + String(repeating: "a", count: 60) + "…\"")
        #expect(
            IssueText.quoted(String(repeating: "\n", count: 40)) == "\"" + String(repeating: "\\n", count: 30) + "…\"")
    }
}
