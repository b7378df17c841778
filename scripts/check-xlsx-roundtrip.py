#!/usr/bin/env python3
"""Dev-only: checks a cleaned workbook against its input with openpyxl (pip install openpyxl).

    sachsong clean fixtures/xlsx/hoc_sinh.xlsx --output /tmp/hs.clean.xlsx
    python3 scripts/check-xlsx-roundtrip.py fixtures/xlsx/hoc_sinh.xlsx /tmp/hs.clean.xlsx

Same sheet (name), same rows and columns, same header, and every value that starts with a zero
in the input (identity numbers, phones) is still text with its zero in the output. Exit 0 when
all hold, 1 otherwise, with the differences printed.
"""
import sys

import openpyxl


def rows(ws):
    data = [list(r) for r in ws.iter_rows(values_only=True)]
    while data and all(v in (None, "") for v in data[-1]):
        data.pop()
    width = max((max((i + 1 for i, v in enumerate(r) if v not in (None, "")), default=0) for r in data), default=0)
    return [r[:width] + [None] * (width - len(r[:width])) for r in data]


def first_sheet_with_data(wb):
    for ws in wb.worksheets:
        if any(v not in (None, "") for r in ws.iter_rows(values_only=True) for v in r):
            return ws
    return wb.worksheets[0]


def header_index(data):
    best, best_count = 0, -1
    for i, r in enumerate(data[:30]):
        count = sum(1 for v in r if isinstance(v, str) and v.strip())
        if count > best_count:
            best, best_count = i, count
    return best


def main(source, cleaned):
    problems = []
    src = first_sheet_with_data(openpyxl.load_workbook(source, read_only=True))
    out_wb = openpyxl.load_workbook(cleaned, read_only=True)
    out = out_wb.worksheets[0]
    if src.title != out.title:
        problems.append(f"sheet: {src.title!r} != {out.title!r}")
    a, b = rows(src), rows(out)
    if len(a) != len(b):
        problems.append(f"rows: {len(a)} != {len(b)}")
    if a and b and len(a[0]) != len(b[0]):
        problems.append(f"columns: {len(a[0])} != {len(b[0])}")
    h = header_index(a)
    if h < len(b) and [str(v or "") for v in a[h]] != [str(v or "") for v in b[h]]:
        problems.append(f"header (row {h + 1}): {a[h]} != {b[h]}")
    zeros = 0
    for r, (ra, rb) in enumerate(zip(a, b), 1):
        for c, (va, vb) in enumerate(zip(ra, rb)):
            if isinstance(va, str) and len(va) > 1 and va.startswith("0") and va.isdigit():
                zeros += 1
                if not (isinstance(vb, str) and vb.startswith("0")):
                    problems.append(f"row {r} column {c + 1}: {va!r} became {vb!r}")
    for p in problems:
        print(p)
    print(f"{'OK' if not problems else 'DIFFERENT'}: sheet {out.title!r}, {len(b)} rows, header row {h + 1}, {zeros} values with a leading zero checked")
    return 0 if not problems else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2]))
