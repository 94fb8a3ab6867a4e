// Counts this page view once per page load (Lượt đọc, Thống kê truy cập). Sent only when the
// page is really shown: a prerendered page waits until the reader opens it.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.getAttribute('data-kind')) return;
  var url = me.getAttribute('data-endpoint') || '/api/dem';
  var body = { t: me.getAttribute('data-kind') };
  var article = Number(me.getAttribute('data-article'));
  if (article > 0) body.a = article;
  if (document.referrer) body.r = document.referrer.slice(0, 500);
  var sent = false;
  function send() {
    if (sent) return;
    sent = true;
    var data = JSON.stringify(body);
    if (navigator.sendBeacon && navigator.sendBeacon(url, data)) return;
    if (window.fetch)
      fetch(url, { method: 'POST', body: data, keepalive: true, credentials: 'same-origin' }).catch(
        function () {},
      );
  }
  if (document.prerendering) document.addEventListener('prerenderingchange', send, { once: true });
  else send();
})();
