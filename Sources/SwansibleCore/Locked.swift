import Foundation

/// A value shared between threads, read and written under a lock.
public final class Locked<Wrapped>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Wrapped

    public init(_ value: Wrapped) { stored = value }

    public var value: Wrapped {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            stored = newValue
            lock.unlock()
        }
    }
}
