@_spi(LiangXinGenerated) import LiangXinRuntime

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every model's input schema flattened into tables of plain values, for ``PayloadVerifier``:
/// nodes, fields and rules by index, keys and enum values as bytes in hash tables.
///
/// Nothing in the tables is reference-counted, and the verifier reads them through pointers,
/// so deciding that a payload is valid retains, releases and allocates nothing. The tables are
/// written once, by ``init(specs:)``, and only read afterwards, by any number of threads.
final class VerifierProgram: @unchecked Sendable {
    /// What a value must be: one node of a schema.
    struct Node {
        /// The node's kind and bounds. A missing bound is the widest one (a maximum length of
        /// `Int.max`, a minimum of `-infinity`), which accepts what no bound accepts.
        enum Shape {
            /// Free text: length bounds in Unicode scalars, a format, a pattern (an index into
            /// ``VerifierProgram/Tables/patterns``, or -1).
            case text(minimumLength: Int, maximumLength: Int, format: StringFormat?, pattern: Int)
            /// One of an enum's values or aliases.
            case choice(ByteStringTable.Location)
            /// A 64-bit integer within bounds.
            case integer(minimum: Int, maximum: Int)
            /// A finite number within bounds.
            case number(minimum: Double, maximum: Double)
            /// `true` or `false`.
            case boolean
            /// An array of `item` nodes, with item-count bounds.
            case array(item: Int, minimumItems: Int, maximumItems: Int)
            /// An object.
            case object(ObjectShape)
        }

        let shape: Shape
        /// Whether `null` stands for an absent value here.
        let nullable: Bool
    }

    /// An object's fields (``VerifierProgram/fields``, `firstField` on), its keys (a table
    /// from key to field offset) and its rules (``VerifierProgram/rules``, `firstRule` on).
    struct ObjectShape {
        let firstField: Int
        let fieldCount: Int
        let keys: ByteStringTable.Location
        let firstRule: Int
        let ruleCount: Int
    }

    /// One field of an object.
    struct Field {
        let node: Int
        let required: Bool
    }

    /// One cross-field rule; its members are field offsets within the object, listed in
    /// ``VerifierProgram/ruleMembers`` from `firstMember` on.
    struct Rule {
        /// What the rule demands.
        enum Kind {
            /// All of the members or none.
            case together
            /// At most `limit` items in the members together (arrays count their items,
            /// other values one).
            case maximumTotalItems(limit: Int)
        }

        let kind: Kind
        let firstMember: Int
        let memberCount: Int
    }

    /// The tables as plain pointers: what a walk over a payload reads. Copying it retains
    /// nothing; it is valid while the program lives.
    struct Tables {
        let nodes: UnsafePointer<Node>
        let fields: UnsafePointer<Field>
        let rules: UnsafePointer<Rule>
        let ruleMembers: UnsafePointer<Int>
        let strings: ByteStringTable.Storage
        /// Each model's input node, by the model's position in ``VerifierProgram/modelIDs``.
        let modelNodes: UnsafePointer<Int>
        /// Model ids to their positions.
        let models: ByteStringTable.Location
        /// The largest number of field slots one payload's walk needs at once.
        let scratchSlots: Int
        /// The patterns of `.text` nodes (kept alive by ``VerifierProgram/patterns``).
        let patterns: UnsafePointer<Unmanaged<Pattern>>
    }

    /// The model ids, in spec order.
    let modelIDs: [String]
    /// The patterns of `.text` nodes.
    let patterns: [Pattern]
    /// The tables.
    let tables: Tables

    /// Flattens every model of a spec set, as the interpreter compiles them.
    init(specs: SpecSet) {
        var builder = VerifierProgramBuilder()
        var modelNodes: [Int] = []
        for model in specs.models {
            modelNodes.append(builder.add(object: CompiledObject(fields: model.input, rules: model.rules)))
        }
        modelIDs = specs.models.map(\.id.value.unshared)
        let models = builder.strings.add(Array(modelIDs.enumerated()).map { (Array($0.element.utf8), $0.offset) })
        patterns = builder.patterns
        tables = Tables(
            nodes: Self.frozen(builder.nodes), fields: Self.frozen(builder.fields), rules: Self.frozen(builder.rules),
            ruleMembers: Self.frozen(builder.ruleMembers), strings: builder.strings.frozen(),
            modelNodes: Self.frozen(modelNodes), models: models,
            scratchSlots: modelNodes.map { builder.scratchSlots(of: $0) }.max() ?? 0,
            patterns: Self.frozen(builder.patterns.map { Unmanaged.passUnretained($0) }))
    }

    deinit {
        for pointer in [
            UnsafeRawPointer(tables.nodes), UnsafeRawPointer(tables.fields), UnsafeRawPointer(tables.rules),
            UnsafeRawPointer(tables.ruleMembers), UnsafeRawPointer(tables.modelNodes),
            UnsafeRawPointer(tables.patterns),
        ] {
            UnsafeMutableRawPointer(mutating: pointer).deallocate()
        }
        tables.strings.deallocate()
    }

    /// A copy of `values` that lives until freed, at a fixed address.
    static func frozen<Value>(_ values: [Value]) -> UnsafePointer<Value> {
        let pointer = UnsafeMutablePointer<Value>.allocate(capacity: max(values.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: values.count).initialize(from: values)
        return UnsafePointer(pointer)
    }
}
