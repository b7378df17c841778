import FuzzDriver
import Foundation

// Runs libFuzzer over fuzzXLSXReader (see FuzzXLSXReader.swift); arguments are libFuzzer's.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzXLSXReader(data!, size) })
