// Log a workout: choosing a routine fills in its steps straight away (the button does the same without JS).
(function () {
  "use strict";
  var picker = document.getElementById("routine-picker");
  if (!picker) {
    return;
  }
  var choice = document.getElementById("routine-choice");
  choice.addEventListener("change", function () {
    picker.submit();
  });
})();
