import Foundation
import SwansibleCore
import YAML

/// An error in a playbook, a role or a task file.
public struct PlaybookError: DiagnosticConvertible, Sendable {
    public var diagnostic: Diagnostic
    /// ansible-playbook's exit code for it: 4 for a parse error, 1 for a missing role.
    public var exit: Int32 = 4

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    init(_ message: String, at node: YAMLNode?, source: SourceText?) {
        if let node, let source {
            diagnostic = source.diagnostic(.error, message, line: node.location.line, column: node.location.column)
        } else {
            diagnostic = Diagnostic(.error, message, at: node?.location)
        }
    }
}

/// A task as written: its module, arguments and keywords, with where it is.
public struct Task: Sendable {
    /// Unique within a run (the output callback's banner bookkeeping).
    public var id: Int = 0
    public var name: String?
    /// The module as written (`template`, `ansible.builtin.template`...).
    public var module: String
    /// The module's arguments (free-form `k=v` text becomes a mapping).
    public var args: ValueDict
    /// Every other keyword (`when`, `loop`, `vars`...), with those of enclosing blocks, role
    /// entries and imports already merged in.
    public var keywords: ValueDict
    public var location: SourceLocation
    /// The role it comes from, if any.
    public var role: Role?
    /// Tasks of a block (with rescue and always), when this is a block.
    public var block: [Task]?
    public var rescue: [Task]?
    public var always: [Task]?
    /// For handlers: the topics it listens to, besides its name.
    public var listen: [String] = []
    /// Where the module's key is (`copy:`), where each argument's value and each keyword's
    /// value are: error messages point there.
    public var moduleLocation: SourceLocation?
    public var argLocations: [String: SourceLocation] = [:]
    /// `args: "{{ some_dict }}"`: a template that gives arguments (under the explicit ones),
    /// and where it is.
    public var argsTemplate: String?
    public var argsTemplateLocation: SourceLocation?
    public var keywordLocations: [String: SourceLocation] = [:]

    public init(name: String?, module: String, args: ValueDict, keywords: ValueDict, location: SourceLocation, role: Role?) {
        self.name = name
        self.module = module
        self.args = args
        self.keywords = keywords
        self.location = location
        self.role = role
    }

    /// The module's short name (`ansible.builtin.copy` -> `copy`).
    public var action: String {
        if module.hasPrefix("ansible.builtin.") || module.hasPrefix("ansible.legacy.") || module.hasPrefix("ansible.posix.") {
            return String(module.split(separator: ".").last ?? "")
        }
        return module
    }
}

/// A role: its tasks, defaults, vars and where its templates are.
public struct Role: Sendable {
    public var name: String
    public var path: String
    public var defaults: ValueDict
    public var vars: ValueDict
    /// Parameters given where the role is used.
    public var params: ValueDict
    /// The paths of the roles that depend on this one, nearest first (its meta dependency chain).
    public var dependents: [String] = []
}

extension Task {
    /// ansible-core's `ansible_search_path` for a task: its role and the roles that depend on
    /// it, the task file's directory, then the playbook's directory (each once).
    public func searchPath(playbookDir: String) -> [String] {
        var out: [String] = []
        if let role { out = [role.path] + role.dependents }
        let taskDir = URL(fileURLWithPath: location.file).deletingLastPathComponent().absoluteURL.standardized.path
        if !out.contains(taskDir) { out.append(taskDir) }
        if !out.contains(playbookDir) { out.append(playbookDir) }
        return out
    }
}

/// A play, with its roles already expanded into task lists.
public struct Play: Sendable {
    public var name: String?
    public var hosts: String
    public var vars: ValueDict
    public var varsFiles: [Value]
    public var roles: [Role]
    /// pre_tasks, then roles' tasks, then tasks, then post_tasks.
    public var tasks: [Task] { sections.flatMap { $0 } }
    /// The sections after which handlers run: pre_tasks; roles and tasks; post_tasks.
    public var sections: [[Task]]
    /// Handlers of the roles, then of the play.
    public var handlers: [Task]
    /// Every keyword of the play as written (`gather_facts`, `become`, `serial`...).
    public var keywords: ValueDict
    public var location: SourceLocation
    /// The playbook's directory.
    public var directory: String
}

/// Task numbers, unique within a process.
final class TaskIDs: @unchecked Sendable {
    static let shared = TaskIDs()
    private let lock = NSLock()
    private var next = 0

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        return next
    }
}

/// Reads playbooks, roles and task files.
public struct PlaybookLoader {
    public var rolesPath: [String]
    /// Whether `include_tasks` and `include_role` are read at load time like imports (for
    /// `render`, which has no hosts to run them on) or left to the executor.
    public var expandIncludes: Bool
    /// The playbook's directory (Ansible's loader basedir): roles named by import_role are
    /// searched from it wherever the import is; nil: the directory of the file being read.
    public var basedir: String?

    public init(rolesPath: [String], expandIncludes: Bool = true, basedir: String? = nil) {
        self.rolesPath = rolesPath
        self.expandIncludes = expandIncludes
        self.basedir = basedir
    }

    static let modulesWithFreeForm: Set<String> = ["command", "shell", "raw", "script"]
    public static let taskKeywords: Set<String> = [
        "name", "when", "loop", "loop_control", "with_items", "with_list", "with_dict", "with_sequence", "with_subelements",
        "with_fileglob", "with_together", "with_nested", "with_indexed_items", "with_flattened", "register", "notify", "listen",
        "changed_when", "failed_when", "ignore_errors", "ignore_unreachable", "no_log", "tags", "delegate_to", "run_once", "become",
        "become_user", "become_method", "become_flags", "vars", "environment", "check_mode", "diff", "until", "retries", "delay",
        "args", "block", "rescue", "always", "collections", "any_errors_fatal", "connection", "remote_user", "throttle", "timeout",
        "module_defaults", "debugger", "async", "poll", "local_action", "delegate_facts", "port", "action",
    ]
    /// Keywords a block, a role entry or an import passes down to its tasks.
    static let inheritedKeywords: [String] = [
        "become", "become_user", "become_method", "ignore_errors", "ignore_unreachable", "any_errors_fatal", "environment",
        "check_mode", "diff", "no_log", "delegate_to", "run_once", "remote_user", "connection", "collections", "module_defaults",
        "throttle", "timeout", "debugger", "port",
    ]
    static let playKeywords: Set<String> = [
        "name", "hosts", "vars", "vars_files", "vars_prompt", "roles", "pre_tasks", "tasks", "post_tasks", "handlers",
        "gather_facts", "gather_subset", "gather_timeout", "fact_path", "become", "become_user", "become_method", "become_flags",
        "remote_user", "connection", "serial", "any_errors_fatal", "max_fail_percentage", "tags", "environment", "check_mode", "diff",
        "ignore_unreachable", "ignore_errors", "order", "strategy", "force_handlers", "no_log", "collections", "module_defaults",
        "run_once", "throttle", "timeout", "port", "debugger",
    ]

    func load(_ path: String) throws(PlaybookError) -> (YAMLNode?, SourceText, YAMLConstructor) {
        let text: String
        do {
            text = try YAMLLoader.read(path)
        } catch {
            throw PlaybookError(error.diagnostic)
        }
        let source = SourceText(path: path, text: text)
        do {
            return (try YAMLComposer.compose(text, path: path), source, YAMLConstructor(source: source))
        } catch {
            var d = error.diagnostic
            if error.kind == .syntax { d.message = PlaybookLoader.ansibleYAMLMessage(d.message) }
            throw PlaybookError(d)
        }
    }

    /// Ansible's wording of a YAML syntax error: "YAML parsing failed: While parsing ... indicator."
    static func ansibleYAMLMessage(_ message: String) -> String {
        var m = message.replacingOccurrences(of: ": ", with: " ").trimmingCharacters(in: .whitespaces)
        if let first = m.first { m = first.uppercased() + m.dropFirst() }
        if !m.hasSuffix(".") { m += "." }
        m = m.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        return "YAML parsing failed: " + m
    }

    static func value(_ node: YAMLNode, _ c: inout YAMLConstructor) throws(PlaybookError) -> Value {
        do {
            return try c.construct(node)
        } catch {
            throw PlaybookError(error.diagnostic)
        }
    }

    static func child(_ node: YAMLNode, _ key: String) -> YAMLNode? {
        node.pairs?.last { $0.key.scalarText == key }?.value
    }

    /// The plays of a playbook, following `import_playbook`.
    public func loadPlaybook(_ path: String) throws(PlaybookError) -> [Play] {
        let (root, source, c0) = try load(path)
        var c = c0
        guard let root, let items = root.items else {
            throw PlaybookError(
                "A playbook must be a list of plays, got a \(root.map { $0.kindName.replacingOccurrences(of: "a ", with: "") } ?? "empty document") instead",
                at: root, source: source)
        }
        let dir = URL(
            fileURLWithPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        )
        .absoluteURL.standardized.path
        var plays: [Play] = []
        for item in items {
            guard case .dict(let d) = try PlaybookLoader.value(item, &c) else {
                throw PlaybookError(
                    "A playbook must be a list of plays, got a \(item.kindName.replacingOccurrences(of: "a ", with: "")) instead", at: item,
                    source: source)
            }
            if let imported = (d[string: "import_playbook"] ?? d[string: "ansible.builtin.import_playbook"])?.stringValue {
                let target = imported.hasPrefix("/") ? imported : (dir as NSString).appendingPathComponent(imported)
                plays += try loadPlaybook(target)
                continue
            }
            plays.append(try loadPlay(d, node: item, source: source, constructor: &c, dir: dir))
        }
        return plays
    }

    func loadPlay(_ d: ValueDict, node: YAMLNode, source: SourceText, constructor c: inout YAMLConstructor, dir: String)
        throws(PlaybookError)
        -> Play
    {
        for (k, _) in d.items {
            let key = PythonFormat.str(k)
            if !PlaybookLoader.playKeywords.contains(key) {
                let at = node.pairs?.first { $0.key.scalarText == key }?.key ?? node
                throw PlaybookError("'\(key)' is not a valid attribute for a Play", at: at, source: source)
            }
        }
        let hostsValue = d[string: "hosts"] ?? .null
        let hosts: String
        if let l = hostsValue.listValue {
            hosts = l.map { PythonFormat.str($0) }.joined(separator: ",")
        } else if let s = hostsValue.stringValue {
            hosts = s
        } else if case .null = hostsValue {
            throw PlaybookError("Playbook requires a 'hosts' key", at: node, source: source)
        } else {
            hosts = PythonFormat.str(hostsValue)
        }
        var roles: [Role] = []
        var handlers: [Task] = []
        let pre = try taskList(PlaybookLoader.child(node, "pre_tasks"), source: source, constructor: &c, role: nil)
        var main: [Task] = []
        var seen: [String] = []
        for (i, r) in (d[string: "roles"]?.listValue ?? []).enumerated() {
            let entryNode = PlaybookLoader.child(node, "roles")?.items?[i] ?? node
            var name: String
            var params = ValueDict()
            var entry = ValueDict()
            if case .dict(let rd) = r {
                name = (rd[string: "role"] ?? rd[string: "name"])?.stringValue ?? ""
                for (k, v) in rd.items {
                    let key = PythonFormat.str(k)
                    if ["role", "name"].contains(key) { continue }
                    if key == "vars" || key == "when" || key == "tags" || PlaybookLoader.inheritedKeywords.contains(key) {
                        entry[k] = v
                    } else {
                        params[k] = v
                    }
                }
                if case .dict(let vars)? = rd[string: "vars"] { params.update(vars) }
            } else {
                name = PythonFormat.str(r)
            }
            entry.removeValue(forKey: "vars")
            let (found, tasks, roleHandlers) = try expandRole(
                name, params: params, playDir: dir, at: entryNode, source: source, seen: &seen, tasksFrom: "main")
            roles += found
            main += tasks.map { PlaybookLoader.inherit($0, entry) }
            handlers += roleHandlers
        }
        main += try taskList(PlaybookLoader.child(node, "tasks"), source: source, constructor: &c, role: nil)
        let post = try taskList(PlaybookLoader.child(node, "post_tasks"), source: source, constructor: &c, role: nil)
        var playHandlers = try taskList(PlaybookLoader.child(node, "handlers"), source: source, constructor: &c, role: nil)
        for i in playHandlers.indices { PlaybookLoader.markHandler(&playHandlers[i]) }
        handlers += playHandlers
        // tasks inherit the play's tags and keywords (become, environment...)
        var fromPlay = PlaybookLoader.passedDown(d)
        fromPlay.removeValue(forKey: "vars")
        fromPlay.removeValue(forKey: "when")
        let sections = [pre, main, post].map { $0.map { PlaybookLoader.inherit($0, fromPlay) } }
        fromPlay.removeValue(forKey: "tags")
        handlers = handlers.map { PlaybookLoader.inherit($0, fromPlay) }
        return Play(
            name: d[string: "name"].map { $0.stringValue ?? PythonFormat.str($0) }, hosts: hosts,
            vars: d[string: "vars"]?.dictValue ?? ValueDict(), varsFiles: d[string: "vars_files"]?.listValue ?? [], roles: roles,
            sections: sections, handlers: handlers, keywords: d, location: node.location, directory: dir)
    }

    static func markHandler(_ t: inout Task) {
        if let l = t.keywords[string: "listen"] { t.listen = (l.listValue ?? [l]).map { $0.stringValue ?? PythonFormat.str($0) } }
    }

    /// A role with its meta dependencies before it: (roles, tasks, handlers).
    func expandRole(
        _ name: String, params: ValueDict, playDir: String, at node: YAMLNode, source: SourceText, seen: inout [String], tasksFrom: String
    ) throws(PlaybookError) -> ([Role], [Task], [Task]) {
        let role = try loadRole(name, params: params, playDir: playDir, at: node, source: source)
        let key = role.path + "|" + PythonFormat.repr(.dict(params)) + "|" + tasksFrom
        if seen.contains(key) { return ([], [], []) }
        seen.append(key)
        var roles: [Role] = []
        var tasks: [Task] = []
        var handlers: [Task] = []
        if let metaFile = mainFile((role.path as NSString).appendingPathComponent("meta"), "main") {
            let meta: Value
            do {
                meta = try YAMLLoader.loadFile(metaFile).0
            } catch {
                throw PlaybookError(error.diagnostic)
            }
            for dep in meta.dictValue?[string: "dependencies"]?.listValue ?? [] {
                var depName = ""
                var depParams = ValueDict()
                var entry = ValueDict()
                if case .dict(let dd) = dep {
                    depName = (dd[string: "role"] ?? dd[string: "name"])?.stringValue ?? ""
                    for (k, v) in dd.items where !["role", "name"].contains(PythonFormat.str(k)) {
                        let key = PythonFormat.str(k)
                        if key == "when" || key == "tags" || PlaybookLoader.inheritedKeywords.contains(key) {
                            entry[k] = v
                        } else if key == "vars", case .dict(let vars) = v {
                            depParams.update(vars)
                        } else {
                            depParams[k] = v
                        }
                    }
                } else {
                    depName = PythonFormat.str(dep)
                }
                let (r, t, h) = try expandRole(
                    depName, params: depParams, playDir: playDir, at: node, source: source, seen: &seen, tasksFrom: "main")
                roles += r
                func depending(_ x: Task) -> Task {
                    var x = x
                    x.role?.dependents.append(role.path)
                    return x
                }
                tasks += t.map { PlaybookLoader.inherit(depending($0), entry) }
                handlers += h.map(depending)
            }
        }
        roles.append(role)
        tasks += try roleTasks(role, file: tasksFrom)
        if let hf = mainFile((role.path as NSString).appendingPathComponent("handlers"), "main") {
            var hs = try taskFile(hf, role: role)
            for i in hs.indices { PlaybookLoader.markHandler(&hs[i]) }
            handlers += hs
        }
        return (roles, tasks, handlers)
    }

    /// Finds a role: beside the playbook in `roles/`, then `roles_path`.
    public func findRole(_ name: String, playDir: String) -> String? {
        let candidates = [(playDir as NSString).appendingPathComponent("roles")] + rolesPath + [playDir]
        for base in candidates {
            let path = name.hasPrefix("/") ? name : (base as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return path }
        }
        return nil
    }

    /// A role by name, for `include_role` at run time.
    public func role(_ name: String, playDir: String) throws(PlaybookError) -> Role {
        guard let path = findRole(name, playDir: playDir) else {
            throw PlaybookError(
                Diagnostic(
                    .error, "the role '\(name)' was not found in \(([playDir + "/roles"] + rolesPath + [playDir]).joined(separator: ":"))"))
        }
        return Role(
            name: (name as NSString).lastPathComponent, path: path, defaults: try mainVars(path, "defaults"),
            vars: try mainVars(path, "vars"),
            params: ValueDict())
    }

    /// The tasks of a role's task file (`main` or `tasks_from`), for `include_role`.
    public func tasks(of role: Role, file: String, varsFrom: String?, defaultsFrom: String?) throws(PlaybookError) -> (Role, [Task]) {
        var r = role
        if let vf = varsFrom { r.vars.update(try mainVars(r.path, "vars", file: vf)) }
        if let df = defaultsFrom { r.defaults.update(try mainVars(r.path, "defaults", file: df)) }
        return (r, try roleTasks(r, file: file))
    }

    func loadRole(_ name: String, params: ValueDict, playDir: String, at node: YAMLNode, source: SourceText) throws(PlaybookError) -> Role {
        guard let path = findRole(name, playDir: playDir) else {
            var e = PlaybookError(
                "The role '\(name)' was not found in: \(([playDir + "/roles"] + rolesPath + [playDir]).joined(separator: ":"))", at: node,
                source: source)
            e.exit = 1
            throw e
        }
        return Role(
            name: (name as NSString).lastPathComponent, path: path, defaults: try mainVars(path, "defaults"),
            vars: try mainVars(path, "vars"), params: params)
    }

    func mainFile(_ dir: String, _ name: String) -> String? {
        for ext in ["", ".yml", ".yaml", ".json"] {
            let p = (dir as NSString).appendingPathComponent(name + ext)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue { return p }
        }
        return nil
    }

    func mainVars(_ rolePath: String, _ sub: String, file: String = "main") throws(PlaybookError) -> ValueDict {
        guard let file = mainFile((rolePath as NSString).appendingPathComponent(sub), file) else { return ValueDict() }
        do {
            let (v, _) = try YAMLLoader.loadFile(file)
            return v.dictValue ?? ValueDict()
        } catch {
            throw PlaybookError(error.diagnostic)
        }
    }

    func roleTasks(_ role: Role, file: String) throws(PlaybookError) -> [Task] {
        var tasks: [Task] = []
        if let path = mainFile((role.path as NSString).appendingPathComponent("tasks"), file) { tasks = try taskFile(path, role: role) }
        // a role with an argument spec for this entry point checks its arguments first
        if let (spec, location) = try argumentSpec(role, entryPoint: file) {
            var name = "Validating arguments against arg spec '\(file)'"
            if let short = spec[string: "short_description"] { name += " - " + PythonFormat.str(short) }
            var t = Task(
                name: name, module: "ansible.builtin.validate_argument_spec",
                args: ValueDict([
                    ("argument_spec", spec[string: "options"] ?? .dict(ValueDict())), ("provided_arguments", .dict(role.params)),
                    (
                        "validate_args_context",
                        .dict(
                            ValueDict([
                                ("argument_spec_name", .string(file)), ("name", .string(role.name)), ("path", .string(role.path)),
                                ("type", "role"),
                            ]))
                    ),
                ]),
                keywords: ValueDict([("tags", .list(["always"]))]), location: location, role: role)
            t.id = TaskIDs.shared.take()
            tasks.insert(t, at: 0)
        }
        return tasks
    }

    /// A role's argument spec for an entry point: `meta/argument_specs.yml` (or `.yaml`), else
    /// the `argument_specs` of `meta/main.yml`.
    func argumentSpec(_ role: Role, entryPoint: String) throws(PlaybookError) -> (ValueDict, SourceLocation)? {
        let meta = (role.path as NSString).appendingPathComponent("meta")
        for file in [mainFile(meta, "argument_specs"), mainFile(meta, "main")].compactMap({ $0 }) {
            let value: Value
            do {
                value = try YAMLLoader.loadFile(file).0
            } catch {
                throw PlaybookError(error.diagnostic)
            }
            guard case .dict(let specs)? = value.dictValue?[string: "argument_specs"], case .dict(let spec)? = specs[string: entryPoint]
            else {
                if (file as NSString).lastPathComponent.hasPrefix("argument_specs") { return nil }
                continue
            }
            return (spec, SourceLocation(file: file, line: 0, column: 0))
        }
        return nil
    }

    /// A role's handlers (`handlers/main`), marked as handlers.
    public func handlers(of role: Role) throws(PlaybookError) -> [Task] {
        guard let file = mainFile((role.path as NSString).appendingPathComponent("handlers"), "main") else { return [] }
        var hs = try taskFile(file, role: role)
        for i in hs.indices { PlaybookLoader.markHandler(&hs[i]) }
        return hs
    }

    /// The tasks of a task file.
    public func taskFile(_ path: String, role: Role?) throws(PlaybookError) -> [Task] {
        let (root, source, c0) = try load(path)
        var c = c0
        guard let root, !root.isNull else { return [] }
        guard root.items != nil else { throw PlaybookError("A task file must be a list of tasks", at: root, source: source) }
        return try taskList(root, source: source, constructor: &c, role: role)
    }

    func taskList(_ node: YAMLNode?, source: SourceText, constructor c: inout YAMLConstructor, role: Role?) throws(PlaybookError) -> [Task]
    {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else { throw PlaybookError("A list of tasks was expected here", at: node, source: source) }
        var out: [Task] = []
        for item in items { out += try task(item, source: source, constructor: &c, role: role) }
        return out
    }

    func task(_ node: YAMLNode, source: SourceText, constructor c: inout YAMLConstructor, role: Role?) throws(PlaybookError) -> [Task] {
        guard case .dict(let d) = try PlaybookLoader.value(node, &c) else {
            throw PlaybookError("A task must be a mapping", at: node, source: source)
        }
        var keywords = ValueDict()
        var module: String?
        var args = ValueDict()
        let parent = (source.path as NSString).deletingLastPathComponent
        let dir = URL(fileURLWithPath: parent.isEmpty ? "." : parent).absoluteURL.standardized.path
        for (k, v) in d.items {
            let key = PythonFormat.str(k)
            // `with_<lookup>` is a loop over any lookup
            if PlaybookLoader.taskKeywords.contains(key) || key.hasPrefix("with_") {
                keywords[k] = v
                continue
            }
            if module != nil {
                throw PlaybookError(
                    "conflicting action statements: \(module ?? ""), \(key)", at: node, source: source)
            }
            module = key
            switch v {
            case .dict(let a): args = a
            case .string(let s): args = PlaybookLoader.freeForm(s, module: key)
            case .null: break
            default: args[string: "_raw_params"] = v
            }
        }
        if let action = keywords[string: "action"] ?? keywords[string: "local_action"], module == nil {
            if keywords[string: "local_action"] != nil { keywords[string: "delegate_to"] = "localhost" }
            switch action {
            case .string(let s):
                let parts = s.split(separator: " ", maxSplits: 1).map(String.init)
                module = parts.first
                if parts.count > 1 { args = PlaybookLoader.freeForm(parts[1], module: parts[0]) }
            case .dict(let ad):
                module = ad[string: "module"]?.stringValue
                for (k, v) in ad.items where PythonFormat.str(k) != "module" { args[k] = v }
            default: break
            }
            keywords.removeValue(forKey: "action")
            keywords.removeValue(forKey: "local_action")
        }
        var argsTemplate: String?
        switch keywords[string: "args"] {
        case .dict(let extra)?: args.update(extra)
        case .string(let s)?: argsTemplate = s
        default: break
        }
        keywords.removeValue(forKey: "args")
        if keywords[string: "block"] != nil {
            if let module { throw PlaybookError("'\(module)' is not a valid attribute for a Block", at: node, source: source) }
            var t = Task(
                name: keywords[string: "name"]?.stringValue, module: "block", args: args, keywords: keywords, location: node.location,
                role: role)
            t.id = TaskIDs.shared.take()
            let passed = PlaybookLoader.passedDown(keywords)
            t.block = try taskList(PlaybookLoader.child(node, "block"), source: source, constructor: &c, role: role).map {
                PlaybookLoader.inherit($0, passed)
            }
            t.rescue = try taskList(PlaybookLoader.child(node, "rescue"), source: source, constructor: &c, role: role).map {
                PlaybookLoader.inherit($0, passed)
            }
            t.always = try taskList(PlaybookLoader.child(node, "always"), source: source, constructor: &c, role: role).map {
                PlaybookLoader.inherit($0, passed)
            }
            return [t]
        }
        guard let module else {
            let keys = d.keys.map { PythonFormat.str($0) }
            if let bad = keys.first(where: { !PlaybookLoader.taskKeywords.contains($0) }) {
                throw PlaybookError("couldn't resolve module/action '\(bad)'", at: node, source: source)
            }
            throw PlaybookError("no module/action detected in task.", at: node, source: source)
        }
        let short = module.split(separator: ".").last.map(String.init) ?? module
        // one task as written, with the places of its parts
        func single() -> [Task] {
            var t = Task(
                name: keywords[string: "name"].map { $0.stringValue ?? PythonFormat.str($0) }, module: module, args: args,
                keywords: keywords, location: node.location, role: role)
            t.id = TaskIDs.shared.take()
            t.argsTemplate = argsTemplate
            PlaybookLoader.locate(&t, node: node, module: module)
            return [t]
        }
        if !expandIncludes && (short == "include_tasks" || short == "include_role") { return single() }
        switch short {
        case "import_tasks", "include_tasks":
            let file = args[string: "file"]?.stringValue ?? args[string: "_raw_params"]?.stringValue ?? ""
            let base = role.map { ($0.path as NSString).appendingPathComponent("tasks") } ?? dir
            var path = file.hasPrefix("/") ? file : (base as NSString).appendingPathComponent(file)
            if !FileManager.default.fileExists(atPath: path) { path = (dir as NSString).appendingPathComponent(file) }
            guard FileManager.default.fileExists(atPath: path) else {
                throw PlaybookError("Could not find or access '\(file)'", at: node, source: source)
            }
            let tasks = try taskFile(path, role: role)
            return tasks.map { PlaybookLoader.inherit($0, PlaybookLoader.passedDown(keywords)) }
        case "import_role", "include_role":
            guard let name = args[string: "name"]?.stringValue else {
                throw PlaybookError("'name' is a required field for \(short)", at: node, source: source)
            }
            // Ansible points at the role's name
            let moduleValue = node.pairs?.first { $0.key.scalarText == module }?.value
            let nameNode = moduleValue?.pairs?.first { $0.key.scalarText == "name" }?.value ?? moduleValue ?? node
            var r = try loadRole(name, params: ValueDict(), playDir: basedir ?? dir, at: nameNode, source: source)
            if let vf = args[string: "vars_from"]?.stringValue { r.vars.update(try mainVars(r.path, "vars", file: vf)) }
            if let df = args[string: "defaults_from"]?.stringValue { r.defaults.update(try mainVars(r.path, "defaults", file: df)) }
            let tasks = try roleTasks(r, file: args[string: "tasks_from"]?.stringValue ?? "main")
            return tasks.map { PlaybookLoader.inherit($0, PlaybookLoader.passedDown(keywords)) }
        default:
            return single()
        }
    }

    /// Records where the module key, each argument and each keyword value are.
    static func locate(_ t: inout Task, node: YAMLNode, module: String) {
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalarText else { continue }
            if key == module {
                t.moduleLocation = pair.key.location
                if let argPairs = pair.value.pairs {
                    for a in argPairs { if let k = a.key.scalarText { t.argLocations[k] = a.value.location } }
                } else {
                    for k in t.args.keys.compactMap({ $0.stringValue }) { t.argLocations[k] = pair.value.location }
                }
            } else if key == "args", let argPairs = pair.value.pairs {
                for a in argPairs { if let k = a.key.scalarText { t.argLocations[k] = a.value.location } }
            } else if key == "args" {
                t.argsTemplateLocation = pair.value.location
            } else {
                t.keywordLocations[key] = pair.value.items?.first?.location ?? pair.value.location
            }
        }
    }

    /// What an enclosing block or import passes to its tasks.
    static func passedDown(_ k: ValueDict) -> ValueDict {
        var out = ValueDict()
        for key in ["when", "tags", "vars"] + inheritedKeywords { if let v = k[string: key] { out[string: key] = v } }
        return out
    }

    /// A task with the keywords of what encloses it: `when` conditions are joined (outer first),
    /// tags are united, vars merged (the task's own win), other keywords filled in when unset.
    public static func inherit(_ task: Task, _ outer: ValueDict) -> Task {
        var t = task
        if let w = outer[string: "when"] {
            let inner = t.keywords[string: "when"]
            let list = (w.listValue ?? [w]) + (inner.map { $0.listValue ?? [$0] } ?? [])
            t.keywords[string: "when"] = .list(list)
        }
        if let tags = outer[string: "tags"] {
            let inner = t.keywords[string: "tags"]
            t.keywords[string: "tags"] = .list(tagList(tags) + (inner.map(tagList) ?? []))
        }
        if case .dict(let v)? = outer[string: "vars"] {
            var merged = v
            if case .dict(let inner)? = t.keywords[string: "vars"] { merged.update(inner) }
            t.keywords[string: "vars"] = .dict(merged)
        }
        for key in inheritedKeywords where t.keywords[string: key] == nil {
            if let v = outer[string: key] { t.keywords[string: key] = v }
        }
        // environment accumulates from the outside in (the task's own values win)
        if let outerEnv = outer[string: "environment"], let innerEnv = task.keywords[string: "environment"] {
            t.keywords[string: "environment"] = .list((outerEnv.listValue ?? [outerEnv]) + (innerEnv.listValue ?? [innerEnv]))
        }
        if t.block != nil {
            t.block = t.block?.map { inherit($0, outer) }
            t.rescue = t.rescue?.map { inherit($0, outer) }
            t.always = t.always?.map { inherit($0, outer) }
        }
        return t
    }

    /// Tags as a list of strings (`tags: a,b` is two tags).
    public static func tagList(_ v: Value) -> [Value] {
        if let l = v.listValue { return l.map { .string($0.stringValue ?? PythonFormat.str($0)) } }
        if let s = v.stringValue { return s.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) } }
        return [.string(PythonFormat.str(v))]
    }

    /// `src=a dest=b` arguments: ansible-core's `parse_kv` (with `check_raw` for the free-form
    /// actions, whose text keeps every pair but the few they take).
    static func freeForm(_ s: String, module: String) -> ValueDict {
        let short = module.split(separator: ".").last.map(String.init) ?? module
        return ArgSplitter.parseKV(s, checkRaw: modulesWithFreeForm.contains(short))
    }
}

/// ansible-core's `parsing/splitter.py`: `split_args` (whitespace, except inside quotes and
/// Jinja2 blocks), `parse_kv` and `join_args`.
public enum ArgSplitter {
    static let rawKeys: Set<String> = [
        "creates", "removes", "chdir", "executable", "warn", "stdin", "stdin_add_newline", "strip_empty_ends",
    ]

    /// `parse_kv`: `k=v` pairs (the value unquoted), the rest joined as `_raw_params`.
    public static func parseKV(_ args: String, checkRaw: Bool) -> ValueDict {
        var out = ValueDict()
        guard let tokens = try? split(args) else {
            out[string: "_raw_params"] = .string(args)
            return out
        }
        var raw: [String] = []
        for original in tokens {
            let x = decodeEscapes(original)
            let chars = Array(x)
            var pos: Int?
            var i = 1
            while i < chars.count {
                if chars[i] == "=" && chars[i - 1] != "\\" {
                    pos = i
                    break
                }
                i += 1
            }
            guard x.contains("=") else {
                raw.append(original)
                continue
            }
            guard let pos else {
                raw.append(x.replacingOccurrences(of: "\\=", with: "="))
                continue
            }
            let k = String(chars[..<pos])
            let v = String(chars[(pos + 1)...])
            if checkRaw && !rawKeys.contains(k) {
                raw.append(original)
            } else {
                out[string: k.trimmingCharacters(in: .whitespaces)] = .string(unquote(v.trimmingCharacters(in: .whitespaces)))
            }
        }
        if !raw.isEmpty { out[string: "_raw_params"] = .string(join(raw)) }
        return out
    }

    static func unquote(_ s: String) -> String {
        let c = Array(s)
        if c.count > 1, c[0] == c[c.count - 1], c[0] == "\"" || c[0] == "'", c[c.count - 2] != "\\" { return String(c[1..<(c.count - 1)]) }
        return s
    }

    /// `_decode_escapes`: \\uXXXX, \\xXX, \\n and the other one-letter escapes (not octal).
    static func decodeEscapes(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        let c = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func hex(_ n: Int) -> Unicode.Scalar? {
            guard i + 1 + n < c.count + 1, i + 2 + n <= c.count else { return nil }
            let digits = String(String.UnicodeScalarView(c[(i + 2)..<(i + 2 + n)]))
            guard digits.count == n, let v = UInt32(digits, radix: 16) else { return nil }
            return Unicode.Scalar(v)
        }
        while i < c.count {
            if c[i] == "\\", i + 1 < c.count {
                let e = c[i + 1]
                let single: [Unicode.Scalar: Unicode.Scalar] = [
                    "\\": "\\", "'": "'", "\"": "\"", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t",
                    "v": "\u{0B}",
                ]
                if let m = single[e] {
                    out.append(m)
                    i += 2
                    continue
                }
                let width = e == "x" ? 2 : e == "u" ? 4 : e == "U" ? 8 : 0
                if width > 0, let v = hex(width) {
                    out.append(v)
                    i += 2 + width
                    continue
                }
            }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }

    /// `join_args`: tokens joined with a space, none after a newline.
    public static func join(_ tokens: [String]) -> String {
        var result = ""
        for p in tokens {
            if result.isEmpty || result.hasSuffix("\n") { result += p } else { result += " " + p }
        }
        return result
    }

    struct Unbalanced: Error {}

    static func quoteState(_ token: String, _ quote: Character?) -> Character? {
        var q = quote
        var prev: Character?
        for c in token {
            if (c == "\"" || c == "'") && prev != "\\" {
                if let open = q {
                    if c == open { q = nil }
                } else {
                    q = c
                }
            }
            prev = c
        }
        return q
    }

    static func count(_ token: String, _ depth: Int, _ open: String, _ close: String) -> Int {
        let opens = token.components(separatedBy: open).count - 1
        let closes = token.components(separatedBy: close).count - 1
        guard opens != closes else { return depth }
        return max(0, depth + opens - closes)
    }

    /// `split_args`.
    public static func split(_ args: String) throws -> [String] {
        guard !args.isEmpty else { return [] }
        var params: [String] = []
        let items = args.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var quote: Character?
        var insideQuotes = false
        var printDepth = 0
        var blockDepth = 0
        var commentDepth = 0
        for (itemIndex, item) in items.enumerated() {
            let tokens = item.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var continuation = false
            for (idx, token) in tokens.enumerated() {
                if token.isEmpty && idx != 0 {
                    if params.isEmpty { params.append("") }
                    params[params.count - 1] += " "
                    continue
                }
                if token == "\\" && !insideQuotes {
                    continuation = true
                    continue
                }
                let wasInsideQuotes = insideQuotes
                quote = quoteState(token, quote)
                insideQuotes = quote != nil
                var appended = false
                let inBlock = printDepth > 0 || blockDepth > 0 || commentDepth > 0
                if insideQuotes && !wasInsideQuotes && !inBlock {
                    params.append(token)
                    appended = true
                } else if inBlock || insideQuotes || wasInsideQuotes {
                    if params.isEmpty { params.append("") }
                    if idx == 0 && wasInsideQuotes {
                        params[params.count - 1] += token
                    } else {
                        params[params.count - 1] += (idx > 0 ? " " : "") + token
                    }
                    appended = true
                }
                // a token that opens or closes a Jinja block starts a parameter of its own
                func track(_ depth: inout Int, _ open: String, _ close: String) {
                    let d = count(token, depth, open, close)
                    if d != depth && !appended {
                        params.append(token)
                        appended = true
                    }
                    depth = d
                }
                track(&printDepth, "{{", "}}")
                track(&blockDepth, "{%", "%}")
                track(&commentDepth, "{#", "#}")
                if printDepth == 0 && blockDepth == 0 && commentDepth == 0 && !insideQuotes && !appended && !token.isEmpty {
                    params.append(token)
                }
            }
            if items.count > 1 && itemIndex != items.count - 1 && !continuation {
                if params.isEmpty { params.append("") }
                params[params.count - 1] += "\n"
            }
        }
        if printDepth > 0 || blockDepth > 0 || commentDepth > 0 || insideQuotes { throw Unbalanced() }
        return params
    }
}
