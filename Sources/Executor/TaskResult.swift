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
    /// For the `[ERROR]` block: what failed, below "Task failed." (each link with its origin).
    public var errorChain: [ErrorEvent]?
    /// `_ansible_verbose_always` (debug): results printed without -v.
    public var verboseAlways = false
    /// The item label (`loop_control.label`) of an item result.
    public var label: Value?
    /// Set for a registered value that was computed with `no_log`.
    public var noLog = false
    /// The handlers (names or topics) it notifies if it changed, templated (per item for a loop).
    public var notify: [String] = []

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

/// One link of Ansible's error chain ("Task failed." <- "Finalization of task args failed." <-
/// "Error while resolving value for 'msg': ..."), with where in the playbook it points.
public struct ErrorEvent: Sendable {
    public var msg: String
    public var origin: SourceLocation?

    public init(_ msg: String, _ origin: SourceLocation? = nil) {
        self.msg = msg
        self.origin = origin
    }

    /// `deduplicate_message_parts`: the messages joined by ": ", repeats dropped.
    public static func brief(_ parts: [String]) -> String {
        var rest = Array(parts.reversed())
        guard !rest.isEmpty else { return "" }
        var message = rest.removeFirst()
        for part in rest {
            if part.hasSuffix(message) {
                message = part
            } else {
                var left = Substring(part)
                while let last = left.last, last == "." || last == " " { left = left.dropLast() }
                message = "\(left): \(message)"
            }
        }
        return message
    }

    /// `format_event_verbose_message`: links without an origin of their own join the one
    /// before; links with different origins are shown one by one, "<<< caused by >>>" between.
    public static func format(_ events: [ErrorEvent]) -> String {
        var segments: [String] = []
        var i = 0
        while i < events.count {
            var messages = [events[i].msg]
            let origin = events[i].origin
            var j = i + 1
            while j < events.count, events[j].origin == nil || events[j].origin == origin {
                messages.append(events[j].msg)
                j += 1
            }
            var segment = brief(messages)
            if let origin { segment += "\n" + ErrorContext.origin(origin) }
            segments.append(segment + "\n")
            i = j
        }
        var text = segments.joined(separator: "\n<<< caused by >>>\n\n")
        if segments.count > 1 { text = brief(events.map(\.msg)) + "\n\n" + text }
        return text
    }
}
