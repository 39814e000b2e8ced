"""The rule of Åtgärder's columns with no action chosen (ui.actions.open_list_widths), in the
demo's widths from 1024 to 1920 px: the sources and responsibles whole on two lines, or on a
row's three where that leaves room, every title on its lines; the dates go over two lines only
for the others' sake; the priority area whole on two lines or left out, never cut; a window
narrower still is left to the old rule."""

from __future__ import annotations

from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, TITLE
from ui.actions.open_list_widths import open_list_fit
from ui.actions.text_needs import TextNeeds

NEEDS = TextNeeds(
    one_line={TITLE: 525, SOURCE: 506, RESPONSIBLE: 312, AREA: 366},
    two_lines={TITLE: 271, SOURCE: 286, RESPONSIBLE: 186, AREA: 191},
    title_lines=221,
    word=159,
    on_lines={TITLE: 221, SOURCE: 210, RESPONSIBLE: 159},
)
DATES = ((123, 127), (81, 71))  # (due, Status) on one line, on two


def test_1280_leaves_the_priority_area_out_rather_than_cut() -> None:
    fit = open_list_fit(882, NEEDS, DATES)
    assert fit is not None
    assert fit.hidden == {AREA}
    assert fit.widths[SOURCE] == 286 and fit.widths[RESPONSIBLE] == 186
    assert fit.widths[TITLE] >= 221
    assert sum(fit.widths.values()) + fit.reserve <= 882


def test_1440_takes_the_dates_over_two_lines_for_the_priority_area_whole() -> None:
    fit = open_list_fit(1042, NEEDS, DATES)
    assert fit is not None
    assert fit.hidden == frozenset()
    assert fit.widths[AREA] >= 191 and fit.widths[DUE] == 81
    assert fit.widths[SOURCE] >= 286 and fit.widths[TITLE] >= 221


def test_a_wide_window_keeps_the_dates_on_one_line() -> None:
    fit = open_list_fit(1536, NEEDS, DATES)
    assert fit is not None
    assert fit.widths[DUE] == 123 and fit.reserve == 127
    assert fit.widths[TITLE] == 525  # every title on one line
    assert fit.widths[AREA] >= 191


def test_1366_reads_the_priority_area_whole_beside_sources_on_three_lines() -> None:
    fit = open_list_fit(968, NEEDS, DATES)  # "Riktat arbete / mot avgränsade p…" in 123 px
    assert fit is not None
    assert fit.hidden == frozenset()
    assert fit.widths[AREA] >= 191
    assert fit.widths[SOURCE] >= 210 and fit.widths[RESPONSIBLE] >= 159
    assert sum(fit.widths.values()) + fit.reserve <= 968


def test_1024_without_the_hint_reads_sources_and_responsibles_whole() -> None:
    fit = open_list_fit(774, NEEDS, DATES)
    assert fit is not None
    assert fit.hidden == {AREA}
    assert fit.widths[SOURCE] >= 210 and fit.widths[RESPONSIBLE] >= 159
    assert fit.widths[TITLE] >= 221
    assert sum(fit.widths.values()) + fit.reserve <= 774


def test_the_priority_area_is_whole_or_left_out() -> None:
    for viewport in range(742, 1600, 7):
        fit = open_list_fit(viewport, NEEDS, DATES)
        assert fit is not None
        assert AREA in fit.hidden or fit.widths[AREA] >= 191, viewport


def test_a_laptop_window_is_left_to_the_texts_giving_way() -> None:
    assert open_list_fit(702, NEEDS, DATES) is None
