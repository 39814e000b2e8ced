"""A save refused because another desk saved the record meanwhile (version columns): the form
says what the other desk changed and offers to load it ("Load their change, keep my text", F5),
keeping what the user typed in the fields she changed. One piece for every place that edits a
record: the record forms (FormDialog), the tabs that edit one in place (a meeting's details,
a group's follow-up) and the weekly summary's item editor. The place says which fields it has and how to read and show its record
(``RecordEditor``); ``ReloadOffer`` words the texts, shows the button, binds the key and puts
the typed values back (with ``form_reload``)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets import form_reload

ERROR_STYLE = "color: #b42318;"
DONE_STYLE = "color: #1f5f3a;"  # the other desk's change loaded: news, not an error


class RecordEditor(Protocol):
    """What a place editing one record tells the offer."""

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        """Each field's input and the line under it for its message, by the record's name."""
        ...

    def field_label(self, field: str) -> str:
        """The place's name of a field ("Plats"), as the texts name it."""
        ...

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        """The fields whose value differs between two versions of the record."""
        ...

    def clear_errors(self) -> None: ...

    def show_error(self, error: DomainError) -> None: ...

    def shown_record(self) -> object | None:
        """The record the fields were filled from (None: a new one)."""
        ...

    def saved_record(self) -> object:
        """The record as it is saved now, read anew (DomainError when gone)."""
        ...

    def show_record(self, record: Any) -> None:
        """Fill the fields from ``record`` and save against its version from now on."""
        ...


class ReloadOffer:
    """The refusal's text in ``general`` and the button under it; ``offer`` after a refused
    save, ``clear`` with the place's other messages, ``remember_opened`` whenever the fields
    are filled from the record (what the user changes after that is hers)."""

    def __init__(
        self,
        editor: RecordEditor,
        general: QLabel,
        parent: QWidget,
        key_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
        saved: str | None = None,
        loaded: str | None = None,
    ) -> None:
        """``saved`` and ``loaded``: the place's words for a change no field shows (another item
        of a week), ``saved`` with "{not_done}" for what the refused action did not do."""
        self.editor = editor
        self.general = general
        self.parent = parent
        self.key_context = key_context  # a tab in the window: only while the focus is in it
        self.button = QPushButton(
            key_guide.with_keys(_("Load their change, keep my text"), key_guide.FORM_RELOAD),
            parent,
        )
        self.button.setAutoDefault(False)  # Enter still saves
        self.button.clicked.connect(lambda _checked=False: self.reload_kept())
        self.button.hide()
        self._key: QShortcut | None = None  # bound once offered: the place's own keys else
        self.opened: dict[str, form_reload.Values] = {}
        self.saved, self.loaded = saved, loaded
        self.refusal = form_reload.save_refused()  # the action last refused

    def remember_opened(self, *fields: str) -> None:
        """The fields' values now are the record's (only ``fields``, when named)."""
        rows = self.editor.field_rows()
        for field in fields or tuple(rows):
            self.opened[field] = form_reload.field_values(rows[field][0])

    def clear(self) -> None:
        self.general.hide()
        self.general.setStyleSheet(ERROR_STYLE)
        self.button.hide()

    def _named(self, fields: list[str]) -> list[str]:
        """The place's names of ``fields``, each once (a time span's end shares its row's)."""
        return list(dict.fromkeys(self.editor.field_label(field) for field in fields))

    def offered(self) -> bool:
        return not self.button.isHidden()

    def offer(self, refusal: form_reload.Refusal | None = None) -> bool:
        """Say what the other desk changed and offer to load it; False: nothing to load (a new
        record), the caller says the refusal itself. ``refusal``: the words of an action that
        is not a save (a move: "so the item was not moved")."""
        shown = self.editor.shown_record()
        if shown is None:
            return False
        try:
            saved = self.editor.saved_record()
        except DomainError as error:  # deleted meanwhile: that is what to say
            self.editor.show_error(error)
            return True
        self.editor.clear_errors()
        self.refusal = refusal or form_reload.save_refused()
        changed = self.editor.changed_fields(shown, saved)
        typed = self._typed()  # "what you typed stays" only when there is text of hers to keep
        self.general.setText(
            form_reload.refused_text(self._named(changed), self.saved, self.refusal, typed)
        )
        self.general.show()
        words = _("Load their change, keep my text") if typed else _("Load their change")
        self.button.setText(key_guide.with_keys(words, key_guide.FORM_RELOAD))
        self.button.show()
        if self._key is None:
            self._key = key_guide.FORM_RELOAD.bind(self.parent, self.reload_kept, self.key_context)
        return True

    def _typed(self) -> bool:
        """Whether a field differs from what it was filled with (unknown: yes)."""
        if not self.opened:
            return True
        rows = self.editor.field_rows()
        return any(
            form_reload.field_values(widget) != self.opened.get(field)
            for field, (widget, _label) in rows.items()
            if field in self.opened
        )

    def reload_kept(self) -> None:
        """F5 or the button: the record as the other desk saved it, with what the user typed
        kept in the fields she changed; where both changed a field, theirs is said under it."""
        if self.button.isHidden():
            return
        try:
            saved = self.editor.saved_record()
        except DomainError as error:
            self.editor.show_error(error)
            return
        rows = self.editor.field_rows()
        fields = {field: widget for field, (widget, _label) in rows.items()}

        def load() -> None:
            self.editor.show_record(saved)
            self.remember_opened()  # theirs is now what the fields were filled from

        # A copy: load() puts theirs in its place.
        merged = form_reload.load_keeping_typed(fields, dict(self.opened), load)
        self.editor.clear_errors()
        self.general.setText(
            form_reload.reloaded_text(
                self._named(merged.changed), self._named(merged.typed), self.loaded, self.refusal
            )
        )
        self.general.setStyleSheet(DONE_STYLE)
        self.general.show()
        for field, text in merged.theirs.items():
            label = rows[field][1]
            label.setText(form_reload.theirs_text(text))
            label.show()
        if merged.typed:
            fields[merged.typed[0]].setFocus()
