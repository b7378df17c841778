extension Templates {
    /// The records that moved an indicator between a school's last two submissions.
    static let moved = """
        {{<layout}}{{$body}}
        <p><a href="/schools/{{code}}/trend">← Xu hướng của trường</a></p>
        <h1>Hồ sơ thay đổi: {{indicatorName}}</h1>
        <p class="muted">{{schoolName}} — so sánh lần nộp gần nhất với lần trước.</p>
        {{#unavailable}}<p class="notice">{{unavailable}}</p>{{/unavailable}}
        {{^unavailable}}
        <h2>Mới đạt ({{completeCount}})</h2>
        {{#complete}}{{> movedTable}}{{/complete}}
        <h2>Mới thiếu ({{failingCount}})</h2>
        {{#failing}}{{> movedTable}}{{/failing}}
        {{/unavailable}}
        {{/body}}{{/layout}}
        """

    static let movedTable = """
        {{#hasRows}}
        <table class="list"><thead><tr><th scope="col">Tệp</th><th scope="col">Dòng dữ liệu</th><th scope="col">Hồ sơ</th><th scope="col">Lý do (khi thiếu)</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{file}}</td><td class="num">{{row}}</td><td>{{who}}</td><td>{{reason}}</td></tr>{{/rows}}</tbody></table>
        {{/hasRows}}
        {{^hasRows}}<p class="muted">Không có.</p>{{/hasRows}}
        """
}
