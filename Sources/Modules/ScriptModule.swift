import Foundation
import SwansibleCore

/// `ansible.builtin.script`: a local script sent to the host (the controller finds it among
/// `files/` and passes its bytes) and run there from a temporary directory, with its arguments;
/// `creates`/`removes` checked on the host first, `chdir`, `executable`. Not run in check mode.
public enum ScriptModule: RemoteModule {
    public static let name = "script"
    public static var freeForm: Bool { true }
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("_raw_params"), ParameterSpec("cmd"), ParameterSpec("creates"), ParameterSpec("removes"),
        ParameterSpec("chdir"), ParameterSpec("executable"), ParameterSpec("decrypt", .bool, default: .bool(true)),
        ParameterSpec("_script_name"),
    ]

    static let probe = #"""
        if [ -n "$creates" ] && [ -e "$creates" ]; then echo "skip=creates"; exit 0; fi
        if [ -n "$removes" ] && [ ! -e "$removes" ]; then echo "skip=removes"; exit 0; fi
        echo "skip="
        exit 0

        """#

    static let body = #"""
        __d=$(mktemp -d "${TMPDIR:-/tmp}/ansible-tmp-XXXXXXXX") || exit 1
        __s="$__d/$name"
        cat > "$__s" || { rm -rf "$__d"; exit 1; }
        chmod u+x "$__s"
        if [ -n "$chdir" ]; then cd "$chdir" || { rm -rf "$__d"; exit 1; }; fi
        /bin/sh -c "$command" sh "$__s"
        __rc=$?
        rm -rf "$__d"
        exit $__rc

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let raw = request.args.string("_raw_params") ?? request.args.string("cmd") ?? ""
        let creates = request.args.string("creates") ?? ""
        let removes = request.args.string("removes") ?? ""
        var p = Script(probe)
        p.set("creates", creates)
        p.set("removes", removes)
        let run = { @Sendable () throws(ModuleFailure) -> Step in
            if let chdir = request.args.string("chdir"), !chdir.hasPrefix("/") {
                var f = ModuleFailure("chdir \(chdir) must be an absolute path for a Unix-aware remote node")
                f.origin = .raised
                throw f
            }
            if request.checkMode {
                if !creates.isEmpty || !removes.isEmpty { return .done(ValueDict([("changed", true)])) }
                return .done(ValueDict([("changed", false), ("msg", "Check mode is not supported for this task."), ("skipped", true)]))
            }
            let words = raw.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first.map(String.init) else { throw ModuleFailure("no script given") }
            // the script's path as written becomes the sent copy's ("$1" of the wrapper shell)
            var command = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: first, with: "\"$1\"")
            if let exe = request.args.string("executable"), !exe.isEmpty { command = exe + " " + command }
            var s = Script(body)
            s.set("name", request.args.string("_script_name") ?? (first as NSString).lastPathComponent)
            s.set("chdir", request.args.string("chdir") ?? "")
            s.set("command", command)
            return .run(s, stdin: request.payload ?? Data()) { (r: ExecResult) throws(ModuleFailure) -> Step in
                let out = ValueDict([
                    ("changed", true), ("rc", .int(Int(r.status))), ("stderr", .string(r.stderrText)), ("stdout", .string(r.stdoutText)),
                ])
                if r.status != 0 {
                    var f = ModuleFailure("non-zero return code", out)
                    f.origin = .action
                    throw f
                }
                return .done(out)
            }
        }
        if creates.isEmpty && removes.isEmpty { return try run() }
        return .run(p, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            switch Report(r.stdoutText)["skip"] {
            case "creates"?:
                return .done(
                    ValueDict([("changed", false), ("msg", .string("\(creates) exists, matching creates option")), ("skipped", true)]))
            case "removes"?:
                return .done(
                    ValueDict([
                        ("changed", false), ("msg", .string("\(removes) does not exist, matching removes option")), ("skipped", true),
                    ]))
            default: return try run()
            }
        }
    }
}
