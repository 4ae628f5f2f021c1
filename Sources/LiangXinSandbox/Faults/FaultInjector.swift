/// Decides, per API request, which injected fault (if any) it gets.
struct FaultInjector: Sendable {
    /// What happens to one request.
    enum Fault: Hashable, Sendable {
        /// Answer normally.
        case none
        /// Answer 500.
        case serverError
        /// Answer 429.
        case throttled
        /// Close the connection without an answer.
        case dropped
    }

    let configuration: SandboxConfiguration
    let random: SandboxRandom

    /// The fault of the next request: one draw, so each fault happens at exactly its rate.
    func next() -> Fault {
        let draw = random.unit()
        var bound = configuration.dropRate
        if draw < bound { return .dropped }
        bound += configuration.errorRate
        if draw < bound { return .serverError }
        bound += configuration.throttleRate
        if draw < bound { return .throttled }
        return .none
    }
}
