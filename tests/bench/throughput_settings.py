"""Settings for the API throughput bench: the project's own, plus a bare view to compare against."""

from tracker.settings import *  # noqa: F403

ROOT_URLCONF = "tests.bench.throughput_urls"
