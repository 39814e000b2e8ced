"""The walk rating scale (0 dåligt … 3 bra) reads the same wherever it is shown: the walk report's
legend under the ratings, the key under the Follow-up tab's means and the Checklistsvar tab's
hint and chosen values. Each had its own copy of the words and colours; now they all read
samverkan_desktop/rating_scale.py. The scale is changed here (words and colours none of them
had), and every place must show the change: a copy left behind shows the old scale."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock, rating_scale
from samverkan_desktop.reports import walk_report
from tests.core.pdf_boxes import WORD
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import area_of, keep_shot, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.rating_key import RatingKey

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs pdftotext and pdftoppm (poppler-utils) to read the printed legend",
)

# Words no translation knows (they print as written) and colours unlike the scale's own.
CHANGED = {
    0: ("dismal", "#a4c2f4"),
    1: ("meagre", "#d5a6bd"),
    2: ("passable", "#f9cb9c"),
    3: ("splendid", "#b6d7a8"),
}
RGB = tuple[int, int, int]
DPI = 144  # 2 px a point: enough pixels behind a small digit
Entry = tuple[str, str, RGB]  # digit, word, colour behind the digit


def _rgb(colour: str) -> RGB:
    c = QColor(colour)
    return (c.red(), c.green(), c.blue())


ORIGINAL = dict(rating_scale.RATING_COLOURS)  # the scale as shipped, before the test changes it
EXPECTED = [(str(value), word, _rgb(colour)) for value, (word, colour) in CHANGED.items()]


@pytest.fixture
def changed_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, (word, colour) in CHANGED.items():
        monkeypatch.setitem(rating_scale.RATING_WORDS, value, word)
        monkeypatch.setitem(rating_scale.RATING_COLOURS, value, colour)


def _distance(a: RGB, b: RGB) -> int:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


def _most_common(pixels: list[RGB]) -> RGB:
    """Behind a thin digit the fill is most of its box."""
    return Counter(pixels).most_common(1)[0][0]


def printed_legend(pdf: bytes, tmp_path: Path) -> list[Entry]:
    """The report's legend as printed: each digit with the word after it and its fill."""
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    first_word = CHANGED[0][0]
    for number, page in enumerate(boxes.split("<page ")[1:], start=1):
        words = WORD.findall(page)
        texts = [w[4] for w in words]
        if first_word not in texts:
            continue
        start = texts.index(first_word) - 1  # the legend opens with "0", then its word
        legend = words[start : start + 2 * len(CHANGED)]
        prefix = tmp_path / "legend"
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-f", str(number), "-l", str(number), "-png"]
            + [str(path), str(prefix)],
            check=True,
        )
        image = Image.open(next(tmp_path.glob("legend*.png"))).convert("RGB")
        scale = DPI / 72
        entries: list[Entry] = []
        for digit, word in zip(legend[::2], legend[1::2], strict=True):
            x0, y0, x1, y1 = (round(float(v) * scale) for v in digit[:4])
            pixels: list[RGB] = [
                image.getpixel((x, y))  # type: ignore[misc]
                for x in range(x0, x1)
                for y in range(y0, y1)
            ]
            entries.append((digit[4], word[4], _most_common(pixels)))
        return entries
    raise AssertionError(f"no legend reading {first_word!r} in the report")


def _fill(image: QImage) -> RGB:
    pixels = [
        _rgb(image.pixelColor(x, y).name())
        for x in range(image.width())
        for y in range(image.height())
    ]
    return _most_common(pixels)


def window_key(qtbot: QtBot, window: MainWindow) -> list[Entry]:
    """The Follow-up tab's key as shown: each value's swatch (digit, colour), then its word."""
    view = area_of(window, "walks", WalksArea).view
    click_tab(qtbot, view.tabs, view.followup_tab)
    settle(qtbot)
    qtbot.wait(50)  # layout requests are posted
    key = view.followup_tab.findChild(RatingKey)
    assert key is not None and key.isVisible(), "no colour key under the means"
    keep_shot(key, "walk-rating-key-changed")
    labels = key.findChildren(QLabel)
    return [
        (swatch.text(), word.text(), _fill(swatch.grab().toImage()))
        for swatch, word in zip(labels[::2], labels[1::2], strict=True)
    ]


def test_the_report_legend_and_the_window_show_the_one_scale(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, changed_scale: None
) -> None:
    walk = tessinparken(demo_ctx)
    legend = printed_legend(demo_ctx.call(walk_report.build, walk, clock.today()), tmp_path)

    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks", walk)
    key = window_key(qtbot, window)

    assert legend == key == EXPECTED

    # The checklist tab: its hint names the scale, a chosen value shows the scale's colour.
    view = area_of(window, "walks", WalksArea).view
    click_tab(qtbot, view.tabs, view.checklist_tab)
    settle(qtbot)
    qtbot.wait(50)
    tab = view.checklist_tab
    hints = [label.text() for label in tab.findChildren(QLabel)]
    line = "0 = dismal · 1 = meagre · 2 = passable · 3 = splendid. Klicka på ett valt värde"
    assert any(text.startswith(line) for text in hints), hints
    chosen = {
        value: _fill(button.grab().toImage())
        for row in tab.rows
        for value, button in enumerate(row.buttons)
        if button.isChecked()
    }
    assert chosen, "Tessinparken's first stop has ratings"
    # The style shades a checked button: its fill is nearest its value's colour, of the
    # changed scale's and the scale's before.
    candidates = [_rgb(c) for _w, c in CHANGED.values()] + [_rgb(c) for c in ORIGINAL.values()]
    nearest = {
        value: min(candidates, key=lambda c: _distance(c, fill)) for value, fill in chosen.items()
    }
    assert nearest == {value: EXPECTED[value][2] for value in chosen}, chosen
