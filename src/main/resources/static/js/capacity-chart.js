// Draws a party's capacity per quarter with Chart.js from the data attributes of its canvas: bars for the low and
// high demand, a line for the capacity. The same numbers are always in the table under the chart.
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
    var text = getComputedStyle(document.documentElement).getPropertyValue('color') || '#1b1f24';
    new Chart(canvas, {
      data: {
        labels: data.labels.split('|'),
        datasets: [
          { type: 'line', label: data.capacityLabel, data: numbers(data.capacity), borderColor: '#a14a00',
            backgroundColor: '#a14a00', borderWidth: 3, borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5,
            stepped: 'middle', spanGaps: false, order: 0 },
          { type: 'bar', label: data.lowLabel, data: numbers(data.low), backgroundColor: '#0b4f8a', order: 1 },
          { type: 'bar', label: data.highLabel, data: numbers(data.high), backgroundColor: '#7fa7cf',
            borderColor: '#0b4f8a', borderWidth: 1, order: 2 }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: data.unit } } }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-capacity-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
