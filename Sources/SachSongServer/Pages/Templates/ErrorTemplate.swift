extension Templates {
    static let error = """
        {{<layout}}{{$body}}
        <h1>Không thực hiện được</h1>
        <p class="alert" role="alert">{{message}}</p>
        <p class="muted">Mã HTTP {{status}}.</p>
        <p><a href="/">Về trang chính</a></p>
        {{/body}}{{/layout}}
        """
}
