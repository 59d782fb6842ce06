// Backtrack without a signal, on every page: starts the service worker (service_worker.js, served at /sw.js)
// and tells it whose pages to keep, says how many entries wait on this phone ("3 entries waiting to send")
// and what became of those sent, sends them when there is a connection, and forgets everything at logout.
// A page seen logged out forgets too: whatever a runner left on this phone goes, whoever comes next.
// Without JavaScript, or in a browser without service workers, the pages work as they always did.
(function () {
  "use strict";
  var app = (window.BacktrackOffline = window.BacktrackOffline || {});
  var configElement = document.getElementById("offline-config");
  var status = document.getElementById("offline-status");
  var noticeList = document.getElementById("offline-notices");
  var owner = document.body.getAttribute("data-offline-owner") || "";
  var channel = window.BroadcastChannel ? new BroadcastChannel("backtrack-offline") : null;
  var rendering = 0;

  app.owner = owner;
  app.config = configElement ? JSON.parse(configElement.textContent) : null;

  // A message to the worker, answered on a channel of its own (or given up on after `patience` ms).
  function ask(worker, message, patience) {
    return new Promise(function (resolve) {
      var reply = new MessageChannel();
      reply.port1.onmessage = function () {
        resolve(true);
      };
      worker.postMessage(message, [reply.port2]);
      setTimeout(resolve, patience, false);
    });
  }

  app.forgetEverything = async function () {
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (worker) {
      await ask(worker, { type: "forget" }, 2000);
    }
    if (window.caches) {
      var names = await caches.keys();
      await Promise.all(names.map(function (name) {
        return caches.delete(name);
      }));
    }
    await app.store.forget();
    app.takeFlash();
  };

  if (!owner || !app.config || !window.indexedDB) {
    if (window.indexedDB) {
      app.forgetEverything();
    }
    return;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    made.className = className || "";
    made.textContent = text || "";
    return made;
  }

  function button(text, onClick) {
    var made = element("button", "btn btn-outline-secondary", text);
    made.type = "button";
    made.addEventListener("click", onClick);
    return made;
  }

  function statusText(waiting) {
    var count = waiting.length + (waiting.length === 1 ? " entry" : " entries") + " waiting to send";
    if (!waiting.length) {
      return navigator.onLine ? "" : "You are offline. What you log is kept on this phone and sent when you are back online.";
    }
    if (!navigator.onLine) {
      return count + (waiting.length === 1 ? ": it is" : ": they are") + " sent when you are back online.";
    }
    return count + (app.sending ? ": sending…" : ".");
  }

  function conflictNotice(notice) {
    var box = element("div", "alert alert-warning offline-notice");
    var mine = notice.entry.body;
    box.append(element("p", "mb-2",
      "Your check-in of " + app.dayWords(mine.date) + " from this phone (pain " + mine.pain + " of 10) was not saved: " +
      "that day already had one (pain " + notice.existing.pain + " of 10), which is kept."));
    var actions = element("div", "d-flex flex-wrap gap-2 align-items-center");
    var day = element("a", "btn btn-outline-secondary", "See that day");
    day.href = app.config.history + "?day=" + mine.date + "#entries";
    actions.append(day, button("Replace it with this phone's", async function () {
      if (!(await app.replaceWithMine(notice))) {
        box.append(element("p", "mb-0 mt-2", "It could not be replaced just now: try again when you are online."));
      }
      app.changed();
    }), button("Keep the saved one", function () {
      app.store.dismiss(notice.id).then(app.changed);
    }));
    box.append(actions);
    return box;
  }

  function refusedNotice(entry) {
    var box = element("div", "alert alert-danger offline-notice");
    box.append(element("p", "mb-2", entry.label + " from this phone could not be saved: " + entry.refused));
    box.append(button("Discard it", function () {
      app.store.remove(entry.id).then(app.changed);
    }));
    return box;
  }

  function flashNotice(flash) {
    var box = element("div", "alert alert-success", "Kept on this phone: " + flash.label + ". It is sent as soon as there is a connection.");
    if (flash.warningSigns) {
      var link = element("a", "alert-link", "Read what to do about the warning signs you ticked");
      link.href = app.config.warningSigns;
      box.append(" ", link, ".");
    }
    return box;
  }

  // Draws the count and the notices again from the queue (several calls may overlap: the last one wins).
  async function render() {
    var mine = (rendering += 1);
    var entries = await app.store.entries(owner);
    var notices = await app.store.notices(owner);
    if (mine !== rendering) {
      return;
    }
    var waiting = entries.filter(function (entry) {
      return !entry.refused;
    });
    var words = statusText(waiting);
    status.textContent = words;
    status.className = words ? "alert alert-info py-2" : "";
    noticeList.replaceChildren.apply(noticeList, notices.map(conflictNotice).concat(
      entries.filter(function (entry) {
        return entry.refused;
      }).map(refusedNotice)));
    if (app.flash) {
      noticeList.prepend(flashNotice(app.flash));
    }
  }

  app.changed = function () {
    render();
    if (channel) {
      channel.postMessage("changed");
    }
  };

  async function startWorker() {
    if (!("serviceWorker" in navigator)) {
      return;
    }
    await navigator.serviceWorker.register(app.config.worker, { scope: "/" });
    var registration = await navigator.serviceWorker.ready;
    var keep = { type: "remember", owner: owner, shell: app.config.shell, pages: app.config.pages, library: app.config.library };
    if (await ask(registration.active, keep, 60000)) {
      document.body.setAttribute("data-offline-ready", "true");
    }
  }

  function sendWhenOnline() {
    render();
    if (navigator.onLine) {
      app.sendWaiting(owner);
    }
  }

  // Logging out sends what it can first, then forgets this runner's copies and queue, then logs out.
  var logout = document.querySelector("form[data-offline-logout]");
  if (logout) {
    logout.addEventListener("submit", async function (event) {
      if (logout.hasAttribute("data-offline-forgotten")) {
        return;
      }
      event.preventDefault();
      if (!navigator.onLine) {
        status.className = "alert alert-info py-2";
        status.textContent = "Logging out needs a connection: try again when you are back online.";
        return;
      }
      await Promise.race([app.sendWaiting(owner), new Promise(function (resolve) {
        setTimeout(resolve, 5000);
      })]);
      await app.forgetEverything();
      logout.setAttribute("data-offline-forgotten", "");
      logout.submit();
    });
  }

  app.flash = app.takeFlash();
  if (channel) {
    channel.onmessage = render;
  }
  window.addEventListener("online", sendWhenOnline);
  window.addEventListener("offline", render);
  app.watchForms();
  app.store.forgetOthers(owner).then(sendWhenOnline);
  startWorker().catch(function () {});
})();
