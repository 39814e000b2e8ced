"""Grupper och möten → Överenskommelse…: the agreements with the police (usually the one in
force and those it replaced), to add, edit or delete. A revision past its date is in red.
"Historik…" (Ctrl+H) shows who changed the selected agreement, its parties, appendices and
action plan, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import dotted, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import action_plan, agreement_revisions, agreements
from samverkan_desktop.services.agreements import AgreementDetail
from ui import key_guide
from ui.context import AppContext
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.area_plans import plans_lost
from ui.groups.revision_dialog import RevisionDialog, removal_question, revisions_text
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import within_screen
from ui.widgets.notice import NoticeBar
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.operations import perform_undo, run_form
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import WARNING_COLOUR, Column

SCREEN_WIDE = 100_000  # (asks within_screen for the screen's whole width)
SCREEN_MARGIN = 48  # either side of the dialog on a screen narrower than its buttons' line


def _valid(agreement: AgreementDetail) -> str:
    start = iso_date(agreement.valid_from)
    if agreement.valid_until is None:
        return _("from {date}, until further notice").format(date=start)
    return _("{start} to {end}").format(start=start, end=iso_date(agreement.valid_until))


def agreement_columns(today: dt.date) -> list[Column[AgreementDetail]]:
    def late(a: AgreementDetail) -> QColor | None:
        return WARNING_COLOUR if a.next_revision < today else None

    return [
        Column(_("Name"), lambda a: a.title, wrap=True, width=260),
        Column(_("Valid"), _valid, sort_key=lambda a: a.valid_from),
        Column(
            _("Signed"),
            lambda a: dotted(iso_date(a.signed_on) if a.signed_on else None, a.signed_by),
            wrap=True,
            width=200,
        ),
        Column(
            _("Last revised"),
            lambda a: iso_date(a.last_revised_on),
            sort_key=lambda a: a.last_revised_on,
            tooltip=revisions_text,
        ),
        Column(
            _("Revise by"),
            lambda a: iso_date(a.next_revision),
            sort_key=lambda a: a.next_revision,
            colour=late,
        ),
        Column(_("Groups"), lambda a: a.group_count, align_right=True),
    ]


class AgreementsDialog(OneTimeDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, select_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Agreements with the police"))
        intro = QLabel(
            _(
                "The local collaboration agreement: its parties, priority areas, appendices "
                "and when it was signed. Its yearly revision is recorded with “Revise the "
                "agreement…”; the earlier ones stay for the reports of their periods. Groups are "
                "tied to it in their own form."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table: RecordTable[AgreementDetail] = RecordTable(
            agreement_columns(clock.today()), self
        )
        self.table.set_empty_text(_("No agreement is registered yet: add the one in force."))
        self.table.activated.connect(lambda _row: self.edit_selected())
        self.table.current_changed.connect(lambda _row: self._enable())
        self.new_button = QPushButton(_("New agreement…"), self)
        self.new_button.clicked.connect(lambda _checked=False: self.new_agreement())
        self.edit_button = QPushButton(_("Edit…"), self)
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_selected())
        self.revise_button = QPushButton(_("Revise the agreement…"), self)
        self.revise_button.setToolTip(
            _("Record this year's revision: its date, who decided and the priority areas it chose")
        )
        self.revise_button.clicked.connect(lambda _checked=False: self.revise_selected())
        # A revision recorded by mistake (the wrong date, the wrong agreement) is taken back.
        self.remove_revision_button = QPushButton(_("Remove revision…"), self)
        self.remove_revision_button.setToolTip(
            _("Remove the latest revision; the priority areas go back to the revision before")
        )
        self.remove_revision_button.clicked.connect(
            lambda _checked=False: self.remove_revision_selected()
        )
        back_to_list(self.remove_revision_button, self.table)
        self.delete_button = QPushButton(_("Delete…"), self)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_selected())
        back_to_list(self.delete_button, self.table, self.new_button)
        self.history_button = QPushButton(_("History…"), self)
        key_guide.AGREEMENT_HISTORY.bind(self, self.show_history)
        self.history_button.setToolTip(
            key_guide.with_keys(
                _("Who changed the selected record, and when"), key_guide.AGREEMENT_HISTORY
            )
        )
        self.history_button.clicked.connect(lambda _checked=False: self.show_history())
        self.print_button = QPushButton(_("Print action plan…"), self)
        self.print_button.setToolTip(
            _("Goal, situation picture and groups of each priority area, as a PDF to preview")
        )
        self.print_button.clicked.connect(lambda _checked=False: self.print_action_plan())
        close = QPushButton(_("Close"), self)
        close.clicked.connect(self.reject)
        # The record's buttons wrap onto a second line where the screen is narrow: on one line
        # the dialog was 1000 px wide, edge to edge on a 1024-pixel screen.
        record_buttons = FlowLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.revise_button,
            self.remove_revision_button,
            self.delete_button,
            self.history_button,
        ):
            record_buttons.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addLayout(record_buttons, 1)
        buttons.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.notice = NoticeBar(self)  # what was just done, with Undo
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        room = within_screen(self, SCREEN_WIDE, SCREEN_WIDE)[0] - 2 * SCREEN_MARGIN
        self.resize(min(max(960, self.sizeHint().width()), room), 380)
        self.reload(select_id)

    def reload(self, select_id: int | None = None) -> None:
        rows = self.ctx.call(agreements.list_agreement_details)
        self.table.set_rows(rows, select_id=select_id or (rows[0].id if rows else None))
        self._enable()

    def _enable(self) -> None:
        row = self.table.current_row()
        chosen = row is not None
        self.edit_button.setEnabled(chosen)
        self.revise_button.setEnabled(chosen)
        # The signing is the first revision: it is corrected in the form, never removed.
        self.remove_revision_button.setEnabled(row is not None and len(row.revisions) > 1)
        self.delete_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def new_agreement(self) -> None:
        dialog = AgreementDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "groups"):
            self.reload(dialog.saved_id)

    def _current(self) -> AgreementDetail | None:
        """The selected agreement as stored now (another desk may have changed it)."""
        chosen = self.table.current_row()
        if chosen is None:
            return None
        try:
            return self.ctx.call(agreements.get_agreement, chosen.id)
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return None

    def edit_selected(self) -> None:
        current = self._current()
        if current is not None and run_form(
            AgreementDialog(self.ctx, current, self), self.ctx, "groups"
        ):
            self.reload(current.id)

    def revise_selected(self) -> None:
        current = self._current()
        if current is not None and run_form(
            RevisionDialog(self.ctx, current, self), self.ctx, "groups"
        ):
            self.reload(current.id)

    def remove_revision_selected(self) -> None:
        """Asked first, naming the revision and what comes back in force; then Undo records
        it again as it was."""
        current = self._current()
        if current is None or len(current.revisions) < 2:
            return
        dropped = set(self.ctx.call(agreement_revisions.areas_dropped_by_removal, current.id))
        summaries = self.ctx.call(action_plan.area_plan_summaries, current.id)
        lost = plans_lost(summaries, set(current.priority_area_ids) - dropped)
        question, detail = removal_question(current, lost)
        if not confirm(self, _("Remove revision"), question, _("Remove revision"), detail=detail):
            return
        try:
            removed = self.ctx.call(
                agreement_revisions.remove_latest_revision, current.id, current.version
            )
        except DomainError as error:
            show_error(self, error)
            self.reload(current.id)
            return
        self.ctx.bus.announce("groups")
        self.reload(current.id)

        def undo() -> None:
            if perform_undo(
                self, self.ctx, "groups", agreement_revisions.revise_agreement, current.id, removed
            ):
                self.reload(current.id)

        self.notice.show_message(
            _("The revision of {date} was removed.").format(date=iso_date(removed.revised_on)),
            undo,
        )

    def show_history(self) -> None:
        from ui.widgets.history import show_history

        chosen = self.table.current_row()
        if chosen is not None:
            show_history(self, self.ctx, "agreements", chosen.id, chosen.title)

    def print_action_plan(self) -> None:
        from ui.groups.area_plans import print_action_plan

        chosen = self.table.current_row()
        if chosen is not None:
            print_action_plan(self, self.ctx, chosen.id)

    def delete_selected(self) -> None:
        chosen = self.table.current_row()
        if chosen is None:
            return
        detail = (
            ngettext(
                "{count} group is tied to it; it stays, under no agreement.",
                "{count} groups are tied to it; they stay, under no agreement.",
                chosen.group_count,
            ).format(count=chosen.group_count)
            if chosen.group_count
            else None
        )
        if not confirm(
            self,
            _("Delete agreement"),
            _("Delete “{title}” with its parties and appendices?").format(title=chosen.title),
            _("Delete"),
            detail=detail,
        ):
            return
        try:
            self.ctx.call(agreements.delete_agreement, chosen.id, chosen.version)
        except DomainError as error:
            show_error(self, error)
        self.ctx.bus.announce("groups")
        self.reload()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if key_guide.AGREEMENT_DELETE.matches(event) and self.table.current_row() is not None:
            self.delete_selected()
            return
        super().keyPressEvent(event)
