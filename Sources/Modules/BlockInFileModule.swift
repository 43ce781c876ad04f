import Foundation
import SwansibleCore
import Templating

/// `ansible.builtin.blockinfile`: a block of lines between markers.
public enum BlockInFileModule: RemoteModule {
    public static let name = "blockinfile"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest", "destfile", "name"], required: true),
        ParameterSpec("state", choices: ["absent", "present"], default: "present"),
        ParameterSpec("marker", default: "# {mark} ANSIBLE MANAGED BLOCK"), ParameterSpec("block", aliases: ["content"], default: ""),
        ParameterSpec("insertafter"), ParameterSpec("insertbefore"), ParameterSpec("create", .bool, default: .bool(false)),
        ParameterSpec("backup", .bool, default: .bool(false)), ParameterSpec("validate"), ParameterSpec("marker_begin", default: "BEGIN"),
        ParameterSpec("marker_end", default: "END"), ParameterSpec("append_newline", .bool, default: .bool(false)),
        ParameterSpec("prepend_newline", .bool, default: .bool(false)), ParameterSpec("encoding", default: "utf-8"),
        ParameterSpec("mode", .raw), ParameterSpec("owner"), ParameterSpec("group"), ParameterSpec("attributes", aliases: ["attr"]),
        ParameterSpec("seuser"), ParameterSpec("serole"), ParameterSpec("setype"), ParameterSpec("selevel"),
        ParameterSpec("unsafe_writes", .bool, default: .bool(false)),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path") else { throw ModuleFailure("missing required arguments: path") }
        if args["insertafter"] != nil && args["insertbefore"] != nil {
            throw ModuleFailure("parameters are mutually exclusive: insertbefore|insertafter")
        }
        let check = request.checkMode
        return .run(FileEdit.readScript(path: path, args: args), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let cur = try FileEdit.current(r)
            if cur.isDirectory { throw ModuleFailure("Path \(path) is a directory !", ValueDict([("rc", .int(256))])) }
            let present = args.string("state") != "absent"
            if !cur.exists {
                if present && !args.bool("create") {
                    throw ModuleFailure("Path \(path) does not exist !", ValueDict([("rc", .int(257))]))
                }
                if !present { return .done(ValueDict([("changed", false), ("msg", .string("File \(path) not present"))])) }
            }
            let original: String? = cur.exists ? cur.text : nil
            let result = try BlockInFileModule.edit(original, args: args, present: present)
            let msg: String
            let changed: Bool
            if original == result.text || (original == nil && result.text.isEmpty && !present) {
                msg = ""
                changed = false
            } else if original == nil {
                msg = "File created"
                changed = true
            } else if !result.hasBlock {
                msg = "Block removed"
                changed = true
            } else {
                msg = "Block inserted"
                changed = true
            }
            let header = "\(path) (content)"
            return try FileEdit.finish(
                current: cur, newText: changed ? result.text : cur.text, path: path, args: args, checkMode: check,
                validate: args.string("validate")
            ) { _, attributesChanged, backup in
                let (m, c) = FileEdit.attributesMessage(msg, changed: changed, attributesChanged: attributesChanged)
                var out = ValueDict()
                if let backup { out[string: "backup_file"] = .string(backup) }
                out[string: "changed"] = .bool(c)
                let content = ValueDict([
                    ("after", .string(result.text)), ("after_header", .string(header)), ("before", .string(original ?? "")),
                    ("before_header", .string(header)),
                ])
                out[string: "diff"] = .list([.dict(content)])
                out[string: "msg"] = .string(m)
                return out
            }
        }
    }

    /// blockinfile's edit, line for line.
    static func edit(_ original: String?, args: ModuleArgs, present: Bool) throws(ModuleFailure) -> (text: String, hasBlock: Bool) {
        var lines = original.map { FileEdit.lines($0) } ?? []
        var insertafter = args.string("insertafter")
        let insertbefore = args.string("insertbefore")
        var block = args.string("block") ?? ""
        let marker = args.string("marker") ?? "# {mark} ANSIBLE MANAGED BLOCK"
        let sep = "\n"
        if insertbefore == nil && insertafter == nil { insertafter = "EOF" }
        var insertre: Regex<AnyRegexOutput>?
        do {
            if let a = insertafter, a != "EOF" {
                insertre = try PyRegex.compile(a)
            } else if let b = insertbefore, b != "BOF" {
                insertre = try PyRegex.compile(b)
            }
        } catch {
            throw ModuleFailure(error.message)
        }
        let marker0 = marker.replacingOccurrences(of: "{mark}", with: args.string("marker_begin") ?? "BEGIN") + sep
        let marker1 = marker.replacingOccurrences(of: "{mark}", with: args.string("marker_end") ?? "END") + sep
        var blocklines: [String] = []
        if present && !block.isEmpty {
            if !block.hasSuffix(sep) { block += sep }
            blocklines = [marker0] + FileEdit.lines(block) + [marker1]
        }
        var n0: Int?
        var n1: Int?
        for (i, l) in lines.enumerated() {
            if l == marker0 { n0 = i }
            if l == marker1 { n1 = i }
        }
        var at: Int
        if let a = n0, let b = n1 {
            if a < b {
                lines.removeSubrange(a...b)
                at = a
            } else {
                lines.removeSubrange(b...a)
                at = b
            }
        } else {
            var found: Int?
            if let insertre {
                for (i, l) in lines.enumerated() where l.firstMatch(of: insertre) != nil { found = i }
                if let f = found {
                    at = insertafter != nil ? f + 1 : f
                } else {
                    at = lines.count
                }
            } else if insertbefore != nil {
                at = 0
            } else {
                at = lines.count
            }
        }
        if at > 0 && !lines[at - 1].hasSuffix(sep) { lines[at - 1] += sep }
        if args.bool("prepend_newline") && present && at != 0 && lines[at - 1] != sep {
            lines.insert(sep, at: at)
            at += 1
        }
        lines.insert(contentsOf: blocklines, at: at)
        if args.bool("append_newline") && present {
            let after = at + blocklines.count
            if after < lines.count && lines[after] != sep { lines.insert(sep, at: after) }
        }
        return (lines.joined(), !blocklines.isEmpty)
    }
}
