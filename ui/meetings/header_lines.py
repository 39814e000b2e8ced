"""What the meeting editor says under the meeting's title: when and where, and the notes a
reader should not miss (cancelled, moved, kept outside its group's days, on a public
holiday)."""

from __future__ import annotations

from samverkan_desktop.formatting import day_in_header, local_time, long_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.meetings import MeetingDetail
from ui.widgets.kept_together import last_two_kept
from ui.widgets.notice import NOTE_LABEL_STYLE

WARNING_STYLE = (
    "background: #fdf3f2; color: #8a1c12; border: 1px solid #f1c4bf; border-radius: 4px;"
    " padding: 4px 8px;"
)
NOTE_STYLE = NOTE_LABEL_STYLE  # moved or on a holiday: worth noticing, not alarming


def when_text(detail: MeetingDetail) -> str:
    """ "tisdag 1 december 2026 · 09.00–10.30 · v. 49 · Polishuset"."""
    span = f"{local_time(detail.starts_at)}–{local_time(detail.ends_at)}"
    parts = [day_in_header(detail.starts_at.date(), span)]
    if detail.place:
        # Its last two words held together: at 1024 px the street number stood alone on the
        # second line ("… Fleminggatan" / "4").
        parts.append(last_two_kept(detail.place))
    return " · ".join(parts)


def warnings(detail: MeetingDetail) -> list[str]:
    found = []
    if detail.status is MeetingStatus.CANCELLED:
        text = _("Cancelled.")
        if detail.note:
            text += " " + detail.note
        found.append(text)
    if (before := detail.moved_from) is not None:
        text = (
            _("Moved from {day} {time} by the group's rule.")  # off a holiday
            if detail.moved_by_rule
            else _("Moved from {day} {time} (an exception to the group's rule).")
        )
        found.append(text.format(day=long_date(before.date()), time=local_time(before)))
    if outside := detail.outside_group_days:
        # Kept by "End group", or when the start was set later, for the work it holds (the
        # badge says which side).
        if outside.before_start:
            text = _(
                "The group starts on {date}, so this meeting cannot be held; it was kept for "
                "the work it holds. Cancel it under “More”, move it to a day from the start, "
                "or give the group an earlier start by editing it."
            )
        else:
            text = _(
                "The group ended on {date}, so this meeting cannot be held; it was kept for "
                "the work it holds. Cancel it under “More”, or make the group active again by "
                "editing it."
            )
        found.append(text.format(date=long_date(outside.limit)))
    if detail.holiday:
        found.append(_("Falls on a public holiday: {name}.").format(name=detail.holiday))
    return found
