// swift-tools-version:6.2
import PackageDescription

/// Every target of ours: Swift 6 language mode (strict concurrency) and no warnings.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    // The compiler guards the layering: a file sees only the members of modules it imports itself, and an
    // import is internal unless a public declaration needs it (`public import`).
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let httpClient = Target.Dependency.product(name: "AsyncHTTPClient", package: "async-http-client")
let hummingbird = Target.Dependency.product(name: "Hummingbird", package: "hummingbird")

let package = Package(
    name: "warden",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "warden", targets: ["warden"]),
        .executable(name: "warden-emulator", targets: ["warden-emulator"]),
        .executable(name: "warden-bench", targets: ["warden-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
    ],
    targets: [
        // YAML: Debian's libyaml, and a node tree with line:column on every node.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"], swiftSettings: strict),

        // Work split over the machine's cores, results in order (decoding, planning, rendering).
        .target(name: "Parallel", swiftSettings: strict),

        // The desired-state file: typed model, validation, JSON Schema.
        .target(name: "DesiredState", dependencies: ["YAML", "AWSModel", "Parallel"], swiftSettings: strict),

        // AWS: SigV4, the botocore model subset, and the client layer.
        .target(name: "SigV4", dependencies: [crypto], swiftSettings: strict),
        .target(name: "AWSModel", exclude: ["extract_models.py"], swiftSettings: strict),
        .target(
            name: "AWSCore",
            dependencies: ["SigV4", "AWSModel", httpClient, logging, crypto],
            swiftSettings: strict
        ),

        // The local stand-in for Connect, Roles Anywhere and STS.
        .target(
            name: "Emulator",
            dependencies: ["SigV4", "AWSModel", "YAML", hummingbird, logging, crypto],
            exclude: ["README.md"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "warden-emulator",
            dependencies: ["Emulator", argumentParser],
            swiftSettings: strict
        ),

        // Plans: plain data, and the views that render it.
        .target(name: "Plan", dependencies: ["AWSModel"], swiftSettings: strict),
        .target(name: "Render", dependencies: ["Plan", "AWSModel", "Parallel"], swiftSettings: strict),
        .testTarget(name: "RenderTests", dependencies: ["Render"], exclude: ["Golden"], swiftSettings: strict),

        // Reconcile: resource kinds (one folder each), reader, planner, applier, importer. README.md: adding a kind.
        .target(
            name: "Reconcile",
            dependencies: ["Plan", "AWSModel", "AWSCore", "DesiredState", "YAML", "Parallel", crypto],
            exclude: ["README.md"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ReconcileTests",
            dependencies: ["Reconcile", "DesiredState", "YAML", "Plan", "AWSCore", "AWSModel", "AWSTestSupport"],
            swiftSettings: strict
        ),

        // The command line.
        .target(
            name: "WardenCLI",
            dependencies: [
                "DesiredState", "YAML", "Plan", "Render", "Reconcile", "AWSCore", "AWSModel", logging, argumentParser,
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "warden", dependencies: ["WardenCLI"], swiftSettings: strict),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "WardenCLI", "Reconcile", "Emulator", "Plan", "Render", "AWSCore", "AWSModel", "DesiredState", "YAML",
                "AWSTestSupport", "warden", "warden-emulator", logging,
            ],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: strict
        ),

        .testTarget(name: "YAMLTests", dependencies: ["YAML"], swiftSettings: strict),
        .testTarget(name: "AWSModelTests", dependencies: ["AWSModel"], swiftSettings: strict),
        .testTarget(
            name: "EmulatorTests",
            dependencies: ["Emulator", "SigV4", "AWSModel", "YAML", httpClient],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SigV4Tests",
            dependencies: ["SigV4"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .target(
            name: "AWSTestSupport",
            dependencies: ["AWSCore", "AWSModel", logging],
            path: "Tests/AWSTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "AWSCoreTests",
            dependencies: [
                "AWSCore", "AWSModel", "AWSTestSupport", "SigV4", httpClient, hummingbird,
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DesiredStateTests",
            dependencies: ["DesiredState", "YAML", "Reconcile", "AWSModel"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        // Benchmarks: `make bench` (release build; never part of `make test`).
        .executableTarget(
            name: "warden-bench",
            dependencies: [
                "Emulator", "DesiredState", "Reconcile", "Plan", "Render", "AWSModel", "YAML", "CYAML", argumentParser,
                logging,
            ],
            exclude: ["boto3_baseline.py"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WardenBenchTests",
            dependencies: [
                "warden-bench", "Emulator", "DesiredState", "Reconcile", "Plan", "AWSModel", "AWSCore", "WardenCLI",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WardenCLITests",
            dependencies: ["WardenCLI", "DesiredState", "YAML", "Reconcile", "warden"],
            swiftSettings: strict
        ),
    ]
)
