import Foundation
import GRDB
import Testing
@testable import SachSongServer

/// The service's store: accounts, schools, tokens and the audit log survive a reopening; what
/// is refused is refused in Vietnamese; secrets are kept only as hashes.
@Suite("Service store")
struct StoreTests {
    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-serve-\(UUID().uuidString)").path
    }

    @Test("A store is created once; opening a folder without one says what to run")
    func createAndOpen() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ServeError.noStore(folder)) { _ = try ServeStore(folder: folder) }
        let store = try ServeStore(folder: folder, create: true)
        #expect(try store.isEmpty())
        #expect(try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(ServeError.noStore(folder).description.contains("sachsong serve init --data"))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test("Accounts: one-time passwords, roles, schools made on the way, refusals")
    func accounts() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let book = AccountBook(store: try ServeStore(folder: folder, create: true), cost: 4)
        let admin = try book.add(name: "admin", role: .admin)
        #expect(admin.account.mustChangePassword)
        #expect(admin.oneTimePassword.count == 16)
        let clerk = try book.add(name: "van-thu-an-phu", role: .school, schoolCode: "79000701", schoolName: "THCS An Phú", groupID: "phuong-an-khanh")
        #expect(clerk.account.schoolCode == "79000701")
        #expect(clerk.oneTimePassword != admin.oneTimePassword)
        _ = try book.add(name: "phan-tich", role: .analyst, groupID: "phuong-an-khanh")

        #expect(throws: ServeError.duplicateAccount("admin")) { _ = try book.add(name: "admin", role: .analyst) }
        #expect(throws: ServeError.schoolRoleNeedsSchool) { _ = try book.add(name: "x", role: .school) }
        #expect(throws: ServeError.schoolOnlyForSchoolRole) { _ = try book.add(name: "y", role: .analyst, schoolCode: "1") }
        #expect(throws: ServeError.badName("")) { _ = try book.add(name: "", role: .admin) }
        #expect(throws: ServeError.badName("ab")) { _ = try book.add(name: "a\u{1B}b", role: .admin) }

        // The password itself is nowhere in the store.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + ServeStore.fileName))
        #expect(bytes.range(of: Data(clerk.oneTimePassword.utf8)) == nil)

        #expect(try book.signIn(name: "van-thu-an-phu", password: clerk.oneTimePassword)?.name == "van-thu-an-phu")
        #expect(try book.signIn(name: "van-thu-an-phu", password: "sai mật khẩu") == nil)
        #expect(try book.signIn(name: "không có", password: clerk.oneTimePassword) == nil)
        let id = try #require(clerk.account.id)
        try book.setPassword(account: id, to: "mật khẩu mới của văn thư")
        #expect(try book.signIn(name: "van-thu-an-phu", password: clerk.oneTimePassword) == nil)
        let signedIn = try #require(try book.signIn(name: "van-thu-an-phu", password: "mật khẩu mới của văn thư"))
        #expect(!signedIn.mustChangePassword)

        let actions = try book.auditLog().map(\.action)
        #expect(actions.filter { $0 == "account.add" }.count == 3)
        #expect(actions.contains("school.add"))
        #expect(actions.filter { $0 == "signin.fail" }.count == 3)
        #expect(actions.filter { $0 == "signin.ok" }.count == 2)
        #expect(actions.contains("password.change"))
    }

    @Test("API tokens: shown once, stored as SHA-256, found again, unknown ones refused")
    func tokens() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let book = AccountBook(store: try ServeStore(folder: folder, create: true), cost: 4)
        _ = try book.add(name: "ci", role: .school, schoolCode: "79000702")
        let token = try book.addToken(account: "ci")
        #expect(token.hasPrefix("ss_") && token.count == 67)
        #expect(try book.addToken(account: "ci") != token)
        #expect(throws: ServeError.unknownAccount("khác")) { _ = try book.addToken(account: "khác") }
        #expect(try book.account(token: token)?.name == "ci")
        #expect(try book.account(token: token + "x") == nil)
        #expect(try book.account(token: "") == nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + ServeStore.fileName))
        #expect(bytes.range(of: Data(token.utf8)) == nil)
        // SHA-256 as published (FIPS 180-2, "abc").
        #expect(Secrets.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("Everything survives reopening the store, and a backup holds the same")
    func restartAndBackup() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var token = ""
        do {
            let book = AccountBook(store: try ServeStore(folder: folder, create: true), cost: 4)
            _ = try book.add(name: "admin", role: .admin)
            _ = try book.add(name: "truong-a", role: .school, schoolCode: "79000703")
            token = try book.addToken(account: "truong-a")
        }
        let reopened = try ServeStore(folder: folder)
        let book = AccountBook(store: reopened, cost: 4)
        #expect(try book.accounts().map(\.name) == ["admin", "truong-a"])
        #expect(try book.account(token: token)?.schoolCode == "79000703")

        let copy = folder + "/sao-luu.sqlite"
        try reopened.backup(to: copy)
        #expect(throws: ServeError.exists(copy)) { try reopened.backup(to: copy) }
        let restored = folder + "/khoi-phuc"
        try FileManager.default.createDirectory(atPath: restored, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: copy, toPath: restored + "/" + ServeStore.fileName)
        let fromBackup = AccountBook(store: try ServeStore(folder: restored), cost: 4)
        #expect(try fromBackup.accounts().map(\.name) == ["admin", "truong-a"])
        #expect(try fromBackup.account(token: token)?.name == "truong-a")
    }
}
