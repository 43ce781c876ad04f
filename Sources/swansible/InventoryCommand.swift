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

    @Option(name: [.short, .customLong("inventory"), .customLong("inventory-file")], help: "An inventory file, directory or host list (repeatable).")
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
        do {
            let inv = try Inventory.load(sources: InventoryCommand.sources(inventory), basedir: ".")
            Report.warn(inv.warnings)
            var report = InventoryReport(inventory: inv)
            if let host {
                Report.write(yaml ? try report.hostYAML(host) : try report.host(host))
                return
            }
            if let limit { report.limit = try Inventory.limitPatterns(limit) }
            if graph {
                Report.write(try report.graph(group: pattern ?? "all", showVars: showVars))
            } else if yaml {
                Report.write(try report.yamlList())
            } else {
                Report.write(try report.list())
            }
        } catch {
            throw Report.fail(error)
        }
    }

    /// The sources to read: `-i` values, else ANSIBLE_INVENTORY, else /etc/ansible/hosts.
    static func sources(_ given: [String]) -> [String] {
        if !given.isEmpty { return given }
        if let env = ProcessInfo.processInfo.environment["ANSIBLE_INVENTORY"], !env.isEmpty {
            return env.split(separator: ",").map(String.init)
        }
        return FileManager.default.fileExists(atPath: "/etc/ansible/hosts") ? ["/etc/ansible/hosts"] : []
    }
}
