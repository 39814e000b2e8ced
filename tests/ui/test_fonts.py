"""Swedish capitals are not cut at the top of a one-line label ("Östermalm", not "Ostermalm")."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.windows import wait_exposed
from ui import fonts


def _ink_rows(label: QLabel) -> int:
    """Rows of the label's picture with any dark pixel (the text's height as drawn)."""
    image = label.grab().toImage()
    return sum(
        any(image.pixelColor(x, y).lightness() < 128 for x in range(image.width()))
        for y in range(image.height())
    )


def _tab_height(qtbot: QtBot) -> int:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Översikt")
    tabs.addTab(QWidget(), "Åtgärder")
    tabs.show()
    wait_exposed(qtbot, tabs)
    return tabs.tabBar().tabRect(1).height()


def _plain_style_name(app: QApplication) -> str:
    style = app.style()
    if isinstance(style, fonts.RoomyStyle):  # left by a window an earlier test started
        style = style.baseStyle()
    return style.name()


def test_labels_get_room_for_the_dots_and_keep_it_after_a_style_sheet(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style_name = _plain_style_name(app)
    QApplication.setStyle(fonts.RoomyStyle(style_name, 3))
    try:
        label = QLabel("Östermalm")
        qtbot.addWidget(label)
        label.show()
        wait_exposed(qtbot, label)
        assert label.contentsMargins().top() == 3
        label.setStyleSheet("color: #b42318;")  # e.g. a fact shown in the warning colour
        assert label.contentsMargins().top() == 3
        # A label inside a styled parent, and one whose own sheet gives room of its own.
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.setStyleSheet("QLabel#heading { font-size: 22px; }")
        heading = QLabel("Åtgärder", parent)
        heading.setObjectName("heading")
        badge = QLabel("9", parent)
        badge.setStyleSheet("padding: 5px 9px;")
        parent.show()
        wait_exposed(qtbot, parent)
        assert heading.contentsMargins().top() == 3
        assert badge.contentsMargins().top() >= 5
    finally:
        QApplication.setStyle(style_name)  # the rest of the suite keeps the usual style


def test_the_room_is_what_the_font_lacks(qtbot: QtBot, font_lacking_room: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    metrics = QFontMetrics(app.font())
    lacking = -metrics.tightBoundingRect("Ö").top() - metrics.ascent()
    assert font_lacking_room == fonts.overshoot(app) >= lacking > 0
    style_name = _plain_style_name(app)
    QApplication.setStyle(style_name)  # the plain style
    usual = _tab_height(qtbot)
    style = fonts.keep_capitals_whole(app)  # the font in use needs it: "Ö" draws its dots
    try:
        with_dots, without = QLabel("Östermalm"), QLabel("Ostermalm")
        for label in (with_dots, without):
            qtbot.addWidget(label)
            label.show()
            wait_exposed(qtbot, label)
        assert _ink_rows(with_dots) > _ink_rows(without)
        # Tabs too: an unselected "Åtgärder" tab is as tall as the ring needs.
        assert _tab_height(qtbot) == usual + fonts.overshoot(app) + 2
        assert fonts.keep_capitals_whole(app) is style  # a second start adds nothing
        assert _tab_height(qtbot) == usual + fonts.overshoot(app) + 2
    finally:
        QApplication.setStyle(style_name)  # the rest of the suite keeps the usual style


def test_room_given_at_once_looks_as_the_style_gives_it(
    qtbot: QtBot, font_lacking_room: int
) -> None:
    """The quick start gives its first window's labels their room before the style that does it
    is installed: the same pixels, also for labels whose style sheet sets their box."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style_name = _plain_style_name(app)

    def window() -> QWidget:
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.setStyleSheet("QLabel#badge { padding: 1px 9px; background: #e8eef4; }")
        layout = QVBoxLayout(parent)
        for text, name in (("Östermalm", ""), ("Åtgärder 9", "badge"), ("Ärenden", "")):
            label = QLabel(text)
            label.setObjectName(name)
            layout.addWidget(label)
        return parent

    try:
        QApplication.setStyle(fonts.RoomyStyle(style_name, fonts.overshoot(app)))
        by_style = window()
        by_style.show()
        wait_exposed(qtbot, by_style)
        expected = by_style.grab().toImage()
        QApplication.setStyle(style_name)
        at_once = window()
        fonts.give_room_now(at_once, app)
        at_once.show()
        wait_exposed(qtbot, at_once)
        assert at_once.grab().toImage() == expected
        plain = window()
        plain.show()
        wait_exposed(qtbot, plain)
        assert plain.grab().toImage() != expected  # the room shows
    finally:
        QApplication.setStyle(style_name)
