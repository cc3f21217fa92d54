"""The risks module: queries (see docs/architecture.md)."""
