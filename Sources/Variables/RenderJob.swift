import Foundation
import Inventory
import Jinja
import Playbook
import SwansibleCore
import Templating

/// `swansible render`: every template task of a playbook rendered for every host into
/// `DIR/HOST/<dest>`, for CI to diff, with the tasks' `validate:` commands when asked.
public struct RenderJob {
    public var playbook: String
    public var inventorySources: [String]
    public var outDir: String
    public var limit: String?
    public var validate: Bool
    public var extraVars: ValueDict

    public init(playbook: String, inventorySources: [String], outDir: String, limit: String?, validate: Bool, extraVars: ValueDict) {
        self.playbook = playbook
        self.inventorySources = inventorySources
        self.outDir = outDir
        self.limit = limit
        self.validate = validate
        self.extraVars = extraVars
    }

    public struct Failure: Error, DiagnosticConvertible {
        public var diagnostic: Diagnostic
    }

    /// What was rendered: one line per file, `HOST DEST -> PATH`.
    public struct Report {
        public var files: [String] = []
        public var validated = 0
        public var skipped = 0
    }

    static let templateModules: Set<String> = ["template", "ansible.builtin.template", "ansible.legacy.template"]
    static let setFactModules: Set<String> = ["set_fact", "ansible.builtin.set_fact", "ansible.legacy.set_fact"]

    public func run() throws(Failure) -> Report {
        var inventory: Inventory
        do {
            inventory = try Inventory.load(sources: inventorySources, basedir: (playbook as NSString).deletingLastPathComponent)
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
        let parent = (playbook as NSString).deletingLastPathComponent
        let loader = PlaybookLoader(
            rolesPath: RenderJob.rolesPath(), basedir: URL(fileURLWithPath: parent.isEmpty ? "." : parent).absoluteURL.standardized.path)
        let plays: [Play]
        do {
            plays = try loader.loadPlaybook(playbook)
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
        let playDir = URL(fileURLWithPath: (playbook as NSString).deletingLastPathComponent).absoluteURL.standardized.path
        var report = Report()
        let limitPatterns: [String]?
        do {
            limitPatterns = try limit.map { (l: String) throws(InventoryError) -> [String] in try Inventory.limitPatterns(l) }
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
        for play in plays {
            let hosts: [Int]
            do {
                hosts = try inventory.hosts(matching: play.hosts, limit: limitPatterns)
            } catch {
                throw Failure(diagnostic: error.diagnostic)
            }
            let templar = Templar(searchPath: [playDir])
            let manager = VariableManager(inventory: inventory, extraVars: extraVars, templar: templar, playbookDir: playDir)
            for h in hosts {
                var facts: [String: Value] = [:]
                try render(
                    play.tasks, play: play, host: h, manager: manager, templar: templar, playDir: playDir, facts: &facts, report: &report)
            }
        }
        return report
    }

    /// `roles_path` as ansible.cfg or ANSIBLE_ROLES_PATH gives it (as `swansible play` reads
    /// it), else `roles`.
    static func rolesPath() -> [String] {
        AnsibleConfig().paths("defaults.roles_path") ?? ["roles"]
    }

    func variables(task: Task, play: Play, host h: Int, manager: VariableManager, playDir: String, facts: [String: Value]) throws(Failure)
        -> TemplateVariables
    {
        var vars: [String: Value] = [:]
        if let role = task.role { for (k, v) in role.defaults.items { vars[PythonFormat.str(k)] = v } }
        for (k, v) in manager.rawVariables(h) { vars[k] = v }
        for (k, v) in play.vars.items { vars[PythonFormat.str(k)] = v }
        for f in play.varsFiles {
            guard let name = f.stringValue else { continue }
            let path = name.hasPrefix("/") ? name : (playDir as NSString).appendingPathComponent(name)
            do {
                let (v, _) = try YAMLLoaderBridge.loadFile(path)
                for (k, x) in (v.dictValue ?? ValueDict()).items { vars[PythonFormat.str(k)] = x }
            } catch {
                throw Failure(diagnostic: error.diagnostic)
            }
        }
        if let role = task.role {
            for (k, v) in role.vars.items { vars[PythonFormat.str(k)] = v }
            for (k, v) in role.params.items { vars[PythonFormat.str(k)] = v }
            vars["role_path"] = .string(role.path)
            vars["role_name"] = .string(role.name)
        }
        if case .dict(let tv)? = task.keywords[string: "vars"] { for (k, v) in tv.items { vars[PythonFormat.str(k)] = v } }
        for (k, v) in facts { vars[k] = v }
        vars["ansible_search_path"] = .list(task.searchPath(playbookDir: manager.playbookDir).map { .string($0) })
        for (k, v) in manager.extraVars.items { vars[PythonFormat.str(k)] = v }
        VariableManager.reveal(&vars)
        return TemplateVariables(vars)
    }

    func fail(_ error: JinjaError, _ task: Task, _ host: String) -> Failure {
        var d = error.diagnostic
        d.message += " for host \(host)"
        if d.location == nil { d.location = task.location }
        d.notes.append(Diagnostic(.note, "in task '\(task.name ?? task.module)'", at: task.location))
        return Failure(diagnostic: d)
    }

    /// A `when:` condition: an expression that must give a boolean.
    func condition(_ v: Value, _ vars: TemplateVariables, _ templar: Templar, _ task: Task) throws(JinjaError) -> Bool {
        if case .bool(let b) = v { return b }
        let text = PythonFormat.str(v)
        let result = try templar.templateString("{{ (\(text)) }}", name: "\(task.location.file)", vars: vars)
        guard case .bool(let b) = result else {
            throw JinjaError(
                .raised,
                "Conditional result (\(PythonFormat.repr(result))) was derived from value of type '\(result.pythonTypeName)' at '\(text)'. Conditionals must have a boolean result."
            )
        }
        return b
    }

    func render(
        _ tasks: [Task], play: Play, host h: Int, manager: VariableManager, templar: Templar, playDir: String,
        facts: inout [String: Value], report: inout Report
    ) throws(Failure) {
        let hostName = manager.inventory.data.hosts[h].name
        for task in tasks {
            if let block = task.block {
                var vars = try variables(task: task, play: play, host: h, manager: manager, playDir: playDir, facts: facts)
                var run = true
                if let w = task.keywords[string: "when"] {
                    do {
                        for c in w.listValue ?? [w] where !(try condition(c, vars, templar, task)) { run = false }
                    } catch {
                        throw fail(error, task, hostName)
                    }
                }
                vars = TemplateVariables([:])
                _ = vars
                if run {
                    var inner = block
                    for i in inner.indices { RenderJob.inherit(&inner[i], task.keywords) }
                    try render(
                        inner, play: play, host: h, manager: manager, templar: templar, playDir: playDir, facts: &facts, report: &report)
                    if let always = task.always {
                        try render(
                            always, play: play, host: h, manager: manager, templar: templar, playDir: playDir, facts: &facts,
                            report: &report)
                    }
                }
                continue
            }
            let isTemplate = RenderJob.templateModules.contains(task.module)
            let isSetFact = RenderJob.setFactModules.contains(task.module)
            guard isTemplate || isSetFact else { continue }
            let vars = try variables(task: task, play: play, host: h, manager: manager, playDir: playDir, facts: facts)
            let items: [Value?]
            var loopVar = "item"
            do {
                if case .dict(let lc)? = task.keywords[string: "loop_control"], let lv = lc[string: "loop_var"]?.stringValue {
                    loopVar = lv
                }
                if let l = task.keywords[string: "loop"] ?? task.keywords[string: "with_items"] ?? task.keywords[string: "with_list"] {
                    var resolved = l
                    if let s = l.stringValue { resolved = try templar.templateString(s, name: task.location.file, vars: vars) }
                    var list = resolved.listValue ?? []
                    if task.keywords[string: "with_items"] != nil { list = list.flatMap { $0.listValue ?? [$0] } }
                    items = list.map { Optional($0) }
                } else {
                    items = [nil]
                }
            } catch {
                throw fail(error, task, hostName)
            }
            for item in items {
                if let item { vars[loopVar] = item }
                do {
                    if let w = task.keywords[string: "when"] {
                        var ok = true
                        for c in w.listValue ?? [w] where !(try condition(c, vars, templar, task)) { ok = false }
                        if !ok {
                            report.skipped += 1
                            continue
                        }
                    }
                    if isSetFact {
                        for (k, v) in task.args.items where PythonFormat.str(k) != "cacheable" {
                            let value = try templateDeep(v, vars, templar, task)
                            facts[PythonFormat.str(k)] = value
                            vars[PythonFormat.str(k)] = value
                        }
                        continue
                    }
                    try renderTemplate(task, vars: vars, templar: templar, host: hostName, playDir: playDir, report: &report)
                } catch let e as JinjaError {
                    throw fail(e, task, hostName)
                } catch let e as Failure {
                    throw e
                } catch {
                    throw Failure(diagnostic: Diagnostic(.error, "\(error)", at: task.location))
                }
            }
        }
    }

    static func inherit(_ t: inout Task, _ outer: ValueDict) {
        if let w = outer[string: "when"], t.block == nil {
            _ = w  // the block's condition was checked once for the block
        }
        if case .dict(let v)? = outer[string: "vars"] {
            var merged = v
            if case .dict(let inner)? = t.keywords[string: "vars"] { merged.update(inner) }
            t.keywords[string: "vars"] = .dict(merged)
        }
    }

    func templateDeep(_ v: Value, _ vars: TemplateVariables, _ templar: Templar, _ task: Task) throws(JinjaError) -> Value {
        switch v {
        case .string(let s): return try templar.templateString(s, name: task.location.file, vars: vars)
        case .list(let l):
            var out: [Value] = []
            for x in l { out.append(try templateDeep(x, vars, templar, task)) }
            return .list(out)
        case .dict(let d):
            var out = ValueDict()
            for (k, x) in d.items { out[k] = try templateDeep(x, vars, templar, task) }
            return .dict(out)
        default: return v
        }
    }

    func renderTemplate(_ task: Task, vars: TemplateVariables, templar: Templar, host: String, playDir: String, report: inout Report) throws
    {
        guard let srcRaw = task.args[string: "src"], let destRaw = task.args[string: "dest"] else {
            throw Failure(diagnostic: Diagnostic(.error, "src and dest are required", at: task.location))
        }
        let src = PythonFormat.str(try templar.templateString(PythonFormat.str(srcRaw), name: task.location.file, vars: vars))
        let dest = PythonFormat.str(try templar.templateString(PythonFormat.str(destRaw), name: task.location.file, vars: vars))
        var candidates: [String] = []
        if src.hasPrefix("/") {
            candidates = [src]
        } else {
            if let role = task.role {
                candidates.append(((role.path as NSString).appendingPathComponent("templates") as NSString).appendingPathComponent(src))
                candidates.append((role.path as NSString).appendingPathComponent(src))
            }
            candidates.append(((playDir as NSString).appendingPathComponent("templates") as NSString).appendingPathComponent(src))
            candidates.append((playDir as NSString).appendingPathComponent(src))
        }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else {
            throw Failure(
                diagnostic: Diagnostic(
                    .error, "could not find or access '\(src)' (searched \(candidates.joined(separator: ", ")))", at: task.location))
        }
        let fileVars = TemplateVariables(vars.rawCopy)
        for (k, v) in TemplateJob.templateVariables(path: src, fullpath: path, dest: dest)
        where k != "ansible_managed" || fileVars[k] == nil {
            fileVars[k] = v
        }
        fileVars["ansible_search_path"] = .list(
            (fileVars["ansible_search_path"]?.listValue ?? []) + [
                .string(playDir), .string(URL(fileURLWithPath: path).absoluteURL.standardized.deletingLastPathComponent().path),
            ])
        let rendered = try templar.renderTemplateFile(text, name: path, vars: fileVars)
        let relative = dest.hasPrefix("/") ? String(dest.dropFirst()) : dest
        let out = ((outDir as NSString).appendingPathComponent(host) as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (out as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: out, contents: Data(rendered.utf8)) else {
            throw Failure(diagnostic: Diagnostic(.error, "cannot write '\(out)'", at: task.location))
        }
        report.files.append("\(host) \(dest) -> \(out)")
        if validate, let cmd = task.args[string: "validate"]?.stringValue {
            let command = PythonFormat.str(try templar.templateString(cmd, name: task.location.file, vars: vars))
            guard command.contains("%s") else {
                throw Failure(diagnostic: Diagnostic(.error, "validate must contain %s: \(command)", at: task.location))
            }
            let words = (try? ShellWords.split(command)) ?? command.split(separator: " ").map(String.init)
            let arguments = words.map { $0.replacingOccurrences(of: "%s", with: out) }
            let result: ExecResult
            do {
                result = try ProcessRunner.runBlocking("/usr/bin/env", arguments)
            } catch {
                throw Failure(diagnostic: Diagnostic(.error, "cannot run validate command \(command): \(error)", at: task.location))
            }
            guard result.status == 0 else {
                throw Failure(
                    diagnostic: Diagnostic(
                        .error,
                        "validation of \(dest) for host \(host) failed (\(command), exit \(result.status)):\n\(result.stdoutText)\(result.stderrText)",
                        at: task.location))
            }
            report.validated += 1
        }
    }
}

/// YAML loading for vars files, with Playbook's error type.
enum YAMLLoaderBridge {
    static func loadFile(_ path: String) throws(Failure) -> (Value, [Diagnostic]) {
        do {
            return try YAMLLoaderProxy.load(path)
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
    }

    struct Failure: Error, DiagnosticConvertible {
        var diagnostic: Diagnostic
    }
}
