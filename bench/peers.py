#!/usr/bin/env python3
"""The same checks in frictionless-py and DuckDB, timed against `sachsong check` on one file.

    bench/.venv/bin/python bench/peers.py --file bench/out/sample-1m/truong_001_thcs/hoc_sinh.csv \
        --sachsong .build-bench/release/sachsong [--runs 3]

Run by `make bench-peers`, which installs frictionless and duckdb from PyPI into bench/.venv.

The checks both peers run (the subset every tool can express; sachsong's equivalents in brackets):
  1. required: «Mã định danh Bộ GD&ĐT», «Họ và tên», «Ngày sinh», «Giới tính», «Lớp», «Trạng thái»
     not blank                                                          [du.required]
  2. «Số định danh cá nhân» is 12 digits when filled: ^[0-9]{12}$       [cccd.format]
  3. «Mã định danh Bộ GD&ĐT» is 10 digits: ^[0-9]{10}$                  [dung.code-format]
  4. «Số điện thoại liên hệ» a mobile when filled:
     ^0(3[2-9]|5[2-9]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}$                   [dung.phone]
  5. «Mã định danh Bộ GD&ĐT» and «Số định danh cá nhân» unique          [sach.duplicate-key]
frictionless-py: a Table Schema (every column a string; constraints required / pattern / unique),
`Resource.validate()` with no error limit, one process, one thread.
DuckDB: one SQL query over read_csv(all_varchar) counting blanks per required column, pattern
failures and repeated keys; DuckDB uses every core (here nproc).
sachsong is timed twice, as a whole process writing its JSON report to /dev/null: with the whole
default profile (every check of every column: dates, ages, the citizen ID against birth date and
sex, lists, text cleanliness, duplicates of persons, freshness…), and with every rule disabled but
the five above (`--disable`), the like-for-like figure.

With --raw (bench/raw_libcsv), one more line: libcsv alone on the two halves of the file at once,
one process per core, parsing and nothing else: the floor for a tool that must parse with libcsv
on this machine, whatever it checks.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

REQUIRED = ["Mã định danh Bộ GD&ĐT", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp", "Trạng thái"]
ID, CODE, PHONE = "Số định danh cá nhân", "Mã định danh Bộ GD&ĐT", "Số điện thoại liên hệ"
PHONE_RE = "^0(3[2-9]|5[2-9]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}$"
SAME_RULES = {"du.required", "cccd.format", "dung.code-format", "dung.phone", "sach.duplicate-key"}
ALL_RULES = """du.required du.placeholder du.conditional-required du.missing-column dung.date-format
dung.date-nonexistent dung.date-future dung.age-range dung.year dung.timestamp dung.phone dung.phone-old-prefix
dung.email dung.code-format dung.value-not-allowed dung.number dung.grade dung.class-grade dung.age-grade
dung.name-characters cccd.format cccd.lost-zero cccd.province cccd.century cccd.birth-year cccd.gender
cccd.parent-number sach.spaces sach.nfc sach.invisible sach.name-case sach.mojibake sach.value-synonym
sach.phone-format sach.date-format sach.id-separators sach.duplicate-key sach.duplicate-person
schema.unknown-header schema.unrecognised song.stale song.left-in-class song.retirement song.cmnd-expired
excel.id-number excel.scientific excel.phone-number excel.date-text excel.trailing-empty sach.legacy-font""".split()


def header(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.readline().rstrip("\r\n").split(",")


def run_frictionless(path):
    from frictionless import Resource, Schema
    fields = []
    for name in header(path):
        constraints = {}
        if name in REQUIRED:
            constraints["required"] = True
        if name == ID:
            constraints["pattern"] = "[0-9]{12}"
            constraints["unique"] = True
        if name == CODE:
            constraints["pattern"] = "[0-9]{10}"
            constraints["unique"] = True
        if name == PHONE:
            constraints["pattern"] = PHONE_RE.strip("^$")
        field = {"name": name, "type": "string"}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = Schema.from_descriptor({"fields": fields, "missingValues": [""]})
    resource = Resource(path=path, schema=schema, format="csv", encoding="utf-8")
    report = resource.validate(limit_errors=10**9)
    errors = report.tasks[0].errors
    counts = {}
    for e in errors:
        counts[e.type] = counts.get(e.type, 0) + 1
    return report.tasks[0].stats["rows"], counts


def run_duckdb(path):
    import duckdb
    q = lambda c: '"' + c.replace('"', '""') + '"'
    blanks = ",\n".join(f"count(*) FILTER (WHERE coalesce(trim({q(c)}), '') = '') AS \"blank {c}\"" for c in REQUIRED)
    sql = f"""
    WITH t AS (SELECT * FROM read_csv('{path}', header = true, all_varchar = true, delim = ',', quote = '"'))
    SELECT count(*) AS rows,
      {blanks},
      count(*) FILTER (WHERE coalesce({q(ID)}, '') <> '' AND NOT regexp_full_match({q(ID)}, '[0-9]{{12}}')) AS "pattern id",
      count(*) FILTER (WHERE coalesce({q(CODE)}, '') <> '' AND NOT regexp_full_match({q(CODE)}, '[0-9]{{10}}')) AS "pattern code",
      count(*) FILTER (WHERE coalesce({q(PHONE)}, '') <> '' AND NOT regexp_full_match({q(PHONE)}, '{PHONE_RE.strip("^$")}')) AS "pattern phone",
      (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM t WHERE coalesce({q(CODE)}, '') <> '' GROUP BY {q(CODE)} HAVING n > 1)) AS "duplicate code",
      (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM t WHERE coalesce({q(ID)}, '') <> '' GROUP BY {q(ID)} HAVING n > 1)) AS "duplicate id"
    FROM t
    """
    con = duckdb.connect()
    cursor = con.execute(sql)
    row = cursor.fetchone()
    names = [d[0] for d in cursor.description]
    return row[0], dict(zip(names[1:], row[1:]))


def raw_halves(raw, path, runs):
    """Seconds for raw libcsv on both halves of `path` at once (cut at a line break), best of runs."""
    with open(path, "rb") as f:
        data = f.read()
    middle = data.index(b"\n", len(data) // 2) + 1
    with tempfile.TemporaryDirectory() as folder:
        halves = [os.path.join(folder, "a.csv"), os.path.join(folder, "b.csv")]
        for name, part in zip(halves, (data[:middle], data[middle:])):
            with open(name, "wb") as out:
                out.write(part)
        del data

        def both():
            processes = [subprocess.Popen([raw, name], stdout=subprocess.DEVNULL) for name in halves]
            for process in processes:
                process.wait()
        return time_it(both, runs)[0]


def time_it(function, runs):
    best, result = None, None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", required=True)
    parser.add_argument("--sachsong", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--frictionless-runs", type=int, default=1)
    parser.add_argument("--raw", help="bench/raw_libcsv, for the floor line (libcsv alone on both halves at once)")
    args = parser.parse_args()
    path = args.file
    size_mb = os.path.getsize(path) / 1e6
    with open(path, "rb") as f:
        while f.read(1 << 20):
            pass

    def sachsong(disabled):
        command = [args.sachsong, "check", path, "--as-of", "2026-06-01", "--fail-on", "never", "--format", "json",
                   "--output", os.devnull]
        if disabled:
            command += ["--disable"] + disabled
        return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    import duckdb
    import frictionless
    results = []
    t, _ = time_it(sachsong([]), args.runs)
    results.append(("sachsong check (whole profile)", t, ""))
    t, _ = time_it(sachsong([r for r in ALL_RULES if r not in SAME_RULES]), args.runs)
    sachsong_same = t
    results.append(("sachsong check (same 5 checks)", t, ""))
    t, (rows, counts) = time_it(lambda: run_duckdb(path), args.runs)
    results.append((f"DuckDB {duckdb.__version__} (SQL)", t, f"{rows:,} rows; " + ", ".join(f"{k} {v}" for k, v in counts.items())))
    if args.raw:
        results.append(("libcsv alone, 2 halves at once", raw_halves(args.raw, path, args.runs), ""))
    t, (rows, counts) = time_it(lambda: run_frictionless(path), args.frictionless_runs)
    results.append((f"frictionless {frictionless.__version__}", t, f"{rows:,} rows; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))

    print(f"file: {path}: {size_mb:.1f} MB; nproc {len(os.sched_getaffinity(0))}; "
          f"best of {args.runs} (frictionless: {args.frictionless_runs})")
    print()
    print(f"{'tool':<34} {'seconds':>8} {'MB/s':>8} {'× sachsong (same checks)':>25}")
    for name, seconds, _ in results:
        print(f"{name:<34} {seconds:>8.2f} {size_mb / seconds:>8.1f} {seconds / sachsong_same:>24.1f}×")
    print()
    for name, _, found in results:
        if found:
            print(f"{name}: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
