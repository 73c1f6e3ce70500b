// Zhiku's one chart style: the design system's colours and CJK font as an ECharts theme, and zhikuChart.init, which
// every chart uses: the theme, the page's language for ECharts' own words, and a spoken summary of the data
// (ECharts' aria: role="img" and an aria-label describing the series) for screen readers.
(function () {
  'use strict';
  var font = '"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
  var text = '#1f2328', muted = '#555d66', line = '#d5dae0';
  var palette = ['#a3161a', '#0b4c94', '#1a6b34', '#b8660b', '#6b3fa0', '#0f7a7a', '#8a939d', '#c2410c', '#3b5b92', '#7a5200'];
  var axis = {
    axisLine: { lineStyle: { color: muted } },
    axisTick: { lineStyle: { color: muted } },
    axisLabel: { color: muted },
    splitLine: { lineStyle: { color: line } }
  };
  echarts.registerTheme('zhiku', {
    color: palette,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: font, color: text },
    title: { textStyle: { color: text, fontWeight: 700 }, subtextStyle: { color: muted } },
    legend: { textStyle: { color: text } },
    tooltip: { backgroundColor: '#ffffff', borderColor: line, textStyle: { color: text } },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
    line: { symbolSize: 6, lineStyle: { width: 2 } },
    radar: { axisName: { color: text }, splitLine: { lineStyle: { color: line } } }
  });
  window.zhikuChart = {
    accent: palette[0],
    soft: 'rgba(163, 22, 26, 0.25)',
    muted: muted,
    palette: palette,
    // A labelLayout that keeps every label inside the chart's box (shifted back in from an edge) and hides a label
    // that would still cover another one after shifting it down, so that no text is cut or stacked.
    inside: function (el, move) {
      return function (p) {
        var r = p.labelRect, w = el.clientWidth, h = el.clientHeight, pad = 2;
        var dx = r.x < pad ? pad - r.x : (r.x + r.width > w - pad ? (w - pad) - (r.x + r.width) : 0);
        var dy = r.y < pad ? pad - r.y : (r.y + r.height > h - pad ? (h - pad) - (r.y + r.height) : 0);
        return { dx: dx, dy: dy, hideOverlap: true, moveOverlap: move || undefined };
      };
    },
    init: function (el, options) {
      var settings = options || {};
      settings.locale = document.documentElement.lang === 'en' ? 'EN' : 'ZH';
      var chart = echarts.init(el, 'zhiku', settings);
      chart.setOption({ aria: { enabled: true } });
      // Until the data arrives (or when there is none) the chart is named after its section's heading.
      var section = el.closest('section');
      var heading = section && section.querySelector('h2, h3');
      var fallback = el.getAttribute('data-label') || (heading ? heading.textContent.trim() : el.id);
      function name() { if (!el.getAttribute('aria-label')) { el.setAttribute('aria-label', fallback); } }
      chart.on('finished', name);
      name();
      return chart;
    }
  };
})();
