#!/usr/bin/env python3
"""Dev-only: writes the workbook fixtures of fixtures/xlsx/ (pip install openpyxl xlwt).

The files are committed; run this only to change them:  python3 scripts/make-xlsx-fixtures.py
Legacy text is encoded with the tables of fixtures/legacy-encodings (in the repository).
"""
import csv
import datetime
import os
import sys
import zipfile

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fixtures", "xlsx")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "legacy-encodings")
if not os.path.isdir(SHARED):
    SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "legacy-encodings")


def table(name, scope):
    """Unicode letter -> cp1252 view of its legacy bytes."""
    result = {}
    with open(os.path.join(SHARED, name), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["scope"] == scope and row["cp1252_view"]:
                result.setdefault(row["unicode_nfc"], row["cp1252_view"])
    return result


def legacy(text, mapping):
    return "".join(mapping.get(ch, ch) for ch in text)


TITLE = ["TRƯỜNG THCS HÒA BÌNH - PHƯỜNG GIA ĐỊNH", "DANH SÁCH HỌC SINH"]
HEADER = ["STT", "Mã MOET", "Họ và tên", "Giới tính", "Ngày sinh", "Căn cước", "Điện thoại HS", "Lớp", "Khối", "Trạng thái"]
# (row values as stored in the workbook; dates as datetime, numbers as int/float)
ROWS = [
    [1, "7977085337", "Nguyễn Văn An", "Nam", datetime.date(2012, 5, 5), "079212004321", "0901234567", "8A1", 8, "Đang học"],
    [2, "7977085338", "Trần Thị Bình", "Nữ", datetime.date(2012, 3, 14), 79312004322, "0912345678", "8A1", 8, "Đang học"],
    [3, "7977085339", "Lê Văn Cường", "Nam", datetime.date(2012, 11, 2), "079212004323", 912345679, "8A1", 8, "Đang học"],
    [4, "7977085340", "Phạm Thị Dung", "Nữ", "2012-09-05", "079312004324", "0912345680", "8A1", 8, "Đang học"],
    [5, "7977085341", "Hoàng Văn Em", "Nam", datetime.date(2012, 1, 20), "7.9212E+10", "0912345681", "8A1", 8, "Đang học"],
    [6, "7977085342", "Vũ Thị Giang", "Nữ", datetime.date(2012, 7, 9), "079312004326", "0912345682", "8A1", 8, "Đang học"],
]


def shown(value):
    """What Excel shows (and saves as CSV with a dd/mm/yyyy locale)."""
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def hoc_sinh():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DanhSach"
    ws["A1"] = TITLE[0]
    ws["A2"] = TITLE[1]
    ws.merge_cells("A2:J2")
    for c, name in enumerate(HEADER, 1):
        ws.cell(row=4, column=c, value=name)
    for r, values in enumerate(ROWS, 5):
        for c, value in enumerate(values, 1):
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    # Formatted but empty: three rows below the data and a column right of it (Excel's leftovers).
    for r in range(11, 14):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=5, column=12).font = Font(bold=True)
    wb.create_sheet("Ghi chú")
    wb.save(os.path.join(OUT, "hoc_sinh.xlsx"))
    # The same export saved as CSV by Excel (UTF-8, dd/mm/yyyy).
    with open(os.path.join(OUT, "hoc_sinh.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([TITLE[0]] + [""] * 9)
        w.writerow([TITLE[1]] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(HEADER)
        for values in ROWS:
            w.writerow([shown(v) for v in values])


def hoc_sinh_xls():
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DanhSach")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    ws.write(0, 0, TITLE[0])
    ws.write(1, 0, TITLE[1])
    for c, name in enumerate(HEADER):
        ws.write(3, c, name)
    for r, values in enumerate(ROWS, 4):
        for c, value in enumerate(values):
            if isinstance(value, datetime.date):
                ws.write(r, c, datetime.datetime(value.year, value.month, value.day), date_style)
            else:
                ws.write(r, c, value)
    wb.save(os.path.join(OUT, "hoc_sinh.xls"))


def dates1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["Họ và tên", "Ngày sinh", "Ngày cập nhật"])
    for name, born, updated in [("Nguyễn Văn An", datetime.date(2012, 5, 5), datetime.datetime(2026, 4, 1, 8, 30)),
                                ("Trần Thị Bình", datetime.date(2011, 12, 31), datetime.datetime(2026, 4, 2))]:
        ws.append([name, born, updated])
        ws.cell(row=ws.max_row, column=2).number_format = "d/m/yyyy"
        ws.cell(row=ws.max_row, column=3).number_format = "dd/mm/yyyy hh:mm"
    wb.save(os.path.join(OUT, "dates1904.xlsx"))


def legacy_fonts():
    tcvn3 = table("tcvn3.tsv", "TCVN3")
    vni = table("vni.tsv", "VNI")
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Đặng Thu Hương"]
    places = ["Thành phố Hồ Chí Minh", "Thủ Đức", "Quận Bình Thạnh", "Huyện Củ Chi", "Phường Gia Định", "Xã Tân Nhựt"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "HocSinh"
    ws.append(["Họ và tên", "Ngày sinh", "Chỗ ở hiện nay", "Giới tính"])
    for i, (name, place) in enumerate(zip(names, places)):
        ws.append([legacy(name, tcvn3), f"0{i + 1}/05/2012", legacy(place, vni), "Nam"])
        ws.cell(row=ws.max_row, column=1).font = Font(name=".VnTime")
        ws.cell(row=ws.max_row, column=3).font = Font(name="VNI-Times")
    wb.save(os.path.join(OUT, "legacy.xlsx"))
    with open(os.path.join(OUT, "legacy.expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ho_ten", "dia_chi"])
        for name, place in zip(names, places):
            w.writerow([name, place])


def two_row_header():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "VEMIS"
    ws["A1"] = "DANH SÁCH HỌC SINH"
    for col, text in [("A", "STT"), ("B", "Họ và tên"), ("C", "Ngày sinh")]:
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    ws["D3"] = "Chỗ ở hiện nay"
    ws.merge_cells("D3:E3")
    ws["D4"] = "Xã/Phường"
    ws["E4"] = "Tỉnh/Tp"
    ws.append([1, "Nguyễn Văn An", "05/05/2012", "Phường Gia Định", "TP. Hồ Chí Minh"])
    ws.append([2, "Trần Thị Bình", "14/03/2012", "Phường Thủ Đức", "TP. Hồ Chí Minh"])
    wb.save(os.path.join(OUT, "two_row_header.xlsx"))


SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:dimension ref="A1:B2"/>
<x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Họ và tên</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Ngày sinh</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Ghi chú</x:t></x:is></x:c><x:c r="E1" t="inlineStr"><x:is><x:t>Số</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>Nguy&#7877;n </x:t></x:r><x:r><x:t xml:space="preserve">V&#x103;n &amp; An</x:t></x:r></x:is></x:c><x:c r="B2" s="1"><x:v>60</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c><x:c r="E2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>&lt;Lê&gt; &quot;Hà&quot; &apos;x&apos;</x:t></x:is></x:c><x:c r="B5" s="1"><x:v>45809</x:v></x:c><x:c r="C5" t="e"><x:v>#N/A</x:v></x:c><x:c r="E5"><x:v>0.1</x:v></x:c></x:row>
<x:row r="6"><x:c t="inlineStr"><x:is><x:t>Bùi Thị Cúc</x:t></x:is></x:c><x:c s="1"><x:v>61</x:v></x:c><x:c t="str"><x:f>A6</x:f><x:v>công thức</x:v></x:c><x:c/><x:c><x:v>7.9212004321E10</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>
"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><name val="Calibri"/></font></fonts>
<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>
"""


def inline():
    """Written by hand: inline strings, a namespace prefix, a lying <dimension>, missing cell
    references, entities, a boolean, formulas with cached values, an error, serial 60 (29/02/1900)."""
    with zipfile.ZipFile(os.path.join(OUT, "inline.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""")
        z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")
        z.writestr("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tay &amp; Nam" sheetId="1" r:id="rId1"/></sheets></workbook>""")
        z.writestr("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""")
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", SHEET)
    with zipfile.ZipFile(os.path.join(OUT, "not_a_workbook.xlsx"), "w") as z:
        z.writestr("readme.txt", "just a zip")
    with open(os.path.join(OUT, "corrupt.xls"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 100)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    hoc_sinh()
    hoc_sinh_xls()
    dates1904()
    legacy_fonts()
    two_row_header()
    inline()
    print("wrote", sorted(os.listdir(OUT)), file=sys.stderr)
