import Foundation
import Inventory
import Playbook
import SwansibleCore

/// The entry point of `swansible play`: checks, listings, then the run.
public enum PlayRunner {
    public static func run(_ options: PlayOptions, display: Display) async -> PlayExit {
        if options.verbosity > 0 {
            display.display(options.configFile.map { "Using \($0) as config file" } ?? "No config file found; using defaults")
        }
        let playbooks: [[Play]]
        do {
            playbooks = try PlaybookExecutor.load(options)
        } catch {
            report(error.diagnostic, display: display)
            return error.exit
        }
        if options.syntaxCheck || options.listHosts || options.listTasks || options.listTags {
            return Listing.print(playbooks, options: options, display: display)
        }
        let executor: PlaybookExecutor
        do {
            executor = try PlaybookExecutor(options: options, display: display)
        } catch {
            report(error.diagnostic, display: display)
            return error.exit
        }
        return await executor.run(playbooks)
    }

    /// An error before the run, as Ansible prints it: the message and its origin.
    static func report(_ d: Diagnostic, display: Display) {
        var text = d.message
        if let loc = d.location { text += "\n" + ErrorContext.origin(loc) }
        display.error(text)
    }
}

/// `--syntax-check`, `--list-hosts`, `--list-tasks`, `--list-tags`.
enum Listing {
    static func print(_ playbooks: [[Play]], options: PlayOptions, display: Display) -> PlayExit {
        // ansible-playbook lists every tag, `never` too, when --list-tags is given without --tags or --skip-tags.
        let only = options.listTags && options.tags.isEmpty && options.skipTags.isEmpty ? ["never", "all"] : options.tags
        for (path, plays) in zip(options.playbooks, playbooks) {
            display.display("\nplaybook: \(path)")
            if options.syntaxCheck { continue }
            for (i, play) in plays.enumerated() {
                let tags = (play.keywords[string: "tags"].map(PlaybookLoader.tagList) ?? []).map { $0.stringValue ?? "" }
                display.display("\n  play #\(i + 1) (\(play.hosts)): \(play.name ?? play.hosts)\tTAGS: [\(tags.joined(separator: ", "))]")
                if options.listHosts {
                    display.display(
                        "    pattern: \(PythonFormat.repr(.list(play.hosts.split(separator: ",").map { .string(String($0)) })))")
                    let hosts = listedHosts(play, options: options)
                    display.display("    hosts (\(hosts.count)):")
                    for h in hosts { display.display("      \(h)") }
                }
                if options.listTasks {
                    display.display("    tasks:")
                    for t in flatten(play.tasks) where TagFilter.selected(t, only: only, skip: options.skipTags) {
                        // ansible-playbook sorts the task's tags with the play's; an unnamed task is its action alone.
                        let tt = Set((t.keywords[string: "tags"].map(PlaybookLoader.tagList) ?? []).map { $0.stringValue ?? "" })
                        let title =
                            t.name.map { PlaybookExecutor.prefixed($0, t) }
                            ?? t.module
                        display.display("      \(title)\tTAGS: [\(tt.sorted().joined(separator: ", "))]")
                    }
                }
                if options.listTags {
                    var all = Set<String>()
                    for t in flatten(play.tasks) where TagFilter.selected(t, only: only, skip: options.skipTags) {
                        for x in t.keywords[string: "tags"].map(PlaybookLoader.tagList) ?? [] { all.insert(x.stringValue ?? "") }
                    }
                    display.display("      TASK TAGS: [\(all.sorted().joined(separator: ", "))]")
                }
            }
        }
        return .ok
    }

    static func listedHosts(_ play: Play, options: PlayOptions) -> [String] {
        guard var inventory = try? Inventory.load(sources: options.inventorySources, basedir: nil) else { return [] }
        let limit = options.limit.flatMap { try? Inventory.limitPatterns($0) }
        guard let hosts = try? inventory.hosts(matching: play.hosts, limit: limit) else { return [] }
        return hosts.map { inventory.data.hosts[$0].name }
    }

    /// The tasks ansible-playbook lists: a block's own tasks, not its rescue or always sections.
    static func flatten(_ tasks: [Task]) -> [Task] {
        tasks.flatMap { t in t.block.map { flatten($0) } ?? [t] }
    }
}
