import Foundation
import SwansibleCore

/// One parameter of a module, as its argument spec declares it.
public struct ParameterSpec: Sendable {
    public enum Kind: Sendable { case str, bool, int, path, list, dict, raw }

    public var name: String
    public var kind: Kind
    public var aliases: [String]
    public var choices: [String]?
    public var defaultValue: Value?
    public var required: Bool

    public init(
        _ name: String, _ kind: Kind = .str, aliases: [String] = [], choices: [String]? = nil, default defaultValue: Value? = nil,
        required: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.choices = choices
        self.defaultValue = defaultValue
        self.required = required
    }
}

/// A module's arguments after validation: every value converted to its declared kind.
public struct ModuleArgs: Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value]) { self.values = values }

    public subscript(_ name: String) -> Value? {
        if let v = values[name], !v.isNone { return v }
        return nil
    }

    public func string(_ name: String) -> String? {
        guard let v = self[name] else { return nil }
        return v.stringValue ?? PythonFormat.str(v)
    }

    public func bool(_ name: String) -> Bool {
        if case .bool(let b)? = self[name] { return b }
        return false
    }

    public func int(_ name: String) -> Int? {
        if case .int(let i)? = self[name] { return i }
        return nil
    }

    /// Ansible's `boolean()`: the strings and numbers that mean true or false.
    public static func boolean(_ v: Value) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .int(let i) where i == 0 || i == 1: return i == 1
        case .float(let d) where d == 0 || d == 1: return d == 1
        case .string(let s), .unsafe(let s):
            switch s.lowercased() {
            case "y", "yes", "on", "1", "true", "t", "1.0": return true
            case "n", "no", "off", "0", "false", "f", "0.0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Checks arguments against a spec as AnsibleModule does: unknown names, aliases,
    /// required values, choices and types.
    public static func validate(_ raw: ValueDict, spec: [ParameterSpec], module: String) throws(ModuleFailure) -> ModuleArgs {
        var byName: [String: ParameterSpec] = [:]
        for p in spec {
            byName[p.name] = p
            for a in p.aliases { byName[a] = p }
        }
        var out: [String: Value] = [:]
        var unknown: [String] = []
        for (k, v) in raw.items {
            let key = k.stringValue ?? PythonFormat.str(k)
            guard let p = byName[key] else {
                unknown.append(key)
                continue
            }
            out[p.name] = v
        }
        if !unknown.isEmpty {
            throw ModuleFailure(unsupportedMessage(unknown, spec: spec, module: module))
        }
        var missing: [String] = []
        for p in spec {
            if out[p.name] == nil || out[p.name]?.isNone == true {
                if p.required {
                    missing.append(p.name)
                } else if let d = p.defaultValue {
                    out[p.name] = d
                }
                continue
            }
            guard let v = out[p.name] else { continue }
            out[p.name] = try convert(v, p)
        }
        if !missing.isEmpty { throw ModuleFailure("missing required arguments: \(missing.joined(separator: ", "))") }
        return ModuleArgs(out)
    }

    /// AnsibleModule's message: the parameters, then their aliases in parentheses.
    public static func unsupportedMessage(_ unknown: [String], spec: [ParameterSpec], module: String) -> String {
        let names = spec.map(\.name).filter { $0 != "_raw_params" && $0 != "_uses_shell" }.sorted()
        let aliases = spec.flatMap(\.aliases).sorted()
        var list = names.joined(separator: ", ")
        if !aliases.isEmpty { list += " (\(aliases.joined(separator: ", ")))" }
        return
            "Unsupported parameters for (\(module)) module: \(unknown.sorted().joined(separator: ", ")). Supported parameters include: \(list)."
    }

    static func convert(_ v: Value, _ p: ParameterSpec) throws(ModuleFailure) -> Value {
        var result = v
        switch p.kind {
        case .bool:
            guard let b = boolean(v) else {
                throw ModuleFailure(
                    "argument '\(p.name)' is of type \(typeName(v)) and we were unable to convert to bool: The value \(PythonFormat.repr(v)) is not a valid boolean.  Valid booleans include: '0', 'f', 'false', 'n', 'no', 'off', 'on', 't', 'true', 'y', 'yes', 0.0, 1.0, 0, 1"
                )
            }
            result = .bool(b)
        case .int:
            switch v {
            case .int: break
            case .string(let s):
                guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else {
                    throw ModuleFailure(
                        "argument '\(p.name)' is of type \(typeName(v)) and we were unable to convert to int: \(PythonFormat.repr(v)) cannot be converted to an int"
                    )
                }
                result = .int(i)
            case .float(let d) where d == d.rounded(): result = .int(Int(d))
            default:
                throw ModuleFailure("argument '\(p.name)' is of type \(typeName(v)) and we were unable to convert to int")
            }
        case .str, .path:
            switch v {
            case .string, .unsafe: break
            case .list, .dict:
                throw ModuleFailure("argument '\(p.name)' is of type \(typeName(v)) and we were unable to convert to str")
            default: result = .string(PythonFormat.str(v))
            }
        case .list:
            switch v {
            case .list: break
            case .string(let s): result = .list(s.split(separator: ",").map { .string(String($0)) })
            default: result = .list([v])
            }
        case .dict:
            guard case .dict = v else {
                throw ModuleFailure("argument '\(p.name)' is of type \(typeName(v)) and we were unable to convert to dict")
            }
        case .raw: break
        }
        if let choices = p.choices {
            let text = result.stringValue ?? PythonFormat.str(result)
            if !choices.contains(text) {
                throw ModuleFailure("value of \(p.name) must be one of: \(choices.joined(separator: ", ")), got: \(text)")
            }
        }
        return result
    }

    static func typeName(_ v: Value) -> String { "<class '\(v.pythonTypeName)'>" }
}
