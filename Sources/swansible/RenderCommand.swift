import ArgumentParser
import Foundation
import SwansibleCore
import Variables

/// `swansible render`: every template of a playbook, for every host, into a directory.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render every template task of a playbook for every host into DIR/HOST/<dest> (for CI diffs)."
    )

    @Argument(help: "The playbook.")
    var playbook: String

    @Option(name: [.short, .customLong("inventory")], help: "An inventory file, directory or host list (repeatable).")
    var inventory: [String] = []

    @Option(name: .customLong("out"), help: "The directory to write into.")
    var out: String

    @Option(name: [.short, .customLong("limit")], help: "Limit to hosts matching a pattern.")
    var limit: String?

    @Flag(name: .customLong("validate"), help: "Run each task's validate: command on what it rendered.")
    var validate = false

    @Option(name: [.short, .customLong("extra-vars")], help: "Extra variables: key=value, YAML/JSON, or @file (repeatable).")
    var extraVars: [String] = []

    @OptionGroup var vault: VaultOptions

    func run() throws {
        try vault.install()
        do {
            let job = RenderJob(
                playbook: playbook, inventorySources: InventoryCommand.sources(inventory), outDir: out, limit: limit, validate: validate,
                extraVars: try ExtraVars.parse(extraVars))
            let report = try job.run()
            for line in report.files { print(line) }
            print("rendered \(report.files.count) files, validated \(report.validated), skipped \(report.skipped)")
        } catch {
            throw Report.fail(error)
        }
    }
}
