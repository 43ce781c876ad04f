import SwansibleCore

/// An expression compiled to closures.
final class CompiledExpr: @unchecked Sendable {
    let run: (Renderer) throws(JinjaError) -> Value

    init(_ run: @escaping (Renderer) throws(JinjaError) -> Value) {
        self.run = run
    }
}

/// Compiles the common expression shapes to closures (names, attribute and item lookups,
/// filters, tests, operators); the rest runs through the tree-walking evaluator.
enum Compiler {
    typealias Fn = (Renderer) throws(JinjaError) -> Value

    static func compile(_ e: Expr) -> CompiledExpr { CompiledExpr(fn(e)) }

    static func fn(_ e: Expr) -> Fn {
        switch e {
        case .literal(let v):
            return { _ in v }
        case .name(let n, let p):
            let site = NameSite()
            return { r throws(JinjaError) in try r.lookupName(n, p, site) }
        case .getattr(let base, let attr, let p):
            let b = fn(base)
            return { r throws(JinjaError) in
                let x = try b(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    return try r.getattr(x, attr)
                }
            }
        case .getitem(let base, .literal(let key), let p):
            let b = fn(base)
            if case .string(let name) = key {
                return { r throws(JinjaError) in
                    let x = try b(r)
                    if case .object(let o) = x, let h = o as? LazyMapping {
                        return try r.locateErr(p) { () throws(JinjaError) -> Value in
                            if let v = try h.lookup(name) { return v }
                            return .object(Undefined(kind: r.environment.undefined, name: key, owner: x))
                        }
                    }
                    return try r.locateErr(p) { () throws(JinjaError) -> Value in try r.getitem(x, key) }
                }
            }
            return { r throws(JinjaError) in
                let x = try b(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    return try r.getitem(x, key)
                }
            }
        case .getitem(let base, let keyExpr, let p):
            if case .slice = keyExpr { return { r throws(JinjaError) in try r.eval(e) } }
            let b = fn(base)
            let k = fn(keyExpr)
            return { r throws(JinjaError) in
                let x = try b(r)
                let key = try k(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    return try r.getitem(x, key)
                }
            }
        case .filter(let base, let name, let args, let p):
            guard let simple = simpleArgs(args) else { return { r throws(JinjaError) in try r.eval(e) } }
            let b = base.map { fn($0) }
            let box = FilterCache()
            return { r throws(JinjaError) in
                let v = try b?(r) ?? .null
                let a = try simple(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    if let f = box.filter, box.environment === r.environment { return try f(v, a, r) }
                    guard let f = r.environment.filters[name] else { return try r.applyFilter(name, v, a) }
                    box.filter = f
                    box.environment = r.environment
                    return try f(v, a, r)
                }
            }
        case .test(let base, let name, let args, let negated, let p):
            guard let simple = simpleArgs(args) else { return { r throws(JinjaError) in try r.eval(e) } }
            let b = fn(base)
            return { r throws(JinjaError) in
                let v = try b(r)
                let a = try simple(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    let ok = try r.applyTest(name, v, a)
                    return .bool(negated ? !ok : ok)
                }
            }
        case .not(let a):
            let x = fn(a)
            let pos = a.position
            return { r throws(JinjaError) in .bool(!(try r.truth(try x(r), pos))) }
        case .and(let a, let b):
            let x = fn(a)
            let y = fn(b)
            let pos = a.position
            return { r throws(JinjaError) in
                let l = try x(r)
                if !(try r.truth(l, pos)) { return l }
                return try y(r)
            }
        case .or(let a, let b):
            let x = fn(a)
            let y = fn(b)
            let pos = a.position
            return { r throws(JinjaError) in
                let l = try x(r)
                if try r.truth(l, pos) { return l }
                return try y(r)
            }
        case .compare(let first, let ops, let p):
            let f = fn(first)
            let rest = ops.map { ($0.0, fn($0.1)) }
            return { r throws(JinjaError) in
                var left = try f(r)
                for (op, g) in rest {
                    let right = try g(r)
                    let ok = try r.locateErr(p) { () throws(JinjaError) -> Bool in try Operators.compare(op, left, right) }
                    if !ok { return .bool(false) }
                    left = right
                }
                return .bool(true)
            }
        case .binary(let op, let a, let b, let p) where op != .concat:
            let x = fn(a)
            let y = fn(b)
            return { r throws(JinjaError) in
                let l = try x(r)
                let rv = try y(r)
                return try r.locateErr(p) { () throws(JinjaError) -> Value in
                    return try Operators.binary(op, l, rv)
                }
            }
        case .cond(let test, let then, let otherwise, _):
            guard let otherwise else { return { r throws(JinjaError) in try r.eval(e) } }
            let t = fn(test)
            let a = fn(then)
            let b = fn(otherwise)
            let pos = test.position
            return { r throws(JinjaError) in try r.truth(try t(r), pos) ? try a(r) : try b(r) }
        default:
            return { r throws(JinjaError) in try r.eval(e) }
        }
    }

    /// Positional and keyword arguments only (no `*args` or `**kwargs`).
    static func simpleArgs(_ args: [Arg]) -> ((Renderer) throws(JinjaError) -> Arguments)? {
        if args.isEmpty { return { _ in Arguments() } }
        var positional: [Fn] = []
        var keywords: [(String, Fn)] = []
        for a in args {
            switch a {
            case .positional(let e): positional.append(fn(e))
            case .keyword(let k, let e): keywords.append((k, fn(e)))
            default: return nil
            }
        }
        return { r throws(JinjaError) in
            var out = Arguments()
            out.positional.reserveCapacity(positional.count)
            for p in positional { out.positional.append(try p(r)) }
            for (k, f) in keywords { out.keywords.append((k, try f(r))) }
            return out
        }
    }
}

/// What a compiled name found in the render's root scope, kept while that render's root
/// variables stay as they are (inner scopes are always searched first).
final class NameSite: @unchecked Sendable {
    var token: UInt64 = 0
    var version = -1
    var value: Value = .null
}

/// The filter a compiled call site found, kept for the next call.
final class FilterCache: @unchecked Sendable {
    var filter: Filter?
    weak var environment: Environment?
}

/// Statements compiled to closures: text, output, `if` and non-recursive `for` (the hot
/// statements of configuration templates); the rest runs through `Renderer.exec`.
enum StmtCompiler {
    typealias Step = (Renderer) throws(JinjaError) -> Void

    static func compile(_ stmts: [Stmt]) -> [Step] {
        // text followed by an output becomes one step: a closure call less each time
        var out: [Step] = []
        var i = 0
        while i < stmts.count {
            if case .data(let d) = stmts[i], i + 1 < stmts.count, case .output = stmts[i + 1] {
                out.append(textThenOutput(d, stmts[i + 1]))
                i += 2
                continue
            }
            out.append(step(stmts[i]))
            i += 1
        }
        return out
    }

    static func run(_ steps: [Step], _ r: Renderer) throws(JinjaError) {
        try steps.withUnsafeBufferPointer { (b: UnsafeBufferPointer<Step>) throws(JinjaError) in
            for i in 0..<b.count { try b[i](r) }
        }
    }

    static func textThenOutput(_ d: String, _ s: Stmt) -> Step {
        guard case .output(let e, let p) = s else { return step(s) }
        let f = e.compiled.run
        let expr = e.expr
        return { r throws(JinjaError) in
            r.write(d)
            r.safeOutput = false
            let v = try f(r)
            try r.emit(v, expr, p)
        }
    }

    static func step(_ s: Stmt) -> Step {
        switch s {
        case .data(let d):
            return { r in r.write(d) }
        case .output(let e, let p):
            let f = e.compiled.run
            let expr = e.expr
            return { r throws(JinjaError) in
                r.safeOutput = false
                let v = try f(r)
                try r.emit(v, expr, p)
            }
        case .ifStmt(let branches, let otherwise):
            let compiled = branches.map { ($0.0.compiled.run, $0.0.position, compile($0.1)) }
            let other = compile(otherwise)
            return { r throws(JinjaError) in
                for (test, pos, body) in compiled where try r.truth(try test(r), pos) {
                    try run(body, r)
                    return
                }
                try run(other, r)
            }
        case .forLoop(let target, let iter, let body, let otherwise, let filter, let recursive, let p)
        where !recursive && filter == nil && !Renderer.capturesScope(body):
            let iterFn = iter.compiled.run
            let steps = compile(body)
            let other = compile(otherwise)
            return { r throws(JinjaError) in
                let iterable = try iterFn(r)
                try r.runCompiledFor(target: target, iterable: iterable, body: steps, otherwise: other, p)
            }
        default:
            return { r throws(JinjaError) in try r.exec(s) }
        }
    }
}
