import Jinja
import Playbook
import SwansibleCore
import Templating

/// `when`, `changed_when`, `failed_when`, `until` and `assert`'s `that`: expressions that must
/// give a real boolean.
enum Conditional {
    struct Failure: Error {
        var message: String
    }

    /// All conditions of a keyword value (a list means and).
    static func evaluate(_ value: Value, vars: TemplateVariables, templar: Templar) throws(Failure) -> Bool {
        for c in value.listValue ?? [value] where try !one(c, vars: vars, templar: templar) { return false }
        return true
    }

    /// The first condition that is false, for `false_condition`.
    static func firstFalse(_ value: Value, vars: TemplateVariables, templar: Templar) throws(Failure) -> Value? {
        for c in value.listValue ?? [value] where try !one(c, vars: vars, templar: templar) { return c }
        return nil
    }

    static func one(_ c: Value, vars: TemplateVariables, templar: Templar) throws(Failure) -> Bool {
        switch c {
        case .bool(let b): return b
        case .null: return false
        case .int, .float:
            throw Failure(
                message:
                    "Conditional result (\(PythonFormat.repr(c))) was derived from value of type '\(c.pythonTypeName)' at '\(PythonFormat.str(c))'. Conditionals must have a boolean result."
            )
        default: break
        }
        let text = (c.stringValue ?? PythonFormat.str(c)).trimmingCharacters(in: .whitespacesAndNewlines)
        let source = TemplateVariables.holdsTemplate(.string(text)) ? text : "{{ \(text) }}"
        let result: Value
        do {
            result = try templar.templateString(source, name: "conditional", vars: vars)
        } catch {
            throw Failure(message: "Error while evaluating conditional: \(error.message)")
        }
        guard case .bool(let b) = result else {
            throw Failure(
                message:
                    "Conditional result (\(PythonFormat.repr(result))) was derived from value of type '\(result.pythonTypeName)' at '\(text)'. Conditionals must have a boolean result."
            )
        }
        return b
    }
}

/// `--tags` and `--skip-tags` as ansible-core's `Taggable.evaluate_tags` applies them.
enum TagFilter {
    static func selected(_ task: Task, only: [String], skip: [String]) -> Bool {
        var tags = Set((task.keywords[string: "tags"].map(PlaybookLoader.tagList) ?? []).map { $0.stringValue ?? PythonFormat.str($0) })
        if tags.isEmpty { tags = ["untagged"] }
        let onlyTags = Set(only.isEmpty ? ["all"] : only)
        let skipTags = Set(skip)
        var run = true
        if tags.contains("always") {
            run = true
        } else if onlyTags.contains("all") && !tags.contains("never") {
            run = true
        } else if !tags.isDisjoint(with: onlyTags) {
            run = true
        } else if onlyTags.contains("tagged") && tags != ["untagged"] && !tags.contains("never") {
            run = true
        } else {
            run = false
        }
        if run && !skipTags.isEmpty {
            if skipTags.contains("all") {
                if !tags.contains("always") || skipTags.contains("always") { run = false }
            } else if !tags.isDisjoint(with: skipTags) {
                run = false
            } else if skipTags.contains("tagged") && tags != ["untagged"] {
                run = false
            }
        }
        return run
    }
}
