import SwansibleCore

// The compiled form of templates: a tree of nodes, each a final class whose `eval` or `exec`
// calls its children directly. Children held in `let`s are called without reference counting
// (the parent is alive for the call), and statement lists are read through unmanaged
// references kept alive by their strong array: the interpreter's hot path does no retain or
// release for its own structure, only for the values it moves.

/// An expression's compiled form.
final class CompiledExpr: @unchecked Sendable {
    let node: ExprNode

    init(_ node: ExprNode) { self.node = node }

    @inline(__always) func run(_ r: Renderer) throws(JinjaError) -> Value { try node.eval(r) }
}

/// A compiled expression. This base class walks the tree: the shapes the compiler leaves to
/// the evaluator (calls, literals of containers, slices...).
class ExprNode: @unchecked Sendable {
    let expr: Expr

    init(_ expr: Expr) { self.expr = expr }

    func eval(_ r: Renderer) throws(JinjaError) -> Value { try r.eval(expr) }
}

/// Compiles the common expression shapes to nodes (names, attribute and item lookups,
/// filters, tests, operators); the rest runs through the tree-walking evaluator.
enum Compiler {
    static func compile(_ e: Expr) -> CompiledExpr { CompiledExpr(node(e)) }

    static func node(_ e: Expr) -> ExprNode {
        switch e {
        case .literal(let v):
            return LiteralNode(e, v)
        case .name(let n, let p):
            return NameNode(e, n, p)
        case .getattr(let base, let attr, let p):
            return GetAttrNode(e, node(base), attr, p)
        case .getitem(.getitem(let base, let key, let p1), .literal(.string(let sub)), let p2):
            if case .slice = key { return GetNamedItemNode(e, ExprNode(.getitem(base, key, p1)), sub, p2) }
            return ItemOfItemNode(e, node(base), node(key), p1, sub, p2)
        case .getitem(let base, .literal(let key), let p):
            if case .string(let name) = key { return GetNamedItemNode(e, node(base), name, p) }
            return GetItemNode(e, node(base), LiteralNode(.literal(key), key), p)
        case .getitem(let base, let keyExpr, let p):
            if case .slice = keyExpr { return ExprNode(e) }
            return GetItemNode(e, node(base), node(keyExpr), p)
        case .filter(let base, let name, let args, let p):
            guard let simple = ArgsNode(args) else { return ExprNode(e) }
            return FilterNode(e, base.map(node), name, simple, p)
        case .test(let base, let name, let args, let negated, let p):
            guard let simple = ArgsNode(args) else { return ExprNode(e) }
            return TestNode(e, node(base), name, simple, negated, p)
        case .not(let a):
            return NotNode(e, node(a), a.position)
        case .and(let a, let b):
            return ShortCircuitNode(e, node(a), node(b), stopsWhen: false, a.position)
        case .or(let a, let b):
            return ShortCircuitNode(e, node(a), node(b), stopsWhen: true, a.position)
        case .compare(let first, let ops, let p):
            if ops.count == 1, let (op, second) = ops.first {
                return OperatorNode(e, node(first), node(second), p) { (a: Value, b: Value) throws(JinjaError) -> Value in
                    .bool(try Operators.compare(op, a, b))
                }
            }
            return CompareChainNode(e, node(first), ops.map { ($0.0, node($0.1)) }, p)
        case .binary(let op, let a, let b, let p) where op != .concat:
            return OperatorNode(e, node(a), node(b), p) { (x: Value, y: Value) throws(JinjaError) -> Value in try Operators.binary(op, x, y)
            }
        case .cond(let test, let then, let otherwise, _):
            guard let otherwise else { return ExprNode(e) }
            return CondNode(e, node(test), node(then), node(otherwise), test.position)
        default:
            return ExprNode(e)
        }
    }
}

final class LiteralNode: ExprNode, @unchecked Sendable {
    let value: Value

    init(_ e: Expr, _ value: Value) {
        self.value = value
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value { value }
}

final class NameNode: ExprNode, @unchecked Sendable {
    let name: String
    let hash: Int
    let pos: Pos
    let site = NameSite()

    init(_ e: Expr, _ name: String, _ pos: Pos) {
        self.name = name
        self.hash = StringTable.hash(name)
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value { try r.lookupName(name, hash, pos, site) }
}

final class GetAttrNode: ExprNode, @unchecked Sendable {
    let base: ExprNode
    let attr: String
    let pos: Pos
    /// `loop.index`, `loop.last`...: read straight from a loop context.
    let counter: LoopContext.Counter?
    /// The base when it is a name (unmanaged: `base` keeps it).
    let baseName: Unmanaged<NameNode>?

    init(_ e: Expr, _ base: ExprNode, _ attr: String, _ pos: Pos) {
        self.base = base
        self.attr = attr
        self.pos = pos
        counter = LoopContext.Counter(rawValue: attr)
        baseName = (base as? NameNode).map { Unmanaged.passUnretained($0) }
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        if let counter, let baseName,
            let loop = baseName._withUnsafeGuaranteedRef({ r.loopContext($0.name, $0.hash) })
        {
            return loop._withUnsafeGuaranteedRef { $0.counter(counter) }
        }
        let x = try base.eval(r)
        if let counter, case .object(let o) = x, let loop = o as? LoopContext { return loop.counter(counter) }
        do {
            return try r.getattr(x, attr)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

/// `x['name']`: a lazy mapping (hostvars, a host's variables) answers directly.
final class GetNamedItemNode: ExprNode, @unchecked Sendable {
    let base: ExprNode
    let name: String
    let key: Value
    let pos: Pos

    init(_ e: Expr, _ base: ExprNode, _ name: String, _ pos: Pos) {
        self.base = base
        self.name = name
        self.key = .string(name)
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value { try GetNamedItemNode.item(try base.eval(r), name, key, r, pos) }

    /// `x['name']`, an error located at `pos`.
    @inline(__always)
    static func item(_ x: Value, _ name: String, _ key: Value, _ r: Renderer, _ pos: Pos) throws(JinjaError) -> Value {
        do {
            if case .object(let o) = x, let h = o as? LazyMapping {
                if let v = try h.lookup(name) { return v }
                return h.missing(key, kind: r.environment.undefined)
            }
            return try r.getitem(x, key)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

/// `x[k]['name']` (`hostvars[host]['ansible_host']`): a lazy mapping that can answer both
/// steps at once does (no value in between); anything else takes the two steps.
final class ItemOfItemNode: ExprNode, @unchecked Sendable {
    let base: ExprNode
    let key: ExprNode
    let keyPos: Pos
    let name: String
    let nameHash: Int
    let nameKey: Value
    let pos: Pos
    /// The base when it is a name (unmanaged: `base` keeps it).
    let baseName: Unmanaged<NameNode>?

    init(_ e: Expr, _ base: ExprNode, _ key: ExprNode, _ keyPos: Pos, _ name: String, _ pos: Pos) {
        self.base = base
        baseName = (base as? NameNode).map { Unmanaged.passUnretained($0) }
        self.key = key
        self.keyPos = keyPos
        self.name = name
        self.nameHash = StringTable.hash(name)
        self.nameKey = .string(name)
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        if let baseName, let m = try r.rootMapping(baseName) {
            let k = try key.eval(r)
            if case .string(let ks) = k, let v = m._withUnsafeGuaranteedRef({ $0.peekItem(ks, self.name, nameHash) }) { return v }
            return try general(try base.eval(r), k, r)
        }
        return try general(try base.eval(r), try key.eval(r), r)
    }

    func general(_ x: Value, _ k: Value, _ r: Renderer) throws(JinjaError) -> Value {
        if case .object(let o) = x, let h = o as? LazyMapping, case .string(let ks) = k {
            do {
                if let v = try h.lookupItem(ks, name, nameHash) { return v }
            } catch {
                throw r.locate(error, pos)
            }
        }
        let y: Value
        do {
            y = try r.getitem(x, k)
        } catch {
            throw r.locate(error, keyPos)
        }
        return try GetNamedItemNode.item(y, name, nameKey, r, pos)
    }
}

final class GetItemNode: ExprNode, @unchecked Sendable {
    let base: ExprNode
    let key: ExprNode
    let pos: Pos

    init(_ e: Expr, _ base: ExprNode, _ key: ExprNode, _ pos: Pos) {
        self.base = base
        self.key = key
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        let x = try base.eval(r)
        let k = try key.eval(r)
        do {
            return try r.getitem(x, k)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

/// Positional and keyword arguments only (no `*args` or `**kwargs`).
final class ArgsNode: @unchecked Sendable {
    let positional: [ExprNode]
    let keywords: [(String, ExprNode)]

    init?(_ args: [Arg]) {
        var positional: [ExprNode] = []
        var keywords: [(String, ExprNode)] = []
        for a in args {
            switch a {
            case .positional(let e): positional.append(Compiler.node(e))
            case .keyword(let k, let e): keywords.append((k, Compiler.node(e)))
            default: return nil
            }
        }
        self.positional = positional
        self.keywords = keywords
    }

    func eval(_ r: Renderer) throws(JinjaError) -> Arguments {
        var out = Arguments()
        if positional.isEmpty && keywords.isEmpty { return out }
        out.positional.reserveCapacity(positional.count)
        for p in positional { out.positional.append(try p.eval(r)) }
        for (k, f) in keywords { out.keywords.append((k, try f.eval(r))) }
        return out
    }
}

final class FilterNode: ExprNode, @unchecked Sendable {
    let base: ExprNode?
    let name: String
    let args: ArgsNode
    let pos: Pos
    let cache = FilterCache()

    init(_ e: Expr, _ base: ExprNode?, _ name: String, _ args: ArgsNode, _ pos: Pos) {
        self.base = base
        self.name = name
        self.args = args
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        let v = try base?.eval(r) ?? .null
        let a = try args.eval(r)
        do {
            if let f = cache.filter, cache.environment === r.environment { return try f(v, a, r) }
            guard let f = r.environment.filters[name] else { return try r.applyFilter(name, v, a) }
            cache.filter = f
            cache.environment = r.environment
            return try f(v, a, r)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

final class TestNode: ExprNode, @unchecked Sendable {
    let base: ExprNode
    let name: String
    let args: ArgsNode
    let negated: Bool
    let pos: Pos

    init(_ e: Expr, _ base: ExprNode, _ name: String, _ args: ArgsNode, _ negated: Bool, _ pos: Pos) {
        self.base = base
        self.name = name
        self.args = args
        self.negated = negated
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        let v = try base.eval(r)
        let a = try args.eval(r)
        do {
            let ok = try r.applyTest(name, v, a)
            return .bool(negated ? !ok : ok)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

final class NotNode: ExprNode, @unchecked Sendable {
    let operand: ExprNode
    let pos: Pos?

    init(_ e: Expr, _ operand: ExprNode, _ pos: Pos?) {
        self.operand = operand
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value { .bool(!(try r.truth(try operand.eval(r), pos))) }
}

/// `and` / `or`: the left value when it decides, else the right one.
final class ShortCircuitNode: ExprNode, @unchecked Sendable {
    let left: ExprNode
    let right: ExprNode
    /// `and` stops at a false left value, `or` at a true one.
    let stopsWhen: Bool
    let pos: Pos?

    init(_ e: Expr, _ left: ExprNode, _ right: ExprNode, stopsWhen: Bool, _ pos: Pos?) {
        self.left = left
        self.right = right
        self.stopsWhen = stopsWhen
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        let l = try left.eval(r)
        if try r.truth(l, pos) == stopsWhen { return l }
        return try right.eval(r)
    }
}

final class CompareChainNode: ExprNode, @unchecked Sendable {
    let first: ExprNode
    let rest: [(CompareOp, ExprNode)]
    let pos: Pos

    init(_ e: Expr, _ first: ExprNode, _ rest: [(CompareOp, ExprNode)], _ pos: Pos) {
        self.first = first
        self.rest = rest
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        var left = try first.eval(r)
        for (op, g) in rest {
            let right = try g.eval(r)
            let ok: Bool
            do {
                ok = try Operators.compare(op, left, right)
            } catch {
                throw r.locate(error, pos)
            }
            if !ok { return .bool(false) }
            left = right
        }
        return .bool(true)
    }
}

/// A binary operator or a single comparison: both sides, then the operation.
final class OperatorNode: ExprNode, @unchecked Sendable {
    let left: ExprNode
    let right: ExprNode
    let pos: Pos
    let apply: (Value, Value) throws(JinjaError) -> Value

    init(_ e: Expr, _ left: ExprNode, _ right: ExprNode, _ pos: Pos, _ apply: @escaping (Value, Value) throws(JinjaError) -> Value) {
        self.left = left
        self.right = right
        self.pos = pos
        self.apply = apply
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        let l = try left.eval(r)
        let rv = try right.eval(r)
        do {
            return try apply(l, rv)
        } catch {
            throw r.locate(error, pos)
        }
    }
}

final class CondNode: ExprNode, @unchecked Sendable {
    let test: ExprNode
    let then: ExprNode
    let otherwise: ExprNode
    let pos: Pos?

    init(_ e: Expr, _ test: ExprNode, _ then: ExprNode, _ otherwise: ExprNode, _ pos: Pos?) {
        self.test = test
        self.then = then
        self.otherwise = otherwise
        self.pos = pos
        super.init(e)
    }

    override func eval(_ r: Renderer) throws(JinjaError) -> Value {
        try r.truth(try test.eval(r), pos) ? try then.eval(r) : try otherwise.eval(r)
    }
}

/// What a compiled name found in the render's root scope, kept while that render's root
/// variables stay as they are (inner scopes are always searched first).
final class NameSite: @unchecked Sendable {
    var token: UInt64 = 0
    var version = -1
    var value: Value = .null
    /// `value` when it is a lazy mapping (kept alive by `value`).
    var mapping: Unmanaged<LazyMapping>?
}

/// The filter a compiled call site found, kept for the next call.
final class FilterCache: @unchecked Sendable {
    var filter: Filter?
    weak var environment: Environment?
}

// MARK: statements

/// A compiled statement. This base class runs nothing; `FallbackNode` hands a statement to
/// `Renderer.exec`.
class StmtNode: @unchecked Sendable {
    func exec(_ r: Renderer) throws(JinjaError) {}
}

/// Statements in order.
final class Block: @unchecked Sendable {
    /// Keeps the nodes alive; `raw` is what runs.
    let nodes: [StmtNode]
    let raw: [Unmanaged<StmtNode>]

    init(_ nodes: [StmtNode]) {
        self.nodes = nodes
        self.raw = nodes.map { Unmanaged.passUnretained($0) }
    }

    @inline(__always) func run(_ r: Renderer) throws(JinjaError) {
        var failure: JinjaError?
        raw.withUnsafeBufferPointer { b in
            for i in 0..<b.count {
                b[i]._withUnsafeGuaranteedRef { n in
                    do throws(JinjaError) {
                        try n.exec(r)
                    } catch {
                        failure = error
                    }
                }
                if failure != nil { return }
            }
        }
        if let failure { throw failure }
    }
}

/// Statements compiled to nodes: text, output, `if` and non-recursive `for` (the hot
/// statements of configuration templates); the rest runs through `Renderer.exec`.
enum StmtCompiler {
    static func compile(_ stmts: [Stmt]) -> Block {
        // text followed by an output becomes one node: a call less each time
        var out: [StmtNode] = []
        var i = 0
        while i < stmts.count {
            if case .data(let d) = stmts[i], i + 1 < stmts.count, case .output(let e, let p) = stmts[i + 1] {
                out.append(OutputNode(d, e, p))
                i += 2
                continue
            }
            out.append(node(stmts[i]))
            i += 1
        }
        return Block(out)
    }

    static func node(_ s: Stmt) -> StmtNode {
        switch s {
        case .data(let d):
            return TextNode(d)
        case .output(let e, let p):
            return OutputNode("", e, p)
        case .ifStmt(let branches, let otherwise):
            return IfNode(branches.map { ($0.0.compiled.node, $0.0.position, compile($0.1)) }, compile(otherwise))
        case .forLoop(let target, let iter, let body, let otherwise, let filter, let recursive, let p)
        where !recursive && filter == nil && !Renderer.capturesScope(body):
            return ForNode(target, iter.compiled.node, compile(body), compile(otherwise), p)
        default:
            return FallbackNode(s)
        }
    }
}

final class FallbackNode: StmtNode, @unchecked Sendable {
    let stmt: Stmt

    init(_ stmt: Stmt) { self.stmt = stmt }

    override func exec(_ r: Renderer) throws(JinjaError) { try r.exec(stmt) }
}

final class TextNode: StmtNode, @unchecked Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    override func exec(_ r: Renderer) throws(JinjaError) { try r.write(text) }
}

/// An output statement, with the text before it when there is some.
final class OutputNode: StmtNode, @unchecked Sendable {
    let text: String
    let value: ExprNode
    let expr: Expr
    let pos: Pos

    init(_ text: String, _ e: CExpr, _ pos: Pos) {
        self.text = text
        self.value = e.compiled.node
        self.expr = e.expr
        self.pos = pos
    }

    override func exec(_ r: Renderer) throws(JinjaError) {
        if !text.isEmpty { try r.write(text) }
        r.safeOutput = false
        let v = try value.eval(r)
        try r.emit(v, expr, pos)
    }
}

final class IfNode: StmtNode, @unchecked Sendable {
    /// The first branch, read without going through the array or an optional (either would
    /// copy the references out, counting them).
    let test: ExprNode
    let pos: Pos?
    let body: Block
    let more: [(test: ExprNode, pos: Pos?, body: Block)]
    let otherwise: Block

    init(_ branches: [(ExprNode, Pos?, Block)], _ otherwise: Block) {
        let first = branches.first ?? (LiteralNode(.literal(.bool(false)), .bool(false)), nil, Block([]))
        test = first.0
        pos = first.1
        body = first.2
        more = branches.dropFirst().map { (test: $0.0, pos: $0.1, body: $0.2) }
        self.otherwise = otherwise
    }

    override func exec(_ r: Renderer) throws(JinjaError) {
        try r.checkStack()
        if try r.truth(try test.eval(r), pos) { return try body.run(r) }
        if more.isEmpty { return try otherwise.run(r) }
        for b in more where try r.truth(try b.test.eval(r), b.pos) {
            return try b.body.run(r)
        }
        try otherwise.run(r)
    }
}

final class ForNode: StmtNode, @unchecked Sendable {
    let target: Target
    let iterable: ExprNode
    let body: Block
    let otherwise: Block
    let pos: Pos

    init(_ target: Target, _ iterable: ExprNode, _ body: Block, _ otherwise: Block, _ pos: Pos) {
        self.target = target
        self.iterable = iterable
        self.body = body
        self.otherwise = otherwise
        self.pos = pos
    }

    override func exec(_ r: Renderer) throws(JinjaError) {
        try r.checkStack()
        let items = try iterable.eval(r)
        try r.runCompiledFor(target: target, iterable: items, body: body, otherwise: otherwise, pos)
    }
}
