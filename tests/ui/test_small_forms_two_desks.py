"""Two desks edit the same stop on a walk's route, the same invitee's substitute, or the shared
settings: desk B saves, desk A's save is refused naming what B changed, F5 loads B's change
into the fields A left alone while what A typed stays, and A's save then stores both (before,
A's save wrote over B's unseen). Settings A did not touch are not written at all."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.models import AttendanceStatus, Invitee, RouteStop
from samverkan_desktop.services import meetings, settings, walk_route
from tests.ui.answers import another_desk, refused_then_reloaded
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from ui.context import AppContext
from ui.meetings.dialogs import SubstituteDialog
from ui.settings_dialog import SettingsDialog
from ui.walks.route_dialogs import StopDialog

REFUSED = "Någon annan har ändrat {fields} sedan du öppnade formuläret, så inget sparades. "
LOAD = "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."


def test_a_stop_on_the_route(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    with demo_ctx.db.session() as s:
        stop = s.scalars(select(RouteStop).order_by(RouteStop.id)).first()
        assert stop is not None
        stop_id, walk_id = stop.id, stop.walk_id
    shown = demo_ctx.call(walk_route.stop_row, stop_id)
    dialog = StopDialog(demo_ctx, walk_id, shown)

    def hers() -> None:
        dialog.description.clear()
        type_text(qtbot, dialog.description, "Belysningen vid cykelstället")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(walk_route.update_stop, stop_id, "Entrén mot parken", shown.description)

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    assert seen["refusal"] == REFUSED.format(fields="stopp") + LOAD
    assert seen["open"] is True and seen["closed"] is True
    stored = demo_ctx.call(walk_route.stop_row, stop_id)
    assert (stored.name, stored.description) == (
        "Entrén mot parken",
        "Belysningen vid cykelstället",
    )


def test_a_substitute_after_another_desk_marked_the_invitee(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    with demo_ctx.db.session() as s:
        invitee_id = s.scalars(
            select(Invitee.id)
            .where(Invitee.status == AttendanceStatus.INVITED)
            .order_by(Invitee.id)
        ).first()
        assert invitee_id is not None
    shown = demo_ctx.call(meetings.invitee_row, invitee_id)
    dialog = SubstituteDialog(demo_ctx, shown)
    assert dialog.status_label.text() == "Ej markerad"

    def hers() -> None:
        type_text(qtbot, dialog.name_edit, "Örjan Lind, Polisen")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(meetings.set_attendance, invitee_id, AttendanceStatus.ABSENT)

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    assert seen["refusal"] == REFUSED.format(fields="närvaro") + LOAD
    assert seen["open"] is True and seen["closed"] is True
    assert dialog.status_label.text() == "Frånvarande"  # what she saw before saving again
    stored = demo_ctx.call(meetings.invitee_row, invitee_id)
    assert (stored.status, stored.substitute_name) == (
        AttendanceStatus.SUBSTITUTE,
        "Örjan Lind, Polisen",
    )


KEEP, RETENTION = "backups.keep", "alarms.retention_months"


def _spin(dialog: SettingsDialog, key: str) -> QSpinBox:
    editor = dialog.editors[key]
    assert isinstance(editor, QSpinBox)
    return editor


def _type_number(qtbot: QtBot, spin: QSpinBox, number: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(number))


def test_the_same_setting_at_both_desks(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = SettingsDialog(demo_ctx)

    def hers() -> None:
        _type_number(qtbot, _spin(dialog, KEEP), 30)

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(settings.save_settings, {KEEP: 20, RETENTION: 6})

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    fields = "månader innan låntagaren i ett återlämnat larmlån pseudonymiseras och antal "
    assert seen["refusal"] == REFUSED.format(fields=fields + "säkerhetskopior att spara") + LOAD
    assert seen["open"] is True and seen["closed"] is True
    stored = demo_ctx.call(settings.current_values)
    assert (stored[KEEP], stored[RETENTION]) == (30, 6)  # hers kept, theirs loaded


def test_another_setting_changed_elsewhere_stays(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = SettingsDialog(demo_ctx)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type_number(qtbot, _spin(dialog, KEEP), 30)
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(settings.save_settings, {RETENTION: 6})
    dialog.accept()  # Spara
    assert not dialog.isVisible()
    stored = demo_ctx.call(settings.current_values)
    assert (stored[KEEP], stored[RETENTION]) == (30, 6)
