// Draws every chart of the pages with Chart.js: capacity per quarter, an indicator's trend, and the scenarios' capacity
// and costs. The canvas holds the numbers as JSON in data-chart ({labels, series: [{look, key, label, colour, values,
// stack}]}), each keyed series' label as data-<key>-label, the axis title as data-unit, and data-stacked and
// data-begin-at-zero. The same numbers are always in a table next to the chart, so the page says everything without it.
(function () {
  'use strict';

  var PALETTE = ['#0b5394', '#b45f06', '#38761d', '#741b47', '#134f5c', '#7f6000'];
  var LEVEL = '#a14a00';

  function label(data, series) {
    var keyed = series.key ? data[series.key + 'Label'] : null;
    return [series.label, keyed].filter(Boolean).join(': ');
  }

  function dataset(data, series) {
    var colour = PALETTE[series.colour % PALETTE.length];
    var common = { label: label(data, series),
      data: series.values.map(function (v) { return v === null ? null : Number(v); }) };
    var stack = series.stack === null ? undefined : series.stack;
    switch (series.look) {
      case 'LEVEL':
        return Object.assign(common, { type: 'line', borderColor: LEVEL, backgroundColor: LEVEL, borderWidth: 3,
          borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5, stepped: 'middle', spanGaps: false, order: 0 });
      case 'TARGET':
        return Object.assign(common, { type: 'line', borderColor: LEVEL, backgroundColor: LEVEL, borderDash: [6, 4],
          pointStyle: 'rectRot', pointRadius: 5, stepped: true, spanGaps: false, order: 0 });
      case 'LINE':
        return Object.assign(common, { type: 'line', borderColor: colour, backgroundColor: colour,
          pointStyle: 'circle', pointRadius: 4, tension: 0, order: 0 });
      case 'LIGHT_BAR':
        return Object.assign(common, { type: 'bar', backgroundColor: colour + '80', borderColor: colour, borderWidth: 1,
          stack: stack, order: 1 });
      default:
        return Object.assign(common, { type: 'bar', backgroundColor: colour, borderColor: colour, stack: stack,
          order: 1 });
    }
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var data = canvas.dataset;
    var chart = JSON.parse(data.chart);
    var datasets = chart.series.map(function (series) { return dataset(data, series); });
    var stacked = data.stacked === 'true';
    var text = getComputedStyle(document.documentElement).getPropertyValue('color') || '#1a1a1a';
    new Chart(canvas, {
      type: datasets.every(function (d) { return d.type === 'line'; }) ? 'line' : 'bar',
      data: { labels: chart.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || 'fi',
        color: text,
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: data.beginAtZero !== 'false', title: { display: true, text: data.unit } }
        }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
