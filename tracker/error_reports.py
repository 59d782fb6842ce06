"""Error reports without health data.

Django's debug page and the error e-mails to ADMINS show every frame's local variables and the POST data.
In Backtrack those hold notes, pain scores and whole uploaded files, in Django's own frames and the parsers'
as much as in ours, so marking functions one by one with `sensitive_variables` always misses some. This
filter keeps the names and hides every value, in debug mode too (a laptop's journal is still somebody's).
"""

from django.views.debug import SafeExceptionReporterFilter


class HealthDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def is_active(self, request):
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {name: self.cleansed_substitute for name in request.POST}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
