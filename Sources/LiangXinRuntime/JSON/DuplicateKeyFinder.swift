/// Finds a repeated key while an object is parsed, in time linear in its members.
///
/// Small objects, nearly all of them, are scanned: comparing a key with a handful of others
/// costs less than hashing it. Past ``scanLimit`` members the keys go into a set of their
/// bytes, so an object of 100,000 keys costs 100,000 hash lookups instead of 5 billion
/// comparisons.
struct DuplicateKeyFinder {
    /// How many members are scanned before a set takes over.
    static let scanLimit = 16

    /// The keys seen so far, once the object has grown past ``scanLimit`` members.
    private var seen: Set<WireKey>?

    /// A finder for an empty object.
    init() {}

    /// Whether `key` is among `members`' keys (the members parsed so far, in order); records
    /// `key` as seen when it is not. The caller appends the key's member before the next call.
    mutating func isRepeated(_ key: String, among members: [JSONMember]) -> Bool {
        if seen == nil {
            if members.count < Self.scanLimit {
                return members.contains { JSONObject.sameKey($0.key, key) }
            }
            var set = Set<WireKey>(minimumCapacity: members.count * 2)
            for index in members.indices { set.insert(WireKey(members[index].key)) }
            seen = set
        }
        return seen!.insert(WireKey(key)).inserted == false
    }
}
