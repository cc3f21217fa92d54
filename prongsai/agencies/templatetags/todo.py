"""{% todo_list %}: the person's to-do list at the top of the staff home."""

from typing import Any

from django import template
from django.utils import timezone

from prongsai.agencies.todo import Asker, todo_for

register = template.Library()


@register.inclusion_tag("includes/todo.html", takes_context=True)
def todo_list(context: template.Context) -> dict[str, Any]:
    request = context["request"]
    asker = Asker(
        user=request.user,
        agency=context["agency"],
        roles=frozenset(getattr(request, "roles", frozenset())),
        today=timezone.localdate(),
    )
    return {"groups": todo_for(asker)}
