#!/usr/bin/env python3
"""Runs the reader benchmark and prints one table: Swift CSVReader beside raw libcsv.

    python3 bench/run_bench.py --file bench/out/students-1m.csv \
        --raw bench/out/raw_libcsv --swift .build-bench/release/sachsong-bench [--runs 3] [--strict]

Each program prints one `key=value` line (bytes, rows, fields, seconds, peak_kib, checksum).
Runs alternate between the programs after one warm-up read of the file (page cache); the best
time of each is kept, with its own peak memory. Both must report the same rows, fields and
checksum, or the comparison is void and the script fails. Dev-only: Python 3 standard library.

Targets (issue 2, point 8): Swift reader at least 70 % of raw libcsv throughput, and peak
memory under 50 MB. With --strict a missed target exits with status 1.
"""

import argparse
import os
import subprocess
import sys

RATIO_TARGET = 0.70
PEAK_TARGET_MB = 50.0  # 10^6 bytes, as in the issue


def run(command):
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    line = done.stdout.strip().splitlines()[-1]
    fields = dict(part.split("=", 1) for part in line.split())
    for key in ("bytes", "rows", "fields", "peak_kib"):
        fields[key] = int(fields[key])
    fields["seconds"] = float(fields["seconds"])
    return fields


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} CPU(s) (nproc {len(os.sched_getaffinity(0))}), {cpu}"


def warm(path):
    with open(path, "rb") as f:
        while f.read(1 << 20):
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", required=True)
    parser.add_argument("--raw", required=True, help="compiled bench/raw_libcsv.c")
    parser.add_argument("--swift", required=True, help="sachsong-bench executable")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chunk-size", type=int, default=1 << 20)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    commands = {
        "raw libcsv (C)": [args.raw, args.file, str(args.chunk_size)],
        "CSVReader (Swift)": [args.swift, "reader", args.file, "--chunk-size", str(args.chunk_size)],
    }
    warm(args.file)
    best = {}
    for _ in range(args.runs):
        for name, command in commands.items():
            result = run(command)
            if name not in best or result["seconds"] < best[name]["seconds"]:
                best[name] = result

    raw, swift = best["raw libcsv (C)"], best["CSVReader (Swift)"]
    size_mb = raw["bytes"] / 1e6
    print(f"machine: {machine()}")
    print(f"file:    {args.file}: {size_mb:.1f} MB, {raw['rows']:,} records "
          f"(header included), {raw['fields']:,} fields; chunk {args.chunk_size:,} bytes; "
          f"best of {args.runs} runs")
    print()
    print(f"{'name':<20} {'MB/s':>8} {'rows/s':>12} {'seconds':>8} {'peak MB':>8} {'vs raw':>7}")
    for name, r in best.items():
        mb_s = r["bytes"] / 1e6 / r["seconds"]
        rows_s = r["rows"] / r["seconds"]
        ratio = raw["seconds"] / r["seconds"]
        peak_mb = r["peak_kib"] * 1024 / 1e6
        print(f"{name:<20} {mb_s:>8.1f} {rows_s:>12,.0f} {r['seconds']:>8.3f} {peak_mb:>8.1f} {ratio:>6.0%}")
    print("(MB = 10^6 bytes; peak = VmHWM, resident high-water mark of the whole process)")
    print()

    if (swift["rows"], swift["fields"], swift["checksum"]) != (raw["rows"], raw["fields"], raw["checksum"]):
        print(f"MISMATCH: raw {raw['rows']} rows / {raw['fields']} fields / checksum {raw['checksum']}, "
              f"swift {swift['rows']} / {swift['fields']} / {swift['checksum']}: the two did not read the same "
              f"fields", file=sys.stderr)
        return 2
    ratio = raw["seconds"] / swift["seconds"]
    peak_mb = swift["peak_kib"] * 1024 / 1e6
    ratio_ok = ratio >= RATIO_TARGET
    peak_ok = peak_mb < PEAK_TARGET_MB
    print(f"target throughput ≥ {RATIO_TARGET:.0%} of raw libcsv: {ratio:.0%}  {'ok' if ratio_ok else 'MISSED'}")
    print(f"target peak memory < {PEAK_TARGET_MB:.0f} MB:           {peak_mb:.1f} MB  {'ok' if peak_ok else 'MISSED'}")
    if args.strict and not (ratio_ok and peak_ok):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
