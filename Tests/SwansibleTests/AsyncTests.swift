import Foundation
import Testing

/// `async` with polling and with `poll: 0` plus `async_status`, against ansible-playbook's output
/// (Tests/Fixtures/async; job ids and retry lines depend on time and are left out of both).
struct AsyncTests {
    @Test func asyncTasksAsAnsibleRunsThem() throws {
        let dir = TestSupport.fixtures.appendingPathComponent("async")
        let run = try TestSupport.run(["play", "-i", "inventory", "playbook.yml"], in: dir, environment: ["ANSIBLE_NOCOLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let normalized =
            (run.stdout + run.stderr)
            .replacingOccurrences(of: #"j[0-9]{12}\.[0-9]+"#, with: "JID", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("FAILED - RETRYING") }
            .joined(separator: "\n")
        let expected = try String(contentsOf: dir.appendingPathComponent("expected.txt"), encoding: .utf8)
        #expect(normalized == expected, "\(TestSupport.diff(expected, normalized))")
    }
}
