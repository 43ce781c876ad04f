import ArgumentParser
import Foundation
import SwansibleCore

/// The `swansible` command: Ansible's content, run natively.
@main
struct Swansible: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swansible",
        abstract: "Runs Ansible content (inventories, templates, playbooks) with Ansible's semantics.",
        version: SwansibleVersion.text,
        subcommands: [InventoryCommand.self, TemplateCommand.self, RenderCommand.self, PlayCommand.self, LintCommand.self, LabCommand.self]
    )
}

extension Swansible {
    /// As ParsableCommand's, except that `swansible play`'s bad options exit with
    /// ansible-playbook's code 5.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if CommandLine.arguments.dropFirst().first == "play", exitCode(for: error) == .validationFailure {
                Report.printError(fullMessage(for: error))
                Foundation.exit(5)
            }
            exit(withError: error)
        }
    }
}

enum SwansibleVersion {
    static let text = "swansible 0.1.0 (ansible-core 2.21 compatible)"
}

/// Prints diagnostics to standard error and maps them to exit codes.
enum Report {
    static func warn(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { printError(d.description) }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a located error and returns the exit code to leave with.
    static func fail(_ error: any Error, code: Int32 = 1) -> ExitCode {
        if let e = error as? any DiagnosticConvertible {
            printError(e.diagnostic.description)
        } else {
            printError("error: \(error)")
        }
        return ExitCode(code)
    }

    static func write(_ text: String) {
        var out = text
        if !out.hasSuffix("\n") { out += "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
