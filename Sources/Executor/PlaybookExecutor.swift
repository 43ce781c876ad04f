import Connection
import Foundation
import Inventory
import Jinja
import Modules
import Playbook
import SwansibleCore
import Templating
import Variables
import YAML

/// ansible-playbook: loads the inventory and playbooks, runs each play with the linear
/// strategy, prints the default callback's output and returns ansible-playbook's exit code.
public actor PlaybookExecutor {
    let options: PlayOptions
    let display: Display
    let callback: DefaultCallback
    var inventory: Inventory
    var manager: VariableManager
    let templar: Templar
    var hosts: [String: HostState] = [:]
    var stats: [String: HostStats] = [:]
    var anyFailed = false
    var anyUnreachable = false
    var templars: [String: Templar] = [:]
    /// An error that ends the whole run (ansible-core raises it out of the strategy): no recap,
    /// exit 1.
    var fatalError: String?
    /// Jobs started with `async` and `poll: 0`, by job id.
    var asyncJobs: [String: AsyncJob] = [:]
    /// The running play's `module_defaults`.
    var playModuleDefaults: Value?
    /// `vars_prompt` answers (above play vars).
    var promptedVars: [String: Value] = [:]
    /// `--start-at-task`: whether the task has been reached (across plays).
    var startedAtTask = false
    let controlPathDir: String

    /// Prepares a run; fails on an inventory that cannot be read.
    public init(options: PlayOptions, display: Display) throws(PlayFailure) {
        self.options = options
        self.display = display
        callback = DefaultCallback(display: display)
        do {
            inventory = try Inventory.load(sources: options.inventorySources, basedir: nil)
        } catch {
            throw PlayFailure(error.diagnostic, exit: .error)
        }
        for w in inventory.warnings { display.warning(w.message) }
        // ansible-core's InventoryManager.parse_sources and CLI.get_host_list
        let config = AnsibleConfig()
        if options.inventorySources.isEmpty && config.bool("inventory.inventory_unparsed_warning") != false {
            display.warning("No inventory was parsed, only implicit localhost is available")
        }
        if !inventory.data.hosts.contains(where: { !$0.implicit }) && config.bool("defaults.localhost_warning") != false {
            display.warning(
                "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'")
        }
        let playDir =
            options.playbooks.first.map { URL(fileURLWithPath: ($0 as NSString).deletingLastPathComponent).absoluteURL.standardized.path }
            ?? FileManager.default.currentDirectoryPath
        templar = Templar(searchPath: [playDir])
        manager = VariableManager(inventory: inventory, extraVars: options.extraVars, templar: templar, playbookDir: playDir)
        let env = ProcessInfo.processInfo.environment
        let ansibleHome = env["ANSIBLE_HOME"] ?? ((env["HOME"] ?? NSTemporaryDirectory()) as NSString).appendingPathComponent(".ansible")
        controlPathDir = options.controlPathDir ?? (ansibleHome as NSString).appendingPathComponent("cp")
    }

    /// Loads every playbook and checks it before anything runs.
    public static func load(_ options: PlayOptions) throws(PlayFailure) -> [[Play]] {
        var out: [[Play]] = []
        for path in options.playbooks {
            let parent = (path as NSString).deletingLastPathComponent
            let loader = PlaybookLoader(
                rolesPath: options.rolesPath, expandIncludes: false,
                basedir: URL(fileURLWithPath: parent.isEmpty ? "." : parent).absoluteURL.standardized.path)
            guard FileManager.default.fileExists(atPath: path) else {
                throw PlayFailure(Diagnostic(.error, "the playbook: \(path) could not be found"), exit: .error)
            }
            do {
                let plays = try loader.loadPlaybook(path)
                try Preflight.check(plays, listing: options.syntaxCheck || options.listHosts || options.listTasks || options.listTags)
                out.append(plays)
            } catch {
                throw PlayFailure(error.diagnostic, exit: PlayExit(rawValue: error.exit) ?? .hostUnreachable)
            }
        }
        return out
    }

    /// Runs the playbooks; returns ansible-playbook's exit code.
    public func run(_ playbooks: [[Play]]) async -> PlayExit {
        for plays in playbooks {
            for play in plays {
                let stop = await runPlay(play)
                if stop || fatalError != nil { break }
            }
            if fatalError != nil { return .error }
        }
        callback.recap(stats)
        if anyUnreachable { return .hostUnreachable }
        if anyFailed { return .hostFailed }
        return .ok
    }

    func state(_ h: Int) -> HostState {
        let name = inventory.data.hosts[h].name
        if let s = hosts[name] { return s }
        let s = HostState(index: h, name: name)
        hosts[name] = s
        return s
    }

    // MARK: plays

    /// Runs one play; true when the run must stop (every host failed).
    func runPlay(_ play: Play) async -> Bool {
        playModuleDefaults = play.keywords[string: "module_defaults"]
        let limit: [String]?
        do {
            limit = try options.limit.map { (l: String) throws(InventoryError) -> [String] in try Inventory.limitPatterns(l) }
        } catch {
            display.error(error.diagnostic.message)
            anyFailed = true
            return true
        }
        let pattern = templatePlayValue(play.hosts, play: play)
        var selected: [Int] = []
        do {
            selected = try inventory.hosts(matching: pattern, limit: limit)
            manager.adopt(inventory)
        } catch {
            display.warning(error.diagnostic.message)
        }
        let name = play.name.map { templatePlayValue($0, play: play) } ?? pattern
        var states = selected.map { state($0) }.filter { !$0.failed && !$0.unreachable }
        switch play.keywords[string: "order"]?.stringValue ?? "inventory" {
        case "reverse_inventory": states.reverse()
        case "sorted": states.sort { $0.name < $1.name }
        case "reverse_sorted": states.sort { $0.name > $1.name }
        case "shuffle": states.shuffle()
        default: break
        }
        if let prompts = play.keywords[string: "vars_prompt"]?.listValue, !prompts.isEmpty {
            for p in prompts {
                guard case .dict(let d) = p, let varName = d[string: "name"]?.stringValue else { continue }
                if options.extraVars[string: varName] != nil { continue }
                guard isatty(0) != 0 else {
                    display.error("vars_prompt '\(varName)' needs a terminal to ask on; give it with -e \(varName)=...")
                    anyFailed = true
                    return true
                }
                let prompt = d[string: "prompt"]?.stringValue ?? varName
                let answer: String
                if d[string: "private"].flatMap({ ModuleArgs.boolean($0) }) ?? true {
                    answer = String(cString: getpass("\(prompt): "))
                } else {
                    FileHandle.standardOutput.write(Data("\(prompt): ".utf8))
                    answer = readLine() ?? ""
                }
                promptedVars[varName] = .string(answer.isEmpty ? (d[string: "default"].map { PythonFormat.str($0) } ?? "") : answer)
            }
        }
        for s in states { s.ended = false }
        if states.isEmpty {
            callback.playStart(name, check: false)
            callback.noHostsMatched()
            return false
        }
        let varsFiles = loadVarsFiles(play)
        for batch in batches(states, play: play) {
            callback.playStart(name, check: false)
            let names: [Value] = batch.map { .string($0.name) }
            var common: [String: Value] = [
                "ansible_play_hosts": .list(names), "ansible_play_hosts_all": .list(states.map { .string($0.name) }),
                "ansible_play_batch": .list(names), "play_hosts": .list(names), "ansible_play_name": .string(name),
                "ansible_check_mode": .bool(options.check), "ansible_diff_mode": .bool(options.diff), "ansible_forks": .int(options.forks),
                "ansible_verbosity": .int(options.verbosity),
                "playbook_dir": .string(URL(fileURLWithPath: play.directory.isEmpty ? "." : play.directory).absoluteURL.standardized.path),
                "ansible_play_role_names": .list(play.roles.map { .string($0.name) }),
                "ansible_role_names": .list(play.roles.map { .string($0.name) }),
            ]
            if !options.inventorySources.isEmpty {
                common["ansible_inventory_sources"] = .list(
                    options.inventorySources.map { .string(URL(fileURLWithPath: $0).absoluteURL.standardized.path) })
            }
            manager.setCommon(common)
            let context = PlayContext(play: play, varsFiles: varsFiles)
            if gatherFacts(play) {
                var setup = Task(
                    name: "Gathering Facts", module: "setup", args: ValueDict(), keywords: ValueDict(), location: play.location, role: nil)
                setup.id = -play.location.line
                if let sub = play.keywords[string: "gather_subset"] { setup.args[string: "gather_subset"] = sub }
                await runTask(setup, on: batch, context: context, handler: false)
            }
            for section in play.sections {
                if context.ended { break }
                await runTasks(section, on: batch, context: context)
                if context.ended { break }
                await flushHandlers(play, batch, context)
            }
            // ansible-playbook stops when every host of a batch has failed
            if batch.allSatisfy({ $0.failed || $0.unreachable }) { return true }
            if context.ended { break }
        }
        return false
    }

    /// `serial`: batch sizes (numbers, percentages, or a list of them; the last repeats).
    func batches(_ hosts: [HostState], play: Play) -> [[HostState]] {
        guard let serial = play.keywords[string: "serial"] else { return [hosts] }
        var sizes: [Int] = []
        for v in serial.listValue ?? [serial] {
            let text = PythonFormat.str(v).trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("%"), let pct = Double(text.dropLast()) {
                sizes.append(max(1, Int(Double(hosts.count) * pct / 100)))
            } else if let n = Int(text) {
                sizes.append(n <= 0 ? hosts.count : n)
            }
        }
        if sizes.isEmpty { return [hosts] }
        var out: [[HostState]] = []
        var i = 0
        var k = 0
        while i < hosts.count {
            let n = sizes[min(k, sizes.count - 1)]
            out.append(Array(hosts[i..<min(hosts.count, i + n)]))
            i += n
            k += 1
        }
        return out
    }

    func gatherFacts(_ play: Play) -> Bool {
        guard let g = play.keywords[string: "gather_facts"] else {
            let env = ProcessInfo.processInfo.environment["ANSIBLE_GATHERING"] ?? "implicit"
            return env != "explicit"
        }
        return ModuleArgs.boolean(g) ?? true
    }

    func templatePlayValue(_ text: String, play: Play) -> String {
        guard TemplateVariables.holdsTemplate(.string(text)) else { return text }
        var vars: [String: Value] = [:]
        for (k, v) in play.vars.items { vars[PythonFormat.str(k)] = v }
        for (k, v) in options.extraVars.items { vars[PythonFormat.str(k)] = v }
        if let v = try? templar.templateString(text, name: play.location.file, vars: TemplateVariables(vars)) { return Templar.textOf(v) }
        return text
    }

    func loadVarsFiles(_ play: Play) -> [(String, ValueDict)] {
        var out: [(String, ValueDict)] = []
        for f in play.varsFiles {
            for candidate in f.listValue ?? [f] {
                let name = templatePlayValue(candidate.stringValue ?? PythonFormat.str(candidate), play: play)
                let path = name.hasPrefix("/") ? name : (play.directory as NSString).appendingPathComponent(name)
                if let (v, _) = try? YAMLLoader.loadFile(path) {
                    out.append((path, v.dictValue ?? ValueDict()))
                    break
                }
            }
        }
        return out
    }

    // MARK: task lists, blocks, handlers

    func runTasks(_ tasks: [Task], on hosts: [HostState], context: PlayContext) async {
        for task in tasks {
            if context.ended { return }
            let active = hosts.filter { $0.active }
            if active.isEmpty { return }
            if let block = task.block {
                await runBlock(task, block, on: active, context: context)
                continue
            }
            guard TagFilter.selected(task, only: options.tags, skip: options.skipTags) else { continue }
            if let start = options.startAtTask, !startedAtTask {
                if taskTitle(task) != start && task.name != start { continue }
                startedAtTask = true
            }
            await runTask(task, on: active, context: context, handler: false)
        }
    }

    func runBlock(_ task: Task, _ block: [Task], on hosts: [HostState], context: PlayContext) async {
        await runTasks(block, on: hosts, context: context)
        let failedInBlock = hosts.filter { $0.failed }
        if let rescue = task.rescue, !rescue.isEmpty, !failedInBlock.isEmpty {
            for h in failedInBlock {
                h.failed = false
                if let (t, result) = h.lastFailure {
                    var attrs = ValueDict()
                    attrs[string: "name"] = t.name.map { .string($0) } ?? .string("")
                    attrs[string: "action"] = .string(t.module)
                    attrs[string: "args"] = .dict(t.args)
                    h.setFacts["ansible_failed_task"] = .dict(attrs)
                    h.setFacts["ansible_failed_result"] = result
                    updateLayer(h)
                }
                if var s = stats[h.name], s.failures > 0 {
                    s.failures -= 1
                    s.rescued += 1
                    stats[h.name] = s
                }
            }
            anyFailed = stats.values.contains { $0.failures > 0 }
            await runTasks(rescue, on: failedInBlock, context: context)
        }
        if let always = task.always, !always.isEmpty {
            let failed = hosts.filter { $0.failed }
            for h in failed { h.failed = false }
            await runTasks(always, on: hosts.filter { !$0.unreachable && !$0.ended }, context: context)
            for h in failed { h.failed = true }
        }
    }

    func flushHandlers(_ play: Play, _ hosts: [HostState], _ context: PlayContext) async {
        // of handlers with the same name, the last one loaded is the one that runs
        let handlers = play.handlers + context.includedHandlers
        var lastIndex: [String: Int] = [:]
        for (i, h) in handlers.enumerated() { lastIndex[handlerName(h)] = i }
        // passes in handler order until none is left to run: a handler notified by a handler
        // listed after it still runs in this flush
        var ran: [String: Set<Int>] = [:]
        var progress = true
        while progress {
            progress = false
            for (i, handler) in handlers.enumerated() {
                let title = handlerName(handler)
                if lastIndex[title] != i && handler.listen.isEmpty { continue }
                let targets = hosts.filter { h in
                    (h.active || (options.forceHandlers && h.failed && !h.unreachable))
                        && !(ran[h.name]?.contains(i) ?? false)
                        && (h.notified.contains(title) || h.notified.contains(where: handler.listen.contains))
                }
                if targets.isEmpty { continue }
                for h in targets { ran[h.name, default: []].insert(i) }
                await runTask(handler, on: targets, context: context, handler: true)
                progress = true
            }
        }
        for h in hosts { h.notified.removeAll() }
    }

    func handlerName(_ t: Task) -> String {
        t.name ?? t.module
    }

    /// The title in `TASK [...]`: `role : name`, the name, or the action.
    func taskTitle(_ task: Task) -> String {
        let name = (task.name?.trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : $0 } ?? task.module
        return Self.prefixed(name, task)
    }

    /// A task's name as Ansible's get_name() gives it: after its role's (include_role's own
    /// get_name() has none, even inside a role).
    static func prefixed(_ name: String, _ task: Task) -> String {
        guard let role = task.role, task.action != "include_role" else { return name }
        return "\(role.name) : \(name)"
    }

    // MARK: one task on its hosts

    func runTask(_ task: Task, on hosts: [HostState], context: PlayContext, handler: Bool) async {
        if task.action == "meta" {
            await runMeta(task, on: hosts, context: context)
            return
        }
        if task.action == "include_tasks" || task.action == "include_role" {
            await runInclude(task, on: hosts, context: context)
            return
        }
        let check = taskCheckMode(task)
        let title = taskTitle(task)
        callback.taskStart(id: task.id, title: title, handler: handler, check: false, path: "\(task.location.file):\(task.location.line)")
        // pause and add_host run once for all hosts, as their action plugins bypass the host loop
        let runOnce =
            (task.keywords[string: "run_once"]).flatMap { ModuleArgs.boolean($0) } ?? (task.action == "pause" || task.action == "add_host")
        let targets = runOnce ? Array(hosts.prefix(1)) : hosts
        var results: [TaskResult?] = Array(repeating: nil, count: targets.count)
        var printed = 0
        await withTaskGroup(of: (Int, TaskResult).self) { group in
            var next = 0
            func launch() {
                guard next < targets.count else { return }
                let i = next
                let host = targets[i]
                next += 1
                group.addTask { (i, await self.execute(task, host: host, context: context, check: check)) }
            }
            // throttle: at most that many hosts at a time for this task (never more than forks)
            var width = max(1, options.forks)
            if let t = task.keywords[string: "throttle"], let n = Int(PythonFormat.str(t)), n > 0 { width = min(width, n) }
            for _ in 0..<width { launch() }
            for await (i, r) in group {
                results[i] = r
                while printed < results.count, let done = results[printed] {
                    record(done, task: task, host: targets[printed], context: context)
                    printed += 1
                }
                launch()
            }
        }
        // an action that bypasses the host loop gives its result to the first host only; run_once to all
        let explicitRunOnce = (task.keywords[string: "run_once"]).flatMap { ModuleArgs.boolean($0) } ?? false
        if runOnce, explicitRunOnce, let first = results.first ?? nil {
            for h in hosts.dropFirst() where first.status != .failed {
                if let reg = task.keywords[string: "register"]?.stringValue { h.setFacts[reg] = first.registered }
                if case .dict(let facts)? = first.result[string: "ansible_facts"] {
                    for (k, v) in facts.items { h.setFacts[k.stringValue ?? PythonFormat.str(k)] = v }
                }
                updateLayer(h)
            }
            if first.status == .failed && !first.ignoreErrors {
                for h in hosts { h.failed = true }
            }
        }
        let anyErrorsFatal =
            task.keywords[string: "any_errors_fatal"].flatMap { ModuleArgs.boolean($0) }
            ?? context.play.keywords[string: "any_errors_fatal"].flatMap { ModuleArgs.boolean($0) } ?? false
        if anyErrorsFatal, results.contains(where: { $0?.status == .failed && $0?.ignoreErrors == false }) {
            for h in hosts where h.active { h.failed = true }
        }
        if let pct = context.play.keywords[string: "max_fail_percentage"]?.numeric, !hosts.isEmpty {
            let failed = hosts.filter { $0.failed }.count
            if Double(failed) / Double(hosts.count) * 100 > pct {
                for h in hosts where h.active { h.failed = true }
                callback.noHostsRemaining()
            }
        }
    }

    func taskCheckMode(_ task: Task) -> Bool {
        if let c = task.keywords[string: "check_mode"], let b = ModuleArgs.boolean(c) { return b }
        return options.check
    }

    /// Counts, notifies, registers and prints a host's result.
    func record(_ r: TaskResult, task: Task, host: HostState, context: PlayContext) {
        if fatalError != nil { return }
        // a notification for a handler the play does not have ends the run, as in ansible-core
        if r.status == .ok, r.changed {
            let handlers = context.play.handlers + context.includedHandlers
            for n in r.notify where !handlers.contains(where: { handlerName($0) == n || $0.listen.contains(n) }) {
                let message =
                    "The requested handler '\(n)' was not found in either the main handlers list nor in the listening handlers list"
                callback.display.error(message)
                fatalError = message
                context.ended = true
                return
            }
        }
        var s = stats[host.name] ?? HostStats()
        switch r.status {
        case .failed:
            if r.ignoreErrors {
                s.ok += 1
                s.ignored += 1
                if r.changed { s.changed += 1 }
            } else {
                s.failures += 1
                host.failed = true
                host.lastFailure = (task, r.registered)
                anyFailed = true
            }
        case .unreachable:
            if r.ignoreUnreachable {
                s.ok += 1
                s.ignored += 1
            } else {
                s.unreachable += 1
                host.unreachable = true
                anyUnreachable = true
            }
        case .skipped:
            s.skipped += 1
        case .ok:
            s.ok += 1
            if r.changed { s.changed += 1 }
            if r.changed { for n in r.notify { host.notify(n) } }
        }
        stats[host.name] = s
        if r.status == .ok, let diffs = diffList(r) { callback.diff(diffs) }
        callback.result(
            r, action: task.action, isLoop: r.items != nil, delegatedTo: task.keywords[string: "delegate_to"]?.stringValue,
            origin: task.location)
    }

    func diffList(_ r: TaskResult) -> [Value]? {
        guard taskDiffWanted else { return nil }
        var out: [Value] = []
        if let items = r.items {
            for i in items where i.changed {
                if let d = i.result[string: "diff"] { out += d.listValue ?? [d] }
            }
        } else if r.changed, let d = r.result[string: "diff"] {
            out += d.listValue ?? [d]
        }
        return out.isEmpty ? nil : out
    }

    var taskDiffWanted: Bool { options.diff }

    func updateLayer(_ h: HostState) {
        var layer: [String: Value] = [:]
        layer["ansible_facts"] = .dict(h.facts)
        for (k, v) in h.facts.items {
            let key = PythonFormat.str(k)
            layer[key.hasPrefix("ansible_") ? key : "ansible_" + key] = v
        }
        for (k, v) in h.setFacts { layer[k] = v }
        manager.setPlayLayer(h.index, layer)
    }

    // MARK: meta

    func runMeta(_ task: Task, on hosts: [HostState], context: PlayContext) async {
        let what = task.args[string: "_raw_params"]?.stringValue ?? task.args[string: "free_form"]?.stringValue ?? ""
        let known: Set<String> = [
            "flush_handlers", "end_play", "end_host", "clear_host_errors", "clear_facts", "noop", "refresh_inventory", "reset_connection",
            "end_batch", "end_role", "role_complete",
        ]
        guard known.contains(what) else {
            display.error("invalid meta action requested: \(what)")
            anyFailed = true
            return
        }
        // ansible-core runs a meta task once per host, announcing it each time; a false
        // condition prints a skip that the recap does not count
        let title = taskTitle(task)
        var flush: [HostState] = []
        for h in hosts where h.active || what == "clear_host_errors" {
            if context.ended { break }
            callback.taskStart(id: task.id, title: title, handler: false, check: false, path: "\(task.location.file):\(task.location.line)")
            let conditional: Set<String> = [
                "flush_handlers", "end_play", "end_host", "clear_host_errors", "clear_facts", "end_batch", "end_role",
            ]
            if conditional.contains(what), let w = task.keywords[string: "when"] {
                let vars = variables(task, host: h, context: context)
                let ok = (try? Conditional.evaluate(w, vars: vars, templar: templar)) ?? false
                if !ok {
                    callback.result(
                        TaskResult(host: h.name, status: .skipped, result: ValueDict([("changed", false), ("skipped", true)])),
                        action: "meta",
                        isLoop: false)
                    continue
                }
            }
            switch what {
            case "flush_handlers": flush.append(h)
            case "end_play", "end_batch":
                context.ended = true
                for x in hosts { x.ended = true }
            case "end_host": h.ended = true
            case "clear_host_errors":
                for x in hosts { x.failed = false }
            case "clear_facts":
                for x in hosts {
                    x.facts = ValueDict()
                    updateLayer(x)
                }
            default: break
            }
        }
        if !flush.isEmpty { await flushHandlers(context.play, flush, context) }
    }
}

/// What the tasks of one play share.
final class PlayContext: @unchecked Sendable {
    let play: Play
    let varsFiles: [(String, ValueDict)]
    var ended = false
    /// Handlers of roles brought in by include_role while the play runs (ansible-core adds them
    /// to the play's), and the roles already added.
    var includedHandlers: [Task] = []
    var rolesWithHandlers: Set<String> = []

    init(play: Play, varsFiles: [(String, ValueDict)]) {
        self.play = play
        self.varsFiles = varsFiles
    }
}

/// A failure before or outside the plays, with the exit code to leave with.
public struct PlayFailure: Error, DiagnosticConvertible {
    public var diagnostic: Diagnostic
    public var exit: PlayExit

    public init(_ diagnostic: Diagnostic, exit: PlayExit) {
        self.diagnostic = diagnostic
        self.exit = exit
    }
}
