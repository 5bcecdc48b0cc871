// Draws the overview's charts from the JSON beside each canvas (Chart.js, served by the desk).
(function () {
  if (typeof Chart === 'undefined') return;
  var colors = ['#1f5fa8', '#d9822b', '#8a8f98', '#2e8b57', '#b03a48'];
  document.querySelectorAll('section.chart canvas').forEach(function (canvas) {
    var source = document.getElementById(canvas.id + '-data');
    if (!source) return;
    var spec = JSON.parse(source.textContent);
    var doughnut = spec.type === 'doughnut';
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return {
            label: s.label,
            data: s.data,
            backgroundColor: doughnut ? colors.slice(0, s.data.length) : colors[i % colors.length],
            maxBarThickness: 36,
          };
        }),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales: doughnut ? {} : { x: { stacked: !!spec.stacked }, y: { stacked: !!spec.stacked, beginAtZero: true } },
      },
    });
    canvas.dataset.drawn = 'true';
  });
})();
