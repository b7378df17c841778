#ifndef SACHSONG_FUZZ_DRIVER_H
#define SACHSONG_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer). SwiftPM gives every
/// executable target a `main` of its own, so each fuzz target's main.swift calls this instead of
/// relying on libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
