"""Part of a name typed in a picker that stands for one record is taken for it ("elsa hol" lends
to Elsa Holmgren): a grey line under the field names whom the form will take before it is
saved, so a new person's whole name ("Elsa Holm") taken for someone else is seen, not lent to.
No line when the field holds a whole item, or names several or none."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import click_button, close_names, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, group_members
from tests.ui.test_picker_word_start import _borrower, _lend, _offered
from ui.alarms.lend_dialog import LendDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.member_dialog import MemberDialog
from ui.widgets.record_combo import RecordCombo

ELSA = "Elsa Holmgren — Socialtjänsten, vuxenenheten"


def _lines(dialog: QWidget, combo: RecordCombo) -> list[str]:
    """The "→ …" lines the user reads in ``dialog``, each checked to be under ``combo``."""
    shown = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("→")
    ]
    field_bottom = combo.mapTo(dialog, combo.rect().bottomLeft()).y()
    for label in shown:
        top = label.mapTo(dialog, label.rect().topLeft())
        assert field_bottom < top.y() < field_bottom + 2 * combo.height(), "not under the field"
    return [label.text() for label in shown]


def _retyped(qtbot: QtBot, combo: RecordCombo, text: str) -> None:
    field = line_edit(combo)
    field.clear()
    type_text(qtbot, field, text)


def test_part_of_a_name_shows_whom_the_loan_goes_to_and_lends_to_them(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: list[list[str]] = []

    def fill(dialog: LendDialog) -> None:
        type_text(qtbot, line_edit(dialog.borrower_combo), "elsa hol")
        close_names(qtbot, dialog.borrower_combo)
        seen.append(_lines(dialog, dialog.borrower_combo))

    _lend(qtbot, demo_ctx, modals, fill)
    assert seen == [[f"→ {ELSA}"]]
    assert _borrower(demo_ctx) == "Elsa Holmgren"


def test_the_line_only_while_part_of_one_name_is_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, list[str]] = {}

    def fill(dialog: LendDialog) -> None:
        combo = dialog.borrower_combo
        for typed in ("Anna", "a", "Zlatan", ELSA):  # one, several, none, the whole item
            _retyped(qtbot, combo, typed)
            close_names(qtbot, combo)
            seen[typed] = _lines(dialog, combo)
        _retyped(qtbot, combo, "Lind")  # two in the popup: the one clicked is whole
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        assert popup is not None
        assert _offered(combo) == ["Karin Lindqvist", "Sofia Lindberg"]
        first = popup.visualRect(popup.model().index(0, 0)).center()
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=first)
        seen["picked"] = _lines(dialog, combo)

    _lend(qtbot, demo_ctx, modals, fill)
    assert seen == {
        "Anna": ["→ Anna Berglund — Avdelningen för stadsmiljö"],
        "a": [],
        "Zlatan": [],
        ELSA: [],
        "picked": [],
    }
    assert _borrower(demo_ctx) == "Karin Lindqvist"


def test_a_new_persons_name_taken_for_someone_else_is_added_as_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The line shows "Elsa Holm" is taken for Elsa Holmgren; "New person…" then starts the
    new person with the name typed, and the loan goes to her."""
    seen: list[object] = []

    def add_person() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        try:
            seen.append(dialog.name_edit.text())
            click_button(qtbot, dialog, "Lägg till person")
        finally:
            if dialog.isVisible():  # refused: never leave the test hanging
                dialog.reject()

    def fill(dialog: LendDialog) -> None:
        type_text(qtbot, line_edit(dialog.borrower_combo), "Elsa Holm")
        close_names(qtbot, dialog.borrower_combo)
        seen.append(_lines(dialog, dialog.borrower_combo))
        QTimer.singleShot(50, add_person)
        click_button(qtbot, dialog, "Ny person…")
        seen.append(_lines(dialog, dialog.borrower_combo))  # the new one, whole: no line

    _lend(qtbot, demo_ctx, modals, fill)
    assert seen == [[f"→ {ELSA}"], "Elsa Holm", []]
    assert _borrower(demo_ctx) == "Elsa Holm"


def test_a_member_added_from_part_of_her_name_is_named_under_the_field(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group = "Chefsamråd trygghet"  # Sara Holm is not a member yet
    page = group_members(qtbot, area, group)
    seen: list[list[str]] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, line_edit(dialog.person_combo), "sara hol")
        close_names(qtbot, dialog.person_combo)
        seen.append(_lines(dialog, dialog.person_combo))
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(add)
    click_button(qtbot, page, "Lägg till medlem…")
    modals.check()
    assert seen == [["→ Sara Holm — Kommunpolis, Lokalpolisområde Norrmalm"]]
    (found,) = [g for g in demo_ctx.call(groups.list_groups) if g.name == group]
    members = demo_ctx.call(groups.get_group, found.id).members
    assert "Sara Holm" in [m.name for m in members]


def test_the_name_is_said_once_while_the_list_offers_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Typing "Sofia" in the lending form showed her twice, in the list of names and on the
    "→" line under it: while the list offers her the line says nothing; closed with Esc, the
    name still part-typed, the line names her."""
    seen: dict[str, object] = {}
    sofia = "Sofia Lindberg — Socialtjänsten, barn och unga"

    def fill(dialog: LendDialog) -> None:
        combo = dialog.borrower_combo
        type_text(qtbot, line_edit(combo), "Sofia")
        seen["offered"] = _offered(combo)
        seen["open"] = _lines(dialog, combo)
        close_names(qtbot, combo)
        seen["closed"] = _lines(dialog, combo)

    _lend(qtbot, demo_ctx, modals, fill)
    assert seen == {"offered": ["Sofia Lindberg"], "open": [], "closed": [f"→ {sofia}"]}
    assert _borrower(demo_ctx) == "Sofia Lindberg"
