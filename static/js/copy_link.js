/* A Copy button for a secret shown once (a share link, an API token): shown only where the clipboard can be
   written; without it the secret stays in a read-only field that is easy to select by hand. */
(function () {
  "use strict";

  var button = document.getElementById("copy-link");
  if (!button || !navigator.clipboard) {
    return;
  }
  var field = document.getElementById(button.dataset.copyFrom);
  var status = document.getElementById("copy-status");
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(
      function () { status.textContent = button.dataset.copied || "Copied."; },
      function () { field.select(); status.textContent = "Select the link and copy it by hand."; }
    );
  });
})();
