/// A value as Ansible's Python sees it: the result of loading YAML, JSON or INI, and of templating.
public enum Value: Sendable {
    /// Python's `None`.
    case null
    case bool(Bool)
    case int(Int)
    /// An integer beyond 64 bits, kept as its decimal digits (with an optional leading `-`).
    case bigInt(String)
    case float(Double)
    case string(String)
    /// A string marked `!unsafe`: never templated.
    case unsafe(String)
    /// A `!vault` value: the ciphertext, still encrypted.
    case vault(String)
    /// A YAML timestamp, kept as Python's `isoformat()` text (`2024-01-01`).
    case date(String)
    case list([Value])
    case dict(ValueDict)
    /// A Python tuple: prints as `(1, 2)`, serialises as a list.
    case tuple([Value])
    /// A runtime object of the template engine (undefined, macro, namespace, loop...).
    case object(any PyObject)
}

/// A Python object that is not plain data: the template engine's undefined values, macros,
/// namespaces, cyclers, loops and callables.
public protocol PyObject: AnyObject, Sendable {
    /// `type(x).__name__`.
    var typeName: String { get }
    /// `repr(x)`.
    var repr: String { get }
    /// `str(x)`; `repr` unless the object says otherwise.
    var str: String { get }
    /// `bool(x)`.
    var truthy: Bool { get }
}

extension PyObject {
    public var str: String { repr }
    public var truthy: Bool { true }
}

extension Value {
    /// The text of a string-like value (plain, unsafe), or nil.
    public var stringValue: String? {
        switch self {
        case .string(let s), .unsafe(let s): return s
        default: return nil
        }
    }

    /// The dictionary, or nil.
    public var dictValue: ValueDict? {
        if case .dict(let d) = self { return d }
        return nil
    }

    /// The list (or tuple), or nil.
    public var listValue: [Value]? {
        switch self {
        case .list(let l), .tuple(let l): return l
        default: return nil
        }
    }

    /// True for `None`.
    public var isNone: Bool {
        if case .null = self { return true }
        return false
    }

    /// Python's name for the value's type, as `type(x).__name__` prints it.
    public var pythonTypeName: String {
        switch self {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .string, .unsafe: return "str"
        case .vault: return "EncryptedString"
        case .date: return "date"
        case .list: return "list"
        case .dict: return "dict"
        case .tuple: return "tuple"
        case .object(let o): return o.typeName
        }
    }

    /// Python truthiness.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .string(let s), .unsafe(let s): return !s.isEmpty
        case .vault: return true
        case .date: return true
        case .list(let l), .tuple(let l): return !l.isEmpty
        case .dict(let d): return !d.isEmpty
        case .object(let o): return o.truthy
        }
    }

    /// The numeric value for comparisons across bool, int and float, when exact.
    public var numeric: Double? {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }
}

extension Value: Equatable {
    /// Python equality: `1 == 1.0 == True`, strings by code points, dicts regardless of order.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.bigInt(let a), .bigInt(let b)): return a == b
        case (.string(let a), .string(let b)), (.string(let a), .unsafe(let b)),
            (.unsafe(let a), .string(let b)), (.unsafe(let a), .unsafe(let b)):
            return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.vault(let a), .vault(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.tuple(let a), .tuple(let b)): return a == b
        case (.object(let a), .object(let b)): return a === b
        case (.dict(let a), .dict(let b)): return a == b
        case (.int(let a), .bool(let b)), (.bool(let b), .int(let a)): return a == (b ? 1 : 0)
        case (.float(let a), .float(let b)): return a == b
        case (.float(let a), .int(let b)), (.int(let b), .float(let a)):
            return Int(exactly: a) == b
        case (.float(let a), .bool(let b)), (.bool(let b), .float(let a)): return a == (b ? 1 : 0)
        default: return false
        }
    }
}

extension Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b ? 1 : 0)
        case .int(let i): hasher.combine(i)
        case .bigInt(let s): hasher.combine(s)
        case .float(let d):
            if let i = Int(exactly: d) { hasher.combine(i) } else { hasher.combine(d) }
        case .string(let s), .unsafe(let s):
            // consistent with ==: scalar-equal strings are canonically equal
            hasher.combine(s)
        case .vault(let s): hasher.combine(s)
        case .date(let s): hasher.combine(s)
        case .list(let l), .tuple(let l): hasher.combine(l)
        case .dict(let d): hasher.combine(d.count)
        case .object(let o): hasher.combine(ObjectIdentifier(o))
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(floatLiteral value: Double) { self = .float(value) }
}

extension String {
    /// Python's ordering of `str`: by Unicode code points.
    public func pythonLess(_ other: String) -> Bool {
        unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars)
    }
}
