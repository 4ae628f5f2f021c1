import LiangXinSpec
import LiangXinYAML

/// Compares two `api.yaml`s: the API's identity, endpoints (their request fields read
/// strictly, their answers leniently), task states, documented statuses, the envelope, the
/// error body, the callback and the polling policy.
struct APIDiffer {
    /// The API before.
    let old: APISpec
    /// The API after.
    let new: APISpec

    /// Every change, in the order of `api.yaml`'s sections.
    func changes() -> [SpecChange] {
        var changes: [SpecChange] = []
        let top = FileLocation(file: new.file, line: 1, column: 1)
        let oldTop = FileLocation(file: old.file, line: 1, column: 1)
        for (name, before, after) in [
            ("baseURL", old.baseURL, new.baseURL), ("auth.scheme", old.auth.scheme, new.auth.scheme),
            ("auth.header", old.auth.header, new.auth.header),
        ] where before != after {
            changes.append(
                SpecChange(
                    kind: .apiChanged, model: nil, path: name, detail: "\(name) \(before) → \(after)", old: oldTop,
                    new: top, source: .compatible, wire: .changed))
        }
        let lenient = FieldDiffer(model: nil, reading: .lenient)
        changes += lenient.changes(old.envelope, new.envelope, at: "envelope")
        changes += lenient.changes(old.errorBody, new.errorBody, at: "errorBody")
        changes += endpoints()
        changes += states()
        changes += statuses()
        changes += callback(oldTop, top)
        changes += polling(oldTop, top)
        return changes
    }

    /// Endpoints added, removed or moved, and their fields.
    private func endpoints() -> [SpecChange] {
        var changes: [SpecChange] = []
        for endpoint in new.endpoints {
            let path = "endpoints." + endpoint.name
            guard let before = old.endpoints.first(where: { $0.name == endpoint.name }) else {
                changes.append(
                    SpecChange(
                        kind: .endpointAdded, model: nil, path: path, detail: "\(endpoint.method) \(endpoint.path)",
                        old: nil, new: endpoint.location, source: .compatible, wire: .loosened))
                continue
            }
            if before.method != endpoint.method || before.path != endpoint.path {
                changes.append(
                    SpecChange(
                        kind: .endpointChanged, model: nil, path: path,
                        detail: "\(before.method) \(before.path) → \(endpoint.method) \(endpoint.path)",
                        old: before.location, new: endpoint.location, source: .compatible, wire: .changed))
            }
            let strict = FieldDiffer(model: nil, reading: .strict)
            changes += strict.changes(before.body, endpoint.body, at: path + ".body")
            changes += strict.changes(before.query, endpoint.query, at: path + ".query")
            changes += FieldDiffer(model: nil, reading: .lenient).changes(
                before.data, endpoint.data, at: path + ".data")
        }
        for endpoint in old.endpoints where !new.endpoints.contains(where: { $0.name == endpoint.name }) {
            changes.append(
                SpecChange(
                    kind: .endpointRemoved, model: nil, path: "endpoints." + endpoint.name,
                    detail: "\(endpoint.method) \(endpoint.path) removed", old: endpoint.location, new: nil,
                    source: .breaking, wire: .tightened))
        }
        return changes
    }

    /// Task states: a new state breaks exhaustive `switch`es over `TaskState`.
    private func states() -> [SpecChange] {
        var changes: [SpecChange] = []
        for state in new.states {
            guard let before = old.states.first(where: { $0.name == state.name }) else {
                changes.append(
                    SpecChange(
                        kind: .stateAdded, model: nil, path: "states." + state.name, detail: "new task state",
                        old: nil, new: state.location, source: .breaking, wire: .loosened))
                continue
            }
            if before.terminal != state.terminal {
                changes.append(
                    SpecChange(
                        kind: .stateChanged, model: nil, path: "states." + state.name,
                        detail: state.terminal ? "now terminal" : "no longer terminal", old: before.location,
                        new: state.location, source: .compatible, wire: .changed))
            }
        }
        for state in old.states where !new.states.contains(where: { $0.name == state.name }) {
            changes.append(
                SpecChange(
                    kind: .stateRemoved, model: nil, path: "states." + state.name, detail: "task state removed",
                    old: state.location, new: nil, source: .breaking, wire: .tightened))
        }
        return changes
    }

    /// Documented statuses: each is a case of `APIStatus`.
    private func statuses() -> [SpecChange] {
        var changes: [SpecChange] = []
        for status in new.errors where !old.errors.contains(where: { $0.status == status.status }) {
            changes.append(
                SpecChange(
                    kind: .statusAdded, model: nil, path: "errors.\(status.status)",
                    detail: "new status \(status.name)",
                    old: nil, new: status.location, source: .breaking, wire: .loosened))
        }
        for status in old.errors where !new.errors.contains(where: { $0.status == status.status }) {
            changes.append(
                SpecChange(
                    kind: .statusRemoved, model: nil, path: "errors.\(status.status)",
                    detail: "status \(status.name) removed", old: status.location, new: nil, source: .breaking,
                    wire: .tightened))
        }
        return changes
    }

    /// The callback: its method, payload and the states it is sent on.
    private func callback(_ oldTop: FileLocation, _ top: FileLocation) -> [SpecChange] {
        let before = old.callback
        let after = new.callback
        var details: [String] = []
        if before.method != after.method { details.append("method \(before.method) → \(after.method)") }
        if before.payload.value != after.payload.value {
            details.append("payload \(before.payload.value) → \(after.payload.value)")
        }
        let sentBefore = before.sentOn.map(\.value)
        let sentAfter = after.sentOn.map(\.value)
        if sentBefore != sentAfter {
            details.append("sent on \(sentBefore.joined(separator: ", ")) → \(sentAfter.joined(separator: ", "))")
        }
        return details.map {
            SpecChange(
                kind: .apiChanged, model: nil, path: "callback", detail: $0, old: before.payload.location,
                new: after.payload.location, source: .compatible, wire: .changed)
        }
    }

    /// The polling policy: timing only, so documentation for the SDK's users.
    private func polling(_ oldTop: FileLocation, _ top: FileLocation) -> [SpecChange] {
        let before = old.polling
        let after = new.polling
        let pairs: [(String, Double, Double)] = [
            ("initialIntervalSeconds", before.initialIntervalSeconds, after.initialIntervalSeconds),
            ("backoffFactor", before.backoffFactor, after.backoffFactor),
            ("maximumIntervalSeconds", before.maximumIntervalSeconds, after.maximumIntervalSeconds),
            ("timeoutSeconds", before.timeoutSeconds, after.timeoutSeconds),
            ("maximumQueriesPerSecond", before.maximumQueriesPerSecond, after.maximumQueriesPerSecond),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { name, was, now in
            SpecChange(
                kind: .pollingChanged, model: nil, path: "polling." + name,
                detail: "\(SpecValue.format(was)) → \(SpecValue.format(now))", old: oldTop, new: top,
                source: .compatible, wire: .unchanged)
        }
    }
}
