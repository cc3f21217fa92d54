"""Rate limits of the public forms (the counting is accounts/throttle.py)."""

from prongsai.accounts.throttle import hit, is_blocked

__all__ = ["ANSWERING", "ASKING", "hit", "is_blocked"]

# (limit, window in seconds)
ASKING = (10, 60 * 60)  # questions sent per client per hour
# Survey responses per client address per hour: generous, because a class answering in a
# computer room (or a school's Wi-Fi) shares one address; the cookie stops a browser's repeats.
ANSWERING = (120, 60 * 60)
