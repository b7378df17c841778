extension Templates {
    /// A submission's result: its figures with the "why" of each, downloads, and per file the
    /// record type, the column mapping and the findings grouped by rule, filtered by severity
    /// and dimension.
    static let submission = """
        {{<layout}}{{$body}}
        <p><a href="{{backLink}}">← {{backText}}</a></p>
        <h1>Kết quả lần nộp của {{schoolName}}</h1>
        <p class="muted">Nhận lúc {{received}} · ngày tham chiếu {{asOf}} · {{fileCount}} tệp · {{rows}} dòng dữ liệu</p>
        <p class="verdict {{verdictClass}}" role="status"><b>{{verdict}}</b> — {{errors}} lỗi, {{warnings}} cảnh báo.</p>
        {{#expired}}<p class="notice">Các tệp gốc của lần nộp này đã hết hạn lưu ({{keepDays}} ngày) và đã được xóa; phát hiện và số liệu vẫn giữ.</p>{{/expired}}

        <h2>Tải về</h2>
        <ul class="downloads">
          <li><a href="/submissions/{{submissionID}}/findings.xlsx">Danh sách phát hiện (.xlsx)</a></li>
          {{#files}}{{#readable}}{{^expired}}
          <li>{{name}}: <a href="/submissions/{{submissionID}}/files/{{number}}/annotated">bảng tính đã đánh dấu</a> ·
          <a href="/submissions/{{submissionID}}/files/{{number}}/clean">bảng tính đã làm sạch</a> ·
          <a href="/submissions/{{submissionID}}/files/{{number}}/changes">nhật ký thay đổi (.csv)</a></li>
          {{/expired}}{{/readable}}{{/files}}
        </ul>

        <h2>Phát hiện</h2>
        <form method="get" action="/submissions/{{submissionID}}" class="filters">
          <label for="severity">Mức độ</label>
          <select id="severity" name="severity">
            {{#severityOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severityOptions}}
          </select>
          <label for="dimension">Khía cạnh</label>
          <select id="dimension" name="dimension">
            {{#dimensionOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/dimensionOptions}}
          </select>
          <button type="submit">Lọc</button>
        </form>
        {{#files}}
        <section class="file">
          <h3>{{name}} <small class="muted">{{size}}</small></h3>
          {{#error}}<p class="alert">{{error}}</p>{{/error}}
          {{#readable}}
          <p>Loại hồ sơ: <b>{{recordType}}</b> · {{rows}} dòng dữ liệu{{#sheet}} · trang tính «{{sheet}}»{{/sheet}} · {{errors}} lỗi, {{warnings}} cảnh báo</p>
          <details><summary>Cách đọc các cột ({{columnCount}} cột)</summary>
          <table class="list"><thead><tr><th scope="col">Cột</th><th scope="col">Tiêu đề trong tệp</th><th scope="col">Trường dữ liệu</th><th scope="col">Cách nhận</th></tr></thead>
          <tbody>{{#columns}}<tr><td class="num">{{index}}</td><td>{{header}}</td><td>{{field}}</td><td>{{match}}</td></tr>{{/columns}}</tbody></table>
          </details>
          {{/readable}}
          {{#hasGroups}}
          {{#groups}}
          <details class="rule {{severity}}" open>
            <summary><span class="badge {{severity}}">{{severityLabel}}</span> <code>{{rule}}</code> · {{dimensionLabel}} · {{count}} phát hiện</summary>
            <table class="list"><thead><tr><th scope="col">Dòng dữ liệu</th><th scope="col">Ô</th><th scope="col">Cột</th><th scope="col">Thông báo</th></tr></thead>
            <tbody>{{#findings}}<tr><td class="num" data-label="Dòng dữ liệu">{{row}}</td><td data-label="Ô">{{cell}}</td><td data-label="Cột">{{column}}</td><td>{{message}}</td></tr>{{/findings}}</tbody></table>
          </details>
          {{/groups}}
          {{/hasGroups}}
          {{^hasGroups}}{{#readable}}<p class="ok">Không có phát hiện nào{{#filtered}} khớp bộ lọc{{/filtered}}.</p>{{/readable}}{{/hasGroups}}
        </section>
        {{/files}}

        <h2>Chỉ số của trường (Lĩnh vực 3)</h2>
        {{#hasFigures}}
        <table class="list figures">
          <thead><tr><th scope="col">Tiêu chí / chỉ số</th><th scope="col">Tử số</th><th scope="col">Mẫu số</th><th scope="col">Tỉ lệ</th><th scope="col">Vì sao</th></tr></thead>
          <tbody>
          {{#criteria}}
          <tr class="criterion"><th scope="rowgroup" colspan="5">{{id}} {{name}}</th></tr>
          {{#indicators}}
          <tr><td>{{name}}{{#missing}}<div class="muted">Không có dữ liệu: {{missing}}</div>{{/missing}}</td>
          <td class="num" data-label="Tử số">{{numerator}}</td><td class="num" data-label="Mẫu số">{{denominator}}</td><td class="num" data-label="Tỉ lệ"><b>{{rate}}</b></td>
          <td>{{#explainable}}<a href="/submissions/{{submissionID}}/explain/{{key}}">hồ sơ còn thiếu</a>{{/explainable}}</td></tr>
          {{/indicators}}
          {{/criteria}}
          </tbody>
        </table>
        {{/hasFigures}}
        {{^hasFigures}}<p class="muted">Không tính được chỉ số từ các tệp đã nộp.</p>{{/hasFigures}}
        {{/body}}{{/layout}}
        """
}
