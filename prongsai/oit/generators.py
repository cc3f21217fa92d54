"""Which generated page answers an OIT item, recognised by words of the item's Thai title.

The pages themselves are registered by the modules in `agencies.evidence` (below them).
"""

# Which generator answers an item, recognised by words of its Thai title (lists change numbers
# from year to year: O42/O43 in 2566 are O25/O26 in 2569).
TITLE_HINTS: list[tuple[str, tuple[str, ...]]] = [
    (
        "measures_report",
        ("การดำเนินการตามมาตรการส่งเสริมคุณธรรม", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม"),
    ),
    ("measures_plan", ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",)),
    ("complaint_statistics", ("สถิติเรื่องร้องเรียน",)),
    ("complaint_channel", ("ช่องทางแจ้งเรื่องร้องเรียน",)),
    ("service_statistics", ("สถิติการให้บริการ",)),
    ("e_services", ("E-Service",)),
    ("service_manual", ("มาตรฐานการให้บริการ",)),
    ("operating_manual", ("มาตรฐานการปฏิบัติงาน",)),
    ("news", ("ข่าวประชาสัมพันธ์",)),
    ("qa", ("Q&A",)),
    # ITA awareness and No Gift culture activities (O32 in 2566).
    ("ita_activities", ("การสร้างวัฒนธรรม No Gift Policy",)),
]


def generator_for_title(title: str) -> str:
    for key, hints in TITLE_HINTS:
        if any(hint in title for hint in hints):
            return key
    return ""
