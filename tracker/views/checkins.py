from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.forms.models import model_to_dict
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from routines.red_flags import advice_for, all_advice
from tracker.dates import relative_day
from tracker.forms import PainCheckinForm
from tracker.journal import runner_profile, save_checkin
from tracker.models import PainCheckin
from tracker.views.common import asked_date, confirm_delete, own_entry, refuse_writes


def _saved(request, checkin):
    """With a red flag ticked, the advice page comes straight after saving; otherwise home."""
    if checkin.red_flags:
        messages.warning(
            request, "Check-in saved. Please read the advice about the warning signs you ticked."
        )
        return redirect("checkin_detail", pk=checkin.pk)
    messages.success(request, "Check-in saved.")
    return redirect("home")


@sensitive_post_parameters()
@sensitive_variables()
def log_checkin(request):
    """Today's check-in; saving a date that already has one replaces it."""
    today = runner_profile(request.user).today()
    if request.method == "POST":
        form = PainCheckinForm(request.POST, user=request.user, today=today)
        if form.is_valid():
            return _saved(request, save_checkin(request.user, form))
        return render(request, "tracker/checkin_form.html", {"form": form})
    # The history's day view asks for another day with ?date=; that day's check-in, if any, comes filled in.
    day = asked_date(request, today)
    existing = PainCheckin.objects.for_user(request.user).filter(date=day).first()
    initial = model_to_dict(existing, fields=PainCheckinForm.Meta.fields) if existing else {"date": day}
    form = PainCheckinForm(initial=initial, user=request.user, today=today)
    words = relative_day(day, today)
    when = words if words in ("today", "yesterday", "tomorrow") else f"on {words}"
    context = {"form": form, "existing": existing, "when": when, "verb": "was" if day < today else "is"}
    return render(request, "tracker/checkin_form.html", context)


@sensitive_post_parameters()
@sensitive_variables()
def edit_checkin(request, pk):
    checkin = own_entry(request, PainCheckin.objects, pk)
    today = runner_profile(request.user).today()
    data = request.POST if request.method == "POST" else None
    form = PainCheckinForm(data, instance=checkin, user=request.user, today=today)
    if data is not None and form.is_valid():
        return _saved(request, save_checkin(request.user, form))
    return render(request, "tracker/checkin_form.html", {"form": form, "checkin": checkin})


@sensitive_variables()
def checkin_detail(request, pk):
    checkin = own_entry(request, PainCheckin.objects, pk)
    refused = refuse_writes(request)
    if refused:
        return refused
    context = {
        "checkin": checkin,
        "advice": advice_for(checkin.red_flags),
        "locations": _labels(PainCheckin.Location, checkin.locations),
        "timings": _labels(PainCheckin.Timing, checkin.timings),
    }
    return render(request, "tracker/checkin_detail.html", context)


def _labels(choices, codes):
    return [choices(code).label for code in codes or () if code in choices.values]


@sensitive_post_parameters()
def delete_checkin(request, pk):
    return confirm_delete(request, own_entry(request, PainCheckin.objects, pk), "check-in", "checkin_detail")


@login_not_required
def red_flags(request):
    """What each warning sign means and what to do: worth reading before anyone needs it."""
    return render(request, "tracker/red_flags.html", {"advice": all_advice()})
