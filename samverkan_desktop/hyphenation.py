"""Where a word too long for its line may be broken with a hyphen, as a Swedish reader expects:
between the parts of a compound first ("himmelsfärds-dag", "Säkerhets-samordnarnätverket"),
else before the last consonant ahead of a vowel ("Gyllen-stiernsgatan", "Norr-malms"), two
letters at least either side. A compound's parts are known from a short list of the words the
district's holidays, groups and organisations are made of; any other break is by syllable.
The widget measuring the line chooses among the points (ui.widgets.text_lines)."""

from __future__ import annotations

from dataclasses import dataclass

VOWELS = frozenset("aeiouyåäöéü")
# Two letters read as one sound: never broken apart ("ring-en", not "rin-gen").
KEPT_TOGETHER = frozenset({"ng", "ck", "ch", "sj", "tj", "kj", "dj", "gj", "lj", "hj", "sk"})
# Parts the district's compounds are made of, which a break between parts finds: a part is
# the head of what follows it ("…-dag", "…-grupp") or the first word (with its linking "s",
# "trygghets-").
PARTS = (
    "afton",
    "arbete",
    "arbets",
    "beredning",
    "besiktning",
    "brand",
    "brott",
    "dag",
    "färd",
    "förvaltning",
    "gata",
    "grupp",
    "helg",
    "himmel",
    "kris",
    "ledare",
    "ledning",
    "lokal",
    "midsommar",
    "nätverk",
    "område",
    "plats",
    "polis",
    "samordnar",
    "samråd",
    "samverkan",
    "skydd",
    "stad",
    "stadsdel",
    "stöd",
    "säkerhet",
    "trygghet",
    "trettonde",
    "utbildning",
    "vandring",
)
EDGE = 2  # the fewest letters either side of a break


@dataclass(frozen=True)
class BreakPoint:
    at: int  # the hyphen goes after word[:at]
    between_parts: bool  # a compound's parts (read best), else a syllable


def break_points(word: str) -> list[BreakPoint]:
    """Where ``word`` may take a hyphen, left to right. A break by syllable next to one
    between parts is left out: it falls on the wrong side of a linking "s" or inside the
    head's first sounds ("Nyår-safton", "Krisstödsg-ruppen")."""
    lower = word.lower()
    spots = range(EDGE, len(word) - EDGE + 1)
    letters = [at for at in spots if lower[at - 1].isalpha() and lower[at].isalpha()]
    parts = {at for at in letters if _between_parts(lower[:at], lower[at:])}
    syllables = {
        at for at in letters if _between_syllables(lower, at) and not {at - 1, at + 1} & parts
    }
    return [BreakPoint(at, at in parts) for at in sorted(parts | syllables)]


def _between_parts(head: str, tail: str) -> bool:
    """Before a known part ("…-grupp"), or after one where no linking "s" follows it."""
    if len(head) < 3 or len(tail) < 3:
        return False
    if any(tail.startswith(part) for part in PARTS):
        return True
    return not tail.startswith("s") and any(head.endswith(part) for part in PARTS)


def _between_syllables(lower: str, at: int) -> bool:
    """Before a consonant followed by a vowel, a vowel before it: "him-mel", "Sä-ker"."""
    consonant, vowel = lower[at], lower[at + 1] if at + 1 < len(lower) else ""
    if consonant in VOWELS or vowel not in VOWELS:
        return False
    if lower[at - 1 : at + 1] in KEPT_TOGETHER:
        return False
    return any(letter in VOWELS for letter in lower[:at])
