import FuzzDriver
import Foundation

// Runs libFuzzer over LLVMFuzzerTestOneInput (see FuzzXLSStream.swift); arguments are libFuzzer's.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzXLSStream(data!, size) })
