import Foundation
import Modules
import Playbook
import SwansibleCore
import Templating

/// `include_tasks` and `include_role`: read when they run, once per host and item, their
/// tasks then run for the hosts that included them (ansible-core's `IncludedFile`).
extension PlaybookExecutor {
    struct Included {
        var path: String
        var display: String
        var item: Value?
        var label: Value?
        var loopVar: String
        var hosts: [HostState]
        var role: Role?
        var tasks: [Task] = []
        var failure: String?
    }

    func runInclude(_ task: Task, on hosts: [HostState], context: PlayContext) async {
        // an unnamed include_role is titled with the role it includes
        var title = taskTitle(task)
        if task.action == "include_role", task.name == nil, let role = task.args[string: "name"] {
            title += " : \(PythonFormat.str(role))"
        }
        callback.taskStart(id: task.id, title: title, handler: false, check: false, path: "\(task.location.file):\(task.location.line)")
        var groups: [Included] = []
        var loopVar = "item"
        var labelExpr: Value?
        if case .dict(let lc)? = task.keywords[string: "loop_control"] {
            loopVar = lc[string: "loop_var"]?.stringValue ?? "item"
            labelExpr = lc[string: "label"]
        }
        for h in hosts {
            let vars = variables(task, host: h, context: context)
            let items: [Value?]
            do {
                items = try loopItems(task, vars: vars).map { $0.map { Optional($0) } } ?? [nil]
            } catch {
                record(controllerFailure(h.name, [ErrorEvent(error.message)]), task: task, host: h, context: context)
                continue
            }
            var skipped = 0
            for item in items {
                if let item { vars[loopVar] = item }
                if let w = task.keywords[string: "when"] {
                    do {
                        if !(try Conditional.evaluate(w, vars: vars, templar: templar)) {
                            skipped += 1
                            continue
                        }
                    } catch {
                        record(
                            controllerFailure(
                                h.name,
                                [ErrorEvent("A 'when' expression failed.", task.keywordLocations["when"]), ErrorEvent(error.message)],
                                changed: nil),
                            task: task, host: h, context: context)
                        continue
                    }
                }
                var args = ValueDict()
                for (k, v) in task.args.items { args[k] = (try? templateDeep(v, vars: vars)) ?? v }
                let label = labelExpr.flatMap { try? templateDeep($0, vars: vars) }
                let key: Included
                if task.action == "include_role" {
                    let name = args[string: "name"]?.stringValue ?? ""
                    key = Included(path: name, display: name, item: item, label: label, loopVar: loopVar, hosts: [h])
                } else {
                    let file = args[string: "file"]?.stringValue ?? args[string: "_raw_params"]?.stringValue ?? ""
                    let path = resolveTaskFile(file, task: task)
                    key = Included(path: path, display: path, item: item, label: label, loopVar: loopVar, hosts: [h])
                }
                if let i = groups.firstIndex(where: { $0.path == key.path && $0.item == key.item }) {
                    groups[i].hosts.append(h)
                } else {
                    groups.append(key)
                }
            }
            if skipped > 0 && skipped == items.count {
                record(
                    TaskResult(
                        host: h.name, status: .skipped,
                        result: ValueDict([("changed", false), ("skip_reason", "Conditional result was False")])),
                    task: task, host: h, context: context)
            }
        }
        let loader = PlaybookLoader(rolesPath: options.rolesPath, expandIncludes: false, basedir: manager.playbookDir)
        for i in groups.indices {
            if task.action == "include_role" {
                do {
                    let role = try loader.role(groups[i].path, playDir: manager.playbookDir)
                    let (r, tasks) = try loader.tasks(
                        of: role, file: stripYAML(task.args[string: "tasks_from"]?.stringValue ?? "main"),
                        varsFrom: task.args[string: "vars_from"]?.stringValue, defaultsFrom: task.args[string: "defaults_from"]?.stringValue
                    )
                    groups[i].role = r
                    groups[i].tasks = tasks
                    if !context.rolesWithHandlers.contains(r.path) {
                        context.rolesWithHandlers.insert(r.path)
                        context.includedHandlers += try loader.handlers(of: r)
                    }
                } catch {
                    groups[i].failure = error.diagnostic.message
                }
            } else {
                guard FileManager.default.fileExists(atPath: groups[i].path) else {
                    let p = groups[i].path
                    groups[i].failure =
                        "Unable to retrieve file contents. Could not find or access '\(p)' on the Ansible Controller: [Errno 2] No such file or directory: '\(p)'"
                    continue
                }
                do {
                    groups[i].tasks = try loader.taskFile(groups[i].path, role: task.role)
                } catch {
                    groups[i].failure = error.diagnostic.message
                }
            }
        }
        // failures first, as ansible-core processes them, then the "included:" lines
        for g in groups {
            guard let failure = g.failure else { continue }
            for h in g.hosts {
                let r = TaskResult(host: h.name, status: .failed, result: ValueDict([("changed", false), ("msg", .string(failure))]))
                callback.display.error(
                    failure + " If you are using a module and expect the file to exist on the remote, see the remote_src option.",
                    stderr: false)
                record(r, task: task, host: h, context: context)
            }
        }
        for g in groups where g.failure == nil {
            var line = "included: \(g.display) for \(g.hosts.map(\.name).joined(separator: ", "))"
            if let item = g.label ?? g.item { line += " => (item=\(PythonFormat.str(item)))" }
            callback.display.display(line, color: .skip)
            for h in g.hosts {
                var st = stats[h.name] ?? HostStats()
                st.ok += 1
                stats[h.name] = st
            }
        }
        for g in groups where g.failure == nil {
            var extra = ValueDict()
            if case .dict(let v)? = task.keywords[string: "vars"] { extra.update(v) }
            if let item = g.item { extra[string: g.loopVar] = item }
            var tasks = g.tasks
            // include_role's `apply`: keywords for every included task, as a block around them
            if case .dict(let apply)? = task.args[string: "apply"] {
                tasks = tasks.map { PlaybookLoader.inherit($0, apply) }
            }
            for i in tasks.indices {
                var merged = extra
                if case .dict(let own)? = tasks[i].keywords[string: "vars"] { merged.update(own) }
                if !merged.isEmpty { tasks[i].keywords[string: "vars"] = .dict(merged) }
                if let r = g.role { tasks[i] = withRole(tasks[i], r) }
            }
            await runTasks(tasks, on: g.hosts.filter { $0.active }, context: context)
        }
    }

    func withRole(_ t: Task, _ role: Role) -> Task {
        var t = t
        t.role = role
        t.block = t.block?.map { withRole($0, role) }
        t.rescue = t.rescue?.map { withRole($0, role) }
        t.always = t.always?.map { withRole($0, role) }
        return t
    }

    func stripYAML(_ name: String) -> String {
        for ext in [".yml", ".yaml"] where name.hasSuffix(ext) { return String(name.dropLast(ext.count)) }
        return name
    }

    /// An included task file: beside the role's tasks, beside the including file, or the play's.
    func resolveTaskFile(_ file: String, task: Task) -> String {
        if file.hasPrefix("/") { return file }
        var candidates: [String] = []
        if let role = task.role {
            candidates.append(((role.path as NSString).appendingPathComponent("tasks") as NSString).appendingPathComponent(file))
        }
        let dir = URL(fileURLWithPath: (task.location.file as NSString).deletingLastPathComponent).absoluteURL.standardized.path
        candidates.append((dir as NSString).appendingPathComponent(file))
        candidates.append((manager.playbookDir as NSString).appendingPathComponent(file))
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
            ?? candidates[candidates.count - 2 >= 0 ? candidates.count - 2 : 0]
    }
}
