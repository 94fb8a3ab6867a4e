// Progressive enhancement only: the map and the link selector work fully without this file.
(function () {
  'use strict';

  // Full map: show the unit under the pointer or keyboard focus below the map.
  var map = document.querySelector('svg[data-map]');
  var info = document.querySelector('[data-map-info]');
  if (map && info) {
    var show = function (e) {
      var a = e.target.closest && e.target.closest('a[data-info]');
      if (!a) return;
      info.textContent = a.getAttribute('data-info');
      info.hidden = false;
    };
    var hide = function () {
      info.hidden = true;
    };
    map.addEventListener('mouseover', show);
    map.addEventListener('focusin', show);
    map.addEventListener('mouseleave', hide);
    map.addEventListener('focusout', hide);
    // On a touch screen the first tap on a unit names it below the map; a second tap opens it.
    if (window.matchMedia('(hover: none)').matches) {
      var tapped = null;
      map.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a[data-info]');
        if (!a || a === tapped) return;
        e.preventDefault();
        tapped = a;
        show(e);
      });
    }
  }

  // "Chọn liên kết": choosing with the mouse opens the link at once; with the keyboard
  // the reader confirms with the button, so moving through the options never navigates.
  var forms = document.querySelectorAll('form[data-link-picker]');
  Array.prototype.forEach.call(forms, function (form) {
    var select = form.querySelector('select');
    if (!select) return;
    var byPointer = false;
    select.addEventListener('pointerdown', function () {
      byPointer = true;
    });
    select.addEventListener('keydown', function () {
      byPointer = false;
    });
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      if (!byPointer || !option || !option.value) return;
      var url = form.getAttribute('action') + '?id=' + encodeURIComponent(option.value);
      if (option.getAttribute('data-new-tab') === '1') window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
    });
  });
})();
