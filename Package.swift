// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sachsong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sachsong", targets: ["sachsong"]),
        .library(name: "SachSong", targets: ["SachSong"]),
        .library(name: "CSVInput", targets: ["CSVInput"]),
    ],
    dependencies: [
        // Command-line parsing: typed options, help text and exit codes we would otherwise hand-roll.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The rule profile is YAML; Yams gives line/column marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        .target(
            name: "CSVInput",
            dependencies: ["CLibCSV"]
        ),
        .target(
            name: "SachSong",
            dependencies: ["CSVInput", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SachSongReport",
            dependencies: ["SachSong", "CSVInput"]
        ),
        .executableTarget(
            name: "sachsong",
            dependencies: [
                "SachSong", "SachSongReport", "CSVInput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sachsong-bench", dependencies: ["CSVInput"], path: "Sources/sachsong-bench"),
        .testTarget(name: "CSVInputTests", dependencies: ["CSVInput"]),
        .testTarget(name: "SachSongTests", dependencies: ["SachSong", "SachSongReport", "CSVInput"]),
    ]
)
