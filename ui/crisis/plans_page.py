"""The plans register: every plan and routine with its current version, owner and next revision
(with ISO week); plans due within 60 days or overdue stand out. Under the list: the selected
plan's facts, its version history and its attached files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plan_attachments, plan_versions, plans
from samverkan_desktop.services.plan_rows import AttachmentRow, DueState, PlanRow, VersionRow
from ui.context import AppContext
from ui.crisis.plan_columns import plan_columns
from ui.crisis.plan_detail import PlanDetailPane
from ui.crisis.plan_dialogs import PlanDialog, VersionDialog
from ui.crisis.plan_register_widths import fit_plan_columns
from ui.widgets.dialogs import show_error
from ui.widgets.fields import EnumCombo
from ui.widgets.file_dialogs import open_file
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform, perform_confirmed, perform_undo, run_form
from ui.widgets.pdf_preview import preview_in_background

DUE_WITHIN_DAYS = 60
PANE_LEAST = 270  # the chosen plan's facts down to its next revision (at 700 px too)
PANE_MOST = 0.55  # of the height, the most a chosen plan takes from the register


class PlansPage(ListPage[PlanRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            plan_columns(lambda: self.today()), _("Search plan name, owner or notes …"), parent
        )
        self.today: Callable[[], dt.date] = lambda: clock.today()  # a test sets the day
        self.ctx = ctx
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # what is due first
        self.kind_filter = EnumCombo(PlanKind, _("All kinds"), self)
        self.kind_filter.setObjectName("kindFilter")
        # The longest kind ("Plan för extraordinära händelser …") no longer sets the page's
        # width: the list opens shorter, the search field keeps room to type.
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter.setMinimumContentsLength(14)
        self.search.setMinimumWidth(160)
        self.add_filter(self.kind_filter)
        self.due_check = QCheckBox(_("Due within {days} days").format(days=DUE_WITHIN_DAYS), self)
        self.due_check.setToolTip(_("Only plans to revise soon, and those overdue"))
        self.add_filter(self.due_check)
        self.retired_check = QCheckBox(_("Show retired"), self)
        self.add_filter(self.retired_check)
        # The selected plan under the register, not beside it: seven columns need the width
        # (beside it, names, kinds and the status were cut short at 1280 px). Until a plan is
        # chosen the register takes the height, its hint a line under it.
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.detail = PlanDetailPane(self)
        self.detail.setMinimumHeight(PANE_LEAST)
        self.set_detail(self.detail, (3, 2), vertical=True)
        fit_plan_columns(self.table)

        self.new_action = self.add_action(_("New plan…"), self.new_plan, "Ctrl+N")
        self.set_empty_hint(_("No plans yet. {action} adds the first one."), self.new_action)
        self.edit_action = self.add_action(_("Edit…"), self.edit_plan, needs_selection=True)
        self.version_action = self.add_action(
            _("New version…"), self.new_version, "Ctrl+Shift+N", needs_selection=True
        )
        self.attach_action = self.add_action(
            _("Attach file…"), self.attach_file, needs_selection=True
        )
        self.delete_action = self.add_action(
            _("Delete…"),
            self.delete_plan,
            QKeySequence(QKeySequence.StandardKey.Delete),
            needs_selection=True,
        )
        # The chosen plan on paper, for the binder (also Arkiv → Skriv ut… on this tab); Ctrl+P
        # as the other areas' printouts, saying what to do while no plan is chosen.
        self.print_action = self.add_action(
            _("Print plan…"),
            self.print_plan,
            QKeySequence.StandardKey.Print,
            needs_selection=True,
            unchosen=_("Choose a plan to print it."),
        )
        self.activated.connect(lambda _row: self.edit_plan())
        self.current_changed.connect(self._show_detail)
        detail = self.detail
        detail.new_version_requested.connect(self.new_version)
        detail.edit_version_requested.connect(self.edit_version)
        detail.delete_version_requested.connect(self.delete_version)
        detail.attach_requested.connect(self.attach_file)
        detail.open_attachment_requested.connect(self.open_attachment)
        detail.remove_attachment_requested.connect(self.remove_attachment)

    def load_rows(self) -> list[PlanRow]:
        return self.ctx.call(
            plans.list_plans,
            self.today(),
            due_within=DUE_WITHIN_DAYS if self.due_check.isChecked() else None,
            kind=self.kind_filter.value(),
            search=self.search_text() or None,
            include_inactive=self.retired_check.isChecked(),
        )

    def count_text(self, count: int) -> str:
        text = ngettext("{count} plan", "{count} plans", count).format(count=count)
        rows = self.model.rows()
        overdue = sum(1 for r in rows if r.due_state is DueState.OVERDUE)
        soon = sum(1 for r in rows if r.due_state is DueState.DUE_SOON)
        if overdue:
            text += " · " + ngettext(
                "{n} past its revision date", "{n} past their revision date", overdue
            ).format(n=overdue)
        if soon:
            text += " · " + ngettext(
                "{n} to revise within {days} days", "{n} to revise within {days} days", soon
            ).format(n=soon, days=DUE_WITHIN_DAYS)
        return text

    # --- the selected plan -------------------------------------------------------------------

    def current_plan(self) -> PlanRow | None:
        return self.detail.detail.plan if self.detail.detail else None

    def _show_detail(self, row: PlanRow | None) -> None:
        detail = None
        if row is not None:
            try:
                detail = self.ctx.call(plans.get_plan, row.id, self.today())
            except DomainError:
                detail = None  # deleted meanwhile: the next refresh drops it
        self.detail.show_plan(detail)
        if detail is not None:
            self._fit_pane()
            QTimer.singleShot(0, self._fit_pane)  # again once the plan's lines are laid out

    def _fit_pane(self) -> None:
        """The height the chosen plan needs, taken from the register (at most PANE_MOST of
        it; the register keeps the chosen plan in view)."""
        if self.detail_fit is not None and self.detail.showing_record():
            least = max(PANE_LEAST, self.detail.needed_height())
            self.detail_fit.set_minimum(least, PANE_MOST)
            # A plan low in the register stays in view above its pane, however tall the pane
            # grew (a plan's exercise reason under "Senast övad" added a line or two).
            self.table.scrollTo(self.table.currentIndex())

    def refresh_detail(self) -> None:
        self._show_detail(self.current_row())

    # --- plans -------------------------------------------------------------------------------

    def new_plan(self) -> None:
        dialog = PlanDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "crisis") and dialog.saved_id is not None:
            self.show_id(dialog.saved_id)

    def edit_plan(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            run_form(PlanDialog(self.ctx, plan, self), self.ctx, "crisis")

    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        message = _("Delete the plan “{name}” with its version history?").format(name=plan.name)
        if plan.attachment_count:
            message += "\n\n" + ngettext(
                "Its {count} attached file is deleted too.",
                "Its {count} attached files are deleted too.",
                plan.attachment_count,
            ).format(count=plan.attachment_count)
        if plan.last_exercise is not None:
            message += "\n\n" + _(
                "The exercises that exercised it are kept; they no longer name a plan."
            )
        message += "\n\n" + _("To keep its history, edit the plan and untick Active instead.")
        question = (_("Delete plan"), message, _("Delete plan"))
        if perform_confirmed(self, self.ctx, "crisis", question, plans.delete_plan, plan.id):
            self.notify(_("“{name}” was deleted.").format(name=plan.name))

    def print_plan(self) -> None:
        from samverkan_desktop.reports import plan_sheet

        plan = self.current_plan()
        if plan is None:
            return
        today = self.today()
        preview_in_background(
            self,
            plan.name,
            f"{plan.name.replace('/', '-')} {today.isoformat()}.pdf",  # a name is a few words
            lambda: self.ctx.call(plan_sheet.build, plan.id, today),
        )

    # --- versions ----------------------------------------------------------------------------

    def new_version(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        dialog = VersionDialog(self.ctx, plan, parent=self)
        if run_form(dialog, self.ctx, "crisis") and dialog.saved_id is not None:
            version_id, added = dialog.saved_id, dialog.added
            self.notify(
                _("Version {version} of “{name}” added.").format(
                    version=dialog.version.text().strip(), name=plan.name
                ),
                undo=lambda: perform_undo(
                    self, self.ctx, "crisis", plan_versions.undo_new_version, version_id, added
                ),
            )

    def edit_version(self, version: VersionRow) -> None:
        plan = self.current_plan()
        if plan is not None:
            run_form(VersionDialog(self.ctx, plan, version, self), self.ctx, "crisis")

    def delete_version(self, version: VersionRow) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        question = (
            _("Delete version"),
            _("Delete version {version} of “{name}” from the history?").format(
                version=version.version, name=plan.name
            ),
            _("Delete"),
        )
        perform_confirmed(
            self, self.ctx, "crisis", question, plan_versions.delete_version, version.id
        )

    # --- attached files ----------------------------------------------------------------------

    def attach_file(self, path: str | None = None) -> None:
        plan = self.current_plan()
        if plan is None or self.detail.detail is None:
            return
        chosen = (
            Path(path)
            if path is not None
            else open_file(self, _("Attach a file to {name}").format(name=plan.name), Path.home())
        )
        if chosen is None:
            return
        current = next((v for v in self.detail.detail.versions if v.is_current), None)
        version_id = current.id if current else None
        if perform(
            self,
            self.ctx,
            "crisis",
            plan_attachments.attach_file,
            plan.id,
            chosen,
            None,
            version_id,
        ):
            self.notify(
                _("“{file}” was copied into the data folder and attached.").format(file=chosen.name)
            )

    def open_attachment(self, attachment: AttachmentRow) -> None:
        try:
            path = self.ctx.call(plan_attachments.attachment_path, attachment.id)
        except DomainError as error:
            show_error(self, error)
            return
        if not path.exists():
            show_error(
                self,
                _("The copy of “{file}” is missing from the data folder ({path}).").format(
                    file=attachment.file_name, path=path
                ),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(
                self, _("No program is set up to open “{file}”.").format(file=attachment.file_name)
            )

    def remove_attachment(self, attachment: AttachmentRow) -> None:
        question = (
            _("Remove file"),
            _("Remove “{file}” from the plan? Its copy in the data folder is deleted.").format(
                file=attachment.file_name
            ),
            _("Remove"),
        )
        perform_confirmed(
            self, self.ctx, "crisis", question, plan_attachments.remove_attachment, attachment.id
        )
