"""The Summary and closing meeting tab's buttons look like the program's other buttons: as wide
as their text, at the right under the text they save ("Spara svaren", "Spara bedömningen").
They stretched across the whole tab, 750 px bars that read as dividers more than as buttons."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.record_tabs import walk_tab
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_the_save_buttons_are_buttons_at_the_right(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "closing_tab", *size).closing_tab
    for button, text_box in (
        (tab.save_summary_button, tab.summary),
        (tab.save_closing_button, tab.notes),
    ):
        assert button.isVisible(), button.text()
        assert button.width() == button.sizeHint().width(), button.text()
        assert button.geometry().right() == text_box.geometry().right(), button.text()
        assert button.geometry().top() > text_box.geometry().bottom()  # under its text
