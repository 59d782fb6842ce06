/* The insights page's four charts. Data comes from the json_script block "insights-data": for each chart, its
   date ranges with their points, already grouped by day, week or month and with their dates in words. The
   date buttons redraw their own chart; the tables under the charts follow the buttons by CSS alone.
   No inline scripts: the CSP forbids them. */
(function () {
  "use strict";

  var source = document.getElementById("insights-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var unit = data.unit;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // On a phone the timeline keeps one axis (distance has its own chart), the legend goes below and the date
  // axis carries fewer labels.
  var narrow = window.matchMedia("(max-width: 575.98px)");
  var colours = {
    sessions: "rgba(13, 110, 253, 0.55)",
    pain: "#b02a37",
    distance: "#146c43",
    lapse: "rgba(255, 193, 7, 0.22)",
    before: "#6c757d",
    spike: "#842029",
    week: "rgba(25, 135, 84, 0.55)"
  };
  var sessionWords = { day: "Core session", week: "Core sessions", month: "Core sessions a week" };
  var distanceWords = { day: "Distance per day", week: "Distance per week", month: "Distance per month" };
  var page = window.getComputedStyle(document.documentElement);
  Chart.defaults.color = page.getPropertyValue("--bs-secondary-color").trim() || Chart.defaults.color;
  Chart.defaults.borderColor = page.getPropertyValue("--bs-border-color-translucent").trim() ||
    Chart.defaults.borderColor;
  if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    Chart.defaults.animation = false;
  }
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.responsive = true;

  function dateParts(iso) {
    return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) };
  }

  // Labels for the date axis, one per point or null: month names where the month changes ("Mar", with the
  // year where it changes: "Jan 2027"), or days ("3 Mar") on a chart of a month or less; thinned to a few.
  function dateLabels(points, byDay) {
    var most = narrow.matches ? 4 : 8;
    var candidates = [];
    points.forEach(function (point, index) {
      var here = dateParts(point.day);
      var before = index > 0 ? dateParts(points[index - 1].day) : null;
      if (byDay || !before || here.month !== before.month || here.year !== before.year) {
        candidates.push(index);
      }
    });
    var step = [1, 2, 3, 6, 12, 24, 60, 120].find(function (size) {
      return Math.ceil(candidates.length / size) <= most;
    }) || Math.ceil(candidates.length / most);
    var labels = points.map(function () { return null; });
    var shownYear = null;
    for (var k = 0; k < candidates.length; k += step) {
      var parts = dateParts(points[candidates[k]].day);
      var text = (byDay ? parts.day + " " : "") + MONTHS[parts.month];
      if (parts.year !== shownYear) {
        text += " " + parts.year;
        shownYear = parts.year;
      }
      labels[candidates[k]] = text;
    }
    return labels;
  }

  function dateAxis(points, kind) {
    var labels = dateLabels(points, kind === "day" && points.length <= 31);
    return {
      type: "category",
      grid: { offset: false },
      ticks: { autoSkip: false, maxRotation: 0, callback: function (value, index) { return labels[index]; } }
    };
  }

  function titles(points) {
    return points.map(function (point) { return point.title; });
  }

  function legend() {
    return { position: narrow.matches ? "bottom" : "top" };
  }

  // Lapses shaded behind the timeline: each stretch of days, weeks or months with a lapse in it.
  var lapseShading = {
    id: "lapseShading",
    beforeDatasetsDraw: function (chart, args, options) {
      var flags = options.flags || [];
      var scale = chart.scales.x;
      var area = chart.chartArea;
      var half = flags.length > 1 ? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0)) / 2
        : (area.right - area.left) / 2;
      chart.ctx.save();
      chart.ctx.fillStyle = colours.lapse;
      var first = -1;
      flags.concat([false]).forEach(function (flag, index) {
        if (flag && first < 0) {
          first = index;
        } else if (!flag && first >= 0) {
          var left = Math.max(scale.getPixelForValue(first) - half, area.left);
          var right = Math.min(scale.getPixelForValue(index - 1) + half, area.right);
          chart.ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
          first = -1;
        }
      });
      chart.ctx.restore();
    }
  };

  var builders = {
    timeline: function (range) {
      var points = range.points;
      var datasets = [
        { label: sessionWords[range.kind], data: points.map(function (p) { return p.sessions; }),
          backgroundColor: colours.sessions, yAxisID: "y", order: 3, grouped: false, maxBarThickness: 40 },
        { type: "line", label: "Pain (0-10)", data: points.map(function (p) { return p.pain; }),
          borderColor: colours.pain, backgroundColor: colours.pain, yAxisID: "y", spanGaps: true,
          pointRadius: range.kind === "day" ? 1.5 : 2, order: 1 }
      ];
      var scales = {
        x: dateAxis(points, range.kind),
        y: { min: 0, max: 10, ticks: { maxTicksLimit: 6 },
          title: { display: !narrow.matches, text: "Sessions / pain" } }
      };
      if (!narrow.matches) {
        datasets.push({ type: "line", label: "Distance (" + unit + ")",
          data: points.map(function (p) { return p.distance; }), borderColor: colours.distance,
          backgroundColor: colours.distance, borderDash: [6, 4], yAxisID: "distance", pointRadius: 0, order: 2 });
        scales.distance = { position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
          ticks: { maxTicksLimit: 6 }, title: { display: true, text: unit } };
      }
      datasets.push({ label: "Lapse", data: [], backgroundColor: colours.lapse, grouped: false });
      return {
        type: "bar",
        data: { labels: titles(points), datasets: datasets },
        options: {
          scales: scales,
          plugins: { legend: legend(), lapseShading: { flags: points.map(function (p) { return p.lapse; }) } }
        },
        plugins: [lapseShading]
      };
    },
    scatter: function (range) {
      return {
        type: "scatter",
        data: {
          datasets: [{
            label: "A week",
            data: range.points.map(function (p) { return { x: p.sessions, y: p.pain_after, title: p.title }; }),
            backgroundColor: colours.sessions, borderColor: "#0a58ca", pointRadius: 4
          }]
        },
        options: {
          scales: {
            x: { beginAtZero: true, title: { display: true, text: "Core sessions in the 14 days before" } },
            y: { min: 0, max: 10, title: { display: true, text: "Mean pain that followed" } }
          },
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (item) {
            return item.raw.title + ": " + item.raw.x + " sessions, pain " + item.raw.y;
          } } } }
        }
      };
    },
    lapses: function (range) {
      var points = range.points;
      return {
        type: "bar",
        data: {
          labels: titles(points),
          datasets: [
            { label: "Pain before", data: points.map(function (l) { return l.pain_before; }),
              backgroundColor: colours.before },
            { label: "Pain during and after", data: points.map(function (l) { return l.pain_after; }),
              backgroundColor: colours.pain }
          ]
        },
        options: {
          scales: { x: dateAxis(points, "lapse"),
            y: { min: 0, max: 10, title: { display: true, text: "Mean pain (0-10)" } } },
          plugins: { legend: legend() }
        }
      };
    },
    distance: function (range) {
      var points = range.points;
      return {
        type: "bar",
        data: {
          labels: titles(points),
          datasets: [
            { label: distanceWords[range.kind] + " (" + unit + ")",
              data: points.map(function (w) { return w.distance; }),
              backgroundColor: points.map(function (w) { return w.spike ? colours.spike : colours.week; }),
              grouped: false, maxBarThickness: 40 },
            // Only for the legend; not grouped, so it takes no room beside the bars.
            { label: "With a spike", data: [], backgroundColor: colours.spike, grouped: false }
          ]
        },
        options: {
          scales: { x: dateAxis(points, range.kind), y: { beginAtZero: true, title: { display: true, text: unit } } },
          plugins: { legend: legend() }
        }
      };
    }
  };

  Object.keys(builders).forEach(function (name) {
    var canvas = document.getElementById("chart-" + name);
    var view = data[name];
    if (!canvas || !view) {
      return;
    }
    var control = document.querySelector('[data-range-for="' + name + '"]');
    var checked = control && control.querySelector("input:checked");
    var key = checked ? checked.value : view["default"];
    var chart = null;
    function draw() {
      var range = view.ranges.filter(function (item) { return item.key === key; })[0] || view.ranges[0];
      if (!range.points) {  // a range of a chart whose points come once: the newest of them, from "from"
        range = Object.assign({}, range, { points: view.points.slice(range.from) });
      }
      if (chart) {
        chart.destroy();
      }
      chart = new Chart(canvas, builders[name](range));
    }
    draw();
    if (control) {
      control.addEventListener("change", function (event) {
        key = event.target.value;
        draw();
      });
    }
    narrow.addEventListener("change", draw);
  });
})();
