"""The risks module: actions (see docs/architecture.md)."""
