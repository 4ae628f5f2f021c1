import LiangXinReview
import LiangXinSpec
import LiangXinYAML
import Testing

/// `liangxin-gen diff` on a corpus of spec edits, one of every change kind: each edit must give
/// exactly its changes, on both axes, and the wire oracle must back every verdict (a change
/// that rejects old payloads shows one; no change said to reject none is caught rejecting one).
@Suite struct SpecDiffTests {
    /// One edit of the repository's specs and the changes it must give.
    struct Edit: CustomTestStringConvertible, Sendable {
        /// What it is.
        let name: String
        /// The model file it edits (`z-image`), `api`, or `+id` for a new model (a copy of z-image).
        let file: String
        /// Text replaced (the first occurrence) and its replacement; nil `find` removes the file.
        let find: String?
        /// The replacement.
        let replace: String
        /// `kind path source wire`, one per change, in report order.
        let expected: [String]

        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(
            name: "a maximum length lowered", file: "z-image", find: "    maxLength: 4096\n",
            replace: "    maxLength: 2048\n", expected: ["maxLengthChanged input.prompt compatible tightened"]),
        Edit(
            name: "a maximum length raised", file: "z-image", find: "    maxLength: 4096\n",
            replace: "    maxLength: 8192\n", expected: ["maxLengthChanged input.prompt compatible loosened"]),
        Edit(
            name: "a minimum length removed", file: "z-image", find: "    minLength: 1\n", replace: "",
            expected: ["minLengthChanged input.prompt compatible loosened"]),
        Edit(
            name: "a maximum lowered", file: "z-image", find: "    maximum: 4294967295\n",
            replace: "    maximum: 1000\n", expected: ["maximumChanged input.seed compatible tightened"]),
        Edit(
            name: "a minimum raised", file: "z-image", find: "    minimum: 1\n    maximum: 50\n",
            replace: "    minimum: 4\n    maximum: 50\n",
            expected: ["minimumChanged input.num_inference_steps compatible tightened"]),
        Edit(
            name: "an enum value added", file: "z-image", find: "enum: [jpeg, png]", replace: "enum: [jpeg, png, webp]",
            expected: ["enumValueAdded input.output_format breaking loosened"]),
        Edit(
            name: "an enum value removed", file: "z-image", find: "enum: [jpeg, png]", replace: "enum: [png]",
            expected: ["enumValueRemoved input.output_format breaking tightened"]),
        Edit(
            name: "an alias added", file: "seedream-v4-5", find: "aliases: [\"1:1\"]",
            replace: "aliases: [\"1:1\", \"1x1\"]", expected: ["aliasAdded input.aspect_ratio compatible loosened"]),
        Edit(
            name: "an alias removed", file: "seedream-v4-5", find: "        aliases: [\"16:9\"]\n", replace: "",
            expected: ["aliasRemoved input.aspect_ratio compatible tightened"]),
        Edit(
            name: "an optional field added", file: "z-image", find: "rules:\n",
            replace: "  style:\n    type: string\n    description: A style.\nrules:\n",
            expected: ["fieldAdded input.style compatible loosened"]),
        Edit(
            name: "a required field added", file: "z-image", find: "rules:\n",
            replace: "  style:\n    type: string\n    required: true\n    description: A style.\nrules:\n",
            expected: ["fieldAdded input.style breaking tightened"]),
        Edit(
            name: "a field removed", file: "z-image",
            find:
                "  seed:\n    type: integer\n    description: Makes results reproducible; random when omitted.\n    minimum: 0\n    maximum: 4294967295\n",
            replace: "", expected: ["fieldRemoved input.seed breaking tightened"]),
        Edit(
            name: "a field renamed", file: "z-image", find: "  seed:\n", replace: "  random_seed:\n",
            expected: [
                "fieldAdded input.random_seed compatible loosened renamed from `seed`?",
                "fieldRemoved input.seed breaking tightened renamed to `random_seed`?",
            ]),
        Edit(
            name: "a field made required", file: "z-image",
            find: "  seed:\n    type: integer\n", replace: "  seed:\n    type: integer\n    required: true\n",
            expected: ["requiredChanged input.seed breaking tightened"]),
        Edit(
            name: "a field made optional", file: "z-image", find: "    type: string\n    required: true\n",
            replace: "    type: string\n", expected: ["requiredChanged input.prompt breaking loosened"]),
        Edit(
            name: "a type changed", file: "z-image", find: "  seed:\n    type: integer\n",
            replace: "  seed:\n    type: number\n", expected: ["typeChanged input.seed breaking changed"]),
        Edit(
            name: "a field made nullable", file: "z-image", find: "  seed:\n    type: integer\n",
            replace: "  seed:\n    type: integer\n    nullable: true\n",
            expected: ["nullabilityChanged input.seed compatible loosened"]),
        Edit(
            name: "a default changed", file: "z-image", find: "    default: 8\n", replace: "    default: 10\n",
            expected: ["defaultChanged input.num_inference_steps compatible unchanged"]),
        Edit(
            name: "a description changed", file: "z-image", find: "Makes results reproducible; random when omitted.",
            replace: "Makes results repeatable.", expected: ["descriptionChanged input.seed compatible unchanged"]),
        Edit(
            name: "a model deprecated", file: "z-image", find: "summary:",
            replace: "deprecated: Use z-image-2.\nsummary:", expected: ["modelDeprecated  compatible unchanged"]),
        Edit(
            name: "a model removed", file: "z-image", find: nil, replace: "",
            expected: ["modelRemoved  breaking tightened"]),
        Edit(
            name: "a model added", file: "+z-image-2", find: nil, replace: "",
            expected: ["modelAdded  compatible loosened"]),
        Edit(
            name: "a model no longer deprecated", file: "gemini-2.5-flash-image-preview",
            find:
                "deprecated: >-\n  Google retired the upstream gemini-2.5-flash-image-preview on 2025-10-31 in favour of\n  gemini-2.5-flash-image; prefer nano-banana-pro-flash for new work.\n",
            replace: "", expected: ["modelUndeprecated  compatible unchanged"]),
        Edit(
            name: "a string made an enum", file: "seedream-v4-5", find: "    maxLength: 4096\n",
            replace: "    maxLength: 4096\n    enum: [a cat, a dog]\n",
            expected: ["typeChanged input.prompt breaking tightened"]),
        Edit(
            name: "a maximum item count lowered", file: "nano-banana-pro", find: "    maxItems: 3\n",
            replace: "    maxItems: 2\n", expected: ["maxItemsChanged input.image_input compatible tightened"]),
        Edit(
            name: "an item format changed", file: "nano-banana-pro", find: "      format: image-ref\n",
            replace: "      format: uri\n", expected: ["formatChanged input.image_input[] compatible changed"]),
        Edit(
            name: "a pattern added", file: "z-image", find: "    maxLength: 4096\n",
            replace: "    maxLength: 4096\n    pattern: \"^[a-z ]+$\"\n",
            expected: ["patternChanged input.prompt compatible tightened"]),
        Edit(
            name: "a total item limit lowered", file: "nano-banana-pro", find: "    limit: 3\n",
            replace: "    limit: 2\n",
            expected: ["ruleChanged rules.maxTotalItems(image_input, reference_images) compatible tightened"]),
        Edit(
            name: "a total item limit raised", file: "nano-banana-pro", find: "    limit: 3\n",
            replace: "    limit: 6\n",
            expected: ["ruleChanged rules.maxTotalItems(image_input, reference_images) compatible loosened"]),
        Edit(
            name: "a rule added", file: "nano-banana-pro", find: "rules:\n",
            replace: "rules:\n  - rule: together\n    fields: [image_input, reference_images]\n",
            expected: ["ruleAdded rules.together(image_input, reference_images) compatible tightened"]),
        Edit(
            name: "a rule removed", file: "flux-2-pro",
            find:
                "  - rule: together\n    fields: [width, height]\n    description: \"`width` and `height` must be given together: only one of them is rejected with HTTP 400.\"\n",
            replace: "", expected: ["ruleRemoved rules.together(width, height) compatible loosened"]),
        Edit(
            name: "a documentation-only rule added", file: "nano-banana-pro", find: "rules:\n",
            replace: "rules:\n  - rule: precedence\n    fields: [image_input, reference_images]\n",
            expected: ["ruleAdded rules.precedence(image_input, reference_images) compatible unchanged"]),
        Edit(
            name: "a task state added", file: "api", find: "  success:\n    terminal: true\n",
            replace: "  paused:\n    description: Held by the service.\n  success:\n    terminal: true\n",
            expected: ["stateAdded states.paused breaking loosened"]),
        Edit(
            name: "a task state removed", file: "api",
            find: "  queuing:\n    description: Task is queued locally or upstream.\n", replace: "",
            expected: ["stateRemoved states.queuing breaking tightened"]),
        Edit(
            name: "an endpoint moved", file: "api", find: "    path: /api/v1/jobs/recordInfo\n",
            replace: "    path: /api/v2/jobs/recordInfo\n",
            expected: ["endpointChanged endpoints.recordInfo compatible changed"]),
        Edit(
            name: "a task state made terminal", file: "api", find: "  generating:\n",
            replace: "  generating:\n    terminal: true\n",
            expected: ["stateChanged states.generating compatible changed"]),
        Edit(
            name: "a status added", file: "api", find: "  500:\n",
            replace: "  409:\n    name: conflict\n    meaning: The task already exists.\n  500:\n",
            expected: ["statusAdded errors.409 breaking loosened"]),
        Edit(
            name: "a required field added to an answer", file: "api",
            find:
                "    data:\n      taskId:\n        type: string\n        required: true\n        description: Public task ID.\n      model:",
            replace:
                "    data:\n      taskId:\n        type: string\n        required: true\n        description: Public task ID.\n      queue:\n        type: integer\n        required: true\n        description: Place in the queue.\n      model:",
            expected: ["fieldAdded endpoints.recordInfo.data.queue breaking tightened"]),
        Edit(
            name: "an optional field added to an answer", file: "api",
            find:
                "    data:\n      taskId:\n        type: string\n        required: true\n        description: Public task ID.\n      model:",
            replace:
                "    data:\n      taskId:\n        type: string\n        required: true\n        description: Public task ID.\n      queue:\n        type: integer\n        description: Place in the queue.\n      model:",
            expected: ["fieldAdded endpoints.recordInfo.data.queue compatible unchanged"]),
        Edit(
            name: "the callback sent on fewer states", file: "api", find: "  sentOn: [success, fail]\n",
            replace: "  sentOn: [success]\n", expected: ["apiChanged callback compatible changed"]),
        Edit(
            name: "the polling policy changed", file: "api", find: "  initialIntervalSeconds: 2.5\n",
            replace: "  initialIntervalSeconds: 5\n",
            expected: ["pollingChanged polling.initialIntervalSeconds compatible unchanged"]),
    ]

    @Test(arguments: edits) func eachEditGivesItsChangesAndTheOracleAgrees(_ edit: Edit) throws {
        let old = try SpecFixtures.repositorySpecs()
        let newFiles = try Self.applying(edit, to: old)
        let new = try Self.load(newFiles)
        let report = DiffReport(old: try Self.load(old), new: new, oldName: "old", newName: "new")
        // What `diff` does: the old side parses only the files that differ from the new side's.
        let reused = try #require(SpecLoader.load(old, reusing: newFiles, new).specs)
        #expect(DiffReport(old: reused, new: new, oldName: "old", newName: "new").changes == report.changes)
        let found = report.changes.map { change in
            ["\(change.kind.rawValue)", change.path, change.source.rawValue, change.wire.rawValue]
                .joined(separator: " ") + (change.question.map { " " + $0 } ?? "")
        }
        #expect(found == edit.expected)
        #expect(report.disagreements == 0)
        for change in report.changes where change.wire == .tightened && change.model != nil {
            #expect(change.example != nil, "no example for \(change.kind) \(change.path)")
            #expect(!change.exampleIssues.isEmpty)
        }
        for change in report.changes where !change.wire.rejectsOldPayloads {
            #expect(change.example == nil)
        }
    }

    @Test func identicalSpecsHaveNoChanges() throws {
        let specs = try Self.load(try SpecFixtures.repositorySpecs())
        let report = DiffReport(old: specs, new: specs, oldName: "a", newName: "b")
        #expect(report.changes.isEmpty)
        #expect(report.bump == .none)
    }

    @Test func aMaximumLengthLoweredShowsTheBoundaryPayload() throws {
        let old = try SpecFixtures.repositorySpecs()
        let report = DiffReport(
            old: try Self.load(old), new: try Self.load(Self.applying(Self.edits[0], to: old)), oldName: "old",
            newName: "new")
        let change = try #require(report.changes.first)
        #expect(change.exampleIssues == ["/input/prompt: must be at most 2048 characters (got 4096)"])
        #expect(report.bump == .major)
        #expect(change.old?.fileAndLineForTests == "specs/models/z-image.yaml:21")
    }

    /// The spec files with the edit applied.
    static func applying(_ edit: Edit, to files: SpecFiles) throws -> SpecFiles {
        var files = files
        func edited(_ file: SourceFile) throws -> SourceFile {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let find = try #require(edit.find)
            let range = try #require(text.range(of: find), "\(edit.name): no \(find) in \(file.path)")
            return SourceFile(path: file.path, text: text.replacingCharacters(in: range, with: edit.replace))
        }
        if edit.file == "api" {
            files.api = try edited(try #require(files.api))
            return files
        }
        if edit.file.hasPrefix("+") {
            // A new model: a copy of z-image under the id after the `+`.
            let id = String(edit.file.dropFirst())
            let source = try #require(files.models.first { $0.path.hasSuffix("/z-image.yaml") })
            let text = String(decoding: source.bytes, as: UTF8.self).replacingOccurrences(
                of: "id: z-image\n", with: "id: \(id)\n")
            files.models.append(SourceFile(path: "specs/models/\(id).yaml", text: text))
            return files
        }
        let index = try #require(files.models.firstIndex { $0.path.hasSuffix("/\(edit.file).yaml") })
        if edit.find == nil {
            files.models.remove(at: index)
        } else {
            files.models[index] = try edited(files.models[index])
        }
        return files
    }

    /// Checked specs, or a failure naming the diagnostics.
    static func load(_ files: SpecFiles) throws -> SpecSet {
        let loaded = SpecLoader.load(files)
        guard let specs = loaded.specs else {
            Issue.record("the edited specs have errors:\n\(loaded.renderedDiagnostics)")
            throw SpecsHaveErrors()
        }
        return specs
    }

    /// Thrown when an edit leaves the specs with errors (the diagnostics are recorded).
    struct SpecsHaveErrors: Error {}
}

extension FileLocation {
    /// `file:line`, as the reports print it.
    fileprivate var fileAndLineForTests: String { "\(file):\(line)" }
}
