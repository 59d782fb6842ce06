// Keeps a log form on the phone when it cannot be sent: when the browser is offline, or when sending failed
// for want of a network (the service worker then brings back this page, and what was typed, from its copy).
// The form becomes the API's JSON (tracker/api/schemas.py: a run in kilometres and seconds whatever units
// the form shows), with a new client_id, in the queue of offline_store.js; offline_send.js sends it later.
// Online the forms are sent as always, and without JavaScript they are plain forms.
(function () {
  "use strict";
  var app = (window.BacktrackOffline = window.BacktrackOffline || {});
  var STRANDED = "backtrack-stranded";
  var FLASH = "backtrack-offline-flash";

  app.keepForm = async function (form, fields) {
    var kind = app.entryKinds[form.dataset.offline];
    var problems = [];
    var made = kind.read(fields, problems, app.runnerToday(form), form);
    app.showProblems(form, problems);
    if (problems.length) {
      return false;
    }
    var id = crypto.randomUUID();
    await app.store.keep({
      id: id,
      owner: app.owner,
      saved: Date.now(),
      kind: form.dataset.offline,
      url: app.config.api[kind.api],
      label: made.label,
      body: Object.assign({ client_id: id }, made.body),
    });
    var warning = Boolean(made.body.red_flags && made.body.red_flags.length);
    sessionStorage.setItem(FLASH, JSON.stringify({ label: made.label, warningSigns: warning }));
    app.changed();
    location.assign(app.config.home);
    return true;
  };

  // The form's own way of showing a problem (Bootstrap's invalid-feedback under the field, as crispy renders
  // the server's), with one line above the form, as the server says it.
  app.showProblems = function (form, problems) {
    form.querySelectorAll(".offline-problem").forEach(function (element) {
      element.remove();
    });
    form.querySelectorAll("[data-offline-invalid]").forEach(function (control) {
      control.classList.remove("is-invalid");
      control.removeAttribute("aria-invalid");
      var described = control.getAttribute("data-offline-invalid");
      if (described) {
        control.setAttribute("aria-describedby", described);
      } else {
        control.removeAttribute("aria-describedby");
      }
      control.removeAttribute("data-offline-invalid");
    });
    if (!problems.length) {
      return;
    }
    var summary = document.createElement("p");
    summary.className = "alert alert-danger offline-problem";
    summary.setAttribute("role", "alert");
    summary.textContent = "Not saved: please correct the fields marked below.";
    form.prepend(summary);
    var first = null;
    problems.forEach(function (problem) {
      var holder = document.getElementById("div_id_" + problem[0]);
      var controls = form.querySelectorAll('[name="' + problem[0] + '"]');
      var message = document.createElement("div");
      message.className = "invalid-feedback d-block offline-problem";
      message.id = "offline-problem-" + problem[0];
      message.textContent = problem[1];
      (holder || (controls[0] && controls[0].parentElement) || form).append(message);
      controls.forEach(function (control) {
        var described = control.getAttribute("aria-describedby") || "";
        control.classList.add("is-invalid");
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", (described + " " + message.id).trim());
        control.setAttribute("data-offline-invalid", described);
        var fold = control.closest("details");
        if (fold) {
          fold.open = true;
        }
      });
      first = first || controls[0];
    });
    if (first) {
      first.focus();
    }
  };

  // Puts what was typed back into the form (a copy of the page, brought back after sending failed).
  app.refill = function (form, fields) {
    Array.prototype.forEach.call(form.elements, function (control) {
      if (!control.name || control.type === "hidden" || !fields.has(control.name)) {
        return;
      }
      if (control.type === "checkbox" || control.type === "radio") {
        control.checked = fields.getAll(control.name).indexOf(control.value) !== -1;
      } else {
        control.value = fields.get(control.name);
      }
    });
  };

  app.takeFlash = function () {
    var flash = sessionStorage.getItem(FLASH);
    sessionStorage.removeItem(FLASH);
    return flash ? JSON.parse(flash) : null;
  };

  // A page kept since an earlier day still says that day: today's entry must not be dated yesterday.
  function keepDateCurrent(form) {
    var today = app.runnerToday(form);
    var input = form.elements.namedItem("date");
    if (today === form.dataset.today || !input || !input.value) {
      return;
    }
    if (input.value === form.dataset.today) {
      input.value = today;
    }
    input.max = app.addDays(today, 1);
    form.dataset.today = today;
  }

  // What the service worker saved of a form whose sending failed, put back and kept (see service_worker.js).
  async function takeStranded(form) {
    if (!window.caches || !(await caches.has(STRANDED))) {
      return;
    }
    var cache = await caches.open(STRANDED);
    var response = await cache.match(location.pathname);
    await caches.delete(STRANDED);
    if (!response || !form) {
      return;
    }
    var fields = new FormData();
    (await response.json()).fields.forEach(function (pair) {
      fields.append(pair[0], pair[1]);
    });
    if (fields.has("add_row")) {
      return;
    }
    app.refill(form, fields);
    await app.keepForm(form, fields);
  }

  app.watchForms = function () {
    var form = document.querySelector("form[data-offline]");
    if (form) {
      keepDateCurrent(form);
      form.addEventListener("submit", function (event) {
        if (navigator.onLine || event.defaultPrevented) {
          return;
        }
        event.preventDefault();
        app.keepForm(form, new FormData(form));
      });
    }
    return takeStranded(form);
  };
})();
