#!/usr/bin/env python3
"""Dev-only: opens sachsong's workbook outputs with openpyxl and LibreOffice, as a clerk's tools would.

    make check-workbooks            (venv with openpyxl, LibreOffice and poppler installed if missing)
    .venv-dev/bin/python scripts/check-workbooks.py [--sachsong .build/debug/sachsong] [--out check-workbooks-out]

Inputs: the workbook fixtures of fixtures/xlsx and a class list this script makes with openpyxl
(a merged title, bold headings, widths, a validation, a defined name, a catalogue sheet: written
by another library than the Swift tests use). For each input:
  clean --mark-changes   every original sheet keeps its values except the change log's cells;
                         merges, widths, defined names and validations are the same
  check --annotate       every original sheet keeps every value; the first sheet is the results
and once: check --format xlsx, indicators --format xlsx. Every output is loaded with openpyxl and
converted to PDF by LibreOffice headless, then to PNG pages (pdftoppm) under --out: look at them.
Exit 0 when everything holds, 1 otherwise. Not part of `make test`.
"""
import argparse
import csv
import glob
import os
import re
import shutil
import subprocess
import sys

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.workbook.defined_name import DefinedName

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def made_class_list(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS lớp 7A2"
    ws["A1"] = "DANH SÁCH HỌC SINH LỚP 7A2 — NĂM HỌC 2025-2026"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["TT", "Mã định danh Bộ GD&ĐT", "Họ tên học sinh", "Ngày tháng năm sinh", "Giới tính", "Dân tộc",
               "Số CCCD/Mã định danh cá nhân", "SĐT liên hệ"])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    rows = [
        [1, "7902345671", "Võ Thị  Mai", "14/02/2013", "Nữ", "Kinh", "079313000111", "0901234567"],
        [2, "7902345672", "Huỳnh Văn Tài ", "2013-05-30", "Nam", "Kinh", 79213000222, 901234568],
        [3, "7902345673", "Lâm Ngọc Hân", "31/02/2013", "Nữ", "Hoa", "079313000333", "090 123 4569"],
    ]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["G"].width = 22
    ws["J3"] = "=A3*10"
    dv = DataValidation(type="list", formula1='"Nam,Nữ"')
    ws.add_data_validation(dv)
    dv.add("E3:E200")
    catalogue = wb.create_sheet("Danh mục dân tộc")
    catalogue.append(["Mã", "Tên"])
    catalogue.append(["01", "Kinh"])
    catalogue.append(["04", "Hoa"])
    wb.defined_names["DanToc"] = DefinedName("DanToc", attr_text="'Danh mục dân tộc'!$A$2:$B$3")
    wb.save(path)


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    # clean refuses a file it does not recognise as an export (exit 2): that is its answer, not a fault.
    refused = command[1] == "clean" and done.returncode == 2 and "không nhận ra loại hồ sơ" in done.stderr
    if done.returncode not in (0, 1) and not refused:
        problems.append(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.strip()}")
    return done


def values(ws):
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}


def compare(source, output, allowed, annotated):
    a = openpyxl.load_workbook(source)
    b = openpyxl.load_workbook(output)
    names = b.sheetnames[1:] if annotated else b.sheetnames
    if names != a.sheetnames:
        problems.append(f"{output}: sheets {b.sheetnames} for {a.sheetnames}")
        return
    if annotated and b.sheetnames[0] != "Kết quả kiểm tra":
        problems.append(f"{output}: first sheet is {b.sheetnames[0]!r}")
    if sorted(a.defined_names.keys()) != sorted(b.defined_names.keys()):
        problems.append(f"{output}: defined names {list(b.defined_names.keys())} for {list(a.defined_names.keys())}")
    for name in a.sheetnames:
        wa, wb = a[name], b[name]
        va, vb = values(wa), values(wb)
        for key in set(va) | set(vb):
            cell = f"{openpyxl.utils.get_column_letter(key[1])}{key[0]}"
            if cell in allowed.get(name, set()):
                continue
            if str(va.get(key)) != str(vb.get(key)):
                problems.append(f"{output}: {name}!{cell}: {va.get(key)!r} became {vb.get(key)!r}")
        if sorted(map(str, wa.merged_cells.ranges)) != sorted(map(str, wb.merged_cells.ranges)):
            problems.append(f"{output}: {name}: merged cells changed")
        wa_widths = {k: d.width for k, d in wa.column_dimensions.items() if d.customWidth}
        wb_widths = {k: d.width for k, d in wb.column_dimensions.items() if d.customWidth}
        if wa_widths != wb_widths:
            problems.append(f"{output}: {name}: column widths {wb_widths} for {wa_widths}")
        if len(wa.data_validations.dataValidation) != len(wb.data_validations.dataValidation):
            problems.append(f"{output}: {name}: data validations changed")


def render(path, out):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, path],
                   capture_output=True, text=True, timeout=300)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if not os.path.exists(pdf):
        problems.append(f"{path}: LibreOffice did not convert it to PDF")
        return
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-l", "3", pdf, pdf[:-4]], check=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sachsong", default=os.path.join(ROOT, ".build", "debug", "sachsong"))
    parser.add_argument("--out", default=os.path.join(ROOT, "check-workbooks-out"))
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    made = os.path.join(args.out, "lop_7a2.xlsx")
    made_class_list(made)
    inputs = [made] + [p for p in sorted(glob.glob(os.path.join(ROOT, "fixtures", "xlsx", "*.xlsx"))) if "not_a_workbook" not in p]
    outputs = []
    for source in inputs:
        stem = os.path.splitext(os.path.basename(source))[0]
        cleaned, log = os.path.join(args.out, stem + ".clean.xlsx"), os.path.join(args.out, stem + ".changes.csv")
        done = run([args.sachsong, "clean", source, "--output", cleaned, "--changes", log, "--mark-changes"])
        if done.returncode == 0:
            with open(log, encoding="utf-8-sig") as f:
                changed = {row["Ô"] for row in csv.DictReader(f)}
            # clean names the sheet it cleaned: «…» after "trang tính".
            sheet = re.search(r"trang tính «(.+?)»", done.stdout)
            compare(source, cleaned, {sheet.group(1): changed} if sheet else {}, False)
            outputs.append(cleaned)
        annotated = os.path.join(args.out, stem + ".annotated.xlsx")
        run([args.sachsong, "check", source, "--annotate", annotated, "--output", os.devnull, "--as-of", "2026-06-01"])
        if os.path.exists(annotated):
            compare(source, annotated, {}, True)
            outputs.append(annotated)
        else:
            problems.append(f"{source}: no annotated workbook")
    findings = os.path.join(args.out, "findings.xlsx")
    run([args.sachsong, "check", *inputs, "--format", "xlsx", "--output", findings, "--as-of", "2026-06-01"])
    indicators = os.path.join(args.out, "indicators.xlsx")
    run([args.sachsong, "indicators", os.path.join(ROOT, "fixtures", "district"), "--format", "xlsx",
         "--output", indicators, "--as-of", "2026-06-01"])
    for path in outputs + [findings, indicators]:
        try:
            openpyxl.load_workbook(path)
        except Exception as error:  # noqa: BLE001 - any failure to open is the finding
            problems.append(f"{path}: openpyxl cannot open it: {error}")
        render(path, args.out)
    for problem in problems:
        print(problem)
    print(f"{'OK' if not problems else 'PROBLEMS'}: {len(outputs) + 2} workbooks opened and rendered; pages in {args.out}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
