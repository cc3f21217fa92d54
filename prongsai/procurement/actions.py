"""The procurement module: actions (see docs/architecture.md)."""
