"""Edit an action (what, who, by when, priority area) or write a new one not tied to a meeting
or a walk. Its source, raised date and status stay as they are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services import action_reading, actions
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import ActionInput
from ui.actions.action_rows import area_row, due_row, what_row
from ui.actions.responsible_rows import ResponsibleFields, responsible_rows
from ui.context import AppContext
from ui.widgets.fields import TextBox
from ui.widgets.record_form import RecordForm

NEW_ACTION_DAYS = 30  # a new action is due a month ahead unless the user says otherwise


class ActionDialog(ResponsibleFields, RecordForm[ActionRow]):
    def __init__(
        self, ctx: AppContext, action: ActionRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = _("Edit action") if action else _("New action")
        super().__init__(title, parent, _("Save"), ctx.settings, (620, 0))
        self.ctx = ctx
        self.saved_id: int | None = None
        self.saved_version: int | None = None  # after an update: what an Undo must find
        self.what = what_row(self)
        self.what.setObjectName("what")
        self.responsible = responsible_rows(
            self, ctx, "responsible", "responsible_organisation_id", _("– no organisation –")
        )
        new_due = clock.today() + dt.timedelta(days=NEW_ACTION_DAYS)
        self.due = due_row(self, None if action else new_due)
        self.due.setObjectName("due")
        self.area = area_row(self, ctx)
        self.description = TextBox(self, _("Background, where exactly, contact details …"), 4)
        self.add_row("description", _("Description"), self.description)
        if action is not None:
            self.show_record(action)

    def read_record(self, shown: ActionRow) -> ActionRow:
        return self.ctx.call(action_reading.get_action, shown.id)

    def fill(self, record: ActionRow) -> None:
        self.what.setText(record.title)
        self.person.set_value(record.responsible_person_id)
        self.organisation.set_value(record.responsible_organisation_id)
        self.due.set_value(record.due_on)
        self.area.set_value(record.priority_area_id)
        self.description.setPlainText(record.description or "")

    def save(self) -> None:
        self.responsible.check_known()
        old = self.record
        data = ActionInput(
            title=self.what.text(),
            responsible_person_id=self.person.value(),
            responsible_organisation_id=self.organisation.value(),
            due_on=self.due.value(),
            description=self.description.toPlainText(),
            priority_area_id=self.area.value(),
            group_id=old.group_id if old else None,
            source_type=old.source_type if old else ActionInput.source_type,
            source_id=old.source_id if old else None,
            raised_on=old.raised_on if old else None,
            expected_version=old.version if old else None,  # refused if changed meanwhile
        )
        if old is None:
            self.saved_id = self.ctx.call(actions.create_action, data)
        else:
            self.saved_version = self.ctx.call(actions.update_action, old.id, data)
            self.saved_id = old.id
