"""The procurement module: access (see docs/architecture.md)."""
