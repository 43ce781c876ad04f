import Foundation
import SwansibleCore
import Templating

/// `ansible.builtin.lineinfile`: one line present (replacing the last match of `regexp`) or
/// every match absent.
public enum LineInFileModule: RemoteModule {
    public static let name = "lineinfile"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest", "destfile", "name"], required: true),
        ParameterSpec("state", choices: ["absent", "present"], default: "present"), ParameterSpec("regexp", aliases: ["regex"]),
        ParameterSpec("search_string"), ParameterSpec("line", aliases: ["value"]), ParameterSpec("insertafter"),
        ParameterSpec("insertbefore"), ParameterSpec("backrefs", .bool, default: .bool(false)),
        ParameterSpec("create", .bool, default: .bool(false)), ParameterSpec("backup", .bool, default: .bool(false)),
        ParameterSpec("firstmatch", .bool, default: .bool(false)), ParameterSpec("validate"), ParameterSpec("encoding", default: "utf-8"),
        ParameterSpec("mode", .raw), ParameterSpec("owner"), ParameterSpec("group"), ParameterSpec("attributes", aliases: ["attr"]),
        ParameterSpec("seuser"), ParameterSpec("serole"), ParameterSpec("setype"), ParameterSpec("selevel"),
        ParameterSpec("unsafe_writes", .bool, default: .bool(false)),
    ]

    typealias Pattern = Regex<AnyRegexOutput>

    static func compile(_ p: String) throws(ModuleFailure) -> Pattern {
        do {
            return try PyRegex.compile(p)
        } catch {
            throw ModuleFailure(error.message)
        }
    }

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path") else { throw ModuleFailure("missing required arguments: path") }
        let present = args.string("state") != "absent"
        let regexp = args.string("regexp")
        let search = args.string("search_string")
        let line = args.string("line")
        if regexp != nil && search != nil { throw ModuleFailure("parameters are mutually exclusive: regexp|search_string") }
        if args["insertafter"] != nil && args["insertbefore"] != nil {
            throw ModuleFailure("parameters are mutually exclusive: insertafter|insertbefore")
        }
        if present && line == nil { throw ModuleFailure("state is present but all of the following are missing: line") }
        if !present && regexp == nil && search == nil && line == nil {
            throw ModuleFailure("one of line, search_string, or regexp is required with state=absent")
        }
        if args.bool("backrefs") && regexp == nil { throw ModuleFailure("regexp is required with backrefs=true") }
        if regexp == "" || search == "" {
            // Ansible warns and matches every line; we keep its result
        }
        let check = request.checkMode
        return .run(FileEdit.readScript(path: path, args: args), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let cur = try FileEdit.current(r)
            if cur.isDirectory { throw ModuleFailure("Path \(path) is a directory !", ValueDict([("rc", .int(256))])) }
            let header = "\(path) (content)"
            if present {
                if !cur.exists && !args.bool("create") {
                    throw ModuleFailure("Destination \(path) does not exist !", ValueDict([("rc", .int(257))]))
                }
                let (lines, msg, changed) = try LineInFileModule.present(
                    FileEdit.lines(cur.text), args: args, regexp: regexp, search: search, line: line ?? "")
                let newText = lines.joined()
                return try FileEdit.finish(
                    current: cur, newText: changed ? newText : cur.text, path: path, args: args, checkMode: check,
                    validate: args.string("validate")
                ) { _, attributesChanged, backup in
                    let (m, c) = FileEdit.attributesMessage(msg, changed: changed, attributesChanged: attributesChanged)
                    return LineInFileModule.result(changed: c, msg: m, backup: backup, before: cur.text, after: newText, header: header)
                }
            }
            if !cur.exists { return .done(ValueDict([("changed", false), ("msg", "file not present")])) }
            var found = 0
            var kept: [String] = []
            let re = try regexp.map { (p: String) throws(ModuleFailure) -> Pattern in try LineInFileModule.compile(p) }
            for l in FileEdit.lines(cur.text) {
                let hit: Bool
                if let re {
                    hit = l.firstMatch(of: re) != nil
                } else if let search {
                    hit = search.isEmpty || l.contains(search)
                } else {
                    hit = line == FileEdit.stripNewlines(l)
                }
                if hit { found += 1 } else { kept.append(l) }
            }
            let newText = kept.joined()
            let removed = found
            let msg = found > 0 ? "\(found) line(s) removed" : ""
            return try FileEdit.finish(current: cur, newText: newText, path: path, args: args, checkMode: check) {
                _, attributesChanged, backup in
                let (m, c) = FileEdit.attributesMessage(msg, changed: removed > 0, attributesChanged: attributesChanged)
                var out = LineInFileModule.result(changed: c, msg: m, backup: backup, before: cur.text, after: newText, header: header)
                out[string: "found"] = .int(removed)
                return out
            }
        }
    }

    static func result(changed: Bool, msg: String, backup: String?, before: String, after: String, header: String) -> ValueDict {
        var out = ValueDict()
        out[string: "backup"] = .string(backup ?? "")
        out[string: "changed"] = .bool(changed)
        let content = ValueDict([
            ("after", .string(after)), ("after_header", .string(header)), ("before", .string(before)), ("before_header", .string(header)),
        ])
        out[string: "diff"] = .list([.dict(content)])
        out[string: "msg"] = .string(msg)
        return out
    }

    /// lineinfile's `present()`, line for line.
    static func present(_ input: [String], args: ModuleArgs, regexp: String?, search: String?, line: String) throws(ModuleFailure) -> (
        [String], String, Bool
    ) {
        var lines = input
        let insertafter = args.string("insertafter")
        let insertbefore = args.string("insertbefore")
        let firstmatch = args.bool("firstmatch")
        let backrefs = args.bool("backrefs")
        let reM = try regexp.map { (p: String) throws(ModuleFailure) -> Pattern in try compile(p) }
        var reIns: Pattern?
        if let a = insertafter, a != "BOF", a != "EOF" {
            reIns = try compile(a)
        } else if let b = insertbefore, b != "BOF" {
            reIns = try compile(b)
        }
        var index = [-1, -1]
        var match: Regex<AnyRegexOutput>.Match?
        var matched = false
        var exact = false
        if let reM {
            for (n, cur) in lines.enumerated() {
                if let m = cur.firstMatch(of: reM) {
                    index[0] = n
                    match = m
                    matched = true
                    if firstmatch { break }
                }
            }
        }
        if let search {
            for (n, cur) in lines.enumerated() where cur.contains(search) || search.isEmpty {
                index[0] = n
                matched = true
                if firstmatch { break }
            }
        }
        if !matched {
            for (n, cur) in lines.enumerated() {
                if line == FileEdit.stripNewlines(cur) {
                    index[0] = n
                    exact = true
                } else if let reIns, cur.firstMatch(of: reIns) != nil {
                    if insertafter != nil {
                        index[1] = n + 1
                        if firstmatch { break }
                    }
                    if insertbefore != nil {
                        index[1] = n
                        if firstmatch { break }
                    }
                }
            }
        }
        var msg = ""
        var changed = false
        let sep = "\n"
        func endsWithNewline(_ s: String) -> Bool { s.hasSuffix("\n") || s.hasSuffix("\r") }
        if index[0] != -1 {
            var newLine = line
            if backrefs, let match {
                do {
                    newLine = try PyRegex.expand(line, match)
                } catch {
                    throw ModuleFailure(error.message)
                }
            }
            if !newLine.hasSuffix(sep) { newLine += sep }
            if regexp == nil && search == nil && !matched && !exact {
                // unreachable: index[0] is only set by a match or an exact line
            } else if lines[index[0]] != newLine {
                lines[index[0]] = newLine
                msg = "line replaced"
                changed = true
            }
        } else if backrefs {
            // no match: nothing to do
        } else if insertbefore == "BOF" || insertafter == "BOF" {
            lines.insert(line + sep, at: 0)
            msg = "line added"
            changed = true
        } else if insertafter == "EOF" || index[1] == -1 {
            if let last = lines.last, !endsWithNewline(last) { lines.append(sep) }
            lines.append(line + sep)
            msg = "line added"
            changed = true
        } else if insertafter != nil && index[1] != -1 {
            if lines.count == index[1] {
                if FileEdit.stripNewlines(lines[index[1] - 1]) != line {
                    lines.append(line + sep)
                    msg = "line added"
                    changed = true
                }
            } else if line != FileEdit.stripNewlines(lines[index[1]]) {
                lines.insert(line + sep, at: index[1])
                msg = "line added"
                changed = true
            }
        } else {
            lines.insert(line + sep, at: index[1])
            msg = "line added"
            changed = true
        }
        return (lines, msg, changed)
    }
}
