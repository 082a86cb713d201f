// Draws an indicator's trend with Chart.js from the data attributes of its canvas. The same numbers are
// always in the table next to the chart, so the page says everything without this script.
(function () {
  'use strict';

  function numbers(text) {
    return text.split(',').map(function (n) { return n === '' ? null : Number(n); });
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var data = canvas.dataset;
    var style = getComputedStyle(document.documentElement);
    var text = style.getPropertyValue('color') || '#1a1a1a';
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels.split('|'),
        datasets: [
          { label: data.valueLabel, data: numbers(data.values), borderColor: '#0b5394', backgroundColor: '#0b5394',
            pointStyle: 'circle', pointRadius: 4, tension: 0 },
          { label: data.targetLabel, data: numbers(data.targets), borderColor: '#a14a00', backgroundColor: '#a14a00',
            borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5, stepped: true, spanGaps: false }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: { y: { beginAtZero: false, title: { display: true, text: data.unit } } }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-indicator-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
