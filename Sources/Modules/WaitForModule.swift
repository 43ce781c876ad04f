import Foundation
import SwansibleCore
import Templating

/// `ansible.builtin.wait_for`: a path present or absent, a port open or closed, within a timeout.
public enum WaitForModule: RemoteModule {
    public static let name = "wait_for"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("host", default: "127.0.0.1"), ParameterSpec("timeout", .int, default: .int(300)),
        ParameterSpec("connect_timeout", .int, default: .int(5)), ParameterSpec("delay", .int, default: .int(0)),
        ParameterSpec("port", .int),
        ParameterSpec("active_connection_states", .list), ParameterSpec("path", .path),
        ParameterSpec("state", choices: ["absent", "drained", "present", "started", "stopped"], default: "started"),
        ParameterSpec("exclude_hosts", .list), ParameterSpec("search_regex"), ParameterSpec("sleep", .int, default: .int(1)),
        ParameterSpec("msg"),
    ]

    static let body = #"""
        open_port() { bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null; }
        now_ms() { t=$(date +%s%N); case $t in *N) echo $(( $(date +%s) * 1000 ));; *) echo $(( t / 1000000 ));; esac; }
        start=$(now_ms)
        [ "$delay" -gt 0 ] && sleep "$delay"
        while :; do
          if [ -n "$path" ]; then
            if [ "$state" = absent ]; then [ -e "$path" ] || break; else [ -e "$path" ] && break; fi
          else
            if [ "$state" = stopped ]; then open_port || break; else open_port && break; fi
          fi
          # as ansible-core: timed out once the whole timeout has passed, elapsed in whole seconds
          if [ $(( $(now_ms) - start )) -ge $(( timeout * 1000 )) ]; then echo "timeout=1"; echo "elapsed=$(( ($(now_ms) - start) / 1000 ))"; exit 0; fi
          sleep "$sleep"
        done
        echo "elapsed=$(( ($(now_ms) - start) / 1000 ))"
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let a = request.args
        let state = a.string("state") ?? "started"
        let path = a.string("path")
        let port = a.int("port")
        if path != nil && port != nil {
            throw ModuleFailure("port and path parameter can not both be passed to wait_for", ValueDict([("elapsed", .int(0))]))
        }
        if path != nil && state == "stopped" {
            throw ModuleFailure(
                "state=stopped should only be used for checking a port in the wait_for module", ValueDict([("elapsed", .int(0))]))
        }
        if state == "drained" || a["exclude_hosts"] != nil || (a["search_regex"] != nil && path == nil) {
            throw ModuleFailure("swansible's wait_for does not implement state=drained, exclude_hosts or search_regex on a port yet")
        }
        if let regex = a.string("search_regex"), let path {
            return try searchFile(path, regex: regex, args: a)
        }
        let host = a.string("host") ?? "127.0.0.1"
        if path == nil && port == nil {
            // only a delay (and a timeout): sleep
            let seconds = a.int("delay") ?? 0
            var s = Script("sleep \"$delay\"; echo elapsed=\"$delay\"\n")
            s.set("delay", String(seconds))
            return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
                .done(result(Report(r.stdoutText), state: state, port: nil, path: nil))
            }
        }
        var s = Script(body)
        s.set("host", host)
        s.set("port", port.map(String.init) ?? "")
        s.set("path", path ?? "")
        s.set("state", state)
        s.set("timeout", String(a.int("timeout") ?? 300))
        s.set("delay", String(a.int("delay") ?? 0))
        s.set("sleep", String(max(1, a.int("sleep") ?? 1)))
        let msg = a.string("msg")
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let report = Report(r.stdoutText)
            if report.flag("timeout") {
                let elapsed = ValueDict([("elapsed", .int(Int(report["elapsed"] ?? "") ?? 0))])
                let text: String
                if let path {
                    text = state == "absent" ? "Timeout when waiting for \(path) to be absent." : "Timeout when waiting for file \(path)"
                } else {
                    text =
                        state == "stopped"
                        ? "Timeout when waiting for \(host):\(port ?? 0) to stop." : "Timeout when waiting for \(host):\(port ?? 0)"
                }
                throw ModuleFailure(msg ?? text, elapsed)
            }
            // a path waited for is reported as state "file"
            let shown = path != nil && (state == "started" || state == "present") ? "file" : state
            return .done(result(report, state: shown, port: port, path: path))
        }
    }

    /// `search_regex` in a file: the host sends the file each second until the (Python) regular
    /// expression matches, searched on the controller; its groups are the result.
    static func searchFile(_ path: String, regex: String, args a: ModuleArgs) throws(ModuleFailure) -> Step {
        do {
            _ = try PyRegex.compile(regex, multiline: true)
        } catch {
            throw ModuleFailure(error.message)
        }
        let timeout = a.int("timeout") ?? 300
        let pause = max(1, a.int("sleep") ?? 1)
        let msg = a.string("msg")
        let start = Date()
        @Sendable func attempt(_ first: Bool) -> Step {
            var s = Script(
                #"""
                [ -n "$wait" ] && sleep "$wait"
                if [ -f "$path" ]; then printf 'content='; base64 -w0 < "$path"; echo; fi
                exit 0

                """#)
            s.set("path", path)
            s.set("wait", first ? String(a.int("delay") ?? 0).replacingOccurrences(of: "0", with: "") : String(pause))
            return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
                let text = String(decoding: Report(r.stdoutText).data("content") ?? Data(), as: UTF8.self)
                if let re = try? PyRegex.compile(regex, multiline: true), let m = text.firstMatch(of: re) {
                    var groups: [Value] = []
                    for i in 1..<m.output.count { groups.append(PyRegex.group(m, i).map { .string($0) } ?? .null) }
                    var named = ValueDict()
                    for part in m.output { if let n = part.name { named[string: n] = part.substring.map { .string(String($0)) } ?? .null } }
                    var out = result(Report("elapsed=\(Int(Date().timeIntervalSince(start)))"), state: "file", port: nil, path: path)
                    out[string: "match_groupdict"] = .dict(named)
                    out[string: "match_groups"] = .list(groups)
                    out[string: "search_regex"] = .string(regex)
                    return .done(out)
                }
                let elapsed = Int(Date().timeIntervalSince(start))
                if elapsed >= timeout {
                    throw ModuleFailure(
                        msg ?? "Timeout when waiting for search string \(regex) in \(path)", ValueDict([("elapsed", .int(elapsed))]))
                }
                return attempt(false)
            }
        }
        return attempt(true)
    }

    static func result(_ report: Report, state: String, port: Int?, path: String?) -> ValueDict {
        var out = ValueDict()
        out[string: "changed"] = false
        out[string: "elapsed"] = .int(Int(report["elapsed"] ?? "") ?? 0)
        out[string: "match_groupdict"] = .dict(ValueDict())
        out[string: "match_groups"] = .list([])
        out[string: "path"] = path.map { .string($0) } ?? .null
        out[string: "port"] = port.map { .int($0) } ?? .null
        out[string: "search_regex"] = .null
        out[string: "state"] = .string(state)
        return out
    }
}
