"""Överenskommelser → "Revidera överenskommelsen…": the yearly revision recorded as a new
revision (its date, who decided, the priority areas it chose, a note); the earlier ones stay,
for the reports of their periods. Opens with today and the choice in force."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import action_plan, agreements, groups
from samverkan_desktop.services.action_plan import AreaPlanSummary
from samverkan_desktop.services.agreement_revisions import RevisionInput, revise_agreement
from samverkan_desktop.services.agreements import AgreementDetail
from ui.context import AppContext
from ui.groups.area_plans import confirm_plans_lost, plans_lost
from ui.widgets.check_list import CheckList
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.record_form import RecordForm


class RevisionDialog(RecordForm[AgreementDetail]):
    def __init__(
        self, ctx: AppContext, agreement: AgreementDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Revise the agreement"),
            parent,
            ok_text=_("Record revision"),
            settings=ctx.settings,
            size=(760, 470),
        )
        self.ctx = ctx
        self.before = QLabel(self)
        self.before.setWordWrap(True)
        self.add_row("agreement", _("Agreement"), self.before)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_value(clock.today())
        self.add_row("revised_on", _("Revised on"), self.date_edit)
        self.decided_edit = QLineEdit(self)
        self.decided_edit.setPlaceholderText(_("e.g. Stadsdelsdirektör; lokalpolisområdeschef"))
        self.add_row("decided_by", _("Decided by"), self.decided_edit)
        self.areas_list = CheckList(self)
        self.areas_list.set_items([(p.id, p.name) for p in ctx.call(groups.list_priority_areas)])
        self.areas_list.show_all_rows()
        self.add_row("priority_area_ids", _("Priority areas"), self.areas_list)
        self.note_edit = TextBox(self, _("e.g. Lägesbilden uppdaterad; VBE prioriteras"), lines=3)
        self.add_row("note", _("Note"), self.note_edit)
        self.show_record(agreement)
        self.date_edit.setFocus()

    def read_record(self, shown: AgreementDetail) -> AgreementDetail:
        return self.ctx.call(agreements.get_agreement, shown.id)

    def fill(self, agreement: AgreementDetail) -> None:
        """The revision in force and what the new one starts from: who decided it and the
        priority areas it chose (the day and the note are the new revision's own)."""
        latest = agreement.revisions[-1] if agreement.revisions else None
        self.before.setText(
            "\n".join(line for line in (agreement.title, latest and latest.line) if line)
        )
        self.decided_edit.setText((latest.decided_by if latest else agreement.signed_by) or "")
        self.areas_list.set_values(agreement.priority_area_ids)

    @property
    def agreement_shown(self) -> AgreementDetail:
        assert self.record is not None  # always opened on one
        return self.record

    def form_input(self) -> RevisionInput:
        return RevisionInput(
            revised_on=self.date_edit.value(),
            priority_area_ids=tuple(self.areas_list.values()),
            decided_by=self.decided_edit.text(),
            note=self.note_edit.toPlainText(),
            expected_version=self.agreement_shown.version,
        )

    def accept(self) -> None:
        """An area dropped takes its goal and figures in the action plan along: asked first
        (keeping on editing is the default), as in the agreement's form."""
        summaries = self.ctx.call(action_plan.area_plan_summaries, self.agreement_shown.id)
        if not confirm_plans_lost(self, plans_lost(summaries, set(self.areas_list.values()))):
            return
        super().accept()

    def save(self) -> None:
        self.ctx.call(revise_agreement, self.agreement_shown.id, self.form_input())


def revisions_text(agreement: AgreementDetail) -> str:
    """The agreement's revisions, newest first, one a line, for the agreements' list."""
    return "\n".join(row.line_with_decider for row in reversed(agreement.revisions)) or _(
        "No revision recorded since {date}."
    ).format(date=iso_date(agreement.valid_from))


def correction_note(agreement: AgreementDetail) -> str | None:
    """Under the agreement form's priority areas: ticking them there rewrites the revision in
    force (services.agreement_revisions.follow_form), which a coordinator took for recording
    this year's decision. None: no revision yet (a new agreement)."""
    if not agreement.revisions:
        return None
    latest = agreement.revisions[-1]
    if latest.first:
        text = _("A change here applies to the agreement as signed on {date}.")
    else:
        text = _("A change here applies to the revision of {date}, the one in force.")
    return " ".join(
        (
            text.format(date=iso_date(latest.revised_on)),
            _(
                "To record a new decision instead, keeping this one, close the form and choose "
                "“Revise the agreement…”."
            ),
        )
    )


def removal_question(agreement: AgreementDetail, lost: list[AreaPlanSummary]) -> tuple[str, str]:
    """ "Ta bort revideringen från 2026-12-03?" and under it the revision as the list shows it,
    what comes back in force, and the goals and figures its areas take along."""
    latest, before = agreement.revisions[-1], agreement.revisions[-2]
    question = _("Remove the revision of {date}?").format(date=iso_date(latest.revised_on))
    back = (
        _("The priority areas go back to those signed on {date}.")
        if before.first
        else _("The priority areas go back to those of the revision of {date}.")
    ).format(date=iso_date(before.revised_on))
    lines = [latest.line_with_decider, back]
    if lost:
        lines.append(
            ngettext(
                "The action plan's goal and figures of {areas} are deleted with it.",
                "The action plan's goals and figures of {areas} are deleted with it.",
                len(lost),
            ).format(areas=", ".join(_("“{name}”").format(name=s.area) for s in lost))
        )
    return question, "\n\n".join(lines)
