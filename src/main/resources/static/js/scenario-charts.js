// Draws a scenario's or a comparison's figures with Chart.js from the JSON in the canvas's data-chart attribute:
// IT demand per quarter per plan as bars with the capacity as a line, and costs per year per plan as stacked bars
// (one-off and recurring). The same numbers are always in the tables next to the charts.
(function () {
  'use strict';

  var COLOURS = ['#0b5394', '#b45f06', '#38761d', '#741b47', '#134f5c', '#7f6000'];

  function capacity(canvas, chart) {
    var data = canvas.dataset;
    var datasets = chart.series.map(function (series, i) {
      return { type: 'bar', label: series.label, data: series.values.map(Number),
        backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length] };
    });
    datasets.unshift({ type: 'line', label: data.capacityLabel,
      data: chart.capacity.map(function (v) { return v === null ? null : Number(v); }),
      borderColor: '#1a1a1a', backgroundColor: '#1a1a1a', borderDash: [6, 4], pointRadius: 2, stepped: 'middle' });
    return { labels: chart.labels, datasets: datasets, stacked: false };
  }

  function costs(canvas, chart) {
    var data = canvas.dataset;
    var datasets = [];
    chart.series.forEach(function (series, i) {
      var colour = COLOURS[i % COLOURS.length];
      datasets.push({ label: series.label + ': ' + data.oneOffLabel, data: series.oneOff.map(Number), stack: 's' + i,
        backgroundColor: colour, borderColor: colour });
      datasets.push({ label: series.label + ': ' + data.recurringLabel, data: series.recurring.map(Number),
        stack: 's' + i, backgroundColor: colour + '80', borderColor: colour, borderWidth: 1 });
    });
    return { labels: chart.labels, datasets: datasets, stacked: true };
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var chart = JSON.parse(canvas.dataset.chart);
    var built = canvas.dataset.scenarioChart === 'capacity' ? capacity(canvas, chart) : costs(canvas, chart);
    var text = getComputedStyle(document.documentElement).getPropertyValue('color') || '#1a1a1a';
    new Chart(canvas, {
      type: 'bar',
      data: { labels: built.labels, datasets: built.datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        scales: {
          x: { stacked: built.stacked },
          y: { stacked: built.stacked, beginAtZero: true, title: { display: true, text: canvas.dataset.axisLabel } }
        }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-scenario-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
