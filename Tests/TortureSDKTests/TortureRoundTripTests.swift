import Foundation
import Testing
import TortureSDK

/// The torture spec's generated code compiles (this target builds), round-trips JSON, and
/// validates with pointers that keep every awkward wire name.
@Suite struct TortureRoundTripTests {
    /// A value that sets every field.
    static let full = Torture.Input(
        default: "d", class: 1, self_: true, type: "T", init_: 0.5, rawValue: "r", protocol: "abc12",
        _1stField: "1", dottedName: "dot", aBC: "slash", größe: 3, 画像: "img", _1F642: "smile",
        validate_: "v",
        hashValue_: "h", wireNames: "w", json: "j", pointer: "p", issues: "i", reader: "r",
        enum: .nulByte, where: .init(return: [["https://a.example/x"]], nil: nil), any: [.x],
        objects: [.init(in: 9)], nullableItems: ["ok", nil])

    @Test func everyFieldRoundTripsThroughJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Self.full)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""1st-field":"1""#))
        #expect(json.contains(#""a/b~c":"slash""#))
        #expect(json.contains(#""enum":"nul\u0000byte""#))
        #expect(json.contains(#""where":{"nil":null,"return":[["https://a.example/x"]]}"#))
        #expect(json.contains(#""nullable_items":["ok",null]"#))
        #expect(json.contains(#""🙂":"smile""#))
        // A required nullable enum (not `JSONWritable` itself) is written as null when nil.
        #expect(json.contains(#""nullable_enum":null"#))
        #expect(try JSONDecoder().decode(Torture.Input.self, from: data) == Self.full)
        #expect(Self.full.validate().isEmpty)
        #expect(
            LiangXinModels.validate(
                createTaskBody: Data(#"{"model":"torture","input":"#.utf8) + data + Data("}".utf8)
            ).isEmpty)
    }

    @Test func aliasesAndEscapedWireValues() throws {
        let value = try JSONDecoder().decode(
            Torture.Input.self, from: Data(#"{"default":"d","enum":"alias */ \"x\"","nullable_enum":"y"}"#.utf8))
        #expect(value.nullableEnum == .y)
        // `2nd` has no case to tell its type from its property: the type takes a `_`.
        #expect(Torture.Input._2nd_(rawValue: "x") == Torture.Input._2nd_.x)
        #expect(value.enum == .nulByte)
        #expect(Torture.Input.Enum(wireValue: "alias */ \"x\"") == .nulByte)
        #expect(Torture.Input.Enum.withQuote.rawValue == "with\"quote")
        #expect(Torture.Input.Enum.backSlash.rawValue == "back\\slash")
        #expect(Torture.title == "Torture \"test\" */ \\ model")
        #expect(
            Torture.summary
                == "Every name a keyword or an awkward string.\nSecond line with \0 NUL and \"\"\" quotes.")
    }

    @Test func issuesKeepAwkwardNamesInTheirPointers() {
        let input = Torture.Input(
            default: "d", class: -1, self_: true, type: "T", init_: 0.5, rawValue: "r", protocol: "ABC",
            _1stField: "1", dottedName: "dot", aBC: nil, größe: 3, 画像: "img", _1F642: "smile",
            validate_: "v",
            hashValue_: "h", wireNames: "w", json: "j", pointer: "p", issues: "i", reader: "r",
            enum: .nulByte, where: .init(return: [["not a uri"], [], []], nil: "x"), any: [.x],
            objects: [.init(in: 10)], nullableItems: [nil, "x"])
        #expect(
            input.validate().map(\.description) == [
                "/input/class: must be at least 0 (got -1)",
                "/input/protocol: must match the pattern ^[a-z]+\\d*$ (got \"ABC\")",
                "/input/where/return: must have at most 2 items (got 3)",
                "/input/where/return/0/0: must be an absolute URI (got \"not a uri\")",
                "/input/objects/0/in: must be at most 9 (got 10)",
                "/input/nullable_items/1: must be at least 2 characters (got 1)",
            ])
        let body =
            #"{"model":"torture","input":{"default":"","a/b~c":1,"where":{"return":[]},"größe":"3"}}"#
        #expect(
            LiangXinModels.validate(createTaskBody: Data(body.utf8)).map(\.description) == [
                "/input/a~1b~0c: must be a string (got 1)",
                "/input/größe: must be an integer (got a string)",
                "/input/nullable_enum: is required",
                "/input/where/nil: is required",
            ])
    }
}
