import Foundation
import Jinja
import SwansibleCore
import YAML

/// The rules over tasks and plays, each a port of the ansible-lint rule of the same id (26.x).
struct RuleContext {
    let file: Lintable
    var matches: [LintMatch] = []

    /// A match placed as ansible-lint's create_matcherror places it: at the data's own position
    /// when given (line and column), never before the task's line.
    mutating func add(
        _ rule: String, _ tag: String? = nil, _ message: String, at data: YAMLNode? = nil, line: Int? = nil, task: LintTask? = nil,
        details: String = ""
    ) {
        var l = line ?? 1
        var c: Int?
        if let data, line == nil {
            l = data.location.line
            c = data.location.column
        }
        if let task { l = max(l, task.line) }
        matches.append(
            LintMatch(
                file: file.path, line: l, column: c, rule: rule, tag: tag ?? rule, message: message,
                details: details.isEmpty && task != nil ? "Task/Handler" : details))
    }
}

/// One ansible-lint rule: what it finds in a task (blocks only when it says so) and in a play.
protocol LintRule {
    static var appliesToBlocks: Bool { get }
    static func task(_ t: LintTask, _ ctx: inout RuleContext)
    static func play(_ play: YAMLNode, _ ctx: inout RuleContext)
}

extension LintRule {
    static var appliesToBlocks: Bool { false }
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {}
    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {}
}

/// The rules over tasks and plays, in ansible-lint's order (the order of findings is sorted anyway).
enum TaskRules {
    static var all: [any LintRule.Type] {
        [
            NameRule.self, FQCNRule.self, NoFreeFormRule.self, KeyOrderRule.self, VarNamingRule.self, LiteralCompareRule.self,
            NoHandlerRule.self, IgnoreErrorsRule.self, RoleNameRule.self, DeprecatedLocalActionRule.self, PartialBecomeRule.self,
            NoJinjaWhenRule.self, NoTabsRule.self, JinjaRule.self, RunOnceRule.self, AvoidImplicitRule.self, DeprecatedBareVarsRule.self,
            NoChangedWhenRule.self, CommandInsteadOfShellRule.self, CommandInsteadOfModuleRule.self, RiskyShellPipeRule.self,
            RiskyFilePermissionsRule.self, NoRelativePathsRule.self, InlineEnvVarRule.self, PackageLatestRule.self,
        ]
    }

    static func check(_ t: LintTask, _ ctx: inout RuleContext) {
        for rule in all where !t.isBlock || rule.appliesToBlocks { rule.task(t, &ctx) }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        guard play.pairs != nil else { return }
        for rule in all { rule.play(play, &ctx) }
    }
}
