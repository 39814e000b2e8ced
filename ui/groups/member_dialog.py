"""Add a person from the contacts register to a group, or change a member's role."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MemberRole
from samverkan_desktop.services import groups
from samverkan_desktop.services.groups import GroupDetail, MemberRow
from ui.contacts.choices import people_choices
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, RecordCombo
from ui.widgets.form_dialog import FormDialog
from ui.widgets.operations import run_form


class MemberDialog(FormDialog):
    """Without ``member``: pick a person (type part of the name) and a role; with it: the role."""

    def __init__(
        self,
        ctx: AppContext,
        group: GroupDetail,
        member: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Change role in {group}").format(group=group.name)
            if member
            else _("Add member to {group}").format(group=group.name),
            parent,
            ok_text=_("Save") if member else _("Add member"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.group = group
        self.member = member
        self.added_person_id: int | None = None
        if member is None:
            self.person_combo = RecordCombo(_("Type part of a name …"), self)
            # People already in the group are not offered again.
            self.person_combo.set_items(
                people_choices(ctx, exclude={m.person_id for m in group.members})
            )
            self.person_combo.setMinimumContentsLength(36)
            self.add_row("person_id", _("Person"), self._person_row())
        else:
            self.add_row("person_id", _("Person"), QLabel(member.name, self))
        self.role_combo = EnumCombo(MemberRole, parent=self)
        self.role_combo.set_value(member.role if member else MemberRole.MEMBER)
        self.add_row("role", _("Role"), self.role_combo)
        if member is None:
            self.person_combo.setFocus()

    def _person_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person_combo, 1)
        # Someone not yet in the contacts register is added to it here, without leaving.
        self.new_person_button = QPushButton(_("New person…"), row)
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.setToolTip(_("Add the person to the contacts register"))
        self.new_person_button.clicked.connect(self.new_person)
        layout.addWidget(self.new_person_button)
        row.setFocusProxy(self.person_combo)
        return row

    def new_person(self) -> None:
        """The contacts register's "New person" form, with what was typed as the name; the
        person saved there is the one picked here."""
        dialog = PersonDialog(self.ctx, parent=self)
        if self.person_combo.value() is None:
            dialog.name_edit.setText(self.person_combo.currentText().strip())
        if not run_form(dialog, self.ctx, "contacts") or dialog.saved_id is None:
            return
        self.person_combo.set_items(
            people_choices(self.ctx, exclude={m.person_id for m in self.group.members})
        )
        self.person_combo.set_value(dialog.saved_id)
        self.role_combo.setFocus()

    def save(self) -> None:
        role: MemberRole = self.role_combo.value()
        if self.member is not None:
            self.ctx.call(groups.set_member_role, self.member.id, role)
            return
        person_id = self.person_combo.value()
        if person_id is None:
            text = self.person_combo.currentText().strip()
            message = (
                _(
                    "No single person in the contacts matches “{text}”. Pick one from the list."
                ).format(text=text)
                if text
                else _("Choose the person to add.")
            )
            raise ValidationError(message, field="person_id")
        self.ctx.call(groups.add_member, self.group.id, person_id, role)
        self.added_person_id = person_id
