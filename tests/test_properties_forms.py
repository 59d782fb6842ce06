"""Whatever a runner (or a script) types into the journal's forms, the answer is never a 500 and nothing
that breaks a rule is stored: the form refuses it with a message, or stores something valid.

Each example starts from values near the rules' limits (so many are stored) and breaks a few fields with
arbitrary text, numbers or dates (so the refusals are exercised too).
"""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routines.models import Exercise, Routine
from tests.base import examples, make_user
from tracker.models import PainCheckin, Profile, Run, Workout, WorkoutExercise

# One database transaction holds every example of a test, so the rules are checked on all rows kept so far.
EXAMPLES = settings(
    max_examples=examples(),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NUMBERS = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", " ", "1e400", "NaN", "-0", "0x10", "١٢", "1,5", "9" * 40]),
)
TEXT = st.text(max_size=200)  # includes NUL and control characters
ANY_DATE = st.one_of(
    st.dates(min_value=datetime.date(1, 1, 1)).map(datetime.date.isoformat),
    st.sampled_from(["0000-00-00", "2024-02-30", "31/12/2024", "tomorrow"]),
)
ANYTHING = st.one_of(NUMBERS, TEXT, ANY_DATE)


def near_today(days_back=50_000, days_ahead=3):
    """Dates from before 1900 to a few days ahead, as a date input sends them."""
    today = timezone.localdate()  # the zone of the runners these tests create (UTC)
    return st.integers(-days_back, days_ahead).map(
        lambda days: (today + datetime.timedelta(days)).isoformat()
    )


def whole(low, high, optional=False):
    numbers = st.integers(low, high).map(str)
    return st.one_of(numbers, st.just("")) if optional else numbers


def decimal(low, high, places):
    return st.decimals(low, high, places=places).map(str)


@st.composite
def form_data(draw, fields):
    """Values near the limits for every field, then up to three fields replaced by anything at all."""
    data = {name: draw(strategy) for name, strategy in fields.items()}
    for name in draw(st.sets(st.sampled_from(sorted(fields)), max_size=3)):
        data[name] = draw(ANYTHING)
    return data


@pytest.fixture
def runner_client(client, db):
    client.force_login(make_user("fuzz"))
    return client


def post_must_not_fail(client, name, data):
    assert client.post(reverse(name), data).status_code < 500


def assert_journal_within_rules():
    """Every row of every journal table keeps the rules, whoever wrote it."""
    # A day ahead in the runner's zone is allowed; no zone is more than a day ahead of UTC.
    latest = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=2)
    for model in (PainCheckin, Run, Workout):
        assert all(
            datetime.date(1900, 1, 1) <= row.date <= latest and "\x00" not in row.notes
            for row in model.objects.all()
        )
    for checkin in PainCheckin.objects.all():
        assert 0 <= checkin.pain <= 10
        assert set(checkin.red_flags) <= set(PainCheckin.RedFlag.values)
        assert set(checkin.locations) | set(checkin.timings) <= {*PainCheckin.Location, *PainCheckin.Timing}
    for run in Run.objects.all():
        assert 0 < run.distance_m <= 400_000
        assert run.duration_s is None or 1 <= run.duration_s <= 48 * 3600
        assert run.ascent_m <= 20_000 and run.descent_m <= 20_000
        assert run.surface in Run.Surface.values
    for workout in Workout.objects.all():
        assert workout.duration_min is None or 1 <= workout.duration_min <= 48 * 60
    for entry in WorkoutExercise.objects.all():
        assert 1 <= entry.sets <= 50
        assert entry.reps is None or 1 <= entry.reps <= 1000
        assert entry.hold_seconds is None or 1 <= entry.hold_seconds <= 3600
        assert entry.weight_kg is None or 0 <= entry.weight_kg <= 500
        assert "\x00" not in entry.irritation_note


CHECKIN = {
    "date": near_today(),
    "pain": whole(-1, 11),
    "locations": st.lists(st.sampled_from(PainCheckin.Location.values), max_size=3),
    "timings": st.lists(st.sampled_from(PainCheckin.Timing.values), max_size=3),
    "red_flags": st.lists(st.sampled_from(PainCheckin.RedFlag.values), max_size=3),
    "notes": TEXT,
}


@EXAMPLES
@given(data=form_data(CHECKIN))
def test_any_check_in_is_refused_or_stored_within_the_rules(runner_client, data):
    post_must_not_fail(runner_client, "log_checkin", data)
    assert_journal_within_rules()


RUN = {
    "date": near_today(),
    "distance": decimal(0, 401, places=3),
    "duration": st.builds(
        "{}:{:02d}:{:02d}".format, st.integers(0, 49), st.integers(0, 59), st.integers(0, 59)
    ),
    "ascent_m": whole(-1, 20_001, optional=True),
    "descent_m": whole(-1, 20_001, optional=True),
    "surface": st.sampled_from(Run.Surface.values),
    "back_hurt": st.sampled_from(["", "on"]),
    "back_hurt_after_min": whole(-1, 2881, optional=True),
    "notes": TEXT,
}


@EXAMPLES
@given(data=form_data(RUN))
def test_any_run_is_refused_or_stored_within_the_rules(runner_client, data):
    post_must_not_fail(runner_client, "log_run", data)
    assert_journal_within_rules()


WORKOUT = {
    "date": near_today(),
    "duration_min": whole(0, 2881, optional=True),
    "notes": TEXT,
    "entries-0-exercise": st.builds(lambda: str(Exercise.objects.visible().values_list("pk", flat=True)[0])),
    "entries-0-sets": whole(0, 51),
    "entries-0-reps": whole(0, 1001, optional=True),
    "entries-0-hold_seconds": whole(0, 3601, optional=True),
    "entries-0-weight_kg": st.one_of(decimal(-1, 501, places=1), st.just("")),
    "entries-0-irritated": st.sampled_from(["", "on"]),
    "entries-0-irritation_note": TEXT,
}


@EXAMPLES
@given(data=form_data(WORKOUT))
def test_any_workout_is_refused_or_stored_within_the_rules(runner_client, data):
    # The row count stays honest here; a forged one has its own test in test_security_forms.
    management = {"entries-TOTAL_FORMS": "1", "entries-INITIAL_FORMS": "0"}
    post_must_not_fail(runner_client, "log_workout", data | management)
    assert_journal_within_rules()


PROFILE = {
    "units": st.sampled_from(Profile.Units.values),
    "weekly_target": whole(0, 15),
    "lapse_days": whole(2, 91),
    "time_zone": st.sampled_from(["Europe/Paris", "UTC", "America/Argentina/Ushuaia", "Mars/Olympus"]),
    "usual_routine": st.one_of(st.just(""), st.builds(lambda: str(Routine.objects.visible()[0].pk))),
    "include_walks": st.sampled_from(["", "on"]),
}


@settings(EXAMPLES, max_examples=examples(0.5))  # each refused profile renders ~600 time zones
@given(data=form_data(PROFILE))
def test_any_profile_is_refused_or_saved_within_the_rules(runner_client, data):
    post_must_not_fail(runner_client, "profile", data)
    for profile in Profile.objects.all():
        assert profile.units in Profile.Units.values
        assert 1 <= profile.weekly_target <= 14
        assert 3 <= profile.lapse_days <= 90
        assert profile.time_zone in zoneinfo.available_timezones()
