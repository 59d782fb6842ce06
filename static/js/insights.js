/* The insights page's four charts. Data comes from the json_script block "insights-data"; each chart has a
   date-range control that filters both the chart and its table. No inline scripts: the CSP forbids them. */
(function () {
  "use strict";

  var source = document.getElementById("insights-data");
  if (!source || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var unit = data.unit;
  var colours = {
    sessions: "rgba(13, 110, 253, 0.55)",
    pain: "#b02a37",
    distance: "#146c43",
    lapse: "rgba(255, 193, 7, 0.22)",
    before: "#6c757d",
    spike: "#842029",
    week: "rgba(25, 135, 84, 0.55)"
  };
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    Chart.defaults.animation = false;
  }
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.responsive = true;

  function isoDaysBefore(iso, days) {
    var date = new Date(iso + "T00:00:00Z");
    date.setUTCDate(date.getUTCDate() - days);
    return date.toISOString().slice(0, 10);
  }

  function cutoffFor(range) {
    return range === "all" ? "" : isoDaysBefore(data.today, Number(range));
  }

  function within(rows, key, cutoff) {
    return rows.filter(function (row) { return row[key] >= cutoff; });
  }

  // Lapses shaded behind the weekly timeline: from the week holding their first day to the week of their last.
  var lapseShading = {
    id: "lapseShading",
    beforeDatasetsDraw: function (chart, args, options) {
      var weeks = options.weeks || [];
      var scale = chart.scales.x;
      var area = chart.chartArea;
      if (!weeks.length) {
        return;
      }
      var half = (scale.getPixelForValue(1) - scale.getPixelForValue(0)) / 2 || 10;
      chart.ctx.save();
      chart.ctx.fillStyle = colours.lapse;
      (options.lapses || []).forEach(function (lapse) {
        var first = -1;
        var last = -1;
        weeks.forEach(function (week, index) {
          if (isoDaysBefore(week, -6) >= lapse.start && week <= lapse.end) {
            if (first < 0) { first = index; }
            last = index;
          }
        });
        if (first >= 0) {
          var left = Math.max(scale.getPixelForValue(first) - half, area.left);
          var right = Math.min(scale.getPixelForValue(last) + half, area.right);
          chart.ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        }
      });
      chart.ctx.restore();
    }
  };

  var builders = {
    timeline: function (cutoff) {
      var weeks = within(data.timeline.weeks, "week", cutoff);
      var labels = weeks.map(function (week) { return week.week; });
      return {
        type: "bar",
        data: {
          labels: labels,
          datasets: [
            { label: "Core sessions", data: weeks.map(function (w) { return w.sessions; }),
              backgroundColor: colours.sessions, yAxisID: "y", order: 3 },
            { type: "line", label: "Mean pain (0-10)", data: weeks.map(function (w) { return w.pain; }),
              borderColor: colours.pain, backgroundColor: colours.pain, yAxisID: "y", spanGaps: true,
              pointRadius: 2, order: 1 },
            { type: "line", label: "Distance (" + unit + ")", data: weeks.map(function (w) { return w.distance; }),
              borderColor: colours.distance, backgroundColor: colours.distance, borderDash: [6, 4],
              yAxisID: "distance", pointRadius: 0, order: 2 },
            { label: "Lapse", data: [], backgroundColor: colours.lapse }
          ]
        },
        options: {
          scales: {
            y: { min: 0, max: 10, title: { display: true, text: "Sessions / pain" } },
            distance: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
              title: { display: true, text: unit } }
          },
          plugins: { lapseShading: { weeks: labels, lapses: data.timeline.lapses } }
        },
        plugins: [lapseShading]
      };
    },
    scatter: function (cutoff) {
      var points = within(data.scatter.points, "date", cutoff);
      return {
        type: "scatter",
        data: {
          datasets: [{
            label: "A week",
            data: points.map(function (p) { return { x: p.sessions, y: p.pain_after, date: p.date }; }),
            backgroundColor: colours.sessions, borderColor: "#0a58ca", pointRadius: 4
          }]
        },
        options: {
          scales: {
            x: { beginAtZero: true, title: { display: true, text: "Core sessions in the 14 days before" } },
            y: { min: 0, max: 10, title: { display: true, text: "Mean pain that followed" } }
          },
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (item) {
            return item.raw.date + ": " + item.raw.x + " sessions, pain " + item.raw.y;
          } } } }
        }
      };
    },
    lapses: function (cutoff) {
      var lapses = within(data.lapses, "start", cutoff);
      return {
        type: "bar",
        data: {
          labels: lapses.map(function (l) { return l.start + " (" + l.days + " days)"; }),
          datasets: [
            { label: "Pain before", data: lapses.map(function (l) { return l.pain_before; }),
              backgroundColor: colours.before },
            { label: "Pain during and after", data: lapses.map(function (l) { return l.pain_after; }),
              backgroundColor: colours.pain }
          ]
        },
        options: { scales: { y: { min: 0, max: 10, title: { display: true, text: "Mean pain (0-10)" } } } }
      };
    },
    distance: function (cutoff) {
      var weeks = within(data.distance, "week", cutoff);
      return {
        type: "bar",
        data: {
          labels: weeks.map(function (w) { return w.week; }),
          datasets: [
            { label: "Weekly distance (" + unit + ")", data: weeks.map(function (w) { return w.distance; }),
              backgroundColor: weeks.map(function (w) { return w.spike ? colours.spike : colours.week; }) },
            { label: "Week with a spike", data: [], backgroundColor: colours.spike }
          ]
        },
        options: { scales: { y: { beginAtZero: true, title: { display: true, text: unit } } } }
      };
    }
  };

  function filterTable(name, cutoff) {
    var table = document.querySelector('[data-table-for="' + name + '"]');
    if (!table) {
      return;
    }
    table.querySelectorAll("tbody tr").forEach(function (row) {
      row.hidden = row.getAttribute("data-date") < cutoff;
    });
  }

  Object.keys(builders).forEach(function (name) {
    var canvas = document.getElementById("chart-" + name);
    if (!canvas) {
      return;
    }
    var control = document.querySelector('[data-range-for="' + name + '"]');
    var checked = control && control.querySelector("input:checked");
    var chart = null;
    function draw(range) {
      var cutoff = cutoffFor(range);
      if (chart) {
        chart.destroy();
      }
      chart = new Chart(canvas, builders[name](cutoff));
      filterTable(name, cutoff);
    }
    draw(checked ? checked.value : "all");
    if (control) {
      control.addEventListener("change", function (event) {
        draw(event.target.value);
      });
    }
  });
})();
