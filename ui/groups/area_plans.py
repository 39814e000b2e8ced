"""In the agreement's form: its priority areas as saved, each with what its action plan holds
(goal, figures), and the button opening an area's goal and situation picture. A new agreement
is saved first: its areas are known then."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import action_plan
from samverkan_desktop.services.action_plan import AreaPlanSummary
from ui.context import AppContext
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.operations import run_form


def print_action_plan(parent: QWidget, ctx: AppContext, agreement_id: int | None) -> None:
    """The action plan of the agreement (None: the one in force) in the print preview."""

    from samverkan_desktop.reports import action_plan as report
    from samverkan_desktop.services import agreements
    from samverkan_desktop.services.action_plan_reading import agreement_in_force
    from ui.meetings.export import file_stem
    from ui.widgets.pdf_preview import preview_in_background

    today = clock.today()
    try:
        chosen = agreement_id if agreement_id is not None else ctx.call(agreement_in_force, today)
        title = report.title_of(ctx.call(agreements.get_agreement, chosen).title)
    except DomainError as error:
        show_error(parent, error)
        return
    preview_in_background(
        parent,
        title,
        f"{file_stem(title)} {today.isoformat()}.pdf",
        lambda: ctx.call(report.build_action_plan, chosen, today),
    )


def summary_text(summary: AreaPlanSummary) -> str:
    """ "Skolan som brottsplats — mål, 2 siffror"."""
    parts = [_("goal") if summary.has_goal else _("no goal")]
    parts.append(
        ngettext("{count} figure", "{count} figures", summary.figure_count).format(
            count=summary.figure_count
        )
    )
    return f"{summary.area} — {', '.join(parts)}"


def plans_lost(
    summaries: Iterable[AreaPlanSummary], kept_area_ids: set[int]
) -> list[AreaPlanSummary]:
    """The areas with a goal or figures that saving without them would delete."""
    return [
        s
        for s in summaries
        if s.priority_area_id not in kept_area_ids and (s.has_goal or s.figure_count)
    ]


def confirm_plans_lost(parent: QWidget, lost: list[AreaPlanSummary]) -> bool:
    """Whether to go on when areas taken out take their goal and figures along (asked only
    then; keeping on editing is the default)."""
    return not lost or confirm(
        parent,
        _("Delete the situation picture?"),
        ngettext(
            "The priority area no longer chosen has a goal or figures in the action plan. "
            "Saving deletes them.",
            "The priority areas no longer chosen have goals or figures in the action plan. "
            "Saving deletes them.",
            len(lost),
        ),
        _("Save and delete"),
        cancel_text=_("Keep editing"),
        detail="\n".join(summary_text(summary) for summary in lost),
    )


class AreaPlansBox(QWidget):
    def __init__(
        self, ctx: AppContext, agreement_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.summaries: list[AreaPlanSummary] = []
        self.areas = QListWidget(self)
        # A long area's name loses its middle, not its goal and figures at the end.
        self.areas.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.itemActivated.connect(lambda _item: self.edit_current())
        self.edit_button = QPushButton(_("Goal and situation picture…"), self)
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_current())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.areas)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.areas.clear()
        summaries = (
            self.ctx.call(action_plan.area_plan_summaries, self.agreement_id)
            if self.agreement_id is not None
            else []
        )
        self.summaries = summaries
        for summary in summaries:
            item = QListWidgetItem(summary_text(summary), self.areas)
            item.setData(Qt.ItemDataRole.UserRole, summary.priority_area_id)
            item.setToolTip(summary_text(summary))
            if summary.priority_area_id == select_id:
                self.areas.setCurrentItem(item)
        if self.areas.currentItem() is None and self.areas.count():
            self.areas.setCurrentRow(0)
        rows = max(self.areas.count(), 1)
        frame = 2 * self.areas.frameWidth()
        self.areas.setFixedHeight(self.areas.sizeHintForRow(0) * rows + frame + 2)
        self.areas.setVisible(bool(summaries))
        self.edit_button.setEnabled(bool(summaries))
        if self.agreement_id is None:
            self.hint.setText(
                _(
                    "Save the agreement first; then each priority area gets a goal "
                    "and a situation picture here."
                )
            )
        else:
            self.hint.setText(_("The agreement has no priority areas saved yet."))
        self.hint.setVisible(not summaries)

    def lost_without(self, kept_area_ids: set[int]) -> list[AreaPlanSummary]:
        return plans_lost(self.summaries, kept_area_ids)

    def edit_current(self) -> None:
        from ui.groups.area_plan_dialog import AreaPlanDialog  # seldom opened

        item = self.areas.currentItem()
        if item is None or self.agreement_id is None:
            return
        area_id = int(item.data(Qt.ItemDataRole.UserRole))
        dialog = AreaPlanDialog(self.ctx, self.agreement_id, area_id, self.window())
        if run_form(dialog, self.ctx, "groups"):
            self.reload(area_id)
