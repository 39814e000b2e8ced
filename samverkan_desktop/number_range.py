"""The refusal of a number outside its range, in one pattern with two forms: the range, then
the number refused.

Beside the field it was typed in, whose label says what it is, the refusal asks for the range:
"Ange 1–365 säkerhetskopior (inte 0)." (the window keeps the typed number, in red). Read away
from any field (the command line, a service's refusal), it names the field first:
"Revideringsintervall: 1–120 månader, inte 150.", and leaves out a unit the name already
counts in: "Antal säkerhetskopior att spara: 1–365, inte 0." rather than "… säkerhetskopior"
twice. A long label ("Veckodag för mötesregler som inte anger någon") then stands on its own
before the colon instead of inside a sentence.

A minimum that means "none" (``off``: the function-test interval's 0, "inget krav") is said
with its meaning in both forms, so that the window and the command line give one range:
"Ange 0–365 dagar, 0 för inget krav (inte 400)." and "…: 0–365 (0 för inget krav), inte 400."."""

from __future__ import annotations

import re
from collections.abc import Callable

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

Unit = Callable[[int], str]  # the unit's word for a number: unit_words.months


def range_refusal(
    value: int, minimum: int, maximum: int, *, unit: Unit | None = None, off: str | None = None
) -> str | None:
    """None for a number in range; else what to say beside its field (the unit in the form
    that follows the maximum: "1–12 månader"; ``off``: what the minimum means)."""
    if minimum <= value <= maximum:
        return None
    if off is not None:
        return _off_range(value, minimum, maximum, unit=unit, off=off)
    if unit is None:
        return _("Enter {minimum}–{maximum} (not {value}).").format(
            minimum=minimum, maximum=maximum, value=value
        )
    return _("Enter {minimum}–{maximum} {unit} (not {value}).").format(
        minimum=minimum, maximum=maximum, unit=unit(maximum), value=value
    )


def _off_range(value: int, minimum: int, maximum: int, *, unit: Unit | None, off: str) -> str:
    if unit is None:
        return _("Enter {minimum}–{maximum}, {minimum} for {off} (not {value}).").format(
            minimum=minimum, maximum=maximum, off=off, value=value
        )
    return _("Enter {minimum}–{maximum} {unit}, {minimum} for {off} (not {value}).").format(
        minimum=minimum, maximum=maximum, unit=unit(maximum), off=off, value=value
    )


def named_range_refusal(
    value: int,
    minimum: int,
    maximum: int,
    *,
    name: str,
    unit: Unit | None = None,
    off: str | None = None,
) -> str | None:
    """None for a number in range; else what to say away from its field, naming it."""
    if minimum <= value <= maximum:
        return None
    return _named(str(value), minimum, maximum, name=name, unit=unit, off=off)


def named_text_refusal(
    text: str,
    minimum: int,
    maximum: int,
    *,
    name: str,
    unit: Unit | None = None,
    off: str | None = None,
) -> str:
    """What to say away from its field of text typed for a whole number that is none ("tre",
    "1,5"): the range in named_range_refusal's words, then the text as typed, quoted."""
    typed = _("“{text}”").format(text=text)
    return _named(typed, minimum, maximum, name=name, unit=unit, off=off)


def _named(
    refused: str, minimum: int, maximum: int, *, name: str, unit: Unit | None, off: str | None
) -> str:
    return _("{name}: {range}, not {value}.").format(
        name=name,
        range=named_range_text(minimum, maximum, name=name, unit=unit, off=off),
        value=refused,
    )


def named_range_text(
    minimum: int, maximum: int, *, name: str, unit: Unit | None = None, off: str | None = None
) -> str:
    """The range as a refusal naming ``name`` says it: with its unit ("1–365 dagar") unless the
    name already counts in it ("Dagar mellan …": "0–365"). ``samverkan settings list`` shows
    it beside the setting's name too, so the list and the refusal agree."""
    if unit is not None and _counts_in(name, unit(maximum)):
        unit = None
    return range_text(minimum, maximum, unit=unit, off=off)


def range_text(
    minimum: int, maximum: int, *, unit: Unit | None = None, off: str | None = None
) -> str:
    """ "1–120 månader", "0–365 (0 för inget krav)": a range read away from any field, as the
    refusals above say it (the settings list said "0: inget krav")."""
    span = f"{minimum}–{maximum}" if unit is None else f"{minimum}–{maximum} {unit(maximum)}"
    if off is None:
        return span
    return _("{range} ({minimum} for {off})").format(range=span, minimum=minimum, off=off)


def _counts_in(name: str, unit: str) -> bool:
    """Whether ``name`` already says the unit, as a word of its own ("Veckor före": veckor)."""
    return re.search(rf"\b{re.escape(unit)}\b", name, re.IGNORECASE) is not None


def check_range(
    value: int,
    minimum: int,
    maximum: int,
    *,
    name: str,
    field: str | None = None,
    unit: Unit | None = None,
    off: str | None = None,
) -> None:
    """Refuse a number outside the range, naming the field (the command line prints it; the
    window refuses a typed number beside its field first, with range_refusal)."""
    refusal = named_range_refusal(value, minimum, maximum, name=name, unit=unit, off=off)
    if refusal is not None:
        raise ValidationError(refusal, field=field)
