import FuzzDriver
import Foundation

// Runs libFuzzer over LLVMFuzzerTestOneInput (see FuzzCSVReader.swift); arguments are libFuzzer's.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzCSVReader(data!, size) })
