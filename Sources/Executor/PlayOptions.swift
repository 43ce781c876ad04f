import Foundation
import SwansibleCore

/// What `swansible play` was asked: ansible-playbook's options.
public struct PlayOptions: Sendable {
    public var playbooks: [String] = []
    public var inventorySources: [String] = []
    public var limit: String?
    public var tags: [String] = []
    public var skipTags: [String] = []
    public var extraVars = ValueDict()
    public var check = false
    public var diff = false
    public var verbosity = 0
    public var forks = 5
    public var remoteUser: String?
    public var connection: String?
    public var become = false
    public var becomeUser: String?
    public var becomeMethod = "sudo"
    public var becomePassword: String?
    public var privateKeyFile: String?
    public var sshCommonArgs: String?
    public var sshExtraArgs: String?
    public var sshArgs: String?
    public var controlPathDir: String?
    public var hostKeyChecking = true
    public var startAtTask: String?
    public var listHosts = false
    public var listTasks = false
    public var listTags = false
    public var syntaxCheck = false
    public var forceHandlers = false
    public var rolesPath: [String] = []
    /// The ansible.cfg in use (`-v` names it).
    public var configFile: String?
    /// Colours on (a terminal, and neither NO_COLOR nor ANSIBLE_NOCOLOR set).
    public var color = false

    public init() {}
}

/// ansible-playbook's exit codes.
public enum PlayExit: Int32, Sendable {
    case ok = 0
    case error = 1
    case hostFailed = 2
    case hostUnreachable = 4
    case badOptions = 5
    case interrupted = 99
    case unexpected = 250
}
