import LiangXinGenerator
import LiangXinSpec
import Testing

/// One case per diagnostic kind of the spec language, with its exact text and caret.
@Suite struct SpecCheckerTests {
    /// A checker case: a spec fragment and the exact lint output it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var spec: String
        var fileName = "m.yaml"
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown key with a did-you-mean",
            spec: SpecFixtures.model(input: "  prompt: {type: string, maxLenght: 5}"),
            expected: """
                specs/models/m.yaml:10:26: error: unknown key 'maxLenght'; did you mean 'maxLength'?
                  prompt: {type: string, maxLenght: 5}
                                         ^
                """),
        Case(
            name: "did-you-mean suggests only the keys that apply to the field's type",
            spec: SpecFixtures.model(
                input: "  prompt: {type: string, minimun: 1}\n  seed: {type: integer, minimun: 1}"),
            expected: """
                specs/models/m.yaml:10:26: error: unknown key 'minimun'
                  prompt: {type: string, minimun: 1}
                                         ^
                specs/models/m.yaml:11:25: error: unknown key 'minimun'; did you mean 'minimum'?
                  seed: {type: integer, minimun: 1}
                                        ^
                """),
        Case(
            name: "canonically equivalent field names are distinct keys, not duplicates",
            spec: SpecFixtures.model(
                input: "  prompt: {type: string}\n  caf\u{E9}: {type: string}\n  cafe\u{301}: {type: strin}"),
            expected: """
                specs/models/m.yaml:12:17: error: unknown type 'strin'; did you mean 'string'?
                  cafe\u{301}: {type: strin}
                                ^
                """),
        Case(
            name: "a field whose nested type would shadow the model's own type",
            spec: SpecFixtures.model(id: "resolution", input: "  resolution: {type: string, enum: [a, b]}"),
            fileName: "resolution.yaml",
            expected: """
                specs/models/resolution.yaml:10:3: error: field 'resolution' becomes the nested type 'Resolution', the name of its model's own type; give the model another id
                  resolution: {type: string, enum: [a, b]}
                  ^
                """),
        Case(
            name: "unknown key without a near match",
            spec: SpecFixtures.model(input: "  prompt: {type: string, colour: red}"),
            expected: """
                specs/models/m.yaml:10:26: error: unknown key 'colour'
                  prompt: {type: string, colour: red}
                                         ^
                """),
        Case(
            name: "unknown type",
            spec: SpecFixtures.model(input: "  prompt: {type: strng}"),
            expected: """
                specs/models/m.yaml:10:18: error: unknown type 'strng'; did you mean 'string'?
                  prompt: {type: strng}
                                 ^
                """),
        Case(
            name: "unknown type with no near match lists the types",
            spec: SpecFixtures.model(input: "  prompt: {type: uuid}"),
            expected: """
                specs/models/m.yaml:10:18: error: unknown type 'uuid'; expected one of string, integer, number, boolean, array, object
                  prompt: {type: uuid}
                                 ^
                """),
        Case(
            name: "default of the wrong type",
            spec: SpecFixtures.model(input: "  steps: {type: integer, default: \"8\"}"),
            expected: """
                specs/models/m.yaml:10:35: error: default must be an integer, not a string
                  steps: {type: integer, default: "8"}
                                                  ^
                """),
        Case(
            name: "default outside the enum",
            spec: SpecFixtures.model(
                input: "  size: {type: string, enum: [square, square_hd], default: square_xd}"),
            expected: """
                specs/models/m.yaml:10:60: error: default 'square_xd' is not one of the enum values; did you mean 'square_hd'?
                  size: {type: string, enum: [square, square_hd], default: square_xd}
                                                                           ^
                """),
        Case(
            name: "default that is an alias",
            spec: SpecFixtures.model(
                input:
                    "  ratio: {type: string, enum: [{value: square_1_1, aliases: [\"1:1\"]}], default: \"1:1\"}"
            ),
            expected: """
                specs/models/m.yaml:10:81: error: default '1:1' is an alias; write the canonical value 'square_1_1'
                  ratio: {type: string, enum: [{value: square_1_1, aliases: ["1:1"]}], default: "1:1"}
                                                                                                ^
                """),
        Case(
            name: "default above the maximum",
            spec: SpecFixtures.model(
                input: "  steps: {type: integer, minimum: 1, maximum: 50, default: 60}"),
            expected: """
                specs/models/m.yaml:10:60: error: default 60 is above the maximum 50
                  steps: {type: integer, minimum: 1, maximum: 50, default: 60}
                                                                           ^
                """),
        Case(
            name: "default longer than maxLength",
            spec: SpecFixtures.model(input: "  prompt: {type: string, maxLength: 3, default: abcd}"),
            expected: """
                specs/models/m.yaml:10:49: error: default is 4 characters long, more than the maxLength 3
                  prompt: {type: string, maxLength: 3, default: abcd}
                                                                ^
                """),
        Case(
            name: "default that breaks its format",
            spec: SpecFixtures.model(
                input: "  image: {type: string, format: image-ref, default: https://x.example/a.gif}"),
            expected: """
                specs/models/m.yaml:10:53: error: default 'https://x.example/a.gif' is not a valid image-ref
                  image: {type: string, format: image-ref, default: https://x.example/a.gif}
                                                                    ^
                """),
        Case(
            name: "default with too many items",
            spec: SpecFixtures.model(
                input: "  refs: {type: array, maxItems: 1, items: {type: string}, default: [a, b]}"),
            expected: """
                specs/models/m.yaml:10:68: error: default has 2 items, more than the maxItems 1
                  refs: {type: array, maxItems: 1, items: {type: string}, default: [a, b]}
                                                                                   ^
                """),
        Case(
            name: "default whose nested field is out of range (checked by the interpreter)",
            spec: SpecFixtures.model(
                input: "  box: {type: object, fields: {w: {type: integer, maximum: 9}}, default: {w: 10}}"),
            expected: """
                specs/models/m.yaml:10:74: error: default field 'w' 10 is above the maximum 9
                  box: {type: object, fields: {w: {type: integer, maximum: 9}}, default: {w: 10}}
                                                                                         ^
                """),
        Case(
            name: "default object without a required key",
            spec: SpecFixtures.model(
                input: "  box: {type: object, fields: {w: {type: integer, required: true}}, default: {}}"),
            expected: """
                specs/models/m.yaml:10:78: error: default is missing the required key 'w'
                  box: {type: object, fields: {w: {type: integer, required: true}}, default: {}}
                                                                                             ^
                """),
        Case(
            name: "default item of an array of objects with an unknown key",
            spec: SpecFixtures.model(
                input:
                    "  boxes: {type: array, items: {type: object, fields: {w: {type: integer}}}, default: [{w: 1}, {h: 2}]}"
            ),
            expected: """
                specs/models/m.yaml:10:86: error: default item 1 has the unknown key 'h'
                  boxes: {type: array, items: {type: object, fields: {w: {type: integer}}}, default: [{w: 1}, {h: 2}]}
                                                                                                     ^
                """),
        Case(
            name: "default item that is an alias",
            spec: SpecFixtures.model(
                input: "  tags: {type: array, items: {type: string, enum: [{value: a, aliases: [b]}]}, default: [a, b]}"
            ),
            expected: """
                specs/models/m.yaml:10:89: error: default item 1 'b' is an alias; write the canonical value 'a'
                  tags: {type: array, items: {type: string, enum: [{value: a, aliases: [b]}]}, default: [a, b]}
                                                                                                        ^
                """),
        Case(
            name: "a pattern constant that is another field's property",
            spec: SpecFixtures.model(
                input:
                    "  a: {type: string, pattern: \"^a\", description: A.}\n  a_pattern: {type: string, description: B.}"
            ),
            expected: """
                specs/models/m.yaml:10:3: error: field 'a' needs the constant 'aPattern' for its pattern, the property name of field 'a_pattern'
                  a: {type: string, pattern: "^a", description: A.}
                  ^
                """),
        Case(
            name: "minimum above maximum",
            spec: SpecFixtures.model(input: "  seed: {type: integer, minimum: 10, maximum: 5}"),
            expected: """
                specs/models/m.yaml:10:34: error: minimum 10 is above the maximum 5
                  seed: {type: integer, minimum: 10, maximum: 5}
                                                 ^
                """),
        Case(
            name: "minLength above maxLength",
            spec: SpecFixtures.model(input: "  prompt: {type: string, minLength: 9, maxLength: 2}"),
            expected: """
                specs/models/m.yaml:10:37: error: minLength 9 is above the maxLength 2
                  prompt: {type: string, minLength: 9, maxLength: 2}
                                                    ^
                """),
        Case(
            name: "negative maxItems",
            spec: SpecFixtures.model(input: "  refs: {type: array, maxItems: -1, items: {type: string}}"),
            expected: """
                specs/models/m.yaml:10:33: error: maxItems must not be negative, not -1
                  refs: {type: array, maxItems: -1, items: {type: string}}
                                                ^
                """),
        Case(
            name: "empty enum",
            spec: SpecFixtures.model(input: "  format: {type: string, enum: []}"),
            expected: """
                specs/models/m.yaml:10:32: error: enum must list at least one value
                  format: {type: string, enum: []}
                                               ^
                """),
        Case(
            name: "duplicated enum value",
            spec: SpecFixtures.model(input: "  format: {type: string, enum: [png, jpeg, png]}"),
            expected: """
                specs/models/m.yaml:10:44: error: enum value 'png' is already listed at line 10, column 33
                  format: {type: string, enum: [png, jpeg, png]}
                                                           ^
                """),
        Case(
            name: "duplicated alias",
            spec: SpecFixtures.model(
                input: "  r: {type: string, enum: [{value: a, aliases: [x]}, {value: b, aliases: [x]}]}"),
            expected: """
                specs/models/m.yaml:10:75: error: alias 'x' is already listed as an alias of 'a' at line 10, column 49
                  r: {type: string, enum: [{value: a, aliases: [x]}, {value: b, aliases: [x]}]}
                                                                                          ^
                """),
        Case(
            name: "enum values that become the same Swift case",
            spec: SpecFixtures.model(input: "  r: {type: string, enum: [a-b, a_b]}"),
            expected: """
                specs/models/m.yaml:10:33: error: enum values 'a-b' and 'a_b' both become the Swift case 'aB'
                  r: {type: string, enum: [a-b, a_b]}
                                                ^
                """),
        Case(
            name: "a rule naming a field that does not exist",
            spec: SpecFixtures.model(
                input: "  width: {type: integer}\n  height: {type: integer}",
                rules: "rules:\n  - {rule: together, fields: [width, heigth]}"),
            expected: """
                specs/models/m.yaml:13:38: error: rule 'together' names the field 'heigth', which the input does not have; did you mean 'height'?
                  - {rule: together, fields: [width, heigth]}
                                                     ^
                """),
        Case(
            name: "an unknown rule",
            spec: SpecFixtures.model(
                input: "  a: {type: integer}\n  b: {type: integer}",
                rules: "rules:\n  - {rule: togther, fields: [a, b]}"),
            expected: """
                specs/models/m.yaml:13:12: error: unknown rule 'togther'; did you mean 'together'?
                  - {rule: togther, fields: [a, b]}
                           ^
                """),
        Case(
            name: "model id that differs from the file name",
            spec: SpecFixtures.model(id: "z-imag", input: "  prompt: {type: string}"),
            fileName: "z-image.yaml",
            expected: """
                specs/models/z-image.yaml:1:5: error: model id 'z-imag' differs from the file name 'z-image.yaml'; they must be equal
                id: z-imag
                    ^
                """),
        Case(
            name: "two fields that become the same Swift name",
            spec: SpecFixtures.model(input: "  image-size: {type: string}\n  image_size: {type: string}"),
            expected: """
                specs/models/m.yaml:11:3: error: fields 'image-size' and 'image_size' both become the Swift name 'imageSize'
                  image_size: {type: string}
                  ^
                """),
        Case(
            name: "missing required metadata",
            spec: "id: m\ntitle: M\ninput:\n  prompt: {type: string}\n",
            expected: """
                specs/models/m.yaml:1:1: error: missing required key 'summary'
                id: m
                ^
                specs/models/m.yaml:1:1: error: missing required key 'sources'
                id: m
                ^
                specs/models/m.yaml:1:1: error: missing required key 'evidence'
                id: m
                ^
                """),
        Case(
            name: "a constraint that does not apply to the type",
            spec: SpecFixtures.model(input: "  seed: {type: integer, maxLength: 3}"),
            expected: """
                specs/models/m.yaml:10:25: error: 'maxLength' applies only to string fields, not integer
                  seed: {type: integer, maxLength: 3}
                                        ^
                """),
        Case(
            name: "an unknown format",
            spec: SpecFixtures.model(input: "  url: {type: string, format: url}"),
            expected: """
                specs/models/m.yaml:10:31: error: unknown format 'url'; did you mean 'uri'?
                  url: {type: string, format: url}
                                              ^
                """),
        Case(
            name: "a server format in a model spec",
            spec: SpecFixtures.model(input: "  at: {type: integer, format: unix-ms}"),
            expected: """
                specs/models/m.yaml:10:31: error: format 'unix-ms' describes server answers and is allowed only in api.yaml
                  at: {type: integer, format: unix-ms}
                                              ^
                """),
        Case(
            name: "a pattern that does not compile",
            spec: SpecFixtures.model(input: "  code: {type: string, pattern: \"([a-z\"}"),
            expected: """
                specs/models/m.yaml:10:33: error: pattern '([a-z' is not a valid pattern: unterminated character class (at character 2)
                  code: {type: string, pattern: "([a-z"}
                                                ^
                """),
        Case(
            name: "a pattern with a backreference",
            spec: SpecFixtures.model(input: "  code: {type: string, pattern: '(a)\\1'}"),
            expected: """
                specs/models/m.yaml:10:33: error: pattern '(a)\\1' is not a valid pattern: backreference '\\1' is not supported: patterns are matched in linear time (at character 4)
                  code: {type: string, pattern: '(a)\\1'}
                                                ^
                """),
        Case(
            name: "a pattern with lookahead",
            spec: SpecFixtures.model(input: "  code: {type: string, pattern: 'a(?!b)'}"),
            expected: """
                specs/models/m.yaml:10:33: error: pattern 'a(?!b)' is not a valid pattern: lookahead '(?!' is not supported: patterns are matched in linear time (at character 2)
                  code: {type: string, pattern: 'a(?!b)'}
                                                ^
                """),
        Case(
            name: "a default checked against a pattern with nested quantifiers, in linear time",
            spec: SpecFixtures.model(
                input:
                    "  code: {type: string, pattern: '^(a+)+$', default: '\(String(repeating: "a", count: 50_000))!'}"),
            expected: """
                specs/models/m.yaml:10:53: error: default '\(String(repeating: "a", count: 60))…' does not match the pattern '^(a+)+$'
                  code: {type: string, pattern: '^(a+)+$', default: '\(String(repeating: "a", count: 67))…
                \(String(repeating: " ", count: 52))^
                """),
        Case(
            name: "an unknown evidence level",
            spec: SpecFixtures.model(input: "  p: {type: string}").replacingOccurrences(
                of: "level: high", with: "level: hihg"),
            expected: """
                specs/models/m.yaml:8:10: error: unknown evidence level 'hihg'; did you mean 'high'?
                  level: hihg
                         ^
                """),
        Case(
            name: "a wrongly typed value",
            spec: SpecFixtures.model(input: "  p: {type: string, required: yes}"),
            expected: """
                specs/models/m.yaml:10:31: error: 'required' must be a boolean, not a string
                  p: {type: string, required: yes}
                                              ^
                """),
        Case(
            name: "an empty file",
            spec: "",
            expected: """
                specs/models/m.yaml:1:1: error: the file is empty
                """),
    ]

    @Test(arguments: cases)
    func diagnosticKind(_ testCase: Case) throws {
        let output = try SpecFixtures.lint(testCase.spec, fileName: testCase.fileName)
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        let diagnostics = output.dropLast(summary.count + 1)
        #expect(String(diagnostics) == testCase.expected + "\n")
        #expect(summary.hasPrefix("2 files checked: "))
    }

    @Test func everyProblemIsCollectedBeforeFailing() throws {
        let spec = SpecFixtures.model(
            input:
                "  a: {type: strng}\n  b: {type: integer, minimum: 3, maximum: 1}\n  c: {type: string, enm: [x]}"
        )
        let report = LintReport(files: try SpecFixtures.folder(models: [("m.yaml", spec)]))
        #expect(report.failed)
        #expect(report.text.hasSuffix("2 files checked: 3 errors, 0 warnings\n"))
    }

    @Test func modelsWhoseNamesCollide() throws {
        let first = SpecFixtures.model(id: "flux-2", input: "  p: {type: string}")
        let second = SpecFixtures.model(id: "flux.2", input: "  p: {type: string}")
        let report = LintReport(
            files: try SpecFixtures.folder(models: [("flux-2.yaml", first), ("flux.2.yaml", second)]))
        #expect(
            report.text == """
                specs/models/flux.2.yaml:1:5: error: models 'flux-2' and 'flux.2' both become the Swift name 'Flux2'
                id: flux.2
                    ^
                3 files checked: 1 error, 0 warnings

                """)
    }
}
