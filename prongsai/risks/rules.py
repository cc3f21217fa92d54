"""The 5×5 risk matrix: likelihood (1–5) × impact (1–5) = a score of 1–25, read into four bands.

The bands are the ones Thai public agencies commonly use for corruption-risk assessment
(the FRAs guide of the PACC, "คู่มือแนวทางการประเมินความเสี่ยงการทุจริต (Fraud Risk
Assessment)", สำนักงาน ป.ป.ท. 2561, and the OBEC risk reports after it): low 1–3, medium 4–8,
high 9–14, very high 15–25 [I: the band edges differ between guides]. An assessment keeps the
edges and the source it was made with (the officer may change them while it is a draft), so a
later change of the defaults rewrites no year already assessed.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

LOW, MEDIUM, HIGH, VERY_HIGH = "low", "medium", "high", "very_high"
LEVELS = (LOW, MEDIUM, HIGH, VERY_HIGH)
LEVEL_LABELS = {
    LOW: _("Low"),
    MEDIUM: _("Medium"),
    HIGH: _("High"),
    VERY_HIGH: _("Very high"),
}
# The colours of the matrix and the level marks (light enough for black text).
FILLS = {LOW: "#c8e6c9", MEDIUM: "#fff59d", HIGH: "#ffcc80", VERY_HIGH: "#ef9a9a"}
SCALE = (1, 2, 3, 4, 5)
LIKELIHOOD_LABELS = {
    1: _("Rare"),
    2: _("Unlikely"),
    3: _("Possible"),
    4: _("Likely"),
    5: _("Almost certain"),
}
IMPACT_LABELS = {
    1: _("Negligible"),
    2: _("Minor"),
    3: _("Moderate"),
    4: _("Major"),
    5: _("Severe"),
}
DEFAULT_SOURCE = (
    "คู่มือแนวทางการประเมินความเสี่ยงการทุจริต (Fraud Risk Assessment) "
    "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ (สำนักงาน ป.ป.ท.) พ.ศ. ๒๕๖๑: "
    "ระดับความเสี่ยง = โอกาส × ผลกระทบ; ต่ำ ๑–๓ ปานกลาง ๔–๘ สูง ๙–๑๔ สูงมาก ๑๕–๒๕"
)


@dataclass(frozen=True)
class Bands:
    """The lowest score of each band above "low"."""

    medium_from: int = 4
    high_from: int = 9
    very_high_from: int = 15

    def check(self) -> None:
        from django.core.exceptions import ValidationError

        if not 2 <= self.medium_from < self.high_from < self.very_high_from <= 25:
            raise ValidationError(
                _(
                    "The bands must rise: medium from 2 or more, high above medium, very high "
                    "above high and at most 25."
                ),
                code="bands",
            )


DEFAULT_BANDS = Bands()


def score(likelihood: int, impact: int) -> int:
    if likelihood not in SCALE or impact not in SCALE:
        raise ValueError("likelihood and impact go from 1 to 5")
    return likelihood * impact


def level_of_score(value: int, bands: Bands = DEFAULT_BANDS) -> str:
    if value >= bands.very_high_from:
        return VERY_HIGH
    if value >= bands.high_from:
        return HIGH
    if value >= bands.medium_from:
        return MEDIUM
    return LOW


def level(likelihood: int, impact: int, bands: Bands = DEFAULT_BANDS) -> str:
    return level_of_score(score(likelihood, impact), bands)


def band_ranges(bands: Bands) -> list[tuple[str, int, int]]:
    """(level, lowest score, highest score) of each band, low first."""
    return [
        (LOW, 1, bands.medium_from - 1),
        (MEDIUM, bands.medium_from, bands.high_from - 1),
        (HIGH, bands.high_from, bands.very_high_from - 1),
        (VERY_HIGH, bands.very_high_from, 25),
    ]


# The documents are always Thai, whatever the reader's language.
THAI_LEVELS = {LOW: "ต่ำ", MEDIUM: "ปานกลาง", HIGH: "สูง", VERY_HIGH: "สูงมาก"}
THAI_PROGRESS = {
    "not_started": "ยังไม่ดำเนินการ",
    "in_progress": "อยู่ระหว่างดำเนินการ",
    "done": "ดำเนินการแล้ว",
}
