extension Templates {
    static let school = """
        {{<layout}}{{$body}}
        <p><a href="/">← Các trường</a></p>
        <h1>{{schoolName}} <small class="muted">({{schoolCode}})</small></h1>
        <h2>Các lần nộp</h2>
        {{> historyTable}}
        {{/body}}{{/layout}}
        """
}
