import SwansibleCore
import YAML

/// Ansible's `yaml` inventory plugin: `all`/groups with `hosts`, `children` and `vars`.
struct YAMLInventoryParser {
    var data: InventoryData
    let path: String
    let source: SourceText
    var constructor: YAMLConstructor

    init(data: InventoryData, path: String, text: String) {
        self.data = data
        self.path = path
        self.source = SourceText(path: path, text: text)
        self.constructor = YAMLConstructor(source: source)
    }

    var ownWarnings: [Diagnostic] = []
    var warnings: [Diagnostic] { constructor.warnings + ownWarnings }

    func warning(_ message: String, _ node: YAMLNode, length: Int = 1) -> Diagnostic {
        source.diagnostic(.warning, message, line: node.location.line, column: node.location.column, length: length)
    }

    func error(_ message: String, _ node: YAMLNode, length: Int = 1) -> InventoryError {
        InventoryError(.yaml, message, at: node.location, source: source, length: length)
    }

    /// The entries of a mapping node with merges expanded and duplicate keys resolved (last
    /// value wins at the first key's place), keys as strings.
    mutating func entries(_ node: YAMLNode, what: String) throws(InventoryError) -> [(String, YAMLNode, YAMLNode)] {
        let pairs: [YAMLNode.Pair]
        do {
            pairs = try constructor.flattenedPairs(node)
        } catch {
            throw InventoryError(error)
        }
        var out: [(String, YAMLNode, YAMLNode)] = []
        var index: [String: Int] = [:]
        for pair in pairs {
            let key: Value
            do {
                key = try constructor.construct(pair.key)
            } catch {
                throw InventoryError(error)
            }
            guard let name = key.stringValue else {
                throw self.error(
                    "\(what) \(PythonFormat.repr(key)) must be a string; enclose numbers and booleans in quotes", pair.key)
            }
            if let i = index[name] {
                out[i].2 = pair.value
            } else {
                index[name] = out.count
                out.append((name, pair.key, pair.value))
            }
        }
        return out
    }

    mutating func value(_ node: YAMLNode) throws(InventoryError) -> Value {
        do {
            return try constructor.construct(node)
        } catch {
            throw InventoryError(error)
        }
    }

    mutating func parse(_ root: YAMLNode?) throws(InventoryError) {
        guard let root, !root.isNull else {
            throw InventoryError(.yaml, "the YAML inventory is empty", at: SourceLocation(file: path, line: 1, column: 1), source: source)
        }
        guard case .mapping = root.kind else {
            throw error("a YAML inventory must be a mapping of group names, found \(root.kindName)", root)
        }
        let top = try entries(root, what: "group name")
        if top.contains(where: { $0.0 == "plugin" }) {
            throw InventoryError(
                .unsupportedSource, "this is an inventory plugin configuration file; swansible reads only YAML and INI inventories",
                at: root.location, source: source)
        }
        for (name, keyNode, valueNode) in top {
            _ = try parseGroup(name, keyNode, valueNode)
        }
    }

    mutating func parseGroup(_ name: String, _ keyNode: YAMLNode, _ node: YAMLNode) throws(InventoryError) -> Int {
        if !node.isNull, node.pairs == nil {
            throw error(
                "'\(name)' is not a valid group definition: a group is a mapping with 'hosts', 'children' or 'vars' (hosts go under a group's 'hosts')",
                node)
        }
        let g = data.addGroup(name, at: keyNode.location)
        if node.isNull { return g }
        let groupEntries = try entries(node, what: "key")
        let sections: Set<String> = ["vars", "children", "hosts"]
        if !groupEntries.isEmpty, !groupEntries.contains(where: { sections.contains($0.0) }),
            let first = groupEntries.first(where: { $0.2.scalarText != nil && !$0.2.isNull })
        {
            // Ansible skips such keys with a warning and leaves an empty group: almost always a
            // host written where a group is expected.
            throw error(
                "'\(name)' is read as a group, but '\(first.0)' is not 'hosts', 'children' or 'vars': a host must be listed under a group's 'hosts'",
                first.1, length: first.0.count)
        }
        for (key, sectionKey, section) in groupEntries {
            if !sections.contains(key) {
                if section.pairs != nil {
                    ownWarnings.append(
                        warning(
                            "skipping unexpected key '\(key)' in group '\(name)': only 'vars', 'children' and 'hosts' are valid",
                            sectionKey, length: key.count))
                } else if !section.isNull {
                    ownWarnings.append(
                        warning("skipping key '\(key)' in group '\(name)': it is not a mapping", sectionKey, length: key.count))
                }
                continue
            }
            if section.isNull { continue }
            var pairs: [(String, YAMLNode, YAMLNode)]
            if case .scalar(let text, _) = section.kind {
                // a string stands for a mapping with one key and no value
                pairs = [(text, section, YAMLNode(kind: .scalar("", .plain), tag: nil, location: section.location))]
            } else if section.pairs != nil {
                pairs = try entries(section, what: key == "vars" ? "variable name" : key == "hosts" ? "host pattern" : "group name")
            } else {
                throw error("the '\(key)' entry of group '\(name)' must be a mapping, found \(section.kindName)", section)
            }
            switch key {
            case "vars":
                for (varName, _, varNode) in pairs {
                    data.setGroupVariable(g, varName, try value(varNode))
                }
            case "children":
                for (childName, childKey, childNode) in pairs {
                    let c = try parseGroup(childName, childKey, childNode)
                    do {
                        try data.addChild(group: g, childGroup: c)
                    } catch {
                        throw self.error(error.diagnostic.message, childKey)
                    }
                }
            default:
                for (pattern, hostKey, hostNode) in pairs {
                    let (names, port) = HostRange.splitPort(pattern)
                    let expanded: [String]
                    do {
                        expanded = try HostRange.expand(names)
                    } catch {
                        throw InventoryError(.range, error.message, at: hostKey.location, source: source, length: pattern.count)
                    }
                    var vars = ValueDict()
                    if !hostNode.isNull {
                        guard hostNode.pairs != nil else {
                            throw self.error(
                                "the variables of host '\(pattern)' must be a mapping, found \(hostNode.kindName)", hostNode)
                        }
                        guard case .dict(let d) = try value(hostNode) else { continue }
                        vars = d
                    }
                    for host in expanded {
                        let h = data.addHost(host, group: g, port: port, at: hostKey.location, file: path)
                        for (k, v) in vars.items {
                            data.setHostVariable(h, PythonFormat.str(k), v)
                        }
                    }
                }
            }
        }
        return g
    }
}
