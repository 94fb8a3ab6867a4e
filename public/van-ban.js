// The document form (back office): as the clerk types a number, the type and issuing body are
// pre-filled from its codes when still empty. The server does the same on "Điền loại và cơ quan".
(function () {
  var number = document.getElementById('f-number');
  var type = document.getElementById('f-typeId');
  var issuer = document.getElementById('f-issuerId');
  if (!number || !type || !issuer) return;
  function fold(s) {
    return s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  }
  function codes(raw) {
    var s = raw.trim().replace(/\s*([-/&])\s*/g, '$1');
    var p = /^\d{1,6}-([A-Za-zĐđ][A-Za-zĐđ0-9]*)\/([A-Za-zĐđ][A-Za-zĐđ0-9-]*)$/.exec(s);
    if (p) return { type: p[1], issuer: p[2] };
    var st = /^\d{1,6}(?:\/(?:19|20)\d{2})?\/([A-Za-zĐđ][A-Za-zĐđ0-9&]*)-([A-Za-zĐđ0-9&-]+)$/.exec(
      s,
    );
    if (st) return { type: st[1], issuer: st[2] };
    return null;
  }
  function pick(select, code) {
    if (!code || select.value) return;
    for (var i = 0; i < select.options.length; i++) {
      var o = select.options[i];
      var list = (o.getAttribute('data-codes') || '').split(' ');
      if (list.indexOf(code) >= 0 || list.indexOf(fold(code)) >= 0) {
        select.value = o.value;
        return;
      }
    }
  }
  number.addEventListener('change', function () {
    var c = codes(number.value);
    if (!c) return;
    pick(type, c.type);
    pick(issuer, fold(c.issuer));
  });
})();
