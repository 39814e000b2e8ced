"""An observation's photos after "Ta bort foto…": the photo that took the removed one's place
is chosen (the one before it when the last went), as in every list, and the focus is back in
the photos; none was chosen, and "Ta bort foto…" and "Bildtext…" went grey. The last photo
removed, the focus goes to "Bifoga foto…". A caption changed leaves its photo chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import jpeg_files, observations_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.observations_tab import ObservationsTab


def captions(tab: ObservationsTab) -> list[str]:
    return [tab.photos.item(row).text() for row in range(tab.photos.count())]


def chosen(tab: ObservationsTab) -> str | None:
    item = tab.photos.currentItem()
    return None if item is None else item.text()


def answer_caption(dialog: QWidget, text: str) -> None:
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue(text)
    dialog.accept()


def test_removing_a_photo_chooses_the_next(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    observation = tab.current()
    assert observation is not None
    names = ["Norra grinden", "Trappan", "Lekplatsen", "Bänken"]
    for path, caption in zip(
        jpeg_files(tmp_path, "1.jpg", "2.jpg", "3.jpg", "4.jpg"), names, strict=True
    ):
        photo_id = demo_ctx.call(walk_records.add_photo, observation.id, Path(path))
        demo_ctx.call(walk_records.set_photo_caption, photo_id, caption)
    demo_ctx.bus.announce("walks")
    settle(qtbot)
    assert captions(tab) == names

    def remove() -> None:
        modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
        qtbot.mouseClick(tab.remove_photo_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        modals.check()

    def click_photo(row: int) -> None:
        rect = tab.photos.visualItemRect(tab.photos.item(row))
        qtbot.mouseClick(tab.photos.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_photo(1)
    modals.answer(lambda dialog: answer_caption(dialog, "Trappan mot gatan"))
    qtbot.mouseClick(tab.caption_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert chosen(tab) == "Trappan mot gatan"  # its caption changed, still chosen
    remove()  # in the middle: the next one takes its place
    assert captions(tab) == ["Norra grinden", "Lekplatsen", "Bänken"]
    assert chosen(tab) == "Lekplatsen"
    assert tab.remove_photo_button.isEnabled() and tab.caption_button.isEnabled()
    assert QApplication.focusWidget() is tab.photos
    click_photo(2)  # the last: the one before it
    remove()
    assert chosen(tab) == "Lekplatsen"
    remove()
    assert chosen(tab) == "Norra grinden"
    remove()  # the only one
    assert captions(tab) == [] and chosen(tab) is None
    assert not tab.remove_photo_button.isEnabled()
    assert QApplication.focusWidget() is tab.attach_button
