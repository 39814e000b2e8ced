"""Texts that tell the user which key to press ("… och tryck Enter", "Spara utvärderingen
(Ctrl+Enter)", "Mellanslag eller Enter bockar av …") take the key from ui.key_guide, the keys the
code binds: they were typed by hand, so a key changed in the guide (or written otherwise by the
platform or the language) left the text naming a key that did nothing. Each place is opened with
its keys in the guide changed to others: the text must name the new keys and no key of its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import exercise_reading, exercises, groups
from tests.ui.clicks import line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import (
    alarms_training,
    area_in_window,
    calendar_window,
    crisis_tab,
    open_meeting,
    open_reception,
)
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui import key_guide, shortcuts_dialog
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.area import GroupsArea
from ui.groups.member_dialog import MemberDialog
from ui.meetings import editor as meeting_editor_module
from ui.meetings import keys as meeting_keys
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog
from ui.reception.window import ReceptionWindow

# Keys the texts never name by hand (Swedish and English names: Qt's translation may be loaded).
HAND_TYPED = ("Enter", "Return", "Ctrl+", "Esc", "F11", "Space", "Mellanslag", "Delete")
# The keys the guide is given instead: none of them is named anywhere in these places.
OTHER_KEYS = ("F9", "F10", "F12", "F3")

Opener = Callable[[QtBot, AppContext, ModalDriver], str]


def _labels(widget: QWidget) -> str:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    return "\n".join(texts)


def _reception(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> ReceptionWindow:
    return open_reception(qtbot, ctx, modals)


def _scan(qtbot: QtBot, window: ReceptionWindow, code: str) -> None:
    type_text(qtbot, window.input, code)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # the scanner's Enter (Qt's own)


def _reception_prompt(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    return _reception(qtbot, ctx, modals).prompt.text()


def _borrower_prompt(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    window = _reception(qtbot, ctx, modals)
    _scan(qtbot, window, "LARM-03")
    return window.prompt.text()


def _answered(
    qtbot: QtBot, modals: ModalDriver, read: Callable[[QWidget], str], act: Callable[[], None]
) -> str:
    """The text ``read`` finds in the dialog that ``act`` opens; the dialog is then cancelled."""
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        said.append(read(dialog))
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    modals.answer(answer)
    act()
    modals.check()
    return said[0]


def _fault_dialog(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    window = _reception(qtbot, ctx, modals)
    _scan(qtbot, window, "LARM-07")  # back from David Karlsson: a fault can be reported
    return _answered(
        qtbot,
        modals,
        _labels,
        lambda: qtbot.keyClick(window.input, Qt.Key.Key_F8),  # F8 is not among the keys changed
    )


def _question(box: QWidget) -> str:
    assert isinstance(box, QMessageBox)
    return box.informativeText()


def _take_back_question(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    window = _reception(qtbot, ctx, modals)
    return _answered(qtbot, modals, _question, lambda: _scan(qtbot, window, "LARM-14"))


def _leave_question(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    window = _reception(qtbot, ctx, modals)
    pressed = key_guide.RECEPTION_LEAVE.key_sequences()[0]  # the key bound, as given
    return _answered(qtbot, modals, _question, lambda: qtbot.keySequence(window.input, pressed))


def _shortcuts_list(_qtbot: QtBot, _ctx: AppContext, _modals: ModalDriver) -> str:
    """Hjälp → Kortkommandon's line for leaving reception mode (its words name the key)."""
    rows = shortcuts_dialog.guide(0)
    return next(r.what for r in rows if r.what.startswith("Lämna receptionsläget"))


def _attendee_field(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    page = alarms_training(qtbot, ctx)
    return line_edit(page.detail.attendees.person).placeholderText()


def _exercise(qtbot: QtBot, ctx: AppContext) -> CrisisArea:
    row = next(r for r in ctx.call(exercise_reading.list_exercises) if r.objectives)
    ctx.call(exercises.set_status, row.id, ExerciseStatus.CONDUCTED, row.date)
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(row.id)
    return area


def _evaluation(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    view = _exercise(qtbot, ctx).exercise_view
    view.tabs.setCurrentWidget(view.evaluation_tab)
    return _labels(view.evaluation_tab)


def _exercise_participants(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    view = _exercise(qtbot, ctx).exercise_view
    view.tabs.setCurrentWidget(view.participants_tab)
    return _labels(view.participants_tab)


def _exercise_checklist(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    view = _exercise(qtbot, ctx).exercise_view
    view.tabs.setCurrentWidget(view.checklist_tab)
    return _labels(view.checklist_tab)


def _lessons_and_log(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    view = _exercise(qtbot, ctx).exercise_view
    return view.lessons_tab.buttons[0].toolTip() + "\n" + view.log_tab.entry.placeholderText()


def _group(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    """A group shown: its "Lägg till medlem…" tooltip and the follow-up's Save button."""
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1366, 768)
    qtbot.waitUntil(lambda: area.page.table.model().rowCount() > 0)
    click_row(qtbot, area.page.table, "Lokal beredningsgrupp Östermalm")
    detail = area.detail
    texts = (detail.add_member_button.toolTip(), area.follow_up_tab.save_button.text())
    return "\n".join((*texts, detail.remove_button.toolTip()))


def _member_dialog(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    group = ctx.call(groups.get_group, ctx.call(groups.list_groups)[0].id)
    dialog = MemberDialog(ctx, group)
    qtbot.addWidget(dialog)
    return dialog.next_button.toolTip()


def _weekly_summary(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    dialog = WeeklyBriefDialog(ctx)
    qtbot.addWidget(dialog)
    buttons = (dialog.new_button, dialog.save_button, dialog.remove_button, dialog.history_button)
    return "\n".join([dialog.table.empty_label.text(), *(b.toolTip() for b in buttons)])


def _agreements(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    dialog = AgreementsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog.history_button.toolTip()


def _contact_list_tooltips(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    _window, area = crisis_tab(qtbot, ctx, "org_page")
    page = area.org_page
    return page.verify_button.toolTip() + "\n" + page.print_button.toolTip()


def _verify_round(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> str:
    _window, area = crisis_tab(qtbot, ctx, "org_page")
    button = area.org_page.verify_button
    return _answered(
        qtbot, modals, _labels, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    )


def _carried_action(qtbot: QtBot, ctx: AppContext, _modals: ModalDriver) -> str:
    _window, area = calendar_window(qtbot, ctx)
    editor = open_meeting(qtbot, area, tab="agenda_tab")  # one that carries open actions
    assert editor.meeting is not None
    follow_up = next(i for i in editor.meeting.agenda if i.standing_key == STANDING_ACTIONS)
    editor.agenda_tab.select_item(follow_up.id)
    line = editor.agenda_tab.carried.item(0)
    assert line is not None
    return line.toolTip().split("\n")[-1]  # after the action's origin


PLACES: list[tuple[str, tuple[str, ...], Opener]] = [
    ("reception prompt", ("RECEPTION_CONFIRM",), _reception_prompt),
    ("reception borrower prompt", ("RECEPTION_CONFIRM",), _borrower_prompt),
    ("reception fault", ("RECEPTION_FAULT_SAVE",), _fault_dialog),
    ("reception home loan", ("FORM_SAVE", "FORM_CANCEL"), _take_back_question),
    ("reception leave", ("RECEPTION_LEAVE", "RECEPTION_STAY"), _leave_question),
    ("shortcuts list", ("RECEPTION_LEAVE",), _shortcuts_list),
    ("training attendee", ("ATTENDEE_ADD",), _attendee_field),
    ("exercise evaluation", ("TEXT_BOX_SAVE",), _evaluation),
    ("exercise participants", ("LIST_TICK",), _exercise_participants),
    ("exercise checklist", ("LIST_TICK", "LIST_OPEN"), _exercise_checklist),
    ("exercise lessons and log", ("LESSON_NEW", "LOG_ENTER"), _lessons_and_log),
    ("group", ("GROUP_MEMBER_ADD", "FOLLOW_UP_SAVE", "GROUP_MEMBER_REMOVE"), _group),
    ("member dialog", ("MEMBER_NEXT",), _member_dialog),
    (
        "weekly summary",
        ("BRIEF_NEW", "BRIEF_SAVE", "BRIEF_REMOVE", "BRIEF_HISTORY"),
        _weekly_summary,
    ),
    ("agreements", ("AGREEMENT_HISTORY",), _agreements),
    ("contact list", ("CONTACTS_VERIFY", "CONTACTS_PRINT"), _contact_list_tooltips),
    (
        "verify round",
        ("VERIFY_CORRECT", "VERIFY_EDIT", "VERIFY_SKIP", "FORM_CANCEL"),
        _verify_round,
    ),
    ("agenda carried action", ("LIST_OPEN",), _carried_action),
]


@pytest.mark.parametrize(("names", "opener"), [p[1:] for p in PLACES], ids=[p[0] for p in PLACES])
def test_the_text_names_the_keys_the_guide_binds(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    monkeypatch: pytest.MonkeyPatch,
    names: tuple[str, ...],
    opener: Opener,
) -> None:
    changed = []
    for name, other in zip(names, OTHER_KEYS, strict=False):
        original = getattr(key_guide, name)
        keys = dataclasses.replace(original, sequences=(other,))
        monkeypatch.setattr(key_guide, name, keys)
        guide = [keys if listed is original else listed for listed in key_guide.GUIDE]
        monkeypatch.setattr(key_guide, "GUIDE", guide)  # Hjälp → Kortkommandon's
        changed.append(keys.label())
    text = opener(qtbot, demo_ctx, modals)
    for label in changed:
        assert label in text, (label, text)
        text = text.replace(label, "")
    assert [word for word in HAND_TYPED if word in text] == [], text


def test_the_meeting_editors_tooltips_name_its_actions_keys(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor's own actions (listed from themselves in Hjälp → Kortkommandon) bind Ctrl+S,
    Esc and Ctrl+N; "← Kalender", "Spara uppgifterna", "Spara anteckningar" and the empty
    decisions and actions lists name those keys."""
    bound = meeting_keys.meeting_action

    def elsewhere(
        parent: QWidget, what: str, keys: list[str], slot: Callable[[], object]
    ) -> QAction:
        other = {"Ctrl+S": "F9", "Esc": "F9", "Ctrl+N": "F10"}
        return bound(parent, what, [other.get(keys[0], keys[0])], slot)

    monkeypatch.setattr(meeting_editor_module, "meeting_action", elsewhere)
    monkeypatch.setattr(meeting_keys, "meeting_action", elsewhere)  # the tabs' buttons' keys
    _window, area = calendar_window(qtbot, demo_ctx)
    editor = open_meeting(qtbot, area)
    tips = {
        editor.back_button.toolTip(),
        editor.details_tab.save_button.toolTip(),
        editor.agenda_tab.save_button.toolTip(),
    }
    assert tips == {
        "Tillbaka till kalendern (F9)",
        "Spara uppgifterna (F9)",
        "Spara anteckningar (F9)",
    }
    empty = editor.decisions_tab.table.empty_label.text()
    assert empty == "Inga beslut ännu. ”Nytt beslut…” (F10) antecknar ett."
    assert "”Ny åtgärd…” (F10) lägger till en." in editor.actions_tab.raised.empty_label.text()
