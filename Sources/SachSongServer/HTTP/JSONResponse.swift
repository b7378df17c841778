import Hummingbird
import SachSong
import NIOCore

/// The API's answers: a JSON body, errors as `{"error": "…"}` in Vietnamese.
enum JSONResponse {
    static func ok(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        ok("{\"error\":\(JSONText.quote(message))}", status: status)
    }
}

/// A refusal that ends a request with its status and Vietnamese message.
struct APIRefusal: Error {
    let status: HTTPResponse.Status
    let message: String

    static let unauthorized = APIRefusal(status: .unauthorized, message: "Cần đăng nhập: gửi «Authorization: Bearer MÃ_API».")
    /// A date the request gave that is no date.
    static func badDate(_ text: String) -> APIRefusal {
        APIRefusal(status: .badRequest, message: "Ngày «\(AccountBook.printable(text))» cần dạng YYYY-MM-DD hoặc dd/mm/yyyy.")
    }

    static let notFound = APIRefusal(status: .notFound, message: "Không có bài nộp hoặc trường này (hoặc tài khoản không được xem).")
}
