/// A Python `dict`: insertion-ordered, keyed by any hashable value.
public struct ValueDict: Sendable, Equatable {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [Value: Int] = [:]

    public init() {}

    public init(_ pairs: [(Value, Value)]) {
        for (k, v) in pairs { self[k] = v }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The pairs in insertion order.
    public var items: Zip2Sequence<[Value], [Value]> { zip(keys, values) }

    public subscript(key: Value) -> Value? {
        get { index[key].map { values[$0] } }
        set {
            if let newValue {
                if let i = index[key] {
                    values[i] = newValue
                } else {
                    index[key] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    public subscript(string key: String) -> Value? {
        get { self[.string(key)] }
        set { self[.string(key)] = newValue }
    }

    public func contains(_ key: Value) -> Bool { index[key] != nil }

    @discardableResult
    public mutating func removeValue(forKey key: Value) -> Value? {
        guard let i = index[key] else { return nil }
        let old = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        index[key] = nil
        for j in i..<keys.count { index[keys[j]] = j }
        return old
    }

    /// `dict.update(other)`: existing keys keep their place, new ones go at the end.
    public mutating func update(_ other: ValueDict) {
        for (k, v) in other.items { self[k] = v }
    }

    public static func == (lhs: ValueDict, rhs: ValueDict) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (k, v) in lhs.items {
            guard let o = rhs[k], o == v else { return false }
        }
        return true
    }
}
