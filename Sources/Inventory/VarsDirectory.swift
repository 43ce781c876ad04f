import Foundation
import SwansibleCore
import YAML

/// The `group_vars/` and `host_vars/` of one directory, loaded for the groups and hosts of
/// the inventory (Ansible's `host_group_vars` vars plugin).
struct VarsDirectory: Sendable {
    var groupVars: [String: ValueDict] = [:]
    var hostVars: [String: ValueDict] = [:]
    var warnings: [Diagnostic] = []
    /// The directory holding group_vars/ and host_vars/.
    var base = "."

    static let extensions = ["", ".yml", ".yaml", ".json"]

    static func load(base: String, data: InventoryData) throws(InventoryError) -> VarsDirectory {
        var out = VarsDirectory()
        out.base = base
        let groupDir = (base as NSString).appendingPathComponent("group_vars")
        let hostDir = (base as NSString).appendingPathComponent("host_vars")
        let groupEntries = Set((try? FileManager.default.contentsOfDirectory(atPath: groupDir)) ?? [])
        let hostEntries = Set((try? FileManager.default.contentsOfDirectory(atPath: hostDir)) ?? [])
        if !groupEntries.isEmpty {
            for g in data.groups {
                if let vars = try out.loadEntity(g.name, dir: groupDir, entries: groupEntries) { out.groupVars[g.name] = vars }
            }
        }
        if !hostEntries.isEmpty {
            for h in data.hosts where !h.name.hasPrefix("/") {
                if let vars = try out.loadEntity(h.name, dir: hostDir, entries: hostEntries) { out.hostVars[h.name] = vars }
            }
        }
        return out
    }

    /// Loads the files of a group or host added while a play runs (group_by, add_host).
    mutating func loadAdded(group: String? = nil, host: String? = nil) throws(InventoryError) {
        if let group, groupVars[group] == nil {
            let dir = (base as NSString).appendingPathComponent("group_vars")
            let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            if !entries.isEmpty, let vars = try loadEntity(group, dir: dir, entries: entries) { groupVars[group] = vars }
        }
        if let host, hostVars[host] == nil {
            let dir = (base as NSString).appendingPathComponent("host_vars")
            let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            if !entries.isEmpty, let vars = try loadEntity(host, dir: dir, entries: entries) { hostVars[host] = vars }
        }
    }

    /// The merged variables of the first of NAME, NAME.yml, NAME.yaml, NAME.json that exists
    /// (a directory: all its files, sorted, recursively).
    mutating func loadEntity(_ name: String, dir: String, entries: Set<String>) throws(InventoryError) -> ValueDict? {
        for ext in VarsDirectory.extensions where entries.contains(name + ext) {
            let path = (dir as NSString).appendingPathComponent(name + ext)
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            let files = isDir.boolValue ? VarsDirectory.filesIn(path) : [path]
            var merged: ValueDict?
            for file in files {
                let (value, warnings): (Value, [Diagnostic])
                do {
                    (value, warnings) = try YAMLLoader.loadFile(file)
                } catch {
                    throw InventoryError(error)
                }
                self.warnings.append(contentsOf: warnings)
                switch value {
                case .null:
                    continue
                case .dict(let d):
                    if d.isEmpty { continue }
                    if merged == nil { merged = ValueDict() }
                    merged?.update(d)
                default:
                    if !value.isTruthy { continue }
                    throw InventoryError(
                        .yaml,
                        Diagnostic(
                            .error, "a vars file must hold a mapping of variables, found \(value.pythonTypeName)",
                            at: SourceLocation(file: file, line: 1, column: 1)))
                }
            }
            return merged
        }
        return nil
    }

    static func filesIn(_ dir: String) -> [String] {
        var out: [String] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted { $0.pythonLess($1) }
        for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let path = (dir as NSString).appendingPathComponent(name)
            let ext = (name as NSString).pathExtension
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue && ext.isEmpty {
                out.append(contentsOf: filesIn(path))
            } else if !isDir.boolValue && (ext.isEmpty || extensions.contains("." + ext)) {
                out.append(path)
            }
        }
        return out
    }
}
