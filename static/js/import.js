// Import runs: upload with a progress bar, then show the results the server rendered, without leaving the
// page. Without JavaScript the form posts normally and the server renders the same page, so the results
// have one template only; the JSON answer is for scripts.
(function () {
  "use strict";

  var form = document.getElementById("import-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = form.querySelector('input[type="file"]');
  var submit = document.getElementById("import-submit");
  var progressBox = document.getElementById("import-progress-box");
  var progressLabel = document.getElementById("import-progress-label");
  var progress = document.getElementById("import-progress");
  var statusLine = document.getElementById("import-status");
  var outcome = document.getElementById("import-outcome");
  var maxBytes = Number(form.dataset.maxBytes);

  function finish(message) {
    statusLine.textContent = message;
    progressBox.hidden = true;
    submit.disabled = false;
  }

  function showOutcome(page) {
    var answer = page && page.getElementById("import-outcome");
    if (!answer) {
      return false;
    }
    outcome.innerHTML = answer.innerHTML;
    var heading = document.getElementById("import-results-heading");
    if (heading) {
      heading.focus();
    }
    return true;
  }

  function filesInWords(count) {
    return count + " file" + (count === 1 ? "" : "s");
  }

  function totalSize(files) {
    var total = 0;
    Array.prototype.forEach.call(files, function (file) {
      total += file.size;
    });
    return total;
  }

  form.addEventListener("submit", function (event) {
    if (!input || input.files.length === 0) {
      return; // the server answers with "Choose at least one file." at the field
    }
    event.preventDefault();
    if (totalSize(input.files) > maxBytes) {
      finish("These files come to more than 100 MB. Send fewer at a time, or split a large export into several zips.");
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.responseType = "document";
    request.upload.addEventListener("progress", function (progressEvent) {
      if (progressEvent.lengthComputable) {
        var percent = Math.round((100 * progressEvent.loaded) / progressEvent.total);
        progress.value = percent;
        progress.textContent = percent + "%";
      }
    });
    request.upload.addEventListener("load", function () {
      progressLabel.textContent = "Reading the files";
      statusLine.textContent = "Uploaded. Reading the files\u2026";
      progress.removeAttribute("value"); // an indeterminate bar while the server reads
    });
    request.addEventListener("load", function () {
      // A large upload is read in the background: the server sent its job's page, which shows the progress.
      if (request.responseURL && request.responseURL.indexOf("/runs/import/jobs/") !== -1) {
        window.location.assign(request.responseURL);
        return;
      }
      var shown = showOutcome(request.response);
      var results = shown && document.getElementById("import-results");
      if (results) {
        finish("Done: " + filesInWords(Number(results.dataset.fileCount)) + " read.");
        form.reset();
      } else if (shown) {
        finish("Nothing was imported."); // a refusal the server explained, shown above
      } else {
        // Not the import page: a login page when the session has ended, or a server error.
        finish("The import could not finish (" + request.status + "). Reload the page and try again.");
      }
    });
    request.addEventListener("error", function () {
      finish("The upload failed. Check your connection and try again.");
    });
    submit.disabled = true;
    outcome.replaceChildren(); // the last import's results, gone so they are not mistaken for these
    progress.value = 0;
    progressLabel.textContent = "Upload progress";
    progressBox.hidden = false;
    statusLine.textContent = "Uploading " + filesInWords(input.files.length) + "\u2026";
    request.send(new FormData(form));
  });
})();
