import FuzzSupport

/// libFuzzer's entry point: one model spec file's bytes, loaded, parsed and checked beside the
/// repository's api.yaml, its diagnostics rendered, and Swift generated when it is clean.
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
    return 0
}

/// libFuzzer's start-up hook: reads api.yaml before the first input, so that no input is
/// charged with its lasting allocations.
@_cdecl("LLVMFuzzerInitialize")
public func initializeSpecYAMLFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> Int32 {
    _ = FuzzSupport.specFiles.api
    return 0
}
