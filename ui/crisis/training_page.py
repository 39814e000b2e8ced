"""Training for the crisis organisation: courses (crisis support in three parts, alarm training,
the city's web course on violent extremism), their sessions and attendees, and who lacks which
training their crisis role requires."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import crisis_org, training_gaps
from samverkan_desktop.services.training_gaps import GapKind, GapRow
from ui.contacts.choices import people_choices
from ui.context import AppContext
from ui.crisis.attend_dialog import AttendDialog
from ui.training.sessions import CHANGES as SESSION_CHANGES
from ui.training.sessions import SessionsListPage
from ui.widgets.list_page import ListPage
from ui.widgets.operations import run_form
from ui.widgets.record_combo import RecordCombo
from ui.widgets.table_model import DUE_SOON_COLOUR, WARNING_COLOUR, Column

# Training is shared with the alarms area (alarm training): both refresh.
CHANGES = SESSION_CHANGES


def _people(ctx: AppContext, present: set[int]) -> list[tuple[int, str]]:
    return people_choices(ctx, exclude=present)


class SessionsPage(SessionsListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, _people, parent)


# --- who lacks which training -------------------------------------------------------------------


def _gap_colour(row: GapRow) -> QColor | None:
    return DUE_SOON_COLOUR if row.kind is GapKind.EXPIRING else WARNING_COLOUR


def _gap_order(row: GapRow) -> tuple[int, str]:
    # missing first, then by the day it expired or expires (the soonest first)
    day = row.valid_until.isoformat() if row.valid_until else ""
    return (0 if row.kind is GapKind.MISSING else 1, day)


def gap_columns() -> list[Column[GapRow]]:
    return [
        Column(_("Name"), lambda r: r.name, width=170),
        Column(_("Crisis role"), lambda r: r.role, width=170),
        # Breaks onto a second line rather than end in "…": "Krisstöd del 1: Bemötan…" hid
        # which part is missing.
        Column(
            _("Required training"),
            lambda r: r.course,
            tooltip=lambda r: r.course,
            width=360,
            wrap=True,
        ),
        Column(
            _("Gap"), training_gaps.gap_text, sort_key=_gap_order, colour=_gap_colour, width=150
        ),
        Column(_("Last attended"), lambda r: r.last_attended),
    ]


class GapsPage(ListPage[GapRow]):
    """Who lacks which training their crisis role requires (missing, expired, expiring soon)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            gap_columns(),
            _("Search name or course …"),
            parent,
            id_of=lambda r: (r.person_id, r.course_id),
        )
        self.ctx = ctx
        self.role_filter = RecordCombo(_("All roles"), self, editable=False)
        self.role_filter.setMinimumContentsLength(20)
        self.add_filter(self.role_filter)
        self.expiring_check = QCheckBox(_("Include training that expires within 60 days"), self)
        self.expiring_check.setChecked(True)
        self.add_filter(self.expiring_check)
        self.add_action(_("Add to a session…"), self.add_to_session, needs_selection=True)
        # Nothing to add here: the gaps are worked out, so the hint says from what.
        self.set_empty_hint(
            _(
                "Nobody lacks training. The gaps are worked out from the courses the crisis roles"
                " require and who attended which session."
            )
        )
        self.activated.connect(lambda _r: self.add_to_session())

    def fill_filters(self) -> None:
        self.role_filter.set_items([(r.id, r.name) for r in self.ctx.call(crisis_org.list_roles)])

    def load_rows(self) -> list[GapRow]:
        rows = self.ctx.call(
            training_gaps.training_gaps,
            role_id=self.role_filter.value(),
            include_expiring=self.expiring_check.isChecked(),
        )
        needle = self.search_text().casefold()
        return [r for r in rows if not needle or needle in f"{r.name} {r.course}".casefold()]

    def count_text(self, count: int) -> str:
        if not count:
            return _("Everyone in the crisis organisation has the training their role requires.")
        people = len({r.person_id for r in self.model.rows()})
        return (
            ngettext("{count} missing training", "{count} missing trainings", count).format(
                count=count
            )
            + " · "
            + ngettext("{n} person", "{n} people", people).format(n=people)
        )

    def add_to_session(self) -> None:
        row = self.current_row()
        if row is not None:
            run_form(AttendDialog(self.ctx, row, self), self.ctx, CHANGES)
