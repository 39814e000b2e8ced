"""What the group list and the members table show, column by column."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from samverkan_desktop import clock
from samverkan_desktop.formatting import clock_held, iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MemberRole
from samverkan_desktop.services.group_rows import GroupRow, MemberRow
from samverkan_desktop.services.group_standing import Standing, term_text
from ui.widgets.table_model import MUTED_COLOUR, Column

PLANNED_COLOUR = QColor("#1c4e80")


def _ended_today(row: GroupRow) -> bool:
    return row.standing(clock.today()).standing is Standing.ENDED


def status_text(row: GroupRow) -> str:
    """The group's standing today, not the status stored: a group whose term ran out reads
    "Löptiden slut" until it is ended, not "Aktiv" (services.group_standing). The word only:
    its date is in the tooltip and the term beside it, and the name keeps its room at 1100 px."""
    return _(row.standing(clock.today()).standing.label)


def _status_tooltip(row: GroupRow) -> str:
    """ "Löptiden slutade 2026-11-13", "Planerad, startar 2026-12-15"."""
    return row.standing(clock.today()).label()


def _status_colour(row: GroupRow) -> QColor | None:
    standing = row.standing(clock.today())
    if standing.stopped:
        return MUTED_COLOUR
    if standing.standing is Standing.PLANNED:
        return PLANNED_COLOUR
    return None


def group_columns() -> list[Column[GroupRow]]:
    return [
        # The name is what the coordinator looks for: it breaks onto more lines, never cut short.
        Column(_("Name"), lambda r: r.name, width=210, tooltip=lambda r: r.name, wrap=True),
        # Whole ("Beredningsgr…" at 1100 px): a one-word label keeps its width (record_table).
        # Left out last, beside the members at 1024 px (the details name the type).
        Column(_("Type"), lambda r: r.type, width=125, aside=3),
        Column(
            _("Status"),
            status_text,
            tooltip=_status_tooltip,
            colour=_status_colour,
            width=62,
            wrap=True,  # "Löptiden" above "slut"
        ),
        Column(
            _("Priority areas"),
            # One area to a line, cut short with "…" where narrow (whole in the tooltip and in
            # the details): wrapped, a group's three areas took nine lines at 1100 px. Wide
            # enough at 1280 px for most areas whole.
            lambda r: "\n".join(r.priority_areas),
            tooltip=lambda r: "\n".join(r.priority_areas) or None,
            width=200,
            lines=True,
            # Beside a group's details (which list them), a narrow list leaves the areas, the
            # members' count and the frequency out rather than give the name 56 px.
            aside=2,
        ),
        Column(
            _("Meets"),
            # its months held whole: a wide window broke "1 gång/månad (ej juni–" over "aug)"
            lambda r: r.meeting_frequency and clock_held(r.meeting_frequency),
            tooltip=lambda r: r.meeting_frequency,
            sort_key=lambda r: r.meeting_frequency,
            width=118,
            wrap=True,  # squeezed beside the areas it read "4 gång…"
            # Beside a group's details it breaks onto two lines rather than leave the list
            # (at 1024 px the list kept the name, the status and the term, not when it meets);
            # not onto three: "1 / gång/månad / (ej juli)" kept the type beside it at 1440 px.
            gives_way=True,
            max_lines=2,
            aside=5,
        ),
        Column(_("Members"), lambda r: r.member_count, align_right=True, width=78, aside=1),
        Column(
            _("Term"),
            lambda r: term_text(r.term_until, r.ended_on, ended=_ended_today(r)),
            # Ended groups first (by their end), standing groups last when sorted by term.
            sort_key=lambda r: r.ended_on or r.term_until or dt.date.max,
            wrap=True,  # "t.o.m." above the date leaves the texts beside it room at 1100 px
            # Left out before "Möts": the status says when the term ran out, the details the term.
            aside=4,
        ),
    ]


def member_columns() -> list[Column[MemberRow]]:
    # The pane beside the list is narrow (about 300 px at 1280x800; six columns there read
    # "Anna …", "Sam…", "Österm…"): who, in what function, from where, in what role, the
    # texts breaking onto more lines rather than ending in "…". Phone and e-mail are in the
    # tooltip, and in the printed member list (Ctrl+P).
    return [
        Column(
            _("Name"),
            lambda r: r.name,
            tooltip=_person_tooltip,
            colour=_former_colour,
            width=110,
            wrap=True,
        ),
        # The agreement names its groups' members by function (kommunpolis, fältassistent).
        # Where even the columns' longest words do not fit (beside the list at 1024 px) it is
        # left out rather than every column broken inside its words: in the tooltip.
        Column(
            _("Title"),
            lambda r: r.title,
            tooltip=_person_tooltip,
            colour=_former_colour,
            width=150,
            wrap=True,
            aside=1,
        ),
        # As wide as its longest word ("Utbildningsförvaltningen" broke in a column of 130 px
        # while the role beside it had room): a name and a title give way first.
        Column(
            _("Organisation"),
            lambda r: r.organisation,
            tooltip=_person_tooltip,
            colour=_former_colour,
            wrap=True,
        ),
        # Last: the column that fills the rest keeps room for its longest word (Sammankallande).
        # A former member's says until when ("Ledamot, t.o.m. 2026-05-31"), after the current.
        Column(
            _("Role"),
            lambda r: r.role_text(),
            sort_key=_role_order,
            tooltip=_person_tooltip,
            colour=_former_colour,
            wrap=True,
        ),
    ]


def _role_order(row: MemberRow) -> int:
    """Conveners first; former members after all current ones (one number: the table sorts
    numbers as themselves)."""
    return list(MemberRole).index(row.role) + (len(MemberRole) if row.left_on else 0)


def until_text(last_day: dt.date) -> str:
    """ "t.o.m. 2026-05-31": a former member's last day in the group."""
    return _("Until {date}").format(date=iso_date(last_day))


def _former_colour(row: MemberRow) -> QColor | None:
    return MUTED_COLOUR if row.left_on is not None else None


def _person_tooltip(row: MemberRow) -> str:
    former = (
        _("Former member, {until}").format(until=until_text(row.left_on)) if row.left_on else None
    )
    return "\n".join(
        part
        for part in (row.name, row.title, row.organisation, row.phone, row.email, former)
        if part
    )
