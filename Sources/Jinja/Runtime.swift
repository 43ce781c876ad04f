import Foundation
import SwansibleCore

/// Which `Undefined` class the environment uses.
public enum UndefinedKind: String, Sendable {
    /// Jinja2's default: prints as empty, iterates as empty, fails on attribute access.
    case lenient = "Undefined"
    /// Fails on any use but `is defined` and `default`.
    case strict = "StrictUndefined"
    /// Attribute and item access give undefined again; prints as empty.
    case chainable = "ChainableUndefined"
    /// Prints as `{{ name }}`.
    case debug = "DebugUndefined"
    /// Ansible's: attribute and item access chain, any other use fails naming the variable.
    case ansible = "AnsibleUndefined"
}

/// An engine object that iterates as a list (dict views, group tuples).
public protocol IterableObject {
    var listItems: [Value] { get }
}

/// An object with attributes of its own (an embedding program's objects, as Python objects
/// with attributes are to Jinja2): `x.name` and `x['name']` find them.
public protocol AttributeObject: PyObject {
    func attribute(_ name: String) -> Value?
}

/// A missing variable, attribute or item.
public final class Undefined: PyObject, @unchecked Sendable {
    public let kind: UndefinedKind
    /// What was looked up: a variable name, an attribute or an item key.
    public let name: Value?
    /// The object it was looked up on, when an attribute or item.
    public let owner: Value?
    public let hint: String?

    public init(kind: UndefinedKind, name: Value?, owner: Value? = nil, hint: String? = nil) {
        self.kind = kind
        self.name = name
        self.owner = owner
        self.hint = hint
    }

    public var typeName: String { kind.rawValue }
    public var repr: String { kind.rawValue }
    public var str: String {
        if kind == .debug {
            if let hint { return "{{ undefined value printed: \(hint) }}" }
            if let owner, let name { return "{{ no such element: \(Undefined.objectTypeRepr(owner))[\(PythonFormat.repr(name))] }}" }
            return "{{ \(name.map { PythonFormat.str($0) } ?? "") }}"
        }
        return ""
    }
    public var truthy: Bool { false }

    /// Jinja2's message: `'x' is undefined`, `'dict object' has no attribute 'y'`.
    public var message: String {
        if let hint { return hint }
        guard let owner else { return "\(PythonFormat.repr(name ?? .string(""))) is undefined" }
        if kind == .ansible {
            // Ansible's wording
            return
                "object of type \(PythonFormat.repr(.string(owner.pythonTypeName))) has no attribute \(PythonFormat.repr(name ?? .string("")))"
        }
        if let name, name.stringValue == nil {
            return "\(Undefined.objectTypeRepr(owner)) has no element \(PythonFormat.repr(name))"
        }
        return "\(PythonFormat.repr(.string(Undefined.objectTypeRepr(owner)))) has no attribute \(PythonFormat.repr(name ?? .string("")))"
    }

    static func objectTypeRepr(_ v: Value) -> String {
        switch v {
        case .null: return "None"
        default: return "\(v.pythonTypeName) object"
        }
    }

    public func error() -> JinjaError { JinjaError(.undefined, message) }
}

extension Value {
    /// The undefined value, when this is one.
    /// The undefined value, when this is one.
    public var undefined: Undefined? {
        if case .object(let o) = self, let u = o as? Undefined { return u }
        return nil
    }

    /// Whether this is an undefined value.
    public var isUndefined: Bool { undefined != nil }
}

/// Arguments of a call: positional then keyword, as Python passes them.
public struct Arguments: Sendable {
    public var positional: [Value]
    public var keywords: [(String, Value)]

    public init(_ positional: [Value] = [], _ keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// Binds to a signature: each parameter by position or name, nil where not given.
    /// Extra arguments are an error naming the function.
    public func bind(_ function: String, _ params: [String], min: Int = 0) throws(JinjaError) -> [Value?] {
        var out = [Value?](repeating: nil, count: params.count)
        if positional.count > params.count {
            throw JinjaError(
                .type,
                "\(function)() takes \(params.count == min ? "" : "up to ")\(params.count) arguments but \(positional.count) were given"
            )
        }
        for (i, v) in positional.enumerated() { out[i] = v }
        for (k, v) in keywords {
            guard let i = params.firstIndex(of: k) else {
                throw JinjaError(.type, "\(function)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil { throw JinjaError(.type, "\(function)() got multiple values for argument '\(k)'") }
            out[i] = v
        }
        for i in 0..<min where out[i] == nil {
            throw JinjaError(.type, "\(function)() missing required argument '\(params[i])'")
        }
        return out
    }

    public func keyword(_ name: String) -> Value? {
        keywords.first { $0.0 == name }?.1
    }
}

/// A variable scope: the template's context, a loop body, a macro call. Small scopes (loop
/// iterations) search an array; the template's context uses a dictionary.
final class Scope: @unchecked Sendable {
    var dict: [String: Value]
    var names: [String] = []
    /// `StringTable.hash` of each name: compared before the names.
    var hashes: [Int] = []
    var values: [Value] = []
    let parent: Scope?
    /// Changes whenever a variable is set (name sites keep a root variable until it changes).
    var version = 0
    /// A root scope's identity for name sites (random: never the same twice, unlike an address).
    let identity: UInt64

    init(_ vars: [String: Value] = [:], parent: Scope?) {
        self.dict = vars
        self.parent = parent
        identity = parent == nil ? UInt64.random(in: 1...UInt64.max) : 0
    }

    /// Forgets this scope's variables.
    func clear() {
        if !dict.isEmpty { dict.removeAll(keepingCapacity: true) }
        names.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    /// A loop iteration's scope for the next item: only the loop variable, set to `v` (the
    /// common case, where the body set nothing else, changes it in place).
    @inline(__always) func rebind(_ name: String, _ v: Value) {
        if dict.isEmpty && names.count == 1 {
            version &+= 1
            values[0] = v
            return
        }
        clear()
        set(name, v)
    }

    /// This scope's own variable.
    func local(_ name: String) -> Value? { local(name, hash: StringTable.hash(name)) }

    /// This scope's own variable, its name's hash known.
    @inline(__always) func local(_ name: String, hash: Int) -> Value? {
        if !dict.isEmpty, let v = dict[name] { return v }
        for i in hashes.indices where hashes[i] == hash && names[i] == name { return values[i] }
        return nil
    }

    /// Whether this scope has its own variable of that name (nothing copied).
    @inline(__always) func has(_ name: String, hash: Int) -> Bool {
        if !dict.isEmpty, dict.index(forKey: name) != nil { return true }
        for i in hashes.indices where hashes[i] == hash && names[i] == name { return true }
        return false
    }

    /// This scope's variable of that name, when it has one (`found`), as a loop context when it
    /// is one, without reference counting.
    @inline(__always) func loopContext(_ name: String, hash: Int) -> (found: Bool, loop: Unmanaged<LoopContext>?) {
        for i in hashes.indices where hashes[i] == hash && names[i] == name {
            if case .object(let o) = values[i], let l = o as? LoopContext { return (true, Unmanaged.passUnretained(l)) }
            return (true, nil)
        }
        if !dict.isEmpty, dict.index(forKey: name) != nil { return (true, nil) }
        return (false, nil)
    }

    func set(_ name: String, _ v: Value) {
        version &+= 1
        if dict.isEmpty && names.count < 8 {
            let h = StringTable.hash(name)
            for i in names.indices where hashes[i] == h && names[i] == name {
                values[i] = v
                return
            }
            names.append(name)
            hashes.append(h)
            values.append(v)
            return
        }
        if !names.isEmpty {
            for (n, x) in zip(names, values) { dict[n] = x }
            names.removeAll()
            hashes.removeAll()
            values.removeAll()
        }
        dict[name] = v
    }

    var vars: [String: Value] {
        var out = dict
        for (n, x) in zip(names, values) { out[n] = x }
        return out
    }

    func lookup(_ name: String) -> Value? {
        // walk the chain without reference counting: the chain is alive while self is
        var current: Unmanaged<Scope>? = Unmanaged.passUnretained(self)
        while let c = current {
            let (v, next) = c._withUnsafeGuaranteedRef { s in (s.local(name), s.parent.map { Unmanaged.passUnretained($0) }) }
            if let v { return v }
            current = next
        }
        return nil
    }

    /// Every visible variable, innermost winning.
    func flattened() -> [String: Value] {
        var chain: [Scope] = []
        var s: Scope? = self
        while let c = s {
            chain.append(c)
            s = c.parent
        }
        var out: [String: Value] = [:]
        for c in chain.reversed() {
            for (k, v) in c.vars { out[k] = v }
        }
        return out
    }
}

/// A callable: builtin functions, bound methods, macros.
public protocol PyCallable: PyObject {
    func call(_ args: Arguments, _ renderer: Renderer) throws(JinjaError) -> Value
}

/// A function implemented in Swift (globals such as `range`, bound methods such as `d.items`).
public final class BuiltinFunction: PyCallable, @unchecked Sendable {
    public let name: String
    let body: (Arguments, Renderer) throws(JinjaError) -> Value
    let owner: String?

    public init(_ name: String, owner: String? = nil, _ body: @escaping (Arguments, Renderer) throws(JinjaError) -> Value) {
        self.name = name
        self.owner = owner
        self.body = body
    }

    public var typeName: String { owner == nil ? "builtin_function_or_method" : "method" }
    public var repr: String {
        if let owner { return "<built-in method \(name) of \(owner) object>" }
        return "<built-in function \(name)>"
    }

    public func call(_ args: Arguments, _ renderer: Renderer) throws(JinjaError) -> Value {
        try body(args, renderer)
    }
}

/// `namespace()`: an object whose attributes can be set from inside loops.
public final class Namespace: PyObject, @unchecked Sendable {
    public var attrs: ValueDict

    public init(_ attrs: ValueDict) { self.attrs = attrs }
    public var typeName: String { "Namespace" }
    public var repr: String {
        let items = attrs.items.map { "\(PythonFormat.str($0.0))=\(PythonFormat.repr($0.1))" }
        return "<Namespace \(items.joined(separator: ", "))>"
    }
}

/// `cycler(a, b, ...)`.
final class Cycler: PyObject, @unchecked Sendable {
    let items: [Value]
    var position = 0

    init(_ items: [Value]) { self.items = items }
    var typeName: String { "Cycler" }
    var repr: String { "<jinja2.utils.Cycler object>" }
    var current: Value { items.isEmpty ? .null : items[position] }

    func next() -> Value {
        let v = current
        if !items.isEmpty { position = (position + 1) % items.count }
        return v
    }
}

/// `joiner(sep)`: empty the first time, `sep` after.
final class Joiner: PyCallable, @unchecked Sendable {
    let sep: String
    var used = false

    init(_ sep: String) { self.sep = sep }
    var typeName: String { "Joiner" }
    var repr: String { "<jinja2.utils.Joiner object>" }

    func call(_ args: Arguments, _ renderer: Renderer) throws(JinjaError) -> Value {
        if !used {
            used = true
            return .string("")
        }
        return .string(sep)
    }
}

/// The `loop` variable of a for loop.
final class LoopContext: PyCallable, @unchecked Sendable {
    let items: [Value]
    var index0 = 0
    let depth0: Int
    var lastChanged: [Value]?
    let recurse: ((Value, Int) throws(JinjaError) -> Value)?

    init(items: [Value], depth0: Int, recurse: ((Value, Int) throws(JinjaError) -> Value)?) {
        self.items = items
        self.depth0 = depth0
        self.recurse = recurse
    }

    var typeName: String { "LoopContext" }
    var repr: String { "<LoopContext \(index0 + 1)/\(items.count)>" }

    /// The attributes that are numbers or flags, for a compiled `loop.x` to read without
    /// matching the name each time.
    enum Counter: String {
        case index, index0, revindex, revindex0, first, last, length, depth, depth0
    }

    @inline(__always) func counter(_ c: Counter) -> Value {
        switch c {
        case .index: return .int(index0 + 1)
        case .index0: return .int(index0)
        case .revindex: return .int(items.count - index0)
        case .revindex0: return .int(items.count - index0 - 1)
        case .first: return .bool(index0 == 0)
        case .last: return .bool(index0 == items.count - 1)
        case .length: return .int(items.count)
        case .depth: return .int(depth0 + 1)
        case .depth0: return .int(depth0)
        }
    }

    func attribute(_ name: String) -> Value? {
        if let c = Counter(rawValue: name) { return counter(c) }
        switch name {
        case "previtem":
            return index0 > 0 ? items[index0 - 1] : .object(Undefined(kind: .lenient, name: nil, hint: "there is no previous item"))
        case "nextitem":
            return index0 + 1 < items.count
                ? items[index0 + 1] : .object(Undefined(kind: .lenient, name: nil, hint: "there is no next item"))
        case "cycle":
            return .object(
                BuiltinFunction("cycle", owner: "LoopContext") { [self] (args: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    guard !args.positional.isEmpty else { throw JinjaError(.type, "no items for cycling given") }
                    return args.positional[self.index0 % args.positional.count]
                })
        case "changed":
            return .object(
                BuiltinFunction("changed", owner: "LoopContext") { [self] (args: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    if let last = self.lastChanged, last == args.positional { return .bool(false) }
                    self.lastChanged = args.positional
                    return .bool(true)
                })
        default: return nil
        }
    }

    func call(_ args: Arguments, _ renderer: Renderer) throws(JinjaError) -> Value {
        guard let recurse else {
            throw JinjaError(.type, "Tried to call non recursive loop.  Maybe you forgot the 'recursive' modifier.")
        }
        guard let iterable = args.positional.first else { throw JinjaError(.type, "loop() needs an iterable") }
        return try recurse(iterable, depth0 + 1)
    }
}

/// A macro defined in a template, with the scope it was defined in.
final class Macro: PyCallable, @unchecked Sendable {
    let def: MacroDef
    let closure: Scope
    let template: Template
    /// For `{% call %}` blocks: the caller macro passed in.
    var isCaller = false

    init(def: MacroDef, closure: Scope, template: Template) {
        self.def = def
        self.closure = closure
        self.template = template
    }

    var typeName: String { "Macro" }
    var repr: String { "<Macro '\(def.name)'>" }

    func call(_ args: Arguments, _ renderer: Renderer) throws(JinjaError) -> Value {
        try renderer.callMacro(self, args, caller: nil)
    }
}

/// An imported template (`{% import 'x' as m %}`): its exported macros and variables.
final class TemplateModule: PyObject, @unchecked Sendable {
    let name: String
    let exports: [String: Value]
    let body: String

    init(name: String, exports: [String: Value], body: String) {
        self.name = name
        self.exports = exports
        self.body = body
    }

    var typeName: String { "TemplateModule" }
    var repr: String { "<Template '\(name)'>" }
    var str: String { body }
}

/// A render's output: UTF-8 bytes in memory of its own, appended with a copy each (a `String`
/// append costs about twice as much, checking uniqueness, capacity and ASCII flags each time),
/// made a `String` once at the end. A value type that owns its memory: the renderer keeps it
/// in a stored property (appends modify it in place, with no reference counting) and frees it.
struct OutputBuffer: @unchecked Sendable {
    private var bytes: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    private(set) var count = 0

    /// An empty buffer (no memory until the first append).
    init() {}

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// Gives the memory back; the buffer is not used again.
    func free() { bytes?.deallocate() }

    mutating func reserve(_ n: Int) {
        if n > capacity { grow(to: n) }
    }

    private mutating func grow(to n: Int) {
        var size = max(capacity, 64)
        while size < n { size *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        if let bytes {
            grown.update(from: bytes, count: count)
            bytes.deallocate()
        }
        bytes = grown
        capacity = size
    }

    @inline(__always) mutating func append(_ s: String) {
        // read in place (no copy of the string to make it unique, as `withUTF8` wants)
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { b in append(b) }
        if done == nil {
            let copy = Array(s.utf8)
            copy.withUnsafeBufferPointer { append($0) }
        }
    }

    @inline(__always) private mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let base = b.baseAddress else { return }
        if count + b.count > capacity { grow(to: count + b.count) }
        guard let bytes else { return }
        (bytes + count).update(from: base, count: b.count)
        count += b.count
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var spare: [OutputBuffer] = []

    /// A buffer from the pool of finished renders' buffers (a large output's memory is then not
    /// allocated and faulted in again each render), or a new one.
    static func take(capacity: Int) -> OutputBuffer {
        lock.lock()
        let b = spare.popLast()
        lock.unlock()
        guard var b else { return OutputBuffer(capacity: capacity) }
        b.count = 0
        b.reserve(capacity)
        return b
    }

    /// Gives a buffer back to the pool (a few are kept, the others freed).
    static func give(_ b: OutputBuffer) {
        lock.lock()
        let kept = spare.count < 4
        if kept { spare.append(b) }
        lock.unlock()
        if !kept { b.free() }
    }

    /// The text so far.
    func string() -> String {
        String(unsafeUninitializedCapacity: count) { dst in
            guard let d = dst.baseAddress, let bytes else { return 0 }
            d.update(from: bytes, count: count)
            return count
        }
    }
}
