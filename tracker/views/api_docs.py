from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.views.decorators.http import require_GET


@login_not_required
@require_GET
def docs(request):
    """The API's reference, drawn by Swagger UI (vendored) from /api/v1/openapi.json."""
    return render(request, "tracker/api_docs.html")
