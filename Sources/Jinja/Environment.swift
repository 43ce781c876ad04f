import Foundation
import SwansibleCore

/// A filter: the value, its arguments, the renderer (for the environment and undefined kind).
public typealias Filter = @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Value
/// A test (`x is defined`).
public typealias Test = @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Bool

/// Finds templates by name for `include`, `import` and `extends`.
public protocol TemplateLoader: Sendable {
    /// The source and the path to report in errors, or nil when there is no such template.
    func load(_ name: String) -> (source: String, path: String)?
}

/// Templates held in memory, by name.
public struct DictLoader: TemplateLoader {
    public let templates: [String: String]
    public init(_ templates: [String: String]) { self.templates = templates }
    public func load(_ name: String) -> (source: String, path: String)? {
        templates[name].map { ($0, name) }
    }
}

/// Templates read from directories, searched in order.
public struct FileLoader: TemplateLoader {
    public let searchPath: [String]
    public init(searchPath: [String]) { self.searchPath = searchPath }
    public func load(_ name: String) -> (source: String, path: String)? {
        let candidates = name.hasPrefix("/") ? [name] : searchPath.map { ($0 as NSString).appendingPathComponent(name) }
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path) {
                return (String(decoding: data, as: UTF8.self), path)
            }
        }
        return nil
    }
}

/// A template environment: options, undefined behaviour, filters, tests, globals and a loader
/// (Jinja2's `Environment`).
public final class Environment: @unchecked Sendable {
    public var options: JinjaOptions
    public var undefined: UndefinedKind = .lenient
    public var filters: [String: Filter] = [:]
    public var tests: [String: Test] = [:]
    public var globals: [String: Value] = [:]
    public var loader: (any TemplateLoader)?
    /// Applied to each printed value before it becomes text (Ansible drops `None`).
    public var finalize: (@Sendable (Value) -> Value)?
    /// In native mode, the text of a node that is not a string (Ansible finalizes, then `str()`).
    public var nodeText: (@Sendable (Value) throws(JinjaError) -> String)?
    /// Whether unknown filters and tests are errors when the template is compiled (Jinja2)
    /// or only when they are used.
    public var checkNamesAtCompile = true
    /// Jinja2's `Environment.policies`: the settings filters read (`urlize.rel`,
    /// `urlize.target`, `urlize.extra_schemes`, `truncate.leeway`), Jinja2's defaults.
    public var policies: [String: Value] = [
        "urlize.rel": .string("noopener"), "urlize.target": .null, "urlize.extra_schemes": .null, "truncate.leeway": .int(5),
    ]
    var cache: [String: Template] = [:]
    let lock = NSLock()

    public init(options: JinjaOptions = JinjaOptions()) {
        self.options = options
        Builtins.register(self)
    }

    /// Compiles a template from its source.
    public func template(source: String, name: String = "<template>") throws(JinjaError) -> Template {
        var lexer = Lexer(source: source, name: name, options: options)
        let tokens: [Token]
        do {
            tokens = try lexer.tokenize()
        } catch {
            // Jinja2 lexes as it parses: a parse error before the place the lexer fails is the one
            // it reports. Parse what was lexed; an error there that is not the text running out wins.
            var partial = lexer.tokens
            let last = partial.last
            partial.append(Token(kind: .eof, line: last?.line ?? 1, column: last?.column ?? 1))
            var parser = Parser(tokens: partial, name: name)
            do {
                _ = try parser.parseTemplate()
            } catch let earlier {
                if !earlier.message.lowercased().hasPrefix("unexpected end of template") {
                    throw Template.locate(earlier, source: source, options: options)
                }
            }
            throw Template.locate(error, source: source, options: options)
        }
        var parser = Parser(tokens: tokens, name: name)
        let body: [Stmt]
        do {
            body = try parser.parseTemplate()
        } catch {
            throw Template.locate(error, source: source, options: options)
        }
        let t = Template(name: name, body: body, source: source, environment: self)
        if checkNamesAtCompile {
            do {
                try t.checkNames()
            } catch {
                throw Template.locate(error, source: source, options: options)
            }
        }
        return t
    }

    /// A template by name from the loader (compiled once).
    public func getTemplate(_ name: String) throws(JinjaError) -> Template {
        lock.lock()
        let cached = cache[name]
        lock.unlock()
        if let cached { return cached }
        guard let (source, path) = loader?.load(name) else {
            throw JinjaError(.notFound, name)
        }
        let t = try template(source: source, name: path)
        lock.lock()
        cache[name] = t
        lock.unlock()
        return t
    }
}

/// A compiled template.
public final class Template: @unchecked Sendable {
    public let name: String
    /// The size of the last output, to reserve the next one at once (a hint: a lost update
    /// between threads only costs a reallocation).
    let outputSizeHint = OutputSizeHint(0)
    let body: [Stmt]
    let source: String
    unowned let environment: Environment
    /// Every `{% block %}` of the template, by name.
    let blocks: [String: [Stmt]]
    let blockScoped: [String: Bool]
    /// The top-level statements compiled to nodes.
    let compiled: Block

    init(name: String, body: [Stmt], source: String, environment: Environment) {
        self.name = name
        self.body = body
        self.source = source
        self.environment = environment
        var blocks: [String: [Stmt]] = [:]
        var scoped: [String: Bool] = [:]
        func collect(_ stmts: [Stmt]) {
            for s in stmts {
                switch s {
                case .block(let n, let b, let sc, _, _):
                    if blocks[n] == nil {
                        blocks[n] = b
                        scoped[n] = sc
                    }
                    collect(b)
                case .forLoop(_, _, let b, let o, _, _, _):
                    collect(b)
                    collect(o)
                case .ifStmt(let branches, let o):
                    branches.forEach { collect($0.1) }
                    collect(o)
                case .with(_, let b), .scope(let b), .filterBlock(_, let b, _), .setBlock(_, _, let b, _), .callBlock(_, _, let b, _):
                    collect(b)
                case .macro(let def, _):
                    collect(def.body)
                default: break
                }
            }
        }
        collect(body)
        self.blocks = blocks
        self.blockScoped = scoped
        self.compiled = StmtCompiler.compile(body)
    }

    /// Renders in Ansible's native mode: one output node is returned as its value, several are
    /// joined as text, `None` nodes are dropped.
    public func renderNative(_ vars: [String: Value] = [:]) throws(JinjaError) -> NativeResult {
        let r = Renderer(environment: environment, template: self, vars: vars)
        do {
            return try r.renderNative()
        } catch {
            throw Template.locate(error, source: source, options: environment.options, fallbackName: name)
        }
    }

    /// Renders with the given variables.
    public func render(_ vars: [String: Value] = [:]) throws(JinjaError) -> String {
        let r = Renderer(environment: environment, template: self, vars: vars)
        do {
            return try r.renderRoot()
        } catch {
            throw Template.locate(error, source: source, options: environment.options, fallbackName: name)
        }
    }

    /// Adds the source line to an error located in this template.
    static func locate(_ error: JinjaError, source: String, options: JinjaOptions, fallbackName: String? = nil) -> JinjaError {
        var e = error
        if e.location == nil, let fallbackName { e.location = SourceLocation(file: fallbackName, line: 1, column: 1) }
        if e.sourceLine == nil, let loc = e.location {
            let normalized = String(String.UnicodeScalarView(Lexer.normalize(source, keepTrailingNewline: true)))
            e.sourceLine = SourceText(path: loc.file, text: normalized).line(loc.line)
        }
        return e
    }

    /// Jinja2 refuses unknown filters and tests when it compiles a template.
    func checkNames() throws(JinjaError) {
        var failure: JinjaError?
        // inside an `if` or an inline if, Jinja2 lets a missing filter or test fail only when used
        var soft = 0
        func expr(_ e: Expr?) {
            guard let e, failure == nil else { return }
            switch e {
            case .filter(_, let n, _, let p):
                if environment.filters[n] == nil && soft == 0 {
                    failure = JinjaError(
                        .assertion, "No filter named '\(n)'.", at: SourceLocation(file: name, line: p.line, column: p.column))
                }
            case .test(_, let n, _, _, let p):
                if environment.tests[n] == nil && soft == 0 {
                    failure = JinjaError(
                        .assertion, "No test named '\(n)'.", at: SourceLocation(file: name, line: p.line, column: p.column))
                }
            case .cond(let a, let b, let c, _):
                // only the branches are soft
                expr(a)
                soft += 1
                expr(b)
                expr(c)
                soft -= 1
                return
            default: break
            }
            e.subexpressions.forEach { expr($0) }
        }
        func arg(_ a: Arg) { expr(a.expr) }
        func filters(_ f: [(String, [Arg], Pos)]) {
            for (n, args, p) in f {
                if environment.filters[n] == nil, failure == nil, soft == 0 {
                    failure = JinjaError(
                        .assertion, "No filter named '\(n)'.", at: SourceLocation(file: name, line: p.line, column: p.column))
                }
                args.forEach(arg)
            }
        }
        func stmts(_ body: [Stmt]) {
            for s in body where failure == nil {
                switch s {
                case .ifStmt(let branches, let o):
                    for (i, (t, b)) in branches.enumerated() {
                        if i > 0 { soft += 1 }
                        expr(t.expr)
                        if i > 0 { soft -= 1 }
                        soft += 1
                        stmts(b)
                        soft -= 1
                    }
                    soft += 1
                    stmts(o)
                    soft -= 1
                case .setBlock(_, let f, let b, _), .filterBlock(let f, let b, _):
                    filters(f)
                    stmts(b)
                default:
                    let (expressions, bodies) = s.children
                    expressions.forEach { expr($0) }
                    bodies.forEach(stmts)
                }
            }
        }
        stmts(body)
        if let failure { throw failure }
    }
}

/// The size of a template's last output, shared by its renders.
typealias OutputSizeHint = Locked<Int>
