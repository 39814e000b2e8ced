"""What a wrapped text keeps on one line, whatever its width, for the window only (as
formatting.clock_held holds "kl." to its time): a " · " with the word before it, so that it ends
a line and never starts one (Översikt at 900 px: "Utlånade larm (1 försenat)" / "· 1 ur
drift"), a count with its word ("1 försenat", "öppna: 1"), a time of day with the word or date
before it (a unit's history: "tillbaka" / "12.30" alone on the next line), and a name's last
two words ("(stopp" / "1)", "Fleminggatan" / "4"). The one no-break space the window's modules
hold words with."""

from __future__ import annotations

import re

NO_BREAK = "\N{NO-BREAK SPACE}"
DOT = " · "  # between the facts of a line, as formatting.dotted joins them
KEPT_DOT = NO_BREAK + "· "  # the same, a line breaking after it only
_BEFORE_TIME = re.compile(r" (?=\d{2}\.\d{2}\b)")  # the space before "12.30"
_AFTER_COUNT = re.compile(r"(?<=\d) (?=[^\W\d])")  # the space in "1 försenat"
_BEFORE_COUNT = re.compile(r"(?<=:) (?=\d)")  # the space in "öppna: 1"


def dots_kept(text: str) -> str:
    """``text`` whose " · " may end a line but never start one."""
    return text.replace(DOT, KEPT_DOT)


def counts_kept(text: str) -> str:
    """``text`` whose counts stay with the word after them: "(1 försenat)", "7 dagarna" (a
    title at 900 px broke as "(1" / "försenat)"); and a count after a colon with the word
    before it, "(fortfarande öppna: 1)" (a meeting's heading at 900 px left "1)" alone on its
    line)."""
    return _BEFORE_COUNT.sub(NO_BREAK, _AFTER_COUNT.sub(NO_BREAK, text))


def times_kept(text: str) -> str:
    """``text`` whose times of day ("12.30") stay with what is before them: "tillbaka 12.30",
    and a date with its time, "2026-12-04 17.00" (where that and its word are too wide for a
    narrow pane it starts a line, whole)."""
    return _BEFORE_TIME.sub(NO_BREAK, text)


def last_two_kept(text: str) -> str:
    """``text`` whose last two words stay on one line: "(stopp 1)", "Fleminggatan 4"."""
    head, space, last = text.rpartition(" ")
    return f"{head}{NO_BREAK}{last}" if space else text


def phrase_kept(text: str, phrase: str) -> str:
    """``text`` whose ``phrase`` is never broken: "försenat sedan 2026-12-04 17.00" starts a
    line whole (the take-back form broke it as "försenat sedan" / "2026-12-04 17.00")."""
    return text.replace(phrase, phrase.replace(" ", NO_BREAK)) if phrase else text
