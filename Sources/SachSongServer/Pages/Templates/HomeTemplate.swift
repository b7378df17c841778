extension Templates {
    /// A school's clerk: drop files, then the school's past submissions. An analyst or admin:
    /// the schools it may see, with their latest submission.
    static let home = """
        {{<layout}}{{$body}}
        {{#isSchool}}
        <h1>Nộp dữ liệu của {{schoolName}}</h1>
        <form method="post" action="/submissions?csrf={{csrf}}" enctype="multipart/form-data" class="card" id="upload">
          <div class="drop" id="drop">
            <p><strong>Kéo thả tệp vào đây</strong> hoặc chọn tệp: bảng tính .xlsx, .xls hoặc tệp .csv xuất từ CSDL ngành,
            hệ thống quản lý trường học, VNeID… (tối đa {{maxUploadMB}} MB mỗi lần).</p>
            <label for="file">Chọn tệp</label>
            <input id="file" name="file" type="file" multiple required accept=".xlsx,.xls,.csv">
            <ul id="chosen" class="chosen" aria-live="polite"></ul>
          </div>
          <label for="asOf">Ngày tham chiếu (để trống: hôm nay)</label>
          <input id="asOf" name="asOf" type="date">
          <button type="submit">Gửi và kiểm tra</button>
          <progress id="progress" max="100" value="0" hidden></progress>
          <p id="status" class="muted" aria-live="polite"></p>
        </form>
        <h2>Các lần nộp trước</h2>
        {{> historyTable}}
        {{/isSchool}}
        {{^isSchool}}
        <h1>Các trường</h1>
        {{#hasSchools}}
        <table class="list">
          <thead><tr><th scope="col">Mã trường</th><th scope="col">Tên trường</th><th scope="col">Nhóm</th>
          <th scope="col">Lần nộp gần nhất</th><th scope="col">Lỗi</th><th scope="col">Cảnh báo</th></tr></thead>
          <tbody>
          {{#schools}}
          <tr><td><a href="/schools/{{code}}">{{code}}</a></td><td>{{name}}</td><td>{{group}}</td>
          <td>{{#latest}}<a href="/submissions/{{id}}">{{received}}</a>{{/latest}}{{^latest}}<span class="muted">chưa nộp</span>{{/latest}}</td>
          <td class="num" data-label="Lỗi">{{latest.errors}}</td><td class="num" data-label="Cảnh báo">{{latest.warnings}}</td></tr>
          {{/schools}}
          </tbody>
        </table>
        {{/hasSchools}}
        {{^hasSchools}}<p class="muted">Chưa có trường nào trong phạm vi của tài khoản.</p>{{/hasSchools}}
        {{/isSchool}}
        {{/body}}{{/layout}}
        """

    /// A school's submissions, newest first, with their counts and figures.
    static let historyTable = """
        {{#hasHistory}}
        <table class="list">
          <thead><tr><th scope="col">Nhận lúc</th><th scope="col">Ngày tham chiếu</th><th scope="col">Tệp</th>
          <th scope="col">Lỗi</th><th scope="col">Cảnh báo</th><th scope="col">Chỉ số</th></tr></thead>
          <tbody>
          {{#history}}
          <tr><td><a href="/submissions/{{id}}">{{received}}</a></td><td data-label="Ngày tham chiếu">{{asOf}}</td><td class="num" data-label="Tệp">{{files}}</td>
          <td class="num" data-label="Lỗi">{{errors}}</td><td class="num" data-label="Cảnh báo">{{warnings}}</td>
          <td class="figures-inline">{{#figures}}<span title="{{name}}">{{id}} <b>{{rate}}</b></span> {{/figures}}</td></tr>
          {{/history}}
          </tbody>
        </table>
        {{/hasHistory}}
        {{^hasHistory}}<p class="muted">Chưa có lần nộp nào.</p>{{/hasHistory}}
        """
}
