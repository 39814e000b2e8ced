"""Which of a picker's names typed text points to: a name whose start, or the start of one of
its words, is what was typed ("Anna" is Anna Berglund, not Hanna Björklund; "Lind" is Karin
Lindqvist and Karl-Lindström; "SSR" is "Samverkan Stockholmsregionen (SSR)"). Only when no word
starts so does the text count anywhere inside a name, so that "qvist" still finds someone.

One rule for what a picker's popup offers, what its field takes and whom its refusal names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samverkan_desktop.composed_text import composed

# Where a word starts after: a space, a hyphen (double names), "(" (an organisation's
# abbreviation or region, "SL (Region Stockholm)") and "/".
_WORD_START = re.compile(r"(?<=[\s\-(/])\S")


def _starts_a_word(folded: str, name: str) -> bool:
    return name.startswith(folded) or any(
        name.startswith(folded, word.start()) for word in _WORD_START.finditer(name)
    )


def matching(typed: str, names: Sequence[str]) -> list[int]:
    """The positions in ``names`` that ``typed`` matches, in their order: those it starts a
    word of, or when there are none, those that hold it anywhere. Case and Unicode form (a
    pasted "A" and ring is "Å") do not count; the names are stored composed already."""
    folded = composed(typed.strip()).casefold()
    names_folded = [name.casefold() for name in names]
    by_word = [i for i, name in enumerate(names_folded) if _starts_a_word(folded, name)]
    return by_word or [i for i, name in enumerate(names_folded) if folded in name]
