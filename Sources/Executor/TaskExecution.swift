import Connection
import Foundation
import Jinja
import Modules
import Playbook
import SwansibleCore
import Templating
import Variables

/// One task on one host: variables, loop, conditions, the action, changed_when/failed_when,
/// register (ansible-core's `TaskExecutor`).
extension PlaybookExecutor {
    /// The variables a task sees on a host, in Ansible's precedence order (lowest first).
    func variables(_ task: Task, host: HostState, context: PlayContext) -> TemplateVariables {
        var vars: [String: Value] = [:]
        func put(_ d: ValueDict) { for (k, v) in d.items { vars[k.stringValue ?? PythonFormat.str(k)] = v } }
        for role in context.play.roles { put(role.defaults) }
        if let role = task.role { put(role.defaults) }
        for (k, v) in manager.rawVariables(host.index) { vars[k] = v }
        put(context.play.vars)
        for (k, v) in promptedVars { vars[k] = v }
        for (_, d) in context.varsFiles { put(d) }
        for role in context.play.roles { put(role.vars) }
        if let role = task.role { put(role.vars) }
        if case .dict(let tv)? = task.keywords[string: "vars"] { put(tv) }
        for (k, v) in host.setFacts { vars[k] = v }
        if let role = task.role {
            put(role.params)
            vars["role_name"] = .string(role.name)
            vars["role_path"] = .string(role.path)
            vars["ansible_role_name"] = .string(role.name)
        }
        vars["ansible_search_path"] = .list(task.searchPath(playbookDir: manager.playbookDir).map { .string($0) })
        put(options.extraVars)
        VariableManager.reveal(&vars)
        return TemplateVariables(vars)
    }

    /// Runs a task on a host and returns its result (never throws: failures are results).
    func execute(_ task: Task, host: HostState, context: PlayContext, check: Bool) async -> TaskResult {
        manager.templar.action = task.action
        let vars = variables(task, host: host, context: context)
        let ignoreErrors = flag(task, "ignore_errors", vars)
        let ignoreUnreachable = flag(task, "ignore_unreachable", vars)
        var result: TaskResult
        do {
            if let items = try loopItems(task, vars: vars) {
                result = await runLoop(task, items: items, host: host, vars: vars, check: check)
            } else {
                result = await runOnce(task, host: host, vars: vars, check: check, item: nil)
            }
        } catch {
            result = TaskResult(host: host.name, status: .failed, result: ValueDict([("changed", false), ("msg", .string(error.message))]))
            result.errorChain = [ErrorEvent(error.message)]
        }
        result.ignoreErrors = ignoreErrors
        result.ignoreUnreachable = ignoreUnreachable
        if let reg = task.keywords[string: "register"]?.stringValue, result.status != .unreachable || ignoreUnreachable {
            host.setFacts[reg] = result.registered
        }
        if case .dict(let facts)? = result.result[string: "ansible_facts"] {
            if task.action == "setup" || task.action == "gather_facts" {
                host.facts.update(facts)
            } else {
                for (k, v) in facts.items { host.setFacts[k.stringValue ?? PythonFormat.str(k)] = v }
            }
        }
        updateLayer(host)
        if task.keywords[string: "no_log"].flatMap({ ModuleArgs.boolean($0) }) == true {
            // shown censored (registered whole): no result body, item labels hidden
            func censor(_ r: inout TaskResult) {
                r.result = ValueDict([
                    ("censored", "the output has been hidden due to the fact that 'no_log: true' was specified for this result"),
                    ("changed", .bool(r.changed)),
                ])
                r.verboseAlways = false
                r.noLog = true
            }
            if var items = result.items {
                for i in items.indices { censor(&items[i]) }
                result.items = items
            }
            censor(&result)
        }
        return result
    }

    func flag(_ task: Task, _ key: String, _ vars: TemplateVariables) -> Bool {
        guard let v = task.keywords[string: key] else { return false }
        if let b = ModuleArgs.boolean(v) { return b }
        if let s = v.stringValue, let r = try? templar.templateString(s, name: key, vars: vars) { return ModuleArgs.boolean(r) ?? false }
        return false
    }

    struct ExecError: Error {
        var message: String
    }

    // MARK: loops

    func loopItems(_ task: Task, vars: TemplateVariables) throws(ExecError) -> [Value]? {
        let keys = task.keywords.keys.compactMap { $0.stringValue }
        guard let key = keys.first(where: { $0 == "loop" || $0.hasPrefix("with_") }), let raw = task.keywords[string: key] else {
            return nil
        }
        let value: Value
        do {
            value = try templateDeep(raw, vars: vars)
        } catch {
            throw ExecError(message: "Error while resolving `\(key)`: \(error.message)")
        }
        switch key {
        case "loop":
            guard let l = value.listValue else {
                throw ExecError(
                    message:
                        "Invalid data passed to 'loop', it requires a list, got this instead: \(PythonFormat.str(value)). Hint: If you passed a list/dict of just one element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup."
                )
            }
            return l
        case "with_flattened":
            func flat(_ v: Value) -> [Value] { v.listValue.map { $0.flatMap(flat) } ?? [v] }
            return flat(value)
        case "with_cartesian":
            var out: [[Value]] = [[]]
            for l in (value.listValue ?? []).map({ $0.listValue ?? [$0] }) { out = out.flatMap { p in l.map { p + [$0] } } }
            return out.map { .list($0) }
        default:
            // with_<lookup>: the lookup with the value made a list as its terms
            let name = String(key.dropFirst(5))
            guard Templar.hasLookup(name) else { throw ExecError(message: "lookup plugin '\(name)' is not supported by swansible") }
            do {
                return try manager.templar.lookup(name, terms: value.listValue ?? [value], vars: vars)
            } catch {
                throw ExecError(message: "The lookup plugin '\(name)' failed: \(error.message)")
            }
        }
    }

    func runLoop(_ task: Task, items: [Value], host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        var loopVar = "item"
        var indexVar: String?
        var label: Value?
        var extended = false
        if case .dict(let lc)? = task.keywords[string: "loop_control"] {
            loopVar = lc[string: "loop_var"]?.stringValue ?? "item"
            indexVar = lc[string: "index_var"]?.stringValue
            label = lc[string: "label"]
            extended = lc[string: "extended"].flatMap { ModuleArgs.boolean($0) } ?? false
        }
        var results: [TaskResult] = []
        var loopFacts = ValueDict()
        for (i, item) in items.enumerated() {
            vars[loopVar] = item
            vars["ansible_loop_var"] = .string(loopVar)
            if let indexVar {
                vars[indexVar] = .int(i)
                vars["ansible_index_var"] = .string(indexVar)
            }
            if extended {
                var loop = ValueDict()
                loop[string: "allitems"] = .list(items)
                loop[string: "index"] = .int(i + 1)
                loop[string: "index0"] = .int(i)
                loop[string: "revindex"] = .int(items.count - i)
                loop[string: "revindex0"] = .int(items.count - i - 1)
                loop[string: "first"] = .bool(i == 0)
                loop[string: "last"] = .bool(i == items.count - 1)
                loop[string: "length"] = .int(items.count)
                if i > 0 { loop[string: "previtem"] = items[i - 1] }
                if i < items.count - 1 { loop[string: "nextitem"] = items[i + 1] }
                vars["ansible_loop"] = .dict(loop)
            }
            var r = await runOnce(task, host: host, vars: vars, check: check, item: item)
            r.result[string: "item"] = item
            r.result[string: "ansible_loop_var"] = .string(loopVar)
            if let indexVar {
                r.result[string: "ansible_index_var"] = .string(indexVar)
                r.result[string: indexVar] = .int(i)
            }
            if extended, let l = vars["ansible_loop"] { r.result[string: "ansible_loop"] = l }
            if let label {
                r.label = (try? templateDeep(label, vars: vars)) ?? label
                r.result[string: "_ansible_item_label"] = r.label
            }
            if r.result[string: "changed"] == nil { r.result[string: "changed"] = .bool(false) }
            if case .dict(let facts)? = r.result[string: "ansible_facts"], ["set_fact", "include_vars"].contains(task.action) {
                for (k, v) in facts.items { vars[k.stringValue ?? PythonFormat.str(k)] = v }
                loopFacts.update(facts)
            }
            if r.status == .unreachable {
                var out = r
                out.items = results + [r]
                return out
            }
            results.append(r)
        }
        var out = ValueDict()
        let changed = results.contains { $0.changed }
        let failed = results.contains { $0.status == .failed }
        out[string: "changed"] = .bool(changed)
        out[string: "msg"] = failed ? "One or more items failed" : "All items completed"
        out[string: "results"] = .list(results.map { $0.registered })
        if !loopFacts.isEmpty { out[string: "ansible_facts"] = .dict(loopFacts) }
        var status: TaskResult.Status = failed ? .failed : .ok
        if results.allSatisfy({ $0.status == .skipped }) {
            status = .skipped
            out[string: "skipped"] = true
            if results.isEmpty { out[string: "skipped_reason"] = "No items in the list" }
            out.removeValue(forKey: "msg")
            if !results.isEmpty { out[string: "msg"] = "All items skipped" }
        }
        var r = TaskResult(host: host.name, status: status, result: out)
        r.items = results
        // the task changed as a whole: every item's handlers are notified
        var names: [String] = []
        for i in results { for n in i.notify where !names.contains(n) { names.append(n) } }
        r.notify = names
        return r
    }

    // MARK: one run (one item)

    /// A task's `notify`, templated with the variables of its run (an item's for a loop).
    func notifications(_ task: Task, vars: TemplateVariables) -> [String] {
        guard let n = task.keywords[string: "notify"] else { return [] }
        return (n.listValue ?? [n]).map { v in
            let t = (try? templateDeep(v, vars: vars)) ?? v
            return t.stringValue ?? PythonFormat.str(t)
        }
    }

    func runOnce(_ task: Task, host: HostState, vars: TemplateVariables, check: Bool, item: Value?) async -> TaskResult {
        var r = await runOnceInner(task, host: host, vars: vars, check: check, item: item)
        r.notify = notifications(task, vars: vars)
        return r
    }

    func runOnceInner(_ task: Task, host: HostState, vars: TemplateVariables, check: Bool, item: Value?) async -> TaskResult {
        let name = host.name
        if let w = task.keywords[string: "when"] {
            do {
                if let falseCondition = try Conditional.firstFalse(w, vars: vars, templar: templar) {
                    var r = ValueDict()
                    r[string: "changed"] = false
                    r[string: "false_condition"] = .string(falseCondition.stringValue ?? PythonFormat.str(falseCondition))
                    r[string: "skip_reason"] = "Conditional result was False"
                    return TaskResult(host: name, status: .skipped, result: r)
                }
            } catch {
                return controllerFailure(
                    name, [ErrorEvent("A 'when' expression failed.", task.keywordLocations["when"]), ErrorEvent(error.message)],
                    changed: nil)
            }
        }
        let retries: Int
        if task.keywords[string: "until"] != nil {
            retries =
                task.keywords[string: "retries"].flatMap { v -> Int? in
                    if case .int(let i) = v { return i }
                    return Int(PythonFormat.str(v))
                }.map { max($0, 1) } ?? 3
        } else {
            retries = 0
        }
        let delay = task.keywords[string: "delay"].flatMap { Double(PythonFormat.str($0)) } ?? 5
        var attempt = 0
        while true {
            attempt += 1
            var r = await runAction(task, host: host, vars: vars, check: check)
            guard r.status != .unreachable, r.status != .skipped else { return r }
            if let reg = task.keywords[string: "register"]?.stringValue { vars[reg] = r.registered }
            do {
                try applyWhenKeywords(task, &r, vars: vars)
            } catch {
                return controllerFailure(name, [ErrorEvent(error.message)])
            }
            guard let until = task.keywords[string: "until"] else { return r }
            if let reg = task.keywords[string: "register"]?.stringValue { vars[reg] = r.registered }
            let done: Bool
            do {
                done = try Conditional.evaluate(until, vars: vars, templar: templar)
            } catch {
                return controllerFailure(name, [ErrorEvent(error.message)])
            }
            r.result[string: "attempts"] = .int(attempt)
            if done { return r }
            // ansible-core runs the task retries + 1 times; the last failure is the result, with
            // `attempts` counting the retries
            if attempt > retries {
                r.result[string: "attempts"] = .int(retries)
                r.status = .failed
                r.result[string: "failed"] = true
                return r
            }
            callback.display.display(
                "FAILED - RETRYING: [\(name)]: \(taskTitle(task)) (\(retries - attempt) retries left).", color: .debug)
            try? await _Concurrency.Task.sleep(nanoseconds: UInt64(max(0, delay) * 1_000_000_000))
        }
    }

    /// A failure raised on the controller (templating, conditions): `msg` is the whole chain
    /// ("Task failed: ..."), the `[ERROR]` block shows each link with its origin.
    func controllerFailure(_ host: String, _ chain: [ErrorEvent], changed: Bool? = false) -> TaskResult {
        var result = ValueDict()
        if let changed { result[string: "changed"] = .bool(changed) }
        result[string: "msg"] = .string(ErrorEvent.brief(["Task failed."] + chain.map(\.msg)))
        var r = TaskResult(host: host, status: .failed, result: result)
        r.errorChain = chain
        return r
    }

    /// A failure an action reports itself (`fail`, `assert`, a missing file): `msg` is its own.
    func actionFailure(_ host: String, _ message: String) -> TaskResult {
        var r = TaskResult(host: host, status: .failed, result: ValueDict([("changed", false), ("msg", .string(message))]))
        r.errorChain = [ErrorEvent("Action failed."), ErrorEvent(message)]
        return r
    }

    /// `changed_when` and `failed_when`, with the registered value in scope.
    func applyWhenKeywords(_ task: Task, _ r: inout TaskResult, vars: TemplateVariables) throws(Conditional.Failure) {
        if let cw = task.keywords[string: "changed_when"] {
            let changed = try Conditional.evaluate(cw, vars: vars, templar: templar)
            r.result[string: "changed"] = .bool(changed)
            r.result[string: "changed_when_result"] = .bool(changed)
        }
        if let fw = task.keywords[string: "failed_when"] {
            let failed = try Conditional.evaluate(fw, vars: vars, templar: templar)
            r.result[string: "failed_when_result"] = .bool(failed)
            if failed {
                if r.status != .failed {
                    let msg = "A 'failed_when' expression evaluated to 'True'."
                    r.result[string: "msg"] = .string("Task failed: Action failed: \(msg)")
                    r.errorChain = [ErrorEvent("Action failed."), ErrorEvent(msg)]
                }
                r.status = .failed
            } else if r.status == .failed {
                r.status = .ok
                r.result.removeValue(forKey: "failed")
                r.errorChain = nil
            }
        }
    }

    // MARK: templating

    func templateDeep(_ v: Value, vars: TemplateVariables) throws(JinjaError) -> Value {
        switch v {
        case .string(let s):
            guard TemplateVariables.holdsTemplate(v) else { return v }
            do {
                return try templar.templateString(s, name: "task", vars: vars, preserveTrailingNewlines: true)
            } catch {
                // Ansible reports compile errors (TemplateSyntaxError and its subclasses) so
                var e = error
                if (e.kind == .syntax || e.kind == .assertion) && !e.message.hasPrefix("Syntax error in template") {
                    e.message = "Syntax error in template: " + e.message
                }
                throw e
            }
        case .list(let l):
            var out: [Value] = []
            for x in l { out.append(try templateDeep(x, vars: vars)) }
            return .list(out)
        case .dict(let d):
            var out = ValueDict()
            for (k, x) in d.items {
                let value = try templateDeep(x, vars: vars)
                if case .string(let s) = value, s.hasPrefix("__omit_place_holder__") { continue }
                out[k] = value
            }
            return .dict(out)
        default: return v
        }
    }

    /// A templar whose loader also searches a role's and the template's folders.
    func templar(searchPath: [String]) -> Templar {
        let key = searchPath.joined(separator: "\u{0}")
        if let t = templars[key] { return t }
        let t = Templar(searchPath: searchPath)
        t.hostPattern = manager.templar.hostPattern
        templars[key] = t
        return t
    }
}
