"""Backtrack's look in a real browser: the theme follows the system's light or dark setting, the dark theme
is as accessible as the light one, and whatever a thumb presses is at least 44 px tall."""

import pytest
from django.core.management import call_command

from tests.browser.helpers import LAPTOP, PHONE
from tests.browser.test_accessibility import FORMS_SENT_BACK, PAGES, violations_by_page

pytestmark = pytest.mark.browser

DARK = {"color_scheme": "dark"}
LIGHT = {"color_scheme": "light"}
MIN_TARGET_PX = 44


def background_brightness(page):
    """0 (black) to 255 (white): the page's background as drawn."""
    return page.evaluate(
        """() => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }"""
    )


def small_targets(page):
    """Buttons, fields and menu links a thumb presses that are shorter than 44 px, named."""
    return page.evaluate(
        """(minimum) => [...document.querySelectorAll(
                "button, .btn, select, textarea, .nav-link, .form-check, "
                + "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not(.btn-check)")]
            .filter(element => element.offsetParent !== null)
            .filter(element => element.getBoundingClientRect().height < minimum - 0.5)
            .slice(0, 8)
            .map(element => `${element.tagName.toLowerCase()} "${(element.textContent || element.name || "")
                .trim().slice(0, 30)}" ${Math.round(element.getBoundingClientRect().height)} px`)""",
        MIN_TARGET_PX,
    )


@pytest.mark.parametrize("scheme, dark", [(LIGHT, False), (DARK, True)], ids=["light", "dark"])
def test_the_theme_follows_the_systems_setting(open_page, scheme, dark):
    page = open_page({**PHONE, **scheme})
    page.goto("/library/")
    assert (page.evaluate("document.documentElement.dataset.bsTheme") == "dark") is dark
    assert (background_brightness(page) < 60) is dark


def test_without_javascript_the_light_theme_is_complete(open_page):
    # axe-core cannot run without JavaScript (it waits on timers); the light theme's contrast is checked by
    # the accessibility tests, so this checks that the page is drawn light, whatever the system prefers.
    page = open_page({**PHONE, **DARK, "java_script_enabled": False})
    page.goto("/library/")
    assert page.evaluate("document.documentElement.dataset.bsTheme") is None
    assert background_brightness(page) > 200


@pytest.mark.parametrize("device", [{**LAPTOP, **DARK}, {**PHONE, **DARK}], ids=["laptop", "phone"])
def test_the_dark_theme_has_no_serious_accessibility_violation(open_page, alice, device):
    call_command("seed_demo", username=alice.username)
    addresses = {name: address(alice) for name, address in PAGES.items()}
    visits = {name: (lambda page, url=url: page.goto(url)) for name, url in addresses.items()}
    assert violations_by_page(open_page(device, user=alice), visits) == {}


@pytest.mark.parametrize("device", [{**LAPTOP, **DARK}, {**PHONE, **DARK}], ids=["laptop", "phone"])
def test_dark_forms_sent_back_with_mistakes_have_no_serious_accessibility_violation(open_page, bob, device):
    assert violations_by_page(open_page(device, user=bob), FORMS_SENT_BACK) == {}


def test_everything_a_thumb_presses_is_at_least_44_px_tall(open_page, alice):
    call_command("seed_demo", username=alice.username)
    page = open_page(PHONE, user=alice)
    found = {}
    for name, address in PAGES.items():
        page.goto(address(alice))
        page.get_by_role("button", name="Menu").click()  # the menu's links count too
        found[name] = small_targets(page)
    assert {name: targets for name, targets in found.items() if targets} == {}
