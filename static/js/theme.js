// Follows the system's light or dark setting (runners log at night), before the page is drawn so it never
// flashes white. Without JavaScript the light theme stays, which is a complete theme on its own.
(function () {
  "use strict";
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    document.documentElement.setAttribute("data-bs-theme", dark.matches ? "dark" : "light");
  }
  apply();
  if (dark.addEventListener) {
    dark.addEventListener("change", apply);
  }
})();
