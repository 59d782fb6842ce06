"""What the browser tests check on any page: accessibility (axe-core), nothing wider than the screen."""

from pathlib import Path

import pytest

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
SERIOUS = {"serious", "critical"}
# What the pages of one test complained about (console errors, exceptions, CSP violations).
PROBLEMS = pytest.StashKey[list]()

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}


def axe_violations(page, impacts=SERIOUS):
    """Run axe-core on the page as it is now; return the violations of the given impacts, readably.

    The page's CSP forbids inline scripts, so axe is not added as a <script>: evaluating its source through
    the DevTools protocol is not subject to the page's policy, and the page's own CSP stays in force.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    results = page.evaluate(
        """async () => {
            const results = await window.axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 3).map(node => node.target.join(" ")),
            }));
        }"""
    )
    return [
        f"{violation['impact']}: {violation['id']} ({violation['help']}) at {', '.join(violation['targets'])}"
        for violation in results
        if violation["impact"] in impacts
    ]


def sideways_overflow(page):
    """The elements sticking out past the right edge of the viewport; empty when nothing scrolls sideways.

    The layout viewport's width (clientWidth) is the measure: a phone browser zooms out to fit a wide page,
    and window.innerWidth then grows with the page, hiding the overflow it should reveal.
    """
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll("body *")]
                .filter(element => element.getBoundingClientRect().right > width + 1)
                .slice(0, 5)
                .map(element => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
                     + (element.className && typeof element.className === "string"
                        ? "." + element.className.trim().split(/\\s+/).join(".") : ""));
        }"""
    )


def has_sideways_scroll(page):
    return page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")


def session_cookie_for(user, base_url):
    """A logged-in session for `user`, made the fast way (no password hashing), as a Playwright cookie."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base_url,
        "httpOnly": True,
        "sameSite": "Lax",
    }
