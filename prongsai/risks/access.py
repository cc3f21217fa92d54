"""The risks module: access (see docs/architecture.md)."""
