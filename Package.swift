// swift-tools-version:6.0
import PackageDescription

/// Release builds drop the run-time exclusivity checks (swift_beginAccess on every access to a
/// class's stored property): in the per-field and per-row paths they cost about a sixth of the
/// check's time. Debug builds — and so `make test` — keep them, so a violation still traps there.
let hotPathSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "sachsong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sachsong", targets: ["sachsong"]),
        .library(name: "SachSong", targets: ["SachSong"]),
        .library(name: "CSVInput", targets: ["CSVInput"]),
        .library(name: "ExcelInput", targets: ["ExcelInput"])
    ],
    dependencies: [
        // Command-line parsing: typed options, help text and exit codes we would otherwise hand-roll.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The rule profile is YAML; Yams gives line/column marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // .xlsx files are zip archives: ZIPFoundation inflates a sheet entry chunk by chunk
        // (its extract consumer), so a 100,000-row sheet is scanned without being held whole.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // The service's store (`sachsong serve`): SQLite with WAL, migrations and an online backup.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Passwords of the service's accounts, hashed with bcrypt (HummingbirdBcrypt).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // SHA-256 of uploaded files and of API tokens (only their hash is stored).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        // The web service (`sachsong serve run`), and its route tests (HummingbirdTesting).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        // Uploads arrive as multipart/form-data: a streaming parser, so a file goes to disk as it comes.
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        // The service's pages, rendered on the server from templates compiled into the binary.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        .target(
            name: "CSVInput",
            dependencies: ["CLibCSV"],
            swiftSettings: hotPathSettings
        ),
        .systemLibrary(
            name: "CFreeXL",
            path: "Sources/CFreeXL",
            providers: [.apt(["libfreexl-dev"])]
        ),
        .target(
            name: "ExcelInput",
            dependencies: ["CSVInput", "CFreeXL", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: hotPathSettings
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            path: "Sources/CXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "ExcelOutput",
            dependencies: ["CSVInput", "ExcelInput", "CXLSXWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // One C function Swift lacks: a cache prefetch for the key tables (see CPrefetch.h).
        .target(name: "CPrefetch", path: "Sources/CPrefetch"),
        .target(
            name: "SachSong",
            dependencies: ["CSVInput", "ExcelInput", "CPrefetch", .product(name: "Yams", package: "Yams")],
            swiftSettings: hotPathSettings
        ),
        // The synthetic data generator of `sachsong sample` (and the benchmarks): exports shaped as
        // the default profile's record types, with problems planted where each check must find them.
        .target(name: "SachSongSample", dependencies: ["SachSong", "CSVInput"]),
        .target(
            name: "SachSongReport",
            dependencies: ["SachSong", "CSVInput", "ExcelInput", "ExcelOutput"]
        ),
        // The service's side of the engine: the store of schools, accounts, tokens and submissions.
        .target(
            name: "SachSongServer",
            dependencies: [
                "SachSong", "SachSongReport", "ExcelInput", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Mustache", package: "swift-mustache")
            ]
        ),
        .executableTarget(
            name: "sachsong",
            dependencies: [
                "SachSong", "SachSongReport", "SachSongSample", "SachSongServer", "CSVInput", "ExcelInput", "ExcelOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(name: "sachsong-bench", dependencies: ["CSVInput", "SachSong", "SachSongSample"], path: "Sources/sachsong-bench"),
        // `make bench-serve`: the office's pages over a city-sized store, under concurrent analysts.
        .executableTarget(name: "sachsong-serve-bench", dependencies: ["SachSong", "SachSongServer"], path: "Sources/sachsong-serve-bench"),
        .testTarget(name: "CSVInputTests", dependencies: ["CSVInput"]),
        // What both test targets share: the package's fixtures and test date, the built sachsong
        // run as a child, workbooks made and taken apart for comparisons.
        .target(
            name: "TestSupport", dependencies: ["SachSong", "CXLSXWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(
            name: "ExcelInputTests", dependencies: ["ExcelInput", "CSVInput", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "SachSongTests",
            dependencies: [
                "SachSong", "SachSongReport", "CSVInput", "ExcelInput", "ExcelOutput", "CXLSXWriter", "TestSupport", "SachSongSample",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ]),
        .testTarget(
            name: "SachSongServerTests",
            dependencies: [
                "SachSongServer", "SachSong", "SachSongReport", "SachSongSample", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ])
    ]
)
