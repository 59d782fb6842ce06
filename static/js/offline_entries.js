// What a log form becomes for the API (tracker/api/schemas.py), read from its fields as the server's form
// would read them and checked with the same words: a check-in, a run in kilometres and seconds whatever
// units the form shows (the form carries its factors), a workout with its exercises named by slug (the page
// carries the slugs), and the home page's one tap (a routine with no exercises: as the library prescribes).
// Used by offline_forms.js when a form is kept on the phone.
(function () {
  "use strict";
  var app = (window.BacktrackOffline = window.BacktrackOffline || {});
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // As tracker/forms/runs.py reads a time: h:mm:ss, or mm:ss where the minutes may run past 59.
  var DURATION = /^\s*(?:(\d{1,2}):([0-5]?\d)|(\d{1,4})):([0-5]\d)\s*$/;
  var DURATION_FORMAT = "Enter the time as h:mm:ss, for example 1:45:00 (or mm:ss, like 45:30).";
  var DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

  // "2026-12-04" as "4 Dec 2026", the app's one date format.
  app.dayWords = function (iso) {
    var parts = String(iso).split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  };

  app.addDays = function (iso, days) {
    var date = new Date(iso + "T00:00:00Z");
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };

  // The runner's today in the profile's time zone (the page may be a copy from an earlier day).
  app.runnerToday = function (form) {
    var parts = {};
    try {
      var format = { timeZone: form.dataset.timeZone, year: "numeric", month: "2-digit", day: "2-digit" };
      new Intl.DateTimeFormat("en-GB", format).formatToParts(new Date()).forEach(function (part) {
        parts[part.type] = part.value;
      });
      return parts.year + "-" + parts.month + "-" + parts.day;
    } catch (error) {
      return form.dataset.today;
    }
  };

  function text(fields, name) {
    return String(fields.get(name) || "").trim();
  }

  function checkDate(fields, problems, today) {
    var value = text(fields, "date");
    var latest = app.addDays(today, 1);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      problems.push(["date", "Enter a valid date."]);
    } else if (value < "1900-01-01") {
      problems.push(["date", "Dates start on 1 January 1900."]);
    } else if (value > latest) {
      problems.push(["date", "That is in the future: the latest date you can log is tomorrow, " + app.dayWords(latest) + "."]);
    }
    return value;
  }

  function whole(fields, name, low, high, problems, unit) {
    var value = text(fields, name);
    var allowed = "from " + low + " to " + high + (unit || "");
    if (!value) {
      return null;
    }
    if (!/^\d+$/.test(value)) {
      problems.push([name, "Enter a whole number " + allowed + "."]);
      return null;
    }
    if (Number(value) < low || Number(value) > high) {
      problems.push([name, "Enter a number " + allowed + "."]);
      return null;
    }
    return Number(value);
  }

  function notes(fields, name, problems) {
    var value = String(fields.get(name) || "");
    if (value.length > 5000) {
      problems.push([name, "Keep it under 5,000 characters to save it on this phone."]);
    }
    return value;
  }

  function checkin(fields, problems, today) {
    var date = checkDate(fields, problems, today);
    if (!text(fields, "pain")) {
      problems.push(["pain", "Choose a pain score from 0 to 10."]);
    }
    var body = {
      date: date,
      pain: Number(text(fields, "pain")),
      locations: fields.getAll("locations"),
      timings: fields.getAll("timings"),
      red_flags: fields.getAll("red_flags"),
      notes: notes(fields, "notes", problems),
    };
    return { label: "Check-in of " + app.dayWords(date), body: body };
  }

  function distanceKm(fields, problems, kmPerUnit) {
    var value = text(fields, "distance");
    var km = Math.round(Number(value) * kmPerUnit * 1000) / 1000;
    if (!value) {
      problems.push(["distance", "This field is required."]);
    } else if (!DECIMAL.test(value) || (value.split(".")[1] || "").length > 3) {
      problems.push(["distance", "Enter a distance such as 10 or 21.1, with at most 3 decimals."]);
    } else if (km < 0.001) {
      problems.push(["distance", "Enter a distance of more than 0."]);
    } else if (km > 400) {
      problems.push(["distance", "At most 400 km" + (kmPerUnit === 1 ? "." : " (" + (400 / kmPerUnit).toFixed(1) + " mi).")]);
    }
    return km;
  }

  function durationSeconds(fields, problems) {
    var match = DURATION.exec(text(fields, "duration"));
    if (!text(fields, "duration")) {
      return null;
    }
    if (!match) {
      problems.push(["duration", DURATION_FORMAT]);
      return null;
    }
    var minutes = Number(match[3] || 0) + Number(match[1] || 0) * 60 + Number(match[2] || 0);
    var seconds = minutes * 60 + Number(match[4]);
    if (seconds === 0 || seconds > 48 * 3600) {
      problems.push(["duration", seconds ? "At most 48 hours (48:00:00)." : "Enter a time of more than 0."]);
    }
    return seconds;
  }

  function run(fields, problems, today, form) {
    var climbMetres = Number(form.dataset.metresPerClimbUnit) || 1;
    var climbUnit = climbMetres === 1 ? " m" : " ft";
    var largestClimb = Math.floor(20000 / climbMetres + 1e-9);
    var date = checkDate(fields, problems, today);
    var km = distanceKm(fields, problems, Number(form.dataset.kmPerUnit) || 1);
    var seconds = durationSeconds(fields, problems);
    var ascent = whole(fields, "ascent", 0, largestClimb, problems, climbUnit) || 0;
    var descent = whole(fields, "descent", 0, largestClimb, problems, climbUnit) || 0;
    var hurt = Boolean(fields.get("back_hurt"));
    var hurtAfter = whole(fields, "back_hurt_after_min", 0, 2880, problems, " minutes");
    if (hurtAfter !== null && !hurt) {
      problems.push(["back_hurt_after_min", "Tick “my back hurt during it”, or clear this."]);
    } else if (hurtAfter !== null && seconds && hurtAfter * 60 > seconds) {
      problems.push(["back_hurt_after_min", "That is longer than the run itself."]);
    }
    var body = {
      date: date,
      distance_km: km,
      duration_s: seconds,
      ascent_m: Math.round(ascent * climbMetres * 10) / 10,
      descent_m: Math.round(descent * climbMetres * 10) / 10,
      surface: text(fields, "surface") || "road",
      back_hurt: hurt,
      back_hurt_after_min: hurtAfter,
      notes: notes(fields, "notes", problems),
    };
    return { label: "Run of " + app.dayWords(date), body: body };
  }

  function exerciseRow(fields, index, problems, slugs) {
    var prefix = "entries-" + index + "-";
    var weight = text(fields, prefix + "weight_kg");
    var row = {
      sets: whole(fields, prefix + "sets", 1, 50, problems) || 1,
      reps: whole(fields, prefix + "reps", 1, 1000, problems),
      hold_seconds: whole(fields, prefix + "hold_seconds", 1, 3600, problems, " seconds"),
      weight_kg: weight ? Number(weight) : null,
      irritated: Boolean(fields.get(prefix + "irritated")),
      irritation_note: text(fields, prefix + "irritation_note"),
    };
    if (weight && (!DECIMAL.test(weight) || row.weight_kg > 500 || (weight.split(".")[1] || "").length > 1)) {
      problems.push([prefix + "weight_kg", "Enter a weight from 0 to 500 kg."]);
    }
    var exercise = text(fields, prefix + "exercise");
    var typed = row.reps || row.hold_seconds || weight || row.irritated || row.irritation_note || row.sets !== 1;
    if (!exercise) {
      if (typed) {
        problems.push([prefix + "exercise", "Choose the exercise these numbers are for, or clear the row."]);
      }
      return null;
    }
    row.exercise = slugs.exercises[exercise];
    if (!row.exercise) {
      problems.push([prefix + "exercise", "Choose an exercise from the library."]);
    }
    return row;
  }

  function workout(fields, problems, today) {
    var slugs = JSON.parse(document.getElementById("offline-slugs").textContent);
    var date = checkDate(fields, problems, today);
    var rows = Math.min(Number(fields.get("entries-TOTAL_FORMS")) || 0, 60);
    var exercises = [];
    for (var index = 0; index < rows; index += 1) {
      var row = fields.get("entries-" + index + "-DELETE") ? null : exerciseRow(fields, index, problems, slugs);
      if (row) {
        exercises.push(row);
      }
    }
    if (!exercises.length && !problems.length) {
      problems.push(["entries-0-exercise", "Add at least one exercise: a workout needs something in it."]);
    }
    var body = {
      date: date,
      routine: slugs.routines[text(fields, "routine")] || null,
      duration_min: whole(fields, "duration_min", 1, 2880, problems, " minutes"),
      notes: notes(fields, "notes", problems),
      exercises: exercises,
    };
    return { label: "Workout of " + app.dayWords(date), body: body };
  }

  // The home page's one tap: the routine as the library prescribes it, dated the runner's today.
  function routine(fields, problems, today, form) {
    var label = (form.dataset.routineName || "Your routine") + " on " + app.dayWords(today);
    return { label: label, body: { date: today, routine: form.dataset.routine } };
  }

  // Each kind of form: how to read it, and which of the API's operations takes it.
  app.entryKinds = {
    checkin: { read: checkin, api: "checkin" },
    run: { read: run, api: "run" },
    workout: { read: workout, api: "workout" },
    routine: { read: routine, api: "workout" },
  };
})();
