import ArgumentParser
import Foundation
import Inventory
import SwansibleCore

/// `swansible inventory`: what `ansible-inventory` prints.
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "Show the inventory as ansible-inventory does (--list, --host, --graph)."
    )

    @Option(
        name: [.short, .customLong("inventory"), .customLong("inventory-file")],
        help: "An inventory file, directory or host list (repeatable).")
    var inventory: [String] = []

    @Flag(name: .customLong("list"), help: "Print all groups and hosts with their variables, as JSON.")
    var list = false

    @Option(name: .customLong("host"), help: "Print the variables of one host.")
    var host: String?

    @Flag(name: .customLong("graph"), help: "Print the group tree (from GROUP, default all).")
    var graph = false

    @Flag(name: .customLong("vars"), help: "With --graph, show variables.")
    var showVars = false

    @Flag(name: [.short, .customLong("yaml")], help: "With --list, print YAML.")
    var yaml = false

    @Option(name: [.short, .customLong("limit")], help: "Limit to hosts matching a pattern.")
    var limit: String?

    @OptionGroup var vault: VaultOptions

    @Argument(help: "With --graph, the group to start from.")
    var pattern: String?

    func run() throws {
        let actions = [list, host != nil, graph].filter { $0 }.count
        if actions != 1 {
            Report.printError(
                actions == 0
                    ? "error: no action selected: one of --host, --graph or --list is needed"
                    : "error: conflicting options: only one of --host, --graph or --list can be used at a time")
            throw ExitCode(5)
        }
        try vault.install()
        var report: InventoryReport
        do {
            let inv = try Inventory.load(sources: InventoryCommand.sources(inventory), basedir: ".")
            Report.warn(inv.warnings)
            report = InventoryReport(inventory: inv)
        } catch {
            throw Report.fail(error)
        }
        do {
            let output: String
            if let host {
                output = yaml ? try report.hostYAML(host) : try report.host(host)
            } else {
                if let limit { report.limit = try Inventory.limitPatterns(limit) }
                if graph {
                    output = try report.graph(group: pattern ?? "all", showVars: showVars)
                } else if yaml {
                    output = try report.yamlList()
                } else {
                    output = try report.list()
                }
            }
            Report.warn(report.inventory.warnings.filter { $0.message.hasPrefix("could not match") })
            Report.write(output)
        } catch {
            throw Report.fail(error, code: error.kind == .usage ? 5 : 1)
        }
    }

    /// The sources to read: `-i` values, else ANSIBLE_INVENTORY or ansible.cfg's `inventory`,
    /// else /etc/ansible/hosts.
    static func sources(_ given: [String]) -> [String] {
        if !given.isEmpty { return given }
        if let configured = AnsibleConfig().paths("defaults.inventory", separator: ","), !configured.isEmpty {
            return configured
        }
        return FileManager.default.fileExists(atPath: "/etc/ansible/hosts") ? ["/etc/ansible/hosts"] : []
    }
}
