import LiangXin
@_spi(LiangXinGenerated) import LiangXinRuntime
import Testing

/// The generated validators: each constraint kind yields its issue with pointer, code,
/// limit, actual value and exact message; every issue is collected.
@Suite struct TypedValidationTests {
    @Test func maxLength() {
        let issues = ZImage.Input(prompt: String(repeating: "a", count: 5012)).validate()
        #expect(
            issues == [
                ValidationIssue(
                    pointer: "/input/prompt", code: .maxLength,
                    message: "must be at most 4096 characters (got 5012)",
                    limit: "4096", actual: "5012")
            ])
    }

    @Test func minLengthCountsCharactersNotBytes() {
        #expect(
            NanoBananaPro.Input(prompt: "é").validate().map(\.description) == [
                "/input/prompt: must be at least 2 characters (got 1)"
            ])
        #expect(NanoBananaPro.Input(prompt: "éé").validate().isEmpty)
        #expect(
            ZImage.Input(prompt: "").validate().map(\.description) == [
                "/input/prompt: must be at least 1 character (got 0)"
            ])
        #expect(ZImage.Input(prompt: String(repeating: "画", count: 4096)).validate().isEmpty)
    }

    @Test func minimumAndMaximum() {
        let issues = ZImage.Input(prompt: "x", numInferenceSteps: 51, seed: -1).validate()
        #expect(
            issues == [
                ValidationIssue(
                    pointer: "/input/num_inference_steps", code: .maximum,
                    message: "must be at most 50 (got 51)", limit: "50", actual: "51"),
                ValidationIssue(
                    pointer: "/input/seed", code: .minimum, message: "must be at least 0 (got -1)",
                    limit: "0", actual: "-1"),
            ])
        #expect(
            Imagen4Ultra.Input(prompt: "x", seed: 0).validate().map(\.description) == [
                "/input/seed: must be at least 1 (got 0)"
            ])
        #expect(
            Imagen4Ultra.Input(prompt: "x", compressionQuality: 101).validate().map(\.code) == [.maximum])
    }

    @Test func formatOfItemsNamesTheItemPointer() {
        let input = NanoBananaPro.Input(
            prompt: "a fox",
            referenceImages: [
                "https://x.example/a.png", "https://x.example/b.PNG", "https://x.example/c.gif",
            ])
        #expect(
            input.validate() == [
                ValidationIssue(
                    pointer: "/input/reference_images/2", code: .format,
                    message:
                        "must be an http(s) URL ending in .png, .jpg, .jpeg or .webp, or a base64 data URI of those image types (got \"https://x.example/c.gif\")",
                    limit: "image-ref", actual: "\"https://x.example/c.gif\"")
            ])
    }

    @Test func uriFormat() {
        #expect(
            Flux2Pro.Input(prompt: "x", inputImage: "not a uri").validate().map(\.description) == [
                "/input/input_image: must be an absolute URI (got \"not a uri\")"
            ])
        #expect(
            Flux2Pro.Input(prompt: "x", inputImage: "data:image/png;base64,AAAA").validate().isEmpty)
    }

    @Test func maxItems() {
        let images = (0..<4).map { "https://x.example/\($0).png" }
        #expect(
            Gemini2_5FlashImagePreview.Input(prompt: "x", referenceImages: images).validate() == [
                ValidationIssue(
                    pointer: "/input/reference_images", code: .maxItems,
                    message: "must have at most 3 items (got 4)", limit: "3", actual: "4")
            ])
    }

    @Test func togetherIsReportedAtTheMissingField() {
        #expect(
            Flux2Pro.Input(prompt: "x", width: 512).validate() == [
                ValidationIssue(
                    pointer: "/input/height", code: .together, message: "must be given together with width",
                    limit: "width, height", actual: "width")
            ])
        #expect(
            Flux2Pro.Input(prompt: "x", height: 512).validate().map(\.description) == [
                "/input/width: must be given together with height"
            ])
        #expect(Flux2Pro.Input(prompt: "x", width: 512, height: 512).validate().isEmpty)
        #expect(Flux2Pro.Input(prompt: "x").validate().isEmpty)
    }

    @Test func maxTotalItemsOverSeveralFields() {
        let two = ["https://x.example/1.png", "https://x.example/2.png"]
        #expect(
            NanoBananaPro.Input(prompt: "a fox", imageInput: two, referenceImages: two).validate() == [
                ValidationIssue(
                    pointer: "/input", code: .maxTotalItems,
                    message: "image_input and reference_images together must hold at most 3 items (got 4)",
                    limit: "3", actual: "4")
            ])
        let flux = Flux2Pro.Input(
            prompt: "x", inputImage: "https://x.example/a.png", inputImage3: "https://x.example/c.png",
            referenceImages: [
                "https://x.example/1.png", "https://x.example/2.png", "https://x.example/3.png",
            ])
        #expect(
            flux.validate().map(\.description) == [
                "/input: reference_images, input_image, input_image_2, input_image_3 and input_image_4 together must hold at most 4 items (got 5)"
            ])
    }

    @Test func everyIssueIsCollected() {
        let input = Flux2Pro.Input(
            prompt: "", width: 100, referenceImages: Array(repeating: "nope", count: 5), seed: -5)
        #expect(
            input.validate().map(\.description) == [
                "/input/prompt: must be at least 1 character (got 0)",
                "/input/width: must be at least 256 (got 100)",
                "/input/reference_images: must have at most 4 items (got 5)",
                "/input/reference_images/0: must be an absolute URI (got \"nope\")",
                "/input/reference_images/1: must be an absolute URI (got \"nope\")",
                "/input/reference_images/2: must be an absolute URI (got \"nope\")",
                "/input/reference_images/3: must be an absolute URI (got \"nope\")",
                "/input/reference_images/4: must be an absolute URI (got \"nope\")",
                "/input/seed: must be at least 0 (got -5)",
                "/input/height: must be given together with width",
                "/input: reference_images, input_image, input_image_2, input_image_3 and input_image_4 together must hold at most 4 items (got 5)",
            ])
    }

    @Test func validatedThrowsEveryIssue() throws {
        #expect(throws: ValidationError.self) { try ZImage.Input(prompt: "").validated() }
        let valid = try ZImage.Input(prompt: "ok").validated()
        #expect(valid.prompt == "ok")
        do {
            _ = try Flux2Pro.Input(prompt: "", width: 300).validated()
        } catch {
            #expect(error.issues.map(\.code) == [.minLength, .together])
            #expect(
                error.description
                    == "invalid request:\n  /input/prompt: must be at least 1 character (got 0)\n  /input/height: must be given together with width"
            )
        }
    }

    @Test func longActualValuesAreCut() {
        let long = "ftp:" + String(repeating: " ", count: 100)
        #expect(
            Flux2Pro.Input(prompt: "x", inputImage: long).validate().first?.actual == "\"ftp:"
                + String(repeating: " ", count: 56) + "…\"")
        let sixty = "é" + String(repeating: "画", count: 59)
        #expect(Flux2Pro.Input(prompt: "x", inputImage: sixty).validate().first?.actual == "\"\(sixty)\"")
        #expect(
            Flux2Pro.Input(prompt: "x", inputImage: sixty + "x").validate().first?.actual == "\"\(sixty)…\"")
        #expect(
            Flux2Pro.Input(prompt: "x", inputImage: "a\"b\\c\nd\u{7F}").validate().first?.actual
                == #""a\"b\\c\nd\u007f""#)
    }
}

/// Enum aliases decode to their canonical case and encode canonically.
@Suite struct AliasDecodingTests {
    @Test func aliasesDecodeToTheCanonicalCase() throws {
        let input = try WireJSON.decode(
            SeedreamV4_5.Input.self, #"{"prompt":"x","aspect_ratio":"16:9"}"#)
        #expect(input.aspectRatio == .widescreen16_9)
        #expect(try WireJSON.encode(input) == #"{"aspect_ratio":"widescreen_16_9","prompt":"x"}"#)
        let imagen = try WireJSON.decode(
            Imagen4Ultra.Input.self, #"{"prompt":"x","output_format":"image/jpeg"}"#)
        #expect(imagen.outputFormat == .jpeg)
        #expect(Imagen4Ultra.Input.OutputFormat(wireValue: "jpg") == .jpeg)
        #expect(Imagen4Ultra.Input.OutputFormat.allCases.map(\.rawValue) == ["png", "jpeg"])
    }

    /// An enum with aliases that is an array's items: its `JSONReadable` witness reads aliases,
    /// and so does a generic context that knows it only as a `WireEnum`.
    @Test func aliasedArrayItemsAndGenericContextsReadAliases() throws {
        enum Shade: String, AliasedWireEnum, JSONReadable, JSONWritable {
            case light
            case dark
            static let aliases: [String: Self] = ["pale": .light]
        }
        var issues = ValidationIssues()
        let items = [Shade].read(
            try JSONParser.parse(Array(#"["pale", "dark", "grey"]"#.utf8)), at: .input, issues: &issues)
        #expect(items == nil)
        #expect(issues.all.map(\.description) == [#"/input/2: must be one of light, dark (got "grey")"#])
        issues = ValidationIssues()
        #expect(
            [Shade].read(try JSONParser.parse(Array(#"["pale", "dark"]"#.utf8)), at: .input, issues: &issues) == [
                .light, .dark,
            ])
        func generic<Value: WireEnum>(_ type: Value.Type, _ text: String) -> Value? { Value(wireValue: text) }
        #expect(generic(Shade.self, "pale") == .light)
        #expect(generic(Imagen4Ultra.Input.AspectRatio.self, "1:1") == .square1_1)
        #expect(generic(Imagen4Ultra.Input.AspectRatio.self, "1:2") == nil)
    }

    @Test func rawValuesAreTheCanonicalWireValuesOnly() {
        for format in Imagen4Ultra.Input.OutputFormat.allCases {
            #expect(Imagen4Ultra.Input.OutputFormat(rawValue: format.rawValue) == format)
        }
        #expect(Imagen4Ultra.Input.OutputFormat(rawValue: "jpeg") == .jpeg)
        #expect(Imagen4Ultra.Input.OutputFormat(rawValue: "jpg") == nil)
        #expect(Imagen4Ultra.Input.OutputFormat(rawValue: "JPEG") == nil)
        #expect(Imagen4Ultra.Input.OutputFormat(rawValue: "") == nil)
        #expect(ZImage.Input.AspectRatio(rawValue: "16:9") == .ratio16x9)
        #expect(ZImage.Input.AspectRatio.allCases.map(\.rawValue) == ["1:1", "3:4", "9:16", "4:3", "16:9"])
    }

    @Test func decodingIsAsStrictAsValidationAndNamesEveryIssue() throws {
        do {
            _ = try WireJSON.decode(ZImage.Input.self, #"{"seed":"4","image_size":"huge"}"#)
            Issue.record("decoding should have failed")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(
                context.debugDescription
                    == "/prompt: is required; /image_size: must be one of square, square_hd, portrait_3_4, portrait_9_16, landscape_4_3, landscape_16_9 (got \"huge\"); /seed: must be an integer (got a string)"
            )
        }
        let tolerant = try WireJSON.decode(ZImage.Input.self, #"{"prompt":"x","future_field":1}"#)
        #expect(tolerant == ZImage.Input(prompt: "x"))
    }

    @Test func unknownValuesDoNotDecode() {
        #expect(throws: DecodingError.self) {
            try WireJSON.decode(SeedreamV4_5.Input.self, #"{"prompt":"x","aspect_ratio":"17:9"}"#)
        }
    }
}
