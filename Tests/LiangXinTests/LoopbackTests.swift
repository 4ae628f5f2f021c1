import LiangXin
import Testing

/// Which URLs count as this machine, for plain-http callbacks and base URLs.
@Suite struct LoopbackTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080/hook", true), ("http://localhost/hook", true), ("HTTP://LOCALHOST:9/x", true),
        ("http://[::1]:8080/x", true), ("http://user@127.0.0.2/x", true), ("https://127.0.0.1/x", false),
        ("http://example.com/x", false), ("http://127.example.com/x", false), ("http://localhost.evil.com/x", false),
        ("http://[::2]/x", false), ("http://127.0.0.256/x", false), ("ftp://localhost/x", false), ("http://", false),
    ])
    func loopbackHTTPURLs(url: String, expected: Bool) {
        #expect(Loopback.isLoopbackHTTP(url) == expected)
    }

    @Test func onlyTheHTTPSRuleOnALoopbackCallbackIsExcused() {
        let format = ValidationIssue(pointer: "/callBackUrl", code: .format, message: "must be an https URL")
        let type = ValidationIssue(pointer: "/callBackUrl", code: .type, message: "must be a string")
        #expect(Loopback.excuses(format, callBackUrl: "http://127.0.0.1:9/hook"))
        #expect(!Loopback.excuses(format, callBackUrl: "http://example.com/hook"))
        #expect(!Loopback.excuses(type, callBackUrl: "http://127.0.0.1:9/hook"))
        #expect(!Loopback.excuses(format, callBackUrl: nil))
    }
}
