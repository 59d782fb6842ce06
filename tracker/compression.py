"""Answers compressed on the wire, except those that hold a lasting secret.

Static files are not handled here: whitenoise serves the .br and .gz files that collectstatic writes next to
each one, and answers before this middleware is reached.

Why some pages stay uncompressed (BREACH): when a page holds a secret beside text an attacker can choose (a
value reflected from the address, say), the compressed size leaks, one guessed character at a time, whether
the guess matches the secret. Django's GZipMiddleware already blunts this with up to 100 random bytes of
padding in every answer ("Heal The Breach"), and the CSRF token is masked anew on every answer, so it never
repeats. A secret that stays the same from answer to answer (an API token or a share link shown once, the
address of a share link or a password reset, an unsubscribe link) is what padding only slows down, so the
views that show one are marked @not_compressed and sent as they are: a few KB more, on pages seldom opened.
"""

from django.middleware.gzip import GZipMiddleware

# Already compressed: a second pass costs CPU on every chunk and saves nothing (the data zip, the report's
# PDF, pictures).
ALREADY_COMPRESSED = ("application/zip", "application/pdf", "image/")


def not_compressed(view_func):
    """Marks a view whose every answer, its errors included, goes uncompressed (see the module's docstring).
    An attribute on the view, like Django's csrf_exempt, so it survives the decorators around it."""
    view_func.compress_answer = False
    return view_func


class GZipUnlessSecretMiddleware(GZipMiddleware):
    def process_view(self, request, view_func, view_args, view_kwargs):
        # Kept on the request, so an answer made from an exception in the view is left alone too.
        request.compress_answer = getattr(view_func, "compress_answer", True)

    def process_response(self, request, response):
        if not getattr(request, "compress_answer", True):
            return response
        if response.get("Content-Type", "").startswith(ALREADY_COMPRESSED):
            return response
        return super().process_response(request, response)
