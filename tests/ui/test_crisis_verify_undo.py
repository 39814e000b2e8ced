"""Krisorganisation: a round of "Kontrollera nu…" is taken back with "Ångra" in the notice, as
"Markera kontrollerad" is (the round's notice offered none). The undo of a verified date after
another desk changed the person's phone since is refused naming it: the date would vouch for a
number nobody checked (it compared only the date)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import contacts, crisis_verification
from tests.ui.answers import acknowledge, another_desk
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, row_texts
from ui.contacts.person_dialog import input_from_row
from ui.context import AppContext
from ui.crisis.verify_dialog import VerifyDialog


def _dates(ctx: AppContext) -> dict[str, object]:
    return {row.key: row.last_verified for row in ctx.call(crisis_verification.contact_list)}


def test_undo_takes_a_verify_now_round_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    stale = demo_ctx.call(crisis_verification.stale_entries)
    assert len(stale) >= 2
    before = _dates(demo_ctx)

    def two_correct(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # correct
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # and the next one too
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modals.answer(two_correct)
    click_button(qtbot, org, "Kontrollera nu…")
    modals.check()
    checked = [row.key for row in stale[:2]]
    assert all(_dates(demo_ctx)[key] == clock.today() for key in checked)
    assert org.notice.label.text() == "2 uppgifter markerade som kontrollerade i dag."
    assert org.notice.undo_button.isVisible()

    qtbot.mouseClick(org.notice.undo_button, Qt.MouseButton.LeftButton)
    assert _dates(demo_ctx) == before
    assert [row.key for row in demo_ctx.call(crisis_verification.stale_entries)] == [
        r.key for r in stale
    ]


def test_undo_after_another_desk_changed_the_phone_is_refused_naming_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    role = org.roles.rows()[0]
    click_row(qtbot, org.roles, role.name)
    member = org.members.rows()[0]
    assert member.person_id is not None
    click_row(qtbot, org.members, member.rank_label)  # the first column: the primary
    verify = org.member_buttons[4]  # the holders' own, under the list
    assert verify.text() == "Markera kontrollerad"
    qtbot.mouseClick(verify, Qt.MouseButton.LeftButton)
    today = clock.today()
    assert demo_ctx.call(contacts.get_person, member.person_id).last_verified == today

    with another_desk(demo_ctx.db.url) as desk:  # a new number, the date left as it is
        person = desk.call(contacts.get_person, member.person_id)
        desk.call(contacts.update_person, person.id, input_from_row(person, phone="070-999 88 77"))

    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.mouseClick(org.notice.undo_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert seen == [
        f"{member.name}: telefonnumret har ändrats sedan raden markerades som kontrollerad "
        f"({today.isoformat()}), så kontrolldatumet tas inte tillbaka."
    ]
    assert demo_ctx.call(contacts.get_person, member.person_id).last_verified == today
    assert row_texts(org.members, member.rank_label)["Senast kontrollerad"] == today.isoformat()
