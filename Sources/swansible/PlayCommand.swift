import ArgumentParser
import Executor
import Foundation
import SwansibleCore
import Variables

/// `swansible play`: ansible-playbook's flags, output and exit codes.
struct PlayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Run playbooks over SSH as ansible-playbook does."
    )

    @Argument(help: "Playbook files.")
    var playbooks: [String] = []

    @Option(name: [.short, .customLong("inventory")], help: "An inventory file, directory or host list (repeatable).")
    var inventory: [String] = []

    @Option(name: [.short, .customLong("limit")], help: "Further limit the selected hosts to a pattern.")
    var limit: String?

    @Option(name: [.short, .customLong("tags")], help: "Only run plays and tasks tagged with these values (repeatable).")
    var tags: [String] = []

    @Option(name: .customLong("skip-tags"), help: "Only run plays and tasks whose tags do not match these values.")
    var skipTags: [String] = []

    @Option(name: [.short, .customLong("extra-vars")], help: "Extra variables: key=value, YAML/JSON, or @file (repeatable).")
    var extraVars: [String] = []

    @Option(name: [.short, .customLong("forks")], help: "Number of parallel hosts (default 5).")
    var forks: Int?

    @Flag(name: [.customShort("C"), .customLong("check")], help: "Don't make any changes; predict some of the changes.")
    var check = false

    @Flag(name: [.customShort("D"), .customLong("diff")], help: "Show the differences in files and templates.")
    var diff = false

    @Flag(name: [.short, .customLong("verbose")], help: "Verbose mode (-vvv for more).")
    var verbose: Int

    @Option(name: [.short, .customLong("user")], help: "Connect as this user.")
    var user: String?

    @Option(name: [.short, .customLong("connection")], help: "Connection type (ssh, local).")
    var connection: String?

    @Flag(name: [.short, .customLong("become")], help: "Run operations with become (sudo).")
    var become = false

    @Option(name: .customLong("become-user"), help: "Run operations as this user (default root).")
    var becomeUser: String?

    @Flag(name: [.customShort("K"), .customLong("ask-become-pass")], help: "Ask for the privilege escalation password.")
    var askBecomePass = false

    @Option(name: [.customLong("private-key"), .customLong("key-file")], help: "The SSH private key file.")
    var privateKey: String?

    @Option(name: .customLong("ssh-common-args"), help: "Arguments for ssh (e.g. ProxyCommand).")
    var sshCommonArgs: String?

    @Option(name: .customLong("ssh-extra-args"), help: "Extra arguments for ssh only.")
    var sshExtraArgs: String?

    @Option(name: .customLong("start-at-task"), help: "Start the playbook at the task matching this name.")
    var startAtTask: String?

    @Flag(name: .customLong("list-hosts"), help: "List the hosts each play would run on.")
    var listHosts = false

    @Flag(name: .customLong("list-tasks"), help: "List all tasks that would be executed.")
    var listTasks = false

    @Flag(name: .customLong("list-tags"), help: "List all available tags.")
    var listTags = false

    @Flag(name: .customLong("syntax-check"), help: "Perform a syntax check on the playbook, but do not execute it.")
    var syntaxCheck = false

    @Flag(name: .customLong("force-handlers"), help: "Run handlers even if a task fails.")
    var forceHandlers = false

    @OptionGroup var vault: VaultOptions

    func run() async throws {
        try vault.install()
        let config = AnsibleConfig()
        var o = PlayOptions()
        o.playbooks = playbooks
        if playbooks.isEmpty {
            Report.printError(
                "usage: swansible play [-h] [-i INVENTORY] ... playbook [playbook ...]\nerror: the following arguments are required: playbook"
            )
            throw ExitCode(5)
        }
        if !inventory.isEmpty {
            o.inventorySources = inventory
        } else if let inv = config.paths("defaults.inventory", separator: ",") {
            o.inventorySources = inv
        } else if FileManager.default.fileExists(atPath: "/etc/ansible/hosts") {
            o.inventorySources = ["/etc/ansible/hosts"]
        }
        o.limit = limit
        o.tags = tags.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        o.skipTags = skipTags.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        do {
            o.extraVars = try ExtraVars.parse(extraVars)
        } catch {
            throw Report.fail(error, code: 5)
        }
        o.forks = forks ?? config["defaults.forks"].flatMap { Int($0) } ?? 5
        if o.forks < 1 {
            Report.printError("[ERROR]: The number of processes (--forks) must be >= 1")
            throw ExitCode(5)
        }
        o.check = check
        o.diff = diff
        o.verbosity = verbose
        o.remoteUser = user ?? config["defaults.remote_user"]
        o.connection = connection
        o.become = become || config.bool("privilege_escalation.become") == true
        o.becomeUser = becomeUser ?? config["privilege_escalation.become_user"]
        if askBecomePass {
            guard isatty(0) != 0 else {
                Report.printError("[ERROR]: -K needs a terminal to read the BECOME password from")
                throw ExitCode(5)
            }
            o.becomePassword = String(cString: getpass("BECOME password: "))
        }
        o.privateKeyFile = privateKey ?? config["defaults.private_key_file"]
        o.sshCommonArgs = sshCommonArgs
        o.sshExtraArgs = sshExtraArgs
        o.sshArgs = config["ssh_connection.ssh_args"]
        o.controlPathDir = config["ssh_connection.control_path_dir"]
        o.hostKeyChecking = config.bool("defaults.host_key_checking") ?? true
        o.startAtTask = startAtTask
        o.listHosts = listHosts
        o.listTasks = listTasks
        o.listTags = listTags
        o.syntaxCheck = syntaxCheck
        o.forceHandlers = forceHandlers || config.bool("defaults.force_handlers") == true
        o.rolesPath = config.rolesPath()
        o.configFile = config.file
        let noColor = config.bool("defaults.nocolor") == true
        o.color = !noColor && (config.bool("defaults.force_color") == true || isatty(1) != 0)
        // Ctrl-C: ansible-playbook's message and exit code 99 (the ssh children get the signal
        // too; the scripts on the hosts remove their temporary files when their session ends)
        signal(SIGINT) { _ in
            let msg = "\n[ERROR]: User interrupted execution\n"
            _ = msg.withCString { write(2, $0, strlen($0)) }
            _exit(99)
        }
        let display = Display.standard(verbosity: o.verbosity, color: o.color)
        let code = await PlayRunner.run(o, display: display)
        if code != .ok { throw ExitCode(code.rawValue) }
    }
}
