import Foundation
import SwansibleCore

extension Inventory {

    /// `groups`: every group's hosts (children included, `--limit` ignored), in the order the
    /// groups were created.
    public func groupsDictionary() -> ValueDict {
        var out = ValueDict()
        for g in data.groups.indices {
            out[string: data.groups[g].name] = .list(data.hostsOf(group: g).map { .string(data.hosts[$0].name) })
        }
        return out
    }

    /// The magic variables the inventory gives a host: `inventory_hostname`,
    /// `inventory_hostname_short`, `group_names`, `inventory_file`, `inventory_dir`.
    public func magicVariables(_ h: Int) -> ValueDict {
        let host = data.hosts[h]
        var out = ValueDict()
        out[string: "inventory_hostname"] = .string(host.name)
        out[string: "inventory_hostname_short"] = .string(String(host.name.prefix { $0 != "." }))
        let names = data.groupsOf(host: h).filter { $0 != InventoryData.all }.map { data.groups[$0].name }
        out[string: "group_names"] = .list(names.sorted { $0.pythonLess($1) }.map { .string($0) })
        if let file = host.inventoryFile {
            let (absolute, dir) = SourcePaths.shared.absolute(file)
            out[string: "inventory_file"] = .string(absolute)
            out[string: "inventory_dir"] = .string(dir)
        } else {
            out[string: "inventory_file"] = host.hostList.map { .string($0) } ?? .null
            out[string: "inventory_dir"] = .null
        }
        return out
    }
}

/// Absolute paths of inventory sources and their folders, computed once per source (every host
/// of a source asks for the same two strings).
final class SourcePaths: @unchecked Sendable {
    static let shared = SourcePaths()
    private let lock = NSLock()
    private var cache: [String: (String, String)] = [:]

    func absolute(_ file: String) -> (String, String) {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[file] { return hit }
        let absolute = URL(fileURLWithPath: file).absoluteURL.standardized.path
        let entry = (absolute, (absolute as NSString).deletingLastPathComponent)
        cache[file] = entry
        return entry
    }
}
