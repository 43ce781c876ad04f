/// A place in a source file: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A message about the user's input, printed as `file:line:col: error: message`, the source line
/// and a caret under the place.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The text of the line at `location`, when known.
    public var sourceLine: String?
    /// How many characters the caret underlines (at least 1).
    public var length: Int
    /// Further located notes (for example the first of two duplicate keys).
    public var notes: [Diagnostic]

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
        sourceLine: String? = nil, length: Int = 1, notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.length = max(1, length)
        self.notes = notes
    }

    /// The full text, with the source line and caret when the line is known.
    public var description: String {
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severity.rawValue): \(message)"
        if let location, let sourceLine {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "\n \(number) | \(sourceLine)"
            var pad = ""
            for (i, ch) in sourceLine.enumerated() where i < location.column - 1 {
                pad.append(ch == "\t" ? "\t" : " ")
            }
            if location.column - 1 > sourceLine.count {
                pad += String(repeating: " ", count: location.column - 1 - sourceLine.count)
            }
            out += "\n \(gutter) | \(pad)\(String(repeating: "^", count: length))"
        }
        for note in notes { out += "\n" + note.description }
        return out
    }
}

/// An error that can show itself as a located diagnostic.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostic: Diagnostic { self }
}

/// Source text split into lines, to quote a line in a diagnostic.
public struct SourceText: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The lines of the text, split at `\n` (a `\r` before it is dropped).
    public var lines: [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { l in
            String(decoding: l.last == UInt8(ascii: "\r") ? l.dropLast() : l, as: UTF8.self)
        }
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ n: Int) -> String? {
        guard n >= 1 else { return nil }
        let u = text.utf8
        var current = 1
        var start = u.startIndex
        while current < n {
            guard let nl = u[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = u.index(after: nl)
            current += 1
        }
        var l = u[start...].prefix { $0 != UInt8(ascii: "\n") }
        if l.last == UInt8(ascii: "\r") { l = l.dropLast() }
        return String(decoding: l, as: UTF8.self)
    }

    /// A diagnostic at a 1-based line and column of this text.
    public func diagnostic(
        _ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int, length: Int = 1
    ) -> Diagnostic {
        Diagnostic(
            severity, message, at: SourceLocation(file: path, line: line, column: column),
            sourceLine: self.line(line), length: length)
    }
}
