import Foundation
import SwansibleCore
import YAML

/// An error in a playbook, a role or a task file.
public struct PlaybookError: DiagnosticConvertible, Sendable {
    public var diagnostic: Diagnostic

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
    public var name: String?
    /// The module as written (`template`, `ansible.builtin.template`...).
    public var module: String
    /// The module's arguments (free-form `k=v` text becomes a mapping).
    public var args: ValueDict
    /// Every other keyword (`when`, `loop`, `vars`, `validate` lives in args).
    public var keywords: ValueDict
    public var location: SourceLocation
    /// The role it comes from, if any.
    public var role: Role?
    /// Tasks of a block (with rescue and always), when this is a block.
    public var block: [Task]?
    public var rescue: [Task]?
    public var always: [Task]?
}

/// A role: its tasks, defaults, vars and where its templates are.
public struct Role: Sendable {
    public var name: String
    public var path: String
    public var defaults: ValueDict
    public var vars: ValueDict
    /// Parameters given where the role is used.
    public var params: ValueDict
}

/// A play, with its roles already expanded into task lists.
public struct Play: Sendable {
    public var name: String?
    public var hosts: String
    public var vars: ValueDict
    public var varsFiles: [Value]
    public var roles: [Role]
    /// pre_tasks, then roles' tasks, then tasks, then post_tasks.
    public var tasks: [Task]
    public var location: SourceLocation
}

/// Reads playbooks, roles and task files.
public struct PlaybookLoader {
    public var rolesPath: [String]

    public init(rolesPath: [String]) {
        self.rolesPath = rolesPath
    }

    static let modulesWithFreeForm: Set<String> = ["command", "shell", "raw", "script"]
    static let taskKeywords: Set<String> = [
        "name", "when", "loop", "loop_control", "with_items", "with_list", "with_dict", "with_sequence", "with_subelements",
        "with_fileglob", "register", "notify", "listen", "changed_when", "failed_when", "ignore_errors", "ignore_unreachable",
        "no_log", "tags", "delegate_to", "run_once", "become", "become_user", "become_method", "vars", "environment", "check_mode",
        "diff", "until", "retries", "delay", "args", "block", "rescue", "always", "collections", "any_errors_fatal",
        "connection", "remote_user", "throttle", "timeout", "module_defaults", "debugger", "async", "poll", "local_action",
        "delegate_facts", "port", "action",
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
            throw PlaybookError(error.diagnostic)
        }
    }

    static func value(_ node: YAMLNode, _ c: inout YAMLConstructor) throws(PlaybookError) -> Value {
        do {
            return try c.construct(node)
        } catch {
            throw PlaybookError(error.diagnostic)
        }
    }

    /// The plays of a playbook, following `import_playbook`.
    public func loadPlaybook(_ path: String) throws(PlaybookError) -> [Play] {
        let (root, source, c0) = try load(path)
        var c = c0
        guard let root, let items = root.items else {
            throw PlaybookError("a playbook must be a list of plays", at: root, source: source)
        }
        let dir = (path as NSString).deletingLastPathComponent
        var plays: [Play] = []
        for item in items {
            guard case .dict(let d) = try PlaybookLoader.value(item, &c) else {
                throw PlaybookError("a play must be a mapping", at: item, source: source)
            }
            if let imported = (d[string: "import_playbook"] ?? d[string: "ansible.builtin.import_playbook"])?.stringValue {
                plays += try loadPlaybook((dir as NSString).appendingPathComponent(imported))
                continue
            }
            plays.append(try loadPlay(d, node: item, source: source, dir: dir))
        }
        return plays
    }

    func loadPlay(_ d: ValueDict, node: YAMLNode, source: SourceText, dir: String) throws(PlaybookError) -> Play {
        let hostsValue = d[string: "hosts"] ?? .null
        let hosts: String
        if let l = hostsValue.listValue {
            hosts = l.map { PythonFormat.str($0) }.joined(separator: ",")
        } else if let s = hostsValue.stringValue {
            hosts = s
        } else {
            throw PlaybookError("the play has no 'hosts'", at: node, source: source)
        }
        var roles: [Role] = []
        var tasks: [Task] = []
        tasks += try taskList(d[string: "pre_tasks"], file: source.path, role: nil)
        for r in d[string: "roles"]?.listValue ?? [] {
            var name: String
            var params = ValueDict()
            if case .dict(let rd) = r {
                name = (rd[string: "role"] ?? rd[string: "name"])?.stringValue ?? ""
                for (k, v) in rd.items where !["role", "name", "tags", "when", "vars"].contains(PythonFormat.str(k)) { params[k] = v }
                if case .dict(let vars)? = rd[string: "vars"] { params.update(vars) }
            } else {
                name = PythonFormat.str(r)
            }
            let role = try loadRole(name, params: params, playDir: dir, at: node, source: source)
            roles.append(role)
            tasks += try roleTasks(role, file: "main")
        }
        tasks += try taskList(d[string: "tasks"], file: source.path, role: nil)
        tasks += try taskList(d[string: "post_tasks"], file: source.path, role: nil)
        return Play(
            name: d[string: "name"]?.stringValue, hosts: hosts, vars: d[string: "vars"]?.dictValue ?? ValueDict(),
            varsFiles: d[string: "vars_files"]?.listValue ?? [], roles: roles, tasks: tasks, location: node.location)
    }

    /// Finds a role: beside the playbook in `roles/`, then `roles_path`.
    public func findRole(_ name: String, playDir: String) -> String? {
        let candidates = [(playDir as NSString).appendingPathComponent("roles")] + rolesPath + [playDir]
        for base in candidates {
            let path = (base as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return path }
        }
        return nil
    }

    func loadRole(_ name: String, params: ValueDict, playDir: String, at node: YAMLNode, source: SourceText) throws(PlaybookError) -> Role {
        guard let path = findRole(name, playDir: playDir) else {
            throw PlaybookError(
                "the role '\(name)' was not found in \(([playDir + "/roles"] + rolesPath).joined(separator: ":"))", at: node, source: source
            )
        }
        return Role(
            name: name, path: path, defaults: try mainVars(path, "defaults"), vars: try mainVars(path, "vars"), params: params)
    }

    func mainFile(_ dir: String, _ name: String) -> String? {
        for ext in ["", ".yml", ".yaml", ".json"] {
            let p = (dir as NSString).appendingPathComponent(name + ext)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue { return p }
        }
        return nil
    }

    func mainVars(_ rolePath: String, _ sub: String) throws(PlaybookError) -> ValueDict {
        guard let file = mainFile((rolePath as NSString).appendingPathComponent(sub), "main") else { return ValueDict() }
        do {
            let (v, _) = try YAMLLoader.loadFile(file)
            return v.dictValue ?? ValueDict()
        } catch {
            throw PlaybookError(error.diagnostic)
        }
    }

    func roleTasks(_ role: Role, file: String) throws(PlaybookError) -> [Task] {
        guard let path = mainFile((role.path as NSString).appendingPathComponent("tasks"), file) else { return [] }
        return try taskFile(path, role: role)
    }

    /// The tasks of a task file.
    public func taskFile(_ path: String, role: Role?) throws(PlaybookError) -> [Task] {
        let (root, source, c0) = try load(path)
        var c = c0
        guard let root else { return [] }
        guard let items = root.items else { throw PlaybookError("a task file must be a list of tasks", at: root, source: source) }
        var out: [Task] = []
        for item in items { out += try task(item, source: source, constructor: &c, role: role) }
        return out
    }

    func taskList(_ v: Value?, file: String, role: Role?) throws(PlaybookError) -> [Task] {
        // tasks inline in a play: re-read with positions from the play file
        guard let v, let list = v.listValue else { return [] }
        var out: [Task] = []
        for t in list {
            guard case .dict(let d) = t else { continue }
            out += try taskFromValue(
                d, location: SourceLocation(file: file, line: 1, column: 1), role: role, dir: (file as NSString).deletingLastPathComponent)
        }
        return out
    }

    func task(_ node: YAMLNode, source: SourceText, constructor c: inout YAMLConstructor, role: Role?) throws(PlaybookError) -> [Task] {
        guard case .dict(let d) = try PlaybookLoader.value(node, &c) else {
            throw PlaybookError("a task must be a mapping", at: node, source: source)
        }
        do {
            return try taskFromValue(d, location: node.location, role: role, dir: (source.path as NSString).deletingLastPathComponent)
        } catch {
            var e = error
            if e.diagnostic.location == nil || e.diagnostic.location?.line == 1 {
                e.diagnostic.location = node.location
                e.diagnostic.sourceLine = source.line(node.location.line)
            }
            throw e
        }
    }

    func taskFromValue(_ d: ValueDict, location: SourceLocation, role: Role?, dir: String) throws(PlaybookError) -> [Task] {
        var keywords = ValueDict()
        var module: String?
        var args = ValueDict()
        for (k, v) in d.items {
            let key = PythonFormat.str(k)
            if PlaybookLoader.taskKeywords.contains(key) {
                keywords[k] = v
                continue
            }
            if module != nil {
                throw PlaybookError(Diagnostic(.error, "conflicting action statements: \(module ?? "") and \(key)", at: location))
            }
            module = key
            switch v {
            case .dict(let a): args = a
            case .string(let s): args = PlaybookLoader.freeForm(s, module: key)
            case .null: break
            default: args[string: "_raw_params"] = v
            }
        }
        if case .dict(let extra)? = keywords[string: "args"] { args.update(extra) }
        if let block = keywords[string: "block"]?.listValue {
            var t = Task(
                name: keywords[string: "name"]?.stringValue, module: "block", args: args, keywords: keywords, location: location, role: role
            )
            t.block = try tasks(block, location: location, role: role, dir: dir)
            t.rescue = try tasks(keywords[string: "rescue"]?.listValue ?? [], location: location, role: role, dir: dir)
            t.always = try tasks(keywords[string: "always"]?.listValue ?? [], location: location, role: role, dir: dir)
            return [t]
        }
        guard let module else { throw PlaybookError(Diagnostic(.error, "no module/action detected in task", at: location)) }
        let short = module.split(separator: ".").last.map(String.init) ?? module
        switch short {
        case "import_tasks", "include_tasks":
            let file = args[string: "file"]?.stringValue ?? args[string: "_raw_params"]?.stringValue ?? ""
            let base = role.map { ($0.path as NSString).appendingPathComponent("tasks") } ?? dir
            var tasks = try taskFile((base as NSString).appendingPathComponent(file), role: role)
            for i in tasks.indices { PlaybookLoader.inherit(&tasks[i], keywords) }
            return tasks
        case "import_role", "include_role":
            guard let name = args[string: "name"]?.stringValue, let path = findRole(name, playDir: dir) else {
                throw PlaybookError(Diagnostic(.error, "the role in \(module) was not found", at: location))
            }
            let r = Role(
                name: name, path: path, defaults: try mainVars(path, "defaults"), vars: try mainVars(path, "vars"), params: ValueDict())
            var tasks = try roleTasks(r, file: args[string: "tasks_from"]?.stringValue ?? "main")
            for i in tasks.indices { PlaybookLoader.inherit(&tasks[i], keywords) }
            return tasks
        default:
            return [
                Task(
                    name: keywords[string: "name"]?.stringValue, module: module, args: args, keywords: keywords, location: location,
                    role: role)
            ]
        }
    }

    func tasks(_ list: [Value], location: SourceLocation, role: Role?, dir: String) throws(PlaybookError) -> [Task] {
        var out: [Task] = []
        for x in list {
            guard case .dict(let xd) = x else { continue }
            out += try taskFromValue(xd, location: location, role: role, dir: dir)
        }
        return out
    }

    /// An included task takes the `when` and `vars` of the include.
    static func inherit(_ t: inout Task, _ outer: ValueDict) {
        if let w = outer[string: "when"] {
            let inner = t.keywords[string: "when"]
            let list = (w.listValue ?? [w]) + (inner.map { $0.listValue ?? [$0] } ?? [])
            t.keywords[string: "when"] = .list(list)
        }
        if case .dict(let v)? = outer[string: "vars"] {
            var merged = v
            if case .dict(let inner)? = t.keywords[string: "vars"] { merged.update(inner) }
            t.keywords[string: "vars"] = .dict(merged)
        }
    }

    /// `src=a dest=b` arguments.
    static func freeForm(_ s: String, module: String) -> ValueDict {
        var out = ValueDict()
        let short = module.split(separator: ".").last.map(String.init) ?? module
        if modulesWithFreeForm.contains(short) {
            out[string: "_raw_params"] = .string(s)
            return out
        }
        guard let words = try? ShellWords.split(s) else {
            out[string: "_raw_params"] = .string(s)
            return out
        }
        for w in words {
            if let eq = w.firstIndex(of: "=") {
                out[string: String(w[..<eq])] = .string(String(w[w.index(after: eq)...]))
            } else {
                out[string: "_raw_params"] = .string(w)
            }
        }
        return out
    }
}
