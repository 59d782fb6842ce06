"""A fold for a form's optional fields, so a phone shows the essentials and the Save button on one screen."""

from crispy_forms.layout import Fieldset
from crispy_forms.utils import TEMPLATE_PACK


def _worth_showing(bound_field, usual):
    """An error, or a value other than none at all or the usual one (today, for a date)."""
    value = bound_field.value()
    if bound_field.errors:
        return True
    if value in (None, "", [], ()):
        return False
    return usual is None or str(value) != str(usual)


class Folded(Fieldset):
    """Optional fields under a summary (a <details>), which opens by itself when one of its fields holds an
    error or a value other than `usual`: nothing the runner entered, and no mistake the form was sent back
    with, is hidden. The summary is the visible name of its fields (their labels stay for screen readers)."""

    template = "tracker/_folded.html"

    def __init__(self, summary, *fields, usual=None, **kwargs):
        super().__init__(summary, *fields, **kwargs)
        self.usual = usual

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs):
        names = [pointer.name for pointer in self.get_field_names()]
        opened = any(_worth_showing(form[name], self.usual) for name in names)
        with context.push(open=opened):
            return super().render(form, context, template_pack=template_pack, **kwargs)
