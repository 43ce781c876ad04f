import SwansibleCore

/// Renders a template: runs its statements and evaluates its expressions with Python's
/// semantics.
public final class Renderer {
    public let environment: Environment
    var template: Template
    var out = OutputBuffer()
    var outputStack: [OutputBuffer] = []
    var scope: Scope
    /// The scope of the template being rendered (blocks and macros see it).
    var rootScope: Scope
    /// For template inheritance: for each block name, the definitions from the most derived
    /// template to the base one.
    var blockChain: [String: [(body: [Stmt], template: Template, scoped: Bool)]] = [:]
    var parentTemplate: Template?
    var depth = 0
    /// Native mode (Ansible's concat): top-level output nodes are counted, the first is kept as
    /// a value, and all are also written as text.
    /// Inside `{% autoescape true %}`: printed values are HTML-escaped.
    var autoescape = false
    /// The value being printed is markup already (a macro's output, `|safe`, `|escape`).
    public var safeOutput = false
    var native = false
    var nodeCount = 0
    var firstNode: Value = .null

    deinit {
        out.free()
        for b in outputStack { b.free() }
    }

    /// Where this render's stack began (the address of a local of the outermost render on this
    /// thread); deep recursion (recursive macros, nested statements) is stopped with Python's
    /// error before it uses `stackBudget` bytes of the thread's stack.
    var stackBase = 0
    static let stackBudget = 3 << 20

    @inline(__always) static func stackAddress() -> Int {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: UInt(bitPattern: $0)) }
    }

    @inline(__always) func checkStack() throws(JinjaError) {
        if stackBase == 0 {
            stackBase = Renderer.stackAddress()
        } else if stackBase - Renderer.stackAddress() > Renderer.stackBudget {
            throw JinjaError(.runtime, "maximum recursion depth exceeded")
        }
    }

    init(environment: Environment, template: Template, vars: [String: Value]) {
        self.environment = environment
        self.template = template
        let root = Scope(vars, parent: nil)
        self.scope = root
        self.rootScope = root
    }

    /// The undefined kind of the environment.
    public var undefinedKind: UndefinedKind { environment.undefined }

    /// A new undefined value for a name.
    public func undefined(_ name: String) -> Value {
        .object(Undefined(kind: environment.undefined, name: .string(name)))
    }

    /// Renders in native mode: one node is returned as its value, several as text.
    func renderNative() throws(JinjaError) -> NativeResult {
        native = true
        if stackBase == 0 { stackBase = Renderer.stackAddress() }
        out.free()
        out = OutputBuffer.take(capacity: max(template.source.utf8.count * 2, template.outputSizeHint.value + 64))
        defer {
            OutputBuffer.give(out)
            out = OutputBuffer()
        }
        try renderTemplateBody(template)
        template.outputSizeHint.value = out.count
        switch nodeCount {
        case 0: return .none
        case 1: return .single(firstNode)
        default: return .text(out.string())
        }
    }

    /// Records a top-level node in native mode.
    @inline(__always) func addNode(_ v: Value, text: String) throws(JinjaError) {
        if firstTextPending { try writeFirstNode() }
        if nodeCount == 0 { firstNode = v }
        nodeCount += 1
        out.append(text)
    }

    /// In native mode, a first node that is not a string is kept as a value and made text only
    /// when a second node comes (alone, it is the result, and its text may not exist: a list
    /// holding an undefined value).
    var firstTextPending = false

    func writeFirstNode() throws(JinjaError) {
        firstTextPending = false
        out.append(try environment.nodeText?(firstNode) ?? PythonFormat.str(firstNode))
    }

    func renderRoot() throws(JinjaError) -> String {
        if stackBase == 0 { stackBase = Renderer.stackAddress() }
        out.free()
        out = OutputBuffer.take(capacity: max(template.source.utf8.count + 256, template.outputSizeHint.value + 64))
        defer {
            OutputBuffer.give(out)
            out = OutputBuffer()
        }
        try renderTemplateBody(template)
        template.outputSizeHint.value = out.count
        return out.string()
    }

    /// Runs a template's body, following `extends` to its parents.
    func renderTemplateBody(_ t: Template) throws(JinjaError) {
        for (n, b) in t.blocks where blockChain[n] == nil {
            blockChain[n] = [(b, t, t.blockScoped[n] ?? false)]
        }
        try t.compiled.run(self)
        var current = t
        while let parent = parentTemplate {
            parentTemplate = nil
            for (n, b) in parent.blocks {
                blockChain[n, default: []].append((b, parent, parent.blockScoped[n] ?? false))
            }
            current = parent
            let saved = template
            template = parent
            try exec(parent.body)
            template = saved
        }
        _ = current
    }

    // MARK: output

    @inline(__always) func write(_ s: String) throws(JinjaError) {
        if !outputStack.isEmpty {
            out.append(s)
        } else if parentTemplate == nil {
            if native {
                // the text becomes a value only when it is the first node
                if firstTextPending { try writeFirstNode() }
                if nodeCount == 0 { firstNode = .string(s) }
                nodeCount += 1
                out.append(s)
            } else {
                out.append(s)
            }
        }
    }

    func beginCapture() {
        outputStack.append(out)
        out = OutputBuffer()
    }

    /// The output of `body`, kept out of the current output.
    func capture(_ body: () throws(JinjaError) -> Void) throws(JinjaError) -> String {
        beginCapture()
        do {
            try body()
        } catch {
            _ = endCapture()
            throw error
        }
        return endCapture()
    }

    func endCapture() -> String {
        let captured = out.string()
        out.free()
        out = outputStack.popLast() ?? OutputBuffer()
        return captured
    }

    /// The text a printed value becomes.
    func text(of value: Value) throws(JinjaError) -> String {
        var v = value
        if let finalize = environment.finalize { v = finalize(v) }
        switch v {
        case .string(let s), .unsafe(let s): return s
        case .object(let o):
            if let u = o as? Undefined {
                switch u.kind {
                case .strict, .ansible: throw u.error()
                default: return u.str
                }
            }
            return o.str
        default:
            return PythonFormat.str(v)
        }
    }

    // MARK: errors

    func locate(_ error: JinjaError, _ p: Pos?, length: Int = 1) -> JinjaError {
        guard error.location == nil, let p else { return error }
        var e = error
        e.location = SourceLocation(file: template.name, line: p.line, column: p.column)
        e.length = max(1, length)
        return e
    }

    /// Where to point for an error in an expression, and how wide.
    func span(_ e: Expr) -> (Pos?, Int) {
        switch e {
        case .name(let n, let p): return (p, n.count)
        case .getattr(_, let a, let p): return (p, a.count)
        case .getitem(_, let k, let p):
            if case .literal(let v) = k {
                return (Pos(line: p.line, column: p.column + 1), PythonFormat.repr(v).count)
            }
            return (p, 1)
        default: return (e.position, 1)
        }
    }

    func fail(_ kind: JinjaError.Kind, _ message: String, _ p: Pos?) -> JinjaError {
        locate(JinjaError(kind, message), p)
    }

    /// Prints the value of an output statement, locating a failure.
    func emit(_ v: Value, _ e: Expr, _ p: Pos) throws(JinjaError) {
        do {
            try emitOutput(v)
        } catch {
            let (at, width) = span(e)
            throw locate(error, at ?? p, length: width)
        }
    }

    /// A compiled `for` loop (no filter, not recursive, no macro in the body).
    func runCompiledFor(
        target: Target, iterable: Value, body: Block, otherwise: Block, _ p: Pos
    ) throws(JinjaError) {
        let items = try iterate(iterable, p)
        if items.isEmpty {
            try otherwise.run(self)
            return
        }
        let saved = scope
        let loopScope = Scope(parent: scope)
        defer { scope = saved }
        let loop = LoopContext(items: items, depth0: 0, recurse: nil)
        loopScope.set("loop", .object(loop))
        let iterationScope = Scope(parent: loopScope)
        scope = iterationScope
        if case .name(let n) = target {
            iterationScope.set(n, .null)
            for i in items.indices {
                loop.index0 = i
                iterationScope.rebind(n, items[i])
                try body.run(self)
                if scope !== iterationScope { scope = iterationScope }
            }
        } else {
            for (i, item) in items.enumerated() {
                loop.index0 = i
                iterationScope.clear()
                scope = iterationScope
                try assign(target, item, p)
                try body.run(self)
            }
        }
    }

    /// Prints a value: as text, or as a node in native mode.
    func emitOutput(_ v: Value) throws(JinjaError) {
        guard native && outputStack.isEmpty else {
            let t = try text(of: v)
            try write(autoescape && !safeOutput ? Builtins.htmlEscape(t) : t)
            return
        }
        if parentTemplate != nil { return }
        if environment.finalize == nil, case .string(let s) = v {
            if nodeCount == 0 { firstNode = v }
            nodeCount += 1
            out.append(s)
            return
        }
        var x = v
        if let finalize = environment.finalize { x = finalize(x) }
        if let u = x.undefined {
            if u.kind == .strict || u.kind == .ansible { throw u.error() }
            x = .string(u.str)
        }
        if x.isNone { return }
        if case .string(let s) = x {
            try addNode(x, text: s)
        } else if nodeCount == 0 {
            firstNode = x
            nodeCount = 1
            firstTextPending = true
        } else {
            try addNode(x, text: try environment.nodeText?(x) ?? PythonFormat.str(x))
        }
    }

    // MARK: statements

    func exec(_ stmts: [Stmt]) throws(JinjaError) {
        for s in stmts { try exec(s) }
    }

    func exec(_ s: Stmt) throws(JinjaError) {
        try checkStack()
        switch s {
        case .data(let d):
            try write(d)
        case .output(let e, let p):
            safeOutput = false
            let v = try e.compiled.run(self)
            do {
                try emitOutput(v)
            } catch {
                let (at, width) = span(e.expr)
                throw locate(error, at ?? p, length: width)
            }
        case .forLoop(let target, let iter, let body, let otherwise, let filter, let recursive, let p):
            let iterable = try iter.compiled.run(self)
            try runFor(
                target: target, iterable: iterable, body: body, otherwise: otherwise, filter: filter, recursive: recursive, depth: 0, p)
        case .ifStmt(let branches, let otherwise):
            for (test, body) in branches {
                let v = try test.compiled.run(self)
                if try truth(v, test.position) {
                    try exec(body)
                    return
                }
            }
            try exec(otherwise)
        case .set(let target, let e, let p):
            let v = try e.compiled.run(self)
            try assign(target, v, p)
        case .setBlock(let target, let filters, let body, let p):
            beginCapture()
            try exec(body)
            var v = Value.string(endCapture())
            v = try applyFilters(v, filters)
            try assign(target, v, p)
        case .macro(let def, _):
            let m = Macro(def: def, closure: scope, template: template)
            scope.set(def.name, .object(m))
        case .callBlock(let call, let params, let body, let p):
            let callerDef = MacroDef(
                name: "caller", params: params, body: body, catchKwargs: Parser.uses("kwargs", body),
                catchVarargs: Parser.uses("varargs", body), callsCaller: false)
            let caller = Macro(def: callerDef, closure: scope, template: template)
            caller.isCaller = true
            guard case .call(let fn, let args, let cp) = call else { throw fail(.syntax, "expected call", p) }
            let callee = try eval(fn)
            var arguments = try evalArgs(args)
            let v: Value
            do {
                if case .object(let o) = callee, let macro = o as? Macro {
                    v = try callMacro(macro, arguments, caller: caller)
                } else {
                    arguments.keywords.append(("caller", .object(caller)))
                    v = try callValue(callee, arguments)
                }
            } catch {
                throw locate(error, cp)
            }
            try write(try text(of: v))
        case .filterBlock(let filters, let body, _):
            beginCapture()
            try exec(body)
            let v = try applyFilters(.string(endCapture()), filters)
            try write(try text(of: v))
        case .with(let assignments, let body):
            var values: [(Target, Value)] = []
            for (t, e) in assignments { values.append((t, try eval(e))) }
            let saved = scope
            scope = Scope(parent: scope)
            defer { scope = saved }
            for (t, v) in values { try assign(t, v, nil) }
            try exec(body)
        case .autoescape(let e, let body):
            let on = try truth(try e.compiled.run(self), e.position)
            let savedEscape = autoescape
            autoescape = on
            defer { autoescape = savedEscape }
            let saved = scope
            scope = Scope(parent: scope)
            defer { scope = saved }
            try exec(body)
        case .scope(let body):
            let saved = scope
            scope = Scope(parent: scope)
            defer { scope = saved }
            try exec(body)
        case .block(let name, _, let scoped, _, _):
            // after `extends`, the child's blocks are rendered by the parent, not here
            if parentTemplate != nil && outputStack.isEmpty { return }
            try renderBlock(name, level: 0, scoped: scoped)
        case .extends(let e, let p):
            if parentTemplate != nil { throw fail(.runtime, "extended multiple times", p) }
            let v = try eval(e)
            parentTemplate = try loadTemplate(v, p)
        case .include(let e, let ignoreMissing, let withContext, let p):
            let v = try eval(e)
            let names: [Value] = v.listValue ?? [v]
            var found: Template?
            for n in names {
                do {
                    found = try loadTemplate(n, p)
                    break
                } catch  where error.kind == .notFound {
                    continue
                }
            }
            guard let t = found else {
                if ignoreMissing { return }
                let listed = names.map { PythonFormat.str($0) }
                if names.count > 1 {
                    throw fail(.notFound, "none of the templates given were found: \(listed.joined(separator: ", "))", p)
                }
                throw fail(.notFound, listed.first ?? "", p)
            }
            let vars = withContext ? scope.flattened() : [:]
            try write(try renderSubtemplate(t, vars: vars))
        case .importAs(let e, let name, let withContext, let p):
            let module = try importModule(e, withContext: withContext, p)
            scope.set(name, .object(module))
        case .fromImport(let e, let names, let withContext, let p):
            let module = try importModule(e, withContext: withContext, p)
            for (n, alias) in names {
                if let v = module.exports[n] {
                    scope.set(alias, v)
                } else {
                    scope.set(
                        alias,
                        .object(
                            Undefined(
                                kind: environment.undefined, name: .string(n),
                                hint:
                                    "the template \(PythonFormat.repr(.string(module.name))) (imported on line \(p.line)) does not export the requested name \(PythonFormat.repr(.string(n)))"
                            )))
                }
            }
        }
    }

    func loadTemplate(_ v: Value, _ p: Pos) throws(JinjaError) -> Template {
        if case .object(let o) = v, let m = o as? TemplateModule {
            return try locateErr(p) { () throws(JinjaError) -> Template in try environment.getTemplate(m.name) }
        }
        guard let name = v.stringValue else { throw fail(.type, "template name must be a string, got \(v.pythonTypeName)", p) }
        return try locateErr(p) { () throws(JinjaError) -> Template in try environment.getTemplate(name) }
    }

    func locateErr<T>(_ p: Pos?, _ body: () throws(JinjaError) -> T) throws(JinjaError) -> T {
        do {
            return try body()
        } catch {
            throw locate(error, p)
        }
    }

    /// Renders another template (include) with its own renderer state.
    func renderSubtemplate(_ t: Template, vars: [String: Value]) throws(JinjaError) -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 64 { throw JinjaError(.runtime, "maximum template inclusion depth exceeded") }
        try checkStack()
        let r = Renderer(environment: environment, template: t, vars: vars)
        r.depth = depth
        r.stackBase = stackBase
        do {
            return try r.renderRoot()
        } catch {
            throw Template.locate(error, source: t.source, options: environment.options)
        }
    }

    func importModule(_ e: Expr, withContext: Bool, _ p: Pos) throws(JinjaError) -> TemplateModule {
        let v = try eval(e)
        let t = try loadTemplate(v, p)
        try checkStack()
        let r = Renderer(environment: environment, template: t, vars: withContext ? scope.flattened() : [:])
        r.depth = depth + 1
        r.stackBase = stackBase
        if r.depth > 64 { throw fail(.runtime, "maximum template import depth exceeded", p) }
        let body: String
        do {
            body = try r.renderRoot()
        } catch {
            throw Template.locate(error, source: t.source, options: environment.options)
        }
        var exports: [String: Value] = [:]
        for (k, v) in r.rootScope.vars where !k.hasPrefix("_") { exports[k] = v }
        return TemplateModule(name: t.name, exports: exports, body: body)
    }

    func renderBlock(_ name: String, level: Int, scoped: Bool) throws(JinjaError) {
        guard let chain = blockChain[name], level < chain.count else { return }
        let (body, t, _) = chain[level]
        let saved = (scope, template)
        scope = Scope(parent: scoped ? scope : rootScope)
        template = t
        defer { (scope, template) = saved }
        scope.set(
            "super",
            .object(
                BuiltinFunction("super") { [self] (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    guard level + 1 < chain.count else {
                        throw JinjaError(.undefined, "there is no parent block called \(PythonFormat.repr(.string(name))).")
                    }
                    self.beginCapture()
                    try self.renderBlock(name, level: level + 1, scoped: scoped)
                    return .string(self.endCapture())
                }))
        try exec(body)
    }

    func runFor(
        target: Target, iterable: Value, body: [Stmt], otherwise: [Stmt], filter: CExpr?, recursive: Bool, depth: Int, _ p: Pos
    ) throws(JinjaError) {
        var items = try iterate(iterable, p)
        let saved = scope
        let loopScope = Scope(parent: scope)
        scope = loopScope
        defer { scope = saved }
        if let filter {
            var kept: [Value] = []
            for item in items {
                try assign(target, item, p)
                if try truth(try filter.compiled.run(self), filter.position) { kept.append(item) }
            }
            items = kept
        }
        if items.isEmpty {
            scope = saved
            try exec(otherwise)
            return
        }
        var recurse: ((Value, Int) throws(JinjaError) -> Value)?
        if recursive {
            recurse = { [self] (sub: Value, d: Int) throws(JinjaError) -> Value in
                let outer = self.scope
                self.scope = saved
                defer { self.scope = outer }
                return .string(
                    try self.capture { () throws(JinjaError) in
                        try self.runFor(
                            target: target, iterable: sub, body: body, otherwise: otherwise, filter: filter, recursive: true, depth: d, p)
                    })
            }
        }
        let loop = LoopContext(items: items, depth0: depth, recurse: recurse)
        loopScope.set("loop", .object(loop))
        // each iteration has its own scope: a `set` in one is not seen by the next (the scope
        // object is reused unless a macro or call block in the body could keep it)
        let reuse = !Renderer.capturesScope(body)
        var iterationScope = Scope(parent: loopScope)
        for (i, item) in items.enumerated() {
            loop.index0 = i
            if reuse {
                iterationScope.clear()
            } else {
                iterationScope = Scope(parent: loopScope)
            }
            scope = iterationScope
            try assign(target, item, p)
            try exec(body)
        }
    }

    /// Whether statements define macros or call blocks, which keep the scope they are in.
    static func capturesScope(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s {
            case .macro, .callBlock: return true
            case .forLoop(_, _, let b, let o, _, _, _): if capturesScope(b) || capturesScope(o) { return true }
            case .ifStmt(let branches, let o):
                if branches.contains(where: { capturesScope($0.1) }) || capturesScope(o) { return true }
            case .with(_, let b), .scope(let b), .filterBlock(_, let b, _), .setBlock(_, _, let b, _), .block(_, let b, _, _, _):
                if capturesScope(b) { return true }
            default: continue
            }
        }
        return false
    }

    func assign(_ target: Target, _ v: Value, _ p: Pos?) throws(JinjaError) {
        switch target {
        case .name(let n):
            scope.set(n, v)
        case .tuple(let targets):
            let items: [Value]
            switch v {
            case .string(let s), .unsafe(let s): items = s.unicodeScalars.map { .string(String($0)) }
            default: items = try iterate(v, p)
            }
            if items.count < targets.count {
                throw fail(.value, "not enough values to unpack (expected \(targets.count), got \(items.count))", p)
            }
            if items.count > targets.count {
                throw fail(.value, "too many values to unpack (expected \(targets.count))", p)
            }
            for (t, item) in zip(targets, items) { try assign(t, item, p) }
        case .attribute(let name, let attr, let ap):
            guard case .object(let o)? = scope.lookup(name), let ns = o as? Namespace else {
                throw fail(.runtime, "cannot assign attribute on non-namespace object", ap)
            }
            ns.attrs[string: attr] = v
        }
    }

    // MARK: macros

    func callMacro(_ m: Macro, _ args: Arguments, caller: Macro?) throws(JinjaError) -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw JinjaError(.runtime, "maximum recursion depth exceeded in macro '\(m.def.name)'") }
        try checkStack()
        let macroScope = Scope(parent: m.closure)
        let params = m.def.params
        var positional = args.positional
        var bound: [String: Value] = [:]
        for (i, (name, _)) in params.enumerated() where i < positional.count {
            bound[name] = positional[i]
        }
        var varargs: [Value] = []
        if positional.count > params.count {
            if m.def.catchVarargs || m.isCaller {
                varargs = Array(positional[params.count...])
            } else {
                throw JinjaError(
                    .type, "macro \(PythonFormat.repr(.string(m.def.name))) takes not more than \(params.count) argument(s)")
            }
        }
        positional.removeAll()
        var kwargs = ValueDict()
        var callerValue: Value?
        for (k, v) in args.keywords {
            if k == "caller" && m.def.callsCaller && !params.contains(where: { $0.0 == "caller" }) {
                callerValue = v
                continue
            }
            if params.contains(where: { $0.0 == k }) {
                if bound[k] != nil {
                    throw JinjaError(
                        .type,
                        "macro \(PythonFormat.repr(.string(m.def.name))) got multiple values for argument \(PythonFormat.repr(.string(k)))")
                }
                bound[k] = v
            } else if m.def.catchKwargs || m.isCaller {
                kwargs[string: k] = v
            } else {
                throw JinjaError(
                    .type, "macro \(PythonFormat.repr(.string(m.def.name))) takes no keyword argument \(PythonFormat.repr(.string(k)))")
            }
        }
        let savedScope = scope
        let savedTemplate = template
        scope = macroScope
        template = m.template
        defer {
            scope = savedScope
            template = savedTemplate
        }
        for (name, defaultExpr) in params {
            if let v = bound[name] {
                macroScope.set(name, v)
            } else if let defaultExpr {
                macroScope.set(name, try eval(defaultExpr))
            } else {
                macroScope.set(
                    name,
                    .object(
                        Undefined(
                            kind: environment.undefined, name: .string(name),
                            hint: "parameter \(PythonFormat.repr(.string(name))) was not provided")))
            }
        }
        if m.def.catchVarargs || m.isCaller { macroScope.set("varargs", .tuple(varargs)) }
        if m.def.catchKwargs || m.isCaller { macroScope.set("kwargs", .dict(kwargs)) }
        if let caller {
            macroScope.set("caller", .object(caller))
        } else if let callerValue {
            macroScope.set("caller", callerValue)
        } else if m.def.callsCaller && macroScope.local("caller") == nil {
            macroScope.set(
                "caller",
                .object(
                    Undefined(kind: environment.undefined, name: .string("caller"), hint: "No caller defined")))
        }
        beginCapture()
        do {
            try exec(m.def.body)
        } catch {
            _ = endCapture()
            throw error
        }
        safeOutput = true
        return .string(endCapture())
    }

    // MARK: expressions

    func eval(_ e: Expr) throws(JinjaError) -> Value {
        switch e {
        case .literal(let v):
            return v
        case .name(let n, let p):
            return try lookupName(n, p)
        case .getattr(let base, let attr, let p):
            let b = try eval(base)
            do {
                return try getattr(b, attr)
            } catch {
                throw locate(error, p)
            }
        case .getitem(let base, let key, let p):
            let b = try eval(base)
            if case .slice(let start, let stop, let step) = key {
                let s1 = try start.map { (x: Expr) throws(JinjaError) -> Value in try eval(x) }
                let s2 = try stop.map { (x: Expr) throws(JinjaError) -> Value in try eval(x) }
                let s3 = try step.map { (x: Expr) throws(JinjaError) -> Value in try eval(x) }
                do {
                    return try slice(b, s1, s2, s3)
                } catch {
                    throw locate(error, p)
                }
            }
            let k = try eval(key)
            do {
                return try getitem(b, k)
            } catch {
                throw locate(error, p)
            }
        case .slice:
            throw JinjaError(.syntax, "slice outside of a subscript")
        case .list(let items):
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try eval(i)) }
            return .list(out)
        case .tuple(let items):
            var out: [Value] = []
            for i in items { out.append(try eval(i)) }
            return .tuple(out)
        case .dict(let pairs):
            var d = ValueDict()
            for (k, v) in pairs {
                let key = try eval(k)
                try checkHashable(key, k.position)
                d[key] = try eval(v)
            }
            return .dict(d)
        case .call(let fn, let args, let p):
            return try evalCall(fn, args, p)
        case .filter(let base, let name, let args, let p):
            let v = try base.map { (x: Expr) throws(JinjaError) -> Value in try eval(x) } ?? .null
            let arguments = try evalArgs(args)
            do {
                return try applyFilter(name, v, arguments)
            } catch {
                throw locate(error, p)
            }
        case .test(let base, let name, let args, let negated, let p):
            let v = try eval(base)
            let arguments = try evalArgs(args)
            do {
                let r = try applyTest(name, v, arguments)
                return .bool(negated ? !r : r)
            } catch {
                throw locate(error, p)
            }
        case .not(let a):
            return .bool(!(try truth(try eval(a), a.position)))
        case .neg(let a, let p):
            let v = try eval(a)
            do {
                return try Operators.negate(v)
            } catch {
                throw locate(error, p)
            }
        case .pos(let a, let p):
            let v = try eval(a)
            do {
                return try Operators.positive(v)
            } catch {
                throw locate(error, p)
            }
        case .binary(let op, let a, let b, let p):
            let l = try eval(a)
            let r = try eval(b)
            do {
                if op == .concat { return .string(try text(of: l) + (try text(of: r))) }
                return try Operators.binary(op, l, r)
            } catch {
                throw locate(error, p)
            }
        case .compare(let first, let ops, let p):
            var left = try eval(first)
            for (op, e) in ops {
                let right = try eval(e)
                do {
                    if !(try Operators.compare(op, left, right)) { return .bool(false) }
                } catch {
                    throw locate(error, p)
                }
                left = right
            }
            return .bool(true)
        case .and(let a, let b):
            let l = try eval(a)
            if !(try truth(l, a.position)) { return l }
            return try eval(b)
        case .or(let a, let b):
            let l = try eval(a)
            if try truth(l, a.position) { return l }
            return try eval(b)
        case .cond(let test, let then, let otherwise, _):
            if try truth(try eval(test), test.position) { return try eval(then) }
            if let otherwise { return try eval(otherwise) }
            return .object(
                Undefined(
                    kind: .lenient, name: nil,
                    hint: "the inline if-expression on line \(e.position?.line ?? 0) evaluated to false and no else section was defined."))
        }
    }

    /// A name at a compiled site (its hash known): inner scopes first, then the root's answer
    /// kept by the site; lazy variables are resolved.
    func lookupName(_ n: String, _ hash: Int, _ p: Pos, _ site: NameSite) throws(JinjaError) -> Value {
        var current: Unmanaged<Scope> = Unmanaged.passUnretained(scope)
        while true {
            let (found, parent) = current._withUnsafeGuaranteedRef { s in
                (s.parent == nil ? nil : s.local(n, hash: hash), s.parent.map { Unmanaged.passUnretained($0) })
            }
            if let found { return try resolved(found, p) }
            guard let parent else { break }
            current = parent
        }
        // `current` is the root of this scope chain (an import or include may have its own)
        let (identity, version, local) = current._withUnsafeGuaranteedRef { s in
            (s.identity, s.version, site.token == s.identity && site.version == s.version ? nil : s.local(n, hash: hash))
        }
        if site.token == identity && site.version == version { return site.value }
        guard let v = local else { return try lookupName(n, p) }
        let value = try resolved(v, p)
        site.token = identity
        site.version = version
        site.value = value
        if case .object(let o) = value, let m = o as? LazyMapping {
            site.mapping = Unmanaged.passUnretained(m)
        } else {
            site.mapping = nil
        }
        return value
    }

    /// The lazy mapping (`hostvars`) a name at a compiled site finds in the root scope, without
    /// reference counting (the site keeps it); nil when an inner scope has the name or the root's
    /// value is something else.
    @inline(__always)
    func rootMapping(_ name: Unmanaged<NameNode>) throws(JinjaError) -> Unmanaged<LazyMapping>? {
        var current: Unmanaged<Scope> = Unmanaged.passUnretained(scope)
        while true {
            let (shadowed, parent) = current._withUnsafeGuaranteedRef { s in
                (
                    s.parent != nil && name._withUnsafeGuaranteedRef { s.has($0.name, hash: $0.hash) },
                    s.parent.map { Unmanaged.passUnretained($0) }
                )
            }
            if shadowed { return nil }
            guard let parent else { break }
            current = parent
        }
        let root = current
        func fresh() -> Bool {
            root._withUnsafeGuaranteedRef { s in
                name._withUnsafeGuaranteedRef { $0.site.token == s.identity && $0.site.version == s.version }
            }
        }
        if !fresh() {
            let n = name.takeUnretainedValue()
            _ = try lookupName(n.name, n.hash, n.pos, n.site)
            guard fresh() else { return nil }
        }
        return name._withUnsafeGuaranteedRef { $0.site.mapping }
    }

    /// The loop context a name (`loop`) finds in an inner scope, without reference counting;
    /// nil when the name finds something else.
    @inline(__always) func loopContext(_ n: String, _ hash: Int) -> Unmanaged<LoopContext>? {
        var current: Unmanaged<Scope> = Unmanaged.passUnretained(scope)
        while true {
            let (found, loop, parent) = current._withUnsafeGuaranteedRef { s in
                let (found, loop) = s.parent == nil ? (true, nil) : s.loopContext(n, hash: hash)
                return (found, loop, s.parent.map { Unmanaged.passUnretained($0) })
            }
            if found { return loop }
            guard let parent else { return nil }
            current = parent
        }
    }

    @inline(__always) func resolved(_ v: Value, _ p: Pos) throws(JinjaError) -> Value {
        if case .object(let o) = v, let lazy = o as? LazyValue {
            do {
                return try lazy.resolve(self)
            } catch {
                throw locate(error, p)
            }
        }
        return v
    }

    /// A template variable (not a global) where a function is called, lazy values resolved;
    /// nil when there is none.
    public func variable(_ name: String) throws(JinjaError) -> Value? {
        guard let v = scope.lookup(name) else { return nil }
        return try resolved(v, Pos(line: 0, column: 0))
    }

    /// Every variable visible where a function is called, innermost winning (lazy values as
    /// they are).
    public var visibleVariables: [String: Value] { scope.flattened() }

    /// A variable as a context function sees it where it is called (Jinja2's
    /// `Context.resolve`): the innermost scope's, then a global, else undefined.
    public func resolve(_ name: String) throws(JinjaError) -> Value {
        try lookupName(name, Pos(line: 0, column: 0))
    }

    /// A variable by name: scopes, then globals; lazy variables are resolved.
    func lookupName(_ n: String, _ p: Pos) throws(JinjaError) -> Value {
        if let v = scope.lookup(n) { return try resolved(v, p) }
        if let v = environment.globals[n] { return v }
        if n == "self" { return .object(TemplateSelf()) }
        return undefined(n)
    }

    func checkHashable(_ v: Value, _ p: Pos?) throws(JinjaError) {
        switch v {
        case .list: throw fail(.type, "unhashable type: 'list'", p)
        case .dict: throw fail(.type, "unhashable type: 'dict'", p)
        default: return
        }
    }

    /// Python truthiness; strict undefined values fail.
    public func truth(_ v: Value, _ p: Pos? = nil) throws(JinjaError) -> Bool {
        if let u = v.undefined, u.kind == .strict || u.kind == .ansible { throw locate(u.error(), p) }
        return v.isTruthy
    }

    func evalArgs(_ args: [Arg]) throws(JinjaError) -> Arguments {
        var out = Arguments()
        for a in args {
            switch a {
            case .positional(let e): out.positional.append(try eval(e))
            case .keyword(let k, let e): out.keywords.append((k, try eval(e)))
            case .star(let e):
                let v = try eval(e)
                out.positional.append(contentsOf: try iterate(v, e.position))
            case .doubleStar(let e):
                let v = try eval(e)
                guard case .dict(let d) = v else {
                    throw fail(.type, "argument after ** must be a mapping, not \(v.pythonTypeName)", e.position)
                }
                for (k, x) in d.items { out.keywords.append((PythonFormat.str(k), x)) }
            }
        }
        return out
    }

    static let mutatingMethods: Set<String> = [
        "append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "popitem", "sort", "reverse",
    ]

    func evalCall(_ fn: Expr, _ args: [Arg], _ p: Pos) throws(JinjaError) -> Value {
        // list.append(x) and friends change the variable they are called on: Python lists and
        // dicts are shared objects, swansible's are values, so the change is written back.
        if case .getattr(let base, let method, _) = fn, Renderer.mutatingMethods.contains(method) {
            let receiver = try eval(base)
            switch receiver {
            case .list, .dict:
                let arguments = try evalArgs(args)
                var mutable = receiver
                let result: Value
                do {
                    result = try Methods.mutate(&mutable, method, arguments, self)
                } catch {
                    throw locate(error, p)
                }
                try writeBack(base, mutable)
                return result
            default: break
            }
        }
        let callee = try eval(fn)
        let arguments = try evalArgs(args)
        do {
            return try callValue(callee, arguments)
        } catch {
            throw locate(error, p)
        }
    }

    /// Stores a changed list or dict back where it was read from.
    func writeBack(_ e: Expr, _ v: Value) throws(JinjaError) {
        switch e {
        case .name(let n, _):
            var s: Scope? = scope
            while let c = s {
                if c.local(n) != nil {
                    c.set(n, v)
                    return
                }
                s = c.parent
            }
            scope.set(n, v)
        case .getattr(let base, let attr, _):
            let b = try eval(base)
            if case .object(let o) = b, let ns = o as? Namespace {
                ns.attrs[string: attr] = v
            } else if case .dict(var d) = b {
                d[string: attr] = v
                try writeBack(base, .dict(d))
            }
        case .getitem(let base, let keyExpr, _):
            let b = try eval(base)
            let k = try eval(keyExpr)
            if case .dict(var d) = b {
                d[k] = v
                try writeBack(base, .dict(d))
            } else if case .list(var l) = b, case .int(let i) = k {
                let idx = i < 0 ? i + l.count : i
                if idx >= 0 && idx < l.count {
                    l[idx] = v
                    try writeBack(base, .list(l))
                }
            }
        default:
            return
        }
    }

    /// Calls a callable value.
    public func callValue(_ callee: Value, _ args: Arguments) throws(JinjaError) -> Value {
        switch callee {
        case .object(let o):
            if let c = o as? PyCallable { return try c.call(args, self) }
            if let u = o as? Undefined { throw u.error() }
            throw JinjaError(.type, "'\(o.typeName)' object is not callable")
        default:
            throw JinjaError(.type, "'\(callee.pythonTypeName)' object is not callable")
        }
    }

    /// Applies a filter by name.
    public func applyFilter(_ name: String, _ v: Value, _ args: Arguments) throws(JinjaError) -> Value {
        guard let f = environment.filters[name] else { throw JinjaError(.runtime, "No filter named '\(name)' found.") }
        return try f(v, args, self)
    }

    /// Applies a test by name.
    public func applyTest(_ name: String, _ v: Value, _ args: Arguments) throws(JinjaError) -> Bool {
        guard let t = environment.tests[name] else { throw JinjaError(.runtime, "No test named '\(name)' found.") }
        return try t(v, args, self)
    }

    func applyFilters(_ value: Value, _ filters: [(String, [Arg], Pos)]) throws(JinjaError) -> Value {
        var v = value
        for (name, args, p) in filters {
            let arguments = try evalArgs(args)
            do {
                v = try applyFilter(name, v, arguments)
            } catch {
                throw locate(error, p)
            }
        }
        return v
    }

    /// The items of an iterable value (dict keys, string characters).
    public func iterate(_ v: Value, _ p: Pos? = nil) throws(JinjaError) -> [Value] {
        switch v {
        case .list(let l), .tuple(let l): return l
        case .dict(let d): return d.keys
        case .string(let s), .unsafe(let s): return s.unicodeScalars.map { .string(String($0)) }
        case .object(let o):
            if let u = o as? Undefined {
                if u.kind == .strict || u.kind == .ansible { throw locate(u.error(), p) }
                return []
            }
            if let ns = o as? Namespace { return ns.attrs.keys }
            if let it = o as? IterableObject { return it.listItems }
            if let m = o as? TemplateModule { return m.exports.keys.sorted().map { .string($0) } }
            throw fail(.type, "'\(o.typeName)' object is not iterable", p)
        default:
            throw fail(.type, "'\(v.pythonTypeName)' object is not iterable", p)
        }
    }

    // MARK: attributes and items

    /// `environment.getattr`: an attribute (methods of str, list and dict), else the item.
    public func getattr(_ v: Value, _ attr: String) throws(JinjaError) -> Value {
        switch v {
        case .date(let s):
            if let d = PyDateTime(iso: s), let x = d.attribute(attr) { return x }
        case .dict(let d):
            if let m = Methods.bound(v, attr) { return m }
            if let x = d[.string(attr)] { return x }
        case .object(let o):
            if let u = o as? Undefined {
                switch attr {
                case "_undefined_name": return u.name ?? .null
                case "_undefined_obj": return u.owner ?? .null
                case "_undefined_hint": return u.hint.map { .string($0) } ?? .null
                default: break
                }
                switch u.kind {
                case .chainable, .ansible: return v
                default: throw u.error()
                }
            }
            if let loop = o as? LoopContext, let x = loop.attribute(attr) { return x }
            if let m = o as? Macro {
                switch attr {
                case "name": return .string(m.def.name)
                case "arguments": return .tuple(m.def.params.map { .string($0.0) })
                case "catch_kwargs": return .bool(m.def.catchKwargs)
                case "catch_varargs": return .bool(m.def.catchVarargs)
                case "caller": return .bool(m.def.callsCaller)
                default: break
                }
            }
            if let g = o as? GroupTuple {
                if attr == "grouper" { return g.grouper }
                if attr == "list" { return .list(g.list) }
            }
            if o is TemplateSelf {
                return .object(
                    BuiltinFunction(attr) { [self] (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                        .string(try self.capture { () throws(JinjaError) in try self.renderBlock(attr, level: 0, scoped: false) })
                    })
            }
            if let ns = o as? Namespace, let x = ns.attrs[.string(attr)] { return x }
            if let m = o as? TemplateModule, let x = m.exports[attr] { return x }
            if let c = o as? Cycler {
                switch attr {
                case "current": return c.current
                case "next":
                    return .object(
                        BuiltinFunction("next", owner: "Cycler") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in c.next() })
                case "reset":
                    return .object(
                        BuiltinFunction("reset", owner: "Cycler") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                            c.position = 0
                            return .null
                        })
                default: break
                }
            }
            if let h = o as? LazyMapping, let x = try h.lookup(attr) { return x }
            if let a = o as? AttributeObject, let x = a.attribute(attr) { return x }
        default:
            if let m = Methods.bound(v, attr) { return m }
        }
        return .object(Undefined(kind: environment.undefined, name: .string(attr), owner: v))
    }

    /// `environment.getitem`: the item, else the attribute of that name.
    public func getitem(_ v: Value, _ key: Value) throws(JinjaError) -> Value {
        if case .object(let o) = v, let h = o as? LazyMapping, let name = key.stringValue {
            if let x = try h.lookup(name) { return x }
            return h.missing(key, kind: environment.undefined)
        }
        switch v {
        case .dict(let d):
            if let x = d[key] { return x }
            if case .list = key { throw JinjaError(.type, "unhashable type: 'list'") }
        case .list(let l), .tuple(let l):
            if let i = Operators.index(key) {
                let idx = i < 0 ? i + l.count : i
                if idx >= 0 && idx < l.count { return l[idx] }
            }
        case .string(let s), .unsafe(let s):
            if let i = Operators.index(key) {
                let scalars = Array(s.unicodeScalars)
                let idx = i < 0 ? i + scalars.count : i
                if idx >= 0 && idx < scalars.count { return .string(String(scalars[idx])) }
            }
        case .object(let o):
            if let u = o as? Undefined {
                switch u.kind {
                case .chainable, .ansible: return v
                default: throw u.error()
                }
            }
            if let h = o as? LazyMapping, let name = key.stringValue, let x = try h.lookup(name) { return x }
            if let g = o as? GroupTuple, let i = Operators.index(key), i == 0 || i == 1 || i == -1 || i == -2 {
                return (i == 0 || i == -2) ? g.grouper : .list(g.list)
            }
        default:
            break
        }
        if let name = key.stringValue {
            let a = try getattr(v, name)
            if !a.isUndefined { return a }
        }
        return .object(Undefined(kind: environment.undefined, name: key, owner: v))
    }

    func slice(_ v: Value, _ start: Value?, _ stop: Value?, _ step: Value?) throws(JinjaError) -> Value {
        func intOrNil(_ x: Value?) throws(JinjaError) -> Int? {
            guard let x, !x.isNone else { return nil }
            guard let i = Operators.index(x) else {
                throw JinjaError(.type, "slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        let a = try intOrNil(start)
        let b = try intOrNil(stop)
        let c = try intOrNil(step) ?? 1
        if c == 0 { throw JinjaError(.value, "slice step cannot be zero") }
        switch v {
        case .list(let l): return .list(Operators.slice(l, a, b, c))
        case .tuple(let l): return .tuple(Operators.slice(l, a, b, c))
        case .string(let s), .unsafe(let s):
            var view = String.UnicodeScalarView()
            view.append(contentsOf: Operators.slice(Array(s.unicodeScalars), a, b, c))
            return .string(String(view))
        case .object(let o):
            if let u = o as? Undefined {
                if u.kind == .chainable || u.kind == .ansible { return v }
                throw u.error()
            }
            throw JinjaError(.type, "'\(o.typeName)' object is not subscriptable")
        default:
            throw JinjaError(.type, "'\(v.pythonTypeName)' object is not subscriptable")
        }
    }
}

/// `self` in a template: its blocks as callables.
final class TemplateSelf: PyObject, @unchecked Sendable {
    var typeName: String { "TemplateReference" }
    var repr: String { "<TemplateReference>" }
}

/// The result of a native render.
public enum NativeResult {
    /// No output node.
    case none
    /// One node: its value as it is.
    case single(Value)
    /// Several nodes joined as text.
    case text(String)
}

/// A variable whose value is computed when it is first used (Ansible's lazy templating).
open class LazyValue: PyObject, @unchecked Sendable {
    public init() {}
    open var typeName: String { "LazyValue" }
    open var repr: String { "<lazy>" }
    /// The value, computed on first use.
    open func resolve(_ renderer: Renderer) throws(JinjaError) -> Value { .null }
}

/// A mapping computed on demand (Ansible's `hostvars`).
open class LazyMapping: PyObject, @unchecked Sendable {
    public init() {}
    open var typeName: String { "LazyMapping" }
    open var repr: String { "<lazy mapping>" }
    /// The value of a key, or nil when there is no such key.
    open func lookup(_ key: String) throws(JinjaError) -> Value? { nil }
    /// The keys, in order.
    open var keys: [String] { [] }
    /// The undefined value for a key it does not have (Jinja2's wording: "has no attribute").
    open func missing(_ key: Value, kind: UndefinedKind) -> Value {
        .object(Undefined(kind: kind, name: key, owner: .object(self)))
    }
    /// `self[key][name]` when it is at hand with no work (a variable already templated), else
    /// nil.
    open func peekItem(_ key: String, _ name: String, _ nameHash: Int) -> Value? { nil }
    /// `self[key][name]` in one step, for a mapping of mappings that can (`hostvars`): the
    /// value when both are found, nil to take the general way (`nameHash` is
    /// `StringTable.hash(name)`).
    open func lookupItem(_ key: String, _ name: String, _ nameHash: Int) throws(JinjaError) -> Value? { nil }
}
