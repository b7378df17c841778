extension Templates {
    /// Each criterion over the submissions of a school, a group or all, as a server-drawn chart,
    /// then each indicator's figures at every point with the change since the one before.
    static let trend = """
        {{<layout}}{{$body}}{{>trendBody}}{{/body}}{{/layout}}
        """

    /// The trend page's body alone: a group's or the whole's is rendered once per generation of
    /// the store and kept (put into the layout with `wrapped`).
    static let trendBody = """
        <p><a href="{{back}}">← Quay lại</a></p>
        <h1>Xu hướng: {{subject}}</h1>
        {{#hasPoints}}
        <figure>
        {{{chart}}}
        <figcaption>{{#legend}}<span class="legend"><span class="swatch c{{index}}"></span>{{label}}</span> {{/legend}}</figcaption>
        </figure>
        <div class="scroll">
        <table class="list dashboard">
          <thead><tr><th scope="col">Chỉ số</th>{{#dates}}<th scope="col">{{.}}</th>{{/dates}}<th scope="col">Thay đổi so với lần trước</th></tr></thead>
          <tbody>
          {{#rows}}<tr{{#criterion}} class="total"{{/criterion}}><th scope="row">{{label}}</th>{{#cells}}<td class="num">{{rate}}{{#fraction}}<br><small>{{fraction}}</small>{{/fraction}}</td>{{/cells}}<td class="num">{{change}}{{#moved}}<br><a href="{{moved}}">hồ sơ thay đổi</a>{{/moved}}</td></tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasPoints}}
        {{^hasPoints}}<p class="muted">Chưa có lần nộp nào.</p>{{/hasPoints}}
        """

    /// Schools with no submission, or with errors left in their latest one, each with a message
    /// to copy into the office's own channel (nothing is sent from here).
    static let reminders = """
        {{<layout}}{{$body}}
        <p><a href="/dashboard">← Bảng theo dõi</a></p>
        <h1>Nhắc nộp dữ liệu</h1>
        <p class="muted">Dịch vụ không gửi gì đi: sao chép lời nhắc của từng trường vào kênh liên lạc của đơn vị.</p>
        {{#hasSchools}}
        {{#schools}}
        <section class="card reminder">
          <h2>{{name}} <small class="muted">({{code}}{{#group}} · {{group}}{{/group}})</small></h2>
          <p>{{reason}}</p>
          <label for="msg-{{code}}">Lời nhắc</label>
          <textarea id="msg-{{code}}" rows="4" readonly>{{message}}</textarea>
        </section>
        {{/schools}}
        {{/hasSchools}}
        {{^hasSchools}}<p class="ok">Mọi trường đã nộp và không còn lỗi trong lần nộp gần nhất.</p>{{/hasSchools}}
        {{/body}}{{/layout}}
        """
}
