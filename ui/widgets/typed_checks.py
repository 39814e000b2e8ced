"""What a form's fields refuse of their own typing, read all at once before the save: a date
that names no day, a time no clock has, a number outside its field's range, a name no one in
the register has. The form shows every one beside its field (a refused time hid a refused date
until the time was put right). The service's own rules are judged at the save once these pass,
or with them on the fields that did read where the form asks (FormDialog.rule_refusals)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from samverkan_desktop.errors import ValidationError
from ui.widgets.date_field import OptionalDateEdit
from ui.widgets.number_field import refused_number

Check = Callable[[], object]  # raises ValidationError when what is typed cannot be read
T = TypeVar("T")


def readable(read: Callable[[], T]) -> T | None:
    """What ``read`` reads, None where the typing cannot be read (the typed checks say why):
    the form's rules are then judged on the fields that did read (FormDialog.rule_refusals)."""
    try:
        return read()
    except ValidationError:
        return None


class TypedChecks:
    def __init__(self) -> None:
        self._checks: list[tuple[str, Check]] = []

    def add(self, field: str, check: Check) -> None:
        """``check`` reads ``field`` (its refusal shown there unless it names another)."""
        self._checks.append((field, check))

    def add_fields_of(self, field: str, widget: QWidget) -> None:
        """The checks ``widget`` brings itself: its dates and numbers."""
        for date in [widget, *widget.findChildren(OptionalDateEdit)]:
            if isinstance(date, OptionalDateEdit):
                self.add(field, date.value)
        self.add(field, lambda: _number_in_range(widget, field))

    def refusals(self) -> list[ValidationError]:
        """One refusal per field, in the form's order."""
        found: dict[str, ValidationError] = {}
        for field, check in self._checks:
            try:
                check()
            except ValidationError as error:
                found.setdefault(error.field or field, error)
        return [ValidationError(error.message, field=field) for field, error in found.items()]


def _number_in_range(widget: QWidget, field: str) -> None:
    """A number typed outside its field's range is refused, kept as typed: the save would read
    another number (Qt's last one in range)."""
    refused = refused_number([widget])
    if refused is not None:
        raise ValidationError(refused[1], field=field)


def with_rules(
    typed: list[ValidationError], rules: list[ValidationError], rows: Mapping[str, QWidget]
) -> list[ValidationError]:
    """The ``typed`` refusals and the ``rules``' on the rows they leave free, in the form's
    order (``rows``: each field's error line, a row's parts sharing one). A rule's refusal of a
    row whose typing did not read would speak of an emptiness the user did not leave."""

    def row(error: ValidationError) -> int | None:
        line = rows.get(error.field or "")
        return None if line is None else id(line)

    taken = {row(e) for e in typed} - {None}
    found = typed + [e for e in rules if row(e) not in taken]
    order = {field: index for index, field in enumerate(rows)}
    return sorted(found, key=lambda e: order.get(e.field or "", -1))
