"""One simulated browser: its own cookies and CSRF token, plain http.client, no redirects followed."""

import http.client
import re
import time
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

REQUEST_TIMEOUT_S = 30


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status = status
        self.headers = headers
        self.body = body
        self.seconds = seconds

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    @property
    def location(self):
        return self.headers.get("Location", "")


class Browser:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.cookies = {}

    def request(self, method, path, fields=None):
        """Send one request on a fresh connection (sync gunicorn workers close each one anyway)."""
        headers = {"Host": f"{self.host}:{self.port}", "User-Agent": "backtrack-load"}
        body = None
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if method == "POST":
            body = urlencode(fields or {}, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{self.host}:{self.port}"
            headers["Referer"] = f"http://{self.host}:{self.port}{path}"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        started = time.perf_counter()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT_S)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()
        self._keep_cookies(response.headers.get_all("Set-Cookie") or [])
        return Response(response.status, response.headers, payload, time.perf_counter() - started)

    def _keep_cookies(self, set_cookie_headers):
        for header in set_cookie_headers:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


class Form:
    """A <form>'s fields as a browser would submit them untouched, plus what is needed to fill them in."""

    def __init__(self, action, method):
        self.action, self.method = action, method
        self.values = {}  # name -> value, or list of values for multi-valued fields
        self.options = {}  # select name -> [option values]
        self.checkboxes = {}  # name -> [values]
        self.required = set()
        self.input_types = {}  # name -> the <input>'s type

    def fill(self, name, value):
        self.values[name] = value

    def errors_hint(self, page_text):
        """The first field error messages on a page that came back with the form, for the report."""
        messages = re.findall(r'class="invalid-feedback"[^>]*>\s*(?:<strong>)?([^<]+)', page_text)
        return "; ".join(message.strip() for message in messages[:3]) or "form came back without a message"


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self._form = Form(attributes.get("action") or "", (attributes.get("method") or "get").lower())
            self.forms.append(self._form)
            return
        form, name = self._form, attributes.get("name")
        if form is None:
            return
        if name and "required" in attributes:
            form.required.add(name)
        if tag == "input" and name:
            kind = (attributes.get("type") or "text").lower()
            value = attributes.get("value") or ""
            form.input_types[name] = kind
            if kind == "checkbox":
                form.checkboxes.setdefault(name, []).append(value or "on")
                if "checked" in attributes:
                    form.values.setdefault(name, []).append(value or "on")
            elif kind == "radio":
                if "checked" in attributes or name not in form.values:
                    form.values[name] = value
            elif kind not in {"submit", "button", "reset", "file", "image"}:
                form.values[name] = value
        elif tag == "select" and name:
            self._select = name
            form.options[name] = []
            form.values.setdefault(name, "")
        elif tag == "option" and self._select:
            value = attributes.get("value", "")
            form.options[self._select].append(value)
            if "selected" in attributes:
                form.values[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            form.values[name] = ""

    def handle_data(self, data):
        if self._form is not None and self._textarea:
            self._form.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._form = None


def find_post_form(page_text, page_path):
    """The page's own POST form: the one posting back to the page, or else the largest POST form.

    The navigation's log-out form holds nothing but its CSRF token, so it never wins.
    """
    parser = _FormParser()
    parser.feed(page_text)
    candidates = [form for form in parser.forms if form.method == "post" and len(form.values) > 1]
    if not candidates:
        raise LookupError(f"no form to fill on {page_path}")
    form = max(candidates, key=lambda form: (urlsplit(form.action).path in {"", page_path}, len(form.values)))
    form.action = urlsplit(form.action).path or page_path
    return form
