"""The crisis organisation and its contact list: roles with a primary and deputies picked from the
contacts register, external contacts, when each entry was last verified (stale ones stand out),
the "verify now" round and the printable contact list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import (
    crisis_external,
    crisis_org,
    crisis_verification,
    verified_undo,
)
from samverkan_desktop.services.crisis_external import ExternalRow
from samverkan_desktop.services.crisis_org import RoleMemberRow, RoleRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import WARNING_STYLE, button_row, in_list_order, keep_own_order, verified_text
from ui.crisis.org_dialogs import ExternalDialog, RoleDialog, RoleMemberDialog
from ui.crisis.verify_dialog import VerifyDialog
from ui.widgets.arrow_buttons import DOWN, UP, as_up_and_down, enable_arrows, own_place
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import (
    perform,
    perform_confirmed,
    perform_undo,
    refused_before_asking,
    run_form,
)
from ui.widgets.page_labels import heading, muted
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import WARNING_COLOUR, Column


def _stale_colour(row: RoleMemberRow | ExternalRow) -> QColor | None:
    return WARNING_COLOUR if row.stale else None


def _stale_tip(row: RoleMemberRow | ExternalRow) -> str | None:
    return _("Not verified in the last 6 months: check the details.") if row.stale else None


def _verified_column() -> Column:  # type: ignore[type-arg]
    return Column(
        _("Last verified"),
        lambda r: verified_text(r.last_verified),
        sort_key=lambda r: r.last_verified or dt.date.min,
        colour=_stale_colour,
        tooltip=_stale_tip,
    )


def role_columns() -> list[Column[RoleRow]]:
    def deputies(row: RoleRow) -> str:
        return ", ".join(m.name for m in row.members if m.rank > 0)

    return [
        Column(
            _("Role"),
            lambda r: r.name,
            width=200,
            tooltip=lambda r: r.description,
            wrap=True,
        ),
        Column(
            _("Primary"),
            lambda r: r.primary.name if r.primary else _("– vacant –"),
            colour=lambda r: None if r.primary else WARNING_COLOUR,
            width=150,
            wrap=True,
        ),
        # Wrapping: a role's deputies on two lines, rather than the roles giving way.
        Column(_("Deputies"), deputies, tooltip=deputies, wrap=True),
    ]


def _contact_lines(row: RoleMemberRow) -> str:
    return "\n".join(part for part in (row.phone, row.email) if part)


def member_columns() -> list[Column[RoleMemberRow]]:
    return [
        # Left out where narrow (1100 px) for the contact details' room: the holders stay in
        # rank order, the role's list names its primary and deputies, the name's tooltip the rank.
        Column(
            _("Rank"),
            lambda r: r.rank_label,
            sort_key=lambda r: r.rank,
            width=88,
            wrap=True,
            aside=1,
        ),
        Column(
            _("Name"),
            lambda r: r.name,
            tooltip=lambda r: "\n".join(p for p in (r.rank_label, r.title) if p),
            width=135,
            wrap=True,
        ),
        # Phone above e-mail in one column: side by side at 1100 px the address got 75 px
        # ("karin.lind…"); together they get the room of both, the longer line whole.
        Column(
            _("Contact"),
            _contact_lines,
            tooltip=lambda r: _contact_lines(r) or None,
            width=190,
            lines=True,
        ),
        _verified_column(),
    ]


def external_columns() -> list[Column[ExternalRow]]:
    return [
        Column(
            _("Organisation"),
            lambda r: r.organisation,
            tooltip=lambda r: r.organisation,
            width=230,
            wrap=True,
        ),
        Column(
            _("Function"), lambda r: r.function, tooltip=lambda r: r.function, width=220, wrap=True
        ),
        Column(_("Person"), lambda r: r.person, width=150, wrap=True),
        Column(_("Phone"), lambda r: r.phone, width=130),
        _verified_column(),
    ]


def entry_key(row: RoleMemberRow | ExternalRow) -> str:
    """What "mark verified" marks: the person's own details, or the external function number."""
    if isinstance(row, RoleMemberRow) or row.person_id is not None:
        return f"person:{row.person_id}"
    return f"contact:{row.id}"


class OrganisationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("staleSummary")
        # On two lines beside the buttons where the page is narrow: on one it held a window
        # 900 px wide at 948 px once the page had been shown.
        self.stale_label.setWordWrap(True)
        self.verify_button = QPushButton(_("Verify now…"), self)
        self.verify_button.setToolTip(
            key_guide.with_keys(
                _("Walk through the entries not verified in 6 months"), key_guide.CONTACTS_VERIFY
            )
        )
        self.verify_button.clicked.connect(self.verify_now)
        self.print_button = QPushButton(_("Print contact list…"), self)
        self.print_button.setToolTip(
            key_guide.with_keys(
                _("The crisis contact list in the preview"), key_guide.CONTACTS_PRINT
            )
        )
        self.print_button.clicked.connect(self.print_contacts)
        # Listed in Hjälp → Kortkommandon from the guide (an action without text is not).
        for keys, slot in (
            (key_guide.CONTACTS_VERIFY, self.verify_now),
            (key_guide.CONTACTS_PRINT, self.print_contacts),
        ):
            action = keys.apply(QAction(self))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        top = QHBoxLayout()
        top.addWidget(self.stale_label, 1)
        top.addWidget(self.verify_button)
        top.addWidget(self.print_button)

        # Roles (left) and the holders of the selected role (right).
        roles_box = QWidget(self)
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(heading(_("Crisis organisation"), roles_box))
        row, self.role_buttons = button_row(
            roles_box,
            [
                (_("New role…"), self.new_role),
                (_("Edit…"), self.edit_role),
                (_("Delete…"), self.delete_role),
                (UP, lambda: self.move_role(-1)),
                (DOWN, lambda: self.move_role(1)),
            ],
        )
        as_up_and_down(*self.role_buttons[3:5])
        roles_layout.addLayout(row)
        self.roles: RecordTable[RoleRow] = RecordTable(role_columns(), roles_box)
        back_to_list(self.role_buttons[2], self.roles, self.role_buttons[0])
        self.roles.activated.connect(lambda _r: self.edit_role())
        keep_own_order(self.roles)
        roles_layout.addWidget(self.roles, 1)

        members_box = QWidget(self)
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        self.members_heading = heading(_("Holders"), members_box)
        members_layout.addWidget(self.members_heading)
        row, self.member_buttons = button_row(
            members_box,
            [
                (_("Add person…"), self.add_member),
                (_("Make primary"), self.make_primary),
                (UP, lambda: self.move_member(-1)),
                (DOWN, lambda: self.move_member(1)),
                (_("Mark verified"), lambda: self.mark_verified(self.members.current_row())),
                (_("Remove…"), self.remove_member),
            ],
        )
        as_up_and_down(*self.member_buttons[2:4])
        members_layout.addLayout(row)
        self.members: RecordTable[RoleMemberRow] = RecordTable(
            member_columns(), members_box, aside_unchosen=True
        )
        back_to_list(self.member_buttons[5], self.members, self.member_buttons[0])
        keep_own_order(self.members)
        members_layout.addWidget(self.members, 1)
        self.role_description = muted("", members_box)
        members_layout.addWidget(self.role_description)

        internal = QSplitter(Qt.Orientation.Horizontal, self)
        internal.setChildrenCollapsible(False)
        internal.addWidget(roles_box)
        internal.addWidget(members_box)
        internal.setSizes([900, 1100])

        external_box = QWidget(self)
        external_layout = QVBoxLayout(external_box)
        external_layout.setContentsMargins(0, 6, 0, 0)
        external_layout.addWidget(heading(_("External contacts"), external_box))
        row, self.external_buttons = button_row(
            external_box,
            [
                (_("New external contact…"), self.new_external),
                (_("Edit…"), self.edit_external),
                (UP, lambda: self.move_external(-1)),
                (DOWN, lambda: self.move_external(1)),
                (_("Mark verified"), lambda: self.mark_verified(self.external.current_row())),
                (_("Delete…"), self.delete_external),
            ],
        )
        as_up_and_down(*self.external_buttons[2:4])
        external_layout.addLayout(row)
        self.external: RecordTable[ExternalRow] = RecordTable(external_columns(), external_box)
        back_to_list(self.external_buttons[5], self.external, self.external_buttons[0])
        self.external.activated.connect(lambda _r: self.edit_external())
        keep_own_order(self.external)
        external_layout.addWidget(self.external, 1)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(internal)
        split.addWidget(external_box)
        split.setSizes([850, 1150])
        self.notice = NoticeBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)

        self.roles.current_changed.connect(self._show_role)
        self.members.current_changed.connect(lambda _r: self._update_buttons())
        self.external.current_changed.connect(lambda _r: self._update_buttons())
        self._update_buttons()

    # --- showing -----------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            roles = self.ctx.call(crisis_org.list_roles)
            external = self.ctx.call(crisis_external.list_external)
            stale = len(self.ctx.call(crisis_verification.stale_entries))
        except DomainError:
            return
        self.roles.set_rows(roles)
        if self.roles.current_row() is None and roles:
            self.roles.select_id(roles[0].id)
        self._show_role(self.roles.current_row())
        self.external.set_rows(external)
        if stale:
            self.stale_label.setText(
                ngettext(
                    "{n} entry on the contact list not verified in 6 months",
                    "{n} entries on the contact list not verified in 6 months",
                    stale,
                ).format(n=stale)
            )
            self.stale_label.setStyleSheet(WARNING_STYLE)
        elif external or any(role.members for role in roles):
            self.stale_label.setText(_("Every entry verified in the last 6 months"))
            self.stale_label.setStyleSheet("color: #1d4d2b;")
        else:  # nothing to verify is not "all verified"
            self.stale_label.setText(_("No entries on the contact list yet."))
            self.stale_label.setStyleSheet("")
        self.verify_button.setEnabled(bool(stale))
        self._update_buttons()

    def _show_role(self, role: RoleRow | None) -> None:
        if role is None:
            self.members_heading.setText(_("Holders"))
            self.members.set_rows([])
            self.role_description.setText("")
        else:
            self.members_heading.setText(_("Holders of {role}").format(role=role.name))
            self.members.set_rows(role.members)
            self.role_description.setText(role.description or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_role = self.roles.current_row() is not None
        for button in self.role_buttons[1:]:
            button.setEnabled(has_role)
        self.member_buttons[0].setEnabled(has_role)
        member = self.members.current_row()
        for button in self.member_buttons[1:]:
            button.setEnabled(member is not None)
        if member is not None:
            self.member_buttons[1].setEnabled(member.rank > 0)
        contact = self.external.current_row()
        for button in self.external_buttons[1:]:
            button.setEnabled(contact is not None)
        for table, (up, down) in (
            (self.roles, self.role_buttons[3:5]),
            (self.members, self.member_buttons[2:4]),
            (self.external, self.external_buttons[2:4]),
        ):
            enable_arrows(up, down, own_place(table), len(table.rows_model.rows()), table)

    def select_role(self, role_id: int) -> None:
        self.roles.select_id(role_id)

    # --- verification and print ----------------------------------------------------------------

    def verify_now(self) -> None:
        dialog = VerifyDialog(self.ctx, self)
        dialog.exec()
        marks = list(dialog.round.marks)
        if marks:
            self.notice.show_message(
                ngettext(
                    "{n} entry marked as verified today.",
                    "{n} entries marked as verified today.",
                    len(marks),
                ).format(n=len(marks)),
                lambda: self._take_back(marks),
            )

    def mark_verified(self, row: RoleMemberRow | ExternalRow | None) -> None:
        if row is None:
            return
        today, key, marks = clock.today(), entry_key(row), []

        def mark(session: Session) -> None:  # keeps the date it had, for Undo
            marks.append(crisis_verification.mark_verified(session, key, today))

        if perform(self, self.ctx, _VERIFIED_CHANGES, mark):
            name = row.name if isinstance(row, RoleMemberRow) else row.person or row.function
            self.notice.show_message(
                _("{name}: marked as verified {date}.").format(name=name, date=iso_date(today)),
                lambda: self._take_back(marks),
            )

    def _take_back(self, marks: list[crisis_verification.VerifiedMark]) -> None:
        """Undo: the dates as they were, unless a line changed since (refused, named)."""
        perform_undo(self, self.ctx, _VERIFIED_CHANGES, verified_undo.take_back, marks)

    def print_contacts(self) -> None:
        from samverkan_desktop.reports import crisis_contacts

        today = clock.today()
        preview_in_background(
            self,
            _("Crisis contact list"),
            _("Crisis contact list {date}.pdf").format(date=today.isoformat()),
            lambda: self.ctx.call(crisis_contacts.build, today),
        )

    # --- roles -------------------------------------------------------------------------------

    def new_role(self) -> None:
        dialog = RoleDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "crisis") and dialog.saved_id is not None:
            self.roles.select_id(dialog.saved_id)

    def edit_role(self) -> None:
        role = self.roles.current_row()
        if role is not None:
            run_form(RoleDialog(self.ctx, role, self), self.ctx, "crisis")

    def delete_role(self) -> None:
        role = self.roles.current_row()
        if role is None or refused_before_asking(
            self, self.ctx, "crisis", crisis_org.check_role_deletable, role.id
        ):
            return
        question = (
            _("Delete role"),
            _("Delete the role “{role}”? Its holders stay in the contacts register.").format(
                role=role.name
            ),
            _("Delete role"),
        )
        perform_confirmed(self, self.ctx, "crisis", question, crisis_org.delete_role, role.id)

    def move_role(self, delta: int) -> None:
        in_list_order(self.roles)
        role = self.roles.current_row()
        if role is not None:
            perform(self, self.ctx, "crisis", crisis_org.move_role, role.id, delta)

    # --- holders -----------------------------------------------------------------------------

    def add_member(self) -> None:
        role = self.roles.current_row()
        if role is None:
            return
        dialog = RoleMemberDialog(self.ctx, role, self)
        if run_form(dialog, self.ctx, "crisis") and dialog.added_id is not None:
            self.members.select_id(dialog.added_id)

    def make_primary(self) -> None:
        member = self.members.current_row()
        if member is not None:
            perform(self, self.ctx, "crisis", crisis_org.set_primary, member.id)

    def move_member(self, delta: int) -> None:
        in_list_order(self.members)
        member = self.members.current_row()
        if member is not None:
            perform(self, self.ctx, "crisis", crisis_org.move_member, member.id, delta)

    def remove_member(self) -> None:
        role = self.roles.current_row()
        member = self.members.current_row()
        if role is None or member is None:
            return
        question = (
            _("Remove from role"),
            _("Remove {name} from “{role}”? The person stays in the contacts register.").format(
                name=member.name, role=role.name
            ),
            _("Remove"),
        )
        perform_confirmed(self, self.ctx, "crisis", question, crisis_org.remove_member, member.id)

    # --- external contacts ---------------------------------------------------------------------

    def new_external(self) -> None:
        dialog = ExternalDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "crisis") and dialog.saved_id is not None:
            self.external.select_id(dialog.saved_id)

    def edit_external(self) -> None:
        contact = self.external.current_row()
        if contact is not None:
            run_form(ExternalDialog(self.ctx, contact, self), self.ctx, "crisis")

    def move_external(self, delta: int) -> None:
        in_list_order(self.external)
        contact = self.external.current_row()
        if contact is not None:
            perform(self, self.ctx, "crisis", crisis_external.move_external, contact.id, delta)

    def delete_external(self) -> None:
        contact = self.external.current_row()
        if contact is None:
            return
        question = (
            _("Delete contact"),
            _("Delete “{function}, {organisation}” from the crisis contact list?").format(
                function=contact.function, organisation=contact.organisation
            ),
            _("Delete"),
        )
        perform_confirmed(
            self, self.ctx, "crisis", question, crisis_external.delete_external, contact.id
        )


# A verified date shows in the crisis contact list and in the contacts register.
_VERIFIED_CHANGES = ("crisis", "contacts")
