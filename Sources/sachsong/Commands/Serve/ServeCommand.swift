import ArgumentParser

/// `sachsong serve`: the service's store, accounts and tokens.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Dịch vụ web cho các trường nộp dữ liệu: kho dữ liệu, tài khoản, mã API.",
        subcommands: [
            ServeRunCommand.self, ServeInitCommand.self, ServeAccountCommand.self, ServeTokenCommand.self, ServeBackupCommand.self
        ],
        defaultSubcommand: ServeRunCommand.self
    )
}

/// `--data DIR`, the service's data folder, for every `serve` command.
struct ServeDataOption: ParsableArguments {
    @Option(name: .customLong("data"), help: "Thư mục dữ liệu của dịch vụ (kho SQLite và tệp tải lên).")
    var folder: String
}
