// Sign-up and profile: the time zone this device is set to. While the field still says UTC (the default), it
// is chosen straight away, with a note saying so; a runner who chose another zone is offered a button instead.
// Browsers may name a zone by an old alias (Chrome says Asia/Calcutta for Asia/Kolkata): the page's list of
// aliases gives the name the field offers. Without JavaScript the field keeps UTC and can be changed by hand.
(function () {
  "use strict";
  var DEFAULT_ZONE = "UTC";
  var select = document.getElementById("id_time_zone");
  var aliasData = document.getElementById("time-zone-aliases");
  if (!select || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var aliases = aliasData ? JSON.parse(aliasData.textContent) : {};
  var reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var zone = aliases[reported] || reported;
  var offered = Array.prototype.some.call(select.options, function (option) {
    return option.value === zone;
  });
  if (!zone || !offered || select.value === zone) {
    return;
  }
  var label = zone.replace(/_/g, " ");

  function say(text) {
    var note = document.createElement("div");
    note.className = "form-text";
    note.id = "time-zone-from-device";
    note.textContent = text;
    select.insertAdjacentElement("afterend", note);
    var described = select.getAttribute("aria-describedby");
    select.setAttribute("aria-describedby", (described ? described + " " : "") + note.id);
  }

  if (select.value === DEFAULT_ZONE) {
    select.value = zone;
    say("Set to this device's time zone, " + label + ". Change it if that is not where you are.");
    return;
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "btn btn-sm btn-outline-primary mt-2";
  button.textContent = "Use this device's time zone: " + label;
  button.addEventListener("click", function () {
    select.value = zone;
    button.remove();
    say("Set to this device's time zone. Save to keep it.");
    select.focus();
  });
  select.insertAdjacentElement("afterend", button);
})();
