"""The words of the phrase reader: Swedish vocabulary, the patterns that claim parts of a phrase,
and what the matched words mean (how often, which ordinal, weekday, months)."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import math
import re
from collections.abc import Sequence
from fractions import Fraction

from samverkan_desktop.i18n import N_


def spread_months(months: Sequence[int], n: int, anchor: int) -> tuple[int, ...]:
    """``n`` of ``months`` (sorted), as evenly spaced as they allow, one of them ``anchor`` (the
    month a term's work gets going: September, March) or the first after it."""
    step = Fraction(len(months), n)
    offset = min(bisect.bisect_left(months, anchor), len(months) - 1) % step
    return tuple(months[math.floor(offset + i * step)] for i in range(n))


YEAR = tuple(range(1, 13))
# The terms of "N gånger/termin" (vårtermin, hösttermin): name, months, the month spread from.
TERMS = (
    (N_("spring term"), (1, 2, 3, 4, 5, 6), 3),
    (N_("autumn term"), (8, 9, 10, 11, 12), 9),
)
# "N gånger/år" without months named: evenly spaced months (those that divide the year evenly),
# one in September, so Outlook can show them; every month is no month filter.
DEFAULT_MONTHS: dict[int, tuple[int, ...]] = {
    n: spread_months(YEAR, n, 9) if n < 12 else () for n in (1, 2, 3, 4, 6, 12)
}
DAYPARTS = {
    "morgon": (dt.time(8, 0), 6, 10),
    "förmiddag": (dt.time(9, 0), 6, 12),
    "lunch": (dt.time(12, 0), 11, 14),
    "eftermiddag": (dt.time(13, 0), 12, 18),
    "kväll": (dt.time(18, 0), 16, 23),
}
DAYPART_WORDS = {
    "fm": "förmiddag",
    "em": "eftermiddag",
    "lunchtid": "lunch",
    "kvällstid": "kväll",
}

NUMBER_WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "tolv": 12}
ORDINAL_WORDS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": -1, "annan": 2}
WEEKDAY_STEMS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
MONTH_WORDS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
FILLER_WORDS = {
    "och", "i", "på", "om", "samt", "per", "med", "möte", "möten", "mötet", "träff", "träffar",
    "ses", "träffas", "möts", "kl", "klockan",
}  # fmt: skip

NUM = r"(?P<num>\d{1,6}|en|ett|två|tre|fyra|fem|sex|tolv)"
WD = r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar(?:na)?|en|s)?"
# In a range ("mån–fre") a weekday may be cut short.
WD_OR_SHORT = rf"(?:{WD}|(?:mån|tis|ons|tors|fre|lör|sön)\b\.?)"
WORKDAYS = (0, 1, 2, 3, 4)  # "vardagar": Monday to Friday
MONTH = (
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\b\.?"
)
MONTHSPEC = rf"{MONTH}(?:\s*-\s*{MONTH})?(?:\s*(?:,|och|&|samt)\s*{MONTH}(?:\s*-\s*{MONTH})?)*"
ISO = r"\d{4}-\d{2}-\d{2}"
# A start or end as Swedes write it: "2027-01-14", "14 januari (2027)", "14 jan", "14/1 (2027)".
DAY = rf"{ISO}|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:(?:\s+|/)\d{{4}})?"
T = r"\d{1,2}(?:[.:]\d{2})?"
# "t.o.m.", "t o m", "fr.o.m.", "fr o m": dots or spaces between the letters, never none: bare
# "tom" is the Swedish word for "empty", and "from" is no Swedish.
_GAP = r"(?:\s*\.\s*|\s+)"
UNTIL_WORDS = rf"till\s+och\s+med|t{_GAP}o{_GAP}m\b\.?|till"
FROM_WORDS = rf"från\s+och\s+med|fr{_GAP}o{_GAP}m\b\.?|från"
ORD = r"första|andra|tredje|fjärde|sista|1\s*:\s*a|2\s*:\s*a|3\s*:\s*e|4\s*:\s*e"
EVERY = r"varje|varannan|var\s+(?:annan|tredje|fjärde|\d{1,6}\s*:\s*[ae]|\d{1,6})"

# Order matters: earlier patterns claim their words first.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(regex))
    for kind, regex in (
        ("place", r"\bplats\s*:\s*(?P<place>.*)$"),
        # "4 gånger/år eller fler vid behov", "… samt vid behov" (as the papers write it): the
        # extra meetings are single meetings added when needed, nothing the rule holds.
        (
            "as_needed",
            r"\b(?:(?:eller|och|samt)\s+(?:fler|flera|oftare|tätare)\s+)?"
            r"(?:(?:samt|och|eller)\s+)?vid\s+behov\b",
        ),
        # "inför chefsamråd", "en vecka före varje möte i chefsamrådet": the group's name runs to
        # a comma, a bracket, the end, or a word another pattern claims (samt, kl, plats: …).
        (
            "before",
            rf"\b(?:(?P<lead>{NUM})\s+(?P<lead_unit>veckor|vecka|dagar|dag)\s+)?(?:inför|före)\s+"
            r"(?:(?:varje|alla)\s+)?(?:möten?\s+(?:i|med)\s+)?(?P<name>[^\s,;()][^,;()]*?)"
            r"(?=\s*[,;()]|\s*$|\s+(?:samt|eller|kl\b|klockan|vid\s|plats\s*:"
            rf"|(?:{FROM_WORDS}|{UNTIL_WORDS})(?!\w)|utom|ej|inte|varje|varannan|jämna|udda|{WD}|\d))",
        ),
        ("until", rf"\b(?:{UNTIL_WORDS})\s+(?P<date>{DAY})"),
        ("from", rf"\b(?:{FROM_WORDS})\s+(?P<date>{DAY})"),
        (
            "exdates",
            rf"\b(?:inte|ej|utom)\s+(?:den\s+)?(?P<dates>{ISO}(?:\s*(?:,|och)\s*{ISO})*)",
        ),
        ("date", rf"(?:\bden\s+)?\b(?:{ISO}|\d{{1,2}}\s*:?\s*[ae]?\s+{MONTH}(?:\s+\d{{4}})?)"),
        (
            "count",
            rf"\b{NUM}\s*(?:gång(?:er)?|ggr|g)\s*(?:/|\bper\b|\bi\b|\bom\b)\s*(?:den\s+|en\s+)?"
            r"(?P<unit>veckan|vecka|månaden|månad|mån\b\.?|året|år|kvartalet|kvartal|terminen|termin)\b",
        ),
        ("adverb", r"\b(?P<adv>veckovis|månadsvis|månatligen|kvartalsvis|halvårsvis|årligen)\b"),
        (
            "parity",
            r"\b(?:(?:under|på|i)\s+)?(?P<parity>jämn|jämna|udda|ojämn|ojämna)\s+"
            r"(?:veckor(?:na)?|veckan?|veckonummer|v\b\.?)",
        ),
        ("nth", rf"\b(?P<ord>{ORD})\s+(?P<wd>{WD})\b(?:\s+i\s+(?:varje\s+)?månaden?\b)?"),
        (
            "every",
            rf"\b(?P<every>{EVERY})\s+(?P<unit>veckan|vecka|månaden|månad|kvartal|år)\b",
        ),
        (
            "weekday_range",
            rf"\b(?:(?P<prefix>varje|alla)\s+)?(?P<wd1>{WD_OR_SHORT})\s*(?:-|till)\s*"
            rf"(?P<wd2>{WD_OR_SHORT})(?!\w)",
        ),
        ("workdays", r"\b(?:(?P<prefix>varje|alla)\s+)?(?P<word>vardag(?:ar(?:na)?|en|s)?)\b"),
        ("weekday", rf"\b(?:(?P<prefix>varje|varannan|alla)\s+)?(?P<wd>{WD})\b"),
        (
            "month_day",
            r"\b(?:den|dag)\s+(?P<day>\d{1,6})(?:\s*:\s*[ae])?\b(?:\s+i\s+(?:varje\s+)?månaden?\b)?",
        ),
        ("time", rf"\b(?:kl\b\.?|klockan)\s*(?P<t1>{T})(?:\s*(?:-|till)\s*(?P<t2>{T}))?"),
        ("time", rf"(?<![\d.:])(?P<t1>{T})\s*-\s*(?P<t2>{T})(?![\d.:])"),
        (
            "daypart",
            r"\b(?P<part>förmiddag(?:en|ar)?|fm|eftermiddag(?:en|ar)?|em|morgon(?:en)?"
            r"|lunch(?:tid)?|kväll(?:en|ar|stid)?)\b",
        ),
        (
            "except",
            rf"\(?\s*\b(?:ej|utom|inte|förutom|uppehåll)\s+(?:i\s+|under\s+)?"
            rf"(?P<months>{MONTHSPEC}|sommar(?:en)?\b)\s*\)?",
        ),
        ("only", rf"\b(?:(?:endast|bara|enbart)\s+)?(?:i\s+|under\s+)?(?P<months>{MONTHSPEC})"),
    )
]
SEPARATORS = re.compile(r"[^\s,.;:()/&+\-]+")


def frequency_of(kind: str, groups: dict[str, str]) -> tuple[str, int] | None:
    """What one part says about how often: ("weekly", interval), ("monthly", interval),
    ("per_year", times), ("per_term", times) or ("per_week", times); None if it says nothing."""
    if kind == "count":
        number = NUMBER_WORDS.get(groups["num"]) or int(groups["num"])
        unit = groups["unit"]
        if unit.startswith("veck"):
            return ("weekly", 1) if number == 1 else ("per_week", number)
        if unit.startswith("mån"):
            return ("monthly", 1) if number == 1 else ("per_year", number * 12)
        if unit.startswith("kvartal"):
            return ("per_year", number * 4)
        if unit.startswith("termin"):
            return ("per_term", number)
        return ("per_year", number)
    if kind == "adverb":
        return {
            "veckovis": ("weekly", 1),
            "månadsvis": ("monthly", 1),
            "månatligen": ("monthly", 1),
            "kvartalsvis": ("per_year", 4),
            "halvårsvis": ("per_year", 2),
            "årligen": ("per_year", 1),
        }[groups["adv"]]
    if kind == "every":
        interval = interval_of(groups["every"])
        unit = groups["unit"]
        if unit.startswith("veck"):
            return ("weekly", interval)
        if unit.startswith("mån"):
            return ("monthly", interval)
        if unit == "kvartal":
            return ("per_year", 4) if interval == 1 else ("monthly", 3 * interval)
        return ("per_year", 1) if interval == 1 else ("monthly", 12 * interval)
    if kind == "weekday" and groups.get("prefix"):
        return ("weekly", 2 if groups["prefix"] == "varannan" else 1)
    if kind == "parity":
        return ("weekly", 1)  # every even (odd) week
    if kind in ("weekday_range", "workdays") and groups.get("prefix"):
        return ("weekly", 1)  # "varje vardag", "alla vardagar", "varje mån–fre"
    return None


def lead_days_of(groups: dict[str, str]) -> int:
    """ "två veckor inför …" → 14, "3 dagar före …" → 3; none said: a week."""
    if not groups.get("lead"):
        return 7
    number = NUMBER_WORDS.get(groups["lead"]) or int(groups["lead"])
    return number * 7 if groups["lead_unit"].startswith("veck") else number


def interval_of(word: str) -> int:
    word = " ".join(word.split())
    if word == "varje":
        return 1
    if word in ("varannan", "var annan"):
        return 2
    rest = word.removeprefix("var").strip()
    if rest in ORDINAL_WORDS:
        return ORDINAL_WORDS[rest]
    return int(re.sub(r"\D", "", rest.split(":")[0]) or 0)


def ordinal_of(word: str) -> int:
    word = re.sub(r"\s+", "", word)
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    return int(word[0])


def weekday_of(word: str) -> int:
    """The weekday a word names (0 = Monday): "tisdagen", "torsdagar", or "tors" in a range."""
    return next(i for i, stem in enumerate(WEEKDAY_STEMS) if word.startswith(stem))


def weekday_range(first: str, last: str) -> set[int]:
    """The days from ``first`` to ``last`` ("måndag–fredag"), across the weekend if need be."""
    day, end = weekday_of(first), weekday_of(last)
    days = {day}
    while day != end:
        day = (day + 1) % 7
        days.add(day)
    return days


def is_odd_weeks(word: str) -> bool:
    return word in ("udda", "ojämn", "ojämna")


def day_of(text: str, on_or_after: dt.date) -> dt.date:
    """The day a start or end names (see ``DAY``); without a year, its first turn on or after
    ``on_or_after`` ("från 14 januari" written in December: next year's). ValueError if none."""
    if re.fullmatch(ISO, text):
        return dt.date.fromisoformat(text)
    numbers = re.findall(r"\d+", text)
    words = re.findall(r"[a-zåäö]+", text)
    day = int(numbers[0])
    month = MONTH_WORDS[words[0]] if words else int(numbers[1])
    year = int(numbers[-1]) if len(numbers[-1]) == 4 else None
    if year is not None:
        return dt.date(year, month, day)
    dt.date(2000, month, day)  # a day some year has (29 February too), else ValueError
    for year in range(on_or_after.year, on_or_after.year + 9):
        with contextlib.suppress(ValueError):  # 29 February: a leap year's
            if (found := dt.date(year, month, day)) >= on_or_after:
                return found
    raise ValueError(text)


def month_set(spec: str) -> set[int]:
    if spec.startswith("sommar"):
        return {6, 7, 8}
    months: set[int] = set()
    for item in re.split(r"\s*(?:,|\boch\b|&|\bsamt\b)\s*", spec):
        if not item:
            continue
        ends = [MONTH_WORDS[m.rstrip(".")] for m in re.findall(r"[a-zåäö]+\.?", item)]
        if len(ends) == 1:
            months.add(ends[0])
        elif len(ends) == 2:
            month = ends[0]
            while True:
                months.add(month)
                if month == ends[1]:
                    break
                month = month % 12 + 1
    return months
