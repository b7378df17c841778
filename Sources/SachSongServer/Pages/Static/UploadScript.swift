/// The upload page's script (`/static/app.js`): drag-and-drop onto the drop zone, the chosen
/// files listed, and the upload sent with a progress bar. Without it, the plain form works.
enum UploadScript {
    static let js = """
        (function () {
          var form = document.getElementById('upload');
          if (!form) return;
          var input = document.getElementById('file');
          var drop = document.getElementById('drop');
          var chosen = document.getElementById('chosen');
          var bar = document.getElementById('progress');
          var status = document.getElementById('status');
          function list() {
            chosen.textContent = '';
            Array.prototype.forEach.call(input.files, function (f) {
              var li = document.createElement('li');
              li.textContent = f.name + ' (' + Math.max(1, Math.round(f.size / 1024)) + ' KB)';
              chosen.appendChild(li);
            });
          }
          input.addEventListener('change', list);
          ['dragenter', 'dragover'].forEach(function (e) {
            drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.add('over'); });
          });
          ['dragleave', 'drop'].forEach(function (e) {
            drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.remove('over'); });
          });
          drop.addEventListener('drop', function (ev) {
            if (ev.dataTransfer && ev.dataTransfer.files.length) { input.files = ev.dataTransfer.files; list(); }
          });
          form.addEventListener('submit', function (ev) {
            if (!window.XMLHttpRequest || !window.FormData) return;
            ev.preventDefault();
            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.getAttribute('action'));
            bar.hidden = false;
            status.textContent = 'Đang gửi tệp…';
            xhr.upload.addEventListener('progress', function (e) {
              if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
            });
            xhr.addEventListener('load', function () {
              if (xhr.status >= 200 && xhr.status < 400 && xhr.responseURL) { window.location.href = xhr.responseURL; return; }
              document.open(); document.write(xhr.responseText); document.close();
            });
            xhr.addEventListener('error', function () { status.textContent = 'Không gửi được tệp: kiểm tra kết nối rồi thử lại.'; });
            xhr.send(new FormData(form));
          });
        })();
        """
}
