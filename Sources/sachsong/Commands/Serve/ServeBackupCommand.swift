import ArgumentParser
import SachSongServer

/// `sachsong serve backup --data DIR --to FILE`: an online backup of the store.
struct ServeBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu kho dữ liệu (được cả khi dịch vụ đang chạy) vào một tệp SQLite mới."
    )

    @OptionGroup var data: ServeDataOption

    @Option(help: "Tệp sao lưu (chưa có).")
    var to: String

    func run() throws {
        let store = try data.open()
        try refusingInVietnamese { try store.backup(to: to) }
        print("Đã sao lưu \(data.folder) vào \(to).")
    }
}
