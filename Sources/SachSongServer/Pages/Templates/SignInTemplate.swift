extension Templates {
    static let signIn = """
        {{<layout}}{{$body}}
        <h1>Đăng nhập</h1>
        {{#message}}<p class="alert" role="alert">{{message}}</p>{{/message}}
        <form method="post" action="/signin" class="card narrow">
          <input type="hidden" name="next" value="{{next}}">
          <label for="name">Tên tài khoản</label>
          <input id="name" name="name" autocomplete="username" required autofocus value="{{name}}">
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit">Đăng nhập</button>
        </form>
        <p class="muted">Chưa có tài khoản? Liên hệ phòng văn hóa – xã hội của phường, xã hoặc Sở GD&amp;ĐT.</p>
        {{/body}}{{/layout}}
        """
}
