import FuzzSupport

/// libFuzzer's entry point: one model spec file's bytes, loaded, parsed and checked beside the
/// repository's api.yaml, its diagnostics rendered, and Swift generated when it is clean; a
/// clean one is then diffed, both ways, against z-image under the same id (classification,
/// the wire oracle's payloads and both reports).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let model = SourceFile(path: "specs/models/fuzz.yaml", bytes: bytes)
    let files = SpecFiles(root: "specs", api: FuzzSupport.specFiles.api, models: [model])
    let result = GeneratorPipeline().run(files)
    _ = DiagnosticRenderer(sources: [model]).render(result.diagnostics)
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    if result.files == nil, !hasErrors { FuzzSupport.fail("generation failed without an error") }
    if result.files != nil, hasErrors { FuzzSupport.fail("files were generated despite errors") }
    if result.files != nil, let fuzzed = SpecLoader.load(files).specs, let zImage = zImageAsFuzz {
        let forward = DiffReport(old: zImage, new: fuzzed, oldName: "z-image", newName: "fuzz")
        let backward = DiffReport(old: fuzzed, new: zImage, oldName: "fuzz", newName: "z-image")
        _ = MarkdownReport(forward).text
        _ = JSONReport(backward).text
    }
    return 0
}

/// The repository's z-image spec under the id `fuzz`, the other side of the harness's diffs.
let zImageAsFuzz: SpecSet? = {
    guard let file = FuzzSupport.specFiles.models.first(where: { $0.path.hasSuffix("/z-image.yaml") }) else {
        return nil
    }
    let text = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "id: z-image\n", with: "id: fuzz\n")
    let files = SpecFiles(
        root: "specs", api: FuzzSupport.specFiles.api,
        models: [SourceFile(path: "specs/models/fuzz.yaml", text: text)])
    return SpecLoader.load(files).specs
}()

/// libFuzzer's start-up hook: reads api.yaml before the first input, so that no input is
/// charged with its lasting allocations.
@_cdecl("LLVMFuzzerInitialize")
public func initializeSpecYAMLFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> Int32 {
    _ = FuzzSupport.specFiles.api
    _ = zImageAsFuzz
    return 0
}
