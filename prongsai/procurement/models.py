"""The procurement module: models (see docs/architecture.md)."""
