// Draws the dashboard's charts from /api/v1/dashboard (what the signed-in caller may see).
(function () {
  'use strict';
  function draw(el, data) {
    var label = el.getAttribute('data-label');
    var chart = zhikuChart.init(el);
    var horizontal = el.getAttribute('data-series') === 'keywords';
    var names = data.map(function (d) { return d.label; });
    var values = data.map(function (d) { return d.count; });
    if (horizontal) { names.reverse(); values.reverse(); }
    // containLabel sizes the grid to the labels (a long keyword never loses its first letters at the edge); a keyword
    // longer than 40% of the chart ends in an ellipsis, whole in the tooltip and in the data table below.
    var room = Math.max(90, Math.round(el.clientWidth * 0.4));
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 20, bottom: 8, containLabel: true },
      xAxis: horizontal ? { type: 'value' } : { type: 'category', data: names, axisLabel: { hideOverlap: true } },
      yAxis: horizontal ? { type: 'category', data: names, axisLabel: { interval: 0, width: room, overflow: 'truncate' } } : { type: 'value' },
      series: [{ name: label, type: horizontal ? 'bar' : 'line', data: values, areaStyle: horizontal ? undefined : {}, itemStyle: { color: zhikuChart.accent } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  fetch('/api/v1/dashboard', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      document.querySelectorAll('.chart').forEach(function (el) {
        draw(el, d[el.getAttribute('data-series')] || []);
        el.setAttribute('data-drawn', 'true');
      });
    });
})();
