"""Platform: the Thai working-day calendar (see docs/architecture.md)."""
