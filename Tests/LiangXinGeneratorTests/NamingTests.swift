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
        ("Type", "type"), ("init", "init_"), ("validate", "validate_"), ("description", "description_"),
        ("1st-field", "_1stField"),
        ("dotted.name", "dottedName"), ("URL", "url"), ("a/b~c", "aBC"), ("画像", "画像"),
    ])
    func propertyNames(raw: String, expected: String) {
        #expect(SwiftNaming.propertyName(raw) == expected)
    }

    @Test(arguments: [
        ("square_hd", "squareHd"), ("16:9", "ratio16x9"), ("portrait_3_4", "portrait3_4"), ("4K", "size4K"),
        ("zh-CN", "zhCN"), ("image/png", "imagePng"), ("none", "none_"), ("rawValue", "rawValue_"),
        ("default", "`default`"), ("Type", "type"),
        // Ratios and sizes read as such; other shapes that start with a digit keep the `_`.
        ("2.39:1", "ratio2_39x1"), ("1024x768", "size1024x768"), ("1024×768", "size1024x768"),
        ("1080p", "size1080p"), ("1st", "_1st"), ("16:9:1", "_16_9_1"), ("1.2.3K", "_1_2_3K"), (":9", "_9"),
        ("16x", "_16x"), ("4KB2", "_4KB2"),
    ])
    func caseNames(raw: String, expected: String) {
        #expect(SwiftNaming.caseName(raw) == expected)
    }
}
