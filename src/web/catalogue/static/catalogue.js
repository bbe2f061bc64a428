// Progressive enhancement of the catalogue; every page works without it.
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'lv';

  // A print button on service pages.
  var header = document.querySelector('.service-header');
  if (header && window.print) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'print-button';
    b.textContent = lang === 'en' ? 'Print' : 'Drukāt';
    b.addEventListener('click', function () { window.print(); });
    header.appendChild(b);
  }

  // Name suggestions while typing, from the search API, as a native datalist.
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) return;
  var list = document.createElement('datalist');
  list.id = 'q-suggestions';
  input.parentNode.appendChild(list);
  input.setAttribute('list', list.id);
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      var audience = input.getAttribute('data-suggest') === 'inter' ? 'interInstitutional' : 'public';
      fetch('/api/v1/catalogue/suggest?' + new URLSearchParams({ q: q, audience: audience, locale: lang }), { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          var items = data && (data.items || data);
          if (!Array.isArray(items)) return;
          list.textContent = '';
          items.slice(0, 10).forEach(function (s) {
            var o = document.createElement('option');
            o.value = (lang === 'en' && s.nameEn) || s.nameLv;
            list.appendChild(o);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
