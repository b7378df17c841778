// swift-tools-version:6.0
// libFuzzer targets for sachsong — a package of its own so that a plain `swift build` / `swift test`
// of the main package never sees a target without `main`. Build and run with `make fuzz`
// (mk/hardening.mk); by hand:
//   swift build --package-path fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address
//   .build-fuzz/debug/FuzzCSVReader fuzz/corpus/FuzzCSVReader -max_total_time=600
import Foundation
import PackageDescription

// The main package is the parent folder; a path dependency's identity is its folder name.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let mainIdentity = mainPackage.lastPathComponent.lowercased()

let package = Package(
    name: "sachsong-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: mainPackage.path),
        // FuzzXLSXReader packs each input into a zip (the same copy the main package uses).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for the targets' main.swift.
        .target(name: "FuzzDriver"),
        // (a) bytes → CSVReader/CSVTable: encoding detection, transcoding, delimiter sniffing, libcsv glue.
        .executableTarget(name: "FuzzCSVReader", dependencies: ["FuzzDriver", .product(name: "CSVInput", package: mainIdentity)]),
        // (b) YAML text → the rule loader (record type, profile, list, criteria files; whole folder).
        .executableTarget(name: "FuzzRules", dependencies: ["FuzzDriver", .product(name: "SachSong", package: mainIdentity)]),
        // (c) bytes as a one-file input → header mapping, record type detection and every check.
        .executableTarget(
            name: "FuzzCheck",
            dependencies: [
                "FuzzDriver",
                .product(name: "SachSong", package: mainIdentity), .product(name: "CSVInput", package: mainIdentity)
            ]),
        // (d) a valid .xlsx package with one part (sheet, shared strings, workbook, relationships,
        // styles) replaced by the input: damaged XML inside a good zip → XLSXReader.
        .executableTarget(
            name: "FuzzXLSXReader",
            dependencies: [
                "FuzzDriver", .product(name: "ExcelInput", package: mainIdentity), .product(name: "CSVInput", package: mainIdentity),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ]),
        // (e) the stream of the `.xls` reader process (libfreexl runs in a process of its own, see
        // docs/xls-isolation.md) → its decoder and XLSReader, the code that meets it in sachsong.
        .executableTarget(
            name: "FuzzXLSStream",
            dependencies: [
                "FuzzDriver", .product(name: "ExcelInput", package: mainIdentity), .product(name: "CSVInput", package: mainIdentity)
            ])
    ]
)
