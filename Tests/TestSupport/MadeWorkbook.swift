import CXLSXWriter
import Foundation

/// A class list as a sector-database export writes it, made with libxlsxwriter in the test: a
/// merged title in bold over the sheet, bold headings, set column widths, a formula cell, a
/// data validation, a defined name and a second sheet with a catalogue.
public enum MadeWorkbook {
    public static let rows: [[String]] = [
        ["1", "7901234567", "Nguyễn Văn An", "05/03/2014", "Nam", "079214000123", "0912345678"],
        ["2", "7901234568", "  Trần Thị   Bình ", "12/11/2014", "Nữ", "079314000456", "912345679"],
        ["3", "7901234569", "Lê Văn Cường", "2014-07-20", "Nam", "79214000789", "0912 345 680"],
        ["4", "7901234570", "Phạm  Minh Đức", "01/09/2014", "Nam", "079214001234", "0987654321"]
    ]

    public static func write(to path: String, dataSheetSecond: Bool = false) throws {
        guard let workbook = workbook_new(path) else { throw CocoaError(.fileWriteUnknown) }
        if dataSheetSecond { _ = workbook_add_worksheet(workbook, "Hướng dẫn") }
        let sheet = workbook_add_worksheet(workbook, "Danh sách lớp 6A1")!
        let catalogue = workbook_add_worksheet(workbook, "Danh mục")!
        let title = workbook_add_format(workbook)!
        format_set_bold(title)
        format_set_font_size(title, 14)
        format_set_align(title, UInt8(LXW_ALIGN_CENTER.rawValue))
        let heading = workbook_add_format(workbook)!
        format_set_bold(heading)
        format_set_bg_color(heading, 0xDDEBF7)
        format_set_border(heading, UInt8(LXW_BORDER_THIN.rawValue))
        let italic = workbook_add_format(workbook)!
        format_set_italic(italic)
        format_set_font_name(italic, "Times New Roman")
        let text = workbook_add_format(workbook)!
        format_set_num_format(text, "@")
        worksheet_merge_range(sheet, 0, 0, 0, 6, "DANH SÁCH HỌC SINH LỚP 6A1 — NĂM HỌC 2025-2026", title)
        worksheet_set_column(sheet, 2, 2, 28, nil)
        worksheet_set_column(sheet, 5, 5, 18, text)
        let headers = ["STT", "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Số điện thoại"]
        for (c, header) in headers.enumerated() { worksheet_write_string(sheet, 2, lxw_col_t(c), header, heading) }
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() {
                let at = lxw_row_t(r + 3)
                if c == 0 || (c >= 5 && Double(value) != nil && !value.hasPrefix("0")) {
                    worksheet_write_number(sheet, at, lxw_col_t(c), Double(value)!, c == 2 ? italic : nil)
                } else {
                    worksheet_write_string(sheet, at, lxw_col_t(c), value, c == 2 ? italic : nil)
                }
            }
        }
        // A formula beside the data: its cell must never be rewritten.
        worksheet_write_formula(sheet, 3, 7, "=A4*2", nil)
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        var items: [UnsafeMutablePointer<CChar>?] = [strdup("Nam"), strdup("Nữ"), nil]
        defer { items.forEach { free($0) } }
        let status = items.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            validation.value_list = buffer.baseAddress
            return worksheet_data_validation_range(sheet, 3, 4, 100, 4, &validation)
        }
        guard status == LXW_NO_ERROR else { throw CocoaError(.fileWriteUnknown) }
        workbook_define_name(workbook, "DanhMucGioiTinh", "='Danh mục'!$A$2:$B$3")
        worksheet_write_string(catalogue, 0, 0, "Mã", heading)
        worksheet_write_string(catalogue, 0, 1, "Giới tính", heading)
        worksheet_write_string(catalogue, 1, 0, "01", nil)
        worksheet_write_string(catalogue, 1, 1, "Nam", nil)
        worksheet_write_string(catalogue, 2, 0, "02", nil)
        worksheet_write_string(catalogue, 2, 1, "Nữ", nil)
        worksheet_set_column(catalogue, 1, 1, 20, nil)
        guard workbook_close(workbook) == LXW_NO_ERROR else { throw CocoaError(.fileWriteUnknown) }
    }
}
