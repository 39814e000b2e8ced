"""A new place's latitude and longitude are empty; what shows in them reads as an example
("t.ex. 59,3293"), not as a position already filled in."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import places
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.place_dialogs import PlaceDialog


def test_a_new_places_coordinates_are_empty_with_examples_as_hints(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    area.tabs.setCurrentWidget(area.places_page)
    seen: list[tuple[str, str]] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaceDialog)
        seen.extend(
            (field.text(), field.placeholderText()) for field in (dialog.latitude, dialog.longitude)
        )
        type_text(qtbot, dialog.name, "Tessinparken")
        click_button(qtbot, dialog, "Spara")

    modals.answer(add)
    click_button(qtbot, area.places_page.toolbar, "Ny plats…")
    modals.check()
    assert [text for text, _hint in seen] == ["", ""]
    assert all(hint.startswith("t.ex. ") for _text, hint in seen), seen
    # Saved with nothing typed there: the place has no position, not the example's.
    (place,) = ctx.call(places.list_places)
    detail = ctx.call(places.get_place, place.id)
    assert (detail.latitude, detail.longitude) == (None, None)


def test_a_position_typed_with_comma_is_kept_and_a_wrong_one_named_with_a_comma_example(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    area.tabs.setCurrentWidget(area.places_page)
    refusals: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaceDialog)
        type_text(qtbot, dialog.name, "Tessinparken")
        type_text(qtbot, dialog.latitude, "59 20 N")
        type_text(qtbot, dialog.longitude, "18,0875")
        click_button(qtbot, dialog, "Spara")
        refusals.append(dialog.error_text("latitude"))
        dialog.latitude.clear()
        type_text(qtbot, dialog.latitude, "59,3421")
        click_button(qtbot, dialog, "Spara")

    modals.answer(add)
    click_button(qtbot, area.places_page.toolbar, "Ny plats…")
    modals.check()
    assert refusals == ["Latituden ska vara ett tal, t.ex. 59,3293."]
    (place,) = ctx.call(places.list_places)
    detail = ctx.call(places.get_place, place.id)
    assert (detail.latitude, detail.longitude) == (59.3421, 18.0875)
