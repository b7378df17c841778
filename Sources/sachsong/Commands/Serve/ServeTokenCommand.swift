import ArgumentParser
import SachSongServer

/// `sachsong serve token`: API tokens for CI and scripts.
struct ServeTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Mã API cho CI và script.",
        subcommands: [ServeTokenAddCommand.self]
    )
}

/// `sachsong serve token add --data DIR --account NAME`: prints the token, which is not kept.
struct ServeTokenAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tạo một mã API cho tài khoản; mã chỉ in ra một lần (kho chỉ giữ giá trị băm)."
    )

    @OptionGroup var data: ServeDataOption

    @Option(help: "Tên tài khoản.")
    var account: String

    func run() throws {
        let store = try data.open()
        let token = try refusingInVietnamese { try AccountBook(store: store).addToken(account: account) }
        print("Mã API của \(account) (chỉ in lần này; dùng «Authorization: Bearer MÃ»):")
        print(token)
    }
}
