"""Thailand's government holidays of 2566–2570 B.E. (2023–2027) that the seed is sure of.

- Every year: the fixed-date holidays below.
- Substitute days (วันหยุดชดเชย) for a holiday that falls on a weekend, as they were announced
  (2023–2025) or as the rule gives them (the next working day; 2026–2027).
- Buddhist holidays (by the lunar calendar): 2023, 2024 and 2025 only. Those of 2026 and 2027,
  the cabinet's special days (วันหยุดพิเศษ) and any change are added by the site administrator.
Labour Day (1 May) is not a holiday of government offices and is not listed.
"""

FIXED: list[tuple[int, int, str, str]] = [
    (1, 1, "วันขึ้นปีใหม่", "New Year's Day"),
    (4, 6, "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์", "Chakri Day"),
    (4, 13, "วันสงกรานต์", "Songkran"),
    (4, 14, "วันสงกรานต์", "Songkran"),
    (4, 15, "วันสงกรานต์", "Songkran"),
    (5, 4, "วันฉัตรมงคล", "Coronation Day"),
    (
        6,
        3,
        "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี",
        "Queen Suthida's Birthday",
    ),
    (
        7,
        28,
        "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว",
        "King Vajiralongkorn's Birthday",
    ),
    (
        8,
        12,
        "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ",
        "The Queen Mother's Birthday and Mother's Day",
    ),
    (
        10,
        13,
        "วันนวมินทรมหาราช",
        "King Bhumibol Adulyadej Memorial Day",
    ),
    (10, 23, "วันปิยมหาราช", "Chulalongkorn Day"),
    (
        12,
        5,
        "วันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร "
        "วันชาติ และวันพ่อแห่งชาติ",
        "King Bhumibol's Birthday, National Day and Father's Day",
    ),
    (12, 10, "วันรัฐธรรมนูญ", "Constitution Day"),
    (12, 31, "วันสิ้นปี", "New Year's Eve"),
]

YEARS = range(2023, 2028)

MAKHA = ("วันมาฆบูชา", "Makha Bucha Day")
VISAKHA = ("วันวิสาขบูชา", "Visakha Bucha Day")
ASAHNA = ("วันอาสาฬหบูชา", "Asahna Bucha Day")
KHAO_PHANSA = ("วันเข้าพรรษา", "Buddhist Lent Day")

# (year, month, day, (Thai, English))
LUNAR: list[tuple[int, int, int, tuple[str, str]]] = [
    (2023, 3, 6, MAKHA),
    (2023, 6, 3, VISAKHA),
    (2023, 8, 1, ASAHNA),
    (2023, 8, 2, KHAO_PHANSA),
    (2024, 2, 24, MAKHA),
    (2024, 5, 22, VISAKHA),
    (2024, 7, 20, ASAHNA),
    (2024, 7, 21, KHAO_PHANSA),
    (2025, 2, 12, MAKHA),
    (2025, 5, 11, VISAKHA),
    (2025, 7, 10, ASAHNA),
    (2025, 7, 11, KHAO_PHANSA),
]

SUBSTITUTE_TH = "วันหยุดชดเชย"
SUBSTITUTE_EN = "Substitute holiday"

# (year, month, day, for which holiday in Thai, in English)
SUBSTITUTES: list[tuple[int, int, int, str, str]] = [
    (2023, 1, 2, "วันขึ้นปีใหม่", "New Year's Day"),
    (2023, 4, 17, "วันสงกรานต์", "Songkran"),
    (2023, 6, 5, "วันวิสาขบูชาและวันเฉลิมพระชนมพรรษาฯ", "Visakha Bucha and the Queen's Birthday"),
    (2023, 8, 14, "วันแม่แห่งชาติ", "Mother's Day"),
    (2023, 12, 11, "วันรัฐธรรมนูญ", "Constitution Day"),
    (2024, 1, 2, "วันสิ้นปี", "New Year's Eve"),
    (2024, 2, 26, "วันมาฆบูชา", "Makha Bucha Day"),
    (2024, 4, 8, "วันจักรี", "Chakri Day"),
    (2024, 4, 16, "วันสงกรานต์", "Songkran"),
    (2024, 5, 6, "วันฉัตรมงคล", "Coronation Day"),
    (2024, 7, 22, "วันอาสาฬหบูชา", "Asahna Bucha Day"),
    (2024, 7, 29, "วันเฉลิมพระชนมพรรษาฯ", "the King's Birthday"),
    (2024, 10, 14, "วันนวมินทรมหาราช", "King Bhumibol Adulyadej Memorial Day"),
    (2025, 4, 7, "วันจักรี", "Chakri Day"),
    (2025, 4, 16, "วันสงกรานต์", "Songkran"),
    (2025, 5, 5, "วันฉัตรมงคล", "Coronation Day"),
    (2025, 5, 12, "วันวิสาขบูชา", "Visakha Bucha Day"),
    (2026, 12, 7, "วันพ่อแห่งชาติ", "Father's Day"),
    (2027, 10, 25, "วันปิยมหาราช", "Chulalongkorn Day"),
    (2027, 12, 6, "วันพ่อแห่งชาติ", "Father's Day"),
]


def rows() -> list[tuple[str, str, str]]:
    """(ISO date, Thai name, English name), one per date (two holidays on one day: joined)."""
    days: dict[str, tuple[str, str]] = {}

    def put(iso: str, th: str, en: str) -> None:
        if iso in days:
            old_th, old_en = days[iso]
            th, en = f"{old_th} และ{th}", f"{old_en}; {en}"
        days[iso] = (th, en)

    for year in YEARS:
        for month, day, th, en in FIXED:
            put(f"{year:04d}-{month:02d}-{day:02d}", th, en)
    for year, month, day, (th, en) in LUNAR:
        put(f"{year:04d}-{month:02d}-{day:02d}", th, en)
    for year, month, day, for_th, for_en in SUBSTITUTES:
        put(
            f"{year:04d}-{month:02d}-{day:02d}",
            f"{SUBSTITUTE_TH}{for_th}",
            f"{SUBSTITUTE_EN} for {for_en}",
        )
    return sorted((iso, th, en) for iso, (th, en) in days.items())
