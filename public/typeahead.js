// Search suggestions while typing, loaded by public/site.js at the reader's first interaction
// with the page: the comboboxes site.js made (header and /tim-kiem) get a list of matching sections
// and article titles from /tim-kiem/goi-y. Suggestions are written as text, never HTML.
(function () {
  'use strict';
  var inputs = document.querySelectorAll(
    'input[role="combobox"][aria-controls^="goi-y-tim-kiem-"]',
  );
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = list && list.nextElementSibling;
    if (!list || !status) return;

    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;
    var lastQuery = '';

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function setActive(i) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) return;
      active = (i + options.length) % options.length;
      Array.prototype.forEach.call(options, function (o, j) {
        o.setAttribute('aria-selected', j === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function go(i) {
      var item = items[i];
      if (item) window.location.assign(item.path);
    }
    function render(data) {
      list.textContent = '';
      items = (data && data.items) || [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!items.length) {
        close();
        status.textContent = lastQuery ? 'Không có gợi ý.' : '';
        return;
      }
      items.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'typeahead-item typeahead-' + item.kind;
        var title = document.createElement('span');
        title.className = 'typeahead-title';
        title.textContent = item.title;
        li.appendChild(title);
        var note = document.createElement('span');
        note.className = 'typeahead-note';
        note.textContent = item.kind === 'chuyen-muc' ? 'Chuyên mục' : item.section;
        li.appendChild(note);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault(); // keep the focus in the box until we leave
          go(i);
        });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = items.length + ' gợi ý. Dùng phím mũi tên để chọn.';
    }
    function fetchSuggestions() {
      var q = input.value.replace(/\s+/g, ' ').replace(/^ /, '');
      if (q === lastQuery) return;
      lastQuery = q;
      if (pending) pending.abort();
      if (q.replace(/[\s"*]/g, '').length < 2) {
        close();
        return;
      }
      pending = new AbortController();
      fetch('/tim-kiem/goi-y?q=' + encodeURIComponent(q), {
        signal: pending.signal,
        headers: { Accept: 'application/json' },
      })
        .then(function (r) {
          return r.ok ? r.json() : { items: [] };
        })
        .then(function (data) {
          if (q === lastQuery && document.activeElement === input) render(data);
        })
        .catch(function () {
          /* aborted or offline: the plain search still works */
        });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (list.hidden) return;
        e.preventDefault();
        setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
      } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
        e.preventDefault();
        go(active);
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      close();
      lastQuery = '';
    });
    // Loaded while the reader was already typing here: suggest for what is there.
    if (document.activeElement === input && input.value) fetchSuggestions();
  });
})();
