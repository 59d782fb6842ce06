/* The share page's Copy button: shown only where the clipboard can be written; without it the link stays in a
   read-only field that is easy to select by hand. */
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
      function () { status.textContent = "Copied. Paste it into a message to your physio."; },
      function () { field.select(); status.textContent = "Select the link and copy it by hand."; }
    );
  });
})();
