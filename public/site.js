// Progressive enhancement only: the site works fully without this file.
(function () {
  'use strict';
  var KEY = 'co-chu';
  var tools = document.querySelector('.fontsize');
  if (!tools) return;
  function apply(step) {
    var size = [0.9, 1, 1.12, 1.25, 1.4][step + 1] || 1;
    document.documentElement.style.setProperty('--fs', size + 'rem');
  }
  var step = Number(localStorage.getItem(KEY) || 0) || 0;
  apply(step);
  tools.hidden = false;
  tools.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-font]');
    if (!b) return;
    var d = Number(b.getAttribute('data-font'));
    step = d === 0 ? 0 : Math.max(-1, Math.min(3, step + d));
    localStorage.setItem(KEY, String(step));
    apply(step);
  });
})();

// Print view (/in/…): a button that opens the browser's print dialog.
(function () {
  'use strict';
  var button = document.querySelector('button[data-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
