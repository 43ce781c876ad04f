import Foundation
import SwansibleCore

/// `ansible.builtin.command`: runs a program with arguments, no shell.
public enum CommandModule: RemoteModule {
    public static let name = "command"
    public static let freeForm = true
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("_raw_params"), ParameterSpec("_uses_shell", .bool, default: .bool(false)), ParameterSpec("cmd"),
        ParameterSpec("argv", .list), ParameterSpec("chdir", .path), ParameterSpec("executable"),
        ParameterSpec("expand_argument_vars", .bool, default: .bool(true)), ParameterSpec("creates", .path),
        ParameterSpec("removes", .path), ParameterSpec("stdin", .raw), ParameterSpec("stdin_add_newline", .bool, default: .bool(true)),
        ParameterSpec("strip_empty_ends", .bool, default: .bool(true)),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        try CommandRun.plan(request, shell: request.args.bool("_uses_shell"))
    }
}

/// `ansible.builtin.shell`: the command module through `/bin/sh -c`.
public enum ShellModule: RemoteModule {
    public static let name = "shell"
    public static let freeForm = true
    public static let parameters = CommandModule.parameters

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        try CommandRun.plan(request, shell: true)
    }
}

/// `ansible.builtin.raw`: the text as one shell command, nothing else.
public enum RawModule: RemoteModule {
    public static let name = "raw"
    public static let freeForm = true
    public static let parameters: [ParameterSpec] = [ParameterSpec("_raw_params", required: true), ParameterSpec("executable")]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        if request.checkMode { return .done(ValueDict([("changed", false), ("skipped", true)])) }
        var script = Script("exec /bin/sh -c \"$cmd\"\n")
        script.set("cmd", request.args.string("_raw_params") ?? "")
        return .run(script, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            var out = ValueDict()
            out[string: "changed"] = true
            out[string: "rc"] = .int(Int(r.status))
            out[string: "stdout"] = .string(r.stdoutText)
            out[string: "stderr"] = .string(r.stderrText)
            if r.status != 0 { throw ModuleFailure("non-zero return code", out) }
            return .done(out)
        }
    }
}

/// Python's `str(datetime)` for the results of actions that time themselves (pause).
public enum CommandTimes {
    public static func timestamp(_ d: Date) -> String { CommandRun.timestamp(d) }
}

/// What command and shell share: `creates`/`removes`, `chdir`, standard input, the result.
enum CommandRun {
    static func plan(_ request: ModuleRequest, shell: Bool) throws(ModuleFailure) -> Step {
        let args = request.args
        let given = ["_raw_params", "cmd", "argv"].filter { args[$0] != nil }
        if given.isEmpty { throw ModuleFailure("one of the following is required: _raw_params, cmd, argv") }
        if given.count > 1 { throw ModuleFailure("parameters are mutually exclusive: _raw_params|cmd|argv") }
        let text = args.string("_raw_params") ?? args.string("cmd")
        var cmdValue: Value
        var script = Script("")
        let token = "SWANSIBLE-\(UInt64.random(in: 1...UInt64.max))"
        script.set("token", token)
        script.set("creates", args.string("creates") ?? "")
        script.set("removes", args.string("removes") ?? "")
        script.set("chdir", args.string("chdir") ?? "")
        script.set("check", request.checkMode)
        script.append(
            #"""
            if [ -n "$chdir" ]; then cd -- "$chdir" 2>/dev/null || { echo "$token chdir"; exit 0; }; fi
            IFS=
            if [ -n "$creates" ]; then for f in $creates; do if [ -e "$f" ] || [ -L "$f" ]; then echo "$token creates"; exit 0; fi; done; fi
            if [ -n "$removes" ]; then found=; for f in $removes; do if [ -e "$f" ] || [ -L "$f" ]; then found=1; fi; done
              if [ -z "$found" ]; then echo "$token removes"; exit 0; fi; fi
            unset IFS
            if [ -n "$check" ]; then echo "$token check"; exit 0; fi

            """#)
        if shell {
            let command = text ?? ""
            cmdValue = .string(command)
            script.set("cmd", command)
            if let exe = args.string("executable") {
                script.set("exe", exe)
                script.append("exec \"$exe\" -c \"$cmd\"\n")
            } else {
                script.append("exec /bin/sh -c \"$cmd\"\n")
            }
        } else {
            var words: [String]
            if let text {
                do {
                    words = try ShellWords.split(text)
                } catch {
                    throw ModuleFailure("\(error)")
                }
            } else {
                words = (args["argv"]?.listValue ?? []).map { $0.stringValue ?? PythonFormat.str($0) }
            }
            if words.isEmpty { throw ModuleFailure("no command given", ValueDict([("rc", .int(256))])) }
            cmdValue = .list(words.map { .string($0) })
            for (i, w) in words.enumerated() { script.set("a\(i)", w) }
            script.append("exec " + words.indices.map { "\"$a\($0)\"" }.joined(separator: " ") + "\n")
        }
        var stdin: Data?
        if let s = args["stdin"] {
            var text = s.stringValue ?? PythonFormat.str(s)
            if args.bool("stdin_add_newline") { text += "\n" }
            stdin = Data(text.utf8)
        }
        let strip = args.bool("strip_empty_ends")
        let creates = args.string("creates")
        let removes = args.string("removes")
        let check = request.checkMode
        let cmd = cmdValue
        let start = Date()
        return .run(script, stdin: stdin) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let end = Date()
            var out = ValueDict()
            let stdout = r.stdoutText
            let shoulda = check ? "Would" : "Did"
            if stdout.hasPrefix(token + " ") {
                let reason = stdout.dropFirst(token.count + 1).trimmingCharacters(in: .whitespacesAndNewlines)
                out[string: "changed"] = false
                out[string: "stdout"] = ""
                out[string: "stderr"] = ""
                out[string: "rc"] = .int(0)
                out[string: "cmd"] = cmd
                out[string: "start"] = .null
                out[string: "end"] = .null
                out[string: "delta"] = .null
                switch reason {
                case "chdir":
                    out[string: "rc"] = .null
                    throw ModuleFailure("Unable to change directory before execution.", out)
                case "creates":
                    out[string: "msg"] = .string("\(shoulda) not run command since '\(creates ?? "")' exists")
                    out[string: "stdout"] = .string("skipped, since \(creates ?? "") exists")
                default:
                    if reason == "removes" {
                        out[string: "msg"] = .string("\(shoulda) not run command since '\(removes ?? "")' does not exist")
                        out[string: "stdout"] = .string("skipped, since \(removes ?? "") does not exist")
                    } else {
                        out[string: "msg"] = "Command would have run if not in check mode"
                        if creates == nil && removes == nil {
                            out[string: "skipped"] = true
                        } else {
                            out[string: "changed"] = true
                        }
                    }
                }
                return .done(out)
            }
            if r.status == 127, r.stderrText.contains("not found") || r.stderrText.contains("No such file"), !shell {
                let program = cmd.listValue?.first.flatMap { $0.stringValue } ?? ""
                out[string: "cmd"] = .string(program)
                out[string: "rc"] = .int(2)
                out[string: "stdout"] = ""
                out[string: "stderr"] = ""
                throw ModuleFailure(
                    "Error executing command.", out, summary: "Error executing command: [Errno 2] No such file or directory: b'\(program)'")
            }
            out[string: "changed"] = true
            out[string: "cmd"] = cmd
            out[string: "delta"] = .string(CommandRun.delta(end.timeIntervalSince(start)))
            out[string: "end"] = .string(CommandRun.timestamp(end))
            out[string: "msg"] = ""
            out[string: "rc"] = .int(Int(r.status))
            out[string: "start"] = .string(CommandRun.timestamp(start))
            out[string: "stderr"] = .string(strip ? CommandRun.stripEnds(r.stderrText) : r.stderrText)
            out[string: "stdout"] = .string(strip ? CommandRun.stripEnds(stdout) : stdout)
            if r.status != 0 {
                out.removeValue(forKey: "msg")
                throw ModuleFailure("The command exited with a non-zero return code.", out)
            }
            return .done(out)
        }
    }

    static func stripEnds(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.unicodeScalars.last, last == "\n" || last == "\r" { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }

    /// `str(datetime)`: `2026-11-27 14:28:14.733159`.
    static func timestamp(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let micros = Int((d.timeIntervalSince1970 * 1_000_000).truncatingRemainder(dividingBy: 1_000_000))
        return f.string(from: d) + "." + String(format: "%06d", micros)
    }

    /// `str(timedelta)`: `0:00:00.003553`.
    static func delta(_ t: TimeInterval) -> String {
        let micros = Int((t * 1_000_000).rounded())
        let secs = micros / 1_000_000
        return String(format: "%d:%02d:%02d.%06d", secs / 3600, (secs / 60) % 60, secs % 60, micros % 1_000_000)
    }
}
