#!/usr/bin/env python3
"""Runs sachsong's benchmarks and prints one table beside raw libcsv.

    python3 bench/run_bench.py --file bench/out/sample-1m/truong_001_thcs/hoc_sinh.csv \
        --reference bench/out/sample-1m-ref/truong_001_thcs/hoc_sinh.csv --district bench/out/district-50 \
        --small bench/out/sample-2k/truong_001_thcs/hoc_sinh.csv --raw bench/out/raw_libcsv \
        --swift .build-bench/release/sachsong-bench --sachsong .build-bench/release/sachsong [--runs 3] [--strict]

Modes (each a separate process printing one `key=value` line: bytes, rows, seconds, peak_kib):
  raw libcsv   bench/raw_libcsv.c: libcsv alone, touching every field (the baseline)
  reader       CSVReader: the same reading in Swift (fields, checksum must agree with raw)
  check        RunChecker with the default rules on the student file (what `sachsong check` does,
               without rendering)
  clean        Cleaner on the student file, output serialised and discarded
  indicators   IndicatorRunner on a 50-school district folder (every record type)
  reconcile    Reconciler on the student file against the same students from another export
               (two files of N rows each; rows = both)
  check (CLI)  `sachsong check FILE --format json --output /dev/null` on the student file: the whole
               process as a user runs it (rules loaded, report rendered), wall time
  annotate (xlsx)  `sachsong check WORKBOOK --annotate OUT.xlsx` on the 100,000-row workbook: the
               whole process (check, then the sheet rewritten with fills and comments), wall time
               and the process's own peak memory
  clean (xlsx) `sachsong clean WORKBOOK --output OUT.xlsx`: the workbook edited in place, likewise
  start-up     `sachsong check` (the release executable, text report to /dev/null) on a 2,000-row
               school export: wall time of the whole process

Runs alternate between the modes after one warm-up read of each file (page cache); the best time of
each is kept with its own peak memory. The ratio is throughput (MB/s) against raw libcsv on the
student file. Dev-only: Python 3 standard library.

Targets: reader ≥ 70 % of raw libcsv; check ≥ 50 % of raw libcsv; check peak < 200 MB.
With --strict a missed target exits with status 1.
"""

import argparse
import os
import subprocess
import sys
import time

READER_TARGET = 0.70
CHECK_TARGET = 0.50
CHECK_PEAK_MB = 200.0  # 10^6 bytes


def run(command):
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    line = done.stdout.strip().splitlines()[-1]
    fields = dict(part.split("=", 1) for part in line.split())
    for key in ("bytes", "rows", "peak_kib"):
        fields[key] = int(fields[key])
    fields["seconds"] = float(fields["seconds"])
    return fields


def process(command, size, rows):
    """Runs a whole sachsong process; its wall time and its own peak resident memory (wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: exit {code}")
    return {"bytes": size, "rows": rows, "seconds": seconds, "peak_kib": usage.ru_maxrss}


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            memory = f", {int(info.readline().split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    return f"{os.cpu_count()} CPU(s) (nproc {len(os.sched_getaffinity(0))}), {cpu}{memory}"


def warm(path):
    paths = [path]
    if os.path.isdir(path):
        paths = [os.path.join(d, f) for d, _, files in os.walk(path) for f in files]
    for p in paths:
        with open(p, "rb") as f:
            while f.read(1 << 20):
                pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", required=True, help="the student file")
    parser.add_argument("--reference", required=True, help="the same students, another export (reconcile)")
    parser.add_argument("--district", required=True, help="a district folder (indicators)")
    parser.add_argument("--small", required=True, help="a 2,000-row school export (start-up)")
    parser.add_argument("--workbook", help="a 100,000-row .xlsx student export (check on a workbook)")
    parser.add_argument("--raw", required=True, help="compiled bench/raw_libcsv.c")
    parser.add_argument("--swift", required=True, help="sachsong-bench executable")
    parser.add_argument("--sachsong", required=True, help="sachsong executable (release)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--chunk-size", type=int, default=1 << 20)
    parser.add_argument("--only", nargs="*", help="run only these modes")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    commands = {
        "raw libcsv (C)": [args.raw, args.file, str(args.chunk_size)],
        "reader": [args.swift, "reader", args.file, "--chunk-size", str(args.chunk_size)],
        "check": [args.swift, "check", args.file],
        "clean": [args.swift, "clean", args.file],
        "indicators": [args.swift, "indicators", args.district],
        "reconcile": [args.swift, "reconcile", args.file, args.reference],
    }
    if args.workbook:
        commands["check (xlsx)"] = [args.swift, "check", args.workbook]
        # The clerk's own workbook back: the whole CLI, the 100,000-row sheet streamed through.
        out = os.path.join(os.path.dirname(args.workbook), "bench-out.xlsx")
        size = os.path.getsize(args.workbook)
        commands["annotate (xlsx)"] = ("cli", [args.sachsong, "check", args.workbook, "--as-of", "2026-06-01",
                                               "--output", os.devnull, "--annotate", out], size)
        commands["clean (xlsx)"] = ("cli", [args.sachsong, "clean", args.workbook, "--output", out], size)
    if args.only:
        commands = {k: v for k, v in commands.items() if k == "raw libcsv (C)" or k in args.only}
    for path in (args.file, args.reference, args.district, args.small) + ((args.workbook,) if args.workbook else ()):
        warm(path)
    best = {}
    for _ in range(args.runs):
        for name, command in commands.items():
            result = process(command[1], command[2], 100_000) if command[0] == "cli" else run(command)
            if name not in best or result["seconds"] < best[name]["seconds"]:
                best[name] = result
    startup = min(wall([args.sachsong, "check", args.small, "--as-of", "2026-06-01", "--fail-on", "never",
                        "--output", os.devnull]) for _ in range(args.startup_runs))
    small_rows = sum(1 for _ in open(args.small, "rb")) - 1
    # The same check as a user runs it: the whole process, rules loaded, JSON report written.
    cli = None
    if "check" in commands:
        cli = min(wall([args.sachsong, "check", args.file, "--as-of", "2026-06-01", "--fail-on", "never",
                        "--format", "json", "--output", os.devnull]) for _ in range(args.runs))

    raw = best["raw libcsv (C)"]
    raw_mb_s = raw["bytes"] / 1e6 / raw["seconds"]
    print(f"machine: {machine()}")
    print(f"student file: {args.file}: {raw['bytes'] / 1e6:.1f} MB, {raw['rows']:,} records (header included); "
          f"district: {args.district} ({best['indicators']['bytes'] / 1e6:.1f} MB)" if "indicators" in best else "")
    print(f"best of {args.runs} runs; chunk {args.chunk_size:,} bytes; start-up best of {args.startup_runs}")
    print()
    print(f"{'mode':<16} {'input':>9} {'rows':>11} {'seconds':>8} {'MB/s':>8} {'rows/s':>11} {'peak MB':>8} {'vs raw':>7}")
    for name, r in best.items():
        mb_s = r["bytes"] / 1e6 / r["seconds"]
        rows_s = r["rows"] / r["seconds"]
        peak_mb = r["peak_kib"] * 1024 / 1e6
        print(f"{name:<16} {r['bytes'] / 1e6:>7.1f}MB {r['rows']:>11,} {r['seconds']:>8.3f} {mb_s:>8.1f} {rows_s:>11,.0f} "
              f"{peak_mb:>8.1f} {mb_s / raw_mb_s:>6.0%}")
    print(f"{'start-up':<16} {os.path.getsize(args.small) / 1e6:>7.1f}MB {small_rows:>11,} {startup:>8.3f}"
          f"  (sachsong check, whole process, wall time)")
    if cli is not None:
        cli_mb_s = raw["bytes"] / 1e6 / cli
        print(f"{'check (CLI)':<16} {raw['bytes'] / 1e6:>7.1f}MB {raw['rows'] - 1:>11,} {cli:>8.3f} {cli_mb_s:>8.1f} "
              f"{(raw['rows'] - 1) / cli:>11,.0f} {'':>8} {cli_mb_s / raw_mb_s:>6.0%}  (sachsong check --format json, whole process)")
    print("(MB = 10^6 bytes; peak = VmHWM, resident high-water mark of the whole process; "
          "vs raw = MB/s against raw libcsv on the student file)")
    print()

    status = 0
    reader = best.get("reader")
    if reader and (reader["rows"], reader["fields"], reader["checksum"]) != (raw["rows"], raw["fields"], raw["checksum"]):
        print(f"MISMATCH: raw {raw['rows']} rows / {raw['fields']} fields / checksum {raw['checksum']}, "
              f"reader {reader['rows']} / {reader['fields']} / {reader['checksum']}: the two did not read the same "
              f"fields", file=sys.stderr)
        return 2
    targets = []
    if reader:
        targets.append(("reader ≥ 70 % of raw libcsv", reader, READER_TARGET))
    if "check" in best:
        targets.append(("check ≥ 50 % of raw libcsv", best["check"], CHECK_TARGET))
    for label, r, target in targets:
        ratio = raw["seconds"] / r["seconds"] * (r["bytes"] / raw["bytes"])
        ok = ratio >= target
        status |= 0 if ok else 1
        print(f"target {label:<32} {ratio:>6.0%}    {'OK' if ok else 'MISSED'}")
    if "check" in best:
        peak = best["check"]["peak_kib"] * 1024 / 1e6
        ok = peak < CHECK_PEAK_MB
        status |= 0 if ok else 1
        print(f"target {'check peak < 200 MB':<32} {peak:>5.0f} MB {'OK' if ok else 'MISSED'}")
    return status if args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
