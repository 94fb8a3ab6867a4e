// The media library's upload form, enhanced: drag and drop, one request per file with progress,
// per-file results, new items added to the grid. Without this file the form posts all files at once.
(function () {
  'use strict';
  var form = document.querySelector('form.media-upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type="file"]');
  var list = form.querySelector('.upload-progress');
  var token = form.querySelector('input[name="_csrf"]');
  var api = form.getAttribute('data-api');
  var hint = form.querySelector('.dnd-hint');
  var button = form.querySelector('button[type="submit"], button:not([type])');
  if (!input || !list || !token || !api) return;

  form.classList.add('dropzone');
  if (hint) hint.hidden = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function formatBytes(n) {
    if (n < 1024 * 1024) return Math.max(1, Math.round(n / 1024)) + ' KB';
    return String(Math.round((n / 1048576) * 10) / 10).replace('.', ',') + ' MB';
  }

  /** A grid card like the server's (media.pages.tsx ItemCard), built without innerHTML. */
  function card(item) {
    var li = el('li', 'media-card');
    var a = el('a', 'media-card-link');
    a.href = item.adminUrl;
    if (item.kind === 'image' && item.thumbnail) {
      var img = el('img', 'media-thumb');
      img.src = item.thumbnail;
      img.alt = '';
      img.width = item.width;
      img.height = item.height;
      a.appendChild(img);
    } else {
      var icon = el(
        'span',
        'media-thumb media-file media-' + item.kind,
        (item.url.split('.').pop() || '').toUpperCase(),
      );
      icon.setAttribute('aria-hidden', 'true');
      a.appendChild(icon);
    }
    a.appendChild(el('span', 'media-name', item.name));
    li.appendChild(a);
    li.appendChild(
      el(
        'span',
        'media-meta',
        formatBytes(item.bytes) + (item.width ? ' · ' + item.width + '×' + item.height : ''),
      ),
    );
    if (item.kind === 'image' && !item.alt)
      li.appendChild(el('span', 'badge badge-warn', 'Chưa có mô tả ảnh (alt)'));
    return li;
  }

  function addToGrid(item) {
    var grid = document.querySelector('.media-grid');
    if (!grid) {
      grid = el('ul', 'media-grid');
      grid.setAttribute('data-testid', 'media-grid');
      var panel = document.querySelector('#h-library');
      if (!panel || !panel.parentNode) return;
      panel.parentNode.appendChild(grid);
    }
    grid.insertBefore(card(item), grid.firstChild);
  }

  function parse(text) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  function send(file, row, done) {
    var xhr = new XMLHttpRequest();
    var data = new FormData();
    data.append('files', file, file.name);
    xhr.open('POST', api);
    xhr.setRequestHeader('X-CSRF-Token', token.value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var pct = Math.round((e.loaded / e.total) * 100);
      row.status.textContent =
        pct < 100 ? 'Đang tải lên… ' + pct + '%' : 'Đang xử lý ảnh (tạo các cỡ ảnh)…';
    };
    // Every byte sent: the server now checks the file and makes its renditions.
    xhr.upload.onload = function () {
      row.status.textContent = 'Đang xử lý ảnh (tạo các cỡ ảnh)…';
    };
    xhr.onload = function () {
      var body = parse(xhr.responseText);
      var result = body && body.results && body.results[0];
      if (result && result.ok) {
        row.li.className = 'upload-ok';
        row.status.textContent = result.existing ? 'Đã có trong thư viện.' : 'Đã tải lên.';
        var link = el('a', '', 'Sửa chú thích, mô tả');
        link.href = result.item.adminUrl;
        row.li.appendChild(document.createTextNode(' '));
        row.li.appendChild(link);
        if (!result.existing) addToGrid(result.item);
      } else {
        row.li.className = 'upload-error';
        row.status.textContent =
          (result && result.error) ||
          (body && body.error && body.error.message) ||
          xhr.responseText ||
          'Không tải lên được (mã ' + xhr.status + ').';
      }
      done();
    };
    xhr.onerror = function () {
      row.li.className = 'upload-error';
      row.status.textContent = 'Mất kết nối khi tải lên. Hãy thử lại.';
      done();
    };
    xhr.send(data);
  }

  function upload(files) {
    if (!files || !files.length) return;
    list.hidden = false;
    var rows = [];
    for (var i = 0; i < files.length; i++) {
      var li = el('li');
      li.appendChild(el('strong', '', files[i].name));
      li.appendChild(document.createTextNode(': '));
      var status = el('span', '', 'Đang chờ…');
      li.appendChild(status);
      list.appendChild(li);
      rows.push({ li: li, status: status });
    }
    var queue = Array.prototype.slice.call(files);
    var n = 0;
    // One batch at a time: the button waits until every file is stored.
    if (button) {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
    }
    (function next() {
      if (n >= queue.length) {
        input.value = '';
        if (button) {
          button.disabled = false;
          button.removeAttribute('aria-busy');
        }
        return;
      }
      var i = n++;
      rows[i].status.textContent = 'Đang tải lên…';
      send(queue[i], rows[i], next);
    })();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (button && button.disabled) return;
    upload(input.files);
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    form.addEventListener(type, function (e) {
      e.preventDefault();
      form.classList.add('is-dragover');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    form.addEventListener(type, function () {
      form.classList.remove('is-dragover');
    });
  });
  form.addEventListener('drop', function (e) {
    e.preventDefault();
    upload(e.dataTransfer && e.dataTransfer.files);
  });
})();
