extension Templates {
    /// The office's dashboard: every school's latest figures, each group and the whole pooled
    /// with their spread, the schools behind, exports.
    static let dashboard = """
        <h1>Bảng theo dõi Lĩnh vực 3</h1>
        <p class="muted">{{schoolCount}} trường · {{submittedCount}} đã nộp · số liệu lấy từ lần nộp gần nhất của mỗi trường.</p>
        <form method="get" action="/dashboard" class="filters">
          <label for="group">Nhóm</label>
          <select id="group" name="group">{{#groupOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/groupOptions}}</select>
          <label for="q">Tìm trường</label>
          <input id="q" name="q" value="{{query}}" placeholder="mã hoặc tên">
          <label for="asOf">Số liệu đến hết ngày</label>
          <input id="asOf" name="asOf" type="date" value="{{asOf}}">
          <label for="since">Chưa nộp từ ngày</label>
          <input id="since" name="since" type="date" value="{{since}}">
          <label><input type="checkbox" name="detail" value="1"{{#detail}} checked{{/detail}}> Chi tiết từng chỉ số</label>
          <button type="submit">Xem</button>
        </form>
        <p class="downloads">Xuất: <a href="/dashboard.xlsx?x=1{{filters}}">bảng tính .xlsx</a> ·
          <a href="/dashboard.csv?x=1{{filters}}">CSV (tử số, mẫu số)</a> ·
          <a href="/dashboard/report.html?x=1{{filters}}">báo cáo HTML</a> ·
          <a href="/trend?x=1{{filters}}">xu hướng toàn bộ</a> · <a href="/reminders">nhắc nộp</a></p>
        <p class="notice example"><b>Thang điểm ví dụ</b>, chưa phải thang chính thức: {{#bands}}<span title="{{name}}">{{id}}: {{bands}}.</span> {{/bands}}</p>

        {{#sinceChosen}}
        <h2>Chưa nộp từ {{since}}</h2>
        {{#hasLate}}
        <table class="list"><thead><tr><th scope="col">Mã trường</th><th scope="col">Tên trường</th><th scope="col">Nhóm</th><th scope="col">Lần nộp gần nhất</th></tr></thead>
        <tbody>{{#late}}<tr class="late"><td><a href="/schools/{{code}}">{{code}}</a></td><td>{{name}}</td><td>{{group}}</td><td>{{last}}</td></tr>{{/late}}</tbody></table>
        {{/hasLate}}
        {{^hasLate}}<p class="ok">Mọi trường đều đã nộp từ ngày này.</p>{{/hasLate}}
        {{/sinceChosen}}

        <h2>Từng trường</h2>
        <div class="scroll">
        <table class="list dashboard">
          <thead><tr>
            <th scope="col" aria-sort="{{codeHeader.aria}}"><a href="{{codeHeader.link}}">{{codeHeader.label}}{{codeHeader.mark}}</a></th>
            <th scope="col" aria-sort="{{nameHeader.aria}}"><a href="{{nameHeader.link}}">{{nameHeader.label}}{{nameHeader.mark}}</a></th>
            <th scope="col" aria-sort="{{groupHeader.aria}}"><a href="{{groupHeader.link}}">{{groupHeader.label}}{{groupHeader.mark}}</a></th>
            <th scope="col" aria-sort="{{lastHeader.aria}}"><a href="{{lastHeader.link}}">{{lastHeader.label}}{{lastHeader.mark}}</a></th>
            {{^detail}}{{#criterionHeaders}}<th scope="col" aria-sort="{{aria}}" title="{{title}}"><a href="{{link}}">{{label}}{{mark}}</a></th>{{/criterionHeaders}}
            <th scope="col" aria-sort="{{totalHeader.aria}}"><a href="{{totalHeader.link}}">{{totalHeader.label}}{{totalHeader.mark}}</a></th>{{/detail}}
            {{#detail}}{{#indicatorHeaders}}<th scope="col" aria-sort="{{aria}}"><a href="{{link}}">{{label}}{{mark}}</a></th>{{/indicatorHeaders}}{{/detail}}
          </tr></thead>
          <tbody>
          {{#rows}}
          <tr{{^submitted}} class="late"{{/submitted}}>
            <td><a href="/schools/{{code}}">{{code}}</a></td><td>{{name}}</td><td>{{group}}</td>
            <td>{{#submitted}}<a href="/submissions/{{submissionID}}">{{last}}</a>{{/submitted}}{{^submitted}}<span class="muted">{{last}}</span>{{/submitted}}</td>
            {{^detail}}{{#criteria}}<td class="num" title="{{title}}">{{rate}}<br><small>{{points}} đ</small></td>{{/criteria}}<td class="num"><b>{{total}}</b></td>{{/detail}}
            {{#detail}}{{#indicators}}<td class="num">{{rate}}<br><small>{{fraction}}</small></td>{{/indicators}}{{/detail}}
          </tr>
          {{/rows}}
          </tbody>
        </table>
        </div>
        {{^hasRows}}<p class="muted">Không có trường nào khớp bộ lọc.</p>{{/hasRows}}
        {{#hasPager}}
        <nav class="pager" aria-label="Trang của bảng trường">Trường {{firstShown}}–{{lastShown}} / {{schoolCount}}:
        {{#pager}}{{#current}}<b aria-current="page">{{number}}</b>{{/current}}{{^current}}<a href="{{link}}">{{number}}</a>{{/current}} {{/pager}}</nav>
        {{/hasPager}}

        <h2>Theo nhóm và toàn bộ</h2>
        <p class="muted">Tỉ lệ gộp (cộng tử số và mẫu số của các trường); dưới mỗi tỉ lệ: thấp nhất · trung vị · cao nhất của các trường.</p>
        <div class="scroll">
        <table class="list dashboard">
          <thead><tr><th scope="col">Nhóm</th><th scope="col">Số trường</th>
          {{^detail}}{{#criterionHeaders}}<th scope="col" title="{{title}}">{{label}}</th>{{/criterionHeaders}}{{/detail}}
          {{#detail}}{{#indicatorHeaders}}<th scope="col">{{label}}</th>{{/indicatorHeaders}}{{/detail}}</tr></thead>
          <tbody>
          {{#groups}}
          <tr><th scope="row"><a href="/trend?group={{id}}">{{name}}</a></th><td class="num">{{count}}</td>
          {{^detail}}{{#criteria}}<td class="num" title="{{title}}">{{rate}}<br><small>{{spread}}</small></td>{{/criteria}}{{/detail}}
          {{#detail}}{{#indicators}}<td class="num">{{rate}}<br><small>{{fraction}}</small></td>{{/indicators}}{{/detail}}</tr>
          {{/groups}}
          {{#total}}
          <tr class="total"><th scope="row"><a href="/trend">{{name}}</a></th><td class="num">{{count}}</td>
          {{^detail}}{{#criteria}}<td class="num" title="{{title}}"><b>{{rate}}</b><br><small>{{spread}}</small></td>{{/criteria}}{{/detail}}
          {{#detail}}{{#indicators}}<td class="num"><b>{{rate}}</b><br><small>{{fraction}}</small></td>{{/indicators}}{{/detail}}</tr>
          {{/total}}
          </tbody>
        </table>
        </div>
        """

    /// A body rendered (and kept) apart, put into the layout for the caller.
    static let wrapped = """
        {{<layout}}{{$body}}{{{html}}}{{/body}}{{/layout}}
        """
}
