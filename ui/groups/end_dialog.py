"""End a group: it keeps its members and history but no longer counts as active.

The end is saved against the version of the group the dialog was opened with: when another desk
changed the group meanwhile (renamed it, ended it on another day) it is refused, and the dialog
offers to load their group keeping the date typed (F5), as the record forms do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import group_editing, group_end, groups
from samverkan_desktop.services.group_rows import GroupDetail
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.record_form import RecordForm


class EndGroupDialog(RecordForm[GroupDetail]):
    """Asks for the end date; pressing "End group" is the confirmation."""

    def __init__(self, ctx: AppContext, group: GroupDetail, parent: QWidget | None = None) -> None:
        super().__init__(_("End group"), parent, ok_text=_("End group"), settings=ctx.settings)
        self.ctx = ctx
        self.saved_version: int | None = None  # after the save: what an Undo must find
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.date_edit = OptionalDateEdit(self)
        self.add_row("ended_on", _("End date"), self.date_edit)
        self.show_record(group)

    @property
    def group(self) -> GroupDetail:
        """The group as the dialog shows it (another desk's, once loaded)."""
        assert self.record is not None
        return self.record

    def read_record(self, shown: GroupDetail) -> GroupDetail:
        return self.ctx.call(groups.get_group, shown.id)

    def fill(self, record: GroupDetail) -> None:
        ahead = group_end.end_ahead(record, clock.today())
        if ahead is not None:  # set to end later: its day offered, to keep, bring forward or move
            self.explanation.setText(
                _(
                    "“{name}” is set to end on {date}. “End group” changes its end date to "
                    "the one below (today ends it now); its planned meetings after that date "
                    "are removed, those with an agenda of their own, minutes or other changes "
                    "are kept."
                ).format(name=record.name, date=ahead.isoformat())
            )
            self.date_edit.set_value(self.ctx.call(group_end.offered_end, record.id))
            return
        if record.ended_on is not None:  # ended at another desk meanwhile (F5 loaded it)
            self.explanation.setText(
                _(
                    "“{name}” has already been marked as ended, on {date}. “End group” "
                    "changes its end date to the one below; its planned meetings after that "
                    "date are removed, those with an agenda of their own, minutes or other "
                    "changes are kept."
                ).format(name=record.name, date=record.ended_on.isoformat())
            )
            self.date_edit.set_value(record.ended_on)
            return
        explanation = _(
            "“{name}” will be marked as ended. Its members, agreement and history are kept, "
            "and you can make it active again later by editing it. Its planned meetings "
            "after the end date are removed; those with an agenda of their own, minutes or "
            "other changes are kept."
        ).format(name=record.name)
        if record.starts_on is not None and record.starts_on > clock.today():
            # Why the day offered is not today: an end before the start is refused.
            explanation += " " + _(
                "It has not started yet: it can end on its start day, {date}, at the earliest."
            ).format(date=record.starts_on.isoformat())
        self.explanation.setText(explanation)
        # The day the core accepts (today, the start of a group still to start, …).
        self.date_edit.set_value(self.ctx.call(group_end.offered_end, record.id))

    def save(self) -> None:
        on = self.date_edit.value()
        if on is None:
            raise ValidationError(_("Choose the date the group ended."), field="ended_on")
        # The version shown: refused if another desk changed the group meanwhile.
        self.saved_version = self.ctx.call(
            group_editing.end_group, self.group.id, on, self.group.version
        )
