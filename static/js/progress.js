/* The progress page's two charts, drawn from the json_script block "progress-data": each measure over time,
   with a shaded band of no meaningful change around its first value (2 points either way), so a change that
   leaves the band is one the measure can tell from noise. The tables on the page hold the same numbers. */
(function () {
  "use strict";

  var source = document.getElementById("progress-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var styles = getComputedStyle(document.documentElement);
  var teal = styles.getPropertyValue("--bs-primary").trim() || "#17606b";
  var grey = styles.getPropertyValue("--bs-secondary-color").trim() || "#525d61";
  var band = "rgba(127, 127, 127, 0.18)";
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    Chart.defaults.animation = false;
  }
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.color = grey;

  function clamp(value) {
    return Math.max(0, Math.min(10, value));
  }

  // Two invisible lines at baseline - change and baseline + change, the space between them filled.
  function bandAround(measure, count) {
    if (measure.baseline === null) {
      return [];
    }
    var low = clamp(measure.baseline - measure.change);
    var high = clamp(measure.baseline + measure.change);
    var line = function (value) { return new Array(count).fill(value); };
    return [
      { label: "no meaningful change (low)", data: line(low), pointRadius: 0, borderWidth: 0, fill: false },
      { label: "Within " + measure.change + " points of the first", data: line(high), pointRadius: 0,
        borderWidth: 0, backgroundColor: band, fill: "-1" }
    ];
  }

  function draw(id, labels, lines, measure) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: "line",
      data: { labels: labels, datasets: bandAround(measure, labels.length).concat(lines) },
      options: {
        scales: { y: { min: 0, max: 10, ticks: { stepSize: 2 } }, x: { ticks: { maxTicksLimit: 6 } } },
        plugins: {
          legend: {
            position: "bottom",
            labels: { filter: function (item) { return item.text.indexOf("(low)") < 0; } }
          }
        }
      }
    });
  }

  draw("chart-pain", data.pain.labels, [
    { label: "Average pain", data: data.pain.average, borderColor: teal, backgroundColor: teal, tension: 0.2 },
    { label: "Worst pain", data: data.pain.worst, borderColor: grey, backgroundColor: grey, borderDash: [5, 4] }
  ], data.pain);
  draw("chart-psfs", data.psfs.labels, [
    { label: "PSFS mean", data: data.psfs.mean, borderColor: teal, backgroundColor: teal, tension: 0.2 }
  ], data.psfs);
})();
