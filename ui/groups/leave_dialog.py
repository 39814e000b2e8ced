"""Remove a member: the confirmation asks for their last day as a member (today unless said
otherwise) and, when they still hold open actions from the group, lists them and offers to hand
them over to another member or to leave them on the person."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import membership_changes, membership_dates
from samverkan_desktop.services.group_leaving import LeftGroups, OpenAction
from samverkan_desktop.services.group_rows import GroupDetail, MemberRow
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo


def _action_line(action: OpenAction) -> str:
    if action.due_on is None:
        return action.title
    due = _("due {date}").format(date=iso_date(action.due_on))
    if action.overdue:
        due += ", " + _("overdue")
    return f"{action.title} ({due})"


class LeaveGroupDialog(FormDialog):
    """Pressing "Remove" is the confirmation (Enter: today the last day); the handover (the
    default when another member can take it) happens in the same unit of work as the
    removal."""

    def __init__(
        self,
        ctx: AppContext,
        group: GroupDetail,
        member: MemberRow,
        actions: tuple[OpenAction, ...],
        parent: QWidget | None = None,
    ) -> None:
        # Only the list of actions is worth a size of its own: without it the question and the
        # day stay compact (a size remembered from a long list left it half empty).
        super().__init__(
            _("Remove member"),
            parent,
            ok_text=_("Remove"),
            settings=ctx.settings if actions else None,
        )
        self.ctx = ctx
        self.member = member
        self.left: LeftGroups | None = None  # after the save: what an Undo puts back
        question = QLabel(
            _("Remove {person} from “{group}”? The person stays in the contacts register.").format(
                person=member.name, group=group.name
            ),
            self,
        )
        question.setWordWrap(True)
        self.form.addRow(question)
        self.left_edit = OptionalDateEdit(self)
        self.left_edit.set_value(clock.today())
        self.add_row(membership_dates.LEFT_FIELD, _("Member until"), self.left_edit)
        self.left_edit.setFocus()
        self.has_actions = bool(actions)
        box = self._handover_box(group, member)
        if actions:
            self._list_actions(member, actions)
            self.add_row("hand_over_to", _("Open actions"), box)
            self.successor.setFocus()  # what becomes of the actions is the question asked
        else:
            box.hide()  # nothing to hand over: the day is the only question

    def _list_actions(self, member: MemberRow, actions: tuple[OpenAction, ...]) -> None:
        heading = ngettext(
            "{person} is responsible for {count} open action from the group:",
            "{person} is responsible for {count} open actions from the group:",
            len(actions),
        ).format(person=member.name, count=len(actions))
        listed = QLabel(
            "<p>"
            + heading
            + "</p><ul style='margin-left: -20px'>"
            + "".join(f"<li>{html.escape(_action_line(a))}</li>" for a in actions)
            + "</ul>",
            self,
        )
        listed.setWordWrap(True)
        self.form.addRow(listed)

    def _handover_box(self, group: GroupDetail, member: MemberRow) -> QWidget:
        others = [(m.person_id, _member_text(m)) for m in group.members if m.id != member.id]
        self.hand_over = QRadioButton(_("Hand them over to"), self)
        self.keep = QRadioButton(_("Leave them on {person}").format(person=member.name), self)
        choice = QButtonGroup(self)
        for button in (self.hand_over, self.keep):
            choice.addButton(button)
        self.successor = RecordCombo(parent=self, editable=False)
        self.successor.set_items(others)
        self.successor.setMinimumContentsLength(30)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hand_over)
        column.addWidget(self.successor)
        column.addWidget(self.keep)
        self.hand_over.toggled.connect(self.successor.setEnabled)
        if others:
            self.hand_over.setChecked(True)  # an action nobody in the group holds is forgotten
        else:
            self.hand_over.setEnabled(False)
            self.successor.setEnabled(False)
            self.keep.setChecked(True)
        return box

    def chosen_successor(self) -> int | None:
        """The person taking the actions over; None to leave them on the member (or none)."""
        if not self.has_actions or not self.hand_over.isChecked():
            return None
        return self.successor.value()

    def save(self) -> None:
        last = self.left_edit.value()
        if last is None:
            raise ValidationError(
                _("Give the last day as a member."), field=membership_dates.LEFT_FIELD
            )
        self.left = self.ctx.call(
            membership_changes.remove_member,
            self.member.id,
            None,
            self.chosen_successor(),
            left_on=last,
        )


def _member_text(member: MemberRow) -> str:
    """ "Anna Berglund — Trygghets- och säkerhetssamordnare": whom the actions go to."""
    return f"{member.name} — {member.title}" if member.title else member.name
