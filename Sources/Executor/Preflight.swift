import Modules
import Playbook
import SwansibleCore

/// Checks made before anything runs: every module is one swansible has, and every argument
/// name is one the module accepts (values may still be templates, so only names are checked).
enum Preflight {
    static let controllerModules: Set<String> = [
        "debug", "set_fact", "assert", "fail", "meta", "include_vars", "template", "copy", "setup", "gather_facts", "include_tasks",
        "fetch", "pause", "package",
        "include_role", "async_status", "validate_argument_spec", "group_by", "add_host",
    ]

    /// `listing`: for --syntax-check and the --list-* modes, which run nothing: as in ansible-playbook, only
    /// a module Ansible itself could not resolve is an error there.
    static func check(_ plays: [Play], listing: Bool = false) throws(PlaybookError) {
        for play in plays {
            for t in play.tasks + play.handlers { try check(t, listing: listing) }
        }
    }

    static func check(_ t: Task, listing: Bool = false) throws(PlaybookError) {
        if let block = t.block {
            for x in block + (t.rescue ?? []) + (t.always ?? []) { try check(x, listing: listing) }
            return
        }
        let short = ModuleRegistry.shortName(t.module)
        let known =
            ModuleRegistry.remote[short] != nil || controllerModules.contains(short)
            || RedirectedModules.builtin.contains(short)
            || t.module.contains(".") || RedirectedModules.targets[t.module] != nil
        if listing && known { return }
        if let module = ModuleRegistry.remote[short] {
            let names = Set(module.parameters.flatMap { [$0.name] + $0.aliases })
            let unknown = t.args.keys.compactMap { $0.stringValue }.filter { !names.contains($0) && !$0.hasPrefix("_") }
            if !unknown.isEmpty {
                let name = short == "copy" || short == "template" ? "ansible.legacy.\(short)" : t.module
                throw PlaybookError(
                    Diagnostic(.error, ModuleArgs.unsupportedMessage(unknown, spec: module.parameters, module: name), at: t.location))
            }
            return
        }
        if controllerModules.contains(short) { return }
        if known {
            throw PlaybookError(
                Diagnostic(
                    .error,
                    "couldn't resolve module/action '\(t.module)': swansible does not implement this module yet (see COMPATIBILITY.md)",
                    at: t.location))
        }
        throw PlaybookError(
            Diagnostic(
                .error,
                "couldn't resolve module/action '\(t.module)'. This often indicates a misspelling, missing collection, or incorrect module path.",
                at: t.location))
    }
}
