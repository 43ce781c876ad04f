import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-handler`: a task run `when: result.changed` (a handler in disguise).
enum NoHandlerRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let when = t.get("when"), t.kind != "handlers" else { return }
        let single = when.stringValue.map { [$0] } ?? (when.items.flatMap { $0.count <= 1 ? $0.map { $0.stringValue ?? "" } : nil } ?? [])
        if let first = single.first, changedInWhen(first) {
            ctx.add("no-handler", nil, "Tasks that run when changed should likely be handlers.", at: when, task: t)
        }
    }

    static func changedInWhen(_ s: String) -> Bool {
        if !Set(s.split(whereSeparator: { $0.isWhitespace }).map(String.init)).isDisjoint(with: ["and", "or", "not"]) { return false }
        return [".changed", "|changed", "[\"changed\"]", "['changed']", "is changed"].contains { s.contains($0) }
    }
}
