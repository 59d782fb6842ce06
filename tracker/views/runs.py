from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from tracker.forms import RunForm
from tracker.journal import runner_profile
from tracker.models import Run
from tracker.views.common import asked_date, confirm_delete, own_entry, refuse_writes


@sensitive_post_parameters()
@sensitive_variables()
def log_run(request):
    profile = runner_profile(request.user)
    data = request.POST if request.method == "POST" else None
    today = profile.today()
    form = RunForm(data, initial={"date": asked_date(request, today)}, units=profile.units, today=today)
    if data is not None and form.is_valid():
        run = form.save(commit=False)
        run.user = request.user
        run.save()
        messages.success(request, "Run saved.")
        return redirect("run_detail", pk=run.pk)
    return render(request, "tracker/run_form.html", {"form": form})


@sensitive_post_parameters()
@sensitive_variables()
def edit_run(request, pk):
    run = own_entry(request, Run.objects, pk)
    profile = runner_profile(request.user)
    data = request.POST if request.method == "POST" else None
    form = RunForm(data, instance=run, units=profile.units, today=profile.today())
    if data is not None and form.is_valid():
        form.save()
        messages.success(request, "Run updated.")
        return redirect("run_detail", pk=run.pk)
    return render(request, "tracker/run_form.html", {"form": form, "run": run})


def run_detail(request, pk):
    run = own_entry(request, Run.objects, pk)
    refused = refuse_writes(request)
    if refused:
        return refused
    units = runner_profile(request.user).units
    return render(request, "tracker/run_detail.html", {"run": run, "units": units})


@sensitive_post_parameters()
def delete_run(request, pk):
    return confirm_delete(request, own_entry(request, Run.objects, pk), "run", "run_detail")
