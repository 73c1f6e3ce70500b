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
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: horizontal ? 160 : 50, right: 20, top: 20, bottom: 40 },
      xAxis: horizontal ? { type: 'value' } : { type: 'category', data: names },
      yAxis: horizontal ? { type: 'category', data: names, axisLabel: { interval: 0 } } : { type: 'value' },
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
