import ArgumentParser
import Foundation
import SachSongServer

extension ServeDataOption {
    /// The store in the data folder (created when `create`); a refusal is printed in Vietnamese
    /// with exit code 2.
    func open(create: Bool = false) throws -> ServeStore {
        do {
            return try ServeStore(folder: folder, create: create)
        } catch let error as ServeError {
            throw ExitWithMessage(code: 2, message: "sachsong: \(error)")
        } catch {
            throw ExitWithMessage(code: 2, message: "sachsong: \(folder): không mở được kho dữ liệu (\(error)).")
        }
    }
}

/// Runs `body`, turning the store's refusals into a message and exit code 2.
func refusingInVietnamese<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ServeError {
        throw ExitWithMessage(code: 2, message: "sachsong: \(error)")
    }
}
