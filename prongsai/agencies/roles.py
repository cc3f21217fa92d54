"""The roles a person can hold in an agency (PRODUCT.md, "Who uses it")."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    STAFF = "staff", _("Staff")
    UNIT_HEAD = "unit_head", _("Unit head")
    ITA_OFFICER = "ita_officer", _("ITA officer")
    COMPLAINT_OFFICER = "complaint_officer", _("Complaint officer")
    ASSET_OFFICER = "asset_officer", _("Asset officer")
    DIRECTOR = "director", _("Director")
    SUPERVISOR = "supervisor", _("Supervisor")


# Not a membership role: granted by User.is_superuser, for the whole installation.
SITE_ADMIN = "site_admin"

ALL_ROLES: frozenset[str] = frozenset(Role.values)
# Who may manage an agency's units and people: the site administrator anywhere, and the
# director of the agency itself (a school's director adds the school's teachers).
PEOPLE_MANAGERS: frozenset[str] = frozenset({SITE_ADMIN, Role.DIRECTOR})
