import Foundation
import SwansibleCore

/// `ansible.builtin.slurp`: a file's bytes, base64-encoded (also what `fetch` reads).
public enum SlurpModule: RemoteModule {
    public static let name = "slurp"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("src", .path, aliases: ["path"], required: true), ParameterSpec("armor", .bool, default: .bool(true)),
    ]

    static let body = #"""
        if [ -d "$src" ]; then echo "err=isdir"; exit 0; fi
        if [ ! -e "$src" ]; then echo "err=missing"; exit 0; fi
        if [ ! -r "$src" ]; then echo "err=unreadable"; exit 0; fi
        printf 'content='; base64 -w0 < "$src" || exit 1; echo
        s=$(sha1sum < "$src"); echo "sha1=${s%% *}"
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        guard let src = request.args.string("src") else { throw ModuleFailure("missing required arguments: src") }
        var s = Script(body)
        s.set("src", src)
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure("Unable to slurp file: \(src)") }
            let report = Report(r.stdoutText)
            switch report["err"] {
            case "isdir"?:
                throw ModuleFailure(
                    "Source is a directory and must be a file: \(src)",
                    summary: "Source is a directory and must be a file: \(src): [Errno 21] Is a directory: '\(src)'")
            case "missing"?:
                throw ModuleFailure(
                    "File not found: \(src)",
                    summary: "File not found: \(src): [Errno 2] No such file or directory: '\(src)'")
            case "unreadable"?:
                throw ModuleFailure(
                    "File is not readable: \(src)", summary: "File is not readable: \(src): [Errno 13] Permission denied: '\(src)'")
            default: break
            }
            var out = ValueDict()
            out[string: "changed"] = false
            out[string: "content"] = .string(report["content"] ?? "")
            out[string: "encoding"] = "base64"
            out[string: "source"] = .string(src)
            return .done(out)
        }
    }
}
