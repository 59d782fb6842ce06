"""The harness catches what it promises to catch; otherwise a broken page could pass every browser test."""

import pytest

from tests.browser.helpers import PROBLEMS, axe_violations, has_sideways_scroll, sideways_overflow

pytestmark = pytest.mark.browser

ONE_PIXEL_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA="


def test_a_blocked_inline_script_is_reported_as_a_csp_violation(page, request, allowed_console_errors):
    page.goto("/library/")
    echoed = "Content Security Policy violation"
    with page.expect_console_message(lambda message: message.text.startswith(echoed)):
        page.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.ranInline = true";
            document.body.append(script);
        }""")
    problems = request.node.stash[PROBLEMS]
    seen = any(echoed in problem for problem in problems)
    # Provoked on purpose: this test must not fail for it, nor for Chromium's own report arriving later.
    allowed_console_errors.append("Content Security Policy")
    problems.clear()
    assert page.evaluate("() => window.ranInline === undefined")
    assert seen


def test_axe_runs_under_the_page_policy_and_finds_an_image_without_alt_text(page):
    page.goto("/library/")
    page.evaluate(
        """(source) => {
            const image = document.createElement("img");
            image.src = source;
            document.querySelector("main").append(image);
        }""",
        ONE_PIXEL_GIF,
    )
    violations = axe_violations(page)
    assert any("image-alt" in violation for violation in violations)


def test_an_element_wider_than_a_phone_is_found(phone_page):
    phone_page.goto("/library/")
    phone_page.evaluate("""() => {
        const wide = document.createElement("div");
        wide.id = "too-wide";
        wide.style.width = "1000px";  // through the CSSOM, which the policy allows
        wide.textContent = "wide";
        document.querySelector("main").append(wide);
    }""")
    assert has_sideways_scroll(phone_page)
    assert "div#too-wide" in sideways_overflow(phone_page)
