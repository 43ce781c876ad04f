import Foundation
import SwansibleCore

/// Changes a play makes to the inventory (`group_by`, `add_host`), with ansible-core's
/// `add_dynamic_group` / `add_dynamic_host` rules for what counts as a change.
extension Inventory {
    /// Puts host `h` in `group` (made if new) under `parents` (made if new); true when
    /// something changed.
    public mutating func addDynamicGroup(host h: Int, group name: String, parents: [String]) -> Bool {
        var changed = false
        let g = data.addGroup(name)
        for p in parents where data.groupIndex[p] == nil {
            data.addGroup(p)
            changed = true
        }
        for p in parents {
            guard let pi = data.groupIndex[p] else { continue }
            if !data.groups[pi].children.contains(g) && pi != g {
                if (try? data.addChild(group: pi, childGroup: g)) != nil { changed = true }
            }
        }
        if !data.groups[g].hostSet.contains(h) {
            data.addHost(h, to: g)
            changed = true
        }
        loadAddedVars(groups: [name] + parents, host: nil)
        data.reconcile()
        return changed
    }

    /// Adds a host (or updates one) with its variables and groups; true when something changed.
    public mutating func addDynamicHost(_ name: String, vars: ValueDict, groups: [String]) -> Bool {
        var changed = false
        if data.hostIndex[name] == nil {
            data.addHost(name, group: InventoryData.all)
            changed = true
        }
        guard let h = data.hostIndex[name] else { return changed }
        var merged = data.hosts[h].vars
        merged.update(vars)
        if merged != data.hosts[h].vars {
            data.setHostVars(h, merged)
            changed = true
        }
        for group in groups {
            if data.groupIndex[group] == nil {
                data.addGroup(group)
                changed = true
            }
            if let g = data.groupIndex[group], !data.groups[g].hostSet.contains(h) {
                data.addHost(h, to: g)
                changed = true
            }
        }
        loadAddedVars(groups: groups, host: name)
        if changed { data.reconcile() }
        return changed
    }

    mutating func loadAddedVars(groups: [String], host: String?) {
        for i in varsDirectories.indices {
            for g in groups { try? varsDirectories[i].loadAdded(group: g) }
            if let host { try? varsDirectories[i].loadAdded(host: host) }
        }
        for i in playVarsDirectories.indices {
            for g in groups { try? playVarsDirectories[i].loadAdded(group: g) }
            if let host { try? playVarsDirectories[i].loadAdded(host: host) }
        }
    }
}
