import SwansibleCore

/// Jinja2's parser: tokens into statements and expressions, with its error messages.
struct Parser {
    var tokens: [Token]
    var i = 0
    let name: String
    var tagStack: [String] = []
    var endTokenStack: [[String]] = []
    /// How deep expressions nest; like Jinja2 (Python's recursion limit), a template nested
    /// deeper than `maxNesting` is refused rather than run out of stack.
    var nesting = 0
    static let maxNesting = 64

    mutating func enter() throws(JinjaError) {
        nesting += 1
        if nesting > Parser.maxNesting { throw fail("maximum recursion depth exceeded") }
    }

    init(tokens: [Token], name: String) {
        self.tokens = tokens
        self.name = name
    }

    static let statementKeywords: Set<String> = [
        "for", "if", "block", "extends", "print", "macro", "include", "from", "import", "set", "with", "autoescape", "call", "filter",
    ]

    var current: Token { tokens[i] }
    var look: Token { i + 1 < tokens.count ? tokens[i + 1] : tokens[tokens.count - 1] }

    mutating func next() -> Token {
        let t = tokens[i]
        if i < tokens.count - 1 { i += 1 }
        return t
    }

    func pos(_ t: Token) -> Pos { Pos(line: t.line, column: t.column) }

    func fail(_ message: String, _ t: Token? = nil) -> JinjaError {
        let tok = t ?? current
        return JinjaError(.syntax, message, at: SourceLocation(file: name, line: tok.line, column: tok.column))
    }

    static func describe(_ expected: String) -> String {
        switch expected {
        case "variableEnd": return "end of print statement"
        case "blockEnd": return "end of statement block"
        default: return expected
        }
    }

    mutating func expectOp(_ op: String) throws(JinjaError) {
        guard current.isOp(op) else { throw unexpected(expected: op) }
        _ = next()
    }

    func unexpected(expected: String) -> JinjaError {
        if current.kind == .eof { return fail("unexpected end of template, expected '\(expected)'.") }
        return fail("expected token '\(expected)', got \(current.quoted)")
    }

    mutating func expectName() throws(JinjaError) -> String {
        guard case .name(let n) = current.kind else { throw unexpected(expected: "name") }
        _ = next()
        return n
    }

    mutating func expectName(_ n: String) throws(JinjaError) {
        guard current.isName(n) else { throw unexpected(expected: "name:\(n)") }
        _ = next()
    }

    mutating func expectBlockEnd() throws(JinjaError) {
        guard current.kind == .blockEnd else { throw unexpected(expected: "end of statement block") }
        _ = next()
    }

    mutating func skipName(_ n: String) -> Bool {
        if current.isName(n) {
            _ = next()
            return true
        }
        return false
    }

    mutating func skipOp(_ o: String) -> Bool {
        if current.isOp(o) {
            _ = next()
            return true
        }
        return false
    }

    // MARK: statements

    mutating func parseTemplate() throws(JinjaError) -> [Stmt] {
        try subparse(nil)
    }

    mutating func subparse(_ endTokens: [String]?) throws(JinjaError) -> [Stmt] {
        var body: [Stmt] = []
        if endTokenStack.count >= Parser.maxNesting { throw fail("maximum recursion depth exceeded") }
        if let endTokens { endTokenStack.append(endTokens) }
        defer { if endTokens != nil { endTokenStack.removeLast() } }
        while true {
            switch current.kind {
            case .eof:
                return body
            case .data(let d):
                _ = next()
                body.append(.data(d))
            case .variableBegin:
                let t = next()
                let e = try parseTuple(withCondexpr: true)
                guard current.kind == .variableEnd else { throw unexpected(expected: "end of print statement") }
                _ = next()
                body.append(.output(CExpr(e), pos(t)))
            case .blockBegin:
                _ = next()
                if let endTokens, case .name(let n) = current.kind, endTokens.contains(n) {
                    return body
                }
                let s = try parseStatement()
                body.append(contentsOf: s)
                try expectBlockEnd()
            default:
                throw fail("internal parsing error: unexpected \(current.describe)")
            }
        }
    }

    mutating func parseStatements(_ endTokens: [String], dropNeedle: Bool = false) throws(JinjaError) -> [Stmt] {
        _ = skipOp(":")
        try expectBlockEnd()
        let result = try subparse(endTokens)
        if current.kind == .eof { throw failEOF(endTokens) }
        if dropNeedle { _ = next() }
        return result
    }

    func failEOF(_ endTokens: [String]?) -> JinjaError {
        failUnknown(nil, endTokens: endTokens)
    }

    func failUnknown(_ tag: String?, endTokens: [String]? = nil) -> JinjaError {
        var expected = endTokenStack
        if let endTokens { expected.append(endTokens) }
        var message: [String] = []
        if let tag {
            message.append("Encountered unknown tag '\(tag)'.")
        } else {
            message.append("Unexpected end of template.")
        }
        var currentlyLooking: String?
        if let last = expected.last {
            currentlyLooking = last.map { "'\($0)'" }.joined(separator: " or ")
        }
        if let currentlyLooking {
            message.append("Jinja was looking for the following tags: \(currentlyLooking).")
        } else if tag != nil {
            // an end tag without its start
        }
        if let innermost = tagStack.last {
            message.append("The innermost block that needs to be closed is '\(innermost)'.")
        }
        return fail(message.joined(separator: " "))
    }

    mutating func parseStatement() throws(JinjaError) -> [Stmt] {
        let token = current
        guard case .name(let tag) = token.kind else { throw fail("tag name expected") }
        guard Parser.statementKeywords.contains(tag) else { throw failUnknown(tag) }
        tagStack.append(tag)
        defer { tagStack.removeLast() }
        switch tag {
        case "for": return [try parseFor()]
        case "if": return [try parseIf()]
        case "block": return [try parseBlock()]
        case "extends":
            _ = next()
            return [.extends(try parseExpression(), pos(token))]
        case "print":
            _ = next()
            var out: [Stmt] = []
            while current.kind != .blockEnd {
                if !out.isEmpty { try expectOp(",") }
                out.append(.output(CExpr(try parseExpression()), pos(token)))
            }
            return out
        case "macro": return [try parseMacro()]
        case "include": return [try parseInclude()]
        case "from": return [try parseFrom()]
        case "import": return [try parseImport()]
        case "set": return [try parseSet()]
        case "with": return [try parseWith()]
        case "autoescape":
            _ = next()
            let e = try parseExpression()
            return [.autoescape(CExpr(e), try parseStatements(["endautoescape"], dropNeedle: true))]
        case "call": return [try parseCallBlock()]
        case "filter":
            _ = next()
            let filters = try parseFilterChain(startInline: true)
            let body = try parseStatements(["endfilter"], dropNeedle: true)
            return [.filterBlock(filters: filters, body: body, pos(token))]
        default:
            throw failUnknown(tag)
        }
    }

    mutating func parseFor() throws(JinjaError) -> Stmt {
        let t = next()
        let target = try parseAssignTarget(extraEnd: ["in"])
        try expectName("in")
        let iter = try parseTuple(withCondexpr: false, extraEnd: ["recursive"])
        var test: Expr?
        if skipName("if") { test = try parseExpression() }
        let recursive = skipName("recursive")
        let body = try parseStatements(["endfor", "else"])
        var otherwise: [Stmt] = []
        if case .name(let n) = next().kind, n != "endfor" {
            otherwise = try parseStatements(["endfor"], dropNeedle: true)
        }
        return .forLoop(
            target: target, iter: CExpr(iter), body: body, otherwise: otherwise, filter: test.map { CExpr($0) }, recursive: recursive,
            pos(t))
    }

    mutating func parseIf() throws(JinjaError) -> Stmt {
        _ = next()
        var branches: [(CExpr, [Stmt])] = []
        var otherwise: [Stmt] = []
        while true {
            let test = try parseTuple(withCondexpr: false)
            let body = try parseStatements(["elif", "else", "endif"])
            branches.append((CExpr(test), body))
            let t = next()
            if t.isName("elif") { continue }
            if t.isName("else") { otherwise = try parseStatements(["endif"], dropNeedle: true) }
            break
        }
        return .ifStmt(branches, otherwise: otherwise)
    }

    mutating func parseBlock() throws(JinjaError) -> Stmt {
        let t = next()
        let blockName = try expectName()
        let scoped = skipName("scoped")
        let required = skipName("required")
        if current.isOp("-") {
            throw fail(
                "Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.")
        }
        let body = try parseStatements(["endblock"], dropNeedle: true)
        if required {
            for s in body {
                if case .data(let d) = s, d.allSatisfy({ $0.isWhitespace }) { continue }
                throw fail("Required blocks can only contain comments or whitespace", t)
            }
        }
        _ = skipName(blockName)
        return .block(name: blockName, body: body, scoped: scoped, required: required, pos(t))
    }

    mutating func parseImportContext(default value: Bool) -> Bool {
        if current.isName("with") || current.isName("without"), look.isName("context") {
            let w = next().isName("with")
            _ = next()
            return w
        }
        return value
    }

    mutating func parseInclude() throws(JinjaError) -> Stmt {
        let t = next()
        let template = try parseExpression()
        var ignoreMissing = false
        if current.isName("ignore") && look.isName("missing") {
            _ = next()
            _ = next()
            ignoreMissing = true
        }
        let ctx = parseImportContext(default: true)
        return .include(template, ignoreMissing: ignoreMissing, withContext: ctx, pos(t))
    }

    mutating func parseImport() throws(JinjaError) -> Stmt {
        let t = next()
        let template = try parseExpression()
        try expectName("as")
        let target = try expectName()
        let ctx = parseImportContext(default: false)
        return .importAs(template, name: target, withContext: ctx, pos(t))
    }

    mutating func parseFrom() throws(JinjaError) -> Stmt {
        let t = next()
        let template = try parseExpression()
        try expectName("import")
        var names: [(String, String)] = []
        var withContext = false
        func parseContext(_ p: inout Parser) -> Bool {
            if p.current.isName("with") || p.current.isName("without"), p.look.isName("context") {
                withContext = p.next().isName("with")
                _ = p.next()
                return true
            }
            return false
        }
        while true {
            if !names.isEmpty { try expectOp(",") }
            if case .name = current.kind {
                if parseContext(&self) { break }
                let target = try expectName()
                if target.hasPrefix("_") {
                    throw JinjaError(
                        .assertion, "names starting with an underline can not be imported",
                        at: SourceLocation(file: name, line: t.line, column: t.column))
                }
                if skipName("as") {
                    names.append((target, try expectName()))
                } else {
                    names.append((target, target))
                }
                if parseContext(&self) || !current.isOp(",") { break }
            } else {
                _ = try expectName()
            }
        }
        return .fromImport(template, names: names, withContext: withContext, pos(t))
    }

    mutating func parseSet() throws(JinjaError) -> Stmt {
        let t = next()
        let target = try parseAssignTarget(withNamespace: true)
        if skipOp("=") {
            return .set(target, CExpr(try parseTuple(withCondexpr: true)), pos(t))
        }
        let filters = current.isOp("|") ? try parseFilterChain(startInline: false) : []
        let body = try parseStatements(["endset"], dropNeedle: true)
        return .setBlock(target, filters: filters, body: body, pos(t))
    }

    mutating func parseWith() throws(JinjaError) -> Stmt {
        _ = next()
        var assignments: [(Target, Expr)] = []
        while current.kind != .blockEnd {
            if !assignments.isEmpty { try expectOp(",") }
            let target = try parseAssignTarget()
            try expectOp("=")
            assignments.append((target, try parseExpression()))
        }
        let body = try parseStatements(["endwith"], dropNeedle: true)
        return .with(assignments, body: body)
    }

    mutating func parseSignature() throws(JinjaError) -> [(String, Expr?)] {
        var params: [(String, Expr?)] = []
        try expectOp("(")
        var sawDefault = false
        while !current.isOp(")") {
            if !params.isEmpty { try expectOp(",") }
            let n = try expectName()
            if skipOp("=") {
                params.append((n, try parseExpression()))
                sawDefault = true
            } else {
                if sawDefault { throw fail("non-default argument follows default argument") }
                params.append((n, nil))
            }
        }
        try expectOp(")")
        return params
    }

    mutating func parseMacro() throws(JinjaError) -> Stmt {
        let t = next()
        let macroName = try expectName()
        let params = try parseSignature()
        let body = try parseStatements(["endmacro"], dropNeedle: true)
        let def = MacroDef(
            name: macroName, params: params, body: body, catchKwargs: Parser.uses("kwargs", body),
            catchVarargs: Parser.uses("varargs", body), callsCaller: Parser.uses("caller", body))
        return .macro(def, pos(t))
    }

    mutating func parseCallBlock() throws(JinjaError) -> Stmt {
        let t = next()
        var params: [(String, Expr?)] = []
        if current.isOp("(") { params = try parseSignature() }
        let call = try parseExpression()
        guard case .call = call else { throw fail("expected call", t) }
        let body = try parseStatements(["endcall"], dropNeedle: true)
        return .callBlock(call: call, params: params, body: body, pos(t))
    }

    /// Whether a body refers to a name (for a macro's `varargs`, `kwargs` and `caller`).
    static func uses(_ n: String, _ body: [Stmt]) -> Bool {
        var found = false
        func expr(_ e: Expr?) {
            guard let e, !found else { return }
            if case .name(let x, _) = e, x == n {
                found = true
                return
            }
            e.subexpressions.forEach { expr($0) }
        }
        func stmts(_ body: [Stmt]) {
            for s in body where !found {
                if case .macro = s { continue }  // a nested macro has its own
                let (expressions, bodies) = s.children
                expressions.forEach { expr($0) }
                bodies.forEach(stmts)
            }
        }
        stmts(body)
        return found
    }

    // MARK: expressions

    mutating func parseAssignTarget(extraEnd: [String] = [], withNamespace: Bool = false) throws(JinjaError) -> Target {
        if withNamespace {
            // `ns.a` or `ns.a, ns.b`: namespace attributes, possibly in a tuple
            var targets: [Target] = []
            var isTuple = false
            while true {
                if case .name(let ns) = current.kind, look.isOp(".") {
                    let t = next()
                    _ = next()
                    targets.append(.attribute(ns, try expectName(), pos(t)))
                } else if case .name = current.kind {
                    targets.append(try target(from: try parsePrimary()))
                } else {
                    break
                }
                if current.isOp(",") {
                    isTuple = true
                    _ = next()
                    continue
                }
                break
            }
            if targets.count == 1 && !isTuple { return targets[0] }
            if !targets.isEmpty { return .tuple(targets) }
        }
        let e = try parseTuple(simplified: true, extraEnd: extraEnd)
        return try target(from: e)
    }

    func target(from e: Expr) throws(JinjaError) -> Target {
        switch e {
        case .name(let n, _):
            if ["true", "false", "none", "True", "False", "None"].contains(n) { throw fail("can't assign to 'const'") }
            return .name(n)
        case .tuple(let items):
            var out: [Target] = []
            for item in items { out.append(try target(from: item)) }
            return .tuple(out)
        case .literal: throw fail("can't assign to 'const'")
        default: throw fail("can't assign to '\(Parser.nodeName(e))'")
        }
    }

    static func nodeName(_ e: Expr) -> String {
        switch e {
        case .getattr: return "getattr"
        case .getitem: return "getitem"
        case .call: return "call"
        case .list: return "list"
        case .dict: return "dict"
        default: return "expr"
        }
    }

    func isTupleEnd(_ extraEnd: [String]) -> Bool {
        switch current.kind {
        case .variableEnd, .blockEnd, .eof: return true
        case .op(")"): return true
        case .name(let n): return extraEnd.contains(n)
        default: return false
        }
    }

    mutating func parseTuple(
        simplified: Bool = false, withCondexpr: Bool = true, extraEnd: [String] = [], explicitParentheses: Bool = false
    ) throws(JinjaError) -> Expr {
        var args: [Expr] = []
        var isTuple = false
        while true {
            if !args.isEmpty { try expectOp(",") }
            if isTupleEnd(extraEnd) { break }
            if simplified {
                args.append(try parsePrimary())
            } else {
                args.append(try parseExpression(withCondexpr: withCondexpr))
            }
            if current.isOp(",") {
                isTuple = true
            } else {
                break
            }
        }
        if !isTuple {
            if let first = args.first { return first }
            if !explicitParentheses { throw fail("Expected an expression, got \(current.quoted)") }
        }
        return .tuple(args)
    }

    mutating func parseExpression(withCondexpr: Bool = true) throws(JinjaError) -> Expr {
        withCondexpr ? try parseCondexpr() : try parseOr()
    }

    mutating func parseCondexpr() throws(JinjaError) -> Expr {
        let t = current
        var expr1 = try parseOr()
        while skipName("if") {
            let expr2 = try parseOr()
            var expr3: Expr?
            if skipName("else") { expr3 = try parseCondexpr() }
            expr1 = .cond(test: expr2, then: expr1, otherwise: expr3, pos(t))
        }
        return expr1
    }

    mutating func parseOr() throws(JinjaError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        var left = try parseAnd()
        while skipName("or") { left = .or(left, try parseAnd()) }
        return left
    }

    mutating func parseAnd() throws(JinjaError) -> Expr {
        var left = try parseNot()
        while skipName("and") { left = .and(left, try parseNot()) }
        return left
    }

    mutating func parseNot() throws(JinjaError) -> Expr {
        if current.isName("not") {
            _ = next()
            try enter()
            defer { nesting -= 1 }
            return .not(try parseNot())
        }
        return try parseCompare()
    }

    mutating func parseCompare() throws(JinjaError) -> Expr {
        let t = current
        let expr = try parseMath1()
        var ops: [(CompareOp, Expr)] = []
        while true {
            if case .op(let o) = current.kind, let op = CompareOp(rawValue: o), op != .in, op != .notIn {
                _ = next()
                ops.append((op, try parseMath1()))
            } else if skipName("in") {
                ops.append((.in, try parseMath1()))
            } else if current.isName("not") && look.isName("in") {
                _ = next()
                _ = next()
                ops.append((.notIn, try parseMath1()))
            } else {
                break
            }
        }
        return ops.isEmpty ? expr : .compare(expr, ops, pos(t))
    }

    mutating func parseMath1() throws(JinjaError) -> Expr {
        var left = try parseConcat()
        while case .op(let o) = current.kind, o == "+" || o == "-" {
            let t = next()
            let right = try parseConcat()
            left = .binary(o == "+" ? .add : .sub, left, right, pos(t))
        }
        return left
    }

    mutating func parseConcat() throws(JinjaError) -> Expr {
        var left = try parseMath2()
        while current.isOp("~") {
            let t = next()
            left = .binary(.concat, left, try parseMath2(), pos(t))
        }
        return left
    }

    mutating func parseMath2() throws(JinjaError) -> Expr {
        var left = try parsePow()
        while case .op(let o) = current.kind, o == "*" || o == "/" || o == "//" || o == "%" {
            let t = next()
            let right = try parsePow()
            let op: BinaryOp = o == "*" ? .mul : o == "/" ? .div : o == "//" ? .floordiv : .mod
            left = .binary(op, left, right, pos(t))
        }
        return left
    }

    mutating func parsePow() throws(JinjaError) -> Expr {
        var left = try parseUnary()
        while current.isOp("**") {
            let t = next()
            left = .binary(.pow, left, try parseUnary(), pos(t))
        }
        return left
    }

    mutating func parseUnary(withFilter: Bool = true) throws(JinjaError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        let t = current
        var node: Expr
        if t.isOp("-") {
            _ = next()
            node = .neg(try parseUnary(withFilter: false), pos(t))
        } else if t.isOp("+") {
            _ = next()
            node = .pos(try parseUnary(withFilter: false), pos(t))
        } else {
            node = try parsePrimary()
        }
        node = try parsePostfix(node)
        if withFilter { node = try parseFilterExpr(node) }
        return node
    }

    mutating func parsePrimary() throws(JinjaError) -> Expr {
        let t = current
        switch t.kind {
        case .name(let n):
            _ = next()
            switch n {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.null)
            default: return .name(n, pos(t))
            }
        case .string(let s):
            _ = next()
            var buf = s
            while case .string(let more) = current.kind {
                buf += more
                _ = next()
            }
            return .literal(.string(buf))
        case .integer(let text):
            _ = next()
            return .literal(Parser.integerValue(text))
        case .float(let d):
            _ = next()
            return .literal(.float(d))
        case .op("("):
            _ = next()
            let e = try parseTuple(explicitParentheses: true)
            try expectOp(")")
            return e
        case .op("["):
            _ = next()
            var items: [Expr] = []
            while !current.isOp("]") {
                if !items.isEmpty { try expectOp(",") }
                if current.isOp("]") { break }
                items.append(try parseExpression())
            }
            try expectOp("]")
            return .list(items)
        case .op("{"):
            _ = next()
            var items: [(Expr, Expr)] = []
            while !current.isOp("}") {
                if !items.isEmpty { try expectOp(",") }
                if current.isOp("}") { break }
                let k = try parseExpression()
                try expectOp(":")
                items.append((k, try parseExpression()))
            }
            try expectOp("}")
            return .dict(items)
        default:
            if t.kind == .eof { throw fail("unexpected end of template") }
            throw fail("unexpected \(t.quoted)")
        }
    }

    static func integerValue(_ text: String) -> Value {
        let lower = text.lowercased()
        var radix = 10
        var body = Substring(lower)
        if lower.hasPrefix("0x") {
            radix = 16
            body = body.dropFirst(2)
        } else if lower.hasPrefix("0o") {
            radix = 8
            body = body.dropFirst(2)
        } else if lower.hasPrefix("0b") {
            radix = 2
            body = body.dropFirst(2)
        }
        if let v = Int(body, radix: radix) { return .int(v) }
        let digits = body.compactMap { $0.hexDigitValue }
        return .bigInt(LongInteger.decimal(digits, radix: radix, negative: false))
    }

    mutating func parsePostfix(_ start: Expr) throws(JinjaError) -> Expr {
        var node = start
        while true {
            if current.isOp(".") || current.isOp("[") {
                node = try parseSubscript(node)
            } else if current.isOp("(") {
                node = try parseCall(node)
            } else {
                return node
            }
        }
    }

    mutating func parseFilterExpr(_ start: Expr) throws(JinjaError) -> Expr {
        var node = start
        while true {
            if current.isOp("|") {
                for (filterName, args, p) in try parseFilterChain(startInline: false) {
                    node = .filter(node, filterName, args, p)
                }
            } else if current.isName("is") {
                node = try parseTest(node)
            } else if current.isOp("(") {
                node = try parseCall(node)
            } else {
                return node
            }
        }
    }

    mutating func parseSubscript(_ node: Expr) throws(JinjaError) -> Expr {
        let t = next()
        if t.isOp(".") {
            let attr = current
            _ = next()
            switch attr.kind {
            case .name(let n): return .getattr(node, n, pos(attr))
            case .integer(let text): return .getitem(node, .literal(Parser.integerValue(text)), pos(attr))
            default: throw fail("expected name or number", attr)
            }
        }
        var args: [Expr] = []
        while !current.isOp("]") {
            if !args.isEmpty { try expectOp(",") }
            args.append(try parseSubscribed())
        }
        try expectOp("]")
        return .getitem(node, args.count == 1 ? args[0] : .tuple(args), pos(t))
    }

    mutating func parseSubscribed() throws(JinjaError) -> Expr {
        var parts: [Expr?] = []
        if current.isOp(":") {
            _ = next()
            parts = [nil]
        } else {
            let node = try parseExpression()
            if !current.isOp(":") { return node }
            _ = next()
            parts = [node]
        }
        if current.isOp(":") {
            parts.append(nil)
        } else if !current.isOp("]") && !current.isOp(",") {
            parts.append(try parseExpression())
        } else {
            parts.append(nil)
        }
        if current.isOp(":") {
            _ = next()
            if !current.isOp("]") && !current.isOp(",") {
                parts.append(try parseExpression())
            } else {
                parts.append(nil)
            }
        } else {
            parts.append(nil)
        }
        return .slice(parts[0], parts[1], parts[2])
    }

    mutating func parseCallArgs() throws(JinjaError) -> [Arg] {
        let open = current
        try expectOp("(")
        var args: [Arg] = []
        var requireComma = false
        var sawKeyword = false
        var sawStar = false
        var sawDoubleStar = false
        while !current.isOp(")") {
            if requireComma {
                try expectOp(",")
                if current.isOp(")") { break }
            }
            if current.isOp("*") {
                if sawStar || sawDoubleStar { throw fail("invalid syntax for function call expression", open) }
                _ = next()
                args.append(.star(try parseExpression()))
                sawStar = true
            } else if current.isOp("**") {
                if sawDoubleStar { throw fail("invalid syntax for function call expression", open) }
                _ = next()
                args.append(.doubleStar(try parseExpression()))
                sawDoubleStar = true
            } else if case .name(let key) = current.kind, look.isOp("=") {
                if sawDoubleStar { throw fail("invalid syntax for function call expression", open) }
                _ = next()
                _ = next()
                args.append(.keyword(key, try parseExpression()))
                sawKeyword = true
            } else {
                if sawStar || sawDoubleStar || sawKeyword { throw fail("invalid syntax for function call expression", open) }
                args.append(.positional(try parseExpression()))
            }
            requireComma = true
        }
        try expectOp(")")
        return args
    }

    mutating func parseCall(_ node: Expr) throws(JinjaError) -> Expr {
        let t = current
        return .call(node, try parseCallArgs(), pos(t))
    }

    mutating func parseFilterChain(startInline: Bool) throws(JinjaError) -> [(String, [Arg], Pos)] {
        var out: [(String, [Arg], Pos)] = []
        var inline = startInline
        while current.isOp("|") || inline {
            if !inline { _ = next() }
            let t = current
            var filterName = try expectName()
            while current.isOp(".") {
                _ = next()
                filterName += "." + (try expectName())
            }
            let args = current.isOp("(") ? try parseCallArgs() : []
            out.append((filterName, args, pos(t)))
            inline = false
        }
        return out
    }

    mutating func parseTest(_ node: Expr) throws(JinjaError) -> Expr {
        let t = next()
        let negated = skipName("not")
        var testName = try expectName()
        while current.isOp(".") {
            _ = next()
            testName += "." + (try expectName())
        }
        var args: [Arg] = []
        if current.isOp("(") {
            args = try parseCallArgs()
        } else {
            var startsArg = false
            switch current.kind {
            case .name(let n): startsArg = !["else", "or", "and"].contains(n)
            case .string, .integer, .float: startsArg = true
            case .op(let o): startsArg = o == "(" || o == "[" || o == "{"
            default: startsArg = false
            }
            if startsArg {
                if current.isName("is") { throw fail("You cannot chain multiple tests with is") }
                var arg = try parsePrimary()
                arg = try parsePostfix(arg)
                args = [.positional(arg)]
            }
        }
        return .test(node, testName, args, negated: negated, pos(t))
    }
}
