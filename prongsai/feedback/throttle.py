"""Rate limit of the public questions form (the counting is accounts/throttle.py)."""

from prongsai.accounts.throttle import hit, is_blocked

__all__ = ["ASKING", "hit", "is_blocked"]

# (limit, window in seconds)
ASKING = (10, 60 * 60)  # questions sent per client per hour
