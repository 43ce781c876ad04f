import SwansibleCore
import Vault
import YAML

/// What `ansible-inventory` prints: `--list` (JSON or YAML), `--host`, `--graph [--vars]`.
public struct InventoryReport {
    public var inventory: Inventory
    /// `--limit` patterns, already split.
    public var limit: [String]?

    public init(inventory: Inventory, limit: [String]? = nil) {
        self.inventory = inventory
        self.limit = limit
    }

    var data: InventoryData { inventory.data }

    /// `--host PATTERN`: the single host's variables as JSON (indent 4, sorted keys).
    public mutating func host(_ pattern: String) throws(InventoryError) -> String {
        let h = try singleHost(pattern)
        return InventoryReport.json(.dict(inventory.hostVariables(h)))
    }

    /// Ansible's legacy JSON encoder: indent 4, keys sorted as text, no ASCII escaping, vaulted
    /// values as `{"__ansible_vault": ciphertext}`.
    static func json(_ v: Value, unsafeAsObject: Bool = false) -> String {
        var w = JSONWriter(indent: 4, sortKeys: true, ensureASCII: false)
        w.sortKeysAsText = true
        w.vaultAsObject = true
        w.unsafeAsObject = unsafeAsObject
        return w.write(v)
    }

    /// `--host PATTERN --yaml`.
    public mutating func hostYAML(_ pattern: String) throws(InventoryError) -> String {
        let h = try singleHost(pattern)
        return hostNode(h, dumper: YAMLDumper()).map { YAMLDumper().dump(node: $0) } ?? "{}\n"
    }

    mutating func singleHost(_ pattern: String) throws(InventoryError) -> Int {
        let hosts = try inventory.hosts(matching: pattern)
        guard hosts.count == 1, let h = hosts.first else {
            throw InventoryError(
                .usage, Diagnostic(.error, "--host needs a pattern that matches exactly one host; '\(pattern)' matches \(hosts.count)"))
        }
        return h
    }

    /// A host's variables as a YAML mapping node, values that share an origin marked so that
    /// they print as aliases.
    func hostNode(_ h: Int, dumper: YAMLDumper) -> YAMLDumper.Node? {
        var origins: [String: String]? = [:]
        let vars = inventory.hostVariables(h, origins: &origins)
        var items = Array(vars.items)
        items.sort { JSONWriter.keyLess($0.0, $1.0) }
        var pairs: [(YAMLDumper.Node, YAMLDumper.Node)] = []
        for (k, v) in items {
            let name = PythonFormat.str(k)
            let identity = origins?[name].map { "\($0)/\(name)" }
            pairs.append((dumper.represent(k), dumper.represent(v, identity: identity)))
        }
        return .mapping(pairs, flow: false, identity: nil)
    }

    /// The hosts under `all` that the limit lets through.
    mutating func availableHosts() throws(InventoryError) -> [Int] {
        try inventory.hosts(matching: "all", limit: limit)
    }

    /// `--list`: groups with their hosts and children, and `_meta.hostvars`.
    public mutating func list() throws(InventoryError) -> String {
        let hosts = try availableHosts()
        let available = Set(hosts)
        var results = ValueDict()
        var seen: Set<Int> = []
        func format(_ g: Int) {
            var entry = ValueDict()
            if g != InventoryData.all {
                let names = data.groups[g].hosts.filter { available.contains($0) }.map { Value.string(data.hosts[$0].name) }
                if !names.isEmpty { entry[string: "hosts"] = .list(names) }
            }
            var children: [Value] = []
            results[string: data.groups[g].name] = .dict(entry)
            for c in data.groups[g].children {
                children.append(.string(data.groups[c].name))
                if !seen.contains(c) {
                    format(c)
                    seen.insert(c)
                }
            }
            if !children.isEmpty { entry[string: "children"] = .list(children) }
            if entry.isEmpty {
                results.removeValue(forKey: .string(data.groups[g].name))
            } else {
                results[string: data.groups[g].name] = .dict(entry)
            }
        }
        format(InventoryData.all)
        var hostvars = ValueDict()
        for h in hosts {
            let vars = inventory.hostVariables(h)
            if !vars.isEmpty { hostvars[string: data.hosts[h].name] = .dict(vars) }
        }
        var meta = ValueDict()
        meta[string: "hostvars"] = .dict(hostvars)
        meta[string: "profile"] = "inventory_legacy"
        results[string: "_meta"] = .dict(meta)
        // only _meta.hostvars can hold unsafe strings: the rest is group and host names
        return InventoryReport.json(.dict(results), unsafeAsObject: true)
    }

    /// `--list --yaml`: the tree of groups with hosts and their variables, in YAML.
    public mutating func yamlList() throws(InventoryError) -> String {
        let available = Set(try availableHosts())
        let dumper = YAMLDumper()
        var seenHosts: Set<Int> = []
        var seenGroups: Set<Int> = []
        func key(_ s: String) -> YAMLDumper.Node { .scalar(tag: "tag:yaml.org,2002:str", text: s, style: .any) }
        func format(_ g: Int) -> [(String, YAMLDumper.Node)] {
            var entry: [(String, YAMLDumper.Node)] = []
            var children: [(String, YAMLDumper.Node)] = []
            for c in data.groups[g].children where c != InventoryData.all {
                if seenGroups.contains(c) {
                    children.append((data.groups[c].name, .mapping([], flow: false, identity: nil)))
                } else {
                    children.append(contentsOf: format(c))
                    seenGroups.insert(c)
                }
            }
            var hostNodes: [(String, YAMLDumper.Node)] = []
            if g != InventoryData.all {
                for h in data.groups[g].hosts where available.contains(h) {
                    var node = YAMLDumper.Node.mapping([], flow: false, identity: nil)
                    if seenHosts.insert(h).inserted, let n = hostNode(h, dumper: dumper) { node = n }
                    hostNodes.append((data.hosts[h].name, node))
                }
            }
            // sorted keys: children, hosts
            if !children.isEmpty {
                entry.append(("children", .mapping(InventoryReport.sorted(children).map { (key($0.0), $0.1) }, flow: false, identity: nil)))
            }
            if !hostNodes.isEmpty {
                entry.append(("hosts", .mapping(InventoryReport.sorted(hostNodes).map { (key($0.0), $0.1) }, flow: false, identity: nil)))
            }
            if entry.isEmpty { return [] }
            return [(data.groups[g].name, .mapping(entry.map { (key($0.0), $0.1) }, flow: false, identity: nil))]
        }
        let top = format(InventoryData.all)
        let root = YAMLDumper.Node.mapping(top.map { (key($0.0), $0.1) }, flow: false, identity: nil)
        return dumper.dump(node: root)
    }

    static func containsVault(_ v: Value) -> Bool {
        switch v {
        case .vault: return true
        case .list(let l): return l.contains(where: containsVault)
        case .dict(let d): return d.values.contains(where: containsVault)
        default: return false
        }
    }

    static func sorted(_ pairs: [(String, YAMLDumper.Node)]) -> [(String, YAMLDumper.Node)] {
        pairs.sorted { $0.0.pythonLess($1.0) }
    }

    /// `--graph [GROUP] [--vars]`.
    public func graph(group name: String = "all", showVars: Bool = false) throws(InventoryError) -> String {
        guard let start = data.group(named: name) else {
            throw InventoryError(.usage, Diagnostic(.error, "--graph needs a group name; '\(name)' is not a group"))
        }
        var lines: [String] = []
        func graphName(_ text: String, _ depth: Int) -> String {
            depth == 0 ? text : String(repeating: "  |", count: depth) + "--" + text
        }
        var vaulted: String?
        func showVariables(_ vars: ValueDict, _ depth: Int, _ owner: String) {
            let sorted = vars.items.sorted { JSONWriter.keyLess($0.0, $1.0) }
            for (k, v) in sorted {
                var shown = v
                if InventoryReport.containsVault(v) {
                    // printing a value decrypts it, as in Ansible
                    do {
                        shown = try Vault.reveal(v)
                    } catch {
                        if vaulted == nil { vaulted = error.message }
                    }
                }
                lines.append(graphName("{\(PythonFormat.str(k)) = \(PythonFormat.str(shown))}", depth))
            }
        }
        func walk(_ g: Int, _ depth: Int) {
            lines.append(graphName("@\(data.groups[g].name):", depth))
            for c in data.groups[g].children { walk(c, depth + 1) }
            if g != InventoryData.all {
                for h in data.groups[g].hosts {
                    lines.append(graphName(data.hosts[h].name, depth + 1))
                    if showVars { showVariables(inventory.hostVariables(h), depth + 2, "host '\(data.hosts[h].name)'") }
                }
            }
            if showVars { showVariables(inventory.groupVariables(g), depth + 1, "group '\(data.groups[g].name)'") }
        }
        walk(start, 0)
        if let vaulted { throw InventoryError(.vault, Diagnostic(.error, vaulted)) }
        return lines.joined(separator: "\n")
    }
}
