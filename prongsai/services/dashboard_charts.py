"""The dashboard's charts as inline SVG data (drawn by the templates).

No script, no inline style (the Content-Security-Policy forbids both): bars are sized in
percentages of the chart's width, so the text inside keeps its size on a phone and on a
desktop, and every chart stands beside a table with the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from prongsai.services.dashboard_format import fmt_count, fmt_share
from prongsai.services.statistics import Figures, ServiceStatistics

__all__ = ["Bar", "Chart", "Segment", "standard_chart", "volume_chart"]

# --- Charts (inline SVG) ------------------------------------------------------------------------

ROW_HEIGHT = 40
TEXT_Y = 15
BAR_Y = 21
BAR_HEIGHT = 12
LABEL_LENGTH = 48


@dataclass(frozen=True)
class Segment:
    css: str
    x: str
    width: str


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    title: str
    text_y: int
    bar_y: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    height: int
    bar_height: int
    bars: list[Bar]
    legend: list[tuple[str, str]]


def _pct(value: float) -> str:
    return f"{max(0.0, min(value, 100.0)):.3f}".rstrip("0").rstrip(".") + "%"


def _short(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + "…"


def _bar(index: int, label: str, value: str, title: str, segments: list[Segment]) -> Bar:
    top = index * ROW_HEIGHT
    return Bar(_short(label), value, title, top + TEXT_Y, top + BAR_Y, segments)


def _chart(
    chart_id: str, title: str, description: str, bars: list[Bar], legend: list[tuple[str, str]]
) -> Chart:
    return Chart(chart_id, title, description, len(bars) * ROW_HEIGHT, BAR_HEIGHT, bars, legend)


def volume_chart(stats: ServiceStatistics, chart_id: str = "chart-volume") -> Chart:
    """Requests received each month, online and at the counter stacked."""
    largest = max((row.figures.received for row in stats.months), default=0) or 1
    bars = []
    for index, row in enumerate(stats.months):
        figures = row.figures
        online = figures.online / largest * 100
        counter = figures.at_counter / largest * 100
        segments = []
        if figures.online:
            segments.append(Segment("bar-online", "0", _pct(online)))
        if figures.at_counter:
            segments.append(Segment("bar-counter", _pct(online), _pct(counter)))
        title = _(
            "%(month)s: %(received)s received, %(online)s online, %(counter)s at the counter"
        ) % {
            "month": row.label,
            "received": fmt_count(figures.received),
            "online": fmt_count(figures.online),
            "counter": fmt_count(figures.at_counter),
        }
        bars.append(_bar(index, row.label, fmt_count(figures.received), title, segments))
    return _chart(
        chart_id,
        _("Requests received by month"),
        _("Online and at the counter, stacked. The same figures are in the table by month."),
        bars,
        [
            ("bar-online", pgettext("service statistics", "Online")),
            ("bar-counter", pgettext("service statistics", "At the counter")),
        ],
    )


def standard_chart(
    rows: list[tuple[str, Figures]], description: str, chart_id: str = "chart-standard"
) -> Chart:
    """The share completed within the standard, one bar per row (service or month)."""
    bars = []
    for index, (label, figures) in enumerate(rows):
        share = figures.within_standard_share
        segments = [] if not share else [Segment("bar-standard", "0", _pct(share * 100))]
        title = _(
            "%(label)s: %(share)s completed within the standard (%(within)s of %(timed)s)"
        ) % {
            "label": label,
            "share": fmt_share(share),
            "within": fmt_count(figures.within_standard),
            "timed": fmt_count(figures.timed),
        }
        bars.append(_bar(index, label, fmt_share(share), title, segments))
    return _chart(
        chart_id,
        _("Completed within the standard"),
        description,
        bars,
        [("bar-standard", _("Share completed within the standard time"))],
    )
