import SachSong
/// Word lists for realistic Vietnamese records. Family-name shares follow the usual national
/// estimates (Nguyễn ~38 %, Trần ~11 %, Lê ~9.5 %, Phạm ~7 % …); Hoàng/Huỳnh and Vũ/Võ are the
/// northern/southern spellings of one name and both appear.
enum SampleData {
    static let familyNames = Weighted<String>([
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3), ("Huỳnh", 2.1), ("Phan", 4.5),
        ("Vũ", 2), ("Võ", 1.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1),
        ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Đào", 0.4), ("Lương", 0.3), ("Mai", 0.3), ("Cao", 0.3),
        ("Tạ", 0.2), ("Hà", 0.3), ("Lâm", 0.3), ("Châu", 0.2), ("Thái", 0.2), ("Tô", 0.2), ("Quách", 0.1)
    ])
    static let middleMale = Weighted<String>([
        ("Văn", 22), ("Đức", 10), ("Minh", 12), ("Quang", 7), ("Hữu", 6), ("Thành", 5), ("Gia", 6), ("Công", 4),
        ("Anh", 4), ("Trọng", 3), ("Xuân", 3), ("Ngọc", 3), ("Bảo", 5), ("Đình", 4), ("Tuấn", 3), ("Hoàng", 4),
        ("Nhật", 4), ("Thế", 3), ("Phúc", 2), ("Trung", 2)
    ])
    static let middleFemale = Weighted<String>([
        ("Thị", 30), ("Ngọc", 10), ("Thu", 5), ("Thanh", 6), ("Phương", 4), ("Bảo", 5), ("Minh", 5), ("Khánh", 4),
        ("Thùy", 4), ("Hồng", 3), ("Mai", 3), ("Quỳnh", 3), ("Diệu", 2), ("Hải", 2), ("Kim", 3), ("Tường", 1),
        ("Mỹ", 3), ("Hoài", 2), ("Gia", 3), ("Ánh", 2)
    ])
    static let givenMale = [
        "An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Khánh",
        "Khoa", "Kiên", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát", "Phúc", "Quân", "Quang", "Sơn",
        "Tài", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Đức",
        "Phong", "Nhân", "Lâm", "Bảo", "Hoàng", "Thiện", "Tín", "Trí", "Khôi", "Đăng", "Nguyên", "Kiệt"
    ]
    static let givenFemale = [
        "Anh", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Huyền",
        "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Nhi", "Oanh", "Phương",
        "Quỳnh", "Thảo", "Thư", "Trang", "Trâm", "Uyên", "Vân", "Vy", "Yến", "Hân", "Ánh", "Châu",
        "Nguyệt", "Thủy", "Tâm", "Xuân", "Khuê", "Như", "Tiên", "Trinh"
    ]
    /// Canonical spellings of `rules/lists/dan_toc.yaml`, with shares of a southern city school.
    static let ethnicGroups = Weighted<String>([
        ("Kinh", 90), ("Hoa", 4), ("Khơ-me", 2), ("Tày", 0.8), ("Nùng", 0.8), ("Mường", 0.6), ("Thái", 0.5),
        ("Chăm", 0.4), ("HMông", 0.3), ("Ê-đê", 0.2), ("Gia-rai", 0.2), ("Dao", 0.2)
    ])
    /// Birth-registration provinces (codes of `ma_tinh_cccd`); most children of an HCMC school
    /// were registered there, the others in the provinces families move from.
    static let birthProvinces = Weighted<(code: String, name: String)>([
        (("079", "Thành phố Hồ Chí Minh"), 70), (("074", "Tỉnh Bình Dương"), 3), (("075", "Tỉnh Đồng Nai"), 3),
        (("080", "Tỉnh Long An"), 2), (("082", "Tỉnh Tiền Giang"), 2), (("083", "Tỉnh Bến Tre"), 1.5),
        (("087", "Tỉnh Đồng Tháp"), 1.5), (("089", "Tỉnh An Giang"), 1.5), (("094", "Tỉnh Sóc Trăng"), 1),
        (("096", "Tỉnh Cà Mau"), 1), (("040", "Tỉnh Nghệ An"), 2), (("038", "Tỉnh Thanh Hóa"), 2),
        (("036", "Tỉnh Nam Định"), 1), (("052", "Tỉnh Bình Định"), 1.5), (("051", "Tỉnh Quảng Ngãi"), 1.5),
        (("066", "Tỉnh Đắk Lắk"), 1), (("001", "Thành phố Hà Nội"), 2), (("048", "Thành phố Đà Nẵng"), 1),
        (("092", "Thành phố Cần Thơ"), 1)
    ])
    static let wards = [
        "Phường Bến Thành", "Phường Sài Gòn", "Phường Tân Định", "Phường Gia Định", "Phường Bình Thạnh",
        "Phường Thạnh Mỹ Tây", "Phường Hạnh Thông", "Phường An Nhơn", "Phường Thủ Đức", "Phường Linh Xuân",
        "Phường Tân Sơn Nhất", "Phường Phú Nhuận", "Phường Chợ Lớn", "Phường Bình Tây", "Xã Củ Chi",
        "Xã Bình Chánh", "Xã Tân Nhựt", "Phường Hiệp Bình", "Phường Tăng Nhơn Phú", "Phường Bình Trưng"
    ]
    static let streets = [
        "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
        "Phan Đình Phùng", "Nguyễn Du", "Điện Biên Phủ", "Võ Thị Sáu", "Hùng Vương", "Lê Duẩn",
        "Cách Mạng Tháng Tám", "Nguyễn Văn Cừ", "Phạm Văn Đồng", "Lê Văn Sỹ", "Nguyễn Oanh", "Tô Ký"
    ]
    /// Names schools are named after.
    static let schoolNames = [
        "Nguyễn Du", "Lê Quý Đôn", "Trần Đại Nghĩa", "Nguyễn Thị Minh Khai", "Lê Hồng Phong",
        "Võ Trường Toản", "Chu Văn An", "Nguyễn Trãi", "Phan Bội Châu", "Trưng Vương",
        "Hai Bà Trưng", "Lương Thế Vinh", "Nguyễn Hiền", "Đinh Tiên Hoàng", "Bạch Đằng",
        "Hòa Bình", "An Phú", "Bình An", "Tân Định", "Kỳ Đồng", "Minh Đức", "Colette",
        "Đoàn Thị Điểm", "Huỳnh Khương Ninh", "Văn Lang", "Hồng Bàng", "Lam Sơn", "Thăng Long"
    ]
    /// Mobile prefixes in use (3 digits).
    static let mobilePrefixes = [
        "032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079",
        "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096",
        "097", "098", "056", "058", "059"
    ]
    static let subjects = [
        "Toán", "Ngữ văn", "Tiếng Anh", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Giáo dục công dân",
        "Tin học", "Công nghệ", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật", "Hoạt động trải nghiệm"
    ]
    static let lessonTopics = [
        "Ôn tập chương", "Luyện tập", "Bài đọc", "Thực hành", "Chủ đề", "Kiểm tra giữa kỳ",
        "Dự án học tập", "Bài mở đầu"
    ]
    static let materialKinds = [
        "Bài giảng điện tử", "Bài trình chiếu", "Video", "Sách điện tử", "Kế hoạch bài dạy",
        "Bài kiểm tra", "Ngân hàng câu hỏi", "Tài liệu tham khảo", "Hình ảnh", "Phần mềm mô phỏng"
    ]
    static let roomKinds = [
        "Phòng học", "Phòng bộ môn", "Phòng tin học", "Phòng ngoại ngữ", "Thư viện", "Phòng thiết bị",
        "Phòng họp", "Phòng Y tế", "Nhà đa năng", "Khu vệ sinh", "Sân chơi", "Văn phòng"
    ]
    static let equipment: [(kind: String, name: String, unit: String)] = [
        ("Máy tính", "Máy tính để bàn", "Bộ"), ("Máy tính", "Máy tính xách tay", "Chiếc"),
        ("Thiết bị trình chiếu", "Máy chiếu", "Chiếc"), ("Thiết bị trình chiếu", "Tivi thông minh 65 inch", "Chiếc"),
        ("Thiết bị mạng", "Bộ phát Wifi", "Bộ"), ("Thiết bị dạy học", "Bộ thiết bị dạy học Khoa học tự nhiên", "Bộ"),
        ("Thiết bị dạy học", "Bảng tương tác", "Chiếc"), ("Thiết bị khác", "Máy in", "Chiếc")
    ]
    /// Systems of a school: name, kind, vendor, address, connected to CSDL, SSO, collects activity.
    static let systems: [(name: String, kind: String, vendor: String, url: String, csdl: Bool, sso: Bool, log: Bool)] = [
        ("CSDL ngành Giáo dục TP.HCM", "CSDL ngành", "Sở GDĐT TP.HCM", "https://csdl.hcm.edu.vn", true, true, true),
        ("SMAS", "Quản lý trường học", "Viettel", "https://smas.edu.vn", true, true, true),
        ("vnEdu", "Sổ điểm và học bạ số", "VNPT", "https://vnedu.vn", true, true, true),
        ("K12Online", "Hệ thống quản lý học tập", "Viettel", "https://k12online.vn", false, true, true),
        ("Kho học liệu số của trường", "Kho học liệu số", "Tổ Tin học", "https://hoclieu.truong.edu.vn", false, false, true),
        ("Văn phòng điện tử", "Văn phòng điện tử", "VNPT", "https://ioffice.hcm.edu.vn", true, true, false),
        ("Sổ liên lạc điện tử", "Liên lạc điện tử", "Viettel", "https://sll.edu.vn", false, true, true),
        ("Cổng thông tin điện tử", "Cổng thông tin điện tử", "Sở GDĐT TP.HCM", "https://truong.hcm.edu.vn", false, false, false)
    ]
    static let actions = [
        "Đăng nhập", "Xem điểm", "Nộp bài", "Xem bài giảng", "Làm bài kiểm tra", "Nhập điểm",
        "Điểm danh", "Xem thông báo", "Cập nhật hồ sơ"
    ]
    static let devices = ["Chrome / Windows 10", "Chrome / Android", "Safari / iOS", "Edge / Windows 11", "Ứng dụng di động / Android"]
}
