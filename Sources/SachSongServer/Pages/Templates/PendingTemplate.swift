extension Templates {
    /// A submission still in the queue or being checked: the page reloads itself.
    static let pending = """
        {{<layout}}{{$body}}
        <h1>Đang kiểm tra…</h1>
        <p class="notice" role="status">{{state}} Trang tự tải lại sau vài giây; có thể đóng trang và quay lại sau.</p>
        <progress aria-label="Đang kiểm tra"></progress>
        <p><a href="/submissions/{{id}}">Tải lại ngay</a></p>
        {{/body}}{{/layout}}
        """
}
