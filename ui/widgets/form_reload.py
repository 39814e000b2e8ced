"""After another desk saved the record a form shows, its save is refused (version columns): the
form says what the other desk changed and loads it on one click (F5), keeping what the user typed
in the fields she changed, so she sees their change and saves again (she had to copy her text,
cancel and open the record anew). This module reads and puts back a field's values and words the
texts; ui.widgets.reload_offer does the rest for a form or a tab that says how to read and show
its record."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from samverkan_desktop.i18n import _

Values = tuple[object, ...]


@runtime_checkable
class Compound(Protocol):
    """A field whose inputs come and go (a line per organisation) or are no input widgets (a
    list of ticks): it gives and takes its values itself, where reading input by input would
    find another number of inputs after loading, or none."""

    def form_values(self) -> Values: ...

    def put_form_values(self, values: Values) -> None: ...

    def form_text(self) -> str: ...


def _compound(field: QWidget) -> Compound | None:
    """The field itself or the compound input inside its row (a group's organisations sit
    under a line naming those the members bring)."""
    for widget in (field, *field.findChildren(QWidget)):
        if isinstance(widget, Compound):
            return widget
    return None


def _inputs(field: QWidget) -> list[QWidget]:
    """The inputs of a form field (the field itself or the inputs inside it), each once: the line
    edit inside a date or an editable list is part of that input, not one of its own."""
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
    found: list[QWidget] = []
    for widget in (field, *field.findChildren(QWidget)):
        if not isinstance(widget, kinds):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable():
            continue  # a "…" button beside the field holds no value
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            continue
        if _inside_an_input(widget, field):
            continue
        found.append(widget)
    return found


def _inside_an_input(widget: QWidget, field: QWidget) -> bool:
    """Whether ``widget`` is a part of an input within ``field``: the line edit of a date or an
    editable list, the year of a date's calendar ("2026-05-31 2026" was said for a date)."""
    parent = widget.parentWidget() if widget is not field else None
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        if parent is field:
            return False
        parent = parent.parentWidget()
    return False


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _put(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(value)  # type: ignore[arg-type]
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)  # type: ignore[arg-type]
    elif isinstance(widget, QComboBox) and isinstance(value, tuple):
        index, text = value
        widget.setCurrentIndex(index)
        if widget.isEditable():
            widget.setEditText(text)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)


def field_values(field: QWidget) -> Values:
    """What a field holds now, to compare with what it held before."""
    compound = _compound(field)
    if compound is not None:
        return compound.form_values()
    return tuple(_value(widget) for widget in _inputs(field))


def put_back(field: QWidget, values: Values) -> None:
    """Put a field's earlier values back (what the user had typed)."""
    compound = _compound(field)
    if compound is not None:
        compound.put_form_values(values)
        return
    inputs = _inputs(field)
    if len(inputs) == len(values):  # the same field: it did not grow inputs meanwhile
        for widget, value in zip(inputs, values, strict=True):
            _put(widget, value)


def shown_text(field: QWidget) -> str:
    """A field's value as the user reads it, for "the other desk saved: …"."""
    compound = _compound(field)
    if compound is not None:
        return compound.form_text() or _("(empty)")
    parts: list[str] = []
    for widget in _inputs(field):
        if isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, (QAbstractSpinBox, QComboBox)):
            parts.append(widget.currentText() if isinstance(widget, QComboBox) else widget.text())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text() if widget.isChecked() else "")
    text = " ".join(part.strip() for part in parts if part.strip())
    return text or _("(empty)")


def changed_attributes(fields: Iterable[str], before: object, after: object) -> list[str]:
    """The fields whose value the other desk changed, a field named as the record's attribute
    (as the services name them)."""
    return [
        name
        for name in fields
        if hasattr(before, name)
        and hasattr(after, name)
        and getattr(before, name) != getattr(after, name)
    ]


@dataclass(frozen=True)
class Merged:
    """What loading the other desk's record did to a form's fields."""

    changed: list[str]  # theirs loaded: fields the user had not typed in
    typed: list[str]  # hers kept
    theirs: dict[str, str] = field(default_factory=dict)  # both changed: theirs as shown


def load_keeping_typed(
    fields: Mapping[str, QWidget], opened: Mapping[str, Values], load: Callable[[], None]
) -> Merged:
    """``load`` fills the fields from the other desk's record; what the user typed since the
    fields held ``opened`` is put back in the fields she changed."""
    mine = {name: field_values(widget) for name, widget in fields.items()}
    typed = [name for name in fields if mine[name] != opened.get(name, mine[name])]
    load()
    theirs = {name: field_values(widget) for name, widget in fields.items()}
    # Theirs differs from what was shown; a field the record does not fill (a note to add)
    # still holds hers and is not theirs.
    changed = [
        name for name in fields if theirs[name] != opened.get(name) and theirs[name] != mine[name]
    ]
    both = {name: shown_text(fields[name]) for name in typed if name in changed}
    for name in typed:
        put_back(fields[name], mine[name])
    return Merged([name for name in changed if name not in typed], typed, both)


def _listed(labels: Sequence[str]) -> str:
    if len(labels) == 1:
        return labels[0]
    return _("{some} and {last}").format(some=", ".join(labels[:-1]), last=labels[-1])


@dataclass(frozen=True)
class Refusal:
    """The words for a refused action that is not a save (a move, a removal): what it did not do
    ("the item was not moved", after "so"), what to do once theirs is loaded and, for an action
    that leaves nothing typed (what was typed is saved before a move), what loading shows."""

    not_done: str
    again: str
    load: str | None = None  # None: "what you typed stays in the fields"


def save_refused() -> Refusal:
    """A refused save: "… so nothing was saved", then "Check it and save again"."""
    return Refusal(_("nothing was saved"), _("Check it and save again."))


def refused_text(
    changed: Sequence[str],
    saved: str | None = None,
    refusal: Refusal | None = None,
    typed: bool = True,
) -> str:
    """The refusal: what the other desk changed (the form's names of the fields), or that it
    saved the record at all (a change no field here shows, e.g. a unit taken back; ``saved``
    says that in the form's own words, "… so {not_done}.")."""
    refusal = refusal or save_refused()
    not_done = refusal.not_done
    if changed:
        said = _("Another desk has changed {fields} since you opened this, so {not_done}.")
        said = said.format(fields=_listed([label.lower() for label in changed]), not_done=not_done)
    else:
        said = saved or _("Another desk has saved this since you opened it, so {not_done}.")
        said = said.format(not_done=not_done)
    load = refusal.load or (
        _("Load their change to see it: what you typed stays in the fields.")
        if typed
        else _("Load their change to see it.")
    )
    return said + " " + load


def reloaded_text(
    changed: Sequence[str],
    kept: Sequence[str],
    loaded: str | None = None,
    refusal: Refusal | None = None,
) -> str:
    """After loading the other desk's change: what it was, what of hers was kept (``loaded``:
    the form's words for a change no field shows), and to do again what was refused."""
    if changed:
        said = _("Loaded the other desk's change to {fields}.").format(
            fields=_listed([label.lower() for label in changed])
        )
    else:
        said = loaded or _("Loaded the record as the other desk saved it.")
    if kept:
        said += " " + _("What you typed is kept in {fields}.").format(
            fields=_listed([label.lower() for label in kept])
        )
    return said + " " + (refusal or save_refused()).again


def theirs_text(theirs: str) -> str:
    """Under a field both desks changed: theirs, while the field keeps hers."""
    return _("The other desk saved: “{text}”. Yours is kept here; save to replace theirs.").format(
        text=theirs
    )


def retry_text(name: str, button: str) -> str:
    """A form with nothing of the record to load (a loan of the unit ``name``) refused by a
    save at another desk in the same instant: the same save again is what to do."""
    return _(
        "{name} was changed at another desk at the same moment, so nothing was saved; what you"
        " typed is kept. Press “{button}” to try again."
    ).format(name=name, button=button)
