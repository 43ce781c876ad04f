import Connection
import Foundation
import Jinja
import Modules
import Playbook
import SwansibleCore
import Templating
import Variables
import Vault
import YAML

/// Action plugins: what runs on the controller (debug, set_fact, assert, fail, the rendering
/// half of template, reading copy's src) and the hand-off of remote modules to a connection.
extension PlaybookExecutor {
    /// Actions that run on the controller alone.
    static let controllerActions: Set<String> = [
        "debug", "set_fact", "assert", "fail", "meta", "include_vars", "set_stats", "pause", "async_status", "validate_argument_spec",
        "group_by", "add_host",
    ]

    /// Actions that take free-form text (`RAW_PARAM_MODULES`); for any other, words without a
    /// `k=` fail the task, unless the text could be one template.
    static let rawParamActions: Set<String> = [
        "include_vars", "include_tasks", "include_role", "import_tasks", "import_role", "add_host", "group_by", "set_fact", "meta",
        "command", "raw", "script", "shell", "win_command", "win_shell",
    ]

    /// ansible-core's `is_possibly_all_template`.
    static func isAllTemplate(_ s: String) -> Bool {
        s.hasPrefix("#jinja2:") || (["{{", "{%", "{#"].contains { s.hasPrefix($0) } && ["}}", "%}", "#}"].contains { s.hasSuffix($0) })
    }

    func runAction(_ task: Task, host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        let name = host.name
        let action = ModuleRegistry.shortName(task.module)
        var task = task
        // module_defaults (the play's, then the innermost block's or task's), under everything
        var defaults = ValueDict()
        for source in [playModuleDefaults, task.keywords[string: "module_defaults"]] {
            for layer in source.map({ (v: Value) -> [Value] in v.listValue ?? [v] }) ?? [] {
                guard case .dict(let d) = layer else { continue }
                for (k, v) in d.items where ModuleRegistry.shortName(PythonFormat.str(k)) == action {
                    if case .dict(let given) = v { defaults = given }
                }
            }
        }
        if !defaults.isEmpty {
            defaults.update(task.args)
            task.args = defaults
        }
        // arguments from templates (`debug: "{{ args }}"`, `args: "{{ args }}"`), under the
        // explicit ones, as ansible-core's TaskArgsFinalizer layers them
        var layers: [(String, SourceLocation?)] = []
        if let t = task.argsTemplate { layers.append((t, task.argsTemplateLocation)) }
        if let raw = task.args[string: "_raw_params"]?.stringValue, !raw.isEmpty, !Self.rawParamActions.contains(action) {
            guard Self.isAllTemplate(raw) else {
                return controllerFailure(name, [ErrorEvent("Action '\(fqcn(action))' does not support raw params.", task.moduleLocation)])
            }
            layers.append((raw, task.argLocations["_raw_params"] ?? task.moduleLocation))
            task.args[string: "_raw_params"] = nil
        }
        if !layers.isEmpty {
            var merged = ValueDict()
            for (text, location) in layers {
                var warning =
                    "Using a template for task args is unsafe in some situations (see https://docs.ansible.com/ansible/devel/reference_appendices/faq.html#argsplat-unsafe)."
                if let location { warning += "\n" + ErrorContext.origin(location) + "\n\n" }
                display.warning(warning)
                let value: Value
                do {
                    value = try manager.templar.templateString(text, name: location?.file ?? task.location.file, vars: vars)
                } catch {
                    return controllerFailure(
                        name,
                        [
                            ErrorEvent("Finalization of task args for '\(fqcn(action))' failed.", task.moduleLocation),
                            ErrorEvent(error.message, location),
                        ])
                }
                guard case .dict(let d) = value else {
                    return controllerFailure(
                        name,
                        [
                            ErrorEvent("Finalization of task args for '\(fqcn(action))' failed.", task.moduleLocation),
                            ErrorEvent(
                                "Task args must resolve to a 'dict' not \(PythonFormat.repr(.string(value.pythonTypeName))).", location),
                        ])
                }
                merged.update(d)
            }
            merged.update(task.args)
            task.args = merged
        }
        if action == "debug" { return debug(task, host: name, vars: vars) }
        var args = ValueDict()
        for (k, v) in task.args.items {
            do {
                let value = try templateDeep(v, vars: vars)
                if case .string(let s) = value, s.hasPrefix("__omit_place_holder__") { continue }
                args[k] = value
            } catch {
                let key = k.stringValue ?? PythonFormat.str(k)
                return controllerFailure(
                    name,
                    [
                        ErrorEvent("Finalization of task args for '\(fqcn(action))' failed.", task.moduleLocation),
                        ErrorEvent(
                            "Error while resolving value for '\(key)': \(error.message)", task.argLocations[key] ?? task.moduleLocation),
                    ])
            }
        }
        switch action {
        case "set_fact":
            var facts = ValueDict()
            for (k, v) in args.items where k.stringValue != "cacheable" { facts[k] = v }
            return TaskResult(host: name, status: .ok, result: ValueDict([("ansible_facts", .dict(facts)), ("changed", false)]))
        case "fail":
            let msg = args[string: "msg"].map { $0.stringValue ?? PythonFormat.str($0) } ?? "Failed as requested from task"
            return actionFailure(name, msg)
        case "assert":
            return assertion(task, args: args, host: name, vars: vars)
        case "include_vars":
            return includeVars(task, args: args, host: name)
        case "template":
            return await template(task, args: args, host: host, vars: vars, check: check)
        case "copy":
            return await copy(task, args: args, host: host, vars: vars, check: check)
        case "fetch":
            return await fetch(task, args: args, host: host, vars: vars, check: check)
        case "pause":
            return await pause(task, args: args, host: name)
        case "async_status":
            return await asyncStatus(task, args: args, host: name)
        case "script":
            return await script(task, args: args, host: host, vars: vars, check: check)
        case "group_by":
            return groupBy(args: args, host: host)
        case "add_host":
            return addHost(args: args, host: host)
        case "validate_argument_spec":
            return validateArgumentSpec(task, args: args, host: name, vars: vars)
        case "package":
            // the generic package module drives the host's manager: apt is the one swansible has
            if let mgr = host.facts[string: "pkg_mgr"]?.stringValue, mgr != "apt" {
                return actionFailure(name, "swansible's package module only drives apt (this host uses \(mgr))")
            }
            if let use = args[string: "use"]?.stringValue, use != "auto", use != "apt" {
                var r = TaskResult(
                    host: name, status: .failed,
                    result: ValueDict([
                        ("changed", false), ("msg", .string("Could not find a matching action for the \"\(use)\" package manager.")),
                    ]))
                r.errorChain = [ErrorEvent("Could not find a matching action for the \"\(use)\" package manager.")]
                return r
            }
            var a = args
            a.removeValue(forKey: "use")
            return await remote(AptModule.self, task: task, args: a, host: host, vars: vars, check: check, payload: nil)
        default:
            guard let module = ModuleRegistry.remote[action] else {
                let msg = "The module \(task.module) was not found in configured module paths"
                return controllerFailure(name, [ErrorEvent(msg)])
            }
            return await remote(module, task: task, args: args, host: host, vars: vars, check: check, payload: nil)
        }
    }

    func fqcn(_ action: String) -> String {
        switch action {
        case "sysctl": return "ansible.posix.sysctl"
        case "ini_file": return "community.general.ini_file"
        default: return "ansible.builtin.\(action)"
        }
    }

    // MARK: controller actions

    func debug(_ task: Task, host: String, vars: TemplateVariables) -> TaskResult {
        var result = ValueDict()
        if let v = task.args[string: "verbosity"], let n = Int(PythonFormat.str(v)), n > options.verbosity {
            var r = TaskResult(
                host: host, status: .skipped,
                result: ValueDict([("changed", false), ("skipped_reason", "Verbosity threshold not met.")]))
            r.verboseAlways = true
            return r
        }
        if let msg = task.args[string: "msg"] {
            do {
                result[string: "msg"] = try templateDeep(msg, vars: vars)
            } catch {
                return controllerFailure(
                    host,
                    [
                        ErrorEvent("Finalization of task args for 'ansible.builtin.debug' failed.", task.moduleLocation),
                        ErrorEvent(
                            "Error while resolving value for 'msg': \(error.message)", task.argLocations["msg"] ?? task.moduleLocation),
                    ], changed: nil)
            }
        } else if let v = task.args[string: "var"] {
            let expr = v.stringValue ?? PythonFormat.str(v)
            var value: Value
            do {
                let source = TemplateVariables.holdsTemplate(.string(expr)) ? expr : "{{ \(expr) }}"
                value = try templar.templateString(source, name: "debug var", vars: vars)
            } catch {
                value = .string("<< error 1 - \(error.message) >>")
            }
            result[string: expr] = value
        } else {
            result[string: "msg"] = "Hello world!"
        }
        result[string: "changed"] = false
        var r = TaskResult(host: host, status: .ok, result: result)
        r.verboseAlways = true
        return r
    }

    func assertion(_ task: Task, args: ValueDict, host: String, vars: TemplateVariables) -> TaskResult {
        let quiet = args[string: "quiet"].flatMap { ModuleArgs.boolean($0) } ?? false
        guard let that = task.args[string: "that"] else { return actionFailure(host, "missing required arguments: that") }
        let failMsg = args[string: "fail_msg"] ?? args[string: "msg"]
        for c in that.listValue ?? [that] {
            let ok: Bool
            do {
                ok = try Conditional.one(c, vars: vars, templar: templar)
            } catch {
                return controllerFailure(host, [ErrorEvent(error.message)])
            }
            if !ok {
                var r = ValueDict()
                r[string: "assertion"] = c
                r[string: "changed"] = false
                r[string: "evaluated_to"] = false
                let msg = failMsg ?? "Assertion failed"
                r[string: "msg"] = msg
                var t = TaskResult(host: host, status: .failed, result: r)
                t.verboseAlways = !quiet
                t.errorChain = [ErrorEvent("Action failed."), ErrorEvent(msg.stringValue ?? PythonFormat.str(msg))]
                return t
            }
        }
        var r = ValueDict([("changed", false)])
        r[string: "msg"] = args[string: "success_msg"] ?? "All assertions passed"
        var t = TaskResult(host: host, status: .ok, result: r)
        t.verboseAlways = !quiet
        return t
    }

    func includeVars(_ task: Task, args: ValueDict, host: String) -> TaskResult {
        let dirArguments: Set<String> = ["dir", "depth", "files_matching", "ignore_files", "extensions", "ignore_unknown_extensions"]
        let keys = args.keys.map { PythonFormat.str($0) }
        for k in keys where !dirArguments.contains(k) && !["file", "_raw_params", "name", "hash_behaviour"].contains(k) {
            return controllerFailure(host, [ErrorEvent("\(k) is not a valid option in include_vars", task.location)])
        }
        if keys.contains(where: dirArguments.contains) {
            if keys.contains("file") || keys.contains("_raw_params") {
                return controllerFailure(
                    host, [ErrorEvent("You are mixing file only and dir only arguments, these are incompatible", task.location)])
            }
            return includeVarsDirectory(task, args: args, host: host)
        }
        let file = args[string: "file"]?.stringValue ?? args[string: "_raw_params"]?.stringValue ?? ""
        let base =
            task.role.map { ($0.path as NSString).appendingPathComponent("vars") }
            ?? (task.location.file as NSString).deletingLastPathComponent
        let path = file.hasPrefix("/") ? file : (base as NSString).appendingPathComponent(file)
        guard let (v, _) = try? YAMLLoader.loadFile(path), case .dict(let d) = v else {
            return controllerFailure(host, [ErrorEvent("Could not find or access '\(file)'")])
        }
        var facts = d
        if let name = args[string: "name"]?.stringValue { facts = ValueDict([(.string(name), .dict(d))]) }
        return TaskResult(
            host: host, status: .ok,
            result: ValueDict([("ansible_facts", .dict(facts)), ("ansible_included_var_files", .list([.string(path)])), ("changed", false)])
        )
    }

    /// `include_vars: dir=...`: every YAML/JSON file below the directory (sorted by folder, then
    /// by name; `depth`, `files_matching`, `ignore_files`, `extensions`,
    /// `ignore_unknown_extensions`), later files overriding earlier ones.
    func includeVarsDirectory(_ task: Task, args: ValueDict, host: String) -> TaskResult {
        var dir = args[string: "dir"].map { PythonFormat.str($0) } ?? ""
        if let role = task.role {
            if dir.split(separator: "/", omittingEmptySubsequences: false).first == "vars" {
                let candidate = (role.path as NSString).appendingPathComponent(dir)
                if FileManager.default.fileExists(atPath: candidate) { dir = candidate }
            } else {
                dir = ((role.path as NSString).appendingPathComponent("vars") as NSString).appendingPathComponent(dir)
            }
        } else {
            let taskDir = URL(fileURLWithPath: task.location.file).deletingLastPathComponent().absoluteURL.standardized.path
            dir = (taskDir as NSString).appendingPathComponent(dir)
        }
        let depth = args[string: "depth"].flatMap { Int(PythonFormat.str($0)) } ?? 0
        let matcher = args[string: "files_matching"].map { PythonFormat.str($0) }.flatMap { try? Regex($0) }
        let ignore: [String] =
            switch args[string: "ignore_files"] {
            case .list(let l)?: l.map { PythonFormat.str($0) }
            case .string(let s)?: s.split(separator: " ").map(String.init)
            default: []
            }
        let extensions = args[string: "extensions"]?.listValue?.map { PythonFormat.str($0) } ?? ["yaml", "yml", "json"]
        let ignoreUnknown = args[string: "ignore_unknown_extensions"].flatMap { ModuleArgs.boolean($0) } ?? false
        var results = ValueDict()
        var included: [Value] = []
        func failure(_ message: String) -> TaskResult {
            var r = TaskResult(
                host: host, status: .failed,
                result: ValueDict([
                    ("ansible_facts", .dict(ValueDict())), ("ansible_included_var_files", .list(included)), ("changed", false),
                    ("message", .string(message)), ("msg", "Task failed: Action failed: Unknown error."),
                ]))
            r.errorChain = [ErrorEvent("Action failed: Unknown error.", task.location)]
            return r
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) else { return failure("\(dir) directory does not exist") }
        guard isDir.boolValue else { return failure("\(dir) is not a directory") }
        // os.walk sorted by folder; the depth of a folder is its parts below `dir`, plus one
        var folders: [(String, [String])] = []
        var stack = [dir]
        while let current = stack.popLast() {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: current)) ?? []
            var files: [String] = []
            for e in entries {
                let full = (current as NSString).appendingPathComponent(e)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), sub.boolValue {
                    stack.append(full)
                } else {
                    files.append(e)
                }
            }
            folders.append((current, files.sorted()))
        }
        folders.sort { $0.0 < $1.0 }
        for (root, files) in folders {
            let level = root == dir ? 1 : String(root.dropFirst(dir.count)).split(separator: "/").count + 1
            if depth != 0 && level > depth { continue }
            var loaded = ValueDict()
            for name in files {
                if let role = task.role,
                    (role.path as NSString).appendingPathComponent(name)
                        == ((root as NSString).appendingPathComponent("vars") as NSString).appendingPathComponent("main.yml")
                {
                    continue
                }
                if let matcher, name.firstMatch(of: matcher) == nil { continue }
                if ignore.contains(where: { pattern in (try? Regex(pattern + "$")).map { name.firstMatch(of: $0) != nil } ?? false }) {
                    continue
                }
                let ext = (name as NSString).pathExtension
                let valid = !ext.isEmpty && extensions.contains(ext)
                if ignoreUnknown && !valid { continue }
                let path = (root as NSString).appendingPathComponent(name)
                guard valid else {
                    return failure("'\(path)' does not have a valid extension: \(extensions.joined(separator: ", "))")
                }
                let value: Value
                do {
                    value = try YAMLLoader.loadFile(path).0
                } catch {
                    return failure(error.diagnostic.message)
                }
                switch value {
                case .null: break
                case .dict(let d): loaded.update(d)
                default: return failure("'\(path)' must be stored as a dictionary/hash")
                }
                included.append(.string(path))
            }
            results.update(loaded)
        }
        if let name = args[string: "name"].map({ PythonFormat.str($0) }) { results = ValueDict([(.string(name), .dict(results))]) }
        return TaskResult(
            host: host, status: .ok,
            result: ValueDict([("ansible_facts", .dict(results)), ("ansible_included_var_files", .list(included)), ("changed", false)]))
    }

    // MARK: files from the controller

    /// Ansible's `_find_needle`: the role's folder, the role, the play's folder, the play.
    func findFile(_ task: Task, _ kind: String, _ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.fileExists(atPath: name) ? name : nil }
        var dirs: [String] = []
        if let role = task.role { dirs += [(role.path as NSString).appendingPathComponent(kind), role.path] }
        let taskDir = (task.location.file as NSString).deletingLastPathComponent
        dirs += [(taskDir as NSString).appendingPathComponent(kind), taskDir]
        let playDir = manager.playbookDir
        dirs += [(playDir as NSString).appendingPathComponent(kind), playDir]
        for d in dirs {
            let p = (d as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: p) { return p }
        }
        return nil
    }

    func template(_ task: Task, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        guard let src = args[string: "src"]?.stringValue, let dest = args[string: "dest"]?.stringValue else {
            return actionFailure(host.name, "src and dest are required")
        }
        guard let path = findFile(task, "templates", src), let data = FileManager.default.contents(atPath: path) else {
            let msg = "Could not find or access '\(src)'"
            return actionFailure(host.name, msg)
        }
        let text = String(decoding: data, as: UTF8.self)
        let fullpath = URL(fileURLWithPath: path).absoluteURL.standardized.path
        var search = [(fullpath as NSString).deletingLastPathComponent]
        if let role = task.role { search.append((role.path as NSString).appendingPathComponent("templates")) }
        search.append((manager.playbookDir as NSString).appendingPathComponent("templates"))
        let t = templar(searchPath: search)
        t.action = "template"
        let fileVars = TemplateVariables(vars.rawCopy)
        for (k, v) in TemplateJob.templateVariables(path: src, fullpath: fullpath, dest: dest)
        where k != "ansible_managed" || fileVars[k] == nil {
            fileVars[k] = v
        }
        // the template action extends the search path with the base and the template's directories
        let extended =
            (fileVars["ansible_search_path"]?.listValue ?? []) + [
                .string(manager.playbookDir), .string((fullpath as NSString).deletingLastPathComponent),
            ]
        fileVars["ansible_search_path"] = .list(extended)
        var overrides = TemplateOverrides.ansible
        if let v = args[string: "trim_blocks"], let b = ModuleArgs.boolean(v) { overrides.options.trimBlocks = b }
        if let v = args[string: "lstrip_blocks"], let b = ModuleArgs.boolean(v) { overrides.options.lstripBlocks = b }
        if let v = args[string: "newline_sequence"]?.stringValue { overrides.options.newlineSequence = v }
        let rendered: String
        do {
            rendered = try t.renderTemplateFile(text, name: fullpath, vars: fileVars, overrides: overrides)
        } catch {
            // the template's own line and column (Ansible names only the file)
            return controllerFailure(
                host.name, [ErrorEvent(error.message, error.diagnostic.location ?? SourceLocation(file: fullpath, line: 0, column: 0))])
        }
        var copyArgs = ValueDict()
        let templateOnly: Set<String> = [
            "src", "trim_blocks", "lstrip_blocks", "newline_sequence", "block_start_string", "block_end_string", "variable_start_string",
            "variable_end_string", "comment_start_string", "comment_end_string", "output_encoding",
        ]
        for (k, v) in args.items where !templateOnly.contains(k.stringValue ?? "") { copyArgs[k] = v }
        copyArgs[string: "_original_basename"] = .string((src as NSString).lastPathComponent)
        return await remote(
            CopyModule.self, task: task, args: copyArgs, host: host, vars: vars, check: check, payload: Data(rendered.utf8),
            afterHeader: localTemp((src as NSString).lastPathComponent))
    }

    /// Where Ansible would have put the rendered template on the controller (its `--diff`
    /// names it): `<local tmp>/ansible-local-<pid><random>/tmp<random>/<name>`.
    func localTemp(_ name: String) -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["ANSIBLE_LOCAL_TEMP"] ?? ((env["HOME"] ?? "/root") as NSString).appendingPathComponent(".ansible/tmp")
        func random(_ n: Int) -> String {
            let chars = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
            return String((0..<n).map { _ in chars[Int.random(in: 0..<chars.count)] })
        }
        return "\(base)/ansible-local-\(getpid())\(random(8))/tmp\(random(8))/\(name)"
    }

    func copy(_ task: Task, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        var a = args
        var payload: Data?
        if let src = args[string: "src"]?.stringValue, args[string: "remote_src"].flatMap({ ModuleArgs.boolean($0) }) != true {
            guard let path = findFile(task, "files", src) else {
                let msg = "Could not find or access '\(src)' on the Ansible Controller."
                return actionFailure(host.name, msg)
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                return await copyTree(task, src: src, path: path, args: args, host: host, vars: vars, check: check)
            }
            payload = FileManager.default.contents(atPath: path)
            a.removeValue(forKey: "src")
            a[string: "_original_basename"] = .string((src as NSString).lastPathComponent)
            if a[string: "dest"]?.stringValue?.hasSuffix("/") == true, let d = a[string: "dest"]?.stringValue {
                a[string: "dest"] = .string(d + (src as NSString).lastPathComponent)
            }
        } else if args[string: "remote_src"].flatMap({ ModuleArgs.boolean($0) }) == true {
            let msg = "copy with remote_src is not supported by swansible yet"
            return actionFailure(host.name, msg)
        } else if args[string: "content"] == nil {
            let msg = "src (or content) is required"
            return actionFailure(host.name, msg)
        }
        return await remote(CopyModule.self, task: task, args: a, host: host, vars: vars, check: check, payload: payload)
    }

    /// `copy` of a directory: `src/` copies its contents, `src` the directory itself; each file
    /// is one copy, each directory one `file: state=directory`.
    func copyTree(_ task: Task, src: String, path: String, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool) async
        -> TaskResult
    {
        guard let destRoot = args[string: "dest"]?.stringValue else {
            return controllerFailure(host.name, [ErrorEvent("dest is required")])
        }
        var base = destRoot
        if !src.hasSuffix("/") { base = (destRoot as NSString).appendingPathComponent((path as NSString).lastPathComponent) }
        let fm = FileManager.default
        var entries = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        entries.insert("", at: 0)
        var changed = false
        for rel in entries {
            let local = rel.isEmpty ? path : (path as NSString).appendingPathComponent(rel)
            let remote = rel.isEmpty ? base : (base as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            fm.fileExists(atPath: local, isDirectory: &isDir)
            var a = ValueDict()
            let r: TaskResult
            if isDir.boolValue {
                a[string: "path"] = .string(remote)
                a[string: "state"] = "directory"
                if let m = args[string: "directory_mode"] { a[string: "mode"] = m }
                for k in ["owner", "group"] { if let v = args[string: k] { a[string: k] = v } }
                r = await self.remote(FileModule.self, task: task, args: a, host: host, vars: vars, check: check, payload: nil)
            } else {
                for (k, v) in args.items
                where !["src", "dest", "directory_mode", "remote_src", "local_follow"].contains(k.stringValue ?? "") { a[k] = v }
                a[string: "dest"] = .string(remote)
                a[string: "_original_basename"] = .string((local as NSString).lastPathComponent)
                r = await self.remote(
                    CopyModule.self, task: task, args: a, host: host, vars: vars, check: check, payload: fm.contents(atPath: local))
            }
            if r.status != .ok { return r }
            changed = changed || r.changed
        }
        return TaskResult(host: host.name, status: .ok, result: ValueDict([("changed", .bool(changed)), ("dest", .string(destRoot))]))
    }

    /// `fetch`: the host's file (slurped) written on the controller, under `dest/HOST/path` or at
    /// `dest` with `flat`.
    func fetch(_ task: Task, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        guard let src = args[string: "src"]?.stringValue, let destArg = args[string: "dest"]?.stringValue else {
            return actionFailure(host.name, "src and dest are required")
        }
        let slurp = await remote(
            SlurpModule.self, task: task, args: ValueDict([("src", .string(src))]), host: host, vars: vars, check: false, payload: nil)
        if slurp.status != .ok {
            let failOnMissing = args[string: "fail_on_missing"].flatMap { ModuleArgs.boolean($0) } ?? true
            if slurp.errorChain?.last?.msg.hasPrefix("File not found") == true {
                // ansible-core 2.21: the message says "ignored" even when it fails
                let msg = "the remote file does not exist, not transferring, ignored"
                if !failOnMissing {
                    return TaskResult(
                        host: host.name, status: .ok,
                        result: ValueDict([("changed", false), ("file", .string(src)), ("msg", .string(msg))]))
                }
                var r = TaskResult(host: host.name, status: .failed, result: ValueDict([("changed", false), ("msg", .string(msg))]))
                r.errorChain = slurp.errorChain
                return r
            }
            if slurp.errorChain?.last?.msg.hasPrefix("Source is a directory") == true {
                return actionFailure(host.name, "remote file is a directory, fetch cannot work on directories")
            }
            return slurp
        }
        let data = Data(base64Encoded: slurp.result[string: "content"]?.stringValue ?? "") ?? Data()
        let remoteSum = CopyModule.sha1(data)
        let flat = args[string: "flat"].flatMap { ModuleArgs.boolean($0) } ?? false
        var dest: String
        if flat {
            dest = destArg.hasSuffix("/") ? destArg + (src as NSString).lastPathComponent : destArg
        } else {
            dest = "\(destArg)/\(host.name)/\(src)"
        }
        if !dest.hasPrefix("/") { dest = (manager.playbookDir as NSString).appendingPathComponent(dest) }
        dest = Actions.normpath(dest)
        let local = FileManager.default.contents(atPath: dest)
        let localSum = local.map(CopyModule.sha1)
        var out = ValueDict()
        if localSum != remoteSum {
            if !check {
                try? FileManager.default.createDirectory(
                    atPath: (dest as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: dest, contents: data) else {
                    return actionFailure(host.name, "Failed to fetch the file.")
                }
            }
            out[string: "changed"] = true
            out[string: "checksum"] = .string(remoteSum)
            out[string: "dest"] = .string(dest)
            out[string: "file"] = .string(src)
            out[string: "md5sum"] = .string(CopyModule.md5(data))
            out[string: "remote_checksum"] = .string(remoteSum)
            out[string: "remote_md5sum"] = .null
        } else {
            out[string: "changed"] = false
            out[string: "checksum"] = .string(remoteSum)
            out[string: "dest"] = .string(dest)
            out[string: "file"] = .string(src)
            out[string: "md5sum"] = .string(CopyModule.md5(data))
        }
        return TaskResult(host: host.name, status: .ok, result: out)
    }

    /// `pause` with `seconds`/`minutes` (and without a terminal, a prompt is not waited for).
    func pause(_ task: Task, args: ValueDict, host: String) async -> TaskResult {
        let minutes = args[string: "minutes"].flatMap { Double(PythonFormat.str($0)) }
        let givenSeconds = args[string: "seconds"].flatMap { Double(PythonFormat.str($0)) }
        let echo = args[string: "echo"].flatMap { ModuleArgs.boolean($0) } ?? true
        let prompt = args[string: "prompt"]?.stringValue
        let echoPrompt = echo ? "" : " (output is hidden)"
        var seconds: Double? = minutes.map { $0 * 60 } ?? givenSeconds
        let unit = minutes != nil ? "minutes" : "seconds"
        let start = Date()
        var userInput = ""
        if var s = seconds {
            if s < 1 { s = 1 }
            seconds = s
            callback.display.display("Pausing for \(Int(s)) seconds\(echoPrompt)")
            if prompt != nil { callback.display.display("(ctrl+C then 'C' = continue early, ctrl+C then 'A' = abort)") }
            try? await _Concurrency.Task.sleep(nanoseconds: UInt64(s * 1_000_000_000))
        } else if isatty(0) != 0 {
            let text = "[\(taskTitle(task))]\n\(prompt ?? "Press enter to continue, Ctrl+C to interrupt")\(echoPrompt):"
            FileHandle.standardOutput.write(Data(text.utf8))
            userInput = readLine() ?? ""
        } else {
            display.warning("Not waiting for response to prompt as stdin is not interactive")
        }
        let elapsed = Date().timeIntervalSince(start)
        let shown = unit == "minutes" ? (elapsed / 60 * 100).rounded() / 100 : (elapsed * 100).rounded() / 100
        var out = ValueDict()
        out[string: "changed"] = false
        out[string: "delta"] = .int(Int(elapsed))
        out[string: "echo"] = .bool(echo)
        out[string: "rc"] = .int(0)
        out[string: "start"] = .string(CommandTimes.timestamp(start))
        out[string: "stderr"] = ""
        out[string: "stdout"] = .string("Paused for \(PythonFormat.str(.float(shown))) \(unit)")
        out[string: "stop"] = .string(CommandTimes.timestamp(Date()))
        out[string: "user_input"] = .string(userInput)
        return TaskResult(host: host, status: .ok, result: out)
    }

    /// script: the controller finds the script (files/ of the role, the task's and the play's
    /// directories) and sends its bytes with the task.
    func script(_ task: Task, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool) async -> TaskResult {
        let raw = args[string: "_raw_params"]?.stringValue ?? args[string: "cmd"]?.stringValue
        if args[string: "_raw_params"] != nil && args[string: "cmd"] != nil {
            return raisedFailure(host.name, "parameters are mutually exclusive: _raw_params|cmd")
        }
        guard let raw, let first = raw.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == " " || $0 == "\t" }).first else {
            return raisedFailure(host.name, "one of the following is required: _raw_params, cmd")
        }
        let source = String(first)
        guard let path = findFile(task, "files", source), let data = FileManager.default.contents(atPath: path) else {
            return raisedFailure(host.name, "Could not find or access '\(source)'")
        }
        var payload = data
        let text = String(decoding: data, as: UTF8.self)
        if Vault.isEncrypted(text), args[string: "decrypt"].flatMap({ ModuleArgs.boolean($0) }) != false {
            do {
                payload = Data(try Vault.decrypt(text).utf8)
            } catch {
                return raisedFailure(host.name, error.message)
            }
        }
        var a = args
        a[string: "_script_name"] = .string((path as NSString).lastPathComponent)
        return await remote(ScriptModule.self, task: task, args: a, host: host, vars: vars, check: check, payload: payload)
    }

    // MARK: inventory changes

    /// A failure an action raises (AnsibleActionFail): `msg` is the message, no "Action failed".
    func raisedFailure(_ host: String, _ message: String) -> TaskResult {
        var r = TaskResult(host: host, status: .failed, result: ValueDict([("changed", false), ("msg", .string(message))]))
        r.errorChain = [ErrorEvent(message)]
        return r
    }

    /// group_by: the host joins the group named by `key` (spaces made dashes in the result), under
    /// `parents` (default all).
    func groupBy(args: ValueDict, host: HostState) -> TaskResult {
        guard let keyValue = args[string: "key"] else {
            return actionFailure(host.name, "the 'key' param is required when using group_by")
        }
        let key = keyValue.stringValue ?? PythonFormat.str(keyValue)
        var parents: [String] = ["all"]
        if let p = args[string: "parents"] {
            if case .list(let l) = p {
                parents = l.map { $0.stringValue ?? PythonFormat.str($0) }
            } else {
                parents = [p.stringValue ?? PythonFormat.str(p)]
            }
        }
        parents = parents.map { $0.replacingOccurrences(of: " ", with: "-") }
        guard let h = inventory.data.hostIndex[host.name] else {
            return actionFailure(host.name, "\(host.name) cannot be matched in inventory")
        }
        let changed = inventory.addDynamicGroup(host: h, group: key, parents: parents)
        manager.replaceInventory(inventory)
        return TaskResult(
            host: host.name, status: .ok,
            result: ValueDict([
                ("add_group", .string(key.replacingOccurrences(of: " ", with: "-"))), ("changed", .bool(changed)),
                ("parent_groups", .list(parents.map { .string($0) })),
            ]))
    }

    /// add_host: a host (name, hostname or host; `name:port` sets ansible_ssh_port) with the other
    /// arguments as its variables, in the groups of groupname/groups/group.
    func addHost(args: ValueDict, host: HostState) -> TaskResult {
        var args = args
        if case .dict(let raw)? = args.removeValue(forKey: "_raw_params") {
            var merged = raw
            merged.update(args)
            args = merged
        }
        guard let nameValue = args[string: "name"] ?? args[string: "hostname"] ?? args[string: "host"] else {
            return raisedFailure(host.name, "name, host or hostname needs to be provided")
        }
        var newName = nameValue.stringValue ?? PythonFormat.str(nameValue)
        if let colon = newName.lastIndex(of: ":"), newName.filter({ $0 == ":" }).count == 1,
            let port = Int(newName[newName.index(after: colon)...])
        {
            args[string: "ansible_ssh_port"] = .int(port)
            newName = String(newName[..<colon])
        }
        var groups: [String] = []
        if let g = args[string: "groupname"] ?? args[string: "groups"] ?? args[string: "group"] {
            let list: [String]
            switch g {
            case .list(let l): list = l.map { $0.stringValue ?? PythonFormat.str($0) }
            case .string(let s): list = s.isEmpty ? [] : s.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            default: return raisedFailure(host.name, "Groups must be specified as a list.")
            }
            for x in list where !groups.contains(x) { groups.append(x.trimmingCharacters(in: .whitespaces)) }
        }
        var hostVars = ValueDict()
        for (k, v) in args.items where !["name", "hostname", "groupname", "groups"].contains(k.stringValue ?? "") { hostVars[k] = v }
        let changed = inventory.addDynamicHost(newName, vars: hostVars, groups: groups)
        manager.replaceInventory(inventory)
        return TaskResult(
            host: host.name, status: .ok,
            result: ValueDict([
                (
                    "add_host",
                    .dict(
                        ValueDict([
                            ("groups", .list(groups.map { .string($0) })), ("host_name", .string(newName)), ("host_vars", .dict(hostVars)),
                        ]))
                ), ("changed", .bool(changed)),
            ]))
    }

    // MARK: remote modules

    func remote(
        _ module: any RemoteModule.Type, task: Task, args: ValueDict, host: HostState, vars: TemplateVariables, check: Bool, payload: Data?,
        afterHeader: String? = nil
    ) async -> TaskResult {
        let name = host.name
        let validated: ModuleArgs
        do {
            validated = try ModuleArgs.validate(args, spec: module.parameters, module: fqcn(module.name))
        } catch {
            return moduleFailure(name, error)
        }
        let diff = task.keywords[string: "diff"].flatMap { ModuleArgs.boolean($0) } ?? options.diff
        if check && !module.supportsCheckMode {
            return TaskResult(
                host: name, status: .skipped,
                result: ValueDict([
                    ("changed", false), ("msg", .string("remote module (\(module.name)) does not support check mode")), ("skipped", true),
                ]))
        }
        let request = ModuleRequest(args: validated, checkMode: check, diffMode: diff, payload: payload)
        var step: Step
        do {
            if let afterHeader, module == CopyModule.self {
                step = try CopyModule.plan(request, afterHeader: afterHeader)
            } else {
                step = try module.plan(request)
            }
        } catch {
            return moduleFailure(name, error)
        }
        let connection: any Connection
        do {
            connection = try self.connection(for: host, task: task, vars: vars)
        } catch {
            return controllerFailure(name, [ErrorEvent(error.message)])
        }
        let become = self.become(task, vars: vars)
        if let become, become.method != "sudo", become.method != "ansible.builtin.sudo" {
            return controllerFailure(
                name, [ErrorEvent("The become method '\(become.method)' is not supported by swansible, which becomes through sudo only.")])
        }
        let environment = environmentPrefix(task, vars: vars)
        let async = asyncSettings(task, vars: vars)
        // async with poll 0: a one-script module runs in the background on the host
        if let async, async.poll == 0, case .run(let script, nil, let next) = step, become?.password == nil {
            var text = environment + script.description
            if let become {
                text = ShellCommand("sudo", ["-H", "-n", "-u", become.user, "/bin/sh", "-c", text]).description
            }
            return await startBackground(task, host: name, script: text, finish: next, connection: connection)
        }
        let started = Date()
        while case .run(let script, let stdin, let next) = step {
            var text = environment + script.description
            var input = stdin
            if let become {
                text =
                    ShellCommand(
                        "sudo",
                        ["-H", "-S"] + (become.password == nil ? ["-n"] : ["-p", ""]) + [
                            "-u", become.user, "/bin/sh", "-c", environment + script.description,
                        ]
                    ).description
                if let pw = become.password { input = Data((pw + "\n").utf8) + (stdin ?? Data()) }
            }
            let r: ExecResult
            do {
                r = try await connection.run(script: text, stdin: input)
            } catch {
                return controllerFailure(name, [ErrorEvent("\(error)")])
            }
            if connection is SSHConnection && r.status == 255 {
                let msg = "Failed to connect to the host via ssh: " + r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)
                return TaskResult(
                    host: name, status: .unreachable, result: ValueDict([("changed", false), ("msg", .string(msg)), ("unreachable", true)]))
            }
            if become != nil, r.status == 1,
                r.stderrText.contains("sudo:")
                    && (r.stderrText.contains("password is required") || r.stderrText.contains("incorrect password"))
            {
                let msg = r.stderrText.contains("incorrect") ? "Incorrect sudo password" : "Missing sudo password"
                return controllerFailure(name, [ErrorEvent(msg)])
            }
            do {
                step = try next(r)
            } catch {
                return moduleFailure(name, error)
            }
        }
        guard case .done(var result) = step else { return controllerFailure(name, [ErrorEvent("module ended without a result")]) }
        if case .bool(true)? = result[string: "skipped"] {
            result.removeValue(forKey: "skipped")
            return TaskResult(host: name, status: .skipped, result: result)
        }
        if let async {
            // async with polling: the task was waited for here; the lines and the result say so as
            // ansible-core's do (a poll line for each check that would have found it running)
            let jid = PlaybookExecutor.jobID()
            // (ansible-core's first check comes one interval after its wrapper has started the job)
            let elapsed = Date().timeIntervalSince(started) - 0.25
            let polls = async.poll > 0 ? max(0, Int((elapsed / Double(async.poll)).rounded(.up)) - 1) : 0
            for _ in 0..<polls {
                callback.display.display("ASYNC POLL on \(name): jid=\(jid) started=True finished=False", color: .debug)
            }
            result[string: "ansible_job_id"] = .string(jid)
            result[string: "finished"] = true
            result[string: "started"] = true
            result[string: "results_file"] = .string("~/.ansible_async/\(jid)")
            callback.display.display("ASYNC OK on \(name): jid=\(jid)", color: .debug)
        }
        addLines(&result)
        return TaskResult(host: name, status: .ok, result: result)
    }

    func moduleFailure(_ host: String, _ error: ModuleFailure) -> TaskResult {
        var result = error.result
        addLines(&result)
        var r = TaskResult(host: host, status: .failed, result: result)
        let text = ErrorEvent(error.summary ?? error.message)
        switch error.origin {
        case .module: r.errorChain = [ErrorEvent("Module failed."), text]
        case .action: r.errorChain = [ErrorEvent("Action failed."), text]
        case .raised: r.errorChain = [text]
        }
        return r
    }

    /// `stdout_lines` and `stderr_lines` beside `stdout` and `stderr`.
    func addLines(_ r: inout ValueDict) {
        for key in ["stdout", "stderr"] {
            if case .string(let s)? = r[string: key], r[string: key + "_lines"] == nil {
                r[string: key + "_lines"] = .list(UnifiedDiff.lines(s).map { .string(CommandLines.strip($0)) })
            }
        }
    }

    struct Become {
        var user: String
        var password: String?
        var method = "sudo"
    }

    func become(_ task: Task, vars: TemplateVariables) -> Become? {
        let on: Bool
        if let b = task.keywords[string: "become"] {
            on = ModuleArgs.boolean(b) ?? false
        } else if let b = (try? vars.lookup("ansible_become", templar)) ?? nil {
            on = ModuleArgs.boolean(b) ?? false
        } else {
            on = options.become
        }
        guard on else { return nil }
        let user =
            task.keywords[string: "become_user"]?.stringValue
            ?? ((try? vars.lookup("ansible_become_user", templar)) ?? nil)?.stringValue ?? options.becomeUser ?? "root"
        let password =
            ((try? vars.lookup("ansible_become_password", templar)) ?? nil)?.stringValue
            ?? ((try? vars.lookup("ansible_become_pass", templar)) ?? nil)?.stringValue ?? options.becomePassword
        let method =
            task.keywords[string: "become_method"].map { PythonFormat.str((try? templateDeep($0, vars: vars)) ?? $0) }
            ?? ((try? vars.lookup("ansible_become_method", templar)) ?? nil).map { PythonFormat.str($0) } ?? "sudo"
        return Become(user: user, password: password, method: method)
    }

    func environmentPrefix(_ task: Task, vars: TemplateVariables) -> String {
        guard let env = task.keywords[string: "environment"] else { return "" }
        var d = ValueDict()
        for e in env.listValue ?? [env] {
            if case .dict(let x) = (try? templateDeep(e, vars: vars)) ?? e { d.update(x) }
        }
        var out = ""
        for (k, v) in d.items {
            let key = PythonFormat.str(k)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            out += "export \(key)=\(Shell.quote(Templar.textOf(v)))\n"
        }
        return out
    }

    /// The host's connection from its variables (`ansible_connection`, `ansible_host`...).
    func connection(for host: HostState, task: Task, vars taskVars: TemplateVariables) throws(ExecError) -> any Connection {
        // delegate_to: the connection variables are the delegated host's (extra vars still win)
        var delegated: String?
        var delegatedVars: TemplateVariables?
        if let d = task.keywords[string: "delegate_to"], let name = (try? templateDeep(d, vars: taskVars))?.stringValue {
            delegated = name
            if let h = inventory.data.host(named: name), h != host.index {
                var raw = manager.rawVariables(h)
                for (k, v) in options.extraVars.items { raw[k.stringValue ?? PythonFormat.str(k)] = v }
                delegatedVars = TemplateVariables(raw)
            }
        }
        let vars = delegatedVars ?? taskVars
        let t = templar
        func lookup(_ name: String) -> Value? { (try? vars.lookup(name, t)) ?? nil }
        func text(_ name: String) -> String? { lookup(name).map { $0.stringValue ?? PythonFormat.str($0) } }
        // as in ansible-core, the ansible_connection variable wins over the connection keyword
        // and -c
        var kind = text("ansible_connection") ?? task.keywords[string: "connection"]?.stringValue ?? options.connection ?? "ssh"
        if let d = delegated, (d == "localhost" || d == "127.0.0.1"),
            inventory.data.host(named: d) == nil || text("ansible_connection") == nil
        {
            kind = "local"
        }
        let hostName = delegated ?? host.name
        switch kind {
        case "local", "ansible.builtin.local":
            return LocalConnection()
        case "ssh", "ansible.builtin.ssh", "paramiko", "smart":
            var o = SSHOptions(host: text("ansible_host") ?? text("ansible_ssh_host") ?? hostName, controlPathDir: controlPathDir)
            if let p = text("ansible_port") ?? text("ansible_ssh_port"), let port = Int(p) { o.port = port }
            o.user =
                text("ansible_user") ?? text("ansible_ssh_user") ?? task.keywords[string: "remote_user"]?.stringValue ?? options.remoteUser
            o.privateKeyFile = text("ansible_ssh_private_key_file") ?? text("ansible_private_key_file") ?? options.privateKeyFile
            var extra: [String] = []
            for s in [text("ansible_ssh_common_args") ?? options.sshCommonArgs, text("ansible_ssh_extra_args") ?? options.sshExtraArgs] {
                if let s, let words = try? ShellWords.split(s) { extra += words }
            }
            o.extraArgs = extra
            if let args = text("ansible_ssh_args") ?? options.sshArgs, let words = try? ShellWords.split(args) { o.sshArgs = words }
            if let hk = lookup("ansible_host_key_checking") ?? lookup("ansible_ssh_host_key_checking"), let b = ModuleArgs.boolean(hk) {
                o.hostKeyChecking = b
            } else {
                o.hostKeyChecking = options.hostKeyChecking
            }
            return SSHConnection(options: o)
        default:
            throw ExecError(message: "the connection plugin '\(kind)' was not found")
        }
    }
}

enum Actions {
    /// Python's `os.path.normpath` for absolute paths: `//`, `.` and `..` resolved as text.
    static func normpath(_ p: String) -> String {
        var parts: [Substring] = []
        for c in p.split(separator: "/", omittingEmptySubsequences: true) where c != "." {
            if c == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(c)
            }
        }
        return (p.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}

enum CommandLines {
    /// A line of `splitlines()` without its line break.
    static func strip(_ s: String) -> String {
        var u = Substring(s).unicodeScalars
        while let last = u.last,
            last == "\n" || last == "\r" || last == "\u{0B}" || last == "\u{0C}" || last == "\u{85}" || last == "\u{2028}"
                || last == "\u{2029}" || last == "\u{1C}" || last == "\u{1D}" || last == "\u{1E}"
        {
            u.removeLast()
        }
        return String(u)
    }
}
