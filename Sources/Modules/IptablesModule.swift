import Foundation
import SwansibleCore

/// `ansible.builtin.iptables`: one rule present or absent (checked with `-C` first), a chain's
/// policy, or a flush; the rule's words built in the order of the module's `construct_rule`.
public enum IptablesModule: RemoteModule {
    public static let name = "iptables"
    static let implemented: [ParameterSpec] = [
        ParameterSpec("table", choices: ["filter", "nat", "mangle", "raw", "security"], default: "filter"),
        ParameterSpec("state", choices: ["absent", "present"], default: "present"),
        ParameterSpec("action", choices: ["append", "insert"], default: "append"),
        ParameterSpec("ip_version", choices: ["ipv4", "ipv6", "both"], default: "ipv4"), ParameterSpec("chain"), ParameterSpec("rule_num"),
        ParameterSpec("protocol"), ParameterSpec("source"), ParameterSpec("destination"), ParameterSpec("match", .list, default: .list([])),
        ParameterSpec("jump"), ParameterSpec("goto"), ParameterSpec("to_destination"),
        ParameterSpec("destination_ports", .list, default: .list([])),
        ParameterSpec("to_source"), ParameterSpec("in_interface"), ParameterSpec("out_interface"), ParameterSpec("fragment"),
        ParameterSpec("set_counters"), ParameterSpec("source_port"), ParameterSpec("destination_port"), ParameterSpec("to_ports"),
        ParameterSpec("ctstate", .list, default: .list([])), ParameterSpec("comment"), ParameterSpec("reject_with"),
        ParameterSpec("icmp_type"), ParameterSpec("log_prefix"), ParameterSpec("log_level"), ParameterSpec("wait"),
        ParameterSpec("flush", .bool, default: .bool(false)), ParameterSpec("policy", choices: ["ACCEPT", "DROP", "QUEUE", "RETURN"]),
        ParameterSpec("chain_management", .bool, default: .bool(false)), ParameterSpec("numeric", .bool, default: .bool(false)),
    ]
    /// Parameters of Ansible's module that swansible does not implement yet: refused by name.
    static let missing = [
        "tcp_flags", "gateway", "set_dscp_mark", "set_dscp_mark_class", "syn", "src_range", "dst_range", "match_set", "match_set_flags",
        "limit", "limit_burst", "uid_owner", "gid_owner",
    ]
    public static let parameters: [ParameterSpec] = implemented + missing.map { ParameterSpec($0, .raw) }

    static let body = #"""
        ipt() { if [ "$v6" = 1 ]; then ip6tables "$@"; else iptables "$@"; fi; }
        changed=
        if [ -n "$policy" ]; then
          cur=$(ipt -t "$table" -L "$chain" $wait 2>/dev/null | sed -n '1s/.*(policy \([A-Z]*\).*/\1/p')
          if [ "$cur" != "$policy" ]; then changed=1; [ -z "$check" ] && { out=$(ipt -t "$table" -P "$chain" "$policy" $wait 2>&1) || { printf 'err=1\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }; }; fi
        elif [ -n "$flush" ]; then
          changed=1
          [ -z "$check" ] && { out=$(ipt -t "$table" -F $chain $wait 2>&1) || { printf 'err=1\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }; }
        else
          if [ -n "$chainmgmt" ] && ! ipt -t "$table" -L "$chain" -n >/dev/null 2>&1; then
            changed=1; [ -z "$check" ] && ipt -t "$table" -N "$chain" $wait
          fi
          if check_rule; then present=1; else present=; fi
          if [ "$state" = present ] && [ -z "$present" ]; then
            changed=1; [ -z "$check" ] && { out=$(add_rule 2>&1) || { printf 'err=1\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }; }
          elif [ "$state" = absent ] && [ -n "$present" ]; then
            changed=1; [ -z "$check" ] && { out=$(del_rule 2>&1) || { printf 'err=1\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }; }
          fi
        fi
        echo "changed=$changed"
        exit 0

        """#

    /// The rule's words, as `construct_rule` orders them.
    public static func ruleWords(_ a: ModuleArgs) -> [String] { rule(a) }

    static func rule(_ a: ModuleArgs) -> [String] {
        var r: [String] = []
        var loaded = Set<String>()
        func param(_ v: String?, _ flag: String) {
            guard let v else { return }
            if v.hasPrefix("!") { r += ["!", flag, String(v.dropFirst())] } else { r += [flag, v] }
        }
        func list(_ k: String) -> [String] { (a[k]?.listValue ?? []).map { $0.stringValue ?? PythonFormat.str($0) } }
        func match(_ present: Bool, _ m: String) {
            if present && !loaded.contains(m) {
                r += ["-m", m]
                loaded.insert(m)
            }
        }
        param(a.string("protocol"), "-p")
        param(a.string("source"), "-s")
        param(a.string("destination"), "-d")
        for m in list("match") { param(m, "-m") }
        loaded = Set(list("match"))
        param(a.string("jump"), "-j")
        param(a.string("log_prefix"), "--log-prefix")
        param(a.string("log_level"), "--log-level")
        param(a.string("to_destination"), "--to-destination")
        let dports = list("destination_ports")
        match(!dports.isEmpty, "multiport")
        if !dports.isEmpty { r += ["--dports", dports.joined(separator: ",")] }
        param(a.string("to_source"), "--to-source")
        param(a.string("goto"), "-g")
        param(a.string("in_interface"), "-i")
        param(a.string("out_interface"), "-o")
        param(a.string("fragment"), "-f")
        param(a.string("set_counters"), "-c")
        param(a.string("source_port"), "--source-port")
        param(a.string("destination_port"), "--destination-port")
        param(a.string("to_ports"), "--to-ports")
        let ct = list("ctstate")
        if list("match").contains("conntrack") {
            if !ct.isEmpty { r += ["--ctstate", ct.joined(separator: ",")] }
        } else if list("match").contains("state") {
            if !ct.isEmpty { r += ["--state", ct.joined(separator: ",")] }
        } else if !ct.isEmpty {
            match(true, "conntrack")
            r += ["--ctstate", ct.joined(separator: ",")]
        }
        if a.string("jump") == nil, a.string("reject_with") != nil { r += ["-j", "REJECT"] }
        param(a.string("reject_with"), "--reject-with")
        param(a.string("icmp_type"), a.string("ip_version") == "ipv6" ? "--icmpv6-type" : "--icmp-type")
        match(a.string("comment") != nil, "comment")
        param(a.string("comment"), "--comment")
        return r
    }

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let a = request.args
        for m in missing where a[m] != nil {
            throw ModuleFailure("swansible's iptables does not implement the parameter '\(m)' yet")
        }
        if a.string("ip_version") == "both" { throw ModuleFailure("swansible's iptables does not implement ip_version=both yet") }
        let chain = a.string("chain") ?? ""
        if !a.bool("flush") && chain.isEmpty { throw ModuleFailure("chain is required unless flush is set") }
        let table = a.string("table") ?? "filter"
        let words = rule(a)
        var s = Script("")
        s.set("table", table)
        s.set("chain", chain)
        s.set("state", a.string("state") ?? "present")
        s.set("policy", a.string("policy") ?? "")
        s.set("flush", a.bool("flush"))
        s.set("chainmgmt", a.bool("chain_management"))
        s.set("check", request.checkMode)
        s.set("v6", a.string("ip_version") == "ipv6")
        s.set("wait", a.string("wait").map { "-w \($0)" } ?? "")
        for (i, w) in words.enumerated() { s.set("r\(i)", w) }
        let quoted = words.indices.map { "\"$r\($0)\"" }.joined(separator: " ")
        let insertAt = a.string("rule_num").map { " \($0)" } ?? ""
        let action = a.string("action") == "insert" ? "-I" : "-A"
        s.append("check_rule() { ipt -t \"$table\" -C \"$chain\" $wait \(quoted) >/dev/null 2>&1; }\n")
        s.append("add_rule() { ipt -t \"$table\" \(action) \"$chain\"\(action == "-I" ? insertAt : "") $wait \(quoted); }\n")
        s.append("del_rule() { ipt -t \"$table\" -D \"$chain\" $wait \(quoted); }\n")
        s.append(body)
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            if report["err"] != nil {
                throw ModuleFailure(
                    String(decoding: report.data("out") ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            var out = ValueDict()
            out[string: "chain"] = .string(chain)
            out[string: "changed"] = .bool(report.flag("changed"))
            out[string: "flush"] = .bool(a.bool("flush"))
            out[string: "ip_version"] = .string(a.string("ip_version") ?? "ipv4")
            out[string: "rule"] = .string(words.joined(separator: " "))
            out[string: "state"] = .string(a.string("state") ?? "present")
            out[string: "table"] = .string(table)
            return .done(out)
        }
    }
}
