import Foundation
import YAML

/// yamllint's indentation rule with its defaults (spaces: consistent, indent-sequences: true,
/// multi-line strings not checked), a port of its stack machine over the scanner's tokens.
struct YamlIndentation {
    enum ParentType { case root, blockMap, flowMap, blockSeq, flowSeq, blockEntry, key, value }

    struct Parent {
        var type: ParentType
        var indent: Int
        var lineIndent: Int?
        var explicitKey = false
        var implicitBlockSeq = false
    }

    struct Unexpected: Error {}

    let chars: [Unicode.Scalar]
    let ptr: (Int, Int) -> Int
    var stack = [Parent(type: .root, indent: 0)]
    var curLine = -1
    var curLineIndent = 0
    var fixedSpaces = false
    var spaces: Int?
    var sequences = "true"
    var problems: [(Int, String)] = []

    static func check(
        _ tokens: [YAMLToken], chars: [Unicode.Scalar], ptr: @escaping (Int, Int) -> Int, spaces: Int? = nil, sequences: String = "true"
    ) -> [(Int, String)] {
        var m = YamlIndentation(chars: chars, ptr: ptr)
        m.spaces = spaces
        m.fixedSpaces = spaces != nil
        m.sequences = sequences
        for i in tokens.indices {
            let prev = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let nextnext = i + 2 < tokens.count ? tokens[i + 2] : nil
            do {
                try m.step(tokens[i], prev, next, nextnext)
            } catch {
                m.problems.append((tokens[i].startLine + 1, "cannot infer indentation: unexpected token"))
            }
        }
        return m.problems
    }

    mutating func detectIndent(_ base: Int, _ next: YAMLToken) -> Int {
        if spaces == nil { spaces = next.startColumn - base }
        return base + (spaces ?? 0)
    }

    func realEndLine(_ t: YAMLToken) -> Int {
        var end = t.endLine + 1
        guard case .scalar = t.kind else { return end }
        var pos = ptr(t.endLine, t.endColumn) - 1
        let start = ptr(t.startLine, t.startColumn)
        while pos >= start - 1 && pos >= 0 && pos < chars.count && CharacterSet.whitespacesAndNewlines.contains(chars[pos]) {
            if chars[pos] == "\n" { end -= 1 }
            pos -= 1
        }
        return end
    }

    func isExplicitKey(_ t: YAMLToken) -> Bool {
        let p = ptr(t.startLine, t.startColumn)
        return (t.startLine, t.startColumn) < (t.endLine, t.endColumn) && p < chars.count && chars[p] == "?"
    }

    mutating func step(_ token: YAMLToken, _ prev: YAMLToken?, _ nextIn: YAMLToken?, _ nextnext: YAMLToken?) throws {
        let visible = token.kind != .streamStart && token.kind != .streamEnd && token.kind != .blockEnd && !token.isEmptyScalar
        let firstInLine = visible && token.startLine + 1 > curLine
        var found = 0
        if firstInLine {
            found = token.startColumn
            var expected = stack[stack.count - 1].indent
            if token.kind == .flowMappingEnd || token.kind == .flowSequenceEnd {
                expected = stack[stack.count - 1].lineIndent ?? expected
            } else if stack[stack.count - 1].type == .key && stack[stack.count - 1].explicitKey && token.kind != .value {
                expected = detectIndent(expected, token)
            }
            if found != expected {
                if expected < 0 {
                    problems.append((token.startLine + 1, "wrong indentation: expected at least \(found + 1)"))
                } else {
                    problems.append((token.startLine + 1, "wrong indentation: expected \(expected) but found \(found)"))
                }
            }
        }
        if visible {
            curLine = realEndLine(token)
            if firstInLine { curLineIndent = found }
        }
        var next = nextIn
        switch token.kind {
        case .blockMappingStart:
            guard let n = next, n.kind == .key, n.startLine == token.startLine else { throw Unexpected() }
            stack.append(Parent(type: .blockMap, indent: token.startColumn))
        case .flowMappingStart:
            guard let n = next else { throw Unexpected() }
            let indent = n.startLine == token.startLine ? n.startColumn : detectIndent(curLineIndent, n)
            stack.append(Parent(type: .flowMap, indent: indent, lineIndent: curLineIndent))
        case .blockSequenceStart:
            guard let n = next, n.kind == .blockEntry, n.startLine == token.startLine else { throw Unexpected() }
            stack.append(Parent(type: .blockSeq, indent: token.startColumn))
        case .blockEntry where next.map { $0.kind != .blockEntry && $0.kind != .blockEnd } ?? false:
            guard let n = next else { throw Unexpected() }
            if stack[stack.count - 1].type != .blockSeq {
                stack.append(Parent(type: .blockSeq, indent: token.startColumn))
                stack[stack.count - 1].implicitBlockSeq = true
            }
            let indent: Int
            if n.startLine == token.endLine {
                indent = n.startColumn
            } else if n.startColumn == token.startColumn {
                indent = n.startColumn
            } else {
                indent = detectIndent(token.startColumn, n)
            }
            stack.append(Parent(type: .blockEntry, indent: indent))
        case .flowSequenceStart:
            guard let n = next else { throw Unexpected() }
            let indent = n.startLine == token.startLine ? n.startColumn : detectIndent(curLineIndent, n)
            stack.append(Parent(type: .flowSeq, indent: indent, lineIndent: curLineIndent))
        case .key:
            let indent = stack[stack.count - 1].indent
            stack.append(Parent(type: .key, indent: indent))
            stack[stack.count - 1].explicitKey = isExplicitKey(token)
        case .value:
            guard stack[stack.count - 1].type == .key, let prev else { throw Unexpected() }
            if let n = next, n.kind == .anchor || n.kind == .tag, let nn = nextnext {
                if n.startLine == prev.startLine && n.startLine < nn.startLine { next = nn }
            }
            guard let n = next else { throw Unexpected() }
            if ![.blockEnd, .flowMappingEnd, .flowSequenceEnd, .key].contains(n.kind) {
                let top = stack[stack.count - 1]
                let indent: Int
                if top.explicitKey {
                    indent = detectIndent(top.indent, n)
                } else if n.startLine == prev.startLine {
                    indent = n.startColumn
                } else if n.kind == .blockSequenceStart || n.kind == .blockEntry {
                    switch sequences {
                    case "false": indent = top.indent
                    case "true":
                        if !fixedSpaces && spaces == nil && n.startColumn - top.indent == 0 {
                            indent = -1
                        } else {
                            indent = detectIndent(top.indent, n)
                        }
                    default:  // whatever, consistent
                        if n.startColumn == top.indent {
                            if sequences == "consistent" { sequences = "false" }
                            indent = top.indent
                        } else {
                            if sequences == "consistent" { sequences = "true" }
                            indent = detectIndent(top.indent, n)
                        }
                    }
                } else {
                    indent = detectIndent(top.indent, n)
                }
                stack.append(Parent(type: .value, indent: indent))
            }
        default: break
        }
        var consumed = false
        while true {
            let top = stack[stack.count - 1]
            let second = stack.count >= 2 ? stack[stack.count - 2] : nil
            if top.type == .flowSeq && token.kind == .flowSequenceEnd && !consumed {
                stack.removeLast()
                consumed = true
            } else if top.type == .flowMap && token.kind == .flowMappingEnd && !consumed {
                stack.removeLast()
                consumed = true
            } else if (top.type == .blockMap || top.type == .blockSeq) && token.kind == .blockEnd && !top.implicitBlockSeq && !consumed {
                stack.removeLast()
                consumed = true
            } else if top.type == .blockEntry && token.kind != .blockEntry && (second?.implicitBlockSeq ?? false)
                && token.kind != .anchor && token.kind != .tag && next?.kind != .blockEntry
            {
                stack.removeLast()
                stack.removeLast()
            } else if top.type == .blockEntry && (next?.kind == .blockEntry || next?.kind == .blockEnd) {
                stack.removeLast()
            } else if top.type == .value && token.kind != .value && token.kind != .anchor && token.kind != .tag {
                guard second?.type == .key else { throw Unexpected() }
                stack.removeLast()
                stack.removeLast()
            } else if top.type == .key, let n = next, [.blockEnd, .flowMappingEnd, .flowSequenceEnd, .key].contains(n.kind) {
                stack.removeLast()
            } else {
                break
            }
            if stack.isEmpty { throw Unexpected() }
        }
    }
}
