// Backtrack's service worker, served at /sw.js so that it may control every page. What it keeps, and why
// nothing else, is written in tracker/offline.py. In short:
//
// - It keeps copies only for a logged-in runner, in one cache named by their owner key ("backtrack-<key>"):
//   the page's script (offline.js) names the key and the files and pages to keep, and the worker keeps a page
//   only if the page itself carries that key (data-offline-owner), so a page fetched for anyone else is
//   never kept, and never served. At logout, and on any page seen logged out, the script deletes it all.
// - Pages: from the network; a copy when there is none (or the "no connection" page). A page is kept only if
//   it is one of the few on the list (today's page, the log forms, the library, the warning signs): history,
//   insights, progress, an entry's page and the API are never kept, as they hold the journal.
// - The app's files: a file whose name carries its content's hash never changes, so its copy is used first;
//   any other from the network, with the copy for when there is none.
// - A log form whose sending fails for want of a network is not lost: what was typed is put aside and its page
//   shown again from the copy, whose script keeps it on the phone to send later (offline_forms.js).
"use strict";

var OWNER_CACHE = /^backtrack-([0-9a-f]{32})$/;
var STRANDED = "backtrack-stranded";
var OFFLINE_PAGE = "/offline/";
var HASHED = /\.[0-9a-f]{12}(\.[A-Za-z0-9]+)$/;
var MATCH = { ignoreVary: true };
// Counts "forget" messages: a copy fetched before a logout is not kept after it.
var generation = 0;
var remembering = Promise.resolve();

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

// A runner's cache holds this entry from the moment `remember` makes it. Cache Storage has no "open only if
// it is there": a cache opened here just after a logout (or the next runner's visit) deleted it comes back
// empty, without the mark, and is deleted again rather than filled or served.
var MARK = "/offline/?kept";
// The caches `remember` is making: opened, their mark not yet in. One of them is not an empty leftover, and
// a page loading meanwhile must not delete it (the runner's copies would go with it).
var making = {};

async function marked(name) {
  if (await caches.match(MARK, { cacheName: name })) {
    return true;
  }
  if (!making[name]) {
    await caches.delete(name);
  }
  return false;
}

// The one runner's copies, or null when there are none. Reads go through caches.match, which never makes a
// cache; a write opens it through `writable`, which checks the mark first.
async function ownerCache() {
  var names = (await caches.keys()).filter(function (name) {
    return OWNER_CACHE.test(name);
  });
  var kept = [];
  for (var index = 0; index < names.length; index += 1) {
    if (await marked(names[index])) {
      kept.push(names[index]);
    }
  }
  if (kept.length !== 1) {
    return null; // never expected: `remember` keeps one runner's
  }
  var name = kept[0];
  return {
    owner: OWNER_CACHE.exec(name)[1],
    match: function (url) {
      return caches.match(url, { cacheName: name, ignoreVary: true });
    },
    writable: async function () {
      var cache = await caches.open(name);
      return (await marked(name)) ? cache : null;
    },
  };
}

// Worth keeping for this runner: a whole answer, not a redirect (to the login page), and a page only if it
// names them.
async function keepable(response, owner) {
  if (!response.ok || response.redirected || response.type !== "basic") {
    return false;
  }
  if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) {
    return true;
  }
  return (await response.clone().text()).indexOf('data-offline-owner="' + owner + '"') !== -1;
}

async function keep(cache, url, owner, since) {
  var response;
  try {
    response = await fetch(url, { credentials: "same-origin", cache: "no-cache" });
  } catch (error) {
    return;
  }
  if ((await keepable(response, owner)) && generation === since) {
    await cache.put(url, response);
  }
}

// The library's own pages, from the links on its (kept) index: every exercise and routine.
async function libraryPages(cache, library) {
  var index = await cache.match(library, MATCH);
  if (!index) {
    return [];
  }
  var links = (await index.text()).match(/href="\/library\/[^"?#]+"/g) || [];
  return links.map(function (link) {
    return link.slice(6, -1);
  });
}

async function remember(message) {
  var since = generation;
  if (!/^[0-9a-f]{32}$/.test(message.owner || "")) {
    return;
  }
  var name = "backtrack-" + message.owner;
  var names = await caches.keys();
  await Promise.all(names.filter(function (other) {
    return OWNER_CACHE.test(other) && other !== name;
  }).map(function (other) {
    return caches.delete(other);
  }));
  making[name] = (making[name] || 0) + 1;
  var cache;
  try {
    cache = await caches.open(name);
    await cache.put(MARK, new Response(""));
  } finally {
    making[name] -= 1;
  }
  async function fill(urls) {
    await Promise.all(urls.map(async function (url) {
      if (!(await cache.match(url, MATCH))) {
        await keep(cache, url, message.owner, since);
      }
    }));
  }
  await fill(message.shell.concat(message.pages));
  await fill(await libraryPages(cache, message.library));
}

async function forget() {
  generation += 1;
  var names = await caches.keys();
  await Promise.all(names.map(function (name) {
    return caches.delete(name);
  }));
}

self.addEventListener("message", function (event) {
  var message = event.data || {};
  var done;
  if (message.type === "remember") {
    remembering = remembering.then(function () {
      return remember(message);
    }).catch(function () {});
    done = remembering;
  } else if (message.type === "forget") {
    done = forget();
  } else {
    return;
  }
  event.waitUntil(done.then(function () {
    if (event.ports[0]) {
      event.ports[0].postMessage("done");
    }
  }));
});

// A kept page is refreshed whenever it is opened with a connection; pages not on the list are never kept.
async function refresh(kept, url, response, since) {
  if ((await kept.match(url)) && (await keepable(response, kept.owner)) && generation === since) {
    var cache = await kept.writable();
    if (cache) {
      await cache.put(url, response);
    }
  }
}

async function page(event) {
  var kept = await ownerCache();
  if (!kept) {
    return fetch(event.request);
  }
  var since = generation;
  try {
    var response = await fetch(event.request);
    event.waitUntil(refresh(kept, event.request.url, response.clone(), since));
    return response;
  } catch (error) {
    var copy = (await kept.match(event.request.url)) || (await kept.match(OFFLINE_PAGE));
    return copy || Response.error();
  }
}

// A form sent while the network fails: keep what was typed and go back to the form's page (from its copy).
async function post(event) {
  var request = event.request;
  var typed = request.clone();
  try {
    return await fetch(request);
  } catch (error) {
    var kept = await ownerCache();
    var from = request.referrer ? new URL(request.referrer) : null;
    if (!kept || !from || from.origin !== self.location.origin || !(await kept.match(from.href))) {
      throw error;
    }
    var fields = [];
    (await typed.formData()).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") {
        fields.push([name, value]);
      }
    });
    var stranded = await caches.open(STRANDED);
    await stranded.put(from.pathname, new Response(JSON.stringify({ fields: fields })));
    return Response.redirect(from.href, 303);
  }
}

// One version of each app file is kept: a new hashed name (after a deploy) takes its old one's place.
function unhashed(url) {
  return url.replace(HASHED, "$1");
}

async function refreshFile(kept, url, response, since) {
  var cache = await kept.writable();
  if (!cache) {
    return;
  }
  var older = (await cache.keys()).filter(function (request) {
    return unhashed(request.url) === unhashed(url);
  });
  if (!older.length || generation !== since) {
    return; // not one of the app's files on the list
  }
  await Promise.all(older.map(function (request) {
    return request.url === url ? null : cache.delete(request);
  }));
  await cache.put(url, response);
}

async function file(event) {
  var kept = await ownerCache();
  var url = event.request.url;
  if (!kept) {
    return fetch(event.request);
  }
  var copy = await kept.match(url);
  if (copy && HASHED.test(new URL(url).pathname)) {
    return copy;
  }
  var since = generation;
  try {
    var response = await fetch(event.request);
    if (response.ok) {
      event.waitUntil(refreshFile(kept, url, response.clone(), since));
    }
    return response;
  } catch (error) {
    if (copy) {
      return copy;
    }
    throw error;
  }
}

function isForm(request) {
  return (request.headers.get("Content-Type") || "").startsWith("application/x-www-form-urlencoded");
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate" && request.method === "GET") {
    event.respondWith(page(event));
  } else if (request.mode === "navigate" && request.method === "POST" && isForm(request)) {
    event.respondWith(post(event));
  } else if (request.method === "GET" && (url.pathname.startsWith("/static/") || url.pathname === "/manifest.webmanifest")) {
    event.respondWith(file(event));
  }
});
