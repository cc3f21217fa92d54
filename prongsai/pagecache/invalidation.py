"""Every write that may change a public page bumps its versions, after commit.

Two parts, so no feature module has to help:

1. A post_save receiver for every model finds the agencies of the saved object — its foreign
   keys to Agency, or a path of foreign keys that ends at one (found once per model from its
   fields) — and bumps them (and their chains, `versions.bump_agencies`). An Agency row, or an
   object with no agency (a shipped OIT checklist, a user), bumps everything.
2. A database execute wrapper, on every connection, sees each INSERT/UPDATE/DELETE. A statement
   a model save is writing for that model's table is left to the receiver; every other one
   (QuerySet.update, bulk_create, bulk_update, deletes and their cascades, many-to-many rows,
   raw SQL) bumps everything. Tables that never change a public page are in EXCLUDED_TABLES.

Bumps run on commit (`on_commit`): a rolled-back write bumps nothing, and one bump per target
and transaction is queued however many rows it writes. Deletes go through the wrapper, not
delete receivers: a delete receiver on every model would turn Django's fast deletes into
per-object ones and change query counts everywhere.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from typing import Any, cast

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.db.models import Model
from django.db.models.signals import post_save

from prongsai.agencies.models import Agency
from prongsai.pagecache import versions

logger = logging.getLogger(__name__)

# Tables whose rows never show on a public page: sessions, caches and counters, the audit log,
# login throttling, the mail outbox, API tokens and second factors, Django's own bookkeeping.
# Keep this list explicit; a table left out only costs hit rate.
EXCLUDED_TABLES = frozenset(
    {
        "django_session",
        "django_admin_log",
        "django_migrations",
        "prongsai_pages",  # the page cache itself (DatabaseCache)
        "prongsai_counters",  # rate-limit counters (DatabaseCache)
        "auditlog_logentry",
        "axes_accessattempt",
        "axes_accessattemptexpiration",
        "axes_accessfailurelog",
        "axes_accesslog",
        "outbox_outboxmessage",
        "authtoken_token",
        "otp_totp_totpdevice",
        "accounts_secondstepattempts",
    }
)
# Saves that change nothing a public page shows: (model label, the fields saved).
IGNORED_SAVES = frozenset({("accounts.User", frozenset({"last_login"}))})
ALL = "all"
MAX_PATH = 3  # foreign keys followed from a model to find its agency

WRITE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE|REPLACE|MERGE|TRUNCATE|WITH|COPY)\b", re.I)
WITH_WRITE = re.compile(r"\b(?:INSERT|UPDATE|DELETE|MERGE)\b", re.I)
TABLE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|"
    r"DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+[`\"\[]?(\w+)",
    re.I,
)


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE", False))


# ---------------------------------------------------------------- bumps after commit


class Bump:
    """One queued bump: ALL, or an agency id. Equal bumps in one transaction run once."""

    def __init__(self, target: int | str) -> None:
        self.target = target

    def __call__(self) -> None:
        try:
            if self.target == ALL:
                versions.bump_all()
            else:
                versions.bump_agencies([int(self.target)])
        except DatabaseError:
            if _pages_table_missing():
                return  # no table yet (migrate is creating it): no page is stored to go stale
            raise


def _pages_table_missing() -> bool:
    pages = settings.CACHES.get(versions.PAGES, {})
    if not str(pages.get("BACKEND", "")).endswith("DatabaseCache"):
        return False
    with connections["default"].cursor() as cursor:
        names = connections["default"].introspection.table_names(cursor)
    return str(pages.get("LOCATION")) not in names


def schedule(connection: BaseDatabaseWrapper, target: int | str) -> None:
    """Bump target when the current transaction commits (now, outside one)."""
    if not connection.in_atomic_block:
        Bump(target)()
        return
    current = set(connection.savepoint_ids)
    for entry in connection.run_on_commit:
        sids, func = entry[0], entry[1]
        # Queued in this savepoint or an enclosing one: it runs whenever ours would.
        if isinstance(func, Bump) and func.target == target and sids <= current:
            return
    connection.on_commit(Bump(target))


# ---------------------------------------------------------------- model receivers

_paths: dict[type[Model], list[list[str]]] = {}


def agency_paths(model: type[Model]) -> list[list[str]]:
    """Chains of foreign-key names from model to an Agency, shortest first (at most MAX_PATH
    keys long), found from the model's fields: ["agency"], ["plan", "agency"] …"""
    if model in _paths:
        return _paths[model]
    found: list[list[str]] = []
    frontier: list[tuple[type[Model], list[str]]] = [(model, [])]
    seen = {model}
    for _depth in range(MAX_PATH):
        following: list[tuple[type[Model], list[str]]] = []
        for current, path in frontier:
            for field in current._meta.concrete_fields:
                related = field.related_model
                if not (field.many_to_one or field.one_to_one) or not isinstance(related, type):
                    continue
                if issubclass(related, Agency):
                    found.append([*path, field.name])
                elif related not in seen:
                    seen.add(related)
                    following.append((related, [*path, field.name]))
        if found:
            break
        frontier = following
    _paths[model] = found
    return found


def agencies_of(instance: Model, using: str) -> set[int] | None:
    """The agencies whose pages may show this object; None when it may show anywhere."""
    model = type(instance)
    if isinstance(instance, Agency):
        return None
    ids: set[int] = set()
    for path in agency_paths(model):
        first = model._meta.get_field(path[0])
        value = getattr(instance, first.attname)  # type: ignore[union-attr]
        if value is None:
            continue
        if len(path) == 1:
            ids.add(int(value))
            continue
        parent = cast("type[Model]", first.related_model)
        found = (
            parent._default_manager.using(using)
            .filter(pk=value)
            .values_list("__".join(path[1:]), flat=True)
            .first()
        )
        if found is not None:
            ids.add(int(found))
    return ids or None


def on_save(sender: type[Model], instance: Model, using: str, **kwargs: Any) -> None:
    if not enabled() or sender._meta.db_table in EXCLUDED_TABLES:
        return
    fields = kwargs.get("update_fields")
    if fields is not None and (sender._meta.label, frozenset(fields)) in IGNORED_SAVES:
        return
    connection = transaction.get_connection(using)
    agencies = agencies_of(instance, using)
    if agencies is None:
        schedule(connection, ALL)
        return
    for agency_id in sorted(agencies):
        schedule(connection, agency_id)


# ---------------------------------------------------------------- the execute wrapper

_SAVE_TABLE = Model._save_table.__code__  # type: ignore[attr-defined]
FRAMES = 40


def _saved_by_model(table: str) -> bool:
    """Is this statement a model save's own write to table (its post_save will follow)?"""
    frame = sys._getframe(2)
    for _ in range(FRAMES):
        if frame is None:
            return False
        if frame.f_code is _SAVE_TABLE:
            cls = frame.f_locals.get("cls")
            return cls is not None and cls._meta.db_table == table
        frame = frame.f_back  # type: ignore[assignment]
    return False


def written_table(sql: str) -> str | None:
    """The table a writing statement writes ("" when it cannot tell); None for a read."""
    if not WRITE.match(sql):
        return None
    head = sql.lstrip()[:4].upper()
    if head == "WITH" and not WITH_WRITE.search(sql):
        return None
    match = TABLE.match(sql)
    return match.group(1).lower() if match else ""


def execute_wrapper(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    result = execute(sql, params, many, context)
    if enabled() and isinstance(sql, str):
        table = written_table(sql)
        if table is not None and table not in EXCLUDED_TABLES and not _saved_by_model(table):
            schedule(context["connection"], ALL)
    return result


def install(sender: Any = None, connection: BaseDatabaseWrapper | None = None, **kw: Any) -> None:
    """Put the wrapper on a connection (first, so a `with execute_wrapper()` block elsewhere,
    which pops the last one, never takes ours off)."""
    if connection is not None and execute_wrapper not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, execute_wrapper)


def connect() -> None:
    post_save.connect(on_save, dispatch_uid="pagecache.on_save")
    connection_created.connect(install, dispatch_uid="pagecache.install")
    for connection in connections.all(initialized_only=True):
        install(connection=connection)
