import SwansibleCore

/// A host of the inventory, as ansible-core's `Host`.
public struct Host: Sendable {
    public let name: String
    /// Variables set on the host by its inventory source (not group_vars or host_vars files).
    public var vars: ValueDict = ValueDict()
    /// Indices of the groups it is directly in, in the order it was added.
    public var directGroups: [Int] = []
    /// Where it was first defined.
    public var location: SourceLocation?
    /// The inventory file that first named it (nil for `-i h1,h2`).
    public var inventoryFile: String?
    /// The `-i h1,h2,` list that named it, for `inventory_file`.
    public var hostList: String?
    /// True for the localhost made up when a pattern names it but no inventory has it.
    public var implicit = false
}

/// A group of the inventory, as ansible-core's `Group`.
public struct Group: Sendable {
    public let name: String
    public var vars: ValueDict = ValueDict()
    /// Indices of hosts directly in the group, in the order they were added.
    public var hosts: [Int] = []
    var hostSet: Set<Int> = []
    /// Indices of child groups, in the order they were added.
    public var children: [Int] = []
    public var parents: [Int] = []
    /// Length of the longest path from `all` (all is 0).
    public var depth = 0
    /// `ansible_group_priority`, default 1.
    public var priority = 1
    public var location: SourceLocation?
}

/// Hosts and groups with their relations, as ansible-core's `InventoryData`.
public struct InventoryData: Sendable {
    public private(set) var groups: [Group] = []
    public private(set) var hosts: [Host] = []
    public private(set) var groupIndex: [String: Int] = [:]
    public private(set) var hostIndex: [String: Int] = [:]

    public static let all = 0
    public static let ungrouped = 1

    public init() {
        _ = addGroup("all")
        _ = addGroup("ungrouped")
        _ = try? addChild(group: InventoryData.all, childGroup: InventoryData.ungrouped)
    }

    /// The group's index, adding it if new.
    @discardableResult
    public mutating func addGroup(_ name: String, at location: SourceLocation? = nil) -> Int {
        if let i = groupIndex[name] { return i }
        var g = Group(name: name)
        g.location = location
        groups.append(g)
        groupIndex[name] = groups.count - 1
        return groups.count - 1
    }

    /// The host's index, adding it if new, and adds it to `group` when given.
    @discardableResult
    public mutating func addHost(
        _ name: String, group: Int?, port: Int? = nil, at location: SourceLocation? = nil, file: String? = nil
    ) -> Int {
        let h: Int
        if let i = hostIndex[name] {
            h = i
        } else {
            var host = Host(name: name)
            host.location = location
            host.inventoryFile = file
            if let port { host.vars[string: "ansible_port"] = .int(port) }
            hosts.append(host)
            h = hosts.count - 1
            hostIndex[name] = h
        }
        if let group { addHost(h, to: group) }
        return h
    }

    /// Replaces a host's own variables.
    public mutating func setHostVars(_ h: Int, _ vars: ValueDict) { hosts[h].vars = vars }

    /// Adds a host to a group (once).
    public mutating func addHost(_ h: Int, to g: Int) {
        guard !groups[g].hostSet.contains(h) else { return }
        groups[g].hosts.append(h)
        groups[g].hostSet.insert(h)
        hosts[h].directGroups.append(g)
    }

    mutating func removeHost(_ h: Int, from g: Int) {
        guard groups[g].hostSet.contains(h) else { return }
        groups[g].hosts.removeAll { $0 == h }
        groups[g].hostSet.remove(h)
        hosts[h].directGroups.removeAll { $0 == g }
    }

    /// Makes `childGroup` a child of `group`; a loop is an error, as in Ansible.
    public mutating func addChild(group g: Int, childGroup c: Int) throws(InventoryError) {
        if g == c {
            throw InventoryError(.structure, "group '\(groups[g].name)' cannot be a child of itself", at: groups[g].location)
        }
        guard !groups[g].children.contains(c) else { return }
        if ancestors(of: g).contains(c) {
            throw InventoryError(
                .structure,
                "adding group '\(groups[c].name)' as child to '\(groups[g].name)' creates a recursive dependency loop",
                at: groups[c].location)
        }
        groups[g].children.append(c)
        if !groups[c].parents.contains(g) { groups[c].parents.append(g) }
    }

    /// Every group above `g`.
    public func ancestors(of g: Int) -> Set<Int> {
        var seen: Set<Int> = []
        var todo = groups[g].parents
        while let p = todo.popLast() {
            if seen.insert(p).inserted { todo.append(contentsOf: groups[p].parents) }
        }
        return seen
    }

    /// `g` and every group below it: `g`, its children in order, then each further level.
    public func descendants(of g: Int) -> [Int] {
        var ordered = [g]
        var seen: Set<Int> = [g]
        var level = [g]
        while !level.isEmpty {
            var next: [Int] = []
            for p in level {
                for c in groups[p].children where seen.insert(c).inserted {
                    ordered.append(c)
                    next.append(c)
                }
            }
            level = next
        }
        return ordered
    }

    /// The hosts of a group and of all its descendants, each once, in Ansible's order.
    public func hostsOf(group g: Int) -> [Int] {
        var out: [Int] = []
        var seen: Set<Int> = []
        for d in descendants(of: g) {
            for h in groups[d].hosts where seen.insert(h).inserted {
                if g == InventoryData.all && hosts[h].implicit { continue }
                out.append(h)
            }
        }
        return out
    }

    /// Every group a host belongs to, directly or through ancestry (including `all`).
    public func groupsOf(host h: Int) -> Set<Int> {
        var out: Set<Int> = []
        for g in hosts[h].directGroups {
            out.insert(g)
            out.formUnion(ancestors(of: g))
        }
        return out
    }

    /// Sets a variable on a group (`ansible_group_priority` sets its priority).
    public mutating func setGroupVariable(_ g: Int, _ key: String, _ value: Value) {
        if key == "ansible_group_priority" {
            switch value {
            case .int(let i): groups[g].priority = i
            case .string(let s), .unsafe(let s): groups[g].priority = Int(s.trimmingSpaces) ?? 1
            case .bool(let b): groups[g].priority = b ? 1 : 0
            case .float(let d): groups[g].priority = Int(exactly: d.rounded(.towardZero)) ?? 1
            default: groups[g].priority = 1
            }
        } else {
            groups[g].vars[string: key] = value
        }
    }

    mutating func setHostList(_ h: Int, _ list: String) {
        hosts[h].hostList = list
    }

    public mutating func setHostVariable(_ h: Int, _ key: String, _ value: Value) {
        hosts[h].vars[string: key] = value
    }

    /// Ansible's `reconcile_inventory`: parentless groups become children of `all`, hosts in no
    /// group go to `ungrouped`, and group depths are computed.
    public mutating func reconcile() {
        for g in groups.indices where g != InventoryData.all && groups[g].parents.isEmpty {
            _ = try? addChild(group: InventoryData.all, childGroup: g)
        }
        for h in hosts.indices {
            let direct = hosts[h].directGroups
            if direct.contains(InventoryData.ungrouped) {
                if direct.contains(where: { $0 != InventoryData.all && $0 != InventoryData.ungrouped }) {
                    removeHost(h, from: InventoryData.ungrouped)
                }
            } else if !hosts[h].implicit {
                if direct.isEmpty || direct == [InventoryData.all] {
                    addHost(h, to: InventoryData.ungrouped)
                }
            }
        }
        computeDepths()
    }

    mutating func computeDepths() {
        var depth = [Int](repeating: 0, count: groups.count)
        // longest path from all, by relaxing in topological order
        var indegree = groups.map { $0.parents.count }
        var queue = groups.indices.filter { indegree[$0] == 0 }
        var i = 0
        while i < queue.count {
            let g = queue[i]
            i += 1
            for c in groups[g].children {
                depth[c] = max(depth[c], depth[g] + 1)
                indegree[c] -= 1
                if indegree[c] == 0 { queue.append(c) }
            }
        }
        for g in groups.indices { groups[g].depth = depth[g] }
    }

    /// The index of a host by name.
    public func host(named name: String) -> Int? { hostIndex[name] }

    /// The index of a group by name.
    public func group(named name: String) -> Int? { groupIndex[name] }

    /// The implicit localhost a template is rendered for when there is no inventory.
    public mutating func implicitLocalhostForTemplates() -> Int {
        let h = implicitLocalhost("localhost")
        return h
    }

    /// Adds a made-up localhost for a pattern that names it, as Ansible does.
    public mutating func implicitLocalhost(_ name: String) -> Int {
        if let h = hostIndex[name] { return h }
        var host = Host(name: name)
        host.implicit = true
        host.vars[string: "ansible_connection"] = "local"
        hosts.append(host)
        hostIndex[name] = hosts.count - 1
        return hosts.count - 1
    }
}
