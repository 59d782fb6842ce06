// Profile: offer the time zone this device is set to, so nobody has to scroll through hundreds of names.
(function () {
  "use strict";
  var select = document.getElementById("id_time_zone");
  if (!select || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var known = Array.prototype.some.call(select.options, function (option) {
    return option.value === zone;
  });
  if (!zone || !known || select.value === zone) {
    return;
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "btn btn-sm btn-outline-primary mt-2";
  button.textContent = "Use this device's time zone: " + zone.replace(/_/g, " ");
  button.addEventListener("click", function () {
    select.value = zone;
    button.remove();
    select.focus();
  });
  select.insertAdjacentElement("afterend", button);
})();
