// Import runs: upload with a progress bar, then show each file's result from the JSON answer.
// Without JavaScript the form posts normally and the server renders the same results.
(function () {
  "use strict";

  var form = document.getElementById("import-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = form.querySelector('input[type="file"]');
  var submit = document.getElementById("import-submit");
  var progressBox = document.getElementById("import-progress-box");
  var progress = document.getElementById("import-progress");
  var statusLine = document.getElementById("import-status");
  var resultsBox = document.getElementById("import-results");
  var units = JSON.parse(document.getElementById("import-units").textContent);
  var maxBytes = Number(form.dataset.maxBytes);

  var STATUS = {
    imported: { text: "Imported", badge: "text-bg-success" },
    duplicate: { text: "Duplicate", badge: "text-bg-secondary" },
    not_a_run: { text: "Not a run", badge: "text-bg-light border" },
    failed: { text: "Failed", badge: "text-bg-danger" },
  };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function capitalise(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
  }

  function distance(km) {
    var value = units === "mi" ? km / 1.609344 : km;
    return value.toFixed(1) + " " + (units === "mi" ? "mi" : "km");
  }

  function summary(files) {
    var counts = { imported: 0, duplicate: 0, not_a_run: 0, failed: 0 };
    files.forEach(function (file) {
      counts[file.status] += 1;
    });
    var list = element("ul", "list-inline");
    [
      ["imported", "imported"],
      ["duplicate", "already in your journal"],
      ["not_a_run", "not runs"],
      ["failed", "failed"],
    ].forEach(function (pair) {
      var item = element("li", "list-inline-item");
      item.appendChild(element("strong", "", String(counts[pair[0]])));
      item.appendChild(document.createTextNode(" " + pair[1]));
      list.appendChild(item);
    });
    return list;
  }

  function row(file) {
    var tr = element("tr");
    tr.appendChild(element("td", "text-break", file.name));
    var status = STATUS[file.status] || STATUS.failed;
    var cell = element("td");
    cell.appendChild(element("span", "badge " + status.badge, status.text));
    tr.appendChild(cell);
    var details = element("td");
    if (file.run) {
      details.appendChild(document.createTextNode(distance(file.run.distance_km) + " on " + file.run.date));
      if (file.reason) {
        details.appendChild(element("div", "small text-body-secondary", file.reason));
      }
    } else {
      details.textContent = capitalise(file.reason);
    }
    tr.appendChild(details);
    return tr;
  }

  function showResults(files) {
    var section = element("section");
    section.setAttribute("aria-labelledby", "import-results-heading");
    var heading = element("h2", "h4", "Results");
    heading.id = "import-results-heading";
    section.appendChild(heading);
    section.appendChild(summary(files));
    var wrapper = element("div", "table-responsive");
    var table = element("table", "table table-sm align-middle");
    var head = element("thead");
    var headRow = element("tr");
    ["File", "Result", "Details"].forEach(function (title) {
      var th = element("th", "", title);
      th.scope = "col";
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = element("tbody");
    files.forEach(function (file) {
      body.appendChild(row(file));
    });
    table.appendChild(body);
    wrapper.appendChild(table);
    section.appendChild(wrapper);
    resultsBox.replaceChildren(section);
  }

  function finish(message) {
    statusLine.textContent = message;
    progressBox.hidden = true;
    submit.disabled = false;
  }

  form.addEventListener("submit", function (event) {
    if (!input || input.files.length === 0) {
      return; // the server answers with "Choose at least one file."
    }
    event.preventDefault();
    var total = 0;
    Array.prototype.forEach.call(input.files, function (file) {
      total += file.size;
    });
    if (total > maxBytes) {
      finish("These files come to more than 100 MB. Send fewer at a time, or split a large export into several zips.");
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("X-CSRFToken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    request.upload.addEventListener("progress", function (progressEvent) {
      if (progressEvent.lengthComputable) {
        var percent = Math.round((100 * progressEvent.loaded) / progressEvent.total);
        progress.value = percent;
        progress.textContent = percent + "%";
      }
    });
    request.upload.addEventListener("load", function () {
      statusLine.textContent = "Uploaded. Reading the files\u2026";
      progress.removeAttribute("value"); // an indeterminate bar while the server reads
    });
    request.addEventListener("load", function () {
      var answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch (error) {
        answer = null;
      }
      if (request.status === 200 && answer && answer.files) {
        showResults(answer.files);
        finish("Done: " + answer.files.length + " file" + (answer.files.length === 1 ? "" : "s") + " read.");
        form.reset();
      } else {
        finish((answer && answer.error) || "The import failed (" + request.status + "). Please try again.");
      }
    });
    request.addEventListener("error", function () {
      finish("The upload failed. Check your connection and try again.");
    });
    submit.disabled = true;
    progress.value = 0;
    progressBox.hidden = false;
    statusLine.textContent = "Uploading\u2026";
    request.send(new FormData(form));
  });
})();
