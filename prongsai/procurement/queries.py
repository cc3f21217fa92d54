"""The procurement module: queries (see docs/architecture.md)."""
