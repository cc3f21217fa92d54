"""The demo's No Gift Policy: the seed school's declarations of 2566, 2567 and 2568 (each
started from the year before, approved by the director; 2568 also in English)."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity.models import Declaration

YEARS = (2566, 2567, 2568)
ENGLISH = {
    "title_en": "No Gift Policy: no gifts of any kind from performing our duties, fiscal year 2568",
    "preamble_en": (
        "Under section 128 of the Organic Act on Anti-Corruption B.E. 2561 (2018), state "
        "officials may accept no property or other benefit except as the National "
        "Anti-Corruption Commission allows. The school therefore declares:"
    ),
    "commitments_en": "\n".join(
        [
            "The director, teachers and all staff will not accept gifts or benefits of any kind "
            "before, during or after performing their duties.",
            "We will not give gifts to our superiors; a greeting card or a signed book of good "
            "wishes will do.",
            "A gift that cannot be refused is reported to the director within 30 days when worth "
            "more than 3,000 baht.",
            "We make this policy known to parents, pupils, contractors and visitors.",
        ]
    ),
}


def load_declarations(school: Agency, say: Callable[[str], None]) -> None:
    if Declaration.objects.filter(agency=school).exists():
        say(f"No Gift Policy: {school.slug} already has its declarations.")
        return
    officer = User.objects.filter(username="ita_officer").first()
    director = User.objects.filter(username="director").first()
    if officer is None or director is None:
        return
    for year in YEARS:
        declaration = actions.start_declaration(
            agency=school, year=year, by=officer, today=date(year - 544, 10, 1)
        )
        if year == YEARS[-1]:
            data = replace(
                actions_data(declaration),
                title_en=ENGLISH["title_en"],
                preamble_en=ENGLISH["preamble_en"],
                commitments_en=ENGLISH["commitments_en"],
            )
            declaration = actions.save_declaration(declaration=declaration, data=data, by=officer)
        actions.approve_declaration(declaration=declaration, by=director)
    say(f"No Gift Policy: declarations {', '.join(map(str, YEARS))} approved at {school.slug}.")


def actions_data(declaration: Declaration) -> actions.DeclarationData:
    return actions.DeclarationData(
        **{
            name: getattr(declaration, name)
            for name in actions.DeclarationData.__dataclass_fields__
        }
    )
