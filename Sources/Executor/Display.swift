import Foundation
import SwansibleCore

/// Ansible's `Display`: lines to standard output (or a sink in tests), banners, colours, and
/// errors and warnings shown once each.
public final class Display: @unchecked Sendable {
    public let verbosity: Int
    public let color: Bool
    let sink: @Sendable (String, Bool) -> Void
    let lock = NSLock()
    var shownErrors: Set<String> = []
    /// Ansible's screen width when not on a terminal.
    let columns = 79

    /// `sink(text, toStderr)` receives each line with its newline.
    public init(verbosity: Int, color: Bool, sink: @escaping @Sendable (String, Bool) -> Void) {
        self.verbosity = verbosity
        self.color = color
        self.sink = sink
    }

    /// Standard output and standard error of the process.
    public static func standard(verbosity: Int, color: Bool) -> Display {
        Display(verbosity: verbosity, color: color) { text, stderr in
            (stderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
        }
    }

    public enum Color: String, Sendable {
        case ok = "0;32"
        case changed = "0;33"
        case error = "0;31"
        case skip = "0;36"
        case unreachable = "1;31"
        case warn = "1;35"
        case debug = "0;90"
        case highlight = "1;37"
        case diffAdd = "0;32 "
        case diffRemove = "0;31 "
        case diffLines = "0;36 "
    }

    func colored(_ text: String, _ c: Color?) -> String {
        guard color, let c else { return text }
        let code = c.rawValue.trimmingCharacters(in: .whitespaces)
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    public func display(_ text: String, color c: Color? = nil, stderr: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        // as Display.display: one final newline is taken off, each line coloured, one put back
        var body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if color, c != nil {
            body = body.split(separator: "\n", omittingEmptySubsequences: false).map { colored(String($0), c) }.joined(separator: "\n")
        }
        sink(body + "\n", stderr)
    }

    /// `PLAY [x] *****...`: a blank line, the text, stars to column 79 (at least 3).
    public func banner(_ text: String, color c: Color? = nil) {
        let msg = text.trimmingCharacters(in: .whitespaces)
        let stars = max(3, columns - Display.width(msg))
        display("\n\(msg) " + String(repeating: "*", count: stars), color: c)
    }

    /// The printed width of text (wide East Asian characters count twice).
    static func width(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark { continue }
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            n += wide ? 2 : 1
        }
        return n
    }

    /// `[ERROR]: ...` (shown once per text): a message of several lines ends with a blank line.
    public func error(_ text: String, stderr: Bool = true) {
        var msg = text.trimmingCharacters(in: .whitespacesAndNewlines)
        msg += msg.contains("\n") ? "\n\n" : "\n"
        lock.lock()
        let fresh = shownErrors.insert("E" + msg).inserted
        lock.unlock()
        guard fresh else { return }
        display("[ERROR]: " + msg, color: .error, stderr: stderr)
    }

    /// `[WARNING]: ...` (shown once per text).
    public func warning(_ text: String) {
        lock.lock()
        let fresh = shownErrors.insert("W" + text).inserted
        lock.unlock()
        guard fresh else { return }
        display("[WARNING]: " + text, color: .warn, stderr: true)
    }
}
