import ArgumentParser
import Foundation
import SwansibleCore
import Variables

/// `swansible template`: what `ansible.builtin.template` would write.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Render a template for a host exactly as ansible.builtin.template writes it."
    )

    @Argument(help: "The template file.")
    var source: String

    @Option(name: [.short, .customLong("inventory")], help: "An inventory file, directory or host list (repeatable).")
    var inventory: [String] = []

    @Option(name: .customLong("host"), help: "The host whose variables are used.")
    var host: String?

    @Option(name: [.short, .customLong("extra-vars")], help: "Extra variables: key=value, YAML/JSON, or @file (repeatable).")
    var extraVars: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Write here (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var vault: VaultOptions

    func run() throws {
        try vault.install()
        do {
            let extra = try ExtraVars.parse(extraVars)
            let job = TemplateJob(
                source: source, inventorySources: InventoryCommand.sources(inventory), host: host, extraVars: extra, dest: output)
            let text = try job.render()
            if let output {
                try AtomicFile.write(text, to: output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        } catch {
            throw Report.fail(error)
        }
    }
}

/// Writes a file through a temporary file in the same directory and a rename, so that a
/// failure leaves the old file in place.
enum AtomicFile {
    struct WriteError: Error, DiagnosticConvertible {
        var diagnostic: Diagnostic
    }

    static func write(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = ((dir.isEmpty ? "." : dir) as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).swansible-\(getpid())")
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)) else {
            throw WriteError(diagnostic: Diagnostic(.error, "cannot write '\(path)'"))
        }
        if rename(tmp, path) != 0 {
            try? FileManager.default.removeItem(atPath: tmp)
            throw WriteError(diagnostic: Diagnostic(.error, "cannot write '\(path)': \(String(cString: strerror(errno)))"))
        }
    }
}
