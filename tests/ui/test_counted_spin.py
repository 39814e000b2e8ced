"""Number fields whose unit follows the number (ui/widgets/counted_spin): "1 säkerhetskopia",
"1 månad", "1 dag före", not "1 säkerhetskopior" / "1 månader" / "1 dagar före"."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import PROJECT_ROOT
from tests.ui.answers import cancel_typed
from tests.ui.conftest import ModalDriver
from tests.ui.openers import in_settings
from tests.ui.windows import keep_shot, show_window
from ui.context import AppContext
from ui.crisis.plan_dialogs import interval_spin
from ui.groups.rule_before import BeforeGroupPage
from ui.groups.rule_fields import RuleFields
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.widgets.number_field import NumberField


def _type(qtbot: QtBot, spin: QSpinBox, typed: str) -> str:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    return spin.text()


def test_the_settings_say_1_backup_1_month_1_day(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    shown: dict[str, list[str]] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        for key in ("backups.keep", "alarms.retention_months", "alarms.test_interval_days"):
            spin = dialog.editors[key]
            assert isinstance(spin, QSpinBox)
            shown[key] = [_type(qtbot, spin, "1"), _type(qtbot, spin, "12")]
            qtbot.keyClick(spin, Qt.Key.Key_Down)  # 11, as a coordinator steps down
            shown[key].append(spin.text())
        cancel_typed(qtbot, dialog)

    in_settings(qtbot, window, modals, look)
    assert shown == {
        "backups.keep": ["1 säkerhetskopia", "12 säkerhetskopior", "11 säkerhetskopior"],
        "alarms.retention_months": ["1 månad", "12 månader", "11 månader"],
        "alarms.test_interval_days": ["1 dag", "12 dagar", "11 dagar"],
    }


def test_a_field_keeps_its_width_as_the_unit_changes(qtbot: QtBot) -> None:
    holder = show_window(qtbot, QWidget(), 300, 60)
    spin = interval_spin(holder)
    spin.show()
    spin.setValue(12)
    wide = spin.sizeHint().width()
    assert _type(qtbot, spin, "1") == "1 månad"
    assert spin.sizeHint().width() == wide
    assert _type(qtbot, spin, "0") == "ingen revideringscykel"  # the special text stays


def test_days_before_and_every_nth_month_in_a_meeting_rule(qtbot: QtBot) -> None:
    page = show_window(qtbot, BeforeGroupPage(), 600, 200)
    assert _type(qtbot, page.lead_days, "1") == "1 dag före"
    assert _type(qtbot, page.lead_days, "14") == "14 dagar före"
    fields = show_window(qtbot, RuleFields(), 800, 600)
    fields.month_interval.setValue(3)
    assert fields.month_interval.text() == "var 3:e månad"
    qtbot.keyClick(fields.month_interval, Qt.Key.Key_Down)
    assert fields.month_interval.text() == "var 2:a månad"  # was "var 2:e månad"


def _shows_whole(spin: QSpinBox) -> bool:
    """Whether the field shows all of its text: scrolled to its end, the end lies inside the
    field and its start too (not a digit cut at the edge or scrolled off)."""
    line = spin.lineEdit()
    line.setCursorPosition(len(line.text()))
    end = line.cursorRect().center().x()
    start = end - line.fontMetrics().horizontalAdvance(line.text())
    inside = line.contentsRect()
    return inside.left() <= start and end <= inside.right()


def test_a_number_typed_past_the_maximum_is_shown_whole(qtbot: QtBot) -> None:
    """ "150 dagar före" (28 the most) lost the end of its last letter at the field's edge, a
    digit of "1500" in a field of hundreds: the field has room for one digit more than its
    maximum, as a number is kept as typed; a digit past that is not taken."""
    page = show_window(qtbot, BeforeGroupPage(), 600, 200)
    _type(qtbot, page.lead_days, "150")
    qtbot.keyClick(page.lead_days, Qt.Key.Key_Tab)  # kept as typed
    assert page.lead_days.text() == "150 dagar före"
    assert _shows_whole(page.lead_days)
    holder = show_window(qtbot, QWidget(), 300, 60)
    spin = interval_spin(holder)  # 0–120 months, "ingen revideringscykel" at 0
    assert isinstance(spin, NumberField)
    spin.keep_outside()  # as its form does
    spin.show()
    qtbot.wait(50)
    spin.resize(spin.sizeHint())
    assert _type(qtbot, spin, "15000") == "1500 månader"
    assert _shows_whole(spin)
    keep_shot(page, "days-before-150")


def test_no_number_field_in_the_window_has_a_fixed_plural_unit() -> None:
    """Every suffix in ui/ goes through CountedSpinBox, which asks ngettext for it."""
    fixed = [
        f"{path.relative_to(PROJECT_ROOT)}:{n}"
        for path in sorted((PROJECT_ROOT / "ui").rglob("*.py"))
        if path.name != "counted_spin.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\.setSuffix\(", line)
    ]
    assert fixed == []


def test_a_number_typed_outside_the_range_is_kept_and_refused_under_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """ "150" months had become 15 (the key past the maximum dropped) and been saved; "0"
    backups asked to delete every backup before it was refused."""
    from samverkan_desktop import backup
    from samverkan_desktop.services import settings

    database = backup.sqlite_path(ctx.db.url)
    assert database is not None
    backup.take_backup(database, backup.MANUAL)
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    seen: dict[str, object] = {}

    def type_outside(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        retention = dialog.editors["alarms.retention_months"]
        keep = dialog.editors["backups.keep"]
        assert isinstance(retention, QSpinBox) and isinstance(keep, QSpinBox)
        _type(qtbot, retention, "150")
        keep.setFocus()  # leaving the field (Tab) kept what was typed
        seen["left"] = retention.text()
        _type(qtbot, keep, "0")
        qtbot.keyClick(keep, Qt.Key.Key_Return)  # saves: refused, not asked about
        seen["refused"] = (
            dialog.isVisible(),
            retention.text(),
            dialog.error_text("alarms.retention_months"),
        )
        _type(qtbot, retention, "36")
        qtbot.keyClick(retention, Qt.Key.Key_Return)
        seen["then"] = (dialog.isVisible(), keep.text(), dialog.error_text("backups.keep"))
        cancel_typed(qtbot, dialog)

    in_settings(qtbot, window, modals, type_outside)
    assert seen == {
        "left": "150 månader",
        "refused": (
            True,
            "150 månader",
            "Ange 1–120 månader (inte 150).",
        ),
        "then": (
            True,
            "0 säkerhetskopior",
            "Ange 1–365 säkerhetskopior (inte 0).",
        ),
    }
    stored = ctx.call(settings.current_values)
    assert (stored["alarms.retention_months"], stored["backups.keep"]) == (24, 14)
