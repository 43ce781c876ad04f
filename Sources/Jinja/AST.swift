import SwansibleCore

/// A place in a template (1-based line and column).
public struct Pos: Sendable {
    var line: Int
    var column: Int
}

/// An argument in a call, filter or test.
enum Arg: Sendable {
    case positional(Expr)
    case keyword(String, Expr)
    case star(Expr)
    case doubleStar(Expr)

    /// The argument's expression.
    var expr: Expr {
        switch self {
        case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): return e
        }
    }
}

enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floordiv = "//", mod = "%", pow = "**", concat = "~"
}

enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in", notIn = "not in"
}

/// An expression node.
indirect enum Expr: Sendable {
    case literal(Value)
    case name(String, Pos)
    case list([Expr])
    case tuple([Expr])
    case dict([(Expr, Expr)])
    case getattr(Expr, String, Pos)
    case getitem(Expr, Expr, Pos)
    case slice(Expr?, Expr?, Expr?)
    case call(Expr, [Arg], Pos)
    case filter(Expr?, String, [Arg], Pos)
    case test(Expr, String, [Arg], negated: Bool, Pos)
    case not(Expr)
    case neg(Expr, Pos)
    case pos(Expr, Pos)
    case binary(BinaryOp, Expr, Expr, Pos)
    case compare(Expr, [(CompareOp, Expr)], Pos)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case cond(test: Expr, then: Expr, otherwise: Expr?, Pos)

    /// The expressions directly inside this one, arguments included, in source order.
    var subexpressions: [Expr] {
        switch self {
        case .literal, .name: return []
        case .list(let l), .tuple(let l): return l
        case .dict(let d): return d.flatMap { [$0.0, $0.1] }
        case .getattr(let b, _, _), .not(let b), .neg(let b, _), .pos(let b, _): return [b]
        case .getitem(let b, let k, _): return [b, k]
        case .slice(let a, let b, let c): return [a, b, c].compactMap { $0 }
        case .call(let f, let args, _): return [f] + args.map(\.expr)
        case .filter(let b, _, let args, _): return (b.map { [$0] } ?? []) + args.map(\.expr)
        case .test(let b, _, let args, _, _): return [b] + args.map(\.expr)
        case .binary(_, let a, let b, _), .and(let a, let b), .or(let a, let b): return [a, b]
        case .compare(let a, let ops, _): return [a] + ops.map(\.1)
        case .cond(let a, let b, let c, _): return [a, b] + (c.map { [$0] } ?? [])
        }
    }

    var position: Pos? {
        switch self {
        case .name(_, let p), .getattr(_, _, let p), .getitem(_, _, let p), .call(_, _, let p), .filter(_, _, _, let p),
            .test(_, _, _, _, let p), .neg(_, let p), .pos(_, let p), .binary(_, _, _, let p), .compare(_, _, let p),
            .cond(_, _, _, let p):
            return p
        case .not(let e): return e.position
        case .and(let a, _), .or(let a, _): return a.position
        default: return nil
        }
    }
}

/// Where an assignment puts its value.
indirect enum Target: Sendable {
    case name(String)
    case tuple([Target])
    /// `ns.attr` (only for namespaces).
    case attribute(String, String, Pos)

    var names: [String] {
        switch self {
        case .name(let n): return [n]
        case .tuple(let t): return t.flatMap(\.names)
        case .attribute: return []
        }
    }
}

/// A macro's parameters and body.
struct MacroDef: Sendable {
    var name: String
    var params: [(String, Expr?)]
    var body: [Stmt]
    var catchKwargs: Bool
    var catchVarargs: Bool
    var callsCaller: Bool
}

/// An expression with its compiled form (nodes, faster than walking the tree).
struct CExpr: Sendable {
    let expr: Expr
    let compiled: CompiledExpr

    init(_ expr: Expr) {
        self.expr = expr
        self.compiled = Compiler.compile(expr)
    }

    var position: Pos? { expr.position }
}

/// A statement node.
indirect enum Stmt: Sendable {
    case data(String)
    case output(CExpr, Pos)
    case forLoop(target: Target, iter: CExpr, body: [Stmt], otherwise: [Stmt], filter: CExpr?, recursive: Bool, Pos)
    case ifStmt([(CExpr, [Stmt])], otherwise: [Stmt])
    case set(Target, CExpr, Pos)
    case setBlock(Target, filters: [(String, [Arg], Pos)], body: [Stmt], Pos)
    case macro(MacroDef, Pos)
    case callBlock(call: Expr, params: [(String, Expr?)], body: [Stmt], Pos)
    case filterBlock(filters: [(String, [Arg], Pos)], body: [Stmt], Pos)
    case with([(Target, Expr)], body: [Stmt])
    case block(name: String, body: [Stmt], scoped: Bool, required: Bool, Pos)
    case extends(Expr, Pos)
    case include(Expr, ignoreMissing: Bool, withContext: Bool, Pos)
    case importAs(Expr, name: String, withContext: Bool, Pos)
    case fromImport(Expr, names: [(String, String)], withContext: Bool, Pos)
    case scope([Stmt])
    /// `{% autoescape expr %}`: HTML-escapes printed values inside.
    case autoescape(CExpr, [Stmt])

    /// The expressions directly inside this statement (filter arguments and parameter defaults
    /// included), then its bodies, each in source order; an `if`'s tests come before its branches.
    var children: (expressions: [Expr], bodies: [[Stmt]]) {
        switch self {
        case .data: return ([], [])
        case .output(let e, _), .set(_, let e, _): return ([e.expr], [])
        case .forLoop(_, let iter, let b, let o, let f, _, _): return ([iter.expr] + (f.map { [$0.expr] } ?? []), [b, o])
        case .ifStmt(let branches, let o): return (branches.map(\.0.expr), branches.map(\.1) + [o])
        case .setBlock(_, let filters, let b, _), .filterBlock(let filters, let b, _): return (filters.flatMap { $0.1.map(\.expr) }, [b])
        case .macro(let def, _): return (def.params.compactMap(\.1), [def.body])
        case .callBlock(let c, let params, let b, _): return ([c] + params.compactMap(\.1), [b])
        case .with(let a, let b): return (a.map(\.1), [b])
        case .block(_, let b, _, _, _), .scope(let b): return ([], [b])
        case .extends(let e, _), .include(let e, _, _, _), .importAs(let e, _, _, _), .fromImport(let e, _, _, _): return ([e], [])
        case .autoescape(let e, let b): return ([e.expr], [b])
        }
    }
}
