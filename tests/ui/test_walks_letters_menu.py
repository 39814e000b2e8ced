"""Letters to owners: the menu offers the organisations responsible for actions from the walk,
but not the district administration that organised the walk and writes the letters (it offered
a letter from Östermalms stadsdelsförvaltning to itself); greyed, the button says why, in a
line beside it; a new walk's organiser is the last one's at the place, so letters can go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import (
    contacts,
    places,
    walk_actions,
    walk_editing,
    walk_reading,
    walk_records,
    walk_rows,
    walk_steps,
)
from tests.ui.clicks import line_edit
from tests.ui.openers import area_alone
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.walk_dialog import WalkDialog


def test_the_letters_menu_leaves_out_the_sender(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tessin = next(
        w.id
        for w in demo_ctx.call(walk_reading.list_walks)
        if w.place == "Tessinparken" and w.date.year == 2021
    )
    area = WalksArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.open_walk(tessin)

    letters = [a.text() for a in area.view.letters_menu.actions()]
    assert letters == [
        "Lokalpolisområde Norrmalm (1)",
        "SL (Region Stockholm) (2)",
        "Trafikkontoret (3)",
    ]
    assert area.view.letters_button.isEnabled()


def test_a_greyed_letters_button_says_why(qtbot: QtBot, demo_ctx: AppContext) -> None:
    today = clock.today()
    tessin = next(p.id for p in demo_ctx.call(places.list_places) if p.name == "Tessinparken")
    anna = next(p for p in demo_ctx.call(contacts.list_people) if p.name == "Anna Berglund")
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(tessin, today, organiser_id=anna.id),
    )
    area = WalksArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.open_walk(walk_id)
    assert not area.view.letters_button.isEnabled()
    assert area.view.letters_button.toolTip() == "Inga åtgärder har tagits fram från vandringen än."

    # Only the sender's own action: still no one to write to.
    demo_ctx.call(walk_steps.mark_walked, walk_id, today)
    sender = demo_ctx.call(walk_actions.sender_organisation_id, walk_id)
    seen = demo_ctx.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput("Skräp vid bänkarna", location="Lekplatsen"),
    )
    demo_ctx.call(
        walk_actions.raise_action, seen, walk_actions.WalkActionInput("Städa", sender), today
    )
    area.open_walk(walk_id)
    assert not area.view.letters_button.isEnabled()
    assert area.view.letters_button.toolTip() == (
        "Ingen annan organisation har åtgärder från vandringen."
    )


def test_without_an_organiser_the_letters_wait_for_one(qtbot: QtBot, demo_ctx: AppContext) -> None:
    today = clock.today()
    tessin = next(p.id for p in demo_ctx.call(places.list_places) if p.name == "Tessinparken")
    traffic = next(
        o.id for o in demo_ctx.call(contacts.list_organisations) if o.name == "Trafikkontoret"
    )
    walk_id = demo_ctx.call(walk_editing.create_walk, walk_rows.WalkInput(tessin, today))
    demo_ctx.call(walk_steps.mark_walked, walk_id, today)
    seen = demo_ctx.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput(
            "Mörkt", location="Entrén", responsible_organisation_id=traffic
        ),
    )
    demo_ctx.call(
        walk_actions.raise_action, seen, walk_actions.WalkActionInput("Byt lampor", traffic), today
    )
    area = WalksArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.open_walk(walk_id)
    assert not area.view.letters_button.isEnabled()
    assert area.view.letters_button.toolTip().startswith("Välj vandringens arrangör först")
    # The reason is in sight beside the greyed button, not only in its tooltip.
    reason = area.view.findChild(QLabel, "lettersReason")
    assert reason is not None and reason.isVisible()
    assert reason.text().startswith("Brev till ansvariga: Välj vandringens arrangör först")


def test_a_new_walk_takes_the_places_last_organiser_and_its_letters_go(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Planned in the dialog without touching the organiser: the organiser of the last walk at
    the place (Lina Forsberg at Vasaparken, Anna Berglund at Tessinparken) signs its letters."""
    today = clock.today()
    named = {p.name: p.id for p in demo_ctx.call(places.list_places)}
    dialog = WalkDialog(demo_ctx, place_id=named["Vasaparken"])
    qtbot.addWidget(dialog)
    assert dialog.organiser.currentText().startswith("Lina Forsberg")
    line_edit(dialog.place).clear()
    qtbot.keyClicks(dialog.place.lineEdit(), "Tessinparken")
    assert dialog.organiser.currentText().startswith("Anna Berglund")
    dialog.date.set_value(today)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    walk_id = dialog.saved_id
    assert walk_id is not None
    area = area_alone(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(walk_id)
    qtbot.mouseClick(area.view.next_button, Qt.MouseButton.LeftButton)  # walked today
    traffic = next(
        o.id for o in demo_ctx.call(contacts.list_organisations) if o.name == "Trafikkontoret"
    )
    seen = demo_ctx.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput("Mörkt", location="Entrén"),
    )
    demo_ctx.call(
        walk_actions.raise_action, seen, walk_actions.WalkActionInput("Byt lampor", traffic), today
    )
    demo_ctx.bus.announce("walks")
    assert area.view.letters_button.isEnabled()
    assert [a.text() for a in area.view.letters_menu.actions()] == ["Trafikkontoret (1)"]
    reason = area.view.findChild(QLabel, "lettersReason")
    assert reason is not None and reason.text() == ""


def test_an_organiser_chosen_by_hand_stays_when_the_place_changes(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    named = {p.name: p.id for p in demo_ctx.call(places.list_places)}
    dialog = WalkDialog(demo_ctx, place_id=named["Tessinparken"])
    qtbot.addWidget(dialog)
    line_edit(dialog.organiser).clear()
    qtbot.keyClicks(dialog.organiser.lineEdit(), "Lina Forsberg")
    line_edit(dialog.place).clear()
    qtbot.keyClicks(dialog.place.lineEdit(), "Tessinparken")
    assert dialog.organiser.currentText().startswith("Lina Forsberg")


def test_the_letters_line_waits_for_observations_and_keeps_its_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """On a walk still being planned the line said "Brev till ansvariga: Inga åtgärder har
    tagits fram från vandringen än." (no news before the walk), and shown on one walk, cleared
    on the next, it moved the steps and tabs down and up by a line. Said once observations are
    recorded; the tabs stay where they are."""
    today = clock.today()
    tessin = next(p.id for p in demo_ctx.call(places.list_places) if p.name == "Tessinparken")
    planned = demo_ctx.call(walk_editing.create_walk, walk_rows.WalkInput(tessin, today))
    walked = demo_ctx.call(walk_editing.create_walk, walk_rows.WalkInput(tessin, today))
    demo_ctx.call(walk_steps.mark_walked, walked, today)
    demo_ctx.call(
        walk_records.add_observation,
        walked,
        walk_records.ObservationInput("Mörkt", location="Entrén"),
    )
    area = area_alone(qtbot, WalksArea(demo_ctx), 1024, 768)
    reason = area.view.findChild(QLabel, "lettersReason")
    assert reason is not None

    area.open_walk(planned)
    assert not area.view.letters_button.isEnabled()
    assert reason.text() == ""
    tabs_at = area.view.tabs.mapTo(area, area.view.tabs.rect().topLeft())
    keep_shot(area, "walk-letters-planned")

    area.open_walk(walked)
    assert reason.text() == (
        "Brev till ansvariga: Inga åtgärder har tagits fram från vandringen än."
    )
    assert area.view.tabs.mapTo(area, area.view.tabs.rect().topLeft()) == tabs_at
    keep_shot(area, "walk-letters-observed")
