"""Pure-Python helpers with no Django imports.

Kept framework-free so they are trivially unit-testable, reusable from management commands,
exports and templates alike, and checked by ``mypy --strict`` and import-linter.
"""
