from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.urls import path

app_name = "routines"


@login_not_required
def library(request):
    return render(request, "routines/library.html")


urlpatterns = [
    path("", library, name="library"),
]
