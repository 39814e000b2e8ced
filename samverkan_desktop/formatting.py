"""How dates and times are written for people (window, printouts, command line): ISO dates,
ISO week numbers as Swedes write them ("v. 12"), Stockholm local time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from samverkan_desktop.i18n import N_, _, ordinal_number

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")
# A value not given, in the window's cells and facts and the command line's lists alike: an en
# dash, not a word to agree with the noun before it, nor a blank read as a gap (ui.widgets.wording).
EMPTY = "–"


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def week_of_year(week: int, year: int) -> str:
    """ "Vecka 49, 2026": a week named as a heading (the calendar's title, "weekly show")."""
    return _("Week {week}, {year}").format(week=week, year=year)


def week_label(value: dt.date) -> str:
    return _("w. {week}").format(week=value.isocalendar()[1])


def date_with_week(value: dt.date | None) -> str:
    """ "2026-03-12 (v. 11)"."""
    if value is None:
        return ""
    return f"{value.isoformat()} ({week_label(value)})"


def local(value: dt.datetime) -> dt.datetime:
    """An aware datetime in Stockholm time (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(LOCAL_ZONE)


def local_datetime(value: dt.datetime | None) -> str:
    """ "2026-03-12 14:05" in Stockholm time: the values in the command line's JSON and its
    files (its tables and messages write display_datetime's "14.05")."""
    if value is None:
        return ""
    # Not strftime: in a Qt process each call goes through PySide's import hook (strftime
    # imports ``time``), a third of a list's repaint; this is the same text, 10× faster.
    return local(value).isoformat(" ", "minutes")[:16]


def display_datetime(value: dt.datetime | None, *, same_day: dt.date | None = None) -> str:
    """ "2026-03-12 14.05" in Stockholm time: the clock as Swedish writes it, for the window,
    the printouts and the command line's tables (its JSON keeps local_datetime's "14:05"). With
    ``same_day`` (a row that shows its day already) only "14.05" when the moment falls on that
    day.

    The one writer of this text: the alarm printouts and the exercise log each had their own."""
    text = local_datetime(value)
    if not text:
        return ""
    clock = f"{text[11:13]}.{text[14:16]}"
    if same_day is not None and text[:10] == same_day.isoformat():
        return clock
    return f"{text[:10]} {clock}"


def local_time(value: dt.datetime | None) -> str:
    """ "14.05" in Stockholm time."""
    return display_datetime(value)[11:]


def clock_text(value: dt.time | dt.datetime | None) -> str:
    """ "18.30": a time of day as Swedish writes it, as it stands (a walk's or an exercise's
    start, stored without a zone; a meeting's start already in Stockholm time); empty for none.
    Not strftime: slow in a Qt process (see local_datetime) and one writer instead of eight."""
    return "" if value is None else f"{value.hour:02d}.{value.minute:02d}"


def clock_span(start: dt.time | None, end: dt.time | None) -> str:
    """ "18.00–20.00" (a walk's or an exercise's start and end), "18.00" with no end kept,
    empty with no start."""
    if start is None:
        return ""
    if end is None:
        return clock_text(start)
    return f"{clock_text(start)}–{clock_text(end)}"


def with_clock(text: str, value: dt.time | None, end: dt.time | None = None) -> str:
    """``text`` and "kl. 18.30" after it when there is a time: "20 april 2021 kl. 18.30";
    with an end, "20 april 2021 kl. 18.00–20.00". "kl." and the time held together by a
    no-break space: a narrow pane or a printout's line broke them as "kl." / "22.00"."""
    if value is None:
        return text
    return text + " " + unbroken(_("at {time}").format(time=clock_span(value, end)))


WORD_JOINER = "\N{WORD JOINER}"  # no line break here, and nothing drawn
# A span of times, "09.00–10.30": the dash and the end held to the start.
_SPAN_DASH = re.compile(r"(?<=\d)([–-])(?=\d{1,2}[.:]\d{2})")
# A span of days or weeks, "mån 30 nov – sön 6 dec", "vecka 49–53": its dash held to both ends.
_SPACED_DASH = re.compile(r"(?<=\w) (–) (?=\w)")
_CLOSED_DASH = re.compile(r"(?<=\w)(–)(?=\w)")


def _closed_held(text: str) -> str:
    """A closed-up dash held to what follows it: "juni–augusti", "49–53", "09.00–10.30"."""
    return _SPAN_DASH.sub("\\1" + WORD_JOINER, _CLOSED_DASH.sub("\\1" + WORD_JOINER, text))


def span_held(text: str) -> str:
    """``text`` (a calendar's title, "Vecka 49, 2026 · mån 30 nov – sön 6 dec") with each span
    held whole, for the window only, as ``clock_held`` holds a rule's time: a spaced dash by
    no-break spaces on both sides, a closed-up one ("49–53", "09.00–10.30") by a word joiner
    after it. A narrow title broke before the dash ("… mån 4 jan" / "– sön 10 jan"); it now
    breaks elsewhere (after "·"). A spaced dash takes the joiner too: a line may break after a
    dash even before a no-break space ("30 nov –" / "6 dec 2026"). Printouts keep the plain
    text (their fonts lack the joiner)."""
    text = _SPACED_DASH.sub("\N{NO-BREAK SPACE}\\1" + WORD_JOINER + "\N{NO-BREAK SPACE}", text)
    return _closed_held(text)


def clock_held(text: str) -> str:
    """``text`` (a meeting rule read back, "Varje tisdag kl. 09.00–10.30", or a phrase as
    typed, "första tisdagen kl 9") with "kl." held to its time by a no-break space and a span
    held whole by a word joiner after its dash, for the window only: a narrow pane broke it as
    "kl." / "09.00–10.30", and a line breaker may break after a dash ("09.00–" / "10.30"); it
    did after a month's ("utom juni–" / "augusti", "1 gång/månad (ej juni–" / "aug)").
    What is stored, printed (the PDF fonts have no word joiner) and what the command line
    prints keep the plain text; the phrase reader takes either (``unheld``)."""
    text = _closed_held(text)
    word = _("at {time}").format(time="").strip()  # "kl."
    if not word:
        return text
    bare = re.escape(word.rstrip("."))
    return re.sub(rf"\b({bare}\.?) +(?=\d)", "\\1\N{NO-BREAK SPACE}", text)


def unheld(text: str) -> str:
    """``text`` copied from the window without ``clock_held``'s word joiners."""
    return text.replace(WORD_JOINER, "")


def wall_datetime(value: dt.datetime) -> str:
    """ "2026-03-12 14.05" for a naive local time, as it stands (a backup's stamp, read from its
    file name): display_datetime takes a naive time for UTC and would move it an hour or two."""
    return f"{value.date().isoformat()} {clock_text(value)}"


WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)

WEEKDAYS_SHORT = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
MONTHS_SHORT = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def month_of_year(day: dt.date) -> str:
    """ "mars 2027": a month and its year (an exercise planned for a month, no day yet)."""
    return f"{_(MONTHS[day.month - 1])} {day.year}"


def long_date(value: dt.date) -> str:
    """ "Sunday 22 November 2026" (in Swedish: "söndag 22 november 2026")."""
    return _("{weekday} {day} {month} {year}").format(
        weekday=_(WEEKDAYS[value.weekday()]),
        day=value.day,
        month=_(MONTHS[value.month - 1]),
        year=value.year,
    )


def prose_date(value: dt.date | None) -> str:
    """ "5 December 2026" (in Swedish: "5 december 2026"): a day in a printout's running text
    (a sentence, a heading, a subtitle, a letter's footer), where an ISO date reads as a
    table's cell. Tables and the other page footers keep ``iso_date``."""
    if value is None:
        return ""
    return _("{day} {month} {year}").format(
        day=value.day, month=_(MONTHS[value.month - 1]), year=value.year
    )


def iso_period(first: dt.date, last: dt.date) -> str:
    """ "2026-11-01 – 2026-11-30", a single day once, "2026-11-17": a period in a printout's
    footer and its preview's title (its subtitle writes prose_period)."""
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} – {last.isoformat()}"


def prose_period(first: dt.date, last: dt.date) -> str:
    """ "16–22 november 2026", "30 november – 6 december 2026", "28 december 2026 – 3 januari
    2027": a period in a printout's subtitle or heading, each month and year once (the footer's
    and the tables' periods keep ISO dates)."""
    return _period(first, last, MONTHS)


def short_period(first: dt.date, last: dt.date) -> str:
    """ "7–13 dec 2026", "30 nov – 6 dec 2026", "28 dec 2026 – 3 jan 2027": prose_period with
    the months short, for a week in the window's headings."""
    return _period(first, last, MONTHS_SHORT)


def short_days(first: dt.date, last: dt.date) -> str:
    """ "7–13 dec", "30 nov – 6 dec", "28 dec – 3 jan": short_period without its years, for a
    week's title short of room (the week's number says which)."""
    end = _("{day} {month}").format(day=last.day, month=_(MONTHS_SHORT[last.month - 1]))
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{end}"
    start = _("{day} {month}").format(day=first.day, month=_(MONTHS_SHORT[first.month - 1]))
    return f"{start} – {end}"


def prose_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """The two days of a period for a sentence that says them apart ("från den {first} till den
    {last}"), by prose_period's rule: ("1 januari", "5 december 2026"), ("1", "5 december
    2026"), ("28 december 2026", "3 januari 2027"): the year was said twice."""
    return _bounds(first, last, MONTHS)


def _period(first: dt.date, last: dt.date, months: Sequence[str]) -> str:
    if first == last:
        return _whole(last, last.day, months)
    start, end = _bounds(first, last, months)
    # "16–22 november 2026" closes up the days of one month; otherwise the dash is spaced
    dash = "–" if (first.year, first.month) == (last.year, last.month) else " – "
    return f"{start}{dash}{end}"


def _bounds(first: dt.date, last: dt.date, months: Sequence[str]) -> tuple[str, str]:
    """The one rule for a period in words: what the two days share (their month, their year)
    said once, after the last day."""
    end = _whole(last, last.day, months)
    if first.year != last.year:
        return _whole(first, first.day, months), end
    if first.month != last.month:
        return _("{day} {month}").format(day=first.day, month=_(months[first.month - 1])), end
    return str(first.day), end


def _whole(value: dt.date, day: object, months: Sequence[str]) -> str:
    return _("{day} {month} {year}").format(
        day=day, month=_(months[value.month - 1]), year=value.year
    )


def day_and_month(value: dt.date) -> str:
    """ "6 January" ("6 januari"): a day whose year is said beside it, or needs no saying."""
    return _("{day} {month}").format(day=value.day, month=_(MONTHS[value.month - 1]))


def prose_dates(days: Sequence[dt.date]) -> str:
    """ "5 maj, 2 juni, 1 september 2026": days in order as a printout's label/value row reads
    them ("Möten: 3 hållna (…)"), each year once, after its last day: "3 november, 8 december
    2025, 12 januari 2026". Each day kept on one line (it broke as "6" over "oktober"). Tables
    with a date column keep ISO dates."""
    parts = []
    for n, day in enumerate(days):
        last_of_its_year = n + 1 == len(days) or days[n + 1].year != day.year
        parts.append(unbroken(prose_date(day) if last_of_its_year else day_and_month(day)))
    return ", ".join(parts)


def prose_datetime(value: dt.datetime) -> str:
    """ "24 november 2026 kl. 14.05" in Stockholm time: a moment in a printout's sentence or
    label/value row (a loan's due time); its tables keep display_datetime's ISO day."""
    moment = local(value)
    return with_clock(prose_date(moment.date()), moment.time())


def prose_date_with_week(value: dt.date) -> str:
    """ "5 december 2026 (v. 49)": a printout's "per …" in its subtitle (tables keep
    ``date_with_week``'s "2026-12-05 (v. 49)"). The date and the week each kept on one
    line: a subtitle broke as "per 5" over "december 2026"."""
    return f"{unbroken(prose_date(value))} ({unbroken(week_label(value))})"


def day_in_header(day: dt.date, span: str) -> str:
    """ "tisdag 1 december 2026 · 09.00–10.30 · v. 49": a meeting's or an exercise's day and
    time (``span``, left out when empty) as its header writes it."""
    return " · ".join(part for part in (long_date(day), span, week_label(day)) if part)


def weekday_date(value: dt.date) -> str:
    """ "Wednesday 6 January" ("onsdag 6 januari"): long_date without its year, beside a date
    that says it (the meeting rule's next meetings)."""
    return _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS[value.weekday()]), day=value.day, month=_(MONTHS[value.month - 1])
    )


def long_date_with_week(value: dt.date) -> str:
    """ "onsdag 6 januari 2027 (v. 1)": the one form of a day in a printout's heading (a
    meeting's notice and minutes, a walk's checklist and report, an exercise's papers, a day's
    loan log, the Friday summary) and in the window's read-back of a day (the calendar's day,
    a walk's): one binder, one way of writing a day. Its subtitles hold it whole
    (reports.date_phrases.heading_date)."""
    return _("{date} (w. {week})").format(date=long_date(value), week=value.isocalendar()[1])


def near_date(value: dt.date, today: dt.date) -> str:
    """A day close to ``today``, where the year and the month written out are noise: "i dag",
    "i morgon", else "tis 1 dec" (long_date writes it out in full)."""
    if value == today:
        return _("today")
    if value == today + dt.timedelta(days=1):
        return _("tomorrow")
    return _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS_SHORT[value.weekday()]),
        day=value.day,
        month=_(MONTHS_SHORT[value.month - 1]),
    )


def short_date(value: dt.date, today: dt.date) -> str:
    """ "22 feb", with the year when it is not this year's ("22 feb 2028")."""
    text = _("{day} {month}").format(day=value.day, month=_(MONTHS_SHORT[value.month - 1]))
    return text if value.year == today.year else f"{text} {value.year}"


def dotted(*parts: str | None) -> str:
    """ "Anna Berg · Polisen": the parts given, joined by " · "; an empty or missing part is left
    out with its dot (a line never ends in a stray " · ")."""
    return " · ".join(part for part in parts if part)


def unbroken(name: str) -> str:
    """A name quoted in a wrapping line (a button, an area) kept whole: no-break spaces."""
    return name.replace(" ", "\N{NO-BREAK SPACE}")


def thousands(value: int) -> str:
    """ "100 000": digits grouped by three with a no-break space, as Swedish writes them."""
    return f"{value:,}".replace(",", "\u00a0")


def one_decimal(value: float) -> str:
    """ "3 895,7": one decimal after a comma, thousands grouped by a no-break space, as Swedish
    writes them (the alarms' hours out, in the window and on paper alike)."""
    return f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")


def every_months(months: int) -> str:
    """A revision cycle as Swedish says it: "varje månad", "var 12:e månad" (not "var 12
    månader")."""
    if months == 1:
        return _("every month")
    return _("every {nth} month").format(nth=ordinal_number(months))


def every_months_or_years(months: int) -> str:
    """A cycle in whole years as years ("en gång om året", "vartannat år", "vart 3:e år"), any
    other as ``every_months``: "var 24:e månad" is not how a coordinator says it."""
    years, rest = divmod(months, 12)
    if rest or not years:
        return every_months(months)
    if years == 1:
        return _("once a year")
    if years == 2:
        return _("every other year")
    return _("every {nth} year").format(nth=ordinal_number(years))
