// Progressive enhancement only: albums, external videos and the contact form work fully without
// this file (loaded by the public pages other than home, sections, articles and static pages,
// with pages.css).
(function () {
  'use strict';
  // Album lightbox: each photo is a plain link to its large rendition; with script the link opens
  // a modal dialog instead (arrow keys and swipe move, Escape closes, focus stays inside and goes
  // back to the photo it came from).
  var gallery = document.querySelector('[data-lightbox]');
  if (gallery && typeof HTMLDialogElement === 'function') {
    var links = Array.prototype.slice.call(gallery.querySelectorAll('a.album-open'));
    var make = function (tag, cls, text) {
      var el = document.createElement(tag);
      if (cls) el.className = cls;
      if (text) el.textContent = text;
      return el;
    };
    var dlg = make('dialog', 'lightbox');
    dlg.setAttribute('aria-labelledby', 'lightbox-count');
    dlg.setAttribute('aria-describedby', 'lightbox-caption');
    var bar = make('div', 'lightbox-bar');
    var count = make('p', 'lightbox-count');
    count.id = 'lightbox-count';
    count.setAttribute('aria-live', 'polite');
    var close = make('button', 'lightbox-button', 'Đóng');
    close.type = 'button';
    close.setAttribute('aria-keyshortcuts', 'Escape');
    bar.appendChild(count);
    bar.appendChild(close);
    var fig = make('figure', 'lightbox-figure');
    var img = make('img');
    var cap = make('figcaption');
    cap.id = 'lightbox-caption';
    fig.appendChild(img);
    fig.appendChild(cap);
    var nav = make('div', 'lightbox-nav');
    var prev = make('button', 'lightbox-button', '← Ảnh trước');
    var next = make('button', 'lightbox-button', 'Ảnh sau →');
    prev.type = next.type = 'button';
    prev.setAttribute('aria-keyshortcuts', 'ArrowLeft');
    next.setAttribute('aria-keyshortcuts', 'ArrowRight');
    nav.appendChild(prev);
    nav.appendChild(next);
    dlg.appendChild(bar);
    dlg.appendChild(fig);
    dlg.appendChild(nav);
    document.body.appendChild(dlg);
    var at = 0;
    var opener = null;
    var showPhoto = function (i) {
      at = (i + links.length) % links.length;
      var a = links[at];
      var small = a.querySelector('img');
      var text = a.closest('figure').querySelector('figcaption');
      img.src = a.getAttribute('href');
      img.alt = small ? small.alt : '';
      cap.textContent = text ? text.textContent.replace(/^\s*\d+\/\d+\s*/, '') : '';
      count.textContent = 'Ảnh ' + (at + 1) + '/' + links.length;
    };
    links.forEach(function (a, i) {
      a.addEventListener('click', function (e) {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        opener = a;
        showPhoto(i);
        dlg.showModal();
        close.focus();
      });
    });
    prev.addEventListener('click', function () {
      showPhoto(at - 1);
    });
    next.addEventListener('click', function () {
      showPhoto(at + 1);
    });
    close.addEventListener('click', function () {
      dlg.close();
    });
    dlg.addEventListener('click', function (e) {
      if (e.target === dlg) dlg.close();
    });
    dlg.addEventListener('close', function () {
      img.removeAttribute('src');
      if (opener) opener.focus();
    });
    dlg.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        showPhoto(at + (e.key === 'ArrowLeft' ? -1 : 1));
      } else if (e.key === 'Tab') {
        // Keep focus on the dialog's three buttons, in their order, both ways.
        var order = [close, prev, next];
        var i = order.indexOf(document.activeElement);
        e.preventDefault();
        order[(i + (e.shiftKey ? -1 : 1) + order.length) % order.length].focus();
      }
    });
    var startX = null;
    fig.addEventListener('pointerdown', function (e) {
      startX = e.clientX;
    });
    fig.addEventListener('pointerup', function (e) {
      if (startX === null) return;
      var dx = e.clientX - startX;
      startX = null;
      if (Math.abs(dx) > 40) showPhoto(at + (dx < 0 ? 1 : -1));
    });
  }

  // External video (modules/video): the facade is a plain link to the host's page; with script
  // the click puts the host's player in its place. Nothing from the host loads before the click.
  // The player address comes from our own page (built from a checked video id), and the page's
  // CSP allows frames from that one host only.
  Array.prototype.forEach.call(document.querySelectorAll('[data-video-facade]'), function (box) {
    var link = box.querySelector('a[data-embed]');
    if (!link) return;
    link.addEventListener('click', function (e) {
      var src = link.getAttribute('data-embed') || '';
      if (!/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(src)) return;
      e.preventDefault();
      var frame = document.createElement('iframe');
      frame.className = 'video-embed';
      frame.src = src;
      frame.title = link.getAttribute('data-embed-title') || link.textContent;
      frame.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
      frame.setAttribute('allowfullscreen', '');
      frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      frame.setAttribute(
        'sandbox',
        'allow-scripts allow-same-origin allow-presentation allow-popups',
      );
      box.replaceChildren(frame);
      frame.focus();
    });
  });
})();

// The contact form's challenge (modules/participation/participation.challenge.ts): the browser
// finds the number whose SHA-256 with the salt is the challenge, puts the proof in the hidden
// field and hides the small sum asked of readers without script. A form sent before the proof is
// ready waits for it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-pow]');
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder || !window.btoa)
    return;
  var c;
  try {
    c = JSON.parse(form.getAttribute('data-pow'));
  } catch {
    return;
  }
  var proof = form.querySelector('input[name="altcha"]');
  var sumField = form.querySelector('[data-sum-field]');
  var sumInput = sumField && sumField.querySelector('input');
  if (!proof || !c || typeof c.salt !== 'string') return;
  var encoder = new TextEncoder();
  var solved = false;
  var waiting = false;
  var hex = function (buf) {
    var bytes = new Uint8Array(buf);
    var out = '';
    for (var i = 0; i < bytes.length; i++)
      out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  };
  var done = function (n) {
    solved = true;
    proof.value = window.btoa(
      JSON.stringify({
        algorithm: c.algorithm,
        challenge: c.challenge,
        number: n,
        salt: c.salt,
        signature: c.signature,
      }),
    );
    if (sumField) sumField.hidden = true;
    if (waiting) form.submit();
  };
  var BATCH = 500;
  var tryFrom = function (start) {
    if (start > c.maxnumber) return;
    var tries = [];
    for (var n = start; n < start + BATCH && n <= c.maxnumber; n++)
      tries.push(window.crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n)));
    Promise.all(tries).then(function (hashes) {
      for (var i = 0; i < hashes.length; i++) {
        if (hex(hashes[i]) === c.challenge) return done(start + i);
      }
      tryFrom(start + BATCH);
    });
  };
  form.addEventListener('submit', function (e) {
    if (solved || (sumInput && sumInput.value.trim() !== '')) return;
    e.preventDefault();
    waiting = true;
  });
  tryFrom(0);
})();
