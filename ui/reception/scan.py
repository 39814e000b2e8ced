"""A unit's code scanned into the field after letters were typed: a scanner types where the
cursor is, so "lp" for the borrower and then a unit handed back reads "lpLARM-07"."""

from __future__ import annotations

from collections.abc import Iterable


def split_scan(text: str, codes: Iterable[str]) -> tuple[str, str] | None:
    """(code, letters before it) when ``text`` ends with one of the ``codes`` (any case; the
    longest that fits), else None. ``letters`` is "" when the whole text is the code."""
    typed = text.strip()
    folded = typed.casefold()
    fitting = [code for code in codes if code and folded.endswith(code.casefold())]
    if not fitting:
        return None
    code = max(fitting, key=len)
    return code, typed[: len(typed) - len(code)].strip()
