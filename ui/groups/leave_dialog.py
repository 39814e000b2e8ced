"""Remove a member who still holds open actions from the group: the confirmation lists them and
offers to hand them over to another member, or to leave them on the person."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import membership_changes
from samverkan_desktop.services.group_leaving import LeftGroups, OpenAction
from samverkan_desktop.services.group_rows import GroupDetail, MemberRow
from ui.context import AppContext
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
    """Pressing "Remove" is the confirmation; the handover (the default when another member
    can take it) happens in the same unit of work as the removal."""

    def __init__(
        self,
        ctx: AppContext,
        group: GroupDetail,
        member: MemberRow,
        actions: tuple[OpenAction, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Remove member"), parent, ok_text=_("Remove"), settings=ctx.settings)
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
        self.add_row("hand_over_to", _("Open actions"), box)
        self.hand_over.toggled.connect(self.successor.setEnabled)
        if others:
            self.hand_over.setChecked(True)  # an action nobody in the group holds is forgotten
        else:
            self.hand_over.setEnabled(False)
            self.successor.setEnabled(False)
            self.keep.setChecked(True)
        self.successor.setFocus()

    def chosen_successor(self) -> int | None:
        """The person taking the actions over; None to leave them on the member."""
        return self.successor.value() if self.hand_over.isChecked() else None

    def save(self) -> None:
        self.left = self.ctx.call(
            membership_changes.remove_member, self.member.id, None, self.chosen_successor()
        )


def _member_text(member: MemberRow) -> str:
    """ "Anna Berglund — Trygghets- och säkerhetssamordnare": whom the actions go to."""
    return f"{member.name} — {member.title}" if member.title else member.name
