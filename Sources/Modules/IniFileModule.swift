import Foundation
import SwansibleCore

/// `community.general.ini_file`: an option in a section of an INI file, line for line as the
/// module edits it (`section_has_values` is refused by name).
public enum IniFileModule: RemoteModule {
    public static let name = "ini_file"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest"], required: true), ParameterSpec("section"),
        ParameterSpec("section_has_values", .raw), ParameterSpec("option"), ParameterSpec("value"), ParameterSpec("values", .list),
        ParameterSpec("backup", .bool, default: .bool(false)),
        ParameterSpec("state", choices: ["absent", "present"], default: "present"), ParameterSpec("exclusive", .bool, default: .bool(true)),
        ParameterSpec("no_extra_spaces", .bool, default: .bool(false)), ParameterSpec("ignore_spaces", .bool, default: .bool(false)),
        ParameterSpec("allow_no_value", .bool, default: .bool(false)),
        ParameterSpec("modify_inactive_option", .bool, default: .bool(true)), ParameterSpec("create", .bool, default: .bool(true)),
        ParameterSpec("follow", .bool, default: .bool(false)), ParameterSpec("mode", .raw), ParameterSpec("owner"), ParameterSpec("group"),
        ParameterSpec("attributes", aliases: ["attr"]), ParameterSpec("seuser"), ParameterSpec("serole"), ParameterSpec("setype"),
        ParameterSpec("selevel"), ParameterSpec("unsafe_writes", .bool, default: .bool(false)),
    ]

    /// `match_opt` / `match_active_opt`: the option at the start of a line (after blanks and,
    /// when inactive ones count, a `#` or `;`), then `=` or the end, then the value.
    struct OptionMatch {
        var comment: String
        var sep: String
        var value: String
    }

    static func match(_ option: String, _ line: String, inactive: Bool) -> OptionMatch? {
        var rest = Substring(line)
        func blanks() { while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() } }
        blanks()
        var comment = ""
        if inactive, let c = rest.first, c == "#" || c == ";" {
            comment = String(c)
            rest = rest.dropFirst()
            blanks()
        }
        guard rest.hasPrefix(option) else { return nil }
        rest = rest.dropFirst(option.count)
        blanks()
        var sep = ""
        if rest.first == "=" {
            sep = "="
            rest = rest.dropFirst()
        } else if !(rest.isEmpty || rest == "\n") {
            return nil
        }
        blanks()
        let value = String(rest.prefix { $0 != "\n" && $0 != "\r\n" })
        return OptionMatch(comment: comment, sep: sep, value: value)
    }

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path") else { throw ModuleFailure("missing required arguments: path") }
        if args["section_has_values"] != nil { throw ModuleFailure("swansible's ini_file does not implement section_has_values yet") }
        if args["value"] != nil && args["values"] != nil { throw ModuleFailure("parameters are mutually exclusive: value|values") }
        let present = args.string("state") != "absent"
        let values: [String]
        if let v = args["value"] {
            values = [v.stringValue ?? PythonFormat.str(v)]
        } else if let l = args["values"]?.listValue {
            values = l.map { $0.stringValue ?? PythonFormat.str($0) }
        } else {
            values = []
        }
        if present && !args.bool("allow_no_value") && values.isEmpty {
            throw ModuleFailure("Parameter 'value(s)' must be defined if state=present and allow_no_value=False.")
        }
        let check = request.checkMode
        return .run(FileEdit.readScript(path: path, args: args), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let cur = try FileEdit.current(r)
            if !cur.exists && !args.bool("create") {
                throw ModuleFailure("Destination \(path) does not exist!", ValueDict([("rc", .int(257))]))
            }
            let (text, changed, msg) = IniFileModule.edit(
                cur.exists ? cur.text : "", section: args.string("section"), option: args.string("option"), values: values,
                present: present,
                args: args)
            let header = "\(path) (content)"
            return try FileEdit.finish(current: cur, newText: changed ? text : cur.text, path: path, args: args, checkMode: check) {
                _, attributesChanged, backup in
                var out = ValueDict()
                if let backup { out[string: "backup_file"] = .string(backup) }
                out[string: "changed"] = .bool(changed || attributesChanged)
                out[string: "diff"] = .dict(
                    ValueDict([
                        ("after", .string(text)), ("after_header", .string(header)), ("before", .string(cur.text)),
                        ("before_header", .string(header)),
                    ]))
                out[string: "msg"] = .string(msg)
                out[string: "path"] = .string(path)
                return out
            }
        }
    }

    /// The module's `do_ini` (without section_has_values).
    static func edit(_ original: String, section given: String?, option: String?, values input: [String], present: Bool, args: ModuleArgs)
        -> (String, Bool, String)
    {
        var values: [String] = []
        for v in input where !values.contains(v) { values.append(v) }
        var lines = FileEdit.lines(original)
        var changed = false
        if lines.isEmpty { lines.append("\n") }
        if let last = lines.last, last.isEmpty || !last.hasSuffix("\n") {
            lines[lines.count - 1] += "\n"
            changed = true
        }
        let fake = "ad01e11446efb704fcdbdb21f2c43757423d91c5"
        lines.insert("[\(fake)]", at: 0)
        lines.append("[")
        let section = (given?.isEmpty ?? true) ? fake : (given ?? fake)
        var within = false
        var start = 0
        var end = 0
        let wanted = section.trimmingCharacters(in: .whitespaces)
        func isHeader(_ line: String) -> Bool {
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
            return line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces) == wanted
        }
        for (i, line) in lines.enumerated() {
            if within && line.hasPrefix("[") {
                end = i
                break
            }
            if isHeader(line) {
                within = true
                start = i
            }
        }
        let sep = args.bool("no_extra_spaces") ? "=" : " = "
        let inactive = args.bool("modify_inactive_option")
        let allowNoValue = args.bool("allow_no_value")
        let exclusive = args.bool("exclusive")
        let ignoreSpaces = args.bool("ignore_spaces")
        var msg = "OK"
        let before = Array(lines[0..<start])
        var sectionLines = Array(lines[start..<end])
        let after = Array(lines[end...])
        var changedLines = Array(repeating: false, count: sectionLines.count)
        var noValuePresent = false
        func update(_ index: Int, _ newline: String) {
            var optionChanged: Bool?
            if ignoreSpaces, let option, let old = match(option, sectionLines[index], inactive: true), old.comment.isEmpty {
                optionChanged = old.value != match(option, newline, inactive: true)?.value
            }
            let did = optionChanged ?? (sectionLines[index] != newline)
            if did {
                sectionLines[index] = newline
                msg = "option changed"
            }
            changed = changed || did
            changedLines[index] = true
        }
        if present, let option {
            for index in sectionLines.indices {
                guard let m = match(option, sectionLines[index], inactive: inactive) else { continue }
                if !values.isEmpty, values.contains(m.value) {
                    let newline = m.value.isEmpty && allowNoValue ? "\(option)\n" : "\(option)\(sep)\(m.value)\n"
                    if m.value.isEmpty && allowNoValue { noValuePresent = true }
                    update(index, newline)
                    values.removeAll { $0 == m.value }
                } else if values.isEmpty && allowNoValue {
                    update(index, "\(option)\n")
                    noValuePresent = true
                    break
                }
            }
        }
        if present && exclusive && !allowNoValue, let option {
            if !values.isEmpty {
                for index in sectionLines.indices where !changedLines[index] {
                    guard let m = match(option, sectionLines[index], inactive: inactive), !(!m.comment.isEmpty && m.sep.isEmpty) else {
                        continue
                    }
                    update(index, "\(option)\(sep)\(values.removeFirst())\n")
                    if values.isEmpty { break }
                }
            }
            var index = sectionLines.count - 1
            while index > 0 {
                if !changedLines[index], let m = match(option, sectionLines[index], inactive: inactive),
                    !(!m.comment.isEmpty && m.sep.isEmpty)
                {
                    sectionLines.remove(at: index)
                    changedLines.remove(at: index)
                    changed = true
                    msg = "option changed"
                }
                index -= 1
            }
        }
        if present {
            var index = sectionLines.count
            while index > 0 {
                let line = sectionLines[index - 1]
                let blankOrComment =
                    line.drop { $0 == " " || $0 == "\t" }.isEmpty || line.drop { $0 == " " || $0 == "\t" } == "\n"
                    || line.drop { $0 == " " || $0 == "\t" }.first.map { $0 == "#" || $0 == ";" } == true
                if !blankOrComment {
                    if let option, !values.isEmpty {
                        for v in values.reversed() { sectionLines.insert("\(option)\(sep)\(v)\n", at: index) }
                        msg = "option added"
                        changed = true
                    } else if let option, values.isEmpty, allowNoValue, !noValuePresent {
                        sectionLines.insert("\(option)\n", at: index)
                        msg = "option added"
                        changed = true
                    }
                    break
                }
                index -= 1
            }
        } else {
            if let option {
                if exclusive {
                    let kept = sectionLines.filter { match(option, $0, inactive: false) == nil }
                    if kept != sectionLines {
                        changed = true
                        msg = "option changed"
                        sectionLines = kept
                    }
                } else if !values.isEmpty {
                    let kept = sectionLines.filter { line in
                        guard let m = match(option, line, inactive: false) else { return true }
                        return !values.contains(m.value)
                    }
                    if kept != sectionLines {
                        changed = true
                        msg = "option changed"
                        sectionLines = kept
                    }
                }
            } else if !sectionLines.isEmpty {
                sectionLines = []
                msg = "section removed"
                changed = true
            }
        }
        var result = before + sectionLines + after
        result.removeFirst()
        result.removeLast()
        if !within && present {
            result.append("[\(section)]\n")
            msg = "section and option added"
            if let option, !values.isEmpty {
                for v in values { result.append("\(option)\(sep)\(v)\n") }
            } else if let option, allowNoValue {
                result.append("\(option)\n")
            } else {
                msg = "only section added"
            }
            changed = true
        }
        return (result.joined(), changed, msg)
    }
}
