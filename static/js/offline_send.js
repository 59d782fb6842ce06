// Sends the entries kept on this phone through the API (/api/v1/) once there is a connection: offline.js
// calls it on every page load and on the browser's "online" event (not Background Sync, which only some
// browsers have). Each entry carries its client_id, so an entry sent twice is stored once; it leaves the
// queue only after the API answered 200 or 201 (stored) or 409 (that day already has a check-in), so a page
// closed half-way loses nothing and the next page sends the rest. One tab sends at a time: a Web Lock where
// the browser has them (released when the tab closes), or else a claim in IndexedDB that expires.
//
// The conflict rule: a check-in logged offline never replaces one already stored for that day (from another
// device, or before the phone lost its signal). The stored one is kept, and a notice on every page says so,
// with a link to that day, until the runner dismisses it or chooses to replace it with the one from the phone.
(function () {
  "use strict";
  var app = (window.BacktrackOffline = window.BacktrackOffline || {});
  var LOCK = "backtrack-send";
  var CLAIM_MS = 60000;

  function csrfToken() {
    var name = (app.config && app.config.csrfCookie) || "csrftoken";
    var pattern = new RegExp("(?:^|;\\s*)" + name + "=([^;]+)");
    var match = document.cookie.match(pattern);
    if (match) {
      return decodeURIComponent(match[1]);
    }
    var field = document.querySelector('input[name="csrfmiddlewaretoken"]');
    return field ? field.value : "";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body),
    });
  }

  async function withLock(work) {
    if (navigator.locks && navigator.locks.request) {
      return navigator.locks.request(LOCK, { ifAvailable: true }, function (lock) {
        return lock ? work(function () {}) : false;
      });
    }
    var holder = crypto.randomUUID();
    var renew = function () {
      return app.store.claim(LOCK, holder, CLAIM_MS);
    };
    if (!(await renew())) {
      return false;
    }
    try {
      return await work(renew);
    } finally {
      await app.store.release(LOCK, holder);
    }
  }

  // The API's words for what it refused: a sentence, or the first field's message.
  async function reasonOf(response) {
    var answer = await response.json().catch(function () {
      return {};
    });
    if (typeof answer.detail === "string") {
      return answer.detail;
    }
    if (Array.isArray(answer.detail) && answer.detail.length) {
      return answer.detail[0].msg;
    }
    return "The server refused it (" + response.status + ").";
  }

  // What one answer means for an entry: "done" (out of the queue), "refused" (kept, shown with the reason,
  // never sent again unless the runner discards it) or "later" (kept; stop this round and try again on the
  // next page: the session ended, the CSRF token is stale, too many requests, or the server failed).
  async function sendOne(entry) {
    var response = await post(entry.url, entry.body);
    if (response.status === 200 || response.status === 201) {
      await app.store.remove(entry.id);
      return "done";
    }
    if (response.status === 409) {
      var answer = await response.json();
      if (answer.existing.client_id === entry.id) {
        await app.store.remove(entry.id); // this very entry, stored by a send whose answer never came back
        return "done";
      }
      await app.store.notify({
        id: entry.id,
        owner: entry.owner,
        saved: Date.now(),
        kind: "conflict",
        entry: entry,
        existing: answer.existing,
      });
      await app.store.remove(entry.id);
      return "done";
    }
    if ([400, 404, 422].indexOf(response.status) !== -1) {
      entry.refused = await reasonOf(response);
      await app.store.keep(entry);
      return "refused";
    }
    return "later";
  }

  app.sendWaiting = async function (owner) {
    try {
      return await withLock(async function (renew) {
        var entries = await app.store.entries(owner);
        for (var index = 0; index < entries.length; index += 1) {
          if (entries[index].refused) {
            continue;
          }
          await renew();
          app.sending = true;
          app.changed();
          var outcome = await sendOne(entries[index]);
          if (outcome === "later") {
            break;
          }
        }
        return true;
      });
    } catch (error) {
      return false; // no connection after all: everything stays for the next page or "online" event
    } finally {
      app.sending = false;
      app.changed();
    }
  };

  // The runner chose the phone's check-in over the stored one: the same entry, told to replace.
  app.replaceWithMine = async function (notice) {
    var body = Object.assign({}, notice.entry.body, { replace: true });
    var response = await post(notice.entry.url, body).catch(function () {
      return null;
    });
    if (response && (response.status === 200 || response.status === 201)) {
      await app.store.dismiss(notice.id);
      return true;
    }
    return false;
  };
})();
