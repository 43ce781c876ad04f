import Foundation
import SwansibleCore
import YAML

/// yamllint's rules that look at tokens and comments, with ansible-lint's settings: colons
/// (none before, at most 1 after), commas (none before, exactly 1 after), braces (0 to 1 inside),
/// brackets (none inside), hyphens (at most 1 after), comments (a space after `#`, at least 1
/// before an inline one), new-lines (unix).
enum YamlTokenRules {
    struct Problem {
        var line: Int
        var tag: String
        var desc: String
    }

    static func check(_ file: Lintable, _ config: YamllintConfig, _ add: (String, Int, String) -> Void) {
        let chars = Array(file.text.unicodeScalars)
        var lineStarts = [0]
        for (i, c) in chars.enumerated() where c == "\n" { lineStarts.append(i + 1) }
        func ptr(_ line: Int, _ column: Int) -> Int { (line < lineStarts.count ? lineStarts[line] : chars.count) + column }

        // new-lines: the first line's ending must be \n alone
        if let nl = chars.firstIndex(of: "\n"), nl > 0, chars[nl - 1] == "\r" {
            add("new-lines", 1, "wrong new line character: expected \\n")
        }
        guard let tokens = YAMLTokens.scan(file.text) else { return }
        var problems: [Problem] = []
        func spacesAfter(
            _ t: YAMLToken, _ next: YAMLToken?, min: Int = -1, max: Int = -1, _ tag: String, _ minDesc: String, _ maxDesc: String
        ) {
            guard let next, t.endLine == next.startLine else { return }
            let spaces = next.startColumn - t.endColumn
            if max != -1 && spaces > max {
                problems.append(Problem(line: t.startLine + 1, tag: tag, desc: maxDesc))
            } else if min != -1 && spaces < min {
                problems.append(Problem(line: t.startLine + 1, tag: tag, desc: minDesc))
            }
        }
        func spacesBefore(
            _ t: YAMLToken, _ prev: YAMLToken?, min: Int = -1, max: Int = -1, _ tag: String, _ minDesc: String, _ maxDesc: String
        ) {
            guard let prev, prev.endLine == t.startLine else { return }
            let p = ptr(prev.endLine, prev.endColumn)
            guard p == 0 || chars[p - 1] != "\n" else { return }
            let spaces = t.startColumn - prev.endColumn
            if max != -1 && spaces > max {
                problems.append(Problem(line: t.startLine + 1, tag: tag, desc: maxDesc))
            } else if min != -1 && spaces < min {
                problems.append(Problem(line: t.startLine + 1, tag: tag, desc: minDesc))
            }
        }
        func comment(line: Int, column: Int, at p: Int, before: YAMLToken) {
            let beforeEnd = ptr(before.endLine, before.endColumn)
            let inline = before.kind != .streamStart && line == before.endLine + 1 && beforeEnd > 0 && chars[beforeEnd - 1] != "\n"
            if config.commentsMinSpaces != -1 && inline && p - beforeEnd < config.commentsMinSpaces {
                problems.append(
                    Problem(line: line, tag: "comments", desc: "too few spaces before comment: expected \(config.commentsMinSpaces)"))
            }
            guard config.commentsRequireStartingSpace else { return }
            var textStart = p + 1
            while textStart < chars.count && chars[textStart] == "#" { textStart += 1 }
            guard textStart < chars.count else { return }
            if config.commentsIgnoreShebangs && line == 1 && column == 1 && chars[textStart] == "!" && textStart + 1 < chars.count
                && !CharacterSet.whitespacesAndNewlines.contains(chars[textStart + 1])
            {
                return
            }
            if !["\n", " ", "\r", "\0"].contains(chars[textStart]) {
                problems.append(Problem(line: line, tag: "comments", desc: "missing starting space in comment"))
            }
        }
        for i in tokens.indices {
            let t = tokens[i]
            let prev = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            // document-start: each document begins with `---` (or, with present: false, never does)
            if config.documentStartPresent {
                if let prev, [.streamStart, .documentEnd, .versionDirective, .tagDirective].contains(prev.kind),
                    ![.documentStart, .versionDirective, .tagDirective, .streamEnd].contains(t.kind)
                {
                    problems.append(Problem(line: t.startLine + 1, tag: "document-start", desc: "missing document start \"---\""))
                }
            } else if t.kind == .documentStart {
                problems.append(Problem(line: t.startLine + 1, tag: "document-start", desc: "found forbidden document start \"---\""))
            }
            switch t.kind {
            case .value:
                if !(prev?.kind == .alias && prev.map { t.startColumn - $0.endColumn == 1 && $0.endLine == t.startLine } == true) {
                    spacesBefore(t, prev, max: config.colonsMaxBefore, "colons", "", "too many spaces before colon")
                    spacesAfter(t, next, max: config.colonsMaxAfter, "colons", "", "too many spaces after colon")
                }
            case .key:
                let p = ptr(t.startLine, t.startColumn)
                if (t.startLine, t.startColumn) < (t.endLine, t.endColumn), p < chars.count, chars[p] == "?" {
                    spacesAfter(t, next, max: config.colonsMaxAfter, "colons", "", "too many spaces after question mark")
                }
            case .flowEntry:
                if let prev, config.commasMaxBefore != -1, prev.endLine < t.startLine {
                    problems.append(Problem(line: t.startLine + 1, tag: "commas", desc: "too many spaces before comma"))
                } else {
                    spacesBefore(t, prev, max: config.commasMaxBefore, "commas", "", "too many spaces before comma")
                }
                spacesAfter(
                    t, next, min: config.commasMinAfter, max: config.commasMaxAfter, "commas", "too few spaces after comma",
                    "too many spaces after comma")
            case .flowMappingStart, .flowSequenceStart, .flowMappingEnd, .flowSequenceEnd:
                // braces and brackets: spaces inside, with their own limits when empty
                let mapping = t.kind == .flowMappingStart || t.kind == .flowMappingEnd
                let tag = mapping ? "braces" : "brackets"
                let limits = mapping ? config.braces : config.brackets
                let close: YAMLToken.Kind = mapping ? .flowMappingEnd : .flowSequenceEnd
                let open: YAMLToken.Kind = mapping ? .flowMappingStart : .flowSequenceStart
                if t.kind == open {
                    if next?.kind == close {
                        spacesAfter(
                            t, next, min: limits.emptyMin, max: limits.emptyMax, tag,
                            "too few spaces inside empty \(tag)", "too many spaces inside empty \(tag)")
                    } else {
                        spacesAfter(
                            t, next, min: limits.min, max: limits.max, tag, "too few spaces inside \(tag)", "too many spaces inside \(tag)")
                    }
                } else if prev?.kind != open {
                    spacesBefore(
                        t, prev, min: limits.min, max: limits.max, tag, "too few spaces inside \(tag)", "too many spaces inside \(tag)")
                }
            case .blockEntry:
                spacesAfter(t, next, max: config.hyphensMaxAfter, "hyphens", "", "too many spaces after hyphen")
            default: break
            }
            // comments between this token and the next
            if next == nil || t.endLine != next?.startLine || t.kind == .streamStart || next?.kind == .streamEnd {
                let start = ptr(t.endLine, t.endColumn)
                let end = next.map { ptr($0.startLine, $0.startColumn) } ?? chars.count
                guard start < end, end <= chars.count else { continue }
                var pointer = start
                var lineNo = t.endLine + 1
                var columnNo = t.endColumn + 1
                var lineStart = start
                for k in start...end {
                    if k == end || chars[k] == "\n" {
                        if let hash = chars[lineStart..<k].firstIndex(of: "#") {
                            let pos = hash - lineStart
                            comment(line: lineNo, column: columnNo + pos, at: pointer + pos, before: t)
                        }
                        pointer = k + 1
                        lineStart = k + 1
                        lineNo += 1
                        columnNo = 1
                    }
                }
            }
        }
        for p in problems { add(p.tag, p.line, p.desc) }
        for (line, desc) in YamlIndentation.check(
            tokens, chars: chars, ptr: ptr, spaces: config.indentSpaces, sequences: config.indentSequences)
        {
            add("indentation", line, desc)
        }
    }
}
