from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from tracker.forms import RunForm
from tracker.journal import runner_profile
from tracker.models import Run
from tracker.views.common import confirm_delete, refuse_writes


def _own_run(request, pk):
    return get_object_or_404(Run.objects.for_user(request.user), pk=pk)


@sensitive_post_parameters()
@sensitive_variables()
def log_run(request):
    profile = runner_profile(request.user)
    data = request.POST if request.method == "POST" else None
    form = RunForm(data, units=profile.units, today=profile.today())
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
    run = _own_run(request, pk)
    profile = runner_profile(request.user)
    data = request.POST if request.method == "POST" else None
    form = RunForm(data, instance=run, units=profile.units, today=profile.today())
    if data is not None and form.is_valid():
        form.save()
        messages.success(request, "Run updated.")
        return redirect("run_detail", pk=run.pk)
    return render(request, "tracker/run_form.html", {"form": form, "run": run})


def run_detail(request, pk):
    run = _own_run(request, pk)
    refused = refuse_writes(request)
    if refused:
        return refused
    units = runner_profile(request.user).units
    return render(request, "tracker/run_detail.html", {"run": run, "units": units})


@sensitive_post_parameters()
def delete_run(request, pk):
    run = _own_run(request, pk)
    cancel_url = reverse("run_detail", args=[run.pk])
    return confirm_delete(request, run, f"The run of {run.date:%d %b %Y}", cancel_url)
