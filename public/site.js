// Progressive enhancement only: the site works fully without this file.

// High contrast ("Tương phản cao", beside the font size on articles): remembered in this
// browser and applied on every page.
(function () {
  'use strict';
  var KEY = 'tuong-phan-cao';
  var root = document.documentElement;
  var on = localStorage.getItem(KEY) === '1';
  root.classList.toggle('contrast', on);
  var button = document.querySelector('button[data-contrast]');
  if (!button) return;
  button.setAttribute('aria-pressed', on ? 'true' : 'false');
  button.addEventListener('click', function () {
    on = !on;
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
    root.classList.toggle('contrast', on);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  });
})();

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

// Search suggestions while typing: the search boxes (header and /tim-kiem) become ARIA
// comboboxes at once; what makes them suggest (public/typeahead.js) loads at the reader's first
// interaction with the page — most readers never search, and download nothing for it. Without
// script they stay plain search forms.
(function () {
  'use strict';
  var me = document.currentScript;
  var src = me && me.getAttribute('data-typeahead');
  if (!src || !window.fetch || !window.AbortController) return;
  var inputs = document.querySelectorAll('form[action="/tim-kiem"] input[type="search"][name="q"]');
  if (!inputs.length) return;
  Array.prototype.forEach.call(inputs, function (input, n) {
    var form = input.form;
    var listId = 'goi-y-tim-kiem-' + n;
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'typeahead';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Gợi ý tìm kiếm');
    list.hidden = true;
    var status = document.createElement('span');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);
    form.classList.add('has-typeahead');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');
  });
  var events = ['pointerdown', 'keydown', 'touchstart', 'focusin'];
  function load() {
    events.forEach(function (t) {
      document.removeEventListener(t, load, true);
    });
    var s = document.createElement('script');
    s.src = src;
    s.async = true;
    document.head.appendChild(s);
  }
  events.forEach(function (t) {
    document.addEventListener(t, load, true);
  });
})();

// The menu drawer (below 1024 px): the header's menu button is a link to #menu-chinh, which
// opens the drawer by :target without script. Here it becomes a toggle button with
// aria-expanded; Escape and "Đóng menu" close it and give the focus back to the button.
// At 1024 px and wider, a tap on a top-level item with a sub-menu on a touch screen opens the
// sub-menu first (a second tap follows the link); mouse and keyboard open them by CSS.
(function () {
  'use strict';
  var nav = document.getElementById('menu-chinh');
  var button = document.querySelector('.menu-button');
  if (!nav || !button) return;
  var close = nav.querySelector('.drawer-close');
  button.setAttribute('role', 'button');
  button.setAttribute('aria-expanded', 'false');
  function setOpen(open) {
    nav.classList.toggle('open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      var first = nav.querySelector('.menu a');
      if (first) first.focus();
    } else {
      button.focus();
    }
  }
  button.addEventListener('click', function (e) {
    e.preventDefault();
    setOpen(!nav.classList.contains('open'));
  });
  button.addEventListener('keydown', function (e) {
    if (e.key === ' ') {
      e.preventDefault();
      setOpen(!nav.classList.contains('open'));
    }
  });
  if (close) {
    close.setAttribute('role', 'button');
    close.addEventListener('click', function (e) {
      if (!nav.classList.contains('open')) return;
      e.preventDefault();
      setOpen(false);
    });
  }
  nav.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && nav.classList.contains('open')) setOpen(false);
  });
  var wide = window.matchMedia('(min-width: 1024px)');
  var coarse = window.matchMedia('(hover: none)');
  nav.addEventListener('click', function (e) {
    var link = e.target.closest('.menu > .has-sub > a');
    if (!link || !wide.matches || !coarse.matches) return;
    var item = link.parentNode;
    if (item.classList.contains('open')) return;
    e.preventDefault();
    Array.prototype.forEach.call(nav.querySelectorAll('.has-sub.open'), function (o) {
      o.classList.remove('open');
    });
    item.classList.add('open');
  });
})();
