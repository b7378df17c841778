import Crypto
import Foundation
import HummingbirdBcrypt

/// The secrets the service makes and checks: one-time passwords, API tokens, their hashes.
enum Secrets {
    /// Letters and digits that cannot be mistaken for one another when read aloud or copied
    /// from a screen (no 0/O, 1/l/I).
    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A one-time password: 16 characters, about 93 bits.
    static func oneTimePassword() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// An API token: "ss_" and 32 random bytes in hex.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "ss_" + hex(bytes)
    }

    /// The SHA-256 of bytes, in lowercase hex.
    static func sha256(_ bytes: some DataProtocol) -> String { hex(Array(SHA256.hash(data: bytes))) }

    /// The bcrypt hash of a password (cost 12 by default; tests use less).
    static func hashPassword(_ password: String, cost: UInt8) -> String { Bcrypt.hash(password, cost: cost) }

    static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
