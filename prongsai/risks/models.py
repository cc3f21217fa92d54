"""The risks module: models (see docs/architecture.md)."""
