import LiangXinAPI
import Testing

/// Text the generator wrote as a continued multi-line literal (its line was wider than the
/// page) is the spec's text, byte for byte.
struct GeneratedLiteralTests {
    @Test func aContinuedLiteralIsTheSpecText() {
        #expect(
            APIStatus.badRequest.meaning
                == "Invalid request, missing or unsupported model, invalid model parameter, price not configured, or a missing taskId."
        )
    }
}
