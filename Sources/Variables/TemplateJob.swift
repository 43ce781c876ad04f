import Foundation
import Inventory
import Jinja
import SwansibleCore
import Templating

/// `swansible template`: one template rendered for one host, as `ansible.builtin.template`
/// would write it.
public struct TemplateJob {
    public var source: String
    public var inventorySources: [String]
    public var host: String?
    public var extraVars: ValueDict
    public var dest: String?

    public init(source: String, inventorySources: [String], host: String?, extraVars: ValueDict, dest: String?) {
        self.source = source
        self.inventorySources = inventorySources
        self.host = host
        self.extraVars = extraVars
        self.dest = dest
    }

    public struct Failure: Error, DiagnosticConvertible {
        public var diagnostic: Diagnostic
    }

    /// The bytes the template module would write.
    public func render() throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw Failure(diagnostic: Diagnostic(.error, "could not find or access '\(source)'"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(
                diagnostic: Diagnostic(.error, "'\(source)' is not UTF-8 text", at: SourceLocation(file: source, line: 1, column: 1)))
        }
        var inventory: Inventory
        do {
            inventory = try Inventory.load(sources: inventorySources, basedir: ".")
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
        let h = try selectHost(&inventory)
        let fullpath = URL(fileURLWithPath: source).absoluteURL.standardized.path
        let templar = Templar(searchPath: TemplateJob.searchPath(for: fullpath))
        templar.action = "ansible.builtin.template"
        let manager = VariableManager(
            inventory: inventory, extraVars: extraVars, templar: templar, playbookDir: FileManager.default.currentDirectoryPath)
        let vars = manager.context(h)
        for (k, v) in TemplateJob.templateVariables(path: source, fullpath: fullpath, dest: dest ?? source)
        where vars[k] == nil || k != "ansible_managed" {
            if k == "ansible_managed" && vars[k] != nil { continue }
            vars[k] = v
        }
        // an ad-hoc task's search path (''), the base directory, then what the template action
        // adds: the base directory again and the template's directory
        let cwd = FileManager.default.currentDirectoryPath
        vars["ansible_search_path"] = .list(["", .string(cwd), .string(cwd), .string((fullpath as NSString).deletingLastPathComponent)])
        do {
            return try templar.renderTemplateFile(text, name: source, vars: vars)
        } catch {
            var d = error.diagnostic
            if d.location == nil { d.location = SourceLocation(file: source, line: 1, column: 1) }
            if let host = inventory.data.hosts.indices.contains(h) ? inventory.data.hosts[h].name : nil, !d.message.contains("host ") {
                d.message += " for host \(host)"
            }
            throw Failure(diagnostic: d)
        }
    }

    func selectHost(_ inventory: inout Inventory) throws(Failure) -> Int {
        if let host {
            let hosts: [Int]
            do {
                hosts = try inventory.hosts(matching: host)
            } catch {
                throw Failure(diagnostic: error.diagnostic)
            }
            guard hosts.count == 1, let h = hosts.first else {
                throw Failure(
                    diagnostic: Diagnostic(.error, "--host needs a pattern that matches exactly one host; '\(host)' matches \(hosts.count)")
                )
            }
            return h
        }
        if inventory.data.hosts.filter({ !$0.implicit }).count == 1, let only = inventory.data.hosts.firstIndex(where: { !$0.implicit }) {
            return only
        }
        if inventory.data.hosts.isEmpty || inventorySources.isEmpty {
            return inventory.implicitLocalhost()
        }
        throw Failure(diagnostic: Diagnostic(.error, "the inventory has several hosts: name one with --host"))
    }

    /// The template module's search path: the template's directory and its `templates/`.
    public static func searchPath(for fullpath: String) -> [String] {
        let dir = (fullpath as NSString).deletingLastPathComponent
        let cwd = FileManager.default.currentDirectoryPath
        return [(cwd as NSString).appendingPathComponent("templates"), cwd, (dir as NSString).appendingPathComponent("templates"), dir]
    }

    /// `template_host`, `template_path`... and `ansible_managed`.
    public static func templateVariables(path: String, fullpath: String, dest: String) -> [String: Value] {
        let attrs = (try? FileManager.default.attributesOfItem(atPath: fullpath)) ?? [:]
        let owner = (attrs[.ownerAccountName] as? String) ?? String(getuid())
        let mtime = (attrs[.modificationDate] as? Date) ?? Date()
        return [
            "template_host": .string(ProcessInfo.processInfo.hostName),
            "template_path": .string(path),
            "template_fullpath": .string(fullpath),
            "template_destpath": .string(dest),
            "template_uid": .string(owner),
            "template_mtime": .date(isoDate(mtime)),
            "template_run_date": .date(isoDate(Date())),
            "ansible_managed": "Ansible managed",
        ]
    }

    static func isoDate(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS"
        return f.string(from: d)
    }
}
