"""Add a person from the contacts register to a group from a day (today, or since the group was
formed), or change a member's role."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import MemberRole
from samverkan_desktop.services import membership_changes, membership_dates
from samverkan_desktop.services.group_rows import GroupDetail, MemberRow
from ui import key_guide
from ui.contacts.choices import people_choices
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, OptionalDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo


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
        self.added_ids: list[int] = []  # every person added, "Add and next" included
        if member is None:
            self.person_combo = RecordCombo(_("Type part of a name …"), self)
            self._choices: list[tuple[int, str]] = []  # the register as last read
            self.person_combo.setMinimumContentsLength(36)
            self.add_row("person_id", _("Person"), self._person_row())
        else:
            self.add_row("person_id", _("Person"), QLabel(member.name, self))
        self.role_combo = EnumCombo(MemberRole, parent=self)
        self.role_combo.set_value(member.role if member else MemberRole.MEMBER)
        self.add_row("role", _("Role"), self.role_combo)
        if member is None:
            self._joined_row()
            self._add_next_button()
            self.person_combo.setFocus()

    def _joined_row(self) -> None:
        """The first day as a member: today, or the group's start for a group registered today
        that started earlier (its members sat in it from the start); "Add and next" keeps it
        for the next person."""
        offered = self.ctx.call(membership_dates.offered_join_day, self.group.id)
        self.joined_edit = OptionalDateEdit(self)
        self.joined_edit.set_value(offered.day)
        self.add_row(membership_dates.JOINED_FIELD, _("Member from"), self.joined_edit)
        self.since_start: QCheckBox | None = None
        start = offered.group_start
        if start is None:
            return
        self.since_start = QCheckBox(
            _("Member since the group was formed ({date})").format(date=iso_date(start)), self
        )
        self.since_start.setChecked(offered.since_start)
        self.form.addRow("", self.since_start)
        today = clock.today()

        def ticked(checked: bool) -> None:
            self.joined_edit.set_value(start if checked else today)

        def dated() -> None:
            assert self.since_start is not None
            blocked = self.since_start.blockSignals(True)
            self.since_start.setChecked(self.joined_edit.value_or_none() == start)
            self.since_start.blockSignals(blocked)

        self.since_start.toggled.connect(ticked)
        self.joined_edit.dateChanged.connect(dated)

    def _add_next_button(self) -> None:
        """A new group gets its members one after the other without the dialog closing and
        opening again for each (Ctrl+Enter)."""
        self.next_button = self.buttons.addButton(
            _("Add and next"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setAutoDefault(False)
        self.next_button.setToolTip(
            key_guide.with_keys(_("Add this person and pick the next one"), key_guide.MEMBER_NEXT)
        )
        self.next_button.clicked.connect(self.add_and_next)
        key_guide.MEMBER_NEXT.bind(self, self.add_and_next)
        self.added_label = QLabel(self)
        self.added_label.setWordWrap(True)
        self.added_label.hide()
        self.form.addRow(self.added_label)

    def add_and_next(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except DomainError as error:
            self.show_error(error)
            return
        # The group's list and pane show the member at once, whatever the dialog ends with.
        self.ctx.bus.announce("groups")
        texts = dict(self._choices)
        names = [texts.get(person_id, "") for person_id in self.added_ids]  # as added
        self.added_label.setText(
            ngettext("Added: {names}", "Added ({count}): {names}", len(names)).format(
                count=len(names), names="; ".join(name.split(" — ")[0] for name in names)
            )
        )
        self.added_label.show()
        self.person_picker.refresh()
        self.person_combo.set_value(None)
        self.person_combo.setFocus()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(_("Close"))

    def _people(self) -> list[tuple[int, str]]:
        # Read again each time: a person added with "New person…" is offered (and picked).
        # People already in the group are not offered again.
        self._choices = people_choices(self.ctx)
        taken = {m.person_id for m in self.group.members} | set(self.added_ids)
        return [(person_id, text) for person_id, text in self._choices if person_id not in taken]

    def _person_row(self) -> QWidget:
        # Someone not yet in the contacts register is added to it here, without leaving.
        self.person_picker = person_picker(self.ctx, self, self.person_combo, self._people)
        self.person_picker.created.connect(lambda _id: self.role_combo.setFocus())
        return self.person_picker

    def save(self) -> None:
        role: MemberRole = self.role_combo.value()
        if self.member is not None:
            self.ctx.call(membership_changes.set_member_role, self.member.id, role)
            return
        check_person_known(self.person_picker, "person_id")
        person_id = self.person_combo.value()
        if person_id is None:
            raise ValidationError(_("Choose the person to add."), field="person_id")
        joined = self.joined_edit.value()
        if joined is None:
            raise ValidationError(
                _("Give the first day as a member."), field=membership_dates.JOINED_FIELD
            )
        self.ctx.call(
            membership_changes.add_member, self.group.id, person_id, role, joined_on=joined
        )
        self.added_person_id = person_id
        self.added_ids.append(person_id)
