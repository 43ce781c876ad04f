import Foundation
import Inventory
import Jinja
import SwansibleCore
import Templating
import Vault

/// The variables of a host as a task or template sees them (the part of ansible-core's
/// `VariableManager` that needs no play): inventory and vars files, magic variables, `hostvars`
/// (lazy) and extra vars, highest last.
public final class VariableManager: @unchecked Sendable {
    public private(set) var inventory: Inventory
    public let extraVars: ValueDict
    public let templar: Templar
    /// The directory of the play or, for ad-hoc use, the current directory.
    public let playbookDir: String
    var hostVarsCache: [Int: ValueDict] = [:]
    var contexts: [Int: TemplateVariables] = [:]
    var hostvarsContexts: [Int: TemplateVariables] = [:]
    lazy var groups: Value = .dict(inventory.groupsDictionary())
    lazy var hostvars: HostVars = HostVars(manager: self)
    let lock = NSRecursiveLock()
    var playLayers: [Int: [String: Value]] = [:]
    var commonOverrides: [String: Value] = [:]

    /// Sets what a play has given a host (facts, set_fact, register), above the inventory's
    /// variables; `hostvars` sees it from then on.
    public func setPlayLayer(_ h: Int, _ vars: [String: Value]) {
        lock.lock()
        defer { lock.unlock() }
        playLayers[h] = vars
        contexts[h] = nil
        hostvarsContexts[h] = nil
        hostvars.forget(inventory.data.hosts[h].name)
    }

    /// Replaces variables every host shares (`ansible_check_mode`, `ansible_play_hosts`...).
    public func setCommon(_ vars: [String: Value]) {
        lock.lock()
        defer { lock.unlock() }
        for (k, v) in vars { commonOverrides[k] = v }
        contexts.removeAll()
        hostvarsContexts.removeAll()
        hostvars.forgetAll()
    }

    public init(inventory: Inventory, extraVars: ValueDict = ValueDict(), templar: Templar, playbookDir: String) {
        self.inventory = inventory
        self.extraVars = extraVars
        self.templar = templar
        self.playbookDir = playbookDir
        templar.hostPattern = { [unowned self] (pattern: String) throws(JinjaError) -> [String] in
            var inventory = self.inventory
            do throws(InventoryError) {
                return try inventory.hosts(matching: pattern).map { inventory.data.hosts[$0].name }
            } catch {
                throw JinjaError(.runtime, error.diagnostic.message)
            }
        }
    }

    /// Takes the inventory as matching left it: a pattern that names localhost adds the
    /// implicit localhost, which the manager must know too.
    public func adopt(_ newer: Inventory) {
        lock.lock()
        defer { lock.unlock() }
        if newer.data.hosts.count > inventory.data.hosts.count { inventory = newer }
    }

    /// ansible-core's version, as `ansible_version` gives it.
    public static let ansibleVersion: Value = .dict(
        ValueDict([
            ("string", "2.21.5"), ("full", "2.21.5"), ("major", 2), ("minor", 21), ("revision", 5),
        ]))

    /// The variables every host has, the same for all.
    lazy var commonVariables: [(String, Value)] = makeCommonVariables()

    func makeCommonVariables() -> [(String, Value)] {
        [
            ("groups", groups), ("hostvars", .object(hostvars)), ("playbook_dir", .string(playbookDir)),
            ("ansible_check_mode", .bool(false)), ("ansible_diff_mode", .bool(false)), ("ansible_forks", .int(5)),
            ("ansible_version", VariableManager.ansibleVersion), ("omit", .string("__omit_place_holder__")),
        ]
    }

    /// Takes an inventory a play changed (group_by, add_host): `groups`, `group_names`, the
    /// hosts' variables and `hostvars` are computed again.
    public func replaceInventory(_ newer: Inventory) {
        lock.lock()
        defer { lock.unlock() }
        inventory = newer
        hostVarsCache.removeAll()
        contexts.removeAll()
        hostvarsContexts.removeAll()
        groups = .dict(inventory.groupsDictionary())
        commonVariables = makeCommonVariables()
        hostvars.forgetAll()
    }

    /// Every variable of a host, raw (not yet templated).
    public func rawVariables(_ h: Int) -> [String: Value] {
        lock.lock()
        defer { lock.unlock() }
        let own = hostVarsCache[h] ?? inventory.hostVariables(h)
        hostVarsCache[h] = own
        let magic = inventory.magicVariables(h)
        let common = commonVariables
        var vars: [String: Value] = [:]
        vars.reserveCapacity(own.count + magic.count + common.count + extraVars.count + 1)

        for (k, v) in own.items { vars[k.stringValue ?? PythonFormat.str(k)] = v }
        for (k, v) in magic.items { vars[k.stringValue ?? PythonFormat.str(k)] = v }
        // every host has ansible_facts (the fact cache's, above inventory variables), empty until
        // facts are gathered or set
        vars["ansible_facts"] = .dict(ValueDict())
        for (k, v) in playLayers[h] ?? [:] { vars[k] = v }
        for (k, v) in common { vars[k] = v }
        for (k, v) in commonOverrides { vars[k] = v }
        for (k, v) in extraVars.items { vars[k.stringValue ?? PythonFormat.str(k)] = v }
        VariableManager.reveal(&vars)
        return vars
    }

    /// `!vault` values decrypted when there are secrets (one that fails stays encrypted and
    /// fails where it is used, with the vault's message).
    public static func reveal(_ vars: inout [String: Value]) {
        guard !Vault.secrets.isEmpty else { return }
        for (k, v) in vars where Vault.holdsVault(v) {
            if let opened = try? Vault.reveal(v) { vars[k] = opened }
        }
    }

    /// The templating context of a host (cached: variables are templated once).
    public func context(_ h: Int) -> TemplateVariables {
        lock.lock()
        defer { lock.unlock() }
        if let c = contexts[h] { return c }
        let c = TemplateVariables(rawVariables(h))
        contexts[h] = c
        return c
    }

    /// A host's variables as `hostvars[host]` templates them: without `hostvars` (ansible-core's
    /// `HostVars.raw_get` asks for them with `include_hostvars=False`, so a host variable that
    /// refers to `hostvars` is undefined there, though not in the host's own tasks).
    func hostvarsContext(_ h: Int) -> TemplateVariables {
        lock.lock()
        defer { lock.unlock() }
        if let c = hostvarsContexts[h] { return c }
        var raw = rawVariables(h)
        raw["hostvars"] = nil
        let c = TemplateVariables(raw)
        hostvarsContexts[h] = c
        return c
    }
}

/// `hostvars`: every host's variables, computed when first asked for.
public final class HostVars: LazyMapping, @unchecked Sendable {
    unowned let manager: VariableManager
    /// The inventory's host names in order, each one's index there, and the variables of those
    /// asked for (made the first time, by inventory index).
    var names: [String] = []
    let index = StringTable()
    var vars: [HostVarsVars?] = []
    /// `vars`, read without reference counting on the hot path (`vars` keeps them alive).
    var unmanaged: [Unmanaged<HostVarsVars>?] = []

    init(manager: VariableManager) { self.manager = manager }

    public override var typeName: String { "HostVars" }
    public override var repr: String { "HostVars(...)" }
    public override var keys: [String] { manager.inventory.data.hosts.map(\.name) }

    // templates ask for the same host several times in a row, and loops walk a group in
    // inventory order
    var lastKey = ""
    var lastIndex = -1

    func forget(_ host: String) {
        if case .int(let i)? = index[host] { vars[i]?.forget() }
    }

    func forgetAll() {
        for v in vars { v?.forget() }
    }

    /// Takes in the inventory's hosts (all of them the first time, then any added since).
    func sync() {
        let hosts = manager.inventory.data.hosts
        for i in names.count..<hosts.count {
            names.append(hosts[i].name)
            index[hosts[i].name] = .int(i)
            vars.append(nil)
            unmanaged.append(nil)
        }
    }

    /// The inventory index of a host, its variables made the first time.
    @inline(__always) func hostIndex(_ key: String) -> Int? {
        if lastIndex >= 0 {
            if key == lastKey { return lastIndex }
            let next = lastIndex + 1
            if next < names.count && names[next] == key { return found(next, key) }
        }
        if case .int(let i)? = index[key] { return found(i, key) }
        guard let h = manager.inventory.data.host(named: key) else { return nil }
        if h >= names.count { sync() }
        guard h < names.count else { return nil }
        return found(h, key)
    }

    @inline(__always) func found(_ i: Int, _ key: String) -> Int {
        if unmanaged[i] == nil {
            let made = HostVarsVars(manager: manager, host: i)
            vars[i] = made
            unmanaged[i] = Unmanaged.passUnretained(made)
        }
        lastKey = key
        lastIndex = i
        return i
    }

    public override func lookup(_ key: String) throws(JinjaError) -> Value? {
        guard let i = hostIndex(key), let v = vars[i] else { return nil }
        return .object(v)
    }

    /// ansible-core's `hostvars['name']` for a host the inventory lacks: an undefined value
    /// whose message is that expression.
    public override func missing(_ key: Value, kind: UndefinedKind) -> Value {
        .object(Undefined(kind: kind, name: key, owner: .object(self), hint: "hostvars[\(PythonFormat.repr(key))]"))
    }

    public override func peekItem(_ key: String, _ name: String, _ nameHash: Int) -> Value? {
        guard let i = hostIndex(key), let u = unmanaged[i] else { return nil }
        return u._withUnsafeGuaranteedRef { $0.resolvedValue(name, hash: nameHash) }
    }

    public override func lookupItem(_ key: String, _ name: String, _ nameHash: Int) throws(JinjaError) -> Value? {
        guard let i = hostIndex(key), let u = unmanaged[i] else { return nil }
        // the variables already templated, read without reference counting
        if let v = u._withUnsafeGuaranteedRef({ $0.resolvedValue(name, hash: nameHash) }) { return v }
        return try vars[i]?.lookup(name, hash: nameHash)
    }
}

/// One host's variables inside `hostvars`, templated in that host's context.
public final class HostVarsVars: LazyMapping, @unchecked Sendable {
    unowned let manager: VariableManager
    let host: Int
    let templar: Templar
    var cachedContext: TemplateVariables?

    var context: TemplateVariables {
        if let c = cachedContext { return c }
        let c = manager.hostvarsContext(host)
        cachedContext = c
        return c
    }

    /// Drops the templated variables (the host's variables changed).
    func forget() {
        cachedContext = nil
        contextRef = nil
    }

    /// `cachedContext`, read without reference counting on the hot path.
    var contextRef: Unmanaged<TemplateVariables>?

    /// A variable already templated, or nil.
    @inline(__always) func resolvedValue(_ name: String, hash: Int) -> Value? {
        contextRef?._withUnsafeGuaranteedRef { $0.resolvedValue(name, hash: hash) }
    }

    /// A variable whose name's `StringTable.hash` is known.
    func lookup(_ name: String, hash: Int) throws(JinjaError) -> Value? {
        if let v = resolvedValue(name, hash: hash) { return v }
        let c = context
        contextRef = Unmanaged.passUnretained(c)
        return try c.lookup(name, hash: hash, templar)
    }

    init(manager: VariableManager, host: Int) {
        self.manager = manager
        self.host = host
        self.templar = manager.templar
    }

    public override var typeName: String { "HostVarsVars" }
    public override var repr: String { PythonFormat.repr(.dict(ValueDict(keys.map { (.string($0), .null) }))) }
    public override var keys: [String] { manager.rawVariables(host).keys.filter { $0 != "hostvars" }.sorted() }

    public override func lookup(_ key: String) throws(JinjaError) -> Value? {
        try context.lookup(key, templar)
    }
}
