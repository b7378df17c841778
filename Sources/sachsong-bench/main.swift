// sachsong-bench: measurements of sachsong's parts, one subcommand per mode.
//
//     sachsong-bench reader FILE [--chunk-size BYTES]
//     sachsong-bench check PATH... | clean FILE | indicators DIR | reconcile SCHOOL AUTHORITATIVE
//
// Each mode prints one `key=value` line that `bench/run_bench.py` reads and tabulates.
// A new mode is one file with a type conforming to `BenchMode`, listed in `BenchModes.all`.

#if canImport(Glibc)
    import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, name != "-h", name != "--help" else {
    BenchModes.printUsage()
    exit(arguments.isEmpty ? 64 : 0)
}
guard let mode = BenchModes.all.first(where: { $0.name == name }) else {
    BenchModes.fail("unknown mode '\(name)'")
}
do {
    exit(try mode.run(Array(arguments.dropFirst())))
} catch {
    BenchModes.fail("\(name): \(error)")
}
