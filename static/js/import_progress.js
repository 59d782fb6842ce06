// A background import's page: reads the job's status every two seconds and moves the bar ("143 of 612
// activities"); when the job has finished, reloads the page, which then lists the results as the
// synchronous import does (one template for both). Without JavaScript the page has a Reload link.
(function () {
  "use strict";

  var box = document.getElementById("import-job");
  if (!box || !window.fetch) {
    return;
  }
  var bar = document.getElementById("import-job-progress");
  var words = document.getElementById("import-job-text");
  var statusUrl = box.dataset.statusUrl;
  var EVERY_MS = 2000;

  function show(job) {
    if (!bar || !words) {
      return;
    }
    if (job.total > 0) {
      bar.max = job.total;
      bar.value = job.done;
      bar.textContent = job.done + " of " + job.total;
      words.textContent = job.done + " of " + job.total + " activities";
    } else {
      words.textContent =
        job.status === "queued" ? "Waiting for a worker to start the import\u2026" : "Opening the files\u2026";
    }
  }

  function poll() {
    fetch(statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (answer) {
        show(answer.job);
        if (answer.job.status === "done" || answer.job.status === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, EVERY_MS);
        }
      })
      .catch(function () {
        // A dropped connection or a restarting server: try again a little later.
        window.setTimeout(poll, EVERY_MS * 3);
      });
  }

  if (box.dataset.status === "queued" || box.dataset.status === "running") {
    window.setTimeout(poll, EVERY_MS);
  }
})();
