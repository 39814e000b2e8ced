"""Kris och övningar → Planer: under a plan due to be exercised, "Senast övad" showed the date,
the exercise's title and the reason all in orange, as if each were a warning of its own. Only
the date (or "aldrig") carries the colour, as in the register's column; the rest reads black.
"Nästa revidering" the same: the date of a revision due in red or orange, "– 52 dagar försenad"
in ink (it was all red)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.demo_call_out import KRISLEDNINGSPLAN as KRISLEDNING
from tests.demo_call_out import call_off_the_call_out_test
from tests.ui.openers import area_in_window, chosen_plan
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.crisis.area import CrisisArea

NEVER = "Kontinuitetsplan hemtjänst och äldreomsorg"  # never exercised, in force for years
RSA = "Risk- och sårbarhetsanalys (RSA)"  # its yearly revision late in the demo, whatever the day


def _orange(colour: QColor) -> bool:
    """The amber of "due soon", or its blend with the white behind a letter's edge."""
    hue = colour.hsvHue()
    return 15 <= hue <= 40 and colour.hsvSaturation() > 90


def _red_or_orange(colour: QColor) -> bool:
    """A revision overdue (red) or due soon (orange), or its blend at a letter's edge."""
    hue = colour.hsvHue()
    return (hue <= 40 or hue >= 345) and colour.hsvSaturation() > 90 and hue != -1


def _ink(colour: QColor) -> bool:
    return colour.value() < 110 and colour.hsvSaturation() < 60


def _columns(image: QImage, wanted) -> list[int]:  # type: ignore[no-untyped-def]
    """The x of every pixel of the kind ``wanted`` tells."""
    return [
        x
        for y in range(image.height())
        for x in range(image.width())
        if wanted(image.pixelColor(x, y))
    ]


def _look(qtbot: QtBot, label: QLabel, marker: str, name: str, coloured=_orange) -> None:  # type: ignore[no-untyped-def]
    """The orange (``coloured``) of ``label`` lies within the width of ``marker`` at its start;
    the rest of the value is in ink."""
    qtbot.wait(50)  # layout requests are posted
    keep_shot(label, name)
    image = label.grab().toImage()
    orange, ink = _columns(image, coloured), _columns(image, _ink)
    assert orange, "the date is not coloured"
    room = label.fontMetrics().horizontalAdvance(marker) + label.contentsMargins().left() + 2
    assert max(orange) <= room, "more than the date is coloured"
    assert ink and max(ink) > room, "the title and the reason are not in ink"


def test_only_the_date_of_a_plan_due_to_be_exercised_is_coloured(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    call_off_the_call_out_test(demo_ctx.call)  # exercised in 2021, nothing planned: due
    window, _area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    pane = chosen_plan(qtbot, window, KRISLEDNING)
    text = pane.facts.fact("exercised")
    assert text.startswith("2021-02-17 – Övning för krisledningen")
    assert "Dags att öva" in text
    _look(qtbot, pane.facts.value_label("exercised"), "2021-02-17", "plan_exercised_date")

    pane = chosen_plan(qtbot, window, NEVER)
    assert pane.facts.fact("exercised").startswith("aldrig övad\nDags att öva")
    _look(qtbot, pane.facts.value_label("exercised"), "aldrig övad", "plan_exercised_never")


def test_only_the_date_of_a_revision_due_is_coloured(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    pane = chosen_plan(qtbot, window, RSA)
    date, days = pane.facts.fact("next").split(" – ")
    assert "försenad" in days
    _look(qtbot, pane.facts.value_label("next"), date, "plan_next_revision", _red_or_orange)
