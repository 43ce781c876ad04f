import Foundation
import SwansibleCore
import Templating

/// `ansible.builtin.replace`: every match of a (multi-line) regular expression replaced, within
/// the `after`/`before` bounds when given.
public enum ReplaceModule: RemoteModule {
    public static let name = "replace"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest", "destfile", "name"], required: true), ParameterSpec("regexp", required: true),
        ParameterSpec("replace", default: ""), ParameterSpec("after"), ParameterSpec("before"),
        ParameterSpec("backup", .bool, default: .bool(false)), ParameterSpec("validate"), ParameterSpec("encoding", default: "utf-8"),
        ParameterSpec("mode", .raw), ParameterSpec("owner"), ParameterSpec("group"), ParameterSpec("attributes", aliases: ["attr"]),
        ParameterSpec("seuser"), ParameterSpec("serole"), ParameterSpec("setype"), ParameterSpec("selevel"),
        ParameterSpec("unsafe_writes", .bool, default: .bool(false)),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path"), let regexp = args.string("regexp") else {
            throw ModuleFailure("missing required arguments: path, regexp")
        }
        let check = request.checkMode
        let diffMode = request.diffMode
        return .run(FileEdit.readScript(path: path, args: args), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let cur = try FileEdit.current(r)
            if cur.isDirectory { throw ModuleFailure("Path \(path) is a directory !", ValueDict([("rc", .int(256))])) }
            if !cur.exists { throw ModuleFailure("Path \(path) does not exist !", ValueDict([("rc", .int(257))])) }
            let contents = cur.text
            var pattern = ""
            let after = args.string("after")
            let before = args.string("before")
            if let a = after, !a.isEmpty, let b = before, !b.isEmpty {
                pattern = "\(a)(?P<subsection>.*?)\(b)"
            } else if let a = after, !a.isEmpty {
                pattern = "\(a)(?P<subsection>.*)"
            } else if let b = before, !b.isEmpty {
                pattern = "(?P<subsection>.*)\(b)"
            }
            var section = Substring(contents)
            if !pattern.isEmpty {
                let sectionRegex: Regex<AnyRegexOutput>
                do {
                    sectionRegex = try Regex(PyRegex.translate(pattern)).dotMatchesNewlines()
                } catch {
                    throw ModuleFailure("Unable to process replace due to error: \(error)")
                }
                guard let m = contents.firstMatch(of: sectionRegex), let sub = m.output["subsection"]?.substring else {
                    return .done(
                        ValueDict([
                            ("changed", false),
                            ("msg", .string("Pattern for before/after params did not match the given file: \(pattern)")),
                            ("rc", .int(0)),
                        ]))
                }
                section = sub
            }
            let replaced: String
            let count: Int
            do {
                let re = try PyRegex.compile(regexp, multiline: true)
                (replaced, count) = try PyRegex.sub(String(section), re, args.string("replace") ?? "", count: 0)
            } catch {
                throw ModuleFailure("Unable to process replace due to error: \(error)")
            }
            var newText = contents
            var msg = ""
            var changed = false
            if count > 0 && replaced != String(section) {
                newText = String(contents[..<section.startIndex]) + replaced + String(contents[section.endIndex...])
                msg = "\(count) replacements made"
                changed = true
            }
            let final = newText
            let message = msg
            let didChange = changed
            return try FileEdit.finish(
                current: cur, newText: final, path: path, args: args, checkMode: check, validate: args.string("validate")
            ) { _, attributesChanged, backup in
                let (m, c) = FileEdit.attributesMessage(message, changed: didChange, attributesChanged: attributesChanged)
                var out = ValueDict()
                if let backup { out[string: "backup_file"] = .string(backup) }
                out[string: "changed"] = .bool(c)
                if diffMode && didChange {
                    out[string: "diff"] = .dict(
                        ValueDict([
                            ("after", .string(final)), ("after_header", .string(path)), ("before", .string(contents)),
                            ("before_header", .string(path)),
                        ]))
                }
                out[string: "msg"] = .string(m)
                out[string: "rc"] = .int(0)
                return out
            }
        }
    }
}
