// The AHP matrix editor: the upper triangle is entered, the lower is its reciprocal; every change asks
// /api/v1/evaluations/ahp for the priorities, λmax, CI and CR (Saaty's random index). Choosing a node of the loaded
// framework compares its children; the priorities can then be written into the framework editor's weights.
(function () {
  'use strict';
  var size = document.getElementById('ahp-size');
  var host = document.getElementById('ahp-matrix');
  var out = document.getElementById('ahp-result');
  var node = document.getElementById('ahp-node');
  var apply = document.getElementById('ahp-apply');
  if (!size || !host || !out) { return; }
  var children = {};
  var labels = null;
  var last = null;

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
        if (d.weights === undefined) { out.textContent = d.detail || '?'; last = null; if (apply) { apply.disabled = true; } return; }
        last = d.weights;
        if (apply) { apply.disabled = !labels; }
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
    if (labels) {
      var head = document.createElement('tr');
      head.appendChild(document.createElement('th'));
      labels.forEach(function (l) { var th = document.createElement('th'); th.textContent = l; head.appendChild(th); });
      host.appendChild(head);
    }
    for (var i = 0; i < n; i++) {
      var tr = document.createElement('tr');
      if (labels) { var th = document.createElement('th'); th.textContent = labels[i]; tr.appendChild(th); }
      for (var j = 0; j < n; j++) {
        var td = document.createElement('td');
        td.setAttribute('data-i', String(i)); td.setAttribute('data-j', String(j));
        if (j > i) {
          var input = document.createElement('input');
          input.size = 4; input.value = '1';
          input.setAttribute('data-i', String(i)); input.setAttribute('data-j', String(j));
          input.setAttribute('aria-label', (host.getAttribute('data-cell') || '{0} / {1}').replace('{0}', labels ? labels[i] : String(i + 1)).replace('{1}', labels ? labels[j] : String(j + 1)));
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

  size.addEventListener('change', function () { labels = null; if (node) { node.value = ''; } build(); });

  // The loaded framework's aggregates with 2 to 9 children can be compared.
  document.addEventListener('eval:loaded', function (e) {
    if (!node || (e.detail && e.detail.edits)) { return; }
    children = {};
    (e.detail.framework || []).forEach(function (n) { if (n.parent) { (children[n.parent] = children[n.parent] || []).push(n.code); } });
    var keep = node.value;
    while (node.options.length > 1) { node.remove(1); }
    Object.keys(children).filter(function (c) { return children[c].length >= 2 && children[c].length <= 9; }).forEach(function (c) {
      var o = document.createElement('option'); o.value = c; o.textContent = c + ' (' + children[c].length + ')'; node.appendChild(o);
    });
    if (keep && children[keep]) { node.value = keep; }
  });
  if (node) {
    node.addEventListener('change', function () {
      labels = node.value ? children[node.value] : null;
      if (labels) { size.value = String(labels.length); }
      build();
    });
  }
  if (apply) {
    apply.addEventListener('click', function () {
      if (!labels || !last) { return; }
      document.dispatchEvent(new CustomEvent('eval:weights', { detail: { codes: labels, weights: last } }));
      // The weights land in the framework editor: unfold it so that the change is seen.
      var editor = document.getElementById('eval-editor');
      if (editor) { editor.open = true; }
    });
  }
  build();
})();
