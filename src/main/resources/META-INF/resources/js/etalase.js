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

// Listing photos on weak data: shrink each chosen photo in the browser (long side 1600 px, JPEG, upright, no
// metadata) and upload with a progress bar, so a 6 MB phone photo sends a few hundred KB. Without these browser
// features the form posts the full files, which the server handles too.
(function () {
  var form = document.getElementById('listing-form');
  if (!form || !window.FormData || !window.createImageBitmap || !window.XMLHttpRequest) {
    return;
  }
  var LONG_SIDE = 1600;

  function shrink(file) {
    return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (image) {
      var scale = Math.min(1, LONG_SIDE / Math.max(image.width, image.height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob ? { blob: blob, name: file.name.replace(/\.[^.]*$/, '') + '.jpg' } : { blob: file, name: file.name });
        }, 'image/jpeg', 0.85);
      });
    }).catch(function () {
      return { blob: file, name: file.name }; // not decodable here: the server says what is wrong with it
    });
  }

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file][name=photos]');
    if (!input || !input.files || !input.files.length) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    data.delete('photos');
    if (event.submitter && event.submitter.name) {
      data.set(event.submitter.name, event.submitter.value);
    }
    var progress = document.getElementById('upload-progress');
    progress.hidden = false;
    Promise.all(Array.prototype.map.call(input.files, shrink)).then(function (files) {
      files.forEach(function (file) { data.append('photos', file.blob, file.name); });
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
      };
      request.onload = function () {
        if (request.status < 400 && request.responseURL) {
          window.location.href = request.responseURL;
        } else {
          document.open();
          document.write(request.responseText); // the form again, with the messages and the photos kept
          document.close();
        }
      };
      request.onerror = function () { progress.hidden = true; form.submit(); };
      request.send(data);
    });
  });
})();
