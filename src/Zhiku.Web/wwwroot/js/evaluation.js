// The evaluation pages: a bundled sample (run through /api/v1/evaluations/samples) or a stored run
// (/api/v1/evaluations/runs/ID): the framework tree as an editor of weights and directions (re-run with the edits,
// download the edited iMeta), the results table, the rank intervals and a radar chart per unit (all text comes from
// data- attributes, localised by the page).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var charts = {};
  var current = null;
  var original = null;
  var runId = $('eval-results').getAttribute('data-run') || '';

  // The evaluation the page shows: 'runs/ID' or 'samples/NAME'.
  function source() {
    return runId ? 'runs/' + encodeURIComponent(runId) : 'samples/' + encodeURIComponent($('eval-sample').value);
  }

  function sampleQuery() {
    if (runId) { return ''; }
    var runs = Number($('eval-runs').value || '0');
    return runs > 0 ? 'runs=' + encodeURIComponent(String(runs)) + '&seed=' + encodeURIComponent($('eval-seed').value || '1') : '';
  }

  function fmt(v) { return v === null || v === undefined ? 'NA' : (Math.round(v * 100) / 100).toFixed(2); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = zhikuChart.init($(id));
      window.addEventListener('resize', function () { charts[id].resize(); });
    }
    return charts[id];
  }

  function tree(framework) {
    var root = $('eval-tree');
    root.textContent = '';
    var byParent = {};
    framework.forEach(function (n) { (byParent[n.parent || ''] = byParent[n.parent || ''] || []).push(n); });
    var codes = {};
    framework.forEach(function (n) { codes[n.code] = true; });
    function add(list, nodes) {
      nodes.forEach(function (n) {
        var li = el('li');
        li.setAttribute('data-code', n.code);
        li.appendChild(el('span', n.code, 'code'));
        li.appendChild(el('span', ' ' + (n.name || '') + ' ', 'name'));
        var w = el('input', null, 'weight');
        w.type = 'number'; w.min = '0'; w.step = 'any'; w.value = String(Math.round(n.weight * 10000) / 10000);
        w.setAttribute('data-code', n.code); w.setAttribute('data-original', w.value); w.title = 'w';
        w.setAttribute('aria-label', (root.getAttribute('data-weight') || 'w ') + n.code);
        w.addEventListener('input', edited);
        li.appendChild(w);
        var dir = el('select', null, 'direction');
        [1, -1].forEach(function (v) { var o = el('option', v > 0 ? '+1' : '−1'); o.value = String(v); dir.appendChild(o); });
        dir.value = String(n.direction < 0 ? -1 : 1);
        dir.setAttribute('data-code', n.code); dir.setAttribute('data-original', dir.value);
        dir.title = root.getAttribute('data-direction');
        dir.setAttribute('aria-label', root.getAttribute('data-direction') + ' ' + n.code);
        dir.addEventListener('change', edited);
        li.appendChild(dir);
        var children = byParent[n.code];
        if (children) { var ul = el('ul'); add(ul, children); li.appendChild(ul); }
        list.appendChild(li);
      });
    }
    add(root, framework.filter(function (n) { return !n.parent || !codes[n.parent]; }));
    edited();
  }

  // The edits as query parameters: w=CODE:W,... and d=CODE:±1 (only what differs from the loaded framework).
  function edits() {
    var w = [], d = [];
    $('eval-tree').querySelectorAll('input.weight').forEach(function (i) {
      if (i.value !== i.getAttribute('data-original') && i.value !== '') { w.push(i.getAttribute('data-code') + ':' + i.value); }
    });
    $('eval-tree').querySelectorAll('select.direction').forEach(function (s) {
      if (s.value !== s.getAttribute('data-original')) { d.push(s.getAttribute('data-code') + ':' + s.value); }
    });
    var q = [];
    if (w.length) { q.push('w=' + encodeURIComponent(w.join(','))); }
    if (d.length) { q.push('d=' + encodeURIComponent(d.join(','))); }
    return q.join('&');
  }

  function edited() {
    var q = edits();
    $('eval-meta').href = '/api/v1/evaluations/' + source() + '/imeta.csv' + (q ? '?' + q : '');
    $('eval-tree').setAttribute('data-edits', q);
  }

  function setWeights(e) {
    var detail = e.detail || {};
    (detail.codes || []).forEach(function (code, i) {
      var input = $('eval-tree').querySelector('input.weight[data-code="' + code + '"]');
      if (input) { input.value = String(Math.round(detail.weights[i] * 10000) / 10000); }
    });
    edited();
  }

  function table(d) {
    var t = $('eval-table');
    var head = t.tHead; head.textContent = '';
    var body = t.tBodies[0]; body.textContent = '';
    var tr = el('tr');
    tr.appendChild(el('th', t.getAttribute('data-rank')));
    tr.appendChild(el('th', t.getAttribute('data-unit')));
    d.levels.forEach(function (c) { tr.appendChild(el('th', c)); });
    head.appendChild(tr);
    var root = d.levels[0];
    d.units.forEach(function (u) {
      var row = el('tr');
      row.setAttribute('data-ucode', u.uCode);
      row.appendChild(el('td', u.ranks[root], 'num rank'));
      var cell0 = el('td');
      var link = el('a', u.uCode + (u.uName ? ' · ' + u.uName : ''));
      link.href = unitUrl(u.uCode);
      cell0.appendChild(link);
      row.appendChild(cell0);
      d.levels.forEach(function (c) {
        var cell = el('td', fmt(u.scores[c]), 'num');
        cell.title = '#' + u.ranks[c];
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }

  function unitUrl(uCode) {
    var q = sampleQuery();
    return '/evaluation/' + source() + '/units/' + encodeURIComponent(uCode) + (q ? '?' + q : '');
  }

  function intervals(d) {
    var host = $('eval-intervals');
    var note = $('eval-intervals-note');
    if (!d.uncertainty) { note.textContent = note.getAttribute('data-none'); host.hidden = true; return; }
    note.textContent = d.uncertainty.target + ' · runs ' + d.uncertainty.runs + ' · seed ' + d.uncertainty.seed + ' · ' + d.uncertainty.inputs.join(', ');
    host.hidden = false;
    var us = d.uncertainty.units;
    var names = us.map(function (u) { return u.uCode; });
    chart('eval-intervals').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 60, interval: 0 } },
      yAxis: { type: 'value', inverse: true, min: 1, name: '#', nameLocation: 'start' },
      series: [
        { name: host.getAttribute('data-interval'), type: 'bar', stack: 'q', itemStyle: { color: 'transparent' }, data: us.map(function (u) { return u.q5; }), tooltip: { show: false } },
        { name: host.getAttribute('data-interval'), type: 'bar', stack: 'q', itemStyle: { color: zhikuChart.soft }, data: us.map(function (u) { return u.q95 - u.q5; }) },
        { name: host.getAttribute('data-median'), type: 'scatter', symbol: 'diamond', data: us.map(function (u) { return u.median; }) },
        { name: host.getAttribute('data-nominal'), type: 'scatter', itemStyle: { color: zhikuChart.accent }, data: us.map(function (u) { return u.nominal; }) }
      ]
    }, true);
    host.setAttribute('data-drawn', 'true');
  }

  function radar(d, uCode) {
    var root = d.levels[0];
    var axes = d.framework.filter(function (n) { return n.parent === root; }).map(function (n) { return n.code; });
    if (axes.length < 3) {
      var second = {};
      axes.forEach(function (a) { second[a] = true; });
      axes = d.framework.filter(function (n) { return second[n.parent]; }).map(function (n) { return n.code; });
    }
    var unit = d.units.filter(function (u) { return u.uCode === uCode; })[0];
    if (!unit) { return; }
    var max = {};
    axes.forEach(function (a) { max[a] = Math.max.apply(null, d.units.map(function (u) { return u.scores[a] || 0; })) || 1; });
    chart('eval-radar').setOption({
      // A new option replaces the whole chart (notMerge), so it asks again for ECharts' aria label, which reads out the values.
      aria: { enabled: true },
      tooltip: {},
      radar: { indicator: axes.map(function (a) { return { name: a, max: max[a] }; }) },
      series: [{ type: 'radar', name: uCode, data: [{ name: uCode, value: axes.map(function (a) { return unit.scores[a]; }), areaStyle: { color: zhikuChart.soft }, itemStyle: { color: zhikuChart.accent } }] }]
    }, true);
  }

  function files(d) {
    var list = $('eval-files');
    list.textContent = '';
    (d.files || []).forEach(function (f) {
      var li = el('li');
      var a = el('a', f);
      var q = f !== 'report.docx' ? '' : 'lang=' + encodeURIComponent(list.getAttribute('data-lang') || 'zh') +
        (runId ? '' : '&runs=' + encodeURIComponent($('eval-runs').value || '0') + '&seed=' + encodeURIComponent($('eval-seed').value || '1'));
      a.href = '/api/v1/evaluations/' + source() + '/files/' + encodeURIComponent(f) + (q ? '?' + q : '');
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function show(d, keepTree) {
    current = d;
    $('eval-results').hidden = false;
    if (!keepTree) { tree(d.framework); original = d; }
    $('eval-edited').hidden = !keepTree;
    table(d);
    if (!keepTree) { files(d); }
    $('eval-log').textContent = JSON.stringify(d.log, null, 2);
    var select = $('eval-unit');
    var chosen = select.value;
    select.textContent = '';
    d.units.forEach(function (u) { var o = el('option', u.uCode + (u.uName ? ' · ' + u.uName : '')); o.value = u.uCode; select.appendChild(o); });
    if (chosen) { select.value = chosen; }
    intervals(keepTree ? original : d);
    if (d.units.length) { radar(d, select.value || d.units[0].uCode); $('eval-unit-link').href = unitUrl(select.value || d.units[0].uCode); }
    document.dispatchEvent(new CustomEvent('eval:loaded', { detail: d }));
  }

  function load(url, keepTree) {
    var status = $('eval-status');
    status.textContent = status.getAttribute('data-loading');
    $('eval-results').setAttribute('data-loaded', 'false');
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.detail || r.statusText); } return j; }); })
      .then(function (d) { status.textContent = ''; show(d, keepTree); $('eval-results').setAttribute('data-loaded', keepTree ? 'edited' : 'true'); })
      .catch(function (e) { status.textContent = status.getAttribute('data-failed') + ' ' + e.message; });
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    if (runId) { load('/api/v1/evaluations/runs/' + encodeURIComponent(runId), false); return; }
    var q = sampleQuery();
    load('/api/v1/evaluations/' + source() + (q ? '?' + q : ''), false);
  }

  if ($('eval-form')) { $('eval-form').addEventListener('submit', run); }
  $('eval-unit').addEventListener('change', function () { if (current) { radar(current, this.value); $('eval-unit-link').href = unitUrl(this.value); } });
  $('eval-apply').addEventListener('click', function () {
    var q = edits();
    if (!q) { if (original) { show(original, false); } return; }
    load('/api/v1/evaluations/' + source() + '/edited?' + q, true);
  });
  $('eval-reset').addEventListener('click', function () { if (original) { show(original, false); } });
  document.addEventListener('eval:weights', setWeights);
  run();
})();
