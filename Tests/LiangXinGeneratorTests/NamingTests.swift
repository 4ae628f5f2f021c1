import LiangXinGenerator
import LiangXinSpec
import Testing

/// The naming policy, position by position.
@Suite struct NamingTests {
    @Test(arguments: [
        ("z-image", "ZImage"), ("seedream-v4-5", "SeedreamV4_5"),
        ("gemini-2.5-flash-image-preview", "Gemini2_5FlashImagePreview"),
        ("flux-2-pro", "Flux2Pro"), ("imagen4-ultra", "Imagen4Ultra"), ("9lives", "_9lives_"),
        ("Type", "Type_"),
        ("codingKeys", "CodingKeys_"), ("input", "Input_"), ("größe", "Größe"), ("🙂", "_1F642_"),
    ])
    func typeNames(raw: String, expected: String) {
        #expect(SwiftNaming.typeName(raw) == expected)
    }

    @Test(arguments: [
        ("prompt", "prompt"), ("num_inference_steps", "numInferenceSteps"),
        ("callBackUrl", "callBackUrl"),
        ("input_image_2", "inputImage2"), ("default", "`default`"), ("class", "`class`"),
        ("self", "self_"),
        ("Type", "type"), ("init", "init_"), ("validate", "validate_"), ("1st-field", "_1stField"),
        ("dotted.name", "dottedName"), ("URL", "url"), ("a/b~c", "aBC"), ("画像", "画像"),
    ])
    func propertyNames(raw: String, expected: String) {
        #expect(SwiftNaming.propertyName(raw) == expected)
    }

    @Test(arguments: [
        ("square_hd", "squareHd"), ("16:9", "_16_9"), ("portrait_3_4", "portrait3_4"), ("4K", "_4K"),
        ("zh-CN", "zhCN"), ("image/png", "imagePng"), ("none", "none_"), ("rawValue", "rawValue_"),
        ("default", "`default`"), ("Type", "type"),
    ])
    func caseNames(raw: String, expected: String) {
        #expect(SwiftNaming.caseName(raw) == expected)
    }
}
