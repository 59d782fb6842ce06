// Entries logged without a signal, kept in the phone's IndexedDB until the API has stored them, and the
// notices about what became of them. Each entry is the API's JSON with its own client_id, and names its
// owner (the runner's owner key, tracker/offline.py): a page only ever reads or sends its own runner's.
// Shared by offline_send.js, offline_forms.js and offline.js through window.BacktrackOffline.
(function () {
  "use strict";
  var app = (window.BacktrackOffline = window.BacktrackOffline || {});
  var DATABASE = "backtrack-offline";
  var opening = null;
  // Set once this page has deleted the database (a logout, or a page seen logged out): a read or write still
  // on its way (a render, a send's last answer) must not open it again and so bring it back.
  var forgotten = false;

  function open() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var request = indexedDB.open(DATABASE, 1);
        request.onupgradeneeded = function () {
          var database = request.result;
          database.createObjectStore("entries", { keyPath: "id" });
          database.createObjectStore("notices", { keyPath: "id" });
          database.createObjectStore("claims", { keyPath: "name" });
        };
        request.onsuccess = function () {
          var database = request.result;
          // Another tab deleting the database (a logout) must not wait for this one to be closed.
          database.onversionchange = function () {
            database.close();
            opening = null;
          };
          resolve(database);
        };
        request.onerror = function () {
          opening = null;
          reject(request.error);
        };
      });
    }
    return opening;
  }

  // One transaction on one store: `operate` makes its requests, the promise gives the last one's result once
  // the transaction has committed (so a removed entry is really gone before anything else happens).
  function transact(storeName, mode, operate) {
    if (forgotten) {
      return Promise.resolve(null);
    }
    return open().then(function (database) {
      return new Promise(function (resolve, reject) {
        var transaction = database.transaction(storeName, mode);
        var request = operate(transaction.objectStore(storeName));
        transaction.oncomplete = function () {
          resolve(request && request.result);
        };
        transaction.onerror = transaction.onabort = function () {
          reject(transaction.error);
        };
      });
    });
  }

  function ownedBy(owner) {
    return function (rows) {
      return (rows || [])
        .filter(function (row) {
          return row.owner === owner;
        })
        .sort(function (a, b) {
          return a.saved - b.saved;
        });
    };
  }

  function all(storeName, owner) {
    return transact(storeName, "readonly", function (store) {
      return store.getAll();
    }).then(ownedBy(owner));
  }

  function put(storeName, row) {
    return transact(storeName, "readwrite", function (store) {
      return store.put(row);
    });
  }

  function remove(storeName, id) {
    return transact(storeName, "readwrite", function (store) {
      return store.delete(id);
    });
  }

  // Where navigator.locks is missing: a claim with an expiry, taken in one transaction (IndexedDB runs
  // read-write transactions on a store one at a time), so two tabs cannot both hold it; a tab closed while
  // holding it loses it when it expires.
  function claim(name, holder, milliseconds) {
    var now = Date.now();
    return transact("claims", "readwrite", function (store) {
      var reading = store.get(name);
      var outcome = { result: false };
      reading.onsuccess = function () {
        var current = reading.result;
        if (!current || current.until < now || current.holder === holder) {
          store.put({ name: name, holder: holder, until: now + milliseconds });
          outcome.result = true;
        }
      };
      return outcome;
    });
  }

  function release(name, holder) {
    return transact("claims", "readwrite", function (store) {
      var reading = store.get(name);
      reading.onsuccess = function () {
        if (reading.result && reading.result.holder === holder) {
          store.delete(name);
        }
      };
      return null;
    });
  }

  // What another runner left on this phone (their logout never ran): never shown or sent under this one.
  function forgetOthers(owner) {
    function sweep(storeName) {
      return transact(storeName, "readwrite", function (store) {
        var reading = store.openCursor();
        reading.onsuccess = function () {
          var cursor = reading.result;
          if (cursor) {
            if (cursor.value.owner !== owner) {
              cursor.delete();
            }
            cursor.continue();
          }
        };
        return null;
      });
    }
    return Promise.all([sweep("entries"), sweep("notices")]);
  }

  function forget() {
    forgotten = true;
    return new Promise(function (resolve) {
      var closing = opening;
      opening = null;
      Promise.resolve(closing)
        .then(function (database) {
          if (database) {
            database.close();
          }
        })
        .catch(function () {})
        .then(function () {
          var request = indexedDB.deleteDatabase(DATABASE);
          request.onsuccess = request.onerror = request.onblocked = function () {
            resolve();
          };
        });
    });
  }

  app.store = {
    entries: function (owner) {
      return all("entries", owner);
    },
    keep: function (entry) {
      return put("entries", entry);
    },
    remove: function (id) {
      return remove("entries", id);
    },
    notices: function (owner) {
      return all("notices", owner);
    },
    notify: function (notice) {
      return put("notices", notice);
    },
    dismiss: function (id) {
      return remove("notices", id);
    },
    claim: claim,
    release: release,
    forgetOthers: forgetOthers,
    forget: forget,
  };
})();
