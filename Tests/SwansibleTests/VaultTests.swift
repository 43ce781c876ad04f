import Foundation
import SwansibleCore
import Testing
import Vault

/// Ansible Vault texts made by ansible-vault 2.21 (Tests/Fixtures/play/cases/84-vault) open with
/// their password and not with another; a 1.2 vault id is preferred; what swansible encrypts
/// opens again.
struct VaultTests {
    static let dir = TestSupport.fixtures.appendingPathComponent("play/cases/84-vault")

    @Test func opensWhatAnsibleVaultWrote() throws {
        let text = try String(contentsOf: VaultTests.dir.appendingPathComponent("secret_vars.yml"), encoding: .utf8)
        let good = VaultSecret(password: Array("correct horse battery staple".utf8))
        let bad = VaultSecret(password: Array("wrong".utf8))
        #expect(try Vault.decrypt(text, secrets: [good]) == "files_secret: from an encrypted vars file\n")
        #expect(try Vault.decrypt(text, secrets: [bad, good]) == "files_secret: from an encrypted vars file\n")
        #expect(throws: VaultError.self) { try Vault.decrypt(text, secrets: [bad]) }
        #expect(throws: VaultError.self) { try Vault.decrypt(text, secrets: []) }
    }

    @Test func roundTripWithVaultIDs() throws {
        let a = VaultSecret(id: "dev", password: Array("one".utf8))
        let b = VaultSecret(id: "prod", password: Array("two".utf8))
        let text = try Vault.encrypt("multi\nline ünïcödé", secret: b, vaultID: "prod")
        #expect(text.hasPrefix("$ANSIBLE_VAULT;1.2;AES256;prod\n"))
        #expect(try Vault.decrypt(text, secrets: [a, b]) == "multi\nline ünïcödé")
        let plain = try Vault.encrypt("", secret: a)
        #expect(plain.hasPrefix("$ANSIBLE_VAULT;1.1;AES256\n"))
        #expect(try Vault.decrypt(plain, secrets: [a]) == "")
    }
}
