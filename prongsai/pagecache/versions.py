"""Versions of the public pages, kept in the "pages" cache (Redis, or the database table).

A version is a random token, never a counter: a bump writes a new one, and a version that is
missing (never written, evicted, culled) is replaced by a new one too, so a page stored under
an old token can never be found again. Losing a version costs hit rate, never freshness.

Keys of one agency A whose chain is A, its parent P, P's parent …:
- `own:A` changes when A's own objects change (P's own change reaches A's pages through it);
- `sub:A` changes when A's or any descendant's objects change (an area office's tables).
A page of A is keyed by `sub:A` and `own:` of each ancestor; a sibling school's write does not
touch it. `global` changes with every change that may show anywhere (an Agency row, a shipped
checklist, any write we cannot place); `site` with every change at all (pages outside any
agency: the index, the API's lists).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.core.cache import caches
from django.core.cache.backends.base import BaseCache

from prongsai.agencies.models import Agency

PAGES = "pages"
GLOBAL = "pc:v:global"
SITE = "pc:v:site"
MAX_DEPTH = 8  # an agency chain longer than this is cut (a cycle cannot loop forever)


def own(agency_id: int) -> str:
    return f"pc:v:own:{agency_id}"


def sub(agency_id: int) -> str:
    return f"pc:v:sub:{agency_id}"


def store() -> BaseCache:
    return caches[PAGES]


def new_token() -> str:
    return secrets.token_hex(8)


def read(keys: list[str]) -> dict[str, str]:
    """The current token of each key; a missing one gets a new token (see the module doc)."""
    cache = store()
    found: dict[str, str] = cache.get_many(keys)
    for key in keys:
        if key not in found:
            token = new_token()
            if not cache.add(key, token, None):
                token = cache.get(key) or token
            found[key] = token
    return found


def bump_all() -> None:
    store().set_many({GLOBAL: new_token(), SITE: new_token()}, None)


def chain_of(agency_id: int) -> list[int]:
    """The agency and its ancestors, nearest first (a few primary-key lookups)."""
    chain: list[int] = []
    current: int | None = agency_id
    while current is not None and current not in chain and len(chain) < MAX_DEPTH:
        chain.append(current)
        current = Agency.objects.filter(pk=current).values_list("parent_id", flat=True).first()
    return chain


def chain_of_slug(slug: str) -> list[int]:
    """The chain of the agency with this slug; [] when no agency has it."""
    agency_id = Agency.objects.filter(slug=slug).values_list("pk", flat=True).first()
    return chain_of(agency_id) if agency_id is not None else []


def bump_agencies(agency_ids: Iterable[int]) -> None:
    """After a change to these agencies' objects: their own and their chains' versions."""
    tokens = {SITE: new_token()}
    for agency_id in agency_ids:
        chain = chain_of(agency_id)
        tokens[own(agency_id)] = new_token()
        for member in chain:
            tokens[sub(member)] = new_token()
    store().set_many(tokens, None)


def page_version_keys(chain: list[int]) -> list[str]:
    """The version keys a page depends on: an agency's page, or a page outside any agency."""
    if not chain:
        return [GLOBAL, SITE]
    return [GLOBAL, sub(chain[0])] + [own(ancestor) for ancestor in chain[1:]]
