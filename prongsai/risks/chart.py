"""The 5×5 matrix as an SVG drawn on the server (no script, no library): the positions, colours
and labels of every cell, ready for `risks/matrix.html`."""

from dataclasses import dataclass

from prongsai.risks import rules
from prongsai.risks.queries import Table

CELL = 56
LEFT = 64  # room for the impact numbers and title
TOP = 8
FILLS = rules.FILLS


@dataclass(frozen=True)
class ChartCell:
    x: int
    y: int
    fill: str
    score: int
    numbers: str  # the risks in the cell: "1, 4"
    label: str  # for the title: likelihood, impact, level, risks


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    size: int
    cells: list[ChartCell]
    x_ticks: list[tuple[int, int]]  # (x centre, likelihood)
    y_ticks: list[tuple[int, int]]  # (y centre, impact)
    grid_bottom: int
    grid_right: int
    legend: list[tuple[str, str, int, int, int]]  # fill, label, lowest, highest, number


def chart(data: Table) -> Chart:
    cells = []
    for row_index, row in enumerate(data.matrix):
        for column, cell in enumerate(row):
            level_label = str(rules.LEVEL_LABELS[cell.level])
            numbers = ", ".join(str(number) for number in cell.numbers)
            cells.append(
                ChartCell(
                    x=LEFT + column * CELL,
                    y=TOP + row_index * CELL,
                    fill=FILLS[cell.level],
                    score=cell.score,
                    numbers=numbers,
                    label=f"{cell.likelihood} × {cell.impact} = {cell.score} · {level_label}"
                    + (f" · {numbers}" if numbers else ""),
                )
            )
    bottom = TOP + 5 * CELL
    return Chart(
        width=LEFT + 5 * CELL + 8,
        height=bottom + 48,
        size=CELL,
        cells=cells,
        x_ticks=[(LEFT + (n - 1) * CELL + CELL // 2, n) for n in rules.SCALE],
        y_ticks=[(TOP + (5 - n) * CELL + CELL // 2, n) for n in rules.SCALE],
        grid_bottom=bottom,
        grid_right=LEFT + 5 * CELL,
        legend=[
            (FILLS[key], label, low, high, number) for key, label, low, high, number in data.counts
        ],
    )
