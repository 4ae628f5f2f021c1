import Foundation
import FuzzSupport

/// The interpreter of `liangxin-gen validate`, built once from the repository's specs.
private let interpreter = SpecValidator(specs: FuzzSupport.specs)

/// libFuzzer's entry point: a createTask body through the spec interpreter and the generated
/// `LiangXinModels.validate`, which must report identical issues.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCreateTaskBody(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let interpreted = interpreter.validate(body: bytes)
    let generated = LiangXinModels.validate(createTaskBody: bytes)
    if interpreted != generated {
        FuzzSupport.fail("the validators disagree:\n  interpreted: \(interpreted)\n  generated: \(generated)")
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
