import Foundation
import Playbook
import SwansibleCore

/// ansible-core's `default` stdout callback: banners, one line per host result, the recap.
public final class DefaultCallback: @unchecked Sendable {
    let display: Display
    var lastBannerTask: Int?
    var currentTask: (id: Int, banner: String)?

    public init(display: Display) {
        self.display = display
    }

    var verbosity: Int { display.verbosity }

    public func playStart(_ name: String, check: Bool) {
        let mark = check ? " [CHECK MODE]" : ""
        display.banner(name.isEmpty ? "PLAY\(mark)" : "PLAY [\(name)]\(mark)")
    }

    public func noHostsMatched() {
        display.display("skipping: no hosts matched", color: .skip)
    }

    public func noHostsRemaining() {
        display.banner("NO MORE HOSTS LEFT")
    }

    /// `TASK [role : name]` or `RUNNING HANDLER [...]`, printed when the task starts.
    public func taskStart(id: Int, title: String, handler: Bool, check: Bool, path: String?) {
        let prefix = handler ? "RUNNING HANDLER" : "TASK"
        let banner = "\(prefix) [\(title)]\(check ? " [CHECK MODE]" : "")"
        currentTask = (id, banner)
        printBanner(path: path)
    }

    var taskPath: String?

    func printBanner(path: String? = nil) {
        guard let current = currentTask else { return }
        if let path { taskPath = path }
        display.banner(current.banner)
        if verbosity >= 2, let p = taskPath { display.display("task path: \(p)", color: .debug) }
        lastBannerTask = current.id
    }

    func ensureBanner() {
        if let current = currentTask, lastBannerTask != current.id { printBanner() }
    }

    /// A host's result for the current task (with its items for a loop).
    public func result(_ r: TaskResult, action: String, isLoop: Bool, delegatedTo: String? = nil, origin: SourceLocation? = nil) {
        self.origin = origin
        let label = hostLabel(r.host, delegatedTo)
        if isLoop, let items = r.items {
            for item in items { itemResult(item, action: action, hostLabel: label) }
        }
        switch r.status {
        case .ok:
            ensureBanner()
            if isLoop && r.items != nil { return }
            var msg = r.changed ? "changed: [\(label)]" : "ok: [\(label)]"
            if verbosity > 0 || r.verboseAlways { msg += " => " + dump(clean(r.result, action: action), verboseAlways: r.verboseAlways) }
            display.display(msg, color: r.changed ? .changed : .ok)
        case .failed:
            ensureBanner()
            if !(isLoop && r.items != nil) {
                if let chain = r.errorChain { errorBlock(chain) }
                display.display(
                    "fatal: [\(label)]: FAILED! => " + dump(clean(r.result, action: action), verboseAlways: r.verboseAlways), color: .error)
            }
            if r.ignoreErrors { display.display("...ignoring", color: .skip) }
        case .skipped:
            ensureBanner()
            var msg = "skipping: [\(r.host)]"
            if verbosity > 0 { msg += " => " + dump(clean(r.result, action: action), verboseAlways: false) }
            display.display(msg, color: .skip)
        case .unreachable:
            ensureBanner()
            display.display("fatal: [\(label)]: UNREACHABLE! => " + dump(r.result, verboseAlways: false), color: .unreachable)
            if r.ignoreUnreachable { display.display("...ignoring", color: .skip) }
        }
    }

    /// The `[ERROR]: Task failed: ...` block with the task's origin, shown once per text.
    var origin: SourceLocation?

    func errorBlock(_ chain: [ErrorEvent]) {
        display.error(ErrorEvent.format([ErrorEvent("Task failed.", origin)] + chain), stderr: false)
    }

    func itemResult(_ r: TaskResult, action: String, hostLabel label: String) {
        let item = r.noLog ? "(censored due to no_log)" : PythonFormat.str(r.label ?? r.result[string: "item"] ?? .null)
        switch r.status {
        case .ok:
            ensureBanner()
            var msg = "\(r.changed ? "changed" : "ok"): [\(label)] => (item=\(item))"
            if verbosity > 0 || r.verboseAlways { msg += " => " + dump(clean(r.result, action: action), verboseAlways: r.verboseAlways) }
            display.display(msg, color: r.changed ? .changed : .ok)
        case .failed:
            ensureBanner()
            if let chain = r.errorChain { errorBlock(chain) }
            display.display(
                "failed: [\(label)] (item=\(item)) => " + dump(clean(r.result, action: action), verboseAlways: r.verboseAlways),
                color: .error)
        case .skipped:
            ensureBanner()
            var msg = "skipping: [\(r.host)] => (item=\(item)) "
            if verbosity > 0 { msg += " => " + dump(clean(r.result, action: action), verboseAlways: false) }
            display.display(msg, color: .skip)
        case .unreachable:
            ensureBanner()
            display.display("fatal: [\(label)]: UNREACHABLE! => " + dump(r.result, verboseAlways: false), color: .unreachable)
        }
    }

    func hostLabel(_ host: String, _ delegatedTo: String?) -> String {
        guard let d = delegatedTo, d != host else { return host }
        return "\(host) -> \(d)"
    }

    static let hiddenInDebug: Set<String> = [
        "changed", "failed", "skipped", "invocation", "skip_reason", "ansible_loop_var", "ansible_index_var", "ansible_loop",
    ]

    /// `_clean_results`: debug shows only its message (or only the variable).
    func clean(_ result: ValueDict, action: String) -> ValueDict {
        guard action == "debug" else { return result }
        var out = ValueDict()
        if result[string: "msg"] != nil {
            for (k, v) in result.items {
                let key = k.stringValue ?? ""
                if ["msg", "exception", "warnings", "deprecations"].contains(key) || key.hasPrefix("_ansible_") { out[k] = v }
            }
            return out
        }
        for (k, v) in result.items where !DefaultCallback.hiddenInDebug.contains(k.stringValue ?? "") { out[k] = v }
        return out
    }

    /// `_dump_results`: JSON with sorted keys, internal keys, invocation and diff removed.
    func dump(_ result: ValueDict, verboseAlways: Bool) -> String {
        var out = ValueDict()
        for (k, v) in result.items {
            let key = k.stringValue ?? ""
            if key.hasPrefix("_ansible_") { continue }
            if verbosity < 3 && (key == "invocation" || key == "diff") { continue }
            if ["exception", "warnings", "deprecations", "failed"].contains(key) { continue }
            out[k] = v
        }
        let indent: Int? = verboseAlways || verbosity > 2 ? 4 : nil
        return JSONWriter(indent: indent, sortKeys: true, ensureASCII: false).write(.dict(out))
    }

    /// `--diff` output for a result (before its status line).
    public func diff(_ diffs: [Value]) {
        var text = ""
        for d in diffs {
            guard case .dict(var diff) = d else { continue }
            if diff[string: "dst_binary"] != nil { text += "diff skipped: destination file appears to be binary\n" }
            if diff[string: "src_binary"] != nil { text += "diff skipped: source file appears to be binary\n" }
            if let n = diff[string: "dst_larger"] { text += "diff skipped: destination file size is greater than \(PythonFormat.str(n))\n" }
            if let n = diff[string: "src_larger"] { text += "diff skipped: source file size is greater than \(PythonFormat.str(n))\n" }
            if diff[string: "before"] != nil && diff[string: "after"] != nil {
                for key in ["before", "after"] {
                    switch diff[string: key] {
                    case .dict(let m)?:
                        diff[string: key] = .string(
                            JSONWriter(indent: 4, sortKeys: true, ensureASCII: true, itemSeparator: ",").write(.dict(m)) + "\n")
                    case .null?: diff[string: key] = ""
                    default: break
                    }
                }
                let beforeHeader = diff[string: "before_header"].map { "before: " + PythonFormat.str($0) } ?? "before"
                let afterHeader = diff[string: "after_header"].map { "after: " + PythonFormat.str($0) } ?? "after"
                var before = UnifiedDiff.lines(PythonFormat.str(diff[string: "before"] ?? ""))
                var after = UnifiedDiff.lines(PythonFormat.str(diff[string: "after"] ?? ""))
                if let last = before.last, !last.hasSuffix("\n") { before[before.count - 1] = last + "\n\\ No newline at end of file\n" }
                if let last = after.last, !last.hasSuffix("\n") { after[after.count - 1] = last + "\n\\ No newline at end of file\n" }
                let lines = UnifiedDiff.diff(before, after, from: beforeHeader, to: afterHeader, context: 3)
                if !lines.isEmpty {
                    for l in lines {
                        if display.color {
                            if l.hasPrefix("+") {
                                text += display.colored(l, .diffAdd)
                            } else if l.hasPrefix("-") {
                                text += display.colored(l, .diffRemove)
                            } else if l.hasPrefix("@@") {
                                text += display.colored(l, .diffLines)
                            } else {
                                text += l
                            }
                        } else {
                            text += l
                        }
                    }
                    text += "\n"
                }
            }
            if let p = diff[string: "prepared"] { text += PythonFormat.str(p) }
        }
        guard !text.isEmpty else { return }
        ensureBanner()
        display.display(text)
    }

    /// `PLAY RECAP` and one line per host, sorted by name.
    public func recap(_ stats: [String: HostStats]) {
        display.banner("PLAY RECAP")
        for host in stats.keys.sorted() {
            guard let t = stats[host] else { continue }
            func field(_ name: String, _ n: Int, _ c: Display.Color) -> String {
                let text = "\(name)=\(n)".padding(toLength: max("\(name)=\(n)".count, name.count + 5), withPad: " ", startingAt: 0)
                return n != 0 ? display.colored(text, c) : text
            }
            let hostColor: Display.Color? =
                t.failures > 0 || t.unreachable > 0 ? .error : t.changed > 0 ? .changed : .ok
            let name =
                display.color
                ? display.colored(host, hostColor).padding(toLength: max(37, host.count + 11), withPad: " ", startingAt: 0)
                : host.padding(toLength: max(26, host.count), withPad: " ", startingAt: 0)
            display.display(
                "\(name) : "
                    + [
                        field("ok", t.ok, .ok), field("changed", t.changed, .changed), field("unreachable", t.unreachable, .unreachable),
                        field("failed", t.failures, .error), field("skipped", t.skipped, .skip), field("rescued", t.rescued, .ok),
                        field("ignored", t.ignored, .warn),
                    ].joined(separator: " "))
        }
        display.display("")
    }
}
