// Log a workout: add and remove exercise rows without a round trip, and show the irritation note only when it
// is needed. Without JavaScript the form still works: "Add another exercise" sends the form, which comes back
// as typed with one more row, and the note is always visible.
(function () {
  "use strict";
  var rows = document.getElementById("entry-rows");
  var template = document.getElementById("entry-template");
  var addButton = document.getElementById("add-entry");
  var total = document.getElementById("id_entries-TOTAL_FORMS");
  var maximum = document.getElementById("id_entries-MAX_NUM_FORMS");
  if (!rows || !template || !total || !addButton) {
    return;
  }
  // Rows already saved keep their "Remove this exercise" tick; only new rows can be taken away.
  var savedRows = Number(rows.getAttribute("data-saved-rows")) || 0;
  var ROW_INDEX = /entries-\d+-/g;
  var RENUMBERED = ["name", "id", "for", "aria-describedby", "aria-labelledby"];

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

  function allRows() {
    return Array.prototype.slice.call(rows.querySelectorAll(".entry-row"));
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

  // After a row is taken away, the rows below move up one: their fields' names and ids, their legend and
  // their remove button follow, so the formset reads the rows 0 to TOTAL_FORMS - 1 it expects.
  function renumber(row, index) {
    row.id = "exercise-" + (index + 1);
    row.querySelector("legend").textContent = "Exercise " + (index + 1);
    Array.prototype.forEach.call(row.querySelectorAll("*"), function (element) {
      RENUMBERED.forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value) {
          element.setAttribute(attribute, value.replace(ROW_INDEX, "entries-" + index + "-"));
        }
      });
    });
    var remove = row.querySelector(".remove-entry-label");
    if (remove) {
      remove.textContent = " exercise " + (index + 1);
    }
  }

  function offerRemoval(row) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-primary mt-2 remove-entry";
    button.textContent = "Remove";
    var label = document.createElement("span");
    label.className = "visually-hidden remove-entry-label";
    button.appendChild(label);
    row.appendChild(button);
    renumber(row, allRows().indexOf(row));
    button.addEventListener("click", function () {
      var index = allRows().indexOf(row);
      row.remove();
      allRows().forEach(function (other, position) {
        if (position >= index) {
          renumber(other, position);
        }
      });
      total.value = String(allRows().length);
      addButton.disabled = !canAddMore();
      addButton.focus();
    });
  }

  allRows().forEach(function (row, index) {
    followIrritation(row);
    followPicture(row);
    // The one row a new workout starts with stays: removing it would leave nothing to fill in.
    if (index >= savedRows && index > 0) {
      offerRemoval(row);
    }
  });

  addButton.type = "button";
  addButton.removeAttribute("name");
  addButton.removeAttribute("formaction");
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
    offerRemoval(row);
    row.querySelector("select").focus();
    addButton.disabled = !canAddMore();
  });
})();
