import Foundation
import Playbook
import SwansibleCore

/// The outcome of one task on one host, as the callback and the stats see it.
public struct TaskResult: Sendable {
    public enum Status: Sendable, Equatable { case ok, failed, skipped, unreachable }

    public var host: String
    public var status: Status
    /// The result dictionary (what `register` stores, without internal keys).
    public var result: ValueDict
    /// Per-item results of a loop, each with its status.
    public var items: [TaskResult]?
    public var ignoreErrors = false
    public var ignoreUnreachable = false
    /// For the `[ERROR]` block: "Module failed: ..." or "Action failed: ...".
    public var errorKind: String?
    /// `_ansible_verbose_always` (debug): results printed without -v.
    public var verboseAlways = false
    /// The item label (`loop_control.label`) of an item result.
    public var label: Value?
    /// Set for a registered value that was computed with `no_log`.
    public var noLog = false

    public init(host: String, status: Status, result: ValueDict) {
        self.host = host
        self.status = status
        self.result = result
    }

    public var changed: Bool {
        if case .bool(true)? = result[string: "changed"] { return true }
        return false
    }

    public var failed: Bool { status == .failed }

    /// The value `register` stores: the result with `changed`, `failed` (and `skipped`) set.
    public var registered: Value {
        var r = result
        if r[string: "changed"] == nil { r[string: "changed"] = .bool(false) }
        if status == .failed { r[string: "failed"] = .bool(true) } else if r[string: "failed"] == nil { r[string: "failed"] = .bool(false) }
        if status == .skipped { r[string: "skipped"] = .bool(true) }
        if status == .unreachable { r[string: "unreachable"] = .bool(true) }
        return .dict(r)
    }
}

/// Per-host counters for the PLAY RECAP.
public struct HostStats: Sendable {
    public var ok = 0
    public var changed = 0
    public var unreachable = 0
    public var failures = 0
    public var skipped = 0
    public var rescued = 0
    public var ignored = 0
}
