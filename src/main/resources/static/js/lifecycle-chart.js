// Draws the lifecycle chart with Chart.js from the data-chart attribute of its canvas ({bubbles: [{x, y, businessFit,
// technicalCondition, verdict, names}]}): business fit across, technical condition up, one bubble per verdict recorded
// on the same scores, sized by the number of systems in it, the four quarters named by the verdict they suggest. The
// same systems are in the tables below, so the page says everything without this script.
(function () {
  'use strict';

  var VERDICTS = ['KEEP', 'DEVELOP', 'REPLACE', 'RETIRE'];
  var COLOURS = { KEEP: '#38761d', DEVELOP: '#0b5394', REPLACE: '#b45f06', RETIRE: '#741b47' };
  var STYLES = { KEEP: 'circle', DEVELOP: 'rect', REPLACE: 'triangle', RETIRE: 'rectRot' };
  // Scores of 3 or more count as good, so the quarters meet between 2 and 3.
  var MIDDLE = 2.5;

  function attribute(data, prefix, verdict) {
    return data[prefix + verdict.charAt(0) + verdict.slice(1).toLowerCase()];
  }

  function quarterNames(data) {
    return {
      id: 'quarters',
      beforeDatasetsDraw: function (chart) {
        var x = chart.scales.x;
        var y = chart.scales.y;
        var ctx = chart.ctx;
        var midX = x.getPixelForValue(MIDDLE);
        var midY = y.getPixelForValue(MIDDLE);
        ctx.save();
        ctx.strokeStyle = '#8a94a0';
        ctx.setLineDash([5, 4]);
        ctx.beginPath();
        ctx.moveTo(midX, y.top);
        ctx.lineTo(midX, y.bottom);
        ctx.moveTo(x.left, midY);
        ctx.lineTo(x.right, midY);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = '#4a5360';
        ctx.font = '600 12px system-ui, sans-serif';
        ctx.textBaseline = 'top';
        ctx.textAlign = 'right';
        ctx.fillText(attribute(data, 'quadrant', 'KEEP'), x.right - 6, y.top + 6);
        ctx.textBaseline = 'bottom';
        ctx.fillText(attribute(data, 'quadrant', 'DEVELOP'), x.right - 6, y.bottom - 6);
        ctx.textAlign = 'left';
        ctx.fillText(attribute(data, 'quadrant', 'RETIRE'), x.left + 6, y.bottom - 6);
        ctx.textBaseline = 'top';
        ctx.fillText(attribute(data, 'quadrant', 'REPLACE'), x.left + 6, y.top + 6);
        ctx.restore();
      }
    };
  }

  function datasets(data, bubbles) {
    return VERDICTS.map(function (verdict) {
      return {
        label: attribute(data, 'verdict', verdict),
        pointStyle: STYLES[verdict],
        backgroundColor: COLOURS[verdict] + 'b3',
        borderColor: COLOURS[verdict],
        data: bubbles.filter(function (b) { return b.verdict === verdict; }).map(function (b) {
          return { x: b.x, y: b.y, r: 6 + 4 * Math.sqrt(b.names.length - 1), bubble: b };
        })
      };
    }).filter(function (set) { return set.data.length > 0; });
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var data = canvas.dataset;
    var chart = JSON.parse(data.chart);
    var text = getComputedStyle(document.documentElement).getPropertyValue('color') || '#1a1a1a';
    var axis = function (title) {
      return { min: 0.5, max: 5.5, title: { display: true, text: title },
        ticks: { stepSize: 1, callback: function (value) { return Number.isInteger(value) ? value : ''; } },
        grid: { display: false } };
    };
    new Chart(canvas, {
      type: 'bubble',
      data: { datasets: datasets(data, chart.bubbles) },
      plugins: [quarterNames(data)],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || 'fi',
        color: text,
        plugins: {
          legend: { labels: { usePointStyle: true } },
          tooltip: { callbacks: {
            title: function (items) { return items[0].dataset.label; },
            label: function (item) {
              var b = item.raw.bubble;
              return b.names.concat([data.scores.replace('{0}', b.businessFit).replace('{1}', b.technicalCondition)]);
            }
          } }
        },
        scales: { x: axis(data.xTitle), y: axis(data.yTitle) }
      }
    });
  }

  function init() {
    document.querySelectorAll('canvas#lifecycle-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
