import Foundation
import SwansibleCore

/// What a module is asked to do: its arguments (already templated) and the run's modes.
public struct ModuleRequest: Sendable {
    public var args: ModuleArgs
    public var checkMode: Bool
    public var diffMode: Bool
    /// Bytes the controller sends with the task (the content of `copy` and `template`).
    public var payload: Data?

    public init(args: ModuleArgs, checkMode: Bool = false, diffMode: Bool = false, payload: Data? = nil) {
        self.args = args
        self.checkMode = checkMode
        self.diffMode = diffMode
        self.payload = payload
    }
}

/// A module's failure: Ansible's `msg` plus any other fields of the failed result.
public struct ModuleFailure: Error, Sendable {
    public var message: String
    public var fields: ValueDict
    /// The text of Ansible's `[ERROR]` line when it differs from `msg`.
    public var summary: String?
    /// Who failed, as Ansible's error line says it: the module, the action plugin ("Action
    /// failed"), or an exception the action raised (the message alone).
    public enum Origin: Sendable { case module, action, raised }
    public var origin: Origin = .module

    public init(_ message: String, _ fields: ValueDict = ValueDict(), summary: String? = nil) {
        self.message = message
        self.fields = fields
        self.summary = summary
    }

    /// The failed result as Ansible returns it.
    public var result: ValueDict {
        var r = ValueDict()
        r[string: "changed"] = .bool(false)
        r.update(fields)
        r[string: "failed"] = .bool(true)
        r[string: "msg"] = .string(message)
        return r
    }
}

/// One step of a module's plan: finished with a result, or a script to run on the host whose
/// outcome decides the next step.
public enum Step: Sendable {
    case done(ValueDict)
    case run(Script, stdin: Data?, next: @Sendable (ExecResult) throws(ModuleFailure) -> Step)
}

/// A module that runs on the host: it turns arguments into a plan of shell scripts.
public protocol RemoteModule: Sendable {
    /// Its short name (`copy`); FQCNs map to it through `ModuleRegistry`.
    static var name: String { get }
    /// The parameters it accepts.
    static var parameters: [ParameterSpec] { get }
    /// Whether it accepts free-form text (`command: ls -l`).
    static var freeForm: Bool { get }
    /// Whether it can run in check mode (Ansible skips those that cannot).
    static var supportsCheckMode: Bool { get }
    /// The first step of the plan.
    static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step
}

extension RemoteModule {
    public static var freeForm: Bool { false }
    public static var supportsCheckMode: Bool { true }
}

/// The modules swansible knows, by every name a playbook may use for them.
public enum ModuleRegistry {
    /// Modules that run on the host.
    public static let remote: [String: any RemoteModule.Type] = {
        let modules: [any RemoteModule.Type] = [
            CommandModule.self, ShellModule.self, RawModule.self, CopyModule.self, FileModule.self, StatModule.self,
            LineInFileModule.self, BlockInFileModule.self, SysctlModule.self, SetupModule.self, ServiceModule.self,
            SystemdModule.self, AptModule.self, IptablesModule.self, IniFileModule.self, ReplaceModule.self, SlurpModule.self,
            FindModule.self, WaitForModule.self, PingModule.self, TempfileModule.self, GetentModule.self, ScriptModule.self,
        ]
        var out: [String: any RemoteModule.Type] = [:]
        for m in modules { out[m.name] = m }
        out["systemd_service"] = SystemdModule.self
        return out
    }()

    /// Collections whose module names swansible answers to, besides short names.
    static let namespaces: [String: [String]] = [
        "ansible.builtin": [], "ansible.legacy": [], "ansible.posix": ["sysctl"], "community.general": ["ini_file"],
    ]

    /// The short name of a module as written (`ansible.builtin.copy` -> `copy`), nil when the
    /// collection is not one swansible knows.
    public static func shortName(_ written: String) -> String {
        guard let dot = written.lastIndex(of: ".") else { return written }
        let ns = String(written[..<dot])
        let short = String(written[written.index(after: dot)...])
        if ns == "ansible.builtin" || ns == "ansible.legacy" { return short }
        if let allowed = namespaces[ns], allowed.contains(short) { return short }
        return written
    }
}
