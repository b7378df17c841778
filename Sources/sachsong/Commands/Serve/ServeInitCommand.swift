import ArgumentParser
import SachSongServer

/// `sachsong serve init --data DIR`: creates the store and its first admin.
struct ServeInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo kho dữ liệu của dịch vụ và một tài khoản quản trị (in mật khẩu dùng một lần)."
    )

    @OptionGroup var data: ServeDataOption

    @Option(name: .customLong("admin"), help: "Tên tài khoản quản trị.")
    var admin = "admin"

    func run() throws {
        let store = try data.open(create: true)
        guard try store.isEmpty() else {
            throw ExitWithMessage(code: 2, message: "sachsong: \(data.folder): kho dữ liệu đã có tài khoản; dùng «serve account add» để thêm.")
        }
        let created = try refusingInVietnamese { try AccountBook(store: store).add(name: admin, role: .admin) }
        print("Đã tạo kho dữ liệu ở \(data.folder).")
        print("Tài khoản quản trị: \(created.account.name)")
        print("Mật khẩu dùng một lần (phải đổi khi đăng nhập lần đầu): \(created.oneTimePassword)")
    }
}
