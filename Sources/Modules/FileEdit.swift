import Foundation
import SwansibleCore

/// Modules that edit a file's text (lineinfile, blockinfile, sysctl): one script reads the file
/// and compares its attributes; the controller computes the new text; a second script writes it
/// (guarded by the SHA-1 it read) only when something differs.
enum FileEdit {
    struct Current: Sendable {
        var exists: Bool
        var isDirectory: Bool
        var text: String
        var sha1: String
        /// Whether mode, owner or group differ from what was asked.
        var attributesDiffer: Bool
    }

    static let readBody =
        ShellLibrary.attributes
            + #"""
            if [ -d "$path" ]; then echo "isdir=1"; exit 0; fi
            if [ -e "$path" ]; then
              echo "exists=1"
              printf 'content='; base64 -w0 < "$path" || exit 1; echo
              check=1 attrs "$path" || exit 1
              [ -n "$ac" ] && echo "ac=1"
            fi
            exit 0

            """#

    static func readScript(path: String, args: ModuleArgs) -> Script {
        var s = Script("")
        s.set("path", path)
        s.set("check", true)
        setAttributes(&s, args)
        s.append(readBody)
        return s
    }

    static func setAttributes(_ s: inout Script, _ args: ModuleArgs) {
        s.set("mode", ShellLibrary.mode(args["mode"]))
        s.set("owner", args.string("owner") ?? "")
        s.set("group", args.string("group") ?? "")
    }

    static func current(_ r: ExecResult) throws(ModuleFailure) -> Current {
        if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let report = Report(r.stdoutText)
        let data = report.data("content") ?? Data()
        return Current(
            exists: report.flag("exists"), isDirectory: report.flag("isdir"), text: String(decoding: data, as: UTF8.self),
            sha1: CopyModule.sha1(data), attributesDiffer: report.flag("ac"))
    }

    static let writeBody =
        ShellLibrary.attributes + ShellLibrary.install
            + #"""
            if [ -n "$write" ]; then
              dir=$(dirname -- "$path")
              [ -d "$dir" ] || mkdir -p -- "$dir" || exit 1
              have=
              if [ -f "$path" ]; then have=$(sha1sum < "$path") || exit 1; have=${have%% *}; fi
              if [ "$have" != "$expect" ]; then echo "err=raced"; exit 0; fi
              tmp="$dir/.swansible.$token"
              stage "$tmp" "$path" || exit 1
              if [ -n "$validate" ]; then
                out=$(validate 2>&1); rc=$?
                if [ $rc -ne 0 ]; then echo "err=validate"; printf 'vout='; printf %s "$out" | base64 -w0; echo; rm -f -- "$tmp"; exit 0; fi
              fi
              if [ -n "$backup" ] && [ -f "$path" ]; then backup_copy "$path"; fi
              mv -f -- "$tmp" "$path" || { rm -f -- "$tmp"; exit 1; }
            fi
            cat > /dev/null
            if [ -e "$path" ]; then attrs "$path" || exit 1; [ -n "$ac" ] && echo "ac=1"; fi
            exit 0

            """#

    /// Writes new text (when `write`) and applies the attributes.
    static func writeScript(path: String, args: ModuleArgs, write: Bool, expect: String, validate: String?) throws(ModuleFailure) -> Script
    {
        var s = Script("")
        s.set("path", path)
        s.set("check", false)
        s.set("write", write)
        s.set("expect", expect)
        s.set("backup", args.bool("backup"))
        s.set("token", String(UInt64.random(in: 1...UInt64.max), radix: 36))
        setAttributes(&s, args)
        try ShellLibrary.addValidate(validate, to: &s)
        s.append(writeBody)
        return s
    }

    /// The common end of an edit: write when the text changed (not in check mode), apply the
    /// attributes, and add Ansible's "ownership, perms or SE linux context changed".
    static func finish(
        current: Current, newText: String, path: String, args: ModuleArgs, checkMode: Bool, validate: String? = nil,
        result: @escaping @Sendable (_ changed: Bool, _ attributesChanged: Bool, _ backup: String?) -> ValueDict
    ) throws(ModuleFailure) -> Step {
        let textChanged = newText != current.text || (!current.exists && !newText.isEmpty)
        if checkMode || (!textChanged && !current.attributesDiffer) {
            return .done(result(textChanged, current.attributesDiffer && current.exists, nil))
        }
        let script = try writeScript(
            path: path, args: args, write: textChanged, expect: current.exists ? current.sha1 : "", validate: validate)
        return .run(script, stdin: Data(newText.utf8)) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            switch report["err"] {
            case "raced"?: throw ModuleFailure("\(path) changed while it was being edited; nothing was written")
            case "validate"?:
                throw ModuleFailure("failed to validate: \(String(decoding: report.data("vout") ?? Data(), as: UTF8.self))")
            default: break
            }
            return .done(result(textChanged, report.flag("ac"), report["backup_file"]))
        }
    }

    /// Python's `str.splitlines(True)` for `\n`-separated text (what readlines gives).
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in text {
            cur.append(ch)
            if ch == "\n" || ch == "\r\n" {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    static func stripNewlines(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last == "\n" || last == "\r" || last == "\r\n" { s = s.dropLast() }
        return String(s)
    }

    /// `check_file_attrs`: the message when only attributes changed.
    static func attributesMessage(_ msg: String, changed: Bool, attributesChanged: Bool) -> (String, Bool) {
        guard attributesChanged else { return (msg, changed) }
        return (msg + (changed ? " and " : "") + "ownership, perms or SE linux context changed", true)
    }
}
