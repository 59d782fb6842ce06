/* The API docs page: Swagger UI (vendored) drawn from the OpenAPI document named by the page. "Try it out"
   sends requests with the browser's own session and CSRF token, so a logged-in runner can call their API. */
(function () {
  "use strict";

  var target = document.getElementById("swagger-ui");
  if (!target || typeof SwaggerUIBundle === "undefined") {
    return;
  }
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  SwaggerUIBundle({
    url: target.dataset.openapiUrl,
    domNode: target,
    deepLinking: false,
    requestInterceptor: function (request) {
      request.headers["X-CSRFToken"] = csrfToken();
      return request;
    }
  });
})();
