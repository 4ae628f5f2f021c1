/// Reads the members of one JSON object field by field, recording shape issues.
///
/// A field that is missing, null where it may not be, or of the wrong type makes the object
/// unsound: it cannot become a typed value, so constraint checks are skipped for it.
/// Unknown keys are issues too, but do not stop the typed checks.
@_spi(LiangXinGenerated) public struct JSONObjectReader {
    @usableFromInline
    let object: JSONObject
    @usableFromInline
    let pointer: JSONPointer
    /// Whether every field read so far converted.
    public var isSound: Bool { sound }
    @usableFromInline
    var sound = true
    /// How many members the reads found. Keys are unique (the parser rejects duplicates) and
    /// each field is read once, so when every member was found none is unknown.
    @usableFromInline
    var found = 0

    /// A reader over `value`, or nil (with an issue) when it is not an object.
    ///
    /// The parameters are borrowed, so generated readers do not copy their arguments (each copy
    /// is a helper function in every model's object file).
    public init?(
        _ value: borrowing JSONValue, at pointer: borrowing JSONPointer, issues: inout ValidationIssues
    ) {
        guard case .object(let object) = copy value else {
            JSONReading.mismatch(copy value, expected: "an object", at: copy pointer, issues: &issues)
            return nil
        }
        self.object = object
        self.pointer = copy pointer
    }

    /// Reads one member: absent and null give nil (an issue when not allowed), others convert.
    @inlinable
    public mutating func read<Value>(
        _ key: String, required: Bool, nullable: Bool, issues: inout ValidationIssues,
        _ convert: (JSONValue, JSONPointer, inout ValidationIssues) -> Value?
    ) -> Value? {
        let memberPointer = pointer.appending(key)
        guard let value = object[key] else {
            if required {
                issues.add(.required, at: memberPointer, "is required")
                sound = false
            }
            return nil
        }
        found += 1
        if case .null = value, nullable { return nil }
        guard let converted = convert(value, memberPointer, &issues) else {
            sound = false
            return nil
        }
        return converted
    }

    /// Reports every member whose key is not in `known`, with a did-you-mean. `known` is
    /// evaluated only when some member was not read, which is rare.
    public func reportUnknownKeys(known: @autoclosure () -> [String], issues: inout ValidationIssues) {
        guard found < object.members.count else { return }
        let known = known()
        for member in object.members where !known.contains(where: { JSONObject.sameKey($0, member.key) }) {
            let hint =
                Suggestion.closest(to: member.key, among: known).map {
                    "; did you mean \(JSONString.quote($0))?"
                } ?? ""
            issues.add(
                .unknownKey, at: pointer.appending(member.key), "is not a known field\(hint)",
                actual: IssueText.quoted(member.key))
        }
    }
}
