import ArgumentParser
import SachSongServer

/// `sachsong serve account`: accounts of the service.
struct ServeAccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Tài khoản của dịch vụ.",
        subcommands: [ServeAccountAddCommand.self, ServeAccountListCommand.self]
    )
}

/// `sachsong serve account add --data DIR --role ROLE [--school CODE] [--group ID] NAME`.
struct ServeAccountAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tạo một tài khoản (và trường, nếu mã trường mới); in mật khẩu dùng một lần."
    )

    @OptionGroup var data: ServeDataOption

    @Option(help: "Vai trò: admin, analyst (xem các trường của nhóm mình, hoặc mọi trường) hoặc school (chỉ trường mình).")
    var role: String

    @Option(help: "Mã trường (vai trò school).")
    var school: String?

    @Option(name: .customLong("school-name"), help: "Tên trường, khi trường mới.")
    var schoolName: String?

    @Option(help: "Nhóm quản lý (phường/xã hoặc Sở) của trường mới, hoặc của tài khoản analyst.")
    var group: String?

    @Argument(help: "Tên tài khoản.")
    var name: String

    func run() throws {
        guard let role = Role(rawValue: role) else {
            throw ExitWithMessage(code: 64, message: "sachsong: \(ServeError.unknownRole(self.role))")
        }
        let store = try data.open()
        let created = try refusingInVietnamese {
            try AccountBook(store: store).add(name: name, role: role, schoolCode: school, schoolName: schoolName, groupID: group)
        }
        print("Đã tạo tài khoản \(created.account.name) (\(role.rawValue)\(school.map { ", trường \($0)" } ?? "")).")
        print("Mật khẩu dùng một lần (phải đổi khi đăng nhập lần đầu): \(created.oneTimePassword)")
    }
}

/// `sachsong serve account list --data DIR`.
struct ServeAccountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các tài khoản.")

    @OptionGroup var data: ServeDataOption

    func run() throws {
        let store = try data.open()
        for account in try AccountBook(store: store).accounts() {
            let scope = account.schoolCode.map { "trường \($0)" } ?? account.groupID.map { "nhóm \($0)" } ?? "mọi trường"
            print("\(account.name)\t\(account.role.rawValue)\t\(scope)\(account.mustChangePassword ? "\tchưa đổi mật khẩu" : "")")
        }
    }
}
