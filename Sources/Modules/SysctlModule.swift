import Foundation
import SwansibleCore

/// `ansible.posix.sysctl`: a kernel parameter in a sysctl file (rewritten as the module does:
/// `k = v` lines become `k=v`, later duplicates dropped), optionally set in /proc and reloaded.
public enum SysctlModule: RemoteModule {
    public static let name = "sysctl"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("name", aliases: ["key"], required: true), ParameterSpec("value", aliases: ["val"]),
        ParameterSpec("state", choices: ["present", "absent"], default: "present"), ParameterSpec("reload", .bool, default: .bool(true)),
        ParameterSpec("sysctl_set", .bool, default: .bool(false)), ParameterSpec("ignoreerrors", .bool, default: .bool(false)),
        ParameterSpec("sysctl_file", .path, default: "/etc/sysctl.conf"),
    ]

    static let probe = #"""
        if v=$(LANG=C LC_ALL=C sysctl -e -n "$name" 2>/dev/null); then printf 'proc='; printf '%s' "$v" | base64 -w0; echo; fi
        if [ -f "$file" ]; then printf 'content='; base64 -w0 < "$file" || exit 1; echo; fi
        exit 0

        """#

    static let apply =
        ShellLibrary.install
            + #"""
            if [ -n "$setproc" ]; then
              out=$(LANG=C LC_ALL=C sysctl $ign -w "$name=$quoted" 2>&1) || { printf 'err=set\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }
              case $out in *"setting key"*"Invalid argument"*|*"setting key"*"Read-only file system"*) printf 'err=set\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0 ;; esac
            fi
            if [ -n "$write" ]; then
              real=$(readlink -f -- "$file" 2>/dev/null || printf '%s' "$file")
              dir=$(dirname -- "$real")
              tmp="$dir/.ansible_m_sysctl_$token.conf"
              stage "$tmp" "$real" || exit 1
              mv -f -- "$tmp" "$real" || { rm -f -- "$tmp"; exit 1; }
            fi
            cat > /dev/null
            if [ -n "$reload" ]; then
              out=$(LANG=C LC_ALL=C sysctl $ign -p "$file" 2>&1); rc=$?
              if [ $rc -ne 0 ] || printf '%s' "$out" | grep -Eq '^sysctl: setting key "[^"]+": (Invalid argument|Read-only file system)$'; then
                printf 'err=reload\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0
              fi
            fi
            exit 0

            """#

    /// `_parse_value`: booleans as 1/0, strings stripped.
    static func parse(_ v: Value?) -> String {
        guard let v else { return "" }
        if case .bool(let b) = v { return b ? "1" : "0" }
        let s = v.stringValue ?? PythonFormat.str(v)
        if ["y", "yes", "on", "1", "true", "t"].contains(s.lowercased()) { return "1" }
        if ["n", "no", "off", "0", "false", "f"].contains(s.lowercased()) { return "0" }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        let name = (args.string("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let present = args.string("state") != "absent"
        if name.isEmpty { throw ModuleFailure("name cannot be blank") }
        if present && args["value"] == nil { throw ModuleFailure("state is present but all of the following are missing: value") }
        let value = parse(args["value"])
        if present && value.isEmpty { throw ModuleFailure("value cannot be blank") }
        let file = args.string("sysctl_file") ?? "/etc/sysctl.conf"
        var probe = Script(SysctlModule.probe)
        probe.set("name", name)
        probe.set("file", file)
        let check = request.checkMode
        return .run(probe, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            let proc = report.data("proc").map { String(decoding: $0, as: UTF8.self) }
            let text = report.data("content").map { String(decoding: $0, as: UTF8.self) } ?? ""
            let plan = SysctlModule.decide(
                text: text, proc: proc, name: name, value: value, present: present, reload: args.bool("reload"),
                sysctlSet: args.bool("sysctl_set"))
            if check || !(plan.setProc || plan.write || (plan.changed && args.bool("reload"))) {
                return .done(ValueDict([("changed", .bool(plan.changed))]))
            }
            var apply = Script(SysctlModule.apply)
            apply.set("name", name)
            apply.set("file", file)
            // the module quotes the value and splits the command line again: one argument
            apply.set("quoted", value)
            apply.set("setproc", plan.setProc)
            apply.set("write", plan.write)
            apply.set("reload", plan.changed && args.bool("reload"))
            apply.set("ign", args.bool("ignoreerrors") ? "-e" : "")
            apply.set("token", String(UInt64.random(in: 1...UInt64.max), radix: 36))
            let changed = plan.changed
            return .run(apply, stdin: Data(plan.lines.utf8)) { (r: ExecResult) throws(ModuleFailure) -> Step in
                if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
                let report = Report(r.stdoutText)
                let out = String(decoding: report.data("out") ?? Data(), as: UTF8.self)
                switch report["err"] {
                case "set"?: throw ModuleFailure("setting \(name) failed: \(out)")
                case "reload"?: throw ModuleFailure("Failed to reload sysctl: \(out)")
                default: return .done(ValueDict([("changed", .bool(changed))]))
                }
            }
        }
    }

    /// What the module decides: whether anything changes, what to do, the file's new text.
    public struct Decision: Sendable {
        public var changed = false
        public var write = false
        public var setProc = false
        public var lines = ""
    }

    /// The module's `process()`: what changes, and the file's new text.
    public static func decide(text: String, proc: String?, name: String, value: String, present: Bool, reload: Bool, sysctlSet: Bool)
        -> Decision
    {
        var d = Decision()
        var fileLines: [String] = []
        var values: [String: String] = [:]
        for raw in FileEdit.lines(text) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            fileLines.append(line)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") || !line.contains("=") { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[parts[0].trimmingCharacters(in: .whitespaces)] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        var checked: [String] = []
        var fixed: [String] = []
        for line in fileLines {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") || !line.contains("=") {
                fixed.append(line)
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let k = parts[0].trimmingCharacters(in: .whitespaces)
            let v = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            if checked.contains(k) { continue }
            checked.append(k)
            if k == name {
                if present { fixed.append("\(k)=\(value)") }
            } else {
                fixed.append("\(k)=\(v)")
            }
        }
        if !checked.contains(name) && present { fixed.append("\(name)=\(value)") }
        d.lines = fixed.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" }.joined()
        let current = values[name]
        func same(_ a: String?, _ b: String) -> Bool {
            guard let a else { return false }
            return a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
        }
        if current == nil && present {
            d.changed = true
            d.write = true
        } else if current == nil && !present {
            d.changed = false
        } else if let c = current, !c.isEmpty, !present {
            d.changed = true
            d.write = true
        } else if current != value {
            d.changed = true
            d.write = true
        } else if reload {
            if proc == nil || !same(proc, value) { d.changed = true }
        }
        if sysctlSet && present {
            if proc == nil {
                d.changed = true
            } else if !same(proc, value) {
                d.changed = true
                d.setProc = true
            }
        }
        return d
    }
}
