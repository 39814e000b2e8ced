"""Pieces the notice/agenda and the minutes share (on reports/style.py, no style of their own):
the meeting's facts, free text with bullet lines, and the actions table."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from samverkan_desktop.enums import MeetingStatus
from samverkan_desktop.formatting import EMPTY, clock_text, long_date_with_week, prose_date
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.people_cells import responsible_cell
from samverkan_desktop.reports.style import (
    WARN,
    bullet,
    escape,
    markup,
    paragraph,
    table,
    warning,
)
from samverkan_desktop.services.action_rows import ActionNoteRow, ActionRow
from samverkan_desktop.services.meeting_rows import MeetingDetail, MeetingRef

BULLET_MARKS = ("- ", "– ", "• ", "* ")


def when(detail: MeetingDetail | MeetingRef) -> str:
    """ "tisdag 1 december 2026 (v. 49)"."""
    return long_date_with_week(detail.starts_at.date())


def time_span(detail: MeetingDetail | MeetingRef) -> str:
    return f"{clock_text(detail.starts_at)}–{clock_text(detail.ends_at)}"


def meeting_facts(detail: MeetingDetail) -> list[tuple[str, str | None]]:
    rows: list[tuple[str, str | None]] = [
        (_("Date"), when(detail)),
        (_("Time"), time_span(detail)),
        (_("Place"), detail.place or _("To be announced")),
    ]
    if detail.title:
        rows.insert(0, (_("Meeting"), detail.title))
    if detail.convener:
        rows.append((_("Convener"), detail.convener))
    return rows


def status_warnings(detail: MeetingDetail) -> list[Flowable]:
    """A cancelled meeting or one on a public holiday says so at the top, in red (minutes are
    printed of a meeting held only: meeting_common.no_minutes_reason)."""
    notes = []
    if detail.status is MeetingStatus.CANCELLED:
        text = _("The meeting is cancelled.")
        if detail.note:
            text += " " + detail.note
        notes.append(text)
    if outside := detail.outside_group_days:
        if outside.before_start:
            text = _("The group starts on {date}: this meeting cannot be held.")
        else:
            text = _("The group ended on {date}: this meeting cannot be held.")
        notes.append(text.format(date=prose_date(outside.limit)))
    if detail.holiday:
        notes.append(_("Note: {date} is a public holiday ({name}).").format(
            date=prose_date(detail.starts_at.date()), name=detail.holiday
        ))  # fmt: skip
    return [warning(n) for n in notes]


def text_block(text: str | None, empty: str | None = None) -> list[Flowable]:
    """Free text as paragraphs; lines starting with "- " become bullets."""
    if not text or not text.strip():
        return [paragraph(empty, "small")] if empty else []
    story: list[Flowable] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            story.append(paragraph("\n".join(buffer)))
            buffer.clear()

    for line in text.strip().splitlines():
        stripped = line.strip()
        if stripped.startswith(BULLET_MARKS):
            flush()
            story.append(bullet(stripped[2:].strip()))
        elif stripped:
            buffer.append(stripped)
        else:
            flush()
    flush()
    return story


def _note_date(note: ActionNoteRow, minutes_of: MeetingDetail | None) -> str:
    """The note's day; in the minutes, a note recorded for this meeting before its day (a
    meeting ahead of today: the note keeps the day it was written) says it was written in
    advance, so "2026-12-03: Klart" does not read as reported at a meeting on 2026-12-10."""
    day = note.noted_on.isoformat()
    if (
        minutes_of is not None
        and note.meeting_id == minutes_of.id
        and note.noted_on < minutes_of.starts_at.date()
    ):
        return _("{date} (written in advance)").format(date=day)
    return day


def actions_table(
    rows: Sequence[ActionRow],
    empty: str,
    *,
    with_notes: bool = False,
    minutes_of: MeetingDetail | None = None,
    continued: str | None = None,
) -> Flowable:
    """Numbered actions: what, who, by when, status (and the latest follow-up note; for the
    minutes of ``minutes_of``, marked when written ahead of it). ``continued``: what a next
    page's part goes on under, as ``table``'s."""
    headers = [_("No."), _("Action"), _("Responsible"), _("Due"), _("Status")]
    data = []
    overdue = []
    for number, row in enumerate(rows, start=1):
        what: str | Flowable = row.title
        if with_notes and row.last_note is not None:
            what = markup(
                escape(row.title) + f'<br/><font size="8" color="#5f6b7a">'
                f"{escape(_note_date(row.last_note, minutes_of))}: "
                f"{escape(row.last_note.text)}</font>",
                "cell",
            )
        status = _(row.status.label)
        if row.overdue:
            status += " · " + _("overdue")  # as the walk and action printouts write it
            overdue.append(("TEXTCOLOR", (4, number), (4, number), WARN))
        # Plain text where no markup is needed: the table draws it without a paragraph (see
        # style.cell_text), the same look at a fraction of the time.
        data.append(
            [
                str(number),
                what,
                responsible_cell(row.responsible_person, row.responsible),
                row.due_on.isoformat() if row.due_on else EMPTY,
                status,
            ]
        )
    return table(
        headers, data, [10, 68, 45, 22, 25], empty, extra_style=overdue, continued=continued
    )
