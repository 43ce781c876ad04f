import SwansibleCore

/// The settings of a template environment that shape lexing and output (Jinja2's
/// `Environment` arguments).
public struct JinjaOptions: Sendable, Hashable {
    public var blockStart = "{%"
    public var blockEnd = "%}"
    public var variableStart = "{{"
    public var variableEnd = "}}"
    public var commentStart = "{#"
    public var commentEnd = "#}"
    public var lineStatementPrefix: String?
    public var lineCommentPrefix: String?
    public var trimBlocks = false
    public var lstripBlocks = false
    public var newlineSequence = "\n"
    public var keepTrailingNewline = false

    public init() {}
}

/// Jinja2's lexer: template text into tokens, with its exact whitespace rules (`-`/`+`
/// markers, trim_blocks, lstrip_blocks, newline normalisation).
struct Lexer {
    let options: JinjaOptions
    let name: String
    let s: [Unicode.Scalar]
    var pos = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var lineStarting = true

    let blockStart: [Unicode.Scalar]
    let blockEnd: [Unicode.Scalar]
    let varStart: [Unicode.Scalar]
    let varEnd: [Unicode.Scalar]
    let commentStart: [Unicode.Scalar]
    let commentEnd: [Unicode.Scalar]
    let lineStatement: [Unicode.Scalar]?
    let lineComment: [Unicode.Scalar]?

    init(source: String, name: String, options: JinjaOptions) {
        self.options = options
        self.name = name
        self.s = Lexer.normalize(source, keepTrailingNewline: options.keepTrailingNewline)
        blockStart = Array(options.blockStart.unicodeScalars)
        blockEnd = Array(options.blockEnd.unicodeScalars)
        varStart = Array(options.variableStart.unicodeScalars)
        varEnd = Array(options.variableEnd.unicodeScalars)
        commentStart = Array(options.commentStart.unicodeScalars)
        commentEnd = Array(options.commentEnd.unicodeScalars)
        lineStatement = options.lineStatementPrefix.map { Array($0.unicodeScalars) }
        lineComment = options.lineCommentPrefix.map { Array($0.unicodeScalars) }
    }

    /// `'\n'.join(source.splitlines())`, plus one empty line when the trailing newline is kept.
    static func normalize(_ source: String, keepTrailingNewline: Bool) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.unicodeScalars.count)
        var endsWithBreak = false
        var previousCR = false
        for u in source.unicodeScalars {
            if u == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = u == "\r"
            if u == "\n" || u == "\r" {
                out.append("\n")
                endsWithBreak = true
            } else {
                out.append(u)
                endsWithBreak = false
            }
        }
        if endsWithBreak && !keepTrailingNewline { out.removeLast() }
        return out
    }

    /// Python's `str.splitlines` boundaries.
    static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Python's `str.isspace` for one character.
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        default: return u.value > 0xFF && u.properties.isWhitespace
        }
    }

    func location(_ offset: Int) -> SourceLocation {
        var l = 1
        var start = 0
        var i = 0
        while i < offset && i < s.count {
            if s[i] == "\n" {
                l += 1
                start = i + 1
            }
            i += 1
        }
        return SourceLocation(file: name, line: l, column: offset - start + 1)
    }

    func error(_ message: String, at offset: Int) -> JinjaError {
        JinjaError(.syntax, message, at: location(offset))
    }

    func matches(_ pattern: [Unicode.Scalar], at i: Int) -> Bool {
        guard !pattern.isEmpty, i + pattern.count <= s.count else { return false }
        for k in 0..<pattern.count where s[i + k] != pattern[k] { return false }
        return true
    }

    mutating func advance(to newPos: Int) {
        var i = pos
        while i < newPos {
            if s[i] == "\n" {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        pos = newPos
    }

    mutating func emit(_ kind: Token.Kind, at offset: Int) {
        var l = line
        var ls = lineStart
        if offset < pos {
            // position before the current one (data tokens): recompute
            let loc = location(offset)
            l = loc.line
            ls = offset - loc.column + 1
        }
        tokens.append(Token(kind: kind, line: l, column: offset - ls + 1))
    }

    func text(_ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        return String(v)
    }

    /// Data text with newlines made `newline_sequence`.
    func dataText(_ a: Int, _ b: Int) -> String {
        if options.newlineSequence == "\n" { return text(a, b) }
        var v = String.UnicodeScalarView()
        for u in s[a..<b] {
            if u == "\n" { v.append(contentsOf: options.newlineSequence.unicodeScalars) } else { v.append(u) }
        }
        return String(v)
    }

    enum TagKind { case block, variable, comment, raw, lineStatement, lineComment }

    /// Tag openers in the order Jinja2 tries them at one position: longest first, ties by
    /// rule name (variable, line statement, line comment, comment, block).
    var candidates: [(kind: TagKind, pattern: [Unicode.Scalar])] {
        var rules: [(Int, String, TagKind, [Unicode.Scalar])] = [
            (commentStart.count, "comment_begin", .comment, commentStart),
            (blockStart.count, "block_begin", .block, blockStart),
            (varStart.count, "variable_begin", .variable, varStart),
        ]
        if let ls = lineStatement { rules.append((ls.count, "linestatement_begin", .lineStatement, ls)) }
        if let lc = lineComment { rules.append((lc.count, "linecomment_begin", .lineComment, lc)) }
        rules.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        return rules.map { ($0.2, $0.3) }
    }

    /// The whitespace sign (`-` or `+`) at `j`, right after a tag opener, and where the tag's
    /// contents start.
    func sign(after j: Int) -> (sign: Unicode.Scalar?, contentStart: Int) {
        j < s.count && (s[j] == "-" || s[j] == "+") ? (s[j], j + 1) : (nil, j)
    }

    /// Finds the next tag opener at or after `from`: its offset, kind, the whitespace sign
    /// that follows it, and where its contents start.
    func nextTag(from start: Int) -> (offset: Int, kind: TagKind, sign: Unicode.Scalar?, contentStart: Int)? {
        let rules = candidates
        let firsts = Set(rules.compactMap { $0.pattern.first })
        let hasLineRules = lineStatement != nil || lineComment != nil
        var i = start
        while i < s.count {
            let c = s[i]
            if !hasLineRules && !firsts.contains(c) {
                i += 1
                continue
            }
            // raw blocks come first in Jinja2's alternation
            if matches(blockStart, at: i) {
                let (sign, j) = sign(after: i + blockStart.count)
                if let rawEnd = rawBegin(at: j) { return (i, .raw, sign, rawEnd) }
            }
            for (kind, pattern) in rules {
                var j = i
                switch kind {
                case .lineStatement:
                    guard i == 0 || s[i - 1] == "\n" else { continue }
                    while j < s.count && (s[j] == " " || s[j] == "\t" || s[j] == "\u{0B}") { j += 1 }
                case .lineComment:
                    guard i == 0 || s[i - 1] == "\n" || !Lexer.isSpace(s[i - 1]) else { continue }
                    while j < s.count && Lexer.isSpace(s[j]) && s[j] != "\n" && s[j] != "\r" { j += 1 }
                default:
                    break
                }
                guard matches(pattern, at: j) else { continue }
                let (sign, contentStart) = sign(after: j + pattern.count)
                return (i, kind, sign, contentStart)
            }
            i += 1
        }
        return nil
    }

    /// `\s*raw\s*(?:-%}\s*|%})` at j: the offset after it.
    func rawBegin(at j: Int) -> Int? {
        var k = j
        while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
        guard matches(Array("raw".unicodeScalars), at: k) else { return nil }
        k += 3
        while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
        if k < s.count && s[k] == "-" && matches(blockEnd, at: k + 1) {
            k += 1 + blockEnd.count
            while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
            return k
        }
        if matches(blockEnd, at: k) { return k + blockEnd.count }
        return nil
    }

    /// The data before a tag, with `-` and lstrip_blocks applied.
    func strippedEnd(textStart: Int, textEnd: Int, sign: Unicode.Scalar?, lstrip: Bool) -> Int {
        if sign == "-" {
            var e = textEnd
            while e > textStart && Lexer.isSpace(s[e - 1]) { e -= 1 }
            return e
        }
        if sign != "+" && lstrip && options.lstripBlocks {
            var nl = textEnd
            while nl > textStart && s[nl - 1] != "\n" { nl -= 1 }
            let lPos = nl
            if lPos > textStart || lineStarting {
                if lPos < textEnd && s[lPos..<textEnd].allSatisfy({ Lexer.isSpace($0) }) { return lPos }
            }
        }
        return textEnd
    }

    mutating func tokenize() throws(JinjaError) -> [Token] {
        while pos < s.count {
            guard let tag = nextTag(from: pos) else {
                emit(.data(dataText(pos, s.count)), at: pos)
                advance(to: s.count)
                break
            }
            let lstrip = tag.kind == .block || tag.kind == .comment || tag.kind == .raw
            let end = strippedEnd(textStart: pos, textEnd: tag.offset, sign: tag.sign, lstrip: lstrip)
            if end > pos { emit(.data(dataText(pos, end)), at: pos) }
            advance(to: tag.offset)
            switch tag.kind {
            case .comment:
                try lexComment(tag.contentStart)
            case .raw:
                try lexRaw(tag.contentStart)
            case .variable:
                emit(.variableBegin, at: tag.offset)
                advance(to: tag.contentStart)
                try lexInside(end: varEnd, begin: tag.offset, isBlock: false)
            case .block:
                emit(.blockBegin, at: tag.offset)
                advance(to: tag.contentStart)
                try lexInside(end: blockEnd, begin: tag.offset, isBlock: true)
            case .lineStatement:
                emit(.blockBegin, at: tag.offset)
                advance(to: tag.contentStart)
                try lexLineStatement()
            case .lineComment:
                var k = tag.contentStart
                while k < s.count && s[k] != "\n" { k += 1 }
                // the newline stays: a line comment removes its text and the blanks before it
                advance(to: k)
                lineStarting = false
            }
        }
        emit(.eof, at: s.count)
        return tokens
    }

    mutating func lexComment(_ start: Int) throws(JinjaError) {
        var i = start
        while i < s.count {
            if s[i] == "-" && matches(commentEnd, at: i + 1) {
                var k = i + 1 + commentEnd.count
                while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
                lineStarting = k > 0 && s[k - 1] == "\n"
                advance(to: k)
                return
            }
            if s[i] == "+" && matches(commentEnd, at: i + 1) {
                advance(to: i + 1 + commentEnd.count)
                lineStarting = false
                return
            }
            if matches(commentEnd, at: i) {
                var k = i + commentEnd.count
                if options.trimBlocks && k < s.count && s[k] == "\n" { k += 1 }
                lineStarting = s[k - 1] == "\n"
                advance(to: k)
                return
            }
            i += 1
        }
        throw error("Missing end of comment tag", at: pos)
    }

    mutating func lexRaw(_ start: Int) throws(JinjaError) {
        var i = start
        while i < s.count {
            if matches(blockStart, at: i) {
                let (sign, contentStart) = sign(after: i + blockStart.count)
                var j = contentStart
                while j < s.count && Lexer.isSpace(s[j]) { j += 1 }
                if matches(Array("endraw".unicodeScalars), at: j) {
                    j += 6
                    while j < s.count && Lexer.isSpace(s[j]) { j += 1 }
                    var endAt: Int?
                    if s.count > j && s[j] == "+" && matches(blockEnd, at: j + 1) {
                        endAt = j + 1 + blockEnd.count
                    } else if s.count > j && s[j] == "-" && matches(blockEnd, at: j + 1) {
                        var k = j + 1 + blockEnd.count
                        while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
                        endAt = k
                    } else if matches(blockEnd, at: j) {
                        var k = j + blockEnd.count
                        if options.trimBlocks && k < s.count && s[k] == "\n" { k += 1 }
                        endAt = k
                    }
                    if let endAt {
                        // the raw text is data, stripped by the endraw tag's sign like any block
                        let saved = lineStarting
                        lineStarting = false
                        let e = strippedEnd(textStart: start, textEnd: i, sign: sign, lstrip: true)
                        lineStarting = saved
                        if e > start { emit(.data(dataText(start, e)), at: start) }
                        lineStarting = s[endAt - 1] == "\n"
                        advance(to: endAt)
                        return
                    }
                }
            }
            i += 1
        }
        throw error("Missing end of raw directive", at: pos)
    }

    /// Tokens inside `{{ }}` or `{% %}` up to the closing delimiter.
    mutating func lexInside(end: [Unicode.Scalar], begin: Int, isBlock: Bool) throws(JinjaError) {
        var balance: [Unicode.Scalar] = []
        while true {
            guard pos < s.count else {
                throw error("unexpected end of template, expected '\(String(String.UnicodeScalarView(end)))'", at: pos)
            }
            if balance.isEmpty {
                if s[pos] == "-" && matches(end, at: pos + 1) {
                    emit(isBlock ? .blockEnd : .variableEnd, at: pos)
                    var k = pos + 1 + end.count
                    while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
                    lineStarting = k > 0 && s[k - 1] == "\n"
                    advance(to: k)
                    return
                }
                if isBlock && s[pos] == "+" && matches(end, at: pos + 1) {
                    emit(.blockEnd, at: pos)
                    advance(to: pos + 1 + end.count)
                    lineStarting = false
                    return
                }
                if matches(end, at: pos) {
                    emit(isBlock ? .blockEnd : .variableEnd, at: pos)
                    var k = pos + end.count
                    if isBlock && options.trimBlocks && k < s.count && s[k] == "\n" { k += 1 }
                    lineStarting = s[k - 1] == "\n"
                    advance(to: k)
                    return
                }
            }
            try lexOne(&balance)
        }
    }

    /// A line statement runs to `\s*(\n|$)`.
    mutating func lexLineStatement() throws(JinjaError) {
        var balance: [Unicode.Scalar] = []
        while true {
            if balance.isEmpty {
                var e = pos
                while e < s.count && Lexer.isSpace(s[e]) { e += 1 }
                var endAt: Int?
                if e >= s.count {
                    endAt = s.count
                } else if let nl = s[pos..<e].lastIndex(of: "\n") {
                    endAt = nl + 1
                }
                if let endAt {
                    emit(.blockEnd, at: pos)
                    advance(to: endAt)
                    lineStarting = endAt > 0 && s[endAt - 1] == "\n"
                    return
                }
            }
            if pos >= s.count { throw error("unexpected end of template", at: pos) }
            try lexOne(&balance)
        }
    }

    static let operators: [String] = [
        "**", "//", "==", "!=", ">=", "<=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}", ">", "<", "=", ".", ":", "|",
        ",", ";",
    ]

    mutating func lexOne(_ balance: inout [Unicode.Scalar]) throws(JinjaError) {
        let c = s[pos]
        if Lexer.isSpace(c) {
            var k = pos
            while k < s.count && Lexer.isSpace(s[k]) { k += 1 }
            advance(to: k)
            return
        }
        if isDigit(c) && !(pos > 0 && s[pos - 1] == "."), let (end, value) = lexFloat(pos) {
            emit(.float(value), at: pos)
            advance(to: end)
            return
        }
        if isDigit(c), let end = lexInteger(pos) {
            emit(.integer(text(pos, end).replacingUnderscores), at: pos)
            advance(to: end)
            return
        }
        if c == "_" || c.properties.isXIDStart {
            var k = pos + 1
            while k < s.count && (s[k] == "_" || s[k].properties.isXIDContinue) { k += 1 }
            emit(.name(text(pos, k)), at: pos)
            advance(to: k)
            return
        }
        if c == "'" || c == "\"" {
            var k = pos + 1
            while k < s.count && s[k] != c {
                if s[k] == "\\" { k += 1 }
                k += 1
            }
            guard k < s.count else { throw error("unexpected char \(PythonFormat.repr(String(c))) at \(pos)", at: pos) }
            emit(.string(unescape(pos + 1, k)), at: pos)
            advance(to: k + 1)
            return
        }
        for op in Lexer.operators {
            let u = Array(op.unicodeScalars)
            guard matches(u, at: pos) else { continue }
            if op == "(" || op == "[" || op == "{" {
                balance.append(u[0])
            } else if op == ")" || op == "]" || op == "}" {
                guard let open = balance.popLast() else { throw error("unexpected '\(op)'", at: pos) }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if expected != u[0] { throw error("unexpected '\(op)', expected '\(expected)'", at: pos) }
            }
            emit(.op(op), at: pos)
            advance(to: pos + u.count)
            return
        }
        throw error("unexpected char \(PythonFormat.repr(String(c))) at \(pos)", at: pos)
    }

    func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 48 && u.value <= 57 }

    /// The end of a run of characters that `ok` accepts from `from`, single underscores allowed
    /// between them (`1_000`).
    func underscoredRun(_ from: Int, _ ok: (Unicode.Scalar) -> Bool) -> Int {
        var k = from
        while k < s.count {
            if ok(s[k]) {
                k += 1
            } else if s[k] == "_" && k + 1 < s.count && ok(s[k + 1]) {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// `(\d+_)*\d+` from i; the end offset.
    func digits(_ i: Int) -> Int? {
        guard i < s.count, isDigit(s[i]) else { return nil }
        return underscoredRun(i, isDigit)
    }

    /// `(\d+_)*\d+((\.(\d+_)*\d+)?e[+\-]?(\d+_)*\d+|\.(\d+_)*\d+)`
    func lexFloat(_ i: Int) -> (Int, Double)? {
        guard let intEnd = digits(i) else { return nil }
        var k = intEnd
        var hasFraction = false
        if k < s.count && s[k] == ".", let fracEnd = digits(k + 1) {
            k = fracEnd
            hasFraction = true
        }
        var hasExponent = false
        if k < s.count && (s[k] == "e" || s[k] == "E") {
            var m = k + 1
            if m < s.count && (s[m] == "+" || s[m] == "-") { m += 1 }
            if let expEnd = digits(m) {
                k = expEnd
                hasExponent = true
            }
        }
        guard hasFraction || hasExponent else { return nil }
        let t = text(i, k).replacingUnderscores
        guard let v = Double(t) else { return nil }
        return (k, v)
    }

    /// `0b(_?[01])+|0o(_?[0-7])+|0x(_?[\da-f])+|[1-9](_?\d)*|0(_?0)*`
    func lexInteger(_ i: Int) -> Int? {
        if s[i] == "0" && i + 1 < s.count {
            let p = s[i + 1]
            let radixCheck: ((Unicode.Scalar) -> Bool)?
            switch p {
            case "b", "B": radixCheck = { $0 == "0" || $0 == "1" }
            case "o", "O": radixCheck = { $0.value >= 48 && $0.value <= 55 }
            case "x", "X": radixCheck = { $0.properties.isASCIIHexDigit }
            default: radixCheck = nil
            }
            if let check = radixCheck {
                var start = i + 2
                if start < s.count && s[start] == "_" { start += 1 }
                if start < s.count && check(s[start]) { return underscoredRun(start, check) }
            }
        }
        if s[i] == "0" { return underscoredRun(i + 1) { $0 == "0" } }
        return underscoredRun(i + 1) { $0.value >= 48 && $0.value <= 57 }
    }

    /// Python's `unicode_escape` decoding of a string literal's body (newlines normalised).
    func unescape(_ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        var i = a
        func appendNewline() { out.append(contentsOf: options.newlineSequence.unicodeScalars) }
        while i < b {
            let c = s[i]
            if c == "\n" {
                appendNewline()
                i += 1
                continue
            }
            guard c == "\\", i + 1 < b else {
                out.append(c)
                i += 1
                continue
            }
            let e = s[i + 1]
            i += 2
            if let (decoded, consumed) = PythonEscape.decode(e, following: s[i..<b]) {
                out.append(contentsOf: decoded)
                i += consumed
            } else {
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }
}

extension String {
    var replacingUnderscores: String { String(self.filter { $0 != "_" }) }
}
