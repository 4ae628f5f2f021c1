/// Decides in one pass over a payload's bytes, with no JSON tree, that it is valid: the fast
/// path of `liangxin-gen validate`.
///
/// It says "valid" only when the interpreter would report no issue at all, and "undecided"
/// for anything else: an issue, a parse error, or what it does not handle itself (a key or
/// enum value written with escapes, a number like `4.0` for an integer). The interpreter then
/// reads the payload again and reports every issue, word for word, so the fast path changes
/// how long a valid payload takes and nothing else.
struct PayloadVerifier: Sendable {
    /// The flattened specs.
    private let program: VerifierProgram

    /// A verifier for every model of a checked spec set.
    init(specs: SpecSet) {
        program = VerifierProgram(specs: specs)
    }

    /// The model ids, in spec order.
    var modelIDs: [String] { program.modelIDs }

    /// The position of a model id in ``modelIDs`` (the same UTF-8 bytes), in constant time.
    func position(ofModel id: String) -> Int? {
        var id = id
        let tables = program.tables
        let position = id.withUTF8 { utf8 in
            utf8.baseAddress.map { tables.strings.value($0, utf8.count, in: tables.models) } ?? -1
        }
        return position >= 0 ? position : nil
    }

    /// The position in ``modelIDs`` of the model of a certainly valid createTask body; nil when
    /// the body may have an issue.
    func verify(body: UnsafeRawBufferPointer) -> Int? {
        withWalk(over: body) { $0.body() }
    }

    /// Whether a bare `input` object of the model at `model` in ``modelIDs`` is certainly valid.
    func verify(input: UnsafeRawBufferPointer, model: Int) -> Bool {
        withWalk(over: input) { $0.input(model: model) }
    }

    /// Runs `body` on a walk over a padded copy of `bytes`, its field slots on the stack.
    private func withWalk<Result>(over bytes: UnsafeRawBufferPointer, _ body: (inout PayloadWalk) -> Result) -> Result {
        // The tables are plain pointers: the walk retains nothing. `self` holds the program
        // for as long as this call runs.
        let tables = program.tables
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(tables.scratchSlots, 1)) { slots in
            ByteCursor.withPadding(bytes) { padded in
                var walk = PayloadWalk(paddedBytes: padded, tables: tables, slots: slots.baseAddress!)
                return body(&walk)
            }
        }
    }
}
