extension Templates {
    /// The frame of every page: title, the account and its role, sign-out, and the body block.
    static let layout = """
        <!doctype html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · sachsong</title>
        <link rel="stylesheet" href="/static/style.css">
        {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
        </head>
        <body>
        <a class="skip" href="#noi-dung">Bỏ qua đến nội dung</a>
        <header class="top">
          <a class="brand" href="/">sachsong</a>
          {{#signedIn}}
          <nav aria-label="Tài khoản">
            <span class="who">{{accountName}} <small>({{roleName}})</small></span>
            {{#isOffice}}<a href="/dashboard">Bảng theo dõi</a>{{/isOffice}}
            <a href="/password">Đổi mật khẩu</a>
            <form method="post" action="/signout" class="inline">
              <input type="hidden" name="csrf" value="{{csrf}}">
              <button type="submit" class="link">Đăng xuất</button>
            </form>
          </nav>
          {{/signedIn}}
        </header>
        <main id="noi-dung">
        {{$body}}{{/body}}
        </main>
        <footer>sachsong — kiểm tra dữ liệu trường học trước khi nộp (Lĩnh vực 3 «Dữ liệu số»).</footer>
        <script src="/static/app.js"></script>
        </body>
        </html>
        """
}
