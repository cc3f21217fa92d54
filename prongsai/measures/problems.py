"""The one error the measures importers raise: what is wrong, where, and how to fix it.

Messages are Thai and addressed to the person who prepared the file, so they name the line
(text files) or the table, row and cell (HTML and Word files) in the numbering a person sees:
everything counts from 1.
"""

from __future__ import annotations

from typing import Any


class ImportProblem(ValueError):
    """A measures report that cannot be imported as it stands.

    ``message`` says what is wrong and how to fix it; ``line`` (text files) or ``table``,
    ``row`` and ``cell`` (HTML and Word files) say where, all 1-based.  ``str()`` gives the
    location followed by the message, e.g. "บรรทัดที่ 31: แถวนี้มี 4 ช่อง …" or
    "ตารางที่ 3 แถวที่ 2 ช่องที่ 5: …".
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        table: int | None = None,
        row: int | None = None,
        cell: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.table = table
        self.row = row
        self.cell = cell

    @property
    def location(self) -> str:
        """Where the problem is, e.g. "บรรทัดที่ 31" or "ตารางที่ 3 แถวที่ 2"; "" if unknown."""
        parts: list[str] = []
        if self.line is not None:
            parts.append(f"บรรทัดที่ {self.line}")
        if self.table is not None:
            parts.append(f"ตารางที่ {self.table}")
        if self.row is not None:
            parts.append(f"แถวที่ {self.row}")
        if self.cell is not None:
            parts.append(f"ช่องที่ {self.cell}")
        return " ".join(parts)

    def __str__(self) -> str:
        location = self.location
        return f"{location}: {self.message}" if location else self.message

    def __repr__(self) -> str:
        return f"ImportProblem({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep the location when the exception is pickled (e.g. across worker processes).
        return (_rebuild, (self.message, self.line, self.table, self.row, self.cell))


def _rebuild(
    message: str, line: int | None, table: int | None, row: int | None, cell: int | None
) -> ImportProblem:
    return ImportProblem(message, line=line, table=table, row=row, cell=cell)
