// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Riposte",
    products: [
        .executable(name: "riposte", targets: ["riposte"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // Model, text engine, file formats: Foundation only.
        .target(name: "RiposteCore", exclude: ["Text/Tables/generate.py"]),
        // The only target that imports GRDB or PostgresNIO: one store interface, two databases behind it.
        .target(name: "RiposteStore", dependencies: [
            "RiposteCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API, for the import's hot statements.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "RiposteFeed", dependencies: ["RiposteCore", "RiposteStore"]),
        // The brand's accounts on real networks: mentions in, replies out. The only target that speaks HTTP.
        .target(name: "RiposteConnect", dependencies: [
            "RiposteCore", "RiposteStore", "RiposteFeed",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "RiposteUI", dependencies: ["RiposteCore"]),
        // The only targets that see ncurses.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "RiposteTerminal", dependencies: ["RiposteUI", "CNCursesW"]),
        // Wiring: runs effects against the store and the feed, drives a terminal.
        .target(name: "RiposteApp", dependencies: [
            "RiposteCore", "RiposteStore", "RiposteFeed", "RiposteUI",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Swift's standard library and Foundation linked in, in every build, so that the binary the tests run is the
        // one installed on machines without Swift. Not `swift build --static-swift-stdlib`: that compiles every
        // module against the static SDK, where Swift Testing is missing, so the tests could not be built with it.
        // Compiled against the shared SDK, the code does not name the libraries static Foundation stands on.
        .executableTarget(name: "riposte", dependencies: [
            "RiposteApp", "RiposteTerminal", "RiposteConnect",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], linkerSettings: [.unsafeFlags([
            "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
        ])]),
        .testTarget(name: "RiposteCoreTests", dependencies: [
            "RiposteCore",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], exclude: ["Risk/Evaluation"]),
        // The store tests open the file behind the store to check what it holds.
        // Stores on temporary files, shared by the tests that need one.
        .target(name: "StoreTestSupport", dependencies: ["RiposteStore"], path: "Tests/StoreTestSupport"),
        .testTarget(name: "RiposteStoreTests", dependencies: [
            "RiposteStore", "StoreTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "RiposteFeedTests", dependencies: ["RiposteFeed", "RiposteStore", "StoreTestSupport"]),
        // Against real servers on 127.0.0.1: mastodon-mock from PyPI, and a Bluesky server of our own in Servers/.
        .testTarget(name: "RiposteConnectTests", dependencies: [
            "RiposteConnect", "RiposteStore", "StoreTestSupport",
        ], exclude: ["Servers"]),
        .testTarget(name: "RiposteUITests", dependencies: ["RiposteUI", "RiposteApp", "RiposteFeed"]),
        // Drives the built binary in tmux; reads the store it wrote to check what happened, and writes it behind
        // Riposte's back to see that Riposte notices.
        .testTarget(name: "EndToEndTests", dependencies: [
            "RiposteCore", "RiposteStore", "StoreTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
