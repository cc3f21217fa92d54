"""{% load forms_ui %}: what the form partials need to point at fields and describe them.

{{ field|described }}      the widget, with aria-describedby naming its help text and error
{{ field|error_anchor }}   the id a link in the error summary jumps to (first option of a group)
"""

from django import forms, template
from django.utils.safestring import SafeString

register = template.Library()


@register.filter
def described(field: forms.BoundField) -> SafeString:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    attrs: dict[str, str | bool] | None = None
    if ids and field.auto_id:
        attrs = {"aria-describedby": " ".join(ids)}
    return field.as_widget(attrs=attrs)


@register.filter
def error_anchor(field: forms.BoundField) -> str:
    widget = field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{field.auto_id}_0"
    return field.id_for_label or field.auto_id or ""
