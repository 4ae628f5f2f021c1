import LiangXinRuntime

extension PollingPolicy {
    /// For `liangxin-sandbox` on loopback, whose tasks finish in seconds: the first wait is
    /// 50 ms (api.yaml's 2.5 s would hide the sandbox's speed), growing by 1.5 up to 500 ms, a
    /// 2-minute deadline, and a query rate (1,000 a second) that does not hold a fast loop back.
    public static let sandbox = PollingPolicy(
        initialInterval: .milliseconds(50), backoffFactor: 1.5, maximumInterval: .milliseconds(500),
        timeout: .seconds(120), maximumQueriesPerSecond: 1000)
}
