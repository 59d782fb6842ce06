// The library: the filters start folded so a phone shows exercises first; a wider screen has room for them,
// so they open there. Without JavaScript they stay folded (one tap opens them), or open when a filter is on.
(function () {
  "use strict";
  var filters = document.getElementById("library-filters");
  if (filters && window.matchMedia("(min-width: 768px)").matches) {
    filters.open = true;
  }
})();
