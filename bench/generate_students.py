#!/usr/bin/env python3
"""Generates a realistic, deterministic student export (hồ sơ học sinh) for benchmarks.

18 columns as a school's CSMDL export has them: Vietnamese names with diacritics, dd/mm/yyyy
dates, 10-digit Ministry IDs, 12-digit citizen IDs consistent with birth year and sex, quoted
addresses with commas, and a notes column that is mostly empty and sometimes holds commas or
doubled quotes. UTF-8, LF line endings, header on the first line.

Dev-only: Python 3 standard library. Same --rows and --seed give byte-identical output.

    python3 bench/generate_students.py --rows 1000000 --output bench/out/students-1m.csv
"""

import argparse
import os
import random
import sys

HEADER = [
    "STT", "Mã định danh Bộ GD&ĐT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
    "Quốc tịch", "Lớp", "Khối", "Trạng thái", "Số định danh cá nhân", "Địa chỉ thường trú",
    "Họ tên cha", "Họ tên mẹ", "SĐT liên hệ", "Mức định danh VNeID", "Ngày cập nhật", "Ghi chú",
]

# Family names with rough national frequencies (percent).
FAMILY = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3), ("Huỳnh", 2.1),
    ("Phan", 4.5), ("Vũ", 2), ("Võ", 1.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Đào", 0.4),
    ("Lương", 0.3), ("Mai", 0.3), ("Cao", 0.3), ("Tạ", 0.2), ("Lò", 0.1), ("Hà", 0.3),
]
MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Gia", "Công", "Anh", "Trọng",
               "Xuân", "Ngọc", "Bảo", "Đình", "Tuấn", "Hoàng", "Nhật", "Thế"]
MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Phương", "Bảo", "Minh", "Khánh", "Thùy",
                 "Hồng", "Mai", "Quỳnh", "Diệu", "Hải", "Kim", "Tường", "Mỹ", "Hoài"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hùng", "Huy",
              "Khang", "Khánh", "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát",
              "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn",
              "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Đức", "Phong", "Nhân", "Lâm", "Bảo"]
GIVEN_FEMALE = ["Anh", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
                "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc",
                "Nhung", "Nhi", "Oanh", "Phương", "Quỳnh", "Thảo", "Thư", "Trang", "Trâm",
                "Uyên", "Vân", "Vy", "Yến", "Hân", "Ánh", "Châu", "Nguyệt", "Thủy", "Tâm", "Xuân"]
ETHNIC = [("Kinh", 85), ("Tày", 2), ("Thái", 2), ("Mường", 1.5), ("Khmer", 1.4), ("Hoa", 0.8),
          ("Nùng", 1.1), ("H'Mông", 1.3), ("Dao", 0.9), ("Gia Rai", 0.5), ("Ê Đê", 0.4),
          ("Ba Na", 0.3), ("Sán Chay", 0.2), ("Chăm", 0.2), ("Cơ Ho", 0.2)]
STATUS = [("Đang học", 97), ("Chuyển đi", 1.5), ("Thôi học", 0.8), ("Bảo lưu", 0.3),
          ("Đang học ", 0.4)]  # a trailing space, as real exports have
VNEID = [("Mức 2", 62), ("Mức 1", 18), ("Chưa kích hoạt", 15), ("", 5)]
# (province, code of the citizen ID, districts, wards or communes)
PROVINCES = [
    ("Thành phố Hà Nội", "001", ["Quận Ba Đình", "Quận Hoàn Kiếm", "Quận Đống Đa", "Quận Cầu Giấy",
                                 "Huyện Sóc Sơn", "Huyện Đông Anh", "Quận Hà Đông"],
     ["Phường Kim Mã", "Phường Láng Hạ", "Phường Dịch Vọng", "Xã Phù Lỗ", "Xã Uy Nỗ", "Phường Văn Quán"]),
    ("Thành phố Hồ Chí Minh", "079", ["Quận 1", "Quận 3", "Quận Bình Thạnh", "Quận Gò Vấp",
                                      "Thành phố Thủ Đức", "Huyện Củ Chi", "Huyện Bình Chánh"],
     ["Phường Bến Nghé", "Phường Võ Thị Sáu", "Phường 25", "Phường An Phú", "Xã Tân Thông Hội", "Xã Vĩnh Lộc A"]),
    ("Thành phố Hải Phòng", "031", ["Quận Lê Chân", "Quận Ngô Quyền", "Huyện Thủy Nguyên"],
     ["Phường An Biên", "Phường Cầu Đất", "Xã Lập Lễ"]),
    ("Thành phố Đà Nẵng", "048", ["Quận Hải Châu", "Quận Thanh Khê", "Huyện Hòa Vang"],
     ["Phường Thạch Thang", "Phường Chính Gián", "Xã Hòa Phong"]),
    ("Thành phố Cần Thơ", "092", ["Quận Ninh Kiều", "Quận Cái Răng", "Huyện Phong Điền"],
     ["Phường An Hòa", "Phường Hưng Phú", "Xã Nhơn Ái"]),
    ("Tỉnh Nam Định", "036", ["Thành phố Nam Định", "Huyện Hải Hậu", "Huyện Giao Thủy"],
     ["Phường Trần Hưng Đạo", "Xã Hải Bắc", "Xã Giao Thiện"]),
    ("Tỉnh Thanh Hóa", "038", ["Thành phố Thanh Hóa", "Huyện Quảng Xương", "Huyện Thọ Xuân"],
     ["Phường Điện Biên", "Xã Quảng Phong", "Thị trấn Thọ Xuân"]),
    ("Tỉnh Nghệ An", "040", ["Thành phố Vinh", "Huyện Diễn Châu", "Huyện Quỳnh Lưu"],
     ["Phường Hưng Bình", "Xã Diễn Kim", "Xã Quỳnh Bảng"]),
    ("Tỉnh Lào Cai", "010", ["Thị xã Sa Pa", "Huyện Bát Xát", "Huyện Bắc Hà"],
     ["Phường Sa Pa", "Xã Y Tý", "Xã Bản Phố"]),
    ("Tỉnh Đắk Lắk", "066", ["Thành phố Buôn Ma Thuột", "Huyện Krông Pắc", "Huyện Ea Kar"],
     ["Phường Tân Lợi", "Xã Ea Phê", "Thị trấn Ea Kar"]),
    ("Tỉnh Sóc Trăng", "094", ["Thành phố Sóc Trăng", "Huyện Trần Đề", "Thị xã Vĩnh Châu"],
     ["Phường 2", "Xã Lịch Hội Thượng", "Phường Vĩnh Phước"]),
]
STREETS = ["Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
           "Phan Đình Phùng", "Nguyễn Du", "Điện Biên Phủ", "Võ Thị Sáu", "Hùng Vương", "Lê Duẩn"]
HAMLETS = ["Thôn Đông", "Thôn Thượng", "Xóm 3", "Ấp Phú Hòa", "Bản Lếch", "Tổ dân phố 5", "Khu phố 2"]
NOTES = [("", 88), ('"Con thương binh, hộ nghèo"', 2), ('"Chuyển đến từ trường khác, đã đối chiếu hồ sơ"', 2),
         ("Khuyết tật nhẹ", 1.5), ('"Học sinh ""cá biệt"" cần theo dõi"', 0.5), ("Hộ cận nghèo", 3),
         ('"Sai ngày sinh, chờ bổ sung giấy khai sinh"', 1), ("Miễn học phí", 2)]
CLASS_LETTERS = ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
PHONE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077",
                  "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090",
                  "091", "093", "094", "096", "097", "098"]

SCHOOL_YEAR_END = 2025  # school year 2024–2025: grade 1 born 2018
BATCH = 50_000


def weighted(rng, pairs, k):
    values, cumulative = _CUMULATIVE.get(id(pairs)) or _cumulate(pairs)
    return rng.choices(values, cum_weights=cumulative, k=k)


_CUMULATIVE = {}


def _cumulate(pairs):
    values, cumulative, total = [], [], 0.0
    for value, weight in pairs:
        total += weight
        values.append(value)
        cumulative.append(total)
    _CUMULATIVE[id(pairs)] = (values, cumulative)
    return values, cumulative


# "middle given" parts of names; a pupil's sex comes with the name drawn.
MALE_PARTS = [f"{m} {g}" for m in MIDDLE_MALE for g in GIVEN_MALE]
FEMALE_PARTS = [f"{m} {g}" for m in MIDDLE_FEMALE for g in GIVEN_FEMALE]
PUPIL_PARTS = ([(True, part, 51.5 / len(MALE_PARTS)) for part in MALE_PARTS]
               + [(False, part, 48.5 / len(FEMALE_PARTS)) for part in FEMALE_PARTS])
PUPIL_PARTS = [((male, part), w) for male, part, w in PUPIL_PARTS]


def address_pool(rng, n):
    pool = []
    for _ in range(n):
        province, code, districts, wards = rng.choice(PROVINCES)
        district, ward = rng.choice(districts), rng.choice(wards)
        if rng.random() < 0.5:
            place = f"Số {rng.randint(1, 399)}{rng.choice(['', '', '/2', '/15', 'A'])} đường {rng.choice(STREETS)}"
        else:
            place = rng.choice(HAMLETS)
        pool.append((f'"{place}, {ward}, {district}, {province}"', code))
    return pool


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True, help="data rows (header excluded)")
    parser.add_argument("--output", required=True, help="CSV file to write (directories are created)")
    parser.add_argument("--seed", type=int, default=20250101, help="random seed (default 20250101)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    addresses = address_pool(rng, 20_000)
    days = [f"{d:02d}" for d in range(1, 29)]
    months = [f"{m:02d}" for m in range(1, 13)]
    update_pool = [f"{d:02d}/{m:02d}/{y}" for y in (2024, 2025, 2025) for m in range(1, 13) for d in range(1, 29)]
    school = rng.randint(1000, 9999)  # first digits of the Ministry IDs of this district

    out_dir = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.output + ".part"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write(",".join(HEADER) + "\n")
        done = 0
        while done < args.rows:
            k = min(BATCH, args.rows - done)
            pupils = weighted(rng, PUPIL_PARTS, k)
            family = weighted(rng, FAMILY, k)
            mother_family = weighted(rng, FAMILY, k)
            father_parts = rng.choices(MALE_PARTS, k=k)
            mother_parts = rng.choices(FEMALE_PARTS, k=k)
            grades = rng.choices(range(1, 13), k=k)
            letters = rng.choices(CLASS_LETTERS, k=k)
            bdays = rng.choices(days, k=k)
            bmonths = rng.choices(months, k=k)
            ethnic = weighted(rng, ETHNIC, k)
            status = weighted(rng, STATUS, k)
            addr = rng.choices(addresses, k=k)
            vneid = weighted(rng, VNEID, k)
            notes = weighted(rng, NOTES, k)
            phones = rng.choices(PHONE_PREFIXES, k=k)
            bits = rng.getrandbits
            phone_tails = [bits(23) % 10_000_000 for _ in range(k)]
            id_tails = [bits(20) % 1_000_000 for _ in range(k)]
            update_dates = rng.choices(update_pool, k=k)
            chance = rng.random
            missing_id = [chance() < 0.03 for _ in range(k)]
            missing_phone = [chance() < 0.04 for _ in range(k)]

            lines = []
            append = lines.append
            for i in range(k):
                n = done + i + 1
                male, given = pupils[i]
                fam = family[i]
                grade = grades[i]
                year = SCHOOL_YEAR_END - 6 - grade + (1 if rng_late(n) else 0)
                address, province_code = addr[i]
                # Citizen ID: province, century+sex digit (2 male / 3 female for 2000–2099), year, serial.
                cid = "" if missing_id[i] else f"{province_code}{2 if male else 3}{year % 100:02d}{id_tails[i]:06d}"
                phone = "" if missing_phone[i] else f"{phones[i]}{phone_tails[i]:07d}"
                append(
                    f"{n},{school}{n:06d},{fam} {given},"
                    f"{bdays[i]}/{bmonths[i]}/{year},{'Nam' if male else 'Nữ'},{ethnic[i]},Việt Nam,"
                    f"{grade}{letters[i]},{grade},{status[i]},{cid},{address},{fam} {father_parts[i]},{mother_family[i]} {mother_parts[i]},"
                    f"{phone},{vneid[i]},{update_dates[i]},{notes[i]}\n"
                )
            out.write("".join(lines))
            done += k
    os.replace(tmp, args.output)
    size = os.path.getsize(args.output)
    print(f"wrote {args.output}: {args.rows} rows, {size / 1e6:.1f} MB", file=sys.stderr)


def rng_late(n):
    """About one pupil in eleven started school a year late (deterministic by row number)."""
    return n % 11 == 0


if __name__ == "__main__":
    main()
