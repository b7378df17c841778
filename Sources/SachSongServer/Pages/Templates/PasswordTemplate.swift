extension Templates {
    static let password = """
        {{<layout}}{{$body}}
        <h1>Đổi mật khẩu</h1>
        {{#mustChange}}<p class="notice">Bạn đang dùng mật khẩu dùng một lần: hãy đặt mật khẩu của riêng mình để tiếp tục.</p>{{/mustChange}}
        {{#message}}<p class="alert" role="alert">{{message}}</p>{{/message}}
        <form method="post" action="/password" class="card narrow">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="current">Mật khẩu hiện tại</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required>
          <label for="new">Mật khẩu mới (ít nhất 10 ký tự)</label>
          <input id="new" name="new" type="password" autocomplete="new-password" minlength="10" required>
          <label for="again">Nhập lại mật khẩu mới</label>
          <input id="again" name="again" type="password" autocomplete="new-password" minlength="10" required>
          <button type="submit">Lưu mật khẩu</button>
        </form>
        {{/body}}{{/layout}}
        """
}
