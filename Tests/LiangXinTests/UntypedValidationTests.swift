import Foundation
import LiangXin
import Testing

/// `LiangXinModels.validate(createTaskBody:)`: every issue kind of untyped payloads.
@Suite struct UntypedValidationTests {
    @Test func aValidBodyHasNoIssue() {
        #expect(
            WireJSON.issues(
                #"{"model":"z-image","callBackUrl":"https://me.example/cb","input":{"prompt":"A cafe","image_size":"square_hd","seed":7}}"#
            ) == [])
    }

    @Test func invalidJSONIsLocated() {
        #expect(
            WireJSON.issues("{\"model\":\"z-image\",\n \"input\": {\"prompt\": }}") == [
                " invalidJSON invalid JSON at line 2, column 22: unexpected character '}'"
            ])
        #expect(
            WireJSON.issues(#"{"model":"z-image","model":"x","input":{}}"#) == [
                " invalidJSON invalid JSON at line 1, column 20: duplicate key \"model\""
            ])
        #expect(
            WireJSON.issues("") == [
                " invalidJSON invalid JSON at line 1, column 1: unexpected end of input"
            ])
    }

    @Test func invalidUTF8AndDeepNesting() {
        let bytes =
            Data(#"{"model":"z-image","input":{"prompt":""#.utf8) + Data([0xC3, 0x28])
            + Data(#""}}"#.utf8)
        #expect(
            LiangXinModels.validate(createTaskBody: bytes).map(\.message) == [
                "invalid JSON at line 1, column 39: invalid UTF-8 in a string"
            ])
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":"# + deep + "}}") == [
                " invalidJSON invalid JSON at line 1, column 303: nesting deeper than 256 levels"
            ])
    }

    @Test func noSilentCoercion() {
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":"4"}}"#) == [
                "/input/seed type must be an integer (got a string)"
            ])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":4.5}}"#) == [
                "/input/seed type must be an integer (got 4.5)"
            ])
        #expect(WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":4.0}}"#) == [])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":7,"enable_safety_checker":"true"}}"#)
                == [
                    "/input/prompt type must be a string (got 7)",
                    "/input/enable_safety_checker type must be a boolean (got a string)",
                ])
        #expect(
            WireJSON.issues(
                #"{"model":"gemini-2.5-flash-image-preview","input":{"prompt":"x","reference_images":"https://a.example/a.png"}}"#
            ) == [
                "/input/reference_images type must be an array (got a string)"
            ])
        #expect(
            WireJSON.issues(
                #"{"model":"gemini-2.5-flash-image-preview","input":{"prompt":"x","reference_images":["https://a.example/a.png",3]}}"#
            ) == [
                "/input/reference_images/1 type must be a string (got 3)"
            ])
    }

    @Test func hugeNumbers() {
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":18446744073709551616}}"#)
                == [
                    "/input/seed type must be an integer that fits in 64 bits (got 18446744073709551616)"
                ])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":1e400}}"#) == [
                "/input/seed type must be an integer (got 1e400)"
            ])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","seed":4294967296}}"#) == [
                "/input/seed maximum must be at most 4294967295 (got 4294967296)"
            ])
    }

    @Test func requiredNullAndUnknownKeys() {
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"promt":"x","seed":null}}"#) == [
                "/input/prompt required is required",
                "/input/seed null must not be null",
                "/input/promt unknownKey is not a known field; did you mean \"prompt\"?",
            ])
        #expect(
            WireJSON.issues(
                #"{"model":"z-image","input":{"prompt":"x"},"callbackUrl":"https://x.example"}"#) == [
                    "/callbackUrl unknownKey is not a known field; did you mean \"callBackUrl\"?"
                ])
    }

    @Test func unknownKeysDoNotHideConstraintIssues() {
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"","colour":"red"}}"#) == [
                "/input/colour unknownKey is not a known field",
                "/input/prompt minLength must be at least 1 character (got 0)",
            ])
    }

    @Test func modelAndInputEnvelope() {
        #expect(
            WireJSON.issues(#"{"model":"z-imag","input":{"prompt":"x"}}"#) == [
                "/model unknownModel is not a known model id; did you mean \"z-image\"?"
            ])
        #expect(WireJSON.issues(#"{"input":{"prompt":"x"}}"#) == ["/model required is required"])
        #expect(WireJSON.issues(#"{"model":"z-image"}"#) == ["/input required is required"])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":[]}"#) == [
                "/input type must be an object (got an array)"
            ])
        #expect(WireJSON.issues(#"[1]"#) == [" type must be an object (got an array)"])
        #expect(
            WireJSON.issues(
                #"{"model":"z-image","callBackUrl":"http://me.example/cb","input":{"prompt":"x"}}"#) == [
                    "/callBackUrl format must be an https:// URL (got \"http://me.example/cb\")"
                ])
    }

    @Test func enumsAcceptAliasesAndRejectTheRest() {
        #expect(
            WireJSON.issues(#"{"model":"seedream-v4-5","input":{"prompt":"x","aspect_ratio":"16:9"}}"#)
                == [])
        #expect(
            WireJSON.issues(#"{"model":"z-image","input":{"prompt":"x","output_format":"gif"}}"#) == [
                "/input/output_format enum must be one of jpeg, png (got \"gif\")"
            ])
    }

    @Test func constraintsAndRulesThroughTheUntypedPath() {
        let images = (1...4).map { "\"https://x.example/\($0).png\"" }.joined(separator: ",")
        #expect(
            WireJSON.issues(
                #"{"model":"flux-2-pro","input":{"prompt":"x","width":2000,"reference_images":[\#(images)],"input_image":"https://x.example/0.png"}}"#
            ) == [
                "/input/width maximum must be at most 1440 (got 2000)",
                "/input/height together must be given together with width",
                "/input maxTotalItems reference_images, input_image, input_image_2, input_image_3 and input_image_4 together must hold at most 4 items (got 5)",
            ])
    }

    @Test func issuesEncodeForMachines() throws {
        let issue = LiangXinModels.validate(
            createTaskBody: Data(#"{"model":"z-image","input":{"prompt":""}}"#.utf8))[0]
        #expect(
            try WireJSON.encode(issue)
                == #"{"actual":"0","code":"minLength","limit":"1","message":"must be at least 1 character (got 0)","pointer":"/input/prompt"}"#
        )
    }
}
