// The unit report's radar: the unit against the mean unit on the index's components (data from data- attributes).
(function () {
  'use strict';
  var host = document.getElementById('unit-radar');
  if (!host || typeof echarts === 'undefined') { return; }
  var d = JSON.parse(host.getAttribute('data-radar') || '{}');
  if (!d.axes || d.axes.length < 3) { host.hidden = true; return; }
  var max = d.axes.map(function (_, i) { return Math.max(d.unit[i] || 0, d.mean[i] || 0) * 1.1 || 1; });
  var chart = zhikuChart.init(host);
  chart.setOption({
    tooltip: {},
    legend: { top: 0 },
    radar: { indicator: d.axes.map(function (a, i) { return { name: a, max: max[i] }; }) },
    series: [{
      type: 'radar',
      data: [
        { name: host.getAttribute('data-unit'), value: d.unit, areaStyle: { color: zhikuChart.soft }, itemStyle: { color: zhikuChart.accent } },
        { name: host.getAttribute('data-mean'), value: d.mean, lineStyle: { type: 'dashed' }, itemStyle: { color: zhikuChart.muted } }
      ]
    }]
  });
  host.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
})();
