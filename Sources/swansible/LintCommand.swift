import ArgumentParser
import Foundation
import Lint
import SwansibleCore
import Variables

/// `swansible lint`: ansible-lint's rules and output (pep8 format), plus template checks.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Checks playbooks, roles and templates with ansible-lint's rule ids (its -f pep8 output).")

    @Argument(help: "Files or directories to lint (default: the current directory).")
    var paths: [String] = []

    @Option(name: [.customShort("f"), .long], help: "Output format (pep8 only).")
    var format: String = "pep8"

    @Option(
        name: [.customShort("i"), .long],
        help: "Inventory (file, directory or host list, repeatable): also report names no source defines.")
    var inventory: [String] = []

    @Option(
        name: [.short, .customLong("extra-vars")],
        help: "Extra variables the run would get (key=value, YAML/JSON, @file): defined for -i's check.")
    var extraVars: [String] = []

    @Flag(name: .long, help: "Accepted for ansible-lint's command line; output has no colour.")
    var nocolor = false

    @Flag(name: .long, help: "Accepted for ansible-lint's command line; swansible never goes online.")
    var offline = false

    func run() throws {
        guard format == "pep8" else {
            Report.printError("swansible lint: only the pep8 format is implemented (-f pep8)")
            throw ExitCode(2)
        }
        var linter = Linter(paths: paths)
        linter.inventorySources = inventory
        do {
            linter.extraNames = Set(try ExtraVars.parse(extraVars).keys.compactMap(\.stringValue))
        } catch {
            Report.printError(error.diagnostic.description)
            throw ExitCode(2)
        }
        let report: Linter.Report
        do {
            report = try linter.run()
        } catch {
            Report.printError(error.diagnostic.description)
            throw ExitCode(3)
        }
        var out = ""
        for m in report.matches { out += Linter.pep8(m) + "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
        let summary =
            report.exitCode == 0
            ? "Passed: \(report.failures) failure(s), \(report.warnings) warning(s) in \(report.files) files processed."
            : "Failed: \(report.failures) failure(s), \(report.warnings) warning(s) in \(report.files) files processed."
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
