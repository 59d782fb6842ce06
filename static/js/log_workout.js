// Log a workout: add exercise rows without a round trip, and show the irritation note only when it is needed.
// Without JavaScript the form still works: it offers blank rows, and the note is always visible.
(function () {
  "use strict";
  var rows = document.getElementById("entry-rows");
  var template = document.getElementById("entry-template");
  var addButton = document.getElementById("add-entry");
  var total = document.getElementById("id_entries-TOTAL_FORMS");
  var maximum = document.getElementById("id_entries-MAX_NUM_FORMS");
  if (!rows || !template || !total) {
    return;
  }

  function followIrritation(row) {
    var tick = row.querySelector("input[name$='-irritated']");
    var note = row.querySelector(".irritation-note");
    if (!tick || !note) {
      return;
    }
    var input = note.querySelector("input, textarea");
    function update() {
      note.classList.toggle("d-none", !tick.checked && !(input && input.value));
    }
    tick.addEventListener("change", function () {
      update();
      if (tick.checked && input) {
        input.focus();
      }
    });
    update();
  }

  // A row's picture shows the exercise it was drawn for; once another is chosen, it hides rather than mislead.
  function followPicture(row) {
    var select = row.querySelector("select[name$='-exercise']");
    var picture = row.querySelector(".entry-picture");
    if (!select || !picture) {
      return;
    }
    select.addEventListener("change", function () {
      picture.hidden = select.value !== picture.getAttribute("data-exercise");
    });
  }

  function canAddMore() {
    return !maximum || Number(total.value) < Number(maximum.value);
  }

  Array.prototype.forEach.call(rows.querySelectorAll(".entry-row"), function (row) {
    followIrritation(row);
    followPicture(row);
  });

  if (addButton) {
    addButton.classList.remove("d-none");
    document.getElementById("more-rows-hint").classList.add("d-none");
    addButton.addEventListener("click", function () {
      if (!canAddMore()) {
        return;
      }
      var index = Number(total.value);
      var html = template.innerHTML.replace(/__prefix__/g, String(index)).replace(/__number__/g, String(index + 1));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var row = holder.querySelector(".entry-row");
      rows.appendChild(row);
      total.value = String(index + 1);
      followIrritation(row);
      row.querySelector("select").focus();
      addButton.disabled = !canAddMore();
    });
  }
})();
