// Draws the conversion dashboard's charts from the data the page carries (data-chart): the outputs at each stage as
// bars, and each group's instruction, adoption and implementation rates (percent) as grouped bars.
(function () {
  'use strict';
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var rates = el.getAttribute('data-kind') === 'rates';
    var chart = zhikuChart.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: rates ? function (v) { return v == null ? '–' : v + '%'; } : undefined },
      legend: rates ? { top: 0 } : undefined,
      grid: { left: 8, right: 24, top: rates ? 36 : 20, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.groups, axisLabel: { hideOverlap: true, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', max: rates ? 100 : undefined, axisLabel: rates ? { formatter: '{value}%' } : {} },
      series: data.series.map(function (s, i) {
        return { name: s.name, type: 'bar', data: s.data, itemStyle: { color: zhikuChart.palette[i] } };
      })
    });
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
