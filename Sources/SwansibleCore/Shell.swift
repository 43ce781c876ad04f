/// A POSIX shell command built from parts: fixed shell text written by swansible, and values
/// that are always quoted. No string interpolation builds a command: values only enter through
/// `Shell.quote`.
public struct ShellCommand: Sendable, Equatable, CustomStringConvertible {
    public enum Part: Sendable, Equatable {
        /// Shell syntax written by swansible itself (`&&`, `>`, a program name).
        case syntax(String)
        /// A value: quoted so that the shell sees it as one word, verbatim.
        case word(String)
    }

    public var parts: [Part]

    public init(_ parts: [Part] = []) { self.parts = parts }

    /// A program and its arguments, each argument quoted.
    public init(_ program: String, _ arguments: [String]) {
        parts = [.syntax(program)] + arguments.map { .word($0) }
    }

    public static func + (a: ShellCommand, b: ShellCommand) -> ShellCommand { ShellCommand(a.parts + b.parts) }

    /// The text given to `/bin/sh`.
    public var description: String {
        parts.map { part in
            switch part {
            case .syntax(let s): return s
            case .word(let w): return Shell.quote(w)
            }
        }.joined(separator: " ")
    }
}

/// Quoting for POSIX shells.
public enum Shell {
    /// One shell word, verbatim: single quotes, with `'` written as `'"'"'`.
    public static func quote(_ s: String) -> String {
        if s.isEmpty { return "''" }
        let safe = s.unicodeScalars.allSatisfy { u in
            u.isASCII && (u.properties.isAlphabetic || u.properties.numericType != nil || "@%+=:,./-_".unicodeScalars.contains(u))
        }
        if safe { return s }
        var out = "'"
        for ch in s {
            if ch == "'" { out += "'\"'\"'" } else { out.append(ch) }
        }
        return out + "'"
    }
}
