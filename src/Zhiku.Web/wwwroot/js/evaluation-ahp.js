// The AHP matrix editor: the upper triangle is entered, the lower is its reciprocal; every change asks
// /api/v1/evaluations/ahp for the priorities, λmax, CI and CR (Saaty's random index).
(function () {
  'use strict';
  var size = document.getElementById('ahp-size');
  var host = document.getElementById('ahp-matrix');
  var out = document.getElementById('ahp-result');
  if (!size || !host || !out) { return; }

  function parse(text) {
    var t = String(text).trim();
    var parts = t.split('/');
    var v = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(t);
    return isFinite(v) && v > 0 ? v : NaN;
  }

  function matrix() {
    var n = Number(size.value);
    var m = [];
    for (var i = 0; i < n; i++) { m.push([]); for (var j = 0; j < n; j++) { m[i].push(1); } }
    host.querySelectorAll('input').forEach(function (input) {
      var i = Number(input.getAttribute('data-i')), j = Number(input.getAttribute('data-j'));
      var v = parse(input.value);
      m[i][j] = v; m[j][i] = 1 / v;
      var mirror = host.querySelector('td[data-i="' + j + '"][data-j="' + i + '"]');
      if (mirror) { mirror.textContent = isFinite(v) ? (Math.round(1000 / v) / 1000).toString() : '?'; }
    });
    return m;
  }

  function check() {
    var m = matrix();
    if (m.some(function (row) { return row.some(function (v) { return !isFinite(v); }); })) { out.textContent = '?'; return; }
    fetch('/api/v1/evaluations/ahp', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify({ matrix: m }) })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        if (d.weights === undefined) { out.textContent = d.detail || '?'; return; }
        var f = function (v) { return (Math.round(v * 10000) / 10000).toString(); };
        out.textContent = out.getAttribute('data-weights') + ': ' + d.weights.map(f).join(', ') +
          ' · λmax ' + f(d.lambdaMax) + ' · CI ' + f(d.ci) + ' · CR ' + f(d.cr) + ' · ' +
          out.getAttribute(d.inconsistent ? 'data-inconsistent' : 'data-consistent');
        out.className = d.inconsistent ? 'warning' : '';
        out.setAttribute('data-cr', String(d.cr));
      });
  }

  function build() {
    var n = Math.max(2, Math.min(9, Number(size.value) || 3));
    host.textContent = '';
    for (var i = 0; i < n; i++) {
      var tr = document.createElement('tr');
      for (var j = 0; j < n; j++) {
        var td = document.createElement('td');
        td.setAttribute('data-i', String(i)); td.setAttribute('data-j', String(j));
        if (j > i) {
          var input = document.createElement('input');
          input.size = 4; input.value = '1';
          input.setAttribute('data-i', String(i)); input.setAttribute('data-j', String(j));
          input.addEventListener('input', check);
          td.appendChild(input);
        } else {
          td.textContent = '1';
        }
        tr.appendChild(td);
      }
      host.appendChild(tr);
    }
    check();
  }

  size.addEventListener('change', build);
  build();
})();
