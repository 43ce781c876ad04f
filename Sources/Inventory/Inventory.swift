import Foundation
import SwansibleCore
import YAML

/// A loaded inventory: its hosts and groups, their variables from the sources and from
/// `group_vars/` and `host_vars/` beside them, and host patterns (ansible-core's
/// `InventoryManager` with the variable part of `VariableManager`).
public struct Inventory: Sendable {
    public internal(set) var data: InventoryData
    /// The sources as given (`-i`).
    public let sources: [String]
    /// Warnings met while loading (duplicate keys).
    public private(set) var warnings: [Diagnostic] = []
    /// For each source directory with vars, the variables of each group and host by name.
    var varsDirectories: [VarsDirectory] = []
    /// The same for the play's directory.
    var playVarsDirectories: [VarsDirectory] = []

    /// Loads every source in order, as `-i` does: a file, a directory of files, or `h1,h2,`.
    ///
    /// `basedir` is the play's directory (the current directory for `ansible-inventory`): its
    /// `group_vars/` and `host_vars/` apply too, above those beside the inventory.
    public static func load(sources: [String], basedir: String? = nil) throws(InventoryError) -> Inventory {
        var inventory = Inventory(data: InventoryData(), sources: sources)
        for source in sources {
            try inventory.parse(source: source)
        }
        inventory.data.reconcile()
        for source in sources {
            let dir: String
            if source.contains(",") && !FileManager.default.fileExists(atPath: source) { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue {
                dir = source
            } else {
                dir = (source as NSString).deletingLastPathComponent
            }
            let vars = try VarsDirectory.load(base: dir.isEmpty ? "." : dir, data: inventory.data)
            inventory.warnings.append(contentsOf: vars.warnings)
            inventory.varsDirectories.append(vars)
        }
        if let basedir {
            let vars = try VarsDirectory.load(base: basedir, data: inventory.data)
            inventory.warnings.append(contentsOf: vars.warnings)
            inventory.playVarsDirectories.append(vars)
        }
        return inventory
    }

    /// The implicit localhost (with `ansible_connection: local`) used when no inventory names it.
    public mutating func implicitLocalhost() -> Int {
        data.implicitLocalhost("localhost")
    }

    init(data: InventoryData, sources: [String]) {
        self.data = data
        self.sources = sources
    }

    static let ignoredExtensions = [".pyc", ".pyo", ".swp", ".bak", "~", ".rpm", ".md", ".txt", ".rst", ".orig", ".cfg", ".retry"]

    mutating func parse(source: String) throws(InventoryError) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: source, isDirectory: &isDir)
        if !exists && source.contains(",") {
            parseHostList(source)
            return
        }
        guard exists else {
            throw InventoryError(.missingSource, Diagnostic(.error, "the inventory source '\(source)' does not exist"))
        }
        if isDir.boolValue {
            let entries = ((try? fm.contentsOfDirectory(atPath: source)) ?? []).sorted { $0.pythonLess($1) }
            for name in entries {
                if name.hasPrefix(".") || name == "host_vars" || name == "group_vars" || name == "vars_plugins" { continue }
                if Inventory.ignoredExtensions.contains(where: { name.hasSuffix($0) }) { continue }
                try parse(source: (source as NSString).appendingPathComponent(name))
            }
            return
        }
        try parseFile(source)
    }

    mutating func parseHostList(_ list: String) {
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            let h = item.trimmingCharacters(in: " \t\n\r")
            if h.isEmpty { continue }
            var (name, port) = HostRange.splitPort(h)
            if name.contains("[") && name == h { port = nil }
            if data.host(named: name) == nil {
                let h = data.addHost(name, group: InventoryData.ungrouped, port: port)
                data.setHostList(h, list)
            }
        }
    }

    mutating func parseFile(_ path: String) throws(InventoryError) {
        let text: String
        do {
            text = try YAMLLoader.read(path)
        } catch {
            throw InventoryError(.missingSource, error.diagnostic)
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "toml" {
            throw InventoryError(.unsupportedSource, Diagnostic(.error, "TOML inventories are not supported: '\(path)'"))
        }
        let yamlExtension = ["yml", "yaml", "json"].contains(ext)
        if yamlExtension || ext.isEmpty {
            var composed: Result<YAMLNode?, YAMLError>
            do {
                composed = .success(try YAMLComposer.compose(text, path: path))
            } catch {
                composed = .failure(error)
            }
            switch composed {
            case .success(let root):
                if yamlExtension || root?.pairs != nil {
                    var parser = YAMLInventoryParser(data: data, path: path, text: text)
                    try parser.parse(root)
                    data = parser.data
                    warnings.append(contentsOf: parser.warnings)
                    return
                }
            case .failure(let error):
                if yamlExtension || Inventory.looksLikeYAML(text) { throw InventoryError(error) }
            }
        }
        if FileManager.default.isExecutableFile(atPath: path) && text.hasPrefix("#!") {
            throw InventoryError(
                .unsupportedSource, Diagnostic(.error, "dynamic inventory scripts are not supported: '\(path)'"))
        }
        var parser = INIInventoryParser(data: data, path: path, text: text)
        try parser.parse()
        data = parser.data
    }

    /// A file without extension that failed as YAML is reported as YAML when it reads like
    /// YAML (a first significant line ending in `:`), else it is tried as INI.
    static func looksLikeYAML(_ text: String) -> Bool {
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: " \t\r")
            if t.isEmpty || t.hasPrefix("#") || t.hasPrefix(";") || t == "---" { continue }
            return t.hasSuffix(":") && !t.hasPrefix("[")
        }
        return false
    }
}

extension Inventory {
    /// The groups a host is in, without `all`, in the order Ansible merges their variables:
    /// by depth, then priority, then name.
    public func sortedGroups(ofHost h: Int) -> [Int] {
        data.groupsOf(host: h).filter { $0 != InventoryData.all }.sorted { a, b in
            let ga = data.groups[a]
            let gb = data.groups[b]
            if ga.depth != gb.depth { return ga.depth < gb.depth }
            if ga.priority != gb.priority { return ga.priority < gb.priority }
            return ga.name.pythonLess(gb.name)
        }
    }

    /// A host's variables as `ansible-inventory --host` shows them: inventory and vars-file
    /// variables merged in Ansible's order, without magic variables.
    public func hostVariables(_ h: Int) -> ValueDict {
        var origins: [String: String]?
        return hostVariables(h, origins: &origins)
    }

    /// The same, with where each variable's value came from (the same origin means the same
    /// Python object, which YAML output shows as an alias).
    public func hostVariables(_ h: Int, origins: inout [String: String]?) -> ValueDict {
        var vars = ValueDict()
        func merge(_ d: ValueDict, _ origin: String) {
            vars.update(d)
            if origins != nil {
                for k in d.keys { origins?[PythonFormat.str(k)] = origin }
            }
        }
        merge(data.groups[InventoryData.all].vars, "group:0")
        let groups = sortedGroups(ofHost: h)
        for g in groups { merge(data.groups[g].vars, "group:\(g)") }
        let sets = [("inventory", varsDirectories), ("play", playVarsDirectories)]
        for (kind, dirs) in sets {
            for (i, dir) in dirs.enumerated() {
                if let v = dir.groupVars["all"] { merge(v, "\(kind):group_vars:\(i):all") }
            }
        }
        for (kind, dirs) in sets {
            for (i, dir) in dirs.enumerated() {
                for g in groups {
                    let name = data.groups[g].name
                    if let v = dir.groupVars[name] { merge(v, "\(kind):group_vars:\(i):\(name)") }
                }
            }
        }
        merge(data.hosts[h].vars, "host:\(h)")
        for (kind, dirs) in sets {
            for (i, dir) in dirs.enumerated() {
                if let v = dir.hostVars[data.hosts[h].name] { merge(v, "\(kind):host_vars:\(i):\(h)") }
            }
        }
        return vars
    }

    /// A group's own variables with those of its group_vars files, as `--graph --vars` shows.
    public func groupVariables(_ g: Int) -> ValueDict {
        var vars = data.groups[g].vars
        for dir in varsDirectories {
            if let v = dir.groupVars[data.groups[g].name] { vars.update(v) }
        }
        if data.groups[g].priority != 1 {
            vars[string: "ansible_group_priority"] = .int(data.groups[g].priority)
        }
        return vars
    }

    /// The hosts a pattern selects, in Ansible's order, narrowed by `limit` when given.
    public mutating func hosts(matching pattern: String, limit: [String]? = nil) throws(InventoryError) -> [Int] {
        var hosts = try evaluate(HostPattern.split(pattern))
        if let limit {
            let allowed = Set(try evaluate(limit))
            hosts = hosts.filter { allowed.contains($0) }
        }
        var seen: Set<Int> = []
        return hosts.filter { seen.insert($0).inserted }
    }

    /// Splits a `--limit` value into patterns (reading `@file` lists).
    public static func limitPatterns(_ limit: String) throws(InventoryError) -> [String] {
        var out: [String] = []
        for p in HostPattern.split(limit) {
            if p.hasPrefix("@") {
                let path = String(p.dropFirst())
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw InventoryError(.pattern, Diagnostic(.error, "unable to read the limit file '\(path)'"))
                }
                out.append(
                    contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t\r") })
            } else {
                out.append(p)
            }
        }
        return out
    }

    mutating func evaluate(_ patterns: [String]) throws(InventoryError) -> [Int] {
        var hosts: [Int] = []
        for p in HostPattern.order(patterns) {
            if let h = data.host(named: p) {
                hosts.append(h)
                continue
            }
            let that = try matchOne(p)
            if p.hasPrefix("!") {
                let set = Set(that)
                hosts = hosts.filter { !set.contains($0) }
            } else if p.hasPrefix("&") {
                let set = Set(that)
                hosts = hosts.filter { set.contains($0) }
            } else {
                let existing = Set(hosts)
                hosts.append(contentsOf: that.filter { !existing.contains($0) })
            }
        }
        return hosts
    }

    mutating func matchOne(_ raw: String) throws(InventoryError) -> [Int] {
        var pattern = raw
        if pattern.hasPrefix("&") || pattern.hasPrefix("!") { pattern.removeFirst() }
        let (expr, sub) = HostPattern.splitSubscript(pattern)
        let matches = try enumerate(expr)
        guard let result = HostPattern.apply(sub, to: matches) else {
            throw InventoryError(.pattern, Diagnostic(.error, "no hosts matched the subscripted pattern '\(pattern)'"))
        }
        return result
    }

    func matcher(_ pattern: String) throws(InventoryError) -> (String) -> Bool {
        if pattern.hasPrefix("~") {
            let source = String(pattern.dropFirst())
            guard let regex = try? Regex(source) else {
                throw InventoryError(.pattern, Diagnostic(.error, "invalid host list pattern: \(pattern)"))
            }
            return { (try? regex.prefixMatch(in: $0)) != nil }
        }
        return { HostPattern.glob(pattern, matches: $0) }
    }

    mutating func enumerate(_ pattern: String) throws(InventoryError) -> [Int] {
        let match = try matcher(pattern)
        var results: [Int] = []
        var matchedGroup = false
        for g in data.groups.indices where match(data.groups[g].name) {
            matchedGroup = true
            results.append(contentsOf: data.hostsOf(group: g))
        }
        if !matchedGroup || pattern.hasPrefix("~") || pattern.contains(where: { ".?*[".contains($0) }) {
            for h in data.hosts.indices where match(data.hosts[h].name) {
                results.append(h)
            }
        }
        if results.isEmpty && ["localhost", "127.0.0.1", "::1"].contains(pattern) {
            results.append(data.implicitLocalhost(pattern))
        }
        if results.isEmpty && !matchedGroup && pattern != "all" {
            warnings.append(Diagnostic(.warning, "could not match supplied host pattern, ignoring: \(pattern)"))
        }
        return results
    }
}

extension Regex: @retroactive @unchecked Sendable {}
