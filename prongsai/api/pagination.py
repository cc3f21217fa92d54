from typing import Any

from rest_framework.pagination import LimitOffsetPagination


class Pages(LimitOffsetPagination):
    """limit/offset pages, bounded so absurd numbers cannot overflow the database."""

    default_limit = 100
    max_limit = 500
    max_offset = 10**9

    def get_offset(self, request: Any) -> int:
        return min(super().get_offset(request), self.max_offset)
