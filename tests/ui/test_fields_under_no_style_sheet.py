"""Mötesregel and Inställningar keep their look (bold blue section headings, the rule read back
in its box) with none of their fields under a style sheet: Qt 6.12 keeps some 550 bytes of
every spin box and combo box deleted under one, 5-10 KiB at every opening of these two
(README "Long sessions")."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.openers import shown_form
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog
from ui.settings_dialog import SettingsDialog

HEADING_BLUE = "#1c3b5a"


def fields_under_a_sheet(dialog: QDialog) -> list[str]:
    """The spin and combo boxes with a style sheet on them or on a widget they sit in."""
    found = []
    fields: list[QWidget] = [*dialog.findChildren(QAbstractSpinBox)]
    fields += dialog.findChildren(QComboBox)
    for field in fields:
        widget: QWidget | None = field
        while widget is not None:
            if widget.styleSheet():
                found.append(f"{field.objectName() or type(field).__name__} under {widget}")
                break
            widget = widget.parentWidget()
    return found


def headings(dialog: QDialog) -> list[QLabel]:
    return [
        label for label in dialog.findChildren(QLabel) if label.objectName() == "sectionHeading"
    ]


def assert_headings_look_as_before(dialog: QDialog, names: set[str]) -> None:
    shown = {label.text(): label for label in headings(dialog)}
    assert names <= set(shown), shown.keys()
    for label in shown.values():
        assert label.font().weight() == QFont.Weight.DemiBold, label.text()
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == HEADING_BLUE


def test_the_settings_headings_keep_their_look_with_no_field_under_a_style_sheet(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = shown_form(qtbot, SettingsDialog(ctx))
    assert dialog.editors  # spin boxes and combo boxes
    assert fields_under_a_sheet(dialog) == []
    assert_headings_look_as_before(dialog, {"Möten", "Larm", "Säkerhetskopior"})


def test_the_rule_dialogs_look_stays_with_no_field_under_a_style_sheet(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    group_id = demo_ctx.call(make_group, "Platssamverkan Stiltorget", starts_on=clock.today())
    dialog = shown_form(qtbot, RuleDialog(demo_ctx, group_id, "Platssamverkan Stiltorget"))
    assert dialog.findChildren(QAbstractSpinBox)
    assert dialog.findChildren(QComboBox)
    assert fields_under_a_sheet(dialog) == []
    assert_headings_look_as_before(dialog, {"Snabbinmatning", "Upprepning", "Så läses regeln"})
    read_back = dialog.read_back
    assert read_back.font().weight() == QFont.Weight.DemiBold
    assert read_back.palette().color(QPalette.ColorRole.Window).name() == "#eef3f8"
