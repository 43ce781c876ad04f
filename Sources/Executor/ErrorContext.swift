import Foundation
import SwansibleCore

/// Ansible's `Origin: file:line:col` with the two lines before and a column marker.
enum ErrorContext {
    static func origin(_ location: SourceLocation) -> String {
        let path = URL(fileURLWithPath: location.file).absoluteURL.standardized.path
        // a file alone when the line is not known, as Ansible names a template
        guard location.line >= 1 else { return "Origin: \(path)" }
        var out = "Origin: \(path):\(location.line):\(location.column)"
        guard let text = try? String(contentsOfFile: location.file, encoding: .utf8), location.line >= 1 else { return out }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard location.line <= lines.count else { return out }
        let first = max(0, location.line - 1 - 2)
        let width = String(location.line).count
        let maxLen = 120 - width - 1
        var annotated: [String] = []
        var usable = maxLen
        for n in first..<location.line {
            var line = lines[n].replacingOccurrences(of: "\t", with: " ")
            if line.hasSuffix("\r") { line.removeLast() }
            if line.count > maxLen {
                line = String(line.prefix(maxLen - 3)) + "..."
                usable = maxLen - 3
            }
            let label = String(n + 1)
            annotated.append(String(repeating: " ", count: width - label.count) + label + (line.isEmpty ? "" : " ") + line)
        }
        let col = location.column
        if col >= 1 && usable >= col {
            var marker = "column \(col)"
            let idx = col - 1
            if idx + 2 + marker.count > maxLen {
                marker = String(repeating: " ", count: max(0, idx - marker.count - 1)) + marker + " ^"
            } else {
                marker = String(repeating: " ", count: idx) + "^ " + marker
            }
            annotated.append(String(repeating: " ", count: width) + " " + marker)
        }
        out += "\n\n" + annotated.joined(separator: "\n")
        return out
    }
}
