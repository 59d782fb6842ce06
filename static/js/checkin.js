// Pain check-in: what to do about each warning sign, shown as soon as its box is ticked. The server renders
// every sign's advice hidden (the same words as after saving); this only shows the ticked signs' and hides
// the rest, the urgent block first with each ticked urgent sign named, as the page after saving does.
(function () {
  "use strict";
  var advice = document.getElementById("flag-advice");
  if (!advice) {
    return;
  }
  var boxes = advice.closest("form").querySelectorAll('input[name="red_flags"]');

  function tickedCodes() {
    var ticked = {};
    boxes.forEach(function (box) {
      ticked[box.value] = box.checked;
    });
    return ticked;
  }

  function show() {
    var ticked = tickedCodes();
    advice.querySelectorAll("[data-flag]").forEach(function (sign) {
      sign.hidden = !ticked[sign.dataset.flag];
    });
    advice.querySelectorAll("[data-flags]").forEach(function (block) {
      block.hidden = !block.dataset.flags.split(" ").some(function (code) {
        return ticked[code];
      });
    });
  }

  // The hint the page was sent with promises the advice after saving; with this script it comes at once.
  var hint = document.getElementById("id_red_flags_helptext");
  if (hint) {
    hint.textContent = advice.dataset.hint;
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", show);
  });
  show();
})();
