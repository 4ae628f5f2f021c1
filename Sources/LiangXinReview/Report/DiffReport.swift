import LiangXinSpec
import LiangXinYAML

/// What `liangxin-gen diff` found: every change, with its example where the oracle found one,
/// and the version bump they need together.
public struct DiffReport: Sendable {
    /// What the old side is, e.g. `main:specs`.
    public var oldName: String
    /// What the new side is, e.g. `specs`.
    public var newName: String
    /// Every change: per model in the new spec's order (removed models last), then `api.yaml`.
    public var changes: [SpecChange]
    /// Changes whose verdict the payloads corrected (see ``WireOracle``).
    public var disagreements: Int

    /// Diffs two checked spec sets and checks every wire verdict with the oracle.
    public init(old: SpecSet, new: SpecSet, oldName: String, newName: String) {
        let changes = SpecDiffer().changes(from: old, to: new)
        if changes.contains(where: { $0.model != nil }) {
            var oracle = WireOracle(old: old, new: new)
            self.changes = oracle.examine(changes)
            self.disagreements = oracle.disagreements
        } else {
            // No model changed: nothing for the oracle, and no interpreters to compile.
            self.changes = changes
            self.disagreements = 0
        }
        self.oldName = oldName
        self.newName = newName
    }

    /// The bump all the changes need.
    public var bump: VersionBump { changes.map(\.bump).max() ?? .none }

    /// The changes grouped by model (`nil`: `api.yaml`), in order, breaking ones first in each.
    public var groups: [(model: String?, changes: [SpecChange])] {
        var groups: [(model: String?, changes: [SpecChange])] = []
        for change in changes {
            if let index = groups.firstIndex(where: { $0.model == change.model }) {
                groups[index].changes.append(change)
            } else {
                groups.append((change.model, [change]))
            }
        }
        return groups.map { group in
            (group.model, group.changes.filter(\.isBreaking) + group.changes.filter { !$0.isBreaking })
        }
    }

    /// How many changes break Swift source, reject old payloads, add something, or only document.
    public var counts: (sourceBreaking: Int, wireTightened: Int, wireLoosened: Int, documentation: Int) {
        (
            changes.filter { $0.source == .breaking }.count,
            changes.filter { $0.wire.rejectsOldPayloads }.count,
            changes.filter { $0.wire == .loosened }.count,
            changes.filter { $0.bump == .patch }.count
        )
    }

    /// Whether the report meets a `--fail-on` threshold.
    public func fails(on threshold: FailureThreshold) -> Bool {
        switch threshold {
        case .none: return false
        case .any: return !changes.isEmpty
        case .tightened: return changes.contains { $0.wire.rejectsOldPayloads }
        case .breaking: return changes.contains(where: \.isBreaking)
        }
    }
}

/// When `liangxin-gen diff` exits 1.
public enum FailureThreshold: String, Sendable, CaseIterable {
    /// Never.
    case none
    /// When a change breaks Swift source or rejects payloads the old spec accepted.
    case breaking
    /// When a change rejects payloads the old spec accepted.
    case tightened
    /// When anything changed.
    case any
}

extension FileLocation {
    /// `specs/models/z-image.yaml:18`.
    var fileAndLine: String { "\(file):\(line)" }
}
