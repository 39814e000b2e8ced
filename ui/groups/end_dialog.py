"""End a group: it keeps its members and history but no longer counts as active."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import group_editing
from samverkan_desktop.services.group_rows import GroupDetail
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog


class EndGroupDialog(FormDialog):
    """Asks for the end date; pressing "End group" is the confirmation."""

    def __init__(self, ctx: AppContext, group: GroupDetail, parent: QWidget | None = None) -> None:
        super().__init__(_("End group"), parent, ok_text=_("End group"), settings=ctx.settings)
        self.ctx = ctx
        self.group = group
        self.saved_version: int | None = None  # after the save: what an Undo must find
        explanation = QLabel(
            _(
                "“{name}” will be marked as ended. Its members, agreement and history are kept, "
                "and you can make it active again later by editing it. Its planned meetings "
                "after the end date are removed; those with an agenda of their own, minutes or "
                "other changes are kept."
            ).format(name=group.name),
            self,
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_value(clock.today())
        self.add_row("ended_on", _("Ended on"), self.date_edit)

    def save(self) -> None:
        on = self.date_edit.value()
        if on is None:
            raise ValidationError(_("Choose the date the group ended."), field="ended_on")
        # The version shown: refused if another desk changed the group meanwhile.
        self.saved_version = self.ctx.call(
            group_editing.end_group, self.group.id, on, self.group.version
        )
