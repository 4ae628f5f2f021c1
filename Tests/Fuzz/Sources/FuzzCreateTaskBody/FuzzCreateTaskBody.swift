import Foundation
import FuzzSupport

/// `liangxin-gen validate`'s engine, built once from the repository's specs: the single-pass
/// verifier first, then the spec interpreter.
private let interpreter = SpecValidator(specs: FuzzSupport.specs)
/// The spec interpreter alone.
private let interpreterOnly = SpecValidator(specs: FuzzSupport.specs, engine: .interpreterOnly)

/// libFuzzer's entry point: a createTask body through `validate`'s engine, the spec
/// interpreter alone and the generated `LiangXinModels.validate`, which must report identical
/// issues (so the single-pass verifier never calls a payload with an issue valid).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCreateTaskBody(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let interpreted = interpreter.validate(body: bytes)
    let generated = LiangXinModels.validate(createTaskBody: bytes)
    if interpreted != generated {
        FuzzSupport.fail("the validators disagree:\n  interpreted: \(interpreted)\n  generated: \(generated)")
    }
    let alone = interpreterOnly.validate(body: bytes)
    if alone != interpreted {
        FuzzSupport.fail("the engines disagree:\n  single pass first: \(interpreted)\n  interpreter alone: \(alone)")
    }
    for issue in generated {
        if issue.message.unicodeScalars.count > IssueText.maximumMessageLength
            || (issue.actual?.unicodeScalars.count ?? 0) > IssueText.maximumActualLength
        {
            FuzzSupport.fail("an issue's text is longer than documented: \(issue)")
        }
    }
    return 0
}

/// libFuzzer's start-up hook: builds the interpreter before the first input (so that no input
/// is charged with the lasting allocations of the specs, which the leak check would report);
/// with `LIANGXIN_FUZZ_WRITE_SEEDS=folder`, writes every harness's seed corpus and dictionary
/// there and exits instead of fuzzing.
@_cdecl("LLVMFuzzerInitialize")
public func initializeCreateTaskBodyFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> Int32 {
    _ = interpreter.modelIDs
    _ = interpreterOnly.modelIDs
    if let folder = ProcessInfo.processInfo.environment["LIANGXIN_FUZZ_WRITE_SEEDS"] {
        do {
            try FuzzSupport.writeSeeds(to: folder)
            exit(0)
        } catch {
            FuzzSupport.fail("cannot write the seeds: \(error)")
        }
    }
    return 0
}
