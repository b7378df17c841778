#!/usr/bin/env python3
"""Seeds for FuzzXLSStream: streams as the `.xls` reader process writes them (XLSFrames), each
prefixed with the fuzzer's chunking byte.   python3 fuzz/xls_stream_seeds.py OUT_DIR"""
import os, struct, sys

def s(text):
    b = text.encode('utf-8'); return struct.pack('<I', len(b)) + b

def sheet(names, chosen, rows, cols):
    return b'S' + struct.pack('<I', len(names)) + b''.join(s(n) for n in names) + struct.pack('<III', chosen, rows, cols)

def cell(r, c, kind, text):
    b = text.encode('utf-8'); return b'C' + struct.pack('<IIBI', r, c, kind, len(b)) + b

HEADER = ['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh', 'Giới tính']
ROWS = [['1', 'HS0001', 'Nguyễn Văn An', '05/05/2012', 'Nam'], ['2', 'HS0002', 'Trần Thị Bích', '12/11/2011', 'Nữ']]
KINDS = [1, 0, 0, 2, 0]

def class_list(rows=ROWS, gap=0):
    out = sheet(['DanhSach', 'Ghi chú'], 0, 1 + len(rows) + gap, len(HEADER))
    out += b''.join(cell(0, c, 0, h) for c, h in enumerate(HEADER))
    for r, row in enumerate(rows):
        out += b''.join(cell(r + 1 + gap, c, KINDS[c], v) for c, v in enumerate(row))
    return out + b'Z'

seeds = {
    'class-list': class_list(),
    'gap-rows': class_list(gap=40),
    'failure-no-sheet': b'F\x02' + s('Lớp') + struct.pack('<I', 2) + s('A') + s('B'),
    'failure-corrupt': b'F\x03' + s('hỏng') + struct.pack('<I', 0),
    'cut-midway': class_list()[:-20],
    'out-of-order': sheet(['A'], 0, 3, 3) + cell(2, 0, 0, 'x') + cell(0, 1, 1, '1') + cell(5, 9, 0, 'y') + b'Z',
}
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for i, (name, data) in enumerate(seeds.items()):
    open(os.path.join(out, name), 'wb').write(bytes([i]) + data)
print(f'FuzzXLSStream: {len(seeds)} seeds')
