extension Templates {
    /// The records behind one indicator's shortfall (`indicators --explain`), identity numbers masked.
    static let explain = """
        {{<layout}}{{$body}}
        <p><a href="/submissions/{{id}}">← Kết quả lần nộp</a></p>
        <h1>Vì sao: {{indicatorName}}</h1>
        <p>{{schoolName}} — <b>{{numerator}}/{{denominator}}</b> = {{rate}}.</p>
        {{#missing}}<p class="notice">Không có dữ liệu: {{missing}}.</p>{{/missing}}
        {{#excluded}}<p class="muted">{{excluded}} người không mang quốc tịch Việt Nam không tính vào mẫu số.</p>{{/excluded}}
        {{#expired}}<p class="notice">Các tệp của lần nộp này đã hết hạn lưu nên không liệt kê lại được hồ sơ; các số liệu vẫn giữ.</p>{{/expired}}
        {{^expired}}{{^missing}}
        <p>{{rowCount}} hồ sơ nằm trong mẫu số nhưng không nằm trong tử số:</p>
        {{#hasRows}}
        <table class="list">
          <thead><tr><th scope="col">Tệp</th><th scope="col">Dòng dữ liệu</th><th scope="col">Dòng</th>
          <th scope="col">Hồ sơ</th><th scope="col">Lý do</th></tr></thead>
          <tbody>{{#rows}}<tr><td>{{file}}</td><td class="num">{{row}}</td><td class="num">{{line}}</td><td>{{who}}</td><td>{{reason}}</td></tr>{{/rows}}</tbody>
        </table>
        {{/hasRows}}
        {{/missing}}{{/expired}}
        {{/body}}{{/layout}}
        """
}
