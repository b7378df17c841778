#!/usr/bin/env python3
"""Damaged-.xls runs for the chosen `.xls` path (docs/xls-isolation.md): mutates the shipped `.xls`
files (bytes, 16- and 32-bit fields, truncation) and runs `sachsong check` on each, with the
reader process in place. Every run must end by itself in exit 0, 1 or 2 — a crash of libfreexl must
come back as «không đọc được» for the file, never as a signal of sachsong. Failures are kept in
fuzz/artifacts/xls-files/.

    python3 fuzz/xls_mutate.py SACHSONG RUNS [SEED]
"""
import os, random, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = [os.path.join(d, f) for d in ('fixtures/xlsx', 'fixtures/bad/xls') for f in sorted(os.listdir(os.path.join(ROOT, d)))
         if f.endswith('.xls')] if os.path.isdir(os.path.join(ROOT, 'fixtures/bad/xls')) else []
SEEDS = [os.path.join(ROOT, p) for p in SEEDS]


def mutate(data, r):
    b = bytearray(data)
    style = r.choice(['flip', 'short', 'int', 'trunc'])
    if style == 'trunc':
        return bytes(b[:r.randrange(512, len(b))]), style
    for _ in range(r.randint(1, 6)):
        i = r.randrange(0, len(b) - 4)
        if style == 'flip':
            b[i] ^= 1 << r.randrange(8)
        elif style == 'short':
            b[i:i + 2] = r.choice([0xFFFF, 0, 1, 0x8000, r.randrange(65536)]).to_bytes(2, 'little')
        else:
            b[i:i + 4] = r.choice([0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x10000, 0, r.randrange(1 << 32)]).to_bytes(4, 'little')
    return bytes(b), style


def main():
    sachsong, runs = sys.argv[1], int(sys.argv[2])
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else int(time.time()))
    artifacts = os.path.join(ROOT, 'fuzz', 'artifacts', 'xls-files')
    os.makedirs(artifacts, exist_ok=True)
    seeds = [open(p, 'rb').read() for p in SEEDS if os.path.getsize(p) > 1024]
    outcomes = {}
    failures = 0
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'dot_xls.xls')
        for run in range(runs):
            data, style = mutate(r.choice(seeds), r)
            open(path, 'wb').write(data)
            t0 = time.time()
            try:
                p = subprocess.run([sachsong, 'check', path, '--as-of', '2026-06-01', '--max-xls-seconds', '5', '--format', 'json'],
                                   capture_output=True, timeout=60, env={**os.environ, 'LC_ALL': 'C.UTF-8'})
                code, err = p.returncode, p.stderr.decode('utf-8', 'replace')
            except subprocess.TimeoutExpired:
                code, err = 'timeout', ''
            key = 'reader crashed (contained)' if 'tín hiệu' in err else f'exit {code}'
            outcomes[key] = outcomes.get(key, 0) + 1
            if code not in (0, 1, 2) or time.time() - t0 > 30 or (code == 2 and path not in err):
                failures += 1
                shutil.copy(path, os.path.join(artifacts, f'run-{run}-{style}.xls'))
                print(f'run {run} ({style}): exit {code} after {time.time() - t0:.1f} s\n{err[:400]}')
    elapsed = time.time() - started
    print(f'xls-files: {runs} runs in {elapsed:.0f} s ({runs / max(elapsed, 1e-9):.1f}/s), failures {failures}; '
          + ', '.join(f'{k}: {v}' for k, v in sorted(outcomes.items())))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
