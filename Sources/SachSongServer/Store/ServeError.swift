/// What the service's commands and store refuse, in Vietnamese.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    case noStore(String)
    case exists(String)
    case unknownRole(String)
    case schoolRoleNeedsSchool
    case schoolOnlyForSchoolRole
    case duplicateAccount(String)
    case unknownAccount(String)
    case badName(String)

    public var description: String {
        switch self {
        case .noStore(let folder):
            return "\(folder): chưa có kho dữ liệu của dịch vụ; hãy chạy «sachsong serve init --data \(folder)» trước."
        case .exists(let path): return "\(path): tệp đã có, không ghi đè."
        case .unknownRole(let role): return "vai trò «\(role)» không có; chọn admin, analyst hoặc school."
        case .schoolRoleNeedsSchool: return "tài khoản vai trò school cần --school MÃ_TRƯỜNG."
        case .schoolOnlyForSchoolRole: return "--school chỉ dùng cho tài khoản vai trò school."
        case .duplicateAccount(let name): return "tài khoản «\(name)» đã có."
        case .unknownAccount(let name): return "không có tài khoản «\(name)»."
        case .badName(let name): return "tên «\(name)» không hợp lệ: cần 1–64 ký tự, không có ký tự điều khiển."
        }
    }
}
