"""Verify now: the coordinator walks through the stale entries of the crisis contact list one by
one (never verified, or not in six months). For each: Correct (marked verified today), Edit (fix
the details, then it counts as verified), Skip, or Stop. Keyboard: Enter, E, S, Esc."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext, pgettext
from samverkan_desktop.services import contacts, crisis_external
from samverkan_desktop.services.crisis_verification import ContactRow, VerifyRound
from ui import key_guide
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.crisis.common import verified_text
from ui.crisis.org_dialogs import ExternalDialog
from ui.widgets.detail import DETAIL_STYLE, FactList
from ui.widgets.dialogs import show_error
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.table_model import WARNING_COLOUR

CARD_STYLE = (
    DETAIL_STYLE
    + "QFrame#verifyCard { background: white; border: 1px solid #d5dde6; border-radius: 6px; }"
)


class VerifyDialog(OneTimeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Verify the crisis contact list"))
        self.setStyleSheet(CARD_STYLE)
        self.ctx = ctx
        self.round = VerifyRound()
        self.entry: ContactRow | None = None
        self.changed = False

        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        card = QFrame(self)
        card.setObjectName("verifyCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel(card)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(card)
        self.subtitle.setObjectName("detailSubtitle")
        self.facts = FactList(card)
        for key, label in (
            ("organisation", _("Organisation")),
            ("phone", _("Phone")),
            ("email", _("E-mail")),
            ("verified", _("Last verified")),
        ):
            self.facts.add_fact(key, label)
        self.question = QLabel(_("Are these details still correct?"), card)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.subtitle)
        card_layout.addWidget(self.facts)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.question)
        card_layout.addStretch(1)
        self.done_label = QLabel(card)
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("font-size: 15px; color: #1d4d2b;")
        self.done_label.hide()
        card_layout.addWidget(self.done_label)

        self.correct_button = QPushButton(
            key_guide.with_keys(_("Correct – verified today"), key_guide.VERIFY_CORRECT), self
        )
        self.correct_button.setDefault(True)
        # The round's own words ("Ändra…", "Avsluta"), not the registers' "Redigera…".
        edit = pgettext("verify round", "Edit…")
        self.edit_button = QPushButton(key_guide.with_keys(edit, key_guide.VERIFY_EDIT), self)
        self.skip_button = QPushButton(key_guide.with_keys(_("Skip"), key_guide.VERIFY_SKIP), self)
        stop = pgettext("verify round", "Stop")
        self.stop_button = QPushButton(key_guide.with_keys(stop, key_guide.FORM_CANCEL), self)
        self.correct_button.clicked.connect(self.correct)
        self.edit_button.clicked.connect(self.edit)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.correct_button, self.edit_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(card, 1)
        layout.addLayout(buttons)
        self.resize(560, 330)
        self.advance()

    # --- the round ---------------------------------------------------------------------------

    def advance(self) -> None:
        try:
            self.entry = self.ctx.call(self.round.next)
            remaining = self.ctx.call(self.round.remaining)
        except DomainError as error:
            show_error(self, error)
            self.entry = None
            remaining = 0
        if self.entry is None:
            self._show_done()
            return
        self.progress.setText(
            ngettext("{n} entry left to check", "{n} entries left to check", remaining).format(
                n=remaining
            )
        )
        self._show_entry(self.entry)

    def _show_entry(self, entry: ContactRow) -> None:
        kind = _("Crisis organisation") if entry.internal else _("External contact")
        self.title.setText(entry.name or entry.function)
        self.subtitle.setText(f"{entry.group} · {entry.function} · {kind}")
        self.facts.set_fact("organisation", entry.organisation)
        self.facts.set_fact("phone", entry.phone or _("no phone number"))
        self.facts.set_fact("email", entry.email)
        self.facts.set_fact("verified", verified_text(entry.last_verified), WARNING_COLOUR)

    def _show_done(self) -> None:
        verified = len(self.round.verified)
        skipped = len(self.round.skipped)
        if verified or skipped:
            text = _("Done: {verified}, {skipped}.").format(
                verified=ngettext("{n} verified", "{n} verified", verified).format(n=verified),
                skipped=ngettext("{n} skipped", "{n} skipped", skipped).format(n=skipped),
            )
        else:
            text = _(
                "Every entry on the crisis contact list has been verified in the last six months."
            )
        self.progress.setText(_("Nothing left to check"))
        self.title.setText(_("The contact list is checked"))
        self.subtitle.setText("")
        for key in ("organisation", "phone", "email", "verified"):
            self.facts.set_fact(key, None)
        self.question.hide()
        self.done_label.setText(text)
        self.done_label.show()
        for button in (self.correct_button, self.edit_button, self.skip_button):
            button.setEnabled(False)
        self.stop_button.setText(_("Close"))
        self.stop_button.setDefault(True)
        self.stop_button.setFocus()

    def correct(self) -> None:
        if self.entry is None:
            return
        entry = self.entry
        try:
            self.ctx.call(self.round.verify, entry)
        except DomainError as error:
            show_error(self, error)
            return
        self._announce()
        self.advance()

    def skip(self) -> None:
        if self.entry is None:
            return
        self.round.skip(self.entry)
        self.advance()

    def edit(self) -> None:
        entry = self.entry
        if entry is None:
            return
        try:
            dialog: QDialog
            if entry.person_id is not None:
                person = self.ctx.call(contacts.get_person, entry.person_id)
                dialog = PersonDialog(self.ctx, person, self)
            else:
                contact = next(
                    c
                    for c in self.ctx.call(crisis_external.list_external)
                    if c.id == entry.contact_id
                )
                dialog = ExternalDialog(self.ctx, contact, self)
        except (DomainError, StopIteration):
            self.advance()  # removed meanwhile
            return
        if dialog.exec():
            # Just corrected: the details are checked as of today.
            self.correct()

    def _announce(self) -> None:
        self.changed = True
        self.ctx.bus.announce("crisis", "contacts")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Single keys: nothing in the dialog takes typed text.
        if self.entry is not None:
            if key_guide.VERIFY_CORRECT.matches(event):
                self.correct()
                return
            if key_guide.VERIFY_EDIT.matches(event):
                self.edit()
                return
            if key_guide.VERIFY_SKIP.matches(event):
                self.skip()
                return
        super().keyPressEvent(event)
