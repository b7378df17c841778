#!/usr/bin/env python3
"""Generate Sources/CSVInput/Legacy/LegacyTables.swift from the reference TSVs.

Reads fixtures/legacy-encodings/{tcvn3,vni,vni_marks,viscii}.tsv (in the repository)
and writes the byte <-> Unicode tables for TCVN3 (ABC), VNI-Windows and VISCII as Swift arrays.

Choices (see the README next to the TSVs):
  * TCVN3: scope=TCVN3 rows only; the toned capitals (scope=TCVN3-H) share the lower-case bytes
    and decode as lower case (Unikey reading). The H-font reading is emitted as a second table.
    VN1-only rows (glibc TCVN5712-1) are ignored.
  * VNI: single-byte letters plus base+mark pairs, decoded greedily (pair first). Upper-case
    marks must equal lower-case marks minus 0x20 (checked here).
  * VISCII: glibc / RFC 1456 bytes (including the six C0 capitals and Õ = 0xA0).
  * 0x80-0x9F: TCVN3 and VNI keep the Windows-1252 symbols (Unikey); VISCII uses every byte.
  * Bytes with no letter and no Windows-1252 symbol decode to U+FFFD.

Run from the repo root:  python3 scripts/gen_legacy_tables.py
"""
import csv, os, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.normpath(os.path.join(ROOT, 'fixtures', 'legacy-encodings'))
OUT = os.path.join(ROOT, 'Sources', 'CSVInput', 'Legacy', 'LegacyTables.swift')
REPLACEMENT = 0xFFFD


def load(name):
    with open(os.path.join(SRC, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def hexbytes(s):
    return [int(x, 16) for x in s.split()]


def scalar(s):
    assert len(s) == 1 and unicodedata.normalize('NFC', s) == s, repr(s)
    assert ord(s) <= 0xFFFF, repr(s)
    return ord(s)


# Windows-1252 0x80-0x9F; the five bytes it leaves undefined read as the C1 control (WHATWG).
CP1252_C1 = []
for b in range(0x80, 0xA0):
    try:
        CP1252_C1.append(ord(bytes([b]).decode('cp1252')))
    except UnicodeDecodeError:
        CP1252_C1.append(b)
UNDEFINED_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def base_table(keep_western):
    t = [b if b < 0x80 else REPLACEMENT for b in range(256)]
    if keep_western:
        for b in range(0x80, 0xA0):
            if b not in UNDEFINED_1252:
                t[b] = CP1252_C1[b - 0x80]
    return t


# ---- TCVN3 ----
tcvn_rows = load('tcvn3.tsv')
tcvn3 = base_table(keep_western=True)
seen = set()
for r in tcvn_rows:
    if r['scope'] != 'TCVN3':
        continue
    (b,) = hexbytes(r['legacy_hex'])
    assert b not in seen, f'duplicate TCVN3 byte {b:02X}'
    seen.add(b)
    tcvn3[b] = scalar(r['unicode_nfc'])
assert len(seen) == 75, len(seen)            # 74 letters + NBSP
tcvn3_h = list(tcvn3)
h_count = 0
for r in tcvn_rows:
    if r['scope'] == 'TCVN3-H':
        (b,) = hexbytes(r['legacy_hex'])
        c = r['unicode_nfc']
        assert chr(tcvn3[b]) == c.lower(), f'H byte {b:02X} is not the lower-case letter of {c}'
        tcvn3_h[b] = scalar(c)
        h_count += 1
assert h_count == 60, h_count

# ---- VISCII ----
viscii = base_table(keep_western=False)
seen = set()
for r in load('viscii.tsv'):
    assert r['scope'] == 'VISCII'
    (b,) = hexbytes(r['legacy_hex'])
    assert b not in seen
    seen.add(b)
    viscii[b] = scalar(r['unicode_nfc'])
assert len(seen) == 134 and all(b in seen for b in range(0x80, 0x100))

# ---- VNI ----
marks = {}
for r in load('vni_marks.tsv'):
    m = int(r['mark_hex'], 16)
    marks[m] = (r['adds_combining'], r['case_of_base'])
lower_marks = {m for m, (_, c) in marks.items() if c == 'lower'}
upper_marks = {m for m, (_, c) in marks.items() if c == 'upper'}
assert {m - 0x20 for m in lower_marks} == upper_marks, 'upper-case marks != lower-case minus 0x20'
for m in lower_marks:
    assert marks[m][0] == marks[m - 0x20][0]

vni_single = base_table(keep_western=True)
pairs = []
single_letters = 0
for r in load('vni.tsv'):
    bs = hexbytes(r['legacy_hex'])
    c = scalar(r['unicode_nfc'])
    if len(bs) == 1:
        assert bs[0] not in marks, f'single-byte letter {bs[0]:02X} is also a mark'
        vni_single[bs[0]] = c
        single_letters += 1
    else:
        base, mark = bs
        assert mark in marks
        pairs.append((base, mark, c))
for base, mark, c in pairs:
    base_char = chr(base) if base < 0x80 else chr(vni_single[base])
    is_upper = base_char.isupper()
    assert (mark in upper_marks) == is_upper, f'case of mark {mark:02X} vs base {base:02X}'
    # the pair must mean base + the mark's diacritics
    adds = ''.join(chr(int(x[2:], 16)) for x in marks[mark][0].split())
    assert unicodedata.normalize('NFC', base_char + adds) == chr(c), (base_char, adds, chr(c))
assert len(pairs) + single_letters == 134, (len(pairs), single_letters)
assert len(set((b, m) for b, m, _ in pairs)) == len(pairs)


def swift_array(values, per_line=8, width=4):
    lines = []
    for i in range(0, len(values), per_line):
        chunk = ', '.join(f'0x{v:0{width}X}' for v in values[i:i + per_line])
        lines.append(f'        {chunk},  // {i:02X}')
    return '\n'.join(lines)


def table_256(name, doc, values):
    return f'''    {doc}
    static let {name}: [UInt16] = [
{swift_array(values)}
    ]
'''


pair_lines = []
for base, mark, c in sorted(pairs):
    base_char = chr(base) if base < 0x80 else chr(vni_single[base])
    pair_lines.append(f'        0x{base:02X}_{mark:02X}_{c:04X},  // {base_char} + {mark:02X} → {chr(c)}')

T_TCVN3 = table_256('tcvn3', '/// TCVN3 (ABC, .VnTime) byte → UTF-16 unit (all BMP); toned-capital bytes read as lower case.', tcvn3)
T_TCVN3H = table_256('tcvn3CapitalFont', '/// TCVN3 read in an H (capitals) font such as .VnTimeH: the 60 toned lower-case bytes are capitals.', tcvn3_h)
T_VISCII = table_256('viscii', '/// VISCII (RFC 1456) byte → UTF-16 unit.', viscii)
T_VNI = table_256('vniSingle', '/// VNI-Windows bytes that stand alone: ASCII, đ Đ ơ Ơ ư Ư, the i-vowels, ỵ Ỵ, Windows-1252 symbols. Mark bytes alone → 0xFFFD.', vni_single)
PAIRS = chr(10).join(pair_lines)
C1 = swift_array(CP1252_C1)

swift = f'''// GENERATED FILE — do not edit by hand.
// Generated by scripts/gen_legacy_tables.py from fixtures/legacy-encodings/{{tcvn3,vni,vni_marks,viscii}}.tsv.
//
// Facts (byte ↔ letter assignments) come from the sources the TSVs cite; no code was copied:
//   - Unikey converter tables, unikey/data.cpp + charset.cpp in github.com/fcitx/fcitx5-unikey @6ea3b376
//     (GPL-2.0-or-later, © 1998-2002 Pham Kim Long): TCVN3, VNI-WIN, VISCII variant.
//   - xvnkb vni.h / tcvn.h / viscii.h, github.com/lamdao/xvnkb @00463256 (GPL-2.0-or-later).
//   - vietnamese-conversion (npm), github.com/duydev/vietnamese-conversion @ad55b356 (MIT).
//   - glibc 2.36 iconv modules and charmaps TCVN5712-1 and VISCII (LGPL-2.1-or-later).
//   - RFC 1456 (1993), Table 1 = VISCII.
//   - Wikipedia "VSCII" (CC BY-SA 4.0) for the TCVN3 = VSCII-3 scope (67 lower + 7 upper + NBSP).
//
// Choices: TCVN3 decodes the toned-capital bytes as lower case (Unikey reading; the H-font reading
// is `tcvn3CapitalFont`); VNI pairs decode greedily, upper-case marks = lower-case marks − 0x20;
// VISCII follows RFC 1456 / glibc (six capitals on C0 bytes, Õ = 0xA0). In TCVN3 and VNI the bytes
// 0x80–0x9F keep their Windows-1252 symbols. 0xFFFD marks a byte with no letter in the encoding.

/// Byte ↔ Unicode tables for the legacy Vietnamese encodings (generated data).
enum LegacyTables {{
{T_TCVN3}
{T_TCVN3H}
{T_VISCII}
{T_VNI}
    /// VNI-Windows two-byte letters, packed as `0xBB_MM_UUUU`: base byte, mark byte, UTF-16 unit.
    static let vniPairs: [UInt32] = [
{PAIRS}
    ]

    /// Windows-1252 0x80–0x9F; the five undefined bytes read as the C1 control of the same value.
    static let windows1252C1: [UInt16] = [
{C1}
    ]
}}
'''
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(swift)
print(f'wrote {os.path.relpath(OUT, ROOT)}: TCVN3 75 + 60 H, VISCII 134, VNI {len(pairs)} pairs + singles')
