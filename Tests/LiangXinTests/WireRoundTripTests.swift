import Foundation
import LiangXin
import Testing

/// For each of the nine models, a valid input encodes to the exact wire JSON and decodes back.
@Suite struct WireRoundTripTests {
    @Test func zImage() throws {
        let input = ZImage.Input(
            prompt: "A cafe terrace", imageSize: .squareHd, aspectRatio: .ratio16x9, numInferenceSteps: 8,
            seed: 42,
            outputFormat: .png, enableSafetyChecker: true)
        try expectRoundTrip(
            input,
            #"{"aspect_ratio":"16:9","enable_safety_checker":true,"image_size":"square_hd","num_inference_steps":8,"output_format":"png","prompt":"A cafe terrace","seed":42}"#
        )
        #expect(input.validate().isEmpty)
    }

    @Test func seedreamV4_5() throws {
        let input = SeedreamV4_5.Input(
            prompt: "Dunes", aspectRatio: .cinematic21_9, seed: 0, enableSafetyChecker: false)
        try expectRoundTrip(
            input,
            #"{"aspect_ratio":"cinematic_21_9","enable_safety_checker":false,"prompt":"Dunes","seed":0}"#)
        #expect(input.validate().isEmpty)
    }

    @Test func seedreamV5Lite() throws {
        let input = SeedreamV5Lite.Input(prompt: "Dunes", aspectRatio: .portrait2_3)
        try expectRoundTrip(input, #"{"aspect_ratio":"portrait_2_3","prompt":"Dunes"}"#)
        #expect(input.validate().isEmpty)
    }

    @Test func gemini() throws {
        let input = Gemini2_5FlashImagePreview.Input(
            prompt: "Make it blue",
            referenceImages: ["https://example.com/a.png", "data:image/png;base64,iVBORw0KGgo="])
        try expectRoundTrip(
            input,
            #"{"prompt":"Make it blue","reference_images":["https://example.com/a.png","data:image/png;base64,iVBORw0KGgo="]}"#
        )
        #expect(input.validate().isEmpty)
        #expect(Gemini2_5FlashImagePreview.deprecation?.contains("2025-10-31") == true)
    }

    @Test func nanoBananaPro() throws {
        let input = NanoBananaPro.Input(
            prompt: "A fox", imageInput: ["https://example.com/fox.jpg"],
            referenceImages: ["https://example.com/b.webp"],
            aspectRatio: .ratio4x5, resolution: .size4K, outputFormat: .png)
        try expectRoundTrip(
            input,
            #"{"aspect_ratio":"4:5","image_input":["https://example.com/fox.jpg"],"output_format":"png","prompt":"A fox","reference_images":["https://example.com/b.webp"],"resolution":"4K"}"#
        )
        #expect(input.validate().isEmpty)
    }

    @Test func nanoBananaProFlash() throws {
        let input = NanoBananaProFlash.Input(
            prompt: "A fox", resolution: .low, useGoogleSearchTool: true)
        try expectRoundTrip(
            input, #"{"prompt":"A fox","resolution":"low","use_google_search_tool":true}"#)
        #expect(input.validate().isEmpty)
    }

    @Test func imagen4Fast() throws {
        let input = Imagen4Fast.Input(
            prompt: "Owl", aspectRatio: .classic4_3, language: .zhCN, outputFormat: .jpeg,
            compressionQuality: 90)
        try expectRoundTrip(
            input,
            #"{"aspect_ratio":"classic_4_3","compression_quality":90,"language":"zh-CN","output_format":"jpeg","prompt":"Owl"}"#
        )
        #expect(input.validate().isEmpty)
    }

    @Test func imagen4Ultra() throws {
        let input = Imagen4Ultra.Input(
            prompt: "Owl", personGeneration: .dontAllow, safetySettings: .blockOnlyHigh, seed: 1,
            enhancePrompt: false)
        try expectRoundTrip(
            input,
            #"{"enhance_prompt":false,"person_generation":"dont_allow","prompt":"Owl","safety_settings":"block_only_high","seed":1}"#
        )
        #expect(input.validate().isEmpty)
    }

    @Test func flux2Pro() throws {
        let input = Flux2Pro.Input(
            prompt: "Harbor", width: 1024, height: 768, aspectRatio: .ratio3x2,
            inputImage: "https://example.com/1.png",
            referenceImages: ["https://example.com/2.png"], seed: 4_294_967_295, promptUpsampling: true)
        try expectRoundTrip(
            input,
            #"{"aspect_ratio":"3:2","height":768,"input_image":"https://example.com/1.png","prompt":"Harbor","prompt_upsampling":true,"reference_images":["https://example.com/2.png"],"seed":4294967295,"width":1024}"#
        )
        #expect(input.validate().isEmpty)
    }

    /// Encodes to exactly `json` (keys sorted) and decodes back to an equal value.
    private func expectRoundTrip<Input: Codable & Equatable>(
        _ input: Input, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(try WireJSON.encode(input) == json, sourceLocation: sourceLocation)
        #expect(try WireJSON.decode(Input.self, json) == input, sourceLocation: sourceLocation)
    }
}

/// The registry knows every model, in id order, with its metadata.
@Suite struct RegistryTests {
    @Test func everyModelIsRegisteredByID() {
        #expect(
            LiangXinModels.all.map { $0.id } == [
                "flux-2-pro", "gemini-2.5-flash-image-preview", "imagen4-fast", "imagen4-ultra",
                "nano-banana-pro",
                "nano-banana-pro-flash", "seedream-v4-5", "seedream-v5-lite", "z-image",
            ])
        #expect(LiangXinModels.model(id: "z-image") == ZImage.self)
        #expect(LiangXinModels.model(id: "z-imag") == nil)
        #expect(ZImage.title == "Z-Image")
        #expect(Flux2Pro.deprecation == nil)
    }
}
