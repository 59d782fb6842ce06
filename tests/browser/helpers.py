"""What the browser tests check on any page: accessibility (axe-core), nothing wider than the screen."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

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


# The navbar collapses behind its toggler below Bootstrap's md breakpoint.
NAVBAR_COLLAPSES_BELOW = 768


def reachable(control):
    """The control, after checking a runner can reach it: shown, and within the page's width (nothing to pan
    sideways for on a phone). Playwright's own actions then check that nothing covers it."""
    expect(control).to_be_visible()
    left, right, width = control.evaluate(
        """element => {
            const box = element.getBoundingClientRect();
            const width = document.documentElement.clientWidth;
            return [box.left + window.scrollX, box.right + window.scrollX, width];
        }"""
    )
    assert left >= 0 and right <= width + 1, (
        f"{control} spans {left:.0f}–{right:.0f} px of a {width} px wide screen"
    )
    return control


def follow_menu(page, name):
    """Follow a link of the main menu as a runner would: on a narrow screen, open the menu first."""
    menu = page.get_by_role("navigation", name="Main")
    if page.viewport_size["width"] < NAVBAR_COLLAPSES_BELOW:
        reachable(menu.get_by_role("button", name="Menu")).click()
    reachable(menu.get_by_role("link", name=name, exact=True)).click()


# Parametrizes a test's `device` over a laptop's screen and a phone's.
on_laptop_and_phone = pytest.mark.parametrize("device", [LAPTOP, PHONE], ids=["laptop", "phone"])
