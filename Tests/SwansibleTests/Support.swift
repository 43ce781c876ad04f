import Foundation
import SwansibleCore

/// Paths and process helpers shared by the tests.
enum TestSupport {
    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// The built `swansible` executable beside the test bundle.
    static var swansible: URL {
        var dir = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dir = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = dir.appendingPathComponent("swansible")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return root.appendingPathComponent(".build/debug/swansible")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs swansible with arguments in a directory.
    static func run(_ args: [String], in dir: URL, environment: [String: String] = [:]) throws -> Run {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ANSIBLE_INVENTORY")
        for (k, v) in environment { env[k] = v }
        let r = try ProcessRunner.runBlocking(swansible.path, args, environment: env, directory: dir.path)
        return Run(status: r.status, stdout: r.stdoutText, stderr: r.stderrText)
    }

    /// A short line-by-line account of where two texts differ.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(a.count, b.count) where out.count < 12 {
            let x = i < a.count ? String(a[i]) : "<none>"
            let y = i < b.count ? String(b[i]) : "<none>"
            if x != y { out.append("line \(i + 1):\n  expected: \(x)\n  actual:   \(y)") }
        }
        return out.joined(separator: "\n")
    }
}
