// The evaluation page: runs a bundled sample through /api/v1/evaluations and draws the framework tree, the results
// table, the rank intervals and a radar chart per unit (all text comes from data- attributes, localised by the page).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var charts = {};
  var current = null;

  function fmt(v) { return v === null || v === undefined ? 'NA' : (Math.round(v * 100) / 100).toFixed(2); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
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
        li.appendChild(el('span', n.code, 'code'));
        li.appendChild(el('span', ' ' + (n.name || '') + ' ', 'name'));
        li.appendChild(el('span', 'w=' + fmt(n.weight) + (n.direction < 0 ? ' (−)' : ''), 'muted'));
        var children = byParent[n.code];
        if (children) { var ul = el('ul'); add(ul, children); li.appendChild(ul); }
        list.appendChild(li);
      });
    }
    add(root, framework.filter(function (n) { return !n.parent || !codes[n.parent]; }));
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
      row.appendChild(el('td', u.uCode + (u.uName ? ' · ' + u.uName : '')));
      d.levels.forEach(function (c) {
        var cell = el('td', fmt(u.scores[c]), 'num');
        cell.title = '#' + u.ranks[c];
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
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
      yAxis: { type: 'value', inverse: true, min: 1, name: '#' },
      series: [
        { name: host.getAttribute('data-interval'), type: 'bar', stack: 'q', itemStyle: { color: 'transparent' }, data: us.map(function (u) { return u.q5; }), tooltip: { show: false } },
        { name: host.getAttribute('data-interval'), type: 'bar', stack: 'q', itemStyle: { color: 'rgba(178,34,34,0.35)' }, data: us.map(function (u) { return u.q95 - u.q5; }) },
        { name: host.getAttribute('data-median'), type: 'scatter', symbol: 'diamond', data: us.map(function (u) { return u.median; }) },
        { name: host.getAttribute('data-nominal'), type: 'scatter', itemStyle: { color: '#b22222' }, data: us.map(function (u) { return u.nominal; }) }
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
      tooltip: {},
      radar: { indicator: axes.map(function (a) { return { name: a, max: max[a] }; }) },
      series: [{ type: 'radar', name: uCode, data: [{ name: uCode, value: axes.map(function (a) { return unit.scores[a]; }), areaStyle: { color: 'rgba(178,34,34,0.25)' }, itemStyle: { color: '#b22222' } }] }]
    }, true);
  }

  function files(d) {
    var list = $('eval-files');
    list.textContent = '';
    (d.files || []).forEach(function (f) {
      var li = el('li');
      var a = el('a', f);
      a.href = '/api/v1/evaluations/samples/' + encodeURIComponent(d.sample) + '/files/' + encodeURIComponent(f);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  function show(d) {
    current = d;
    $('eval-results').hidden = false;
    tree(d.framework);
    table(d);
    files(d);
    $('eval-log').textContent = JSON.stringify(d.log, null, 2);
    var select = $('eval-unit');
    select.textContent = '';
    d.units.forEach(function (u) { var o = el('option', u.uCode + (u.uName ? ' · ' + u.uName : '')); o.value = u.uCode; select.appendChild(o); });
    intervals(d);
    if (d.units.length) { radar(d, d.units[0].uCode); }
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    var status = $('eval-status');
    status.textContent = status.getAttribute('data-loading');
    var url = '/api/v1/evaluations/samples/' + encodeURIComponent($('eval-sample').value) +
      '?runs=' + encodeURIComponent($('eval-runs').value || '0') + '&seed=' + encodeURIComponent($('eval-seed').value || '1');
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.detail || r.statusText); } return j; }); })
      .then(function (d) { status.textContent = ''; show(d); })
      .catch(function (e) { status.textContent = status.getAttribute('data-failed') + ' ' + e.message; });
  }

  $('eval-form').addEventListener('submit', run);
  $('eval-unit').addEventListener('change', function () { if (current) { radar(current, this.value); } });
  run();
})();
