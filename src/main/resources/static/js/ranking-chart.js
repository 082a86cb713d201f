// Draws the top of the ranking as horizontal bars with Chart.js from the data attributes of its canvas. The same
// numbers are always in the table next to the chart, so the page says everything without this script.
(function () {
  'use strict';

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var data = canvas.dataset;
    var style = getComputedStyle(document.documentElement);
    var text = style.getPropertyValue('color') || '#1a1a1a';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels.split('|'),
        datasets: [
          { label: data.valueLabel, data: data.values.split(',').map(Number), backgroundColor: '#0b5394',
            borderColor: '#0b5394' }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || 'fi',
        color: text,
        plugins: { legend: { display: false } },
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: data.valueLabel } },
          y: { ticks: { autoSkip: false, callback: function (value) {
            var label = this.getLabelForValue(value);
            return label.length > 40 ? label.substring(0, 39) + '…' : label;
          } } }
        }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas[data-ranking-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
