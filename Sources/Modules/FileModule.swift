import Foundation
import SwansibleCore

/// `ansible.builtin.file`: directories, links, touch, absent, and the mode/owner/group of a path.
public enum FileModule: RemoteModule {
    public static let name = "file"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest", "name"], required: true),
        ParameterSpec("state", choices: ["absent", "directory", "file", "hard", "link", "touch"]), ParameterSpec("src", .path),
        ParameterSpec("recurse", .bool, default: .bool(false)), ParameterSpec("force", .bool, default: .bool(false)),
        ParameterSpec("follow", .bool, default: .bool(true)), ParameterSpec("modification_time"),
        ParameterSpec("modification_time_format", default: "%Y%m%d%H%M.%S"), ParameterSpec("access_time"),
        ParameterSpec("access_time_format", default: "%Y%m%d%H%M.%S"), ParameterSpec("mode", .raw), ParameterSpec("owner"),
        ParameterSpec("group"), ParameterSpec("attributes", aliases: ["attr"]), ParameterSpec("seuser"), ParameterSpec("serole"),
        ParameterSpec("setype"), ParameterSpec("selevel"), ParameterSpec("unsafe_writes", .bool, default: .bool(false)),
        ParameterSpec("_original_basename"), ParameterSpec("_diff_peek"),
    ]

    static let body =
        ShellLibrary.attributes
            + #"""
            prev=absent
            if [ -L "$path" ]; then prev=link; elif [ -d "$path" ]; then prev=directory; elif [ -e "$path" ]; then prev=file; fi
            [ -z "$state" ] && { if [ "$prev" = absent ]; then state=file; else state=$prev; fi; }
            echo "prev=$prev"
            echo "state=$state"
            changed=
            case $state in
              absent)
                if [ "$prev" != absent ]; then changed=1; [ -z "$check" ] && { rm -rf -- "$path" >&2 || exit 1; }; fi ;;
              directory)
                if [ "$prev" = file ] || { [ "$prev" = link ] && [ ! -d "$path" ]; }; then echo "err=exists"; exit 0; fi
                if [ "$prev" = absent ]; then
                  changed=1
                  if [ -z "$check" ]; then
                    p=$path; todo=
                    while [ ! -d "$p" ]; do todo="$p
            $todo"; p=$(dirname -- "$p"); done
                    echo "$todo" | while IFS= read -r d; do
                      [ -n "$d" ] || continue
                      mkdir -- "$d" >&2 || exit 1
                      [ -n "$mode" ] && { case $mode in *[!0-7]*) chmod -- "$mode" "$d" ;; *) chmod -- "$(printf %05o "0$mode")" "$d" ;; esac; }
                      [ -n "$owner" ] && chown -- "$owner" "$d"
                      [ -n "$group" ] && chgrp -- "$group" "$d"
                    done || exit 1
                  fi
                fi ;;
              file)
                if [ "$prev" = absent ]; then echo "err=absent"; exit 0; fi
                if [ "$prev" = directory ]; then echo "err=isdir"; exit 0; fi ;;
              touch)
                if [ "$prev" = absent ]; then
                  changed=1
                  if [ -z "$check" ]; then touch -- "$path" >&2 || exit 1; fi
                else
                  for which in m a; do
                    if [ "$which" = m ]; then t=$mtime; else t=$atime; fi
                    [ "$t" = preserve ] && continue
                    changed=1
                    [ -n "$check" ] && continue
                    if [ -n "$t" ] && [ "$t" != now ]; then touch -"$which" -t "$t" -- "$path"; else touch -"$which" -- "$path"; fi >&2 || exit 1
                  done
                fi ;;
              link|hard)
                if [ -z "$src" ]; then echo "err=nosrc"; exit 0; fi
                case $src in /*) abs=$src ;; *) abs="$(dirname -- "$path")/$src" ;; esac
                if [ "$state" = link ] && [ ! -e "$abs" ] && [ -z "$force" ]; then echo "err=srcmissing"; exit 0; fi
                if [ "$state" = hard ] && [ ! -e "$src" ]; then echo "err=srcmissing"; exit 0; fi
                if [ "$prev" = directory ] && [ -z "$force" ]; then echo "err=isdir"; exit 0; fi
                if [ "$state" = link ]; then
                  if [ "$prev" != link ] || [ "$(readlink -- "$path")" != "$src" ]; then
                    changed=1; [ -z "$check" ] && { ln -sfn -- "$src" "$path" >&2 || exit 1; }
                  fi
                else
                  if [ "$prev" = absent ] || [ "$(stat -c %d:%i -- "$path")" != "$(stat -c %d:%i -- "$src")" ]; then
                    changed=1; [ -z "$check" ] && { ln -f -- "$src" "$path" >&2 || exit 1; }
                  fi
                fi ;;
            esac
            if [ "$state" != absent ] && { [ -e "$path" ] || [ -L "$path" ]; }; then
              statinfo "$path" | sed 's/^/before_/'
              if [ "$state" != link ] || [ -e "$path" ]; then attrs "$path" || exit 1; fi
              [ -n "$ac" ] && changed=1
              statinfo "$path"
            fi
            echo "changed=$changed"

            """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path") else { throw ModuleFailure("missing required arguments: path") }
        var script = Script("")
        script.set("path", path)
        script.set("state", args.string("state") ?? "")
        script.set("src", args.string("src") ?? "")
        script.set("force", args.bool("force"))
        script.set("check", request.checkMode)
        script.set("mode", ShellLibrary.mode(args["mode"]))
        script.set("owner", args.string("owner") ?? "")
        script.set("group", args.string("group") ?? "")
        script.set("mtime", args.string("modification_time") ?? "")
        script.set("atime", args.string("access_time") ?? "")
        script.append(body)
        let diffMode = request.diffMode
        let src = args.string("src")
        // in check mode nothing is applied: the mode the file would get, when given in octal
        let wantedMode: String? = {
            let m = ShellLibrary.mode(args["mode"])
            guard request.checkMode, !m.isEmpty, m.allSatisfy({ ("0"..."7").contains($0) }), let n = Int(m, radix: 8) else { return nil }
            return String(n & 0o7777, radix: 8)
        }()
        return .run(script, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let report = Report(r.stdoutText)
            let state = report["state"] ?? "file"
            if r.status != 0 {
                throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines), ValueDict([("path", .string(path))]))
            }
            switch report["err"] {
            case "absent"?:
                throw ModuleFailure("file (\(path)) is absent, cannot continue", ValueDict([("path", .string(path)), ("state", "absent")]))
            case "exists"?:
                throw ModuleFailure(
                    "There was an issue creating \(path) as requested: [Errno 17] File exists: '\(path)'",
                    ValueDict([("path", .string(path))]))
            case "isdir"?:
                throw ModuleFailure("path \(path) is a directory, cannot continue", ValueDict([("path", .string(path))]))
            case "nosrc"?:
                throw ModuleFailure("src is required for creating new symlinks")
            case "srcmissing"?:
                throw ModuleFailure(
                    "src file does not exist, use \"force=yes\" if you really want to create the link: \(src ?? "")",
                    ValueDict([("path", .string(path)), ("src", .string(src ?? ""))]))
            default: break
            }
            var out = ValueDict()
            out[string: "changed"] = .bool(report.flag("changed"))
            if state == "link" || state == "hard" {
                out[string: "dest"] = .string(path)
                out[string: "src"] = .string(src ?? "")
            } else {
                out[string: "path"] = .string(path)
            }
            ShellLibrary.fileFields(report, into: &out)
            out[string: "state"] = .string(state == "touch" ? "file" : state)
            if state == "absent" {
                out = ValueDict([("changed", .bool(report.flag("changed"))), ("path", .string(path)), ("state", "absent")])
            }
            if diffMode {
                var before = ValueDict([("path", .string(path))])
                var after = ValueDict([("path", .string(path))])
                let prev = report["prev"] ?? "absent"
                if prev != state && !(state == "touch" && prev == "file") {
                    before[string: "state"] = .string(prev)
                    after[string: "state"] = .string(state)
                }
                if let b = report["before_mode"], let a = wantedMode ?? report["mode"], b != a, prev != "absent" {
                    before[string: "mode"] = .string(ShellLibrary.modeText(b))
                    after[string: "mode"] = .string(ShellLibrary.modeText(a))
                }
                if let b = report["before_owner"], let a = report["owner"], b != a, prev != "absent" {
                    before[string: "owner"] = .string(b)
                    after[string: "owner"] = .string(a)
                }
                if let b = report["before_group"], let a = report["group"], b != a, prev != "absent" {
                    before[string: "group"] = .string(b)
                    after[string: "group"] = .string(a)
                }
                out[string: "diff"] = .dict(ValueDict([("before", .dict(before)), ("after", .dict(after))]))
            }
            return .done(out)
        }
    }
}
