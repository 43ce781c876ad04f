import SwansibleCore

/// Ansible's `ini` inventory plugin: `[group]`, `[group:vars]`, `[group:children]` sections and
/// `host key=value ...` lines, with values typed by Python's `literal_eval`.
struct INIInventoryParser {
    var data: InventoryData
    let path: String
    let source: SourceText

    init(data: InventoryData, path: String, text: String) {
        self.data = data
        self.path = path
        self.source = SourceText(path: path, text: text)
    }

    struct Pending {
        var line: Int
        var state: String
        var name: String
        var parents: [String]
    }

    func error(_ message: String, line: Int, column: Int = 1, length: Int = 1) -> InventoryError {
        InventoryError(.ini, message, at: SourceLocation(file: path, line: line, column: column), source: source, length: length)
    }

    /// The column (1-based) where the stripped text starts in the raw line.
    static func indent(_ raw: String) -> Int {
        var n = 1
        for ch in raw {
            guard ch == " " || ch == "\t" else { break }
            n += 1
        }
        return n
    }

    mutating func parse() throws(InventoryError) {
        var pending: [String: Pending] = [:]
        var pendingOrder: [String] = []
        var groupName = "ungrouped"
        var state = "hosts"
        for (n, raw) in source.lines.enumerated() {
            let lineNo = n + 1
            let line = raw.trimmingCharacters(in: " \t\u{0B}\u{0C}")
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            let column = INIInventoryParser.indent(raw)
            if let (name, tag) = INIInventoryParser.section(line) {
                groupName = name
                state = tag ?? "hosts"
                guard ["hosts", "children", "vars"].contains(state) else {
                    let at = (line.firstIndex(of: ":").map { line.distance(from: line.startIndex, to: $0) } ?? 0) + column + 1
                    throw error(
                        "section [\(name):\(state)] has unknown type '\(state)': expected 'vars' or 'children'", line: lineNo,
                        column: at, length: state.count)
                }
                if data.group(named: groupName) == nil {
                    if state == "vars" && pending[groupName] == nil {
                        pending[groupName] = Pending(line: lineNo, state: state, name: groupName, parents: [])
                        pendingOrder.append(groupName)
                    }
                    data.addGroup(groupName, at: SourceLocation(file: path, line: lineNo, column: column))
                }
                if let p = pending[groupName], state != "vars" {
                    if p.state == "children" {
                        try addPendingChildren(groupName, &pending)
                    } else if p.state == "vars" {
                        pending[groupName] = nil
                    }
                }
                continue
            } else if line.hasPrefix("[") && line.hasSuffix("]") {
                throw error(
                    "invalid section entry '\(line)': a section has no spaces or other invalid characters", line: lineNo,
                    column: column, length: line.count)
            }
            switch state {
            case "hosts":
                try hostLine(line, lineNo: lineNo, column: column, group: groupName)
            case "vars":
                guard let eq = line.firstIndex(of: "=") else {
                    throw error("expected key=value, got '\(line)'", line: lineNo, column: column, length: line.count)
                }
                let key = line[..<eq].trimmingCharacters(in: " \t")
                let value = line[line.index(after: eq)...].trimmingCharacters(in: " \t")
                guard let g = data.group(named: groupName) else { continue }
                data.setGroupVariable(g, key, INIInventoryParser.value(value))
            default:  // children
                guard let child = INIInventoryParser.groupNameLine(line) else {
                    throw error("expected a group name, got '\(line)'", line: lineNo, column: column, length: line.count)
                }
                if let c = data.group(named: child), let g = data.group(named: groupName) {
                    do {
                        try data.addChild(group: g, childGroup: c)
                    } catch {
                        throw self.error(error.diagnostic.message, line: lineNo, column: column, length: child.count)
                    }
                } else if pending[child] != nil {
                    pending[child]?.parents.append(groupName)
                } else {
                    pending[child] = Pending(line: lineNo, state: "children", name: child, parents: [groupName])
                    pendingOrder.append(child)
                }
            }
        }
        for name in pendingOrder {
            guard let decl = pending[name] else { continue }
            if decl.state == "vars" {
                throw error("section [\(decl.name):vars] is for group '\(decl.name)', which is not defined", line: decl.line)
            } else {
                let parent = decl.parents.last ?? ""
                throw error(
                    "section [\(parent):children] includes group '\(decl.name)', which is not defined", line: decl.line,
                    column: INIInventoryParser.indent(source.lines[decl.line - 1]), length: decl.name.count)
            }
        }
    }

    mutating func addPendingChildren(_ group: String, _ pending: inout [String: Pending]) throws(InventoryError) {
        guard let decl = pending[group] else { return }
        for parent in decl.parents {
            if let p = data.group(named: parent), let c = data.group(named: group) {
                do {
                    try data.addChild(group: p, childGroup: c)
                } catch {
                    throw self.error(error.diagnostic.message, line: decl.line)
                }
            }
            if let pp = pending[parent], pp.state == "children" {
                try addPendingChildren(parent, &pending)
            }
        }
        pending[group] = nil
    }

    mutating func hostLine(_ line: String, lineNo: Int, column: Int, group: String) throws(InventoryError) {
        let tokens: [String]
        do {
            tokens = try ShellWords.split(line)
        } catch {
            throw self.error("cannot split host definition '\(line)': \(error.message)", line: lineNo, column: column, length: line.count)
        }
        guard let first = tokens.first else { return }
        let (pattern, port) = HostRange.splitPort(first)
        if first.trimmingCharacters(in: " ").hasSuffix(":") && port == nil {
            throw error(
                "invalid host pattern '\(first)': a trailing ':' is reserved for a port", line: lineNo, column: column,
                length: first.count)
        }
        let names: [String]
        do {
            names = try HostRange.expand(pattern)
        } catch {
            throw InventoryError(
                .range, error.message, at: SourceLocation(file: path, line: lineNo, column: column), source: source,
                length: first.count)
        }
        if names.contains(where: { $0.trimmingCharacters(in: " ") == "---" }) {
            throw error("invalid host pattern '---': this looks like a YAML file", line: lineNo, column: column, length: 3)
        }
        var vars: [(String, Value)] = []
        for token in tokens.dropFirst() {
            guard let eq = token.firstIndex(of: "=") else {
                let at = line.range(of: token).map { line.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0
                throw error(
                    "expected key=value host variable assignment, got '\(token)'", line: lineNo, column: column + at,
                    length: token.count)
            }
            vars.append((String(token[..<eq]), INIInventoryParser.value(String(token[token.index(after: eq)...]))))
        }
        guard let g = data.group(named: group) ?? Optional(data.addGroup(group)) else { return }
        let loc = SourceLocation(file: path, line: lineNo, column: column)
        for name in names {
            let h = data.addHost(name, group: g, port: port, at: loc, file: path)
            for (k, v) in vars { data.setHostVariable(h, k, v) }
        }
    }

    /// A value as the INI plugin types it: `literal_eval`, else the text itself.
    static func value(_ text: String) -> Value {
        PythonLiteral.eval(text) ?? .string(text)
    }

    /// `^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:\#.*)?$`
    static func section(_ line: String) -> (String, String?)? {
        guard line.hasPrefix("[") else { return nil }
        var rest = line.dropFirst()
        var name = ""
        while let c = rest.first, c != ":", c != "]", !c.isWhitespace {
            name.append(c)
            rest.removeFirst()
        }
        guard !name.isEmpty else { return nil }
        var tag: String?
        if rest.first == ":" {
            rest.removeFirst()
            var t = ""
            while let c = rest.first, c.isWordCharacter {
                t.append(c)
                rest.removeFirst()
            }
            guard !t.isEmpty else { return nil }
            tag = t
        }
        guard rest.first == "]" else { return nil }
        rest.removeFirst()
        let tail = rest.drop { $0.isWhitespace }
        guard tail.isEmpty || tail.hasPrefix("#") else { return nil }
        return (name, tag)
    }

    /// `^([^:\]\s]+)\s*(?:\#.*)?$`
    static func groupNameLine(_ line: String) -> String? {
        var name = ""
        var rest = Substring(line)
        while let c = rest.first, c != ":", c != "]", !c.isWhitespace {
            name.append(c)
            rest.removeFirst()
        }
        guard !name.isEmpty else { return nil }
        let tail = rest.drop { $0.isWhitespace }
        guard tail.isEmpty || tail.hasPrefix("#") else { return nil }
        return name
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
