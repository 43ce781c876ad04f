import Foundation
import Modules
import Playbook
import SwansibleCore
import Templating

/// `validate_argument_spec` (the task a role with an argument spec begins with): the role's
/// parameters, over the variables of the same names, checked against the spec's options.
extension PlaybookExecutor {
    func validateArgumentSpec(_ task: Task, args: ValueDict, host: String, vars: TemplateVariables) -> TaskResult {
        let spec = args[string: "argument_spec"]?.dictValue ?? ValueDict()
        let provided = args[string: "provided_arguments"]?.dictValue ?? ValueDict()
        let context = args[string: "validate_args_context"] ?? .dict(ValueDict())
        var values = ValueDict()
        for (k, _) in spec.items {
            if let v = (try? vars.lookup(PythonFormat.str(k), templar)) ?? nil { values[k] = v }
        }
        values.update(provided)
        var errors: [String] = []
        var missing: [String] = []
        for (k, option) in spec.items {
            let name = PythonFormat.str(k)
            let o = option.dictValue ?? ValueDict()
            guard let v = values[k], !v.isNone else {
                if o[string: "required"].flatMap(ModuleArgs.boolean) == true { missing.append(name) }
                continue
            }
            if let problem = PlaybookExecutor.conversionProblem(name, v, type: o[string: "type"].map { PythonFormat.str($0) } ?? "str") {
                errors.append(problem)
            } else if let choices = o[string: "choices"]?.listValue,
                !choices.contains(where: { PythonFormat.str($0) == PythonFormat.str(v) })
            {
                errors.append(
                    "value of \(name) must be one of: \(choices.map { PythonFormat.str($0) }.joined(separator: ", ")), got: \(PythonFormat.str(v))"
                )
            }
        }
        if !missing.isEmpty { errors.insert("missing required arguments: \(missing.sorted().joined(separator: ", "))", at: 0) }
        let known = Set(spec.keys.map { PythonFormat.str($0) })
        let unknown = provided.keys.map { PythonFormat.str($0) }.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            errors.append("\(unknown.joined(separator: ", ")). Supported parameters include: \(known.sorted().joined(separator: ", ")).")
        }
        guard errors.isEmpty else {
            let msg = "Validation of arguments failed:\n" + errors.joined(separator: "\n")
            var r = TaskResult(
                host: host, status: .failed,
                result: ValueDict([
                    ("argument_errors", .list(errors.map { .string($0) })), ("argument_spec_data", .dict(spec)), ("changed", false),
                    ("msg", .string(msg)), ("validate_args_context", context),
                ]))
            r.errorChain = [ErrorEvent("Action failed: " + msg)]
            return r
        }
        return TaskResult(
            host: host, status: .ok,
            result: ValueDict([
                ("changed", false), ("msg", "The arg spec validation passed"), ("validate_args_context", context),
            ]))
    }

    /// ArgumentSpecValidator's type check for a role argument, nil when the value fits.
    static func conversionProblem(_ name: String, _ v: Value, type: String) -> String? {
        let python = v.pythonTypeName
        func failed(_ detail: String = "") -> String {
            "argument '\(name)' is of type \(python) and we were unable to convert to \(type)" + (detail.isEmpty ? "" : ": \(detail)")
        }
        switch type {
        case "int":
            switch v {
            case .int, .bigInt: return nil
            case .float(let d) where d == d.rounded(): return nil
            case .string(let s) where Int(s.trimmingCharacters(in: .whitespaces)) != nil: return nil
            default: return failed("\(PythonFormat.repr(.string(PythonFormat.repr(v)))) cannot be converted to an int")
            }
        case "float":
            switch v {
            case .int, .float, .bigInt: return nil
            case .string(let s) where Double(s) != nil: return nil
            default: return failed("\(PythonFormat.repr(.string(PythonFormat.repr(v)))) cannot be converted to a float")
            }
        case "bool":
            return ModuleArgs.boolean(v) == nil ? failed("The value \(PythonFormat.repr(v)) is not a valid boolean.") : nil
        case "list":
            switch v {
            case .list, .tuple, .string, .int, .float: return nil
            default: return failed()
            }
        case "dict":
            if case .dict = v { return nil }
            if case .string(let s) = v, s.contains("=") || s.hasPrefix("{") { return nil }
            return failed()
        case "str", "path":
            switch v {
            case .list, .dict: return failed()
            default: return nil
            }
        default:
            return nil
        }
    }
}
