"""Save meetings as an .ics calendar file for Outlook (one group or all), and the printouts of one
meeting (notice/agenda, minutes) in the in-app preview.

icalendar and the report builders (ReportLab and its fonts, 20 MiB together) are imported when
first used, like every area's printouts: the calendar and the meeting editor open without them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from samverkan_desktop import output_files
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.meetings import MeetingDetail
from ui.context import AppContext
from ui.widgets.dialogs import show_error, show_info
from ui.widgets.file_dialogs import save_file
from ui.widgets.pdf_preview import preview_in_background


def file_stem(text: str) -> str:
    """A file name from a group's name (no characters a file system refuses)."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip() or _("Meetings")


def export_calendar(
    parent: QWidget,
    ctx: AppContext,
    group_id: int | None,
    group_name: str | None,
    filters: CalendarFilter | None = None,
) -> Path | None:
    """Ask where, then write the calendar file; returns the path written (None: not saved).
    ``filters``: the calendar's, so that the file holds the groups the calendar shows."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = file_stem(group_name) if group_name else _("All meetings")
    chosen = save_file(
        parent, _("Export to Outlook"), Path(folder) / f"{name}.ics", _("Calendar files (*.ics)")
    )
    if chosen is None:
        return None
    path = output_files.with_ending(chosen, output_files.ICS)
    from samverkan_desktop.exports.ics import export_ics

    try:
        output_files.check_target(path)  # never over a database
        output_files.write_bytes(path, ctx.call(export_ics, group_id, filters))
    except DomainError as error:
        show_error(parent, error)
        return None
    show_info(
        parent,
        _("Saved:\n{path}\nOpen it in Outlook to add or update the meetings.").format(path=path),
        paths=[path],
    )
    return path


def _stem(detail: MeetingDetail) -> str:
    return f"{file_stem(detail.group_name)} {detail.starts_at.date().isoformat()}"


def preview_agenda(parent: QWidget, ctx: AppContext, detail: MeetingDetail) -> None:
    def build() -> bytes:
        from samverkan_desktop.reports.agenda import agenda_pdf

        return ctx.call(agenda_pdf, detail.id)

    preview_in_background(
        parent,
        _("Notice and agenda – {group}").format(group=detail.group_name),
        _("Agenda {name}.pdf").format(name=_stem(detail)),
        build,
    )


def preview_minutes(parent: QWidget, ctx: AppContext, detail: MeetingDetail) -> None:
    def build() -> bytes:
        from samverkan_desktop.reports.minutes import minutes_pdf

        return ctx.call(minutes_pdf, detail.id)

    preview_in_background(
        parent,
        _("Minutes – {group}").format(group=detail.group_name),
        _("Minutes {name}.pdf").format(name=_stem(detail)),
        build,
    )
