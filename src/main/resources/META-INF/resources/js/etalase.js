// Typeahead for the search box: progressive enhancement; without it the form still searches.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('suggest');
  if (!input || !list || !window.fetch) return;
  var timer, last = '';
  function hide() { list.hidden = true; list.innerHTML = ''; }
  function show(items) {
    list.innerHTML = '';
    items.forEach(function (s) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.label;
      if (s.type !== 'product') {
        var kind = document.createElement('small');
        kind.textContent = '\u2022 ' + (s.type === 'member' ? list.dataset.member : list.dataset.sector);
        a.appendChild(kind);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }
  input.addEventListener('input', function () {
    var q = input.value.trim();
    clearTimeout(timer);
    if (q.length < 2) { hide(); return; }
    timer = setTimeout(function () {
      if (q === last) return;
      last = q;
      fetch('/api/v1/suggest?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (input.value.trim() === q) show(items); })
        .catch(hide);
    }, 150);
  });
  input.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  document.addEventListener('click', function (e) { if (!list.contains(e.target) && e.target !== input) hide(); });
})();
