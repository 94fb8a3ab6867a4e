// The album editor (back office): drag a photo by its thumbnail to a new place; the new order is
// posted with the hidden form. Without this file the Lên / Xuống buttons do the same, one step.
(function () {
  'use strict';
  var list = document.querySelector('ol.album-photos[data-sortable]');
  var form = document.querySelector('form.album-order');
  if (!list || !form || !('draggable' in list)) return;
  var hint = document.getElementById('album-order-hint');
  if (hint) hint.hidden = false;
  var field = form.querySelector('input[name="order"]');
  var dragged = null;
  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll('li.album-photo'));
  }
  function order() {
    return rows()
      .map(function (li) {
        return li.getAttribute('data-item');
      })
      .join(',');
  }
  // Only a handle starts a drag (text in the fields can still be selected); it is hidden from
  // assistive technology, which has the Lên / Xuống buttons.
  rows().forEach(function (li) {
    var handle = document.createElement('span');
    handle.className = 'drag-handle';
    handle.draggable = true;
    handle.title = 'Kéo để đổi thứ tự';
    handle.setAttribute('aria-hidden', 'true');
    handle.textContent = '⠿';
    li.insertBefore(handle, li.firstChild);
  });
  list.addEventListener('dragstart', function (e) {
    if (!e.target.classList || !e.target.classList.contains('drag-handle')) return;
    var li = e.target.closest('li.album-photo');
    if (!li) return;
    dragged = li;
    li.classList.add('dragging');
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', li.getAttribute('data-item'));
  });
  list.addEventListener('dragover', function (e) {
    if (!dragged) return;
    e.preventDefault();
    var li = e.target.closest && e.target.closest('li.album-photo');
    if (!li || li === dragged) return;
    var box = li.getBoundingClientRect();
    list.insertBefore(dragged, e.clientY > box.top + box.height / 2 ? li.nextSibling : li);
  });
  list.addEventListener('drop', function (e) {
    if (dragged) e.preventDefault();
  });
  list.addEventListener('dragend', function () {
    if (!dragged) return;
    dragged.classList.remove('dragging');
    dragged = null;
    var now = order();
    if (now !== field.value) {
      field.value = now;
      form.submit();
    }
  });
})();
