// Draws the analysis workspace's charts from /api/v1/analytics/* for the search and controls in #analysis[data-params]
// (q, the search page's facet filters f, and the workspace's controls). Changing a control re-fetches the charts and
// rewrites the CSV/XLSX/report links. Each chart downloads as PNG (toolbox saveAsImage) and SVG (SVG renderer).
(function () {
  'use strict';
  var root = document.getElementById('analysis');
  if (!root) { return; }
  var params = root.getAttribute('data-params');
  var form = document.getElementById('analysis-controls');
  var t = function (name) { return root.getAttribute('data-' + name) || name; };
  var charts = {};

  function svgDownload(el, option) {
    var box = document.createElement('div');
    box.style.width = el.clientWidth + 'px';
    box.style.height = el.clientHeight + 'px';
    box.style.position = 'absolute';
    box.style.left = '-10000px';
    document.body.appendChild(box);
    var svg = zhikuChart.init(box, { renderer: 'svg' });
    var copy = Object.assign({}, option, { animation: false, toolbox: { show: false } });
    svg.setOption(copy);
    var text = svg.renderToSVGString();
    svg.dispose();
    box.remove();
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    a.download = el.id + '.svg';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  var options = {};

  function draw(el, option) {
    option.toolbox = { feature: { saveAsImage: { name: el.id, pixelRatio: 2 } } };
    var chart = zhikuChart.init(el);
    chart.setOption(option);
    charts[el.id] = chart;
    options[el.id] = option;
    if (!(el.nextSibling && el.nextSibling.className === 'svg-download')) {
      var link = document.createElement('a');
      link.href = '#';
      link.className = 'svg-download';
      link.textContent = t('svg');
      link.addEventListener('click', function (e) { e.preventDefault(); svgDownload(el, options[el.id]); });
      el.parentNode.insertBefore(link, el.nextSibling);
    }
    el.setAttribute('data-drawn', 'true');
    return chart;
  }

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { if (charts[id]) { charts[id].resize(); } });
  });

  // VOS coordinates put a few outlying nodes far from a dense centre; drawn as they are, the centre is a blob. Each
  // coordinate becomes a mix of its place in the range (30%) and its rank (70%): the order and the clusters' sides
  // stay, the nodes spread over 0..1.
  function spread(values) {
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values), n = values.length;
    var order = values.map(function (v, i) { return i; }).sort(function (a, b) { return values[a] - values[b]; });
    var rank = new Array(n);
    order.forEach(function (index, r) { rank[index] = n > 1 ? r / (n - 1) : 0.5; });
    return values.map(function (v, i) { return 0.3 * (max > min ? (v - min) / (max - min) : 0.5) + 0.7 * rank[i]; });
  }

  function empty(el) {
    el.textContent = t('none');
    el.setAttribute('data-drawn', 'empty');
  }

  var drawers = {
    network: function (el, d) {
      if (!d.nodes.length) { return empty(el); }
      var categories = [];
      for (var c = 1; c <= d.clusterCount; c++) {
        var label = d.clusters[c - 1] && d.clusters[c - 1].labels.length ? d.clusters[c - 1].labels[0].term : String(c);
        categories.push({ name: c + ': ' + label });
      }
      var max = Math.max.apply(null, d.nodes.map(function (n) { return n.occurrences; }));
      var xs = spread(d.nodes.map(function (n) { return n.x; }));
      var ys = spread(d.nodes.map(function (n) { return -n.y; }));
      // The layout box is the canvas less the legend: the map fills it whatever the VOS coordinates' aspect.
      var width = Math.max(200, el.clientWidth - 80), height = Math.max(150, el.clientHeight - 90);
      var chart = draw(el, {
        tooltip: {},
        legend: [{ data: categories.map(function (x) { return x.name; }), type: 'scroll', bottom: 0 }],
        series: [{
          type: 'graph', layout: 'none', roam: true, scaleLimit: { min: 0.5, max: 10 }, draggable: false, categories: categories,
          left: 30, right: 50, top: 24, bottom: 56,
          label: { show: true, position: 'right', fontSize: 11, width: 120, overflow: 'truncate' },
          labelLayout: zhikuChart.inside(el),
          emphasis: { focus: 'adjacency', label: { show: true } },
          lineStyle: { color: 'source', opacity: 0.3, curveness: 0.2 },
          data: d.nodes.map(function (n, i) {
            return {
              id: String(n.id), name: n.label, x: xs[i] * width, y: ys[i] * height, value: n.occurrences, category: n.cluster - 1,
              symbolSize: 6 + 24 * Math.sqrt(n.occurrences / max), label: { position: xs[i] > 0.8 ? 'left' : 'right' }
            };
          }),
          links: d.edges.map(function (e) { return { source: String(e.source), target: String(e.target), value: e.weight }; })
        }]
      });
      network = { chart: chart, nodes: d.nodes };
      el.setAttribute('data-nodes', String(d.nodes.length));
      el.setAttribute('data-roam', 'true');
    },
    bursts: function (el, d) {
      if (!d.bursts.length) { return empty(el); }
      var bursts = d.bursts.slice().sort(function (a, b) { return d.slices.indexOf(b.start) - d.slices.indexOf(a.start); });
      var start = bursts.map(function (b) { return d.slices.indexOf(b.start); });
      draw(el, {
        tooltip: { formatter: function (p) { var b = bursts[p.dataIndex]; return b.term + '<br/>' + b.start + '–' + b.end + ' (' + b.weight.toFixed(2) + ')'; } },
        grid: { left: 180, right: 20, top: 30, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: d.slices.length, interval: 1, axisLabel: { formatter: function (v) { return d.slices[v] || ''; } } },
        yAxis: { type: 'category', data: bursts.map(function (b) { return b.term; }), axisLabel: { interval: 0 } },
        series: [
          { type: 'bar', stack: 'b', silent: true, itemStyle: { color: 'transparent' }, data: start },
          { type: 'bar', stack: 'b', itemStyle: { color: zhikuChart.accent }, data: bursts.map(function (b, i) { return d.slices.indexOf(b.end) - start[i] + 1; }) }
        ]
      });
    },
    themes: function (el, d) {
      if (!d.themes.length) { return empty(el); }
      var median = function (xs) { xs = xs.slice().sort(function (a, b) { return a - b; }); var m = xs.length >> 1; return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2; };
      var max = Math.max.apply(null, d.themes.map(function (x) { return x.frequency; }));
      draw(el, {
        tooltip: { formatter: function (p) { var x = d.themes[p.dataIndex]; return x.label + '<br/>' + x.words.slice(0, 8).map(function (w) { return w.word; }).join(', '); } },
        grid: { left: 60, right: 40, top: 50, bottom: 50 },
        xAxis: { type: 'value', name: t('centrality'), nameLocation: 'middle', nameGap: 30, scale: true },
        yAxis: { type: 'value', name: t('density'), nameLocation: 'middle', nameGap: 42, scale: true },
        series: [{
          type: 'scatter', label: { show: true, position: 'top', width: 140, overflow: 'truncate', formatter: function (p) { return d.themes[p.dataIndex].label; } },
          labelLayout: zhikuChart.inside(el),
          symbolSize: function (v, p) { return 10 + 30 * Math.sqrt(d.themes[p.dataIndex].frequency / max); },
          data: d.themes.map(function (x) { return [x.centrality, x.density]; }),
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: zhikuChart.muted }, label: { show: false },
            data: [{ xAxis: median(d.themes.map(function (x) { return x.centrality; })) }, { yAxis: median(d.themes.map(function (x) { return x.density; })) }] }
        }]
      });
    },
    evolution: function (el, d) {
      if (!d.flows.length) { return empty(el); }
      var name = function (period, theme) {
        var p = d.periods[period];
        var th = p.map.themes.filter(function (x) { return x.id === theme; })[0];
        return p.from + '–' + p.to + ' ' + (th ? th.label : theme);
      };
      var nodes = {};
      var last = d.periods.length - 1;
      var links = d.flows.map(function (f) {
        var source = name(f.fromPeriod, f.fromTheme);
        var target = name(f.toPeriod, f.toTheme);
        nodes[source] = f.fromPeriod;
        nodes[target] = f.toPeriod;
        return { source: source, target: target, value: Math.max(f.weightedInclusion, 0.001), words: f.words };
      });
      draw(el, {
        tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.source + ' → ' + p.data.target + '<br/>' + p.data.words.slice(0, 8).join(', ') : p.name; } },
        series: [{
          // The period and the theme on two lines, wrapped within a column; the last period's labels sit left of
          // their nodes, inside the chart (on the right they were cut at the edge).
          type: 'sankey', left: 10, right: 10, top: 10, bottom: 10, nodeGap: 14, emphasis: { focus: 'adjacency' },
          label: { fontSize: 11, width: Math.max(80, Math.round(el.clientWidth / (d.periods.length + 1)) - 30), overflow: 'break', lineHeight: 13,
            formatter: function (p) { var cut = p.name.indexOf(' '); return cut > 0 ? p.name.slice(0, cut) + '\n' + p.name.slice(cut + 1) : p.name; } },
          labelLayout: zhikuChart.inside(el),
          lineStyle: { color: 'gradient', opacity: 0.4 },
          data: Object.keys(nodes).map(function (n) { return { name: n, depth: nodes[n], label: { position: nodes[n] === last ? 'left' : 'right' } }; }),
          links: links
        }]
      });
    },
    trends: function (el, d) {
      if (!d.years.length) { return empty(el); }
      var best = d.best === 'gompertz' || d.best === 'Gompertz' ? d.gompertz : d.logistic;
      var years = d.years.map(String);
      var fitted = best ? best.fitted.slice() : [];
      var forecast = best ? best.forecast : [];
      forecast.forEach(function (f) { years.push(String(f.year)); fitted.push(f.value); });
      var series = [
        { name: t('count'), type: 'bar', data: d.counts, itemStyle: { color: zhikuChart.muted } },
        { name: t('cumulative'), type: 'line', data: d.cumulative, itemStyle: { color: zhikuChart.accent } }
      ];
      if (best) {
        // The model and the stage by their names in the page's language (the API answers codes).
        var model = t('model-' + String(d.best).toLowerCase());
        var stage = d.stage ? t('stage-' + String(d.stage).toLowerCase()) : null;
        series.push({ name: t('fitted') + ' (' + model + (stage ? ', ' + stage : '') + ')', type: 'line', smooth: true, symbol: 'none', lineStyle: { type: 'dashed' }, data: fitted.map(function (v) { return Math.round(v * 100) / 100; }) });
      }
      draw(el, {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 50, right: 20, top: 30, bottom: 50 },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value' },
        series: series
      });
    }
  };

  var network = null;
  var search = document.getElementById('node-search');
  search.addEventListener('input', function () {
    if (!network) { return; }
    var text = search.value.trim().toLowerCase();
    network.chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (!text) { return; }
    network.nodes.forEach(function (n, i) {
      if (n.label.toLowerCase().indexOf(text) >= 0) {
        network.chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
      }
    });
  });

  // Loads every chart for a query string; a newer load wins over a slower, older one.
  var generation = 0;
  function load(query) {
    var current = ++generation;
    network = null;
    root.setAttribute('data-params', query);
    document.querySelectorAll('#analysis .chart').forEach(function (el) {
      var analysis = el.getAttribute('data-analysis');
      el.setAttribute('data-drawn', 'loading');
      fetch('/api/v1/analytics/' + analysis + '?' + query, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) {
          if (!r.ok) { return r.json().then(function (p) { throw new Error(p.detail || r.status); }, function () { throw new Error(r.status); }); }
          return r.json();
        })
        .then(function (d) {
          if (current !== generation) { return; }
          if (charts[el.id]) { charts[el.id].dispose(); charts[el.id] = null; }
          el.textContent = '';
          drawers[analysis](el, d);
        })
        .catch(function (e) {
          if (current !== generation) { return; }
          if (charts[el.id]) { charts[el.id].dispose(); charts[el.id] = null; }
          el.textContent = String(e.message || e);
          el.setAttribute('data-drawn', 'error');
        });
    });
    document.querySelectorAll('a.download').forEach(function (a) {
      var lang = a.getAttribute('data-lang');
      a.href = '/api/v1/analytics/' + a.getAttribute('data-analysis') + '?format=' + a.getAttribute('data-format') + (lang ? '&lang=' + lang : '') + '&' + query;
    });
  }

  // The form's values as a query string: empty controls are left out so that the API's defaults apply.
  function formQuery() {
    var out = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== '') { out.append(key, String(value).trim()); }
    });
    return out.toString();
  }

  function apply() {
    var query = formQuery();
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '/analysis?' + query);
    }
    load(query);
  }

  if (form) {
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('change', apply);
  }

  load(params);
})();
