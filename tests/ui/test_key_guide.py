"""Hjälp → Kortkommandon lists the keys of the forms, lists and dialogs (ui.key_guide) beside
the window's: each key listed there is bound by the code (the dialogs take their keys from the
guide), and a dialog has no key the guide does not list; a widget's own key handler
(keyPressEvent, an event filter) asks the guide too, so its keys are listed as well."""

from __future__ import annotations

import ast
import re

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import PROJECT_ROOT
from samverkan_desktop.services import groups
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of, native_keys
from tests.ui.tables import column_texts
from tests.ui.test_actions_area import choose
from tests.ui.windows import show_window
from ui import key_guide
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.member_dialog import MemberDialog
from ui.main_window import MainWindow
from ui.overview.minutes_import_dialog import MinutesImportDialog
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog
from ui.shortcuts_dialog import ShortcutsDialog

UI = PROJECT_ROOT / "ui"
GUIDED = {name: keys for name, keys in vars(key_guide).items() if isinstance(keys, key_guide.Keys)}


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(PROJECT_ROOT)): path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if path.name != "key_guide.py"
    }


def test_every_key_the_guide_lists_is_bound_by_the_code() -> None:
    """A key the code no longer binds (its use removed) would be listed for nothing."""
    code = "\n".join(_sources().values())
    unused = [
        name
        for name, keys in GUIDED.items()
        if not keys.builtin and not re.search(rf"\bkey_guide\.{name}\b", code)
    ]
    assert unused == []
    assert len(GUIDED) == len(key_guide.GUIDE)  # every entry has its name


def test_no_dialog_binds_a_key_of_its_own_beside_the_guide() -> None:
    """A QShortcut is made only by the guide (``Keys.bind``): one made elsewhere is a key that
    Hjälp → Kortkommandon would not know."""
    made = [path for path, text in _sources().items() if "QShortcut(" in text]
    assert made == []


KEY_HANDLERS = {"keyPressEvent", "keyReleaseEvent", "eventFilter", "event"}
KEY_EVENTS = ("KeyPress", "KeyRelease", "ShortcutOverride", "QKeyEvent")
READS_THE_KEY = {"key", "keyCombination", "nativeVirtualKey", "nativeScanCode"}
NAMES_A_KEY = ("StandardKey", "QKeySequence", "Key_")


def _trees() -> dict[str, ast.Module]:
    return {path: ast.parse(text) for path, text in _sources().items()}


def _key_handlers() -> list[tuple[str, ast.FunctionDef]]:
    """Every keyPressEvent in ui/, and every event filter (or event()) that looks at keys."""
    found: list[tuple[str, ast.FunctionDef]] = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in KEY_HANDLERS:
                text = ast.unparse(node)
                if node.name.startswith("key") or any(word in text for word in KEY_EVENTS):
                    found.append((path, node))
    return found


def _keys_of_its_own(tree: ast.Module) -> list[str]:
    """The places that tell a key apart without the guide: ``event.key()`` (or its like), or
    ``event.matches(<a key>)``."""
    found: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        arguments = " ".join(ast.unparse(argument) for argument in node.args)
        if (name in READS_THE_KEY and not node.args) or (
            name == "matches" and any(word in arguments for word in NAMES_A_KEY)
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_key_handler_takes_its_keys_from_the_guide() -> None:
    """A key a widget handles itself (Enter on a calendar meeting, F8 at the reception desk,
    0–3 in a walk's checklist) is listed in Hjälp → Kortkommandon only if the handler asks the
    guide for it: no code in ui/ reads a pressed key itself, and every key handler names a
    key of the guide."""
    own = {path: found for path, tree in _trees().items() if (found := _keys_of_its_own(tree))}
    assert own == {}
    handlers = _key_handlers()
    assert len(handlers) >= 12  # the scan finds them (calendar, reception, walks, groups ...)
    unguided = [
        f"{path}:{node.lineno} {node.name}"
        for path, node in handlers
        if "key_guide." not in ast.unparse(node)
    ]
    assert unguided == []


def _live_keys(dialog: QWidget) -> set[str]:
    """Every key the dialog's shortcuts and actions answer to, as portable text."""
    sequences: list[QKeySequence] = []
    for shortcut in dialog.findChildren(QShortcut):
        sequences += shortcut.keys()
    for action in dialog.findChildren(QAction):
        sequences += action.shortcuts()
    return {s.toString() for s in sequences if not s.isEmpty()}


def _listed(*places: str) -> set[str]:
    return {
        sequence.toString()
        for keys in key_guide.GUIDE
        if keys.where in places
        for sequence in keys.key_sequences()
    }


def test_the_dialogs_keys_are_all_listed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    group = demo_ctx.call(groups.get_group, demo_ctx.call(groups.list_groups)[0].id)
    lists = key_guide.IN_LISTS
    dialogs: list[tuple[QDialog, set[str]]] = [
        (WeeklyBriefDialog(demo_ctx), _listed(key_guide.WEEKLY, lists)),
        (AgreementsDialog(demo_ctx), _listed(key_guide.AGREEMENTS, lists)),
        (MinutesImportDialog(demo_ctx, BriefWeek(2026, 49), 0), _listed(key_guide.IMPORT, lists)),
        (MemberDialog(demo_ctx, group), _listed(key_guide.MEMBER, key_guide.IN_FORMS, lists)),
    ]
    for dialog, listed in dialogs:
        qtbot.addWidget(dialog)
        live = _live_keys(dialog)
        assert live and live <= listed, (dialog.windowTitle(), live - listed)
    weekly = _live_keys(dialogs[0][0])
    for keys in (key_guide.BRIEF_NEW, key_guide.BRIEF_SAVE, key_guide.BRIEF_HISTORY):
        assert {s.toString() for s in keys.key_sequences()} <= weekly  # listed and there


def test_help_lists_the_keys_of_forms_lists_and_dialogs(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1366, 768)
    seen: dict[str, list[tuple[str, str, str]]] = {}

    def rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
        table = dialog.table
        return list(
            zip(
                column_texts(table, "Var"),
                column_texts(table, "Vad"),
                column_texts(table, "Tangenter"),
                strict=True,
            )
        )

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        seen["all"] = rows(dialog)
        type_text(qtbot, dialog.search, "veckosam ctrl+s")
        seen["found"] = rows(dialog)
        seen["count"] = [("", "", dialog.count.text())]
        dialog.search.clear()
        choose(qtbot, dialog.place, "Lägg till medlem")  # one place's keys
        seen["place"] = rows(dialog)
        dialog.accept()

    modals.answer(read)
    help_menu = menu_of(window, -1)
    next(a for a in help_menu.actions() if a.text() == "&Kortkommandon").trigger()
    modals.check()
    listed = seen["all"]
    assert ("Överallt", "Avsluta", "Ctrl+Q") in listed  # the window's, as before
    for row in (
        ("I formulär", "Spara och stäng från en text med flera rader", "Ctrl+Return / Ctrl+Enter"),
        ("I formulär", "Stäng utan att spara", "Esc"),
        ("I listor", "Kryssa i eller ur (en lista med rutor att kryssa)", "Space"),
        ("I listor", "Ny rad (en tabell att skriva i)", "Ins"),
        ("I verktygsfält", "Knappen före eller efter", "Left / Right"),
        ("I verktygsfält", "Den första eller den sista knappen", "Home / End"),
        (
            "I verktygsfält",
            "Tryck på den valda knappen (öppna dess meny)",
            "Space / Return / Enter",
        ),
        ("Veckosammanställning", "Ny punkt", "Ctrl+N"),
        ("Lägg till medlem", "Lägg till och nästa", "Ctrl+Return / Ctrl+Enter"),
        ("Kontrollera krisledningens kontaktlista", "Hoppa över", "S"),
        ("Kris och övningar", "1 Uppfyllt", "Alt+1"),  # a button's underlined letter
        ("Kalender", "Öppna mötet (ett möte valt med Tab)", "Return / Enter"),
        ("Kalender", "Mötet före eller efter samma dag (vecka)", "Up / Down"),
        ("Grupper och möten", "Ta bort den markerade medlemmen (i en grupps medlemmar)", "Del"),
        (
            "Trygghetsvandringar",
            "Bedöm punkten 0–3 och gå vidare till anteckningen (checklistan)",
            "0 / 1 / 2 / 3",
        ),
        ("Larm – reception", "Anmäl fel på larmet som lämnats tillbaka", "F8"),
        ("Larm – reception", "Annan låntagare", "Up / Down"),
        ("Larm – reception", "Lämna receptionsläget (frågar först: F11 igen lämnar)", "F11"),
    ):
        where, what, keys = row
        assert (where, what, native_keys(keys)) in listed, row
    assert seen["found"] == [("Veckosammanställning", "Spara punkt", native_keys("Ctrl+S"))]
    assert seen["count"][0][2] == f"1 av {len(listed)} kortkommandon"
    assert seen["place"] == [
        ("Lägg till medlem", "Lägg till och nästa", native_keys("Ctrl+Return / Ctrl+Enter"))
    ]
