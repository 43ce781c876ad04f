// swift-tools-version:6.0
import PackageDescription

// The template engine's hot paths: no dynamic exclusivity checks (the engine is single-threaded
// per render and its classes are not shared across threads while rendering).
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

let package = Package(
    name: "swansible",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "swansible", targets: ["swansible"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "SwansibleCore"),
        .target(
            name: "Vault",
            dependencies: [
                "SwansibleCore", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "YAML", dependencies: ["CYAML", "SwansibleCore", "Vault"]),
        .target(name: "Inventory", dependencies: ["YAML", "SwansibleCore", "Vault"]),
        .target(name: "Jinja", dependencies: ["SwansibleCore"], swiftSettings: fast),
        .target(
            name: "Templating",
            dependencies: [
                "Jinja", "YAML", "SwansibleCore", "Vault",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: fast
        ),
        .target(name: "Playbook", dependencies: ["YAML", "SwansibleCore"]),
        .target(name: "Connection", dependencies: ["SwansibleCore"]),
        .target(
            name: "Modules",
            dependencies: ["SwansibleCore", "Templating", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Lab", dependencies: ["Inventory", "SwansibleCore"]),
        .target(
            name: "Executor",
            dependencies: ["Modules", "Connection", "Playbook", "Variables", "Inventory", "Templating", "Jinja", "YAML", "SwansibleCore", "Vault"]
        ),
        .target(
            name: "Variables", dependencies: ["Inventory", "Templating", "Jinja", "Playbook", "YAML", "SwansibleCore", "Vault"],
            swiftSettings: fast),
        .target(name: "Lint", dependencies: ["YAML", "Playbook", "Jinja", "Templating", "Inventory", "SwansibleCore"]),
        .executableTarget(
            name: "swansible",
            dependencies: [
                "Lint", "Inventory", "SwansibleCore", "Templating", "Variables", "Jinja", "Executor", "Lab", "Vault",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "swansible-bench",
            dependencies: ["Inventory", "SwansibleCore", "Templating", "Variables"]
        ),
        .testTarget(
            name: "SwansibleTests",
            dependencies: [
                "SwansibleCore", "YAML", "Inventory", "Jinja", "Templating", "Variables", "Connection", "Modules", "Executor", "Lint",
                "Playbook", "Vault",
            ],
            exclude: [],
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
