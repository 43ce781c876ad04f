import SwansibleCore

/// A name a template reads from its context, and where.
public struct ContextName: Sendable, Equatable {
    public var name: String
    public var line: Int
    public var column: Int
}

extension Template {
    /// The names the template reads from its context, first use of each, as Jinja2's
    /// `meta.find_undeclared_variables` finds them: names bound by `set`, `for`, `macro`, `with`,
    /// imports and call blocks are left out; a name set anywhere in a body counts as bound there.
    ///
    /// `skippingGuarded`: leave out names only read under `default`/`d` or tested with
    /// `defined`/`undefined`, which a template means to be optional.
    public func contextNames(skippingGuarded: Bool = false) -> [ContextName] {
        var walk = Undeclared(skipGuarded: skippingGuarded)
        walk.statements(body, bound: [])
        return walk.out
    }
}

extension Environment {
    /// The names a condition (a `when`) proves defined when it holds: `x is defined`, also
    /// joined with `and`; nothing through `or` or `not`, nothing when it does not compile.
    public func namesProvenDefined(by condition: String) -> Set<String> {
        guard let t = try? template(source: "{{ (" + condition + ") }}"), case .output(let e, _)? = t.body.first else { return [] }
        return Undeclared.testedDefined(e.expr)
    }
}

struct Undeclared {
    let skipGuarded: Bool
    var seen = Set<String>()
    var out: [ContextName] = []

    init(skipGuarded: Bool) { self.skipGuarded = skipGuarded }

    static let globals: Set<String> = [
        "range", "dict", "lipsum", "cycler", "joiner", "namespace", "lookup", "query", "q", "now", "undef", "true", "false", "none",
        "True", "False", "None", "self", "super",
    ]

    mutating func statements(_ list: [Stmt], bound outer: Set<String>) {
        var bound = outer
        for s in list {
            switch s {
            case .set(let t, _, _), .setBlock(let t, _, _, _): bound.formUnion(t.names)
            case .macro(let def, _): bound.insert(def.name)
            case .importAs(_, let name, _, _): bound.insert(name)
            case .fromImport(_, let names, _, _): bound.formUnion(names.map(\.1))
            default: break
            }
        }
        for s in list {
            switch s {
            case .forLoop(let target, let iter, let body, let otherwise, let filter, _, _):
                expression(iter.expr, bound)
                let inner = bound.union(target.names).union(["loop"])
                if let filter { expression(filter.expr, inner) }
                statements(body, bound: inner)
                statements(otherwise, bound: bound)
            case .macro(let def, _):
                for d in def.params.compactMap(\.1) { expression(d, bound) }
                let inner = bound.union(def.params.map(\.0)).union(["varargs", "kwargs", "caller"])
                statements(def.body, bound: inner)
            case .callBlock(let call, let params, let body, _):
                expression(call, bound)
                for d in params.compactMap(\.1) { expression(d, bound) }
                statements(body, bound: bound.union(params.map(\.0)))
            case .with(let pairs, let body):
                for p in pairs { expression(p.1, bound) }
                statements(body, bound: bound.union(pairs.flatMap { $0.0.names }))
            case .ifStmt(let branches, let otherwise) where skipGuarded:
                // inside `{% if x is defined %}` x is there
                for (test, body) in branches {
                    expression(test.expr, bound)
                    statements(body, bound: bound.union(Self.testedDefined(test.expr)))
                }
                statements(otherwise, bound: bound)
            case .include, .extends, .importAs, .fromImport:
                break  // the other template's names are its own
            default:
                let c = s.children
                for e in c.expressions { expression(e, bound) }
                for b in c.bodies { statements(b, bound: bound) }
            }
        }
    }

    /// The names an `if` test proves defined: `x is defined`, also joined with `and`.
    static func testedDefined(_ e: Expr) -> Set<String> {
        switch e {
        case .test(.name(let n, _), "defined", _, negated: false, _): return [n]
        case .and(let a, let b): return testedDefined(a).union(testedDefined(b))
        default: return []
        }
    }

    mutating func expression(_ e: Expr, _ bound: Set<String>) {
        if skipGuarded {
            switch e {
            case .filter(let base?, let name, let args, _) where ["default", "d", "ansible.builtin.default"].contains(name):
                // the base may be undefined; its subscripts and the arguments are read
                for a in args { expression(a.expr, bound) }
                if case .getitem(_, let k, _) = base { expression(k, bound) }
                return
            case .test(_, let name, let args, _, _) where ["defined", "undefined"].contains(name):
                for a in args { expression(a.expr, bound) }
                return
            case .and(let a, let b):
                // `x is defined and x | ...`: the right side reads x only when it is there
                expression(a, bound)
                expression(b, bound.union(Self.testedDefined(a)))
                return
            default: break
            }
        }
        if case .name(let n, let p) = e {
            if !bound.contains(n) && !Self.globals.contains(n) && !seen.contains(n) {
                seen.insert(n)
                out.append(ContextName(name: n, line: p.line, column: p.column))
            }
            return
        }
        for x in e.subexpressions { expression(x, bound) }
    }
}
