import Foundation
import SwansibleCore
import Vault

/// Loading YAML files and text into values, as Ansible's `DataLoader` does.
public enum YAMLLoader {
    /// The value of the single document in `text` (None when empty), and its warnings.
    /// Like Ansible's `from_yaml`, text that is valid JSON is read as JSON first.
    public static func load(_ text: String, path: String) throws(YAMLError) -> (Value, [Diagnostic]) {
        if let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "["), let value = JSONReader.parse(text)
        {
            return (value, [])
        }
        guard let node = try YAMLComposer.compose(text, path: path) else { return (.null, []) }
        var constructor = YAMLConstructor(source: SourceText(path: path, text: text))
        let value = try constructor.construct(node)
        return (value, constructor.warnings)
    }

    /// The text of a file, or a located error.
    public static func read(_ path: String) throws(YAMLError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw YAMLError(.unreadable, Diagnostic(.error, "could not read '\(path)'", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw YAMLError(
                .unreadable, Diagnostic(.error, "'\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        // a whole file encrypted with ansible-vault
        if Vault.isEncrypted(text) {
            do {
                return try Vault.decrypt(text)
            } catch {
                throw YAMLError(
                    .unreadable, Diagnostic(.error, "\(error.message) (\(path))", at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        return text
    }

    /// The value of a YAML (or JSON) file.
    public static func loadFile(_ path: String) throws(YAMLError) -> (Value, [Diagnostic]) {
        try load(try read(path), path: path)
    }
}
