import ArgumentParser
import SwansibleCore
import Vault

/// The vault options every command takes, as Ansible's commands take them.
struct VaultOptions: ParsableArguments {
    @Option(name: .customLong("vault-id"), help: "A vault identity: [label@]password file, script or 'prompt' (repeatable).")
    var vaultIDs: [String] = []

    @Option(name: .customLong("vault-password-file"), help: "A vault password file or script (repeatable).")
    var vaultPasswordFiles: [String] = []

    @Flag(name: [.customShort("J"), .customLong("ask-vault-pass"), .customLong("ask-vault-password")], help: "Ask for the vault password.")
    var askVaultPass = false

    /// Reads the secrets (and those ansible.cfg names); a bad source is an error, exit 1.
    func install() throws {
        do {
            Vault.secrets = try VaultSecrets.load(ids: vaultIDs, passwordFiles: vaultPasswordFiles, ask: askVaultPass)
        } catch {
            Report.printError("[ERROR]: \(error.message)")
            throw ExitCode(1)
        }
    }
}
