"""Rate limits of the anonymous complaint channel (the counting is accounts/throttle.py)."""

from prongsai.accounts.throttle import client_key, hit, is_blocked

__all__ = ["FILING", "REPLIES", "WRONG_RECEIPTS", "client_key", "hit", "is_blocked"]

# (limit, window in seconds)
FILING = (10, 60 * 60)  # complaints filed per client per hour
WRONG_RECEIPTS = (5, 15 * 60)  # wrong receipts per client per 15 minutes
REPLIES = (30, 60 * 60)
