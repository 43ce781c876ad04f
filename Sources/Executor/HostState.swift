import Connection
import Foundation
import Playbook
import SwansibleCore

/// What the executor knows of a host during a run (ansible-core's `HostState` plus the
/// variables the play has given it).
final class HostState: @unchecked Sendable {
    let index: Int
    let name: String
    /// `ansible_facts`.
    var facts = ValueDict()
    /// `set_fact` and `register` values, above play and task variables.
    var setFacts: [String: Value] = [:]
    var failed = false
    var unreachable = false
    /// `meta: end_host` (or end_play) took it out of the play without failing it.
    var ended = false
    /// Handlers (by name or topic) notified and not yet run, in notification order.
    var notified: [String] = []
    var connection: (any Connection)?
    /// The task that failed last and its result (`ansible_failed_task`/`ansible_failed_result`).
    var lastFailure: (Task, Value)?

    init(index: Int, name: String) {
        self.index = index
        self.name = name
    }

    var active: Bool { !failed && !unreachable && !ended }

    func notify(_ name: String) {
        if !notified.contains(name) { notified.append(name) }
    }
}
