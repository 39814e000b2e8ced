"""The months of a meeting rule read from a phrase: those named ("i juni och i december") or
left out ("ej juli"), checked against "N gånger/år" or "N gånger/termin" (each term's months,
vårtermin January–June, hösttermin August–December), or a number of times spread evenly
(``DEFAULT_MONTHS``, ``spread_months``), named among the defaults then."""

from __future__ import annotations

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence.describe import month_list
from samverkan_desktop.recurrence.phrase_scan import Part, Reading
from samverkan_desktop.recurrence.phrase_words import (
    DEFAULT_MONTHS,
    TERMS,
    month_set,
    spread_months,
)


def months_of(reading: Reading, times: tuple[str, int] | None) -> tuple[int, ...]:
    """The months with meetings: those named or left, or a number a year or a term spread."""
    only, excluded = reading.of("only"), reading.of("except")
    if only and excluded:
        raise reading.fail(_("Give either the months with meetings or those without, not both."))
    if times is not None and times[0] == "per_term":
        return _term_months(reading, times[1], only, excluded)
    per_year = times[1] if times is not None else None
    named = _named_months(only)  # "i juni och i december": each part adds its months
    if per_year is not None:
        # "10 gånger/år (ej juli, aug)": the months left are the meetings' months
        if excluded:
            named = set(range(1, 13)) - _named_months(excluded)
        if only or excluded:
            if len(named) != per_year:
                raise reading.fail(_wrong_count(only or excluded, len(named), per_year))
            return tuple(sorted(named))
        if per_year not in DEFAULT_MONTHS:
            raise reading.fail(
                _(
                    "{n} times a year cannot be spread evenly over the year: name the months, "
                    "for example “10 gånger/år, ej juli och augusti”."
                ).format(n=per_year)
            )
        reading.used.append("months")
        return DEFAULT_MONTHS[per_year]
    if only:
        return tuple(sorted(named))
    if excluded:  # "ej juli, ej december": each part leaves out its months
        months = set(range(1, 13)) - _named_months(excluded)
        if not months:
            raise reading.fail(_("Every month is left out: no meeting would remain."))
        return tuple(sorted(months))
    return ()


def _term_months(
    reading: Reading, n: int, only: list[Part], excluded: list[Part]
) -> tuple[int, ...]:
    """ "2 gånger/termin": n months of each term, spread as "N gånger/år" spreads over the
    year, or those named ("i feb, maj, sep och nov"); "(ej juni)" leaves a month out."""
    named, left_out = _named_months(only), _named_months(excluded)
    outside = named - {m for _name, term, _anchor in TERMS for m in term}
    if outside:
        raise reading.fail(
            _(
                "{months} is in neither term (spring: January–June, autumn: August–December)."
            ).format(months=month_list(sorted(outside)).capitalize())
        )
    months: list[int] = []
    for name, term, anchor in TERMS:
        if only:
            chosen = [m for m in term if m in named]
            if len(chosen) != n:
                raise reading.fail(_wrong_term_count(only, _(name), len(chosen), n))
            months.extend(chosen)
            continue
        left = [m for m in term if m not in left_out]
        if left and len(left) < n:
            raise reading.fail(
                ngettext(
                    "{n} times a term is more than once a month: the {term} has {count} "
                    "month with meetings.",
                    "{n} times a term is more than once a month: the {term} has {count} "
                    "months with meetings.",
                    len(left),
                ).format(n=n, term=_(name), count=len(left))
            )
        months.extend(spread_months(left, n, anchor) if left else ())
    if not months:
        raise reading.fail(_("Every month is left out: no meeting would remain."))
    if not only:
        reading.used.append("months")
    return tuple(months)


def _named_months(parts: list[Part]) -> set[int]:
    """The months the parts name, together."""
    return set().union(*(month_set(p.groups["months"]) for p in parts))


def _wrong_term_count(parts: list[Part], term: str, count: int, n: int) -> str:
    """ "”i mars och okt” names 1 month in the spring term, not 2"."""
    return ngettext(
        "“{text}” names {count} month in the {term}, not {n}.",
        "“{text}” names {count} months in the {term}, not {n}.",
        count,
    ).format(text=", ".join(p.text for p in parts), count=count, term=term, n=n)


def _wrong_count(parts: list[Part], count: int, n: int) -> str:
    """ "”juni, sep och dec” names 3 months, not 2", "”ej juli” leaves 11 months, not 10"."""
    if parts[0].kind == "except":
        message = ngettext(
            "“{text}” leaves {count} month, not {n}.",
            "“{text}” leaves {count} months, not {n}.",
            count,
        )
    else:
        message = ngettext(
            "“{text}” names {count} month, not {n}.",
            "“{text}” names {count} months, not {n}.",
            count,
        )
    return message.format(text=", ".join(p.text for p in parts), count=count, n=n)
