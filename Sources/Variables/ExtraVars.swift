import Foundation
import SwansibleCore
import YAML

/// `-e` values: `key=value` pairs, inline YAML or JSON, or `@file`.
public enum ExtraVars {
    public struct ExtraVarsError: Error, DiagnosticConvertible {
        public var diagnostic: Diagnostic
    }

    public static func parse(_ items: [String]) throws(ExtraVarsError) -> ValueDict {
        var out = ValueDict()
        for item in items {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("@") {
                let path = String(trimmed.dropFirst())
                do {
                    let (v, _) = try YAMLLoader.loadFile(path)
                    guard case .dict(let d) = v else {
                        throw ExtraVarsError(
                            diagnostic: Diagnostic(
                                .error, "extra vars file '\(path)' must hold a mapping", at: SourceLocation(file: path, line: 1, column: 1))
                        )
                    }
                    out.update(d)
                } catch let e as ExtraVarsError {
                    throw e
                } catch let e as YAMLError {
                    throw ExtraVarsError(diagnostic: e.diagnostic)
                } catch {
                    throw ExtraVarsError(diagnostic: Diagnostic(.error, "cannot read extra vars file '\(path)'"))
                }
            } else if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
                do {
                    let (v, _) = try YAMLLoader.load(trimmed, path: "<extra vars>")
                    guard case .dict(let d) = v else {
                        throw ExtraVarsError(diagnostic: Diagnostic(.error, "extra vars must be a mapping: \(item)"))
                    }
                    out.update(d)
                } catch let e as ExtraVarsError {
                    throw e
                } catch {
                    throw ExtraVarsError(diagnostic: Diagnostic(.error, "invalid extra vars: \(item)"))
                }
            } else {
                for (k, v) in try keyValues(trimmed) { out[string: k] = .string(v) }
            }
        }
        return out
    }

    /// Ansible's `parse_kv`: `a=1 b="two words"` (values stay strings).
    static func keyValues(_ s: String) throws(ExtraVarsError) -> [(String, String)] {
        let words: [String]
        do {
            words = try ShellWords.split(s)
        } catch {
            throw ExtraVarsError(diagnostic: Diagnostic(.error, "invalid extra vars '\(s)': \(error.message)"))
        }
        var out: [(String, String)] = []
        for w in words {
            guard let eq = w.firstIndex(of: "=") else {
                throw ExtraVarsError(diagnostic: Diagnostic(.error, "invalid extra vars '\(s)': expected key=value, got '\(w)'"))
            }
            out.append((String(w[..<eq]), String(w[w.index(after: eq)...])))
        }
        return out
    }
}
