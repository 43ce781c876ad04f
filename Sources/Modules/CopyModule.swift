import Crypto
import Foundation
import SwansibleCore

/// `ansible.builtin.copy` (and the writing half of `template`): the controller sends the bytes;
/// the host compares SHA-1s, writes a temp file beside the destination, validates it, renames it.
public enum CopyModule: RemoteModule {
    public static let name = "copy"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("src", .path), ParameterSpec("content", .raw), ParameterSpec("dest", .path, required: true),
        ParameterSpec("backup", .bool, default: .bool(false)), ParameterSpec("force", .bool, aliases: ["thirsty"], default: .bool(true)),
        ParameterSpec("mode", .raw), ParameterSpec("owner"), ParameterSpec("group"), ParameterSpec("validate"),
        ParameterSpec("directory_mode", .raw), ParameterSpec("remote_src", .bool, default: .bool(false)),
        ParameterSpec("local_follow", .bool, default: .bool(true)), ParameterSpec("follow", .bool, default: .bool(false)),
        ParameterSpec("checksum"), ParameterSpec("decrypt", .bool, default: .bool(true)),
        ParameterSpec("unsafe_writes", .bool, default: .bool(false)), ParameterSpec("attributes", aliases: ["attr"]),
        ParameterSpec("seuser"), ParameterSpec("serole"), ParameterSpec("setype"), ParameterSpec("selevel"),
        ParameterSpec("_original_basename"),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        try plan(request, afterHeader: nil)
    }

    /// The temporary path ansible-core would have copied the content to on the host (its `src`
    /// result): `<remote_tmp>/ansible-tmp-<time>-<pid>-<random>/.source<ext>`. swansible streams
    /// the bytes instead; nothing exists at that path.
    static func transferPath(for name: String) -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["ANSIBLE_REMOTE_TEMP"] ?? ((env["HOME"] ?? "/root") + "/.ansible/tmp")
        let ext = (name as NSString).pathExtension
        let stamp = String(format: "%.6f", Date().timeIntervalSince1970)
        return "\(base)/ansible-tmp-\(stamp)-\(getpid())-\(UInt64.random(in: 1...UInt64(1) << 47))/.source" + (ext.isEmpty ? "" : "." + ext)
    }

    /// SHA-1 of bytes as hex, as Ansible's checksums are.
    public static func sha1(_ data: Data) -> String {
        Insecure.SHA1.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func md5(_ data: Data) -> String {
        Insecure.MD5.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static let body =
        ShellLibrary.attributes + ShellLibrary.install
            + #"""
            if [ -d "$dest" ]; then
              if [ -n "$base" ]; then dest="${dest%/}/$base"; else echo "err=dir"; exit 0; fi
            fi
            echo "dest=$dest"
            dir=$(dirname -- "$dest")
            have=
            if [ -f "$dest" ]; then have=$(sha1sum < "$dest") || exit 1; have=${have%% *}; fi
            changed=
            if [ "$have" != "$want" ] && { [ -z "$have" ] || [ -n "$force" ] || [ ! -e "$dest" ]; }; then
              if [ ! -d "$dir" ]; then echo "err=nodir"; echo "dir=$dir"; exit 0; fi
              if [ -e "$dest" ] && [ ! -f "$dest" ]; then echo "err=notfile"; exit 0; fi
              changed=1
              if [ -n "$diff" ] && [ -f "$dest" ]; then
                size=$(stat -c %s -- "$dest"); if [ "$size" -gt 104448 ]; then echo "dst_larger=104448"; else printf 'before='; base64 -w0 < "$dest"; echo; fi
              fi
              if [ -z "$check" ]; then
                tmp="$dir/.swansible.$token"
                stage "$tmp" "$dest" || exit 1
                if [ -n "$validate" ]; then
                  out=$(validate 2>"$tmp.err"); rc=$?
                  if [ $rc -ne 0 ]; then
                    echo "err=validate"; echo "rc=$rc"; printf 'vout='; printf %s "$out" | base64 -w0; echo
                    printf 'verr='; base64 -w0 < "$tmp.err"; echo
                    rm -f -- "$tmp" "$tmp.err"; exit 0
                  fi
                  rm -f -- "$tmp.err"
                fi
                if [ -n "$backup" ] && [ -f "$dest" ]; then backup_copy "$dest"; fi
                mv -f -- "$tmp" "$dest" || { rm -f -- "$tmp"; exit 1; }
              fi
            fi
            cat > /dev/null
            if [ -e "$dest" ]; then attrs "$dest" || exit 1; [ -n "$ac" ] && changed=1; fi
            echo "changed=$changed"
            statinfo "$dest"

            """#

    /// The plan; `afterHeader` names the new content in a diff (template passes its source).
    public static func plan(_ request: ModuleRequest, afterHeader: String?) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let dest = args.string("dest") else { throw ModuleFailure("missing required arguments: dest") }
        let data: Data
        if let payload = request.payload {
            data = payload
        } else if let content = args["content"] {
            data = Data((content.stringValue ?? PythonFormat.str(content)).utf8)
        } else {
            throw ModuleFailure("src (or content) is required")
        }
        let want = sha1(data)
        var script = Script("")
        script.set("dest", dest)
        script.set("want", want)
        script.set("base", args["content"] == nil ? (args.string("_original_basename") ?? "") : "")
        script.set("force", args.bool("force"))
        script.set("check", request.checkMode)
        script.set("diff", request.diffMode)
        script.set("backup", args.bool("backup"))
        script.set("mode", ShellLibrary.mode(args["mode"]))
        script.set("owner", args.string("owner") ?? "")
        script.set("group", args.string("group") ?? "")
        script.set("token", String(UInt64.random(in: 1...UInt64.max), radix: 36))
        try ShellLibrary.addValidate(args.string("validate"), to: &script)
        script.append(body)
        let diffMode = request.diffMode
        return .run(script, stdin: data) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let report = Report(r.stdoutText)
            let path = report["dest"] ?? dest
            if r.status != 0 {
                throw ModuleFailure("failed to write \(path): \(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            switch report["err"] {
            case "dir"?: throw ModuleFailure("can not use content with a dir as dest")
            case "nodir"?: throw ModuleFailure("Destination directory \(report["dir"] ?? "") does not exist")
            case "notfile"?: throw ModuleFailure("Destination \(path) exists and is not a regular file")
            case "validate"?:
                var fields = ValueDict()
                fields[string: "exit_status"] = .int(Int(report["rc"] ?? "") ?? 1)
                fields[string: "stdout"] = .string(String(decoding: report.data("vout") ?? Data(), as: UTF8.self))
                fields[string: "stderr"] = .string(String(decoding: report.data("verr") ?? Data(), as: UTF8.self))
                throw ModuleFailure("failed to validate", fields)
            default: break
            }
            var out = ValueDict()
            let changed = report.flag("changed")
            out[string: "changed"] = .bool(changed)
            out[string: "checksum"] = .string(want)
            out[string: "dest"] = .string(path)
            ShellLibrary.fileFields(report, into: &out)
            if changed {
                out[string: "md5sum"] = .string(md5(data))
                out[string: "src"] = .string(CopyModule.transferPath(for: args.string("_original_basename") ?? path))
            } else {
                out[string: "path"] = .string(path)
            }
            if let b = report["backup_file"] { out[string: "backup_file"] = .string(b) }
            out[string: "state"] = "file"
            if diffMode && changed {
                var d = ValueDict()
                if let larger = report["dst_larger"], let n = Int(larger) {
                    d[string: "dst_larger"] = .int(n)
                } else {
                    d[string: "before"] = .string(String(decoding: report.data("before") ?? Data(), as: UTF8.self))
                    d[string: "after"] = .string(String(decoding: data, as: UTF8.self))
                    if report["before"] != nil { d[string: "before_header"] = .string(path) }
                    d[string: "after_header"] = .string(afterHeader ?? path)
                }
                out[string: "diff"] = .list([.dict(d)])
            }
            return .done(out)
        }
    }
}
