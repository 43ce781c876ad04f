import Crypto
import Foundation
import SwansibleCore
import _CryptoExtras

/// A vault password, with the vault id it was given under (`default` when none).
public struct VaultSecret: Sendable {
    public var id: String
    public var password: [UInt8]

    public init(id: String = "default", password: [UInt8]) {
        self.id = id
        self.password = password
    }
}

public struct VaultError: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Ansible Vault's format 1.1/1.2 (AES256): PBKDF2-HMAC-SHA256 (10000 rounds) gives the AES
/// key, the HMAC key and the counter; AES-256-CTR over the PKCS#7-padded text, HMAC-SHA256 over
/// the ciphertext, everything hexlified twice and cut at 80 columns.
public enum Vault {
    static let stored = Locked<[VaultSecret]>([])

    /// The secrets the command line (or ansible.cfg) gave, tried in order.
    public static var secrets: [VaultSecret] {
        get { stored.value }
        set { stored.value = newValue }
    }

    public static func isEncrypted(_ text: String) -> Bool { text.hasPrefix("$ANSIBLE_VAULT;") }

    static func unhexlify(_ s: some Collection<UInt8>) throws(VaultError) -> [UInt8] {
        let digits = Array(s)
        guard digits.count % 2 == 0 else { throw VaultError("Vault format unhexlify error: Odd-length string") }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        func nibble(_ c: UInt8) throws(VaultError) -> UInt8 {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: throw VaultError("Vault format unhexlify error: Non-hexadecimal digit found")
            }
        }
        var i = 0
        while i < digits.count {
            out.append(try nibble(digits[i]) << 4 | nibble(digits[i + 1]))
            i += 2
        }
        return out
    }

    static func hexlify(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let table = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(table[Int(b >> 4)])
            out.append(table[Int(b & 15)])
        }
        return out
    }

    /// The AES key, the HMAC key and the initial counter.
    static func keys(_ password: [UInt8], _ salt: [UInt8]) throws(VaultError) -> (SymmetricKey, SymmetricKey, [UInt8]) {
        let derived: SymmetricKey
        do {
            derived = try KDF.Insecure.PBKDF2.deriveKey(
                from: password, salt: salt, using: .sha256, outputByteCount: 80, unsafeUncheckedRounds: 10000)
        } catch {
            throw VaultError("key derivation failed: \(error)")
        }
        let bytes = derived.withUnsafeBytes { Array($0) }
        return (SymmetricKey(data: bytes[0..<32]), SymmetricKey(data: bytes[32..<64]), Array(bytes[64..<80]))
    }

    /// The plaintext of vault text (a `!vault` value or a whole file).
    public static func decrypt(_ text: String, secrets given: [VaultSecret]? = nil) throws(VaultError) -> String {
        let secrets = given ?? self.secrets
        let lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first else { throw VaultError("Input is not vault encrypted data.") }
        let fields = header.trimmingCharacters(in: .whitespaces).split(separator: ";").map(String.init)
        guard fields.count >= 3, fields[0] == "$ANSIBLE_VAULT" else { throw VaultError("Input is not vault encrypted data.") }
        guard fields[2] == "AES256" else { throw VaultError("\(fields[2]) cipher could not be found") }
        let vaultID = fields.count > 3 ? fields[3] : nil
        guard !secrets.isEmpty else { throw VaultError("Attempting to decrypt but no vault secrets found") }
        let body = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let inner = try unhexlify(Array(body.utf8))
        let parts = inner.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw VaultError("Vault format unhexlify error: ciphertext has the wrong shape") }
        let salt = try unhexlify(parts[0])
        let mac = try unhexlify(parts[1])
        let ciphertext = try unhexlify(parts[2])
        // secrets of the vault's id first, then the others
        let ordered = secrets.filter { $0.id == vaultID } + secrets.filter { $0.id != vaultID }
        for secret in ordered {
            let (aesKey, macKey, counter) = try keys(secret.password, salt)
            guard HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: ciphertext, using: macKey) else { continue }
            let padded: [UInt8]
            do {
                padded = Array(try AES._CTR.decrypt(ciphertext, using: aesKey, nonce: try AES._CTR.Nonce(nonceBytes: counter)))
            } catch {
                continue
            }
            guard let pad = padded.last, pad >= 1, pad <= 16, Int(pad) <= padded.count else { continue }
            return String(decoding: padded.dropLast(Int(pad)), as: UTF8.self)
        }
        throw VaultError("Decryption failed (no vault secrets were found that could decrypt)")
    }

    /// Vault text for a plaintext: random 32 bytes of salt unless one is given (the `vault`
    /// filter's `salt` is its own bytes); format 1.2 with a vault id other than `default`.
    public static func encrypt(_ plaintext: String, secret: VaultSecret, salt: [UInt8]? = nil, vaultID: String? = nil) throws(VaultError)
        -> String
    {
        let saltBytes = salt ?? (0..<32).map { _ in UInt8.random(in: 0...255) }
        guard !saltBytes.isEmpty else { throw VaultError("Empty or invalid salt passed to encrypt()") }
        let (aesKey, macKey, counter) = try keys(secret.password, saltBytes)
        var data = Array(plaintext.utf8)
        let pad = 16 - data.count % 16
        data += [UInt8](repeating: UInt8(pad), count: pad)
        let ciphertext: [UInt8]
        do {
            ciphertext = Array(try AES._CTR.encrypt(data, using: aesKey, nonce: try AES._CTR.Nonce(nonceBytes: counter)))
        } catch {
            throw VaultError("Unable to encrypt: \(error)")
        }
        let mac = Array(HMAC<SHA256>.authenticationCode(for: ciphertext, using: macKey))
        let inner = hexlify(saltBytes) + [UInt8(ascii: "\n")] + hexlify(mac) + [UInt8(ascii: "\n")] + hexlify(ciphertext)
        let outer = hexlify(inner)
        var header = "$ANSIBLE_VAULT;1.1;AES256"
        if let vaultID, vaultID != "default" { header = "$ANSIBLE_VAULT;1.2;AES256;\(vaultID)" }
        var lines = [header]
        var i = 0
        while i < outer.count {
            lines.append(String(decoding: outer[i..<min(i + 80, outer.count)], as: UTF8.self))
            i += 80
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every `!vault` value inside a value decrypted with the secrets there are (as the value a
    /// task or template sees); with no secrets the value stays as it is.
    public static func reveal(_ v: Value) throws(VaultError) -> Value {
        switch v {
        case .vault(let c): return .string(try decrypt(c))
        case .list(let l):
            guard l.contains(where: holdsVault) else { return v }
            return .list(try l.map { (x: Value) throws(VaultError) -> Value in try reveal(x) })
        case .tuple(let l):
            guard l.contains(where: holdsVault) else { return v }
            return .tuple(try l.map { (x: Value) throws(VaultError) -> Value in try reveal(x) })
        case .dict(let d):
            guard d.values.contains(where: holdsVault) else { return v }
            var out = ValueDict()
            for (k, x) in d.items { out[k] = try reveal(x) }
            return .dict(out)
        default: return v
        }
    }

    public static func holdsVault(_ v: Value) -> Bool {
        switch v {
        case .vault: return true
        case .list(let l), .tuple(let l): return l.contains(where: holdsVault)
        case .dict(let d): return d.values.contains(where: holdsVault)
        default: return false
        }
    }
}

/// Where vault passwords come from: `--vault-id [label@]source`, `--vault-password-file`,
/// `--ask-vault-pass`, and ansible.cfg's `vault_identity_list` and `vault_password_file` (or
/// their ANSIBLE_* variables). A source is a file (its text, stripped), an executable (what it
/// prints, stripped) or `prompt`.
public enum VaultSecrets {
    public static func load(ids: [String], passwordFiles: [String], ask: Bool, config: AnsibleConfig = AnsibleConfig()) throws(VaultError)
        -> [VaultSecret]
    {
        var entries: [(String, String)] = []
        for id in ids + (config["defaults.vault_identity_list"].map { $0.split(separator: ",").map(String.init) } ?? []) {
            let trimmed = id.trimmingCharacters(in: .whitespaces)
            if let at = trimmed.firstIndex(of: "@") {
                entries.append((String(trimmed[..<at]), String(trimmed[trimmed.index(after: at)...])))
            } else {
                entries.append(("default", trimmed))
            }
        }
        for file in passwordFiles { entries.append(("default", file)) }
        if ask { entries.append(("default", "prompt")) }
        if let file = config.paths("defaults.vault_password_file")?.first { entries.append(("default", file)) }
        var out: [VaultSecret] = []
        for (label, source) in entries {
            out.append(VaultSecret(id: label, password: try password(label, source)))
        }
        return out
    }

    static func password(_ label: String, _ source: String) throws(VaultError) -> [UInt8] {
        if source == "prompt" || source == "prompt_ask_vault_pass" {
            let prompt = label == "default" ? "Vault password: " : "Vault password (\(label)): "
            guard isatty(STDIN_FILENO) != 0, let p = getpass(prompt) else {
                throw VaultError("a vault password was asked for, but there is no terminal to ask it on")
            }
            return Array(String(cString: p).utf8)
        }
        let path = NSString(string: source).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw VaultError("The vault password file \(path) was not found")
        }
        let text: String
        if FileManager.default.isExecutableFile(atPath: path) {
            let name = (path as NSString).lastPathComponent
            let args = name.contains("-client") ? ["--vault-id", label] : []
            let run: ExecResult
            do {
                run = try ProcessRunner.runBlocking(path, args)
            } catch {
                throw VaultError(
                    "Problem running vault password script \(path) (\(error)). If this is not a script, remove the executable bit from the file."
                )
            }
            guard run.status == 0 else {
                throw VaultError("Vault password script \(path) returned non-zero (\(run.status)): \(run.stderrText)")
            }
            text = run.stdoutText
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw VaultError("Could not read vault password file \(path)")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let stripped = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !stripped.isEmpty else { throw VaultError("Invalid vault password was provided from file (\(path))") }
        return Array(stripped.utf8)
    }
}
