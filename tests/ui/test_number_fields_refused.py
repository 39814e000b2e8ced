"""A number typed outside its field's range is refused beside the field, kept as typed, nothing
saved; before, Qt dropped the key ("150" became 15, saved without a word) or put the last number
back on Tab ("150" in a year field became this year). A number in range is the one saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import agreements, places, plans, training
from samverkan_desktop.services.places import PlaceInput
from tests.core.meeting_data import make_group
from tests.ui.clicks import type_text
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.test_rule_dialog import GROUP
from tests.ui.windows import keep_shot, show_window
from ui.context import AppContext
from ui.crisis.exercise_text_dialogs import TextDialog
from ui.crisis.plan_dialogs import PlanDialog
from ui.groups.agreement_dialog import AgreementDialog
from ui.training.dialogs import CourseDialog
from ui.walks.place_dialogs import PriorityDialog
from ui.widgets.form_dialog import FormDialog


def type_number(qtbot: QtBot, spin: QSpinBox, typed: str) -> None:
    """Type over the number and leave the field with Tab, as a user does."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def save(qtbot: QtBot, dialog: FormDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def refused_then_saved(
    qtbot: QtBot,
    dialog: FormDialog,
    field: str,
    spin: QSpinBox,
    typed: tuple[str, str],
    refusal: str,
    saved: Callable[[], object],
) -> None:
    """``typed``: a number outside the range, refused; then one inside, saved (``saved()``
    reads what was stored: None before)."""
    outside, inside = typed
    type_number(qtbot, spin, outside)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text(field) == refusal
    assert spin.text().removeprefix(spin.prefix()).startswith(outside)  # the typing kept
    assert saved() is None
    keep_shot(dialog, f"{type(dialog).__name__}-{field}".replace("_", "-"))
    type_number(qtbot, spin, inside)
    assert dialog.error_text(field) == ""  # what it refused is no longer there
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert saved() == int(inside)


def test_a_course_validity(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = show_window(qtbot, CourseDialog(ctx), 700, 400)
    type_text(qtbot, dialog.name_edit, "Hot och våld i hemmet")

    def saved() -> int | None:
        courses = ctx.call(training.list_courses)
        return next((c.validity_months for c in courses if c.name == "Hot och våld i hemmet"), None)

    refused_then_saved(
        qtbot,
        dialog,
        "validity_months",
        dialog.validity_spin,
        ("300", "12"),
        "Ange 1–240 månader (inte 300).",
        saved,
    )


def test_a_plan_revision_interval(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = show_window(qtbot, PlanDialog(ctx), 800, 600)
    type_text(qtbot, dialog.name, "Plan mot våldsbejakande extremism")

    def saved() -> int | None:
        rows = ctx.call(plans.list_plans)
        named = [r for r in rows if r.name == "Plan mot våldsbejakande extremism"]
        return named[0].revision_interval_months if named else None

    refused_then_saved(
        qtbot,
        dialog,
        "revision_interval_months",
        dialog.interval,
        ("150", "12"),
        "Ange 1–120 månader (inte 150).",
        saved,
    )


def test_an_agreement_revision_interval(qtbot: QtBot, demo_ctx: AppContext) -> None:
    (detail,) = demo_ctx.call(agreements.list_agreement_details)
    before = detail.revision_interval_months
    dialog = show_window(qtbot, AgreementDialog(demo_ctx, detail), 1180, 600)

    def saved() -> int | None:
        months = demo_ctx.call(agreements.get_agreement, detail.id).revision_interval_months
        return None if months == before else months

    refused_then_saved(
        qtbot,
        dialog,
        "revision_interval_months",
        dialog.revision_spin,
        ("150", "18"),
        "Ange 1–120 månader (inte 150).",
        saved,
    )


def test_a_checklist_point_weeks_before(qtbot: QtBot, ctx: AppContext) -> None:
    stored: list[tuple[str, int | None]] = []
    dialog = TextDialog(
        ctx,
        "Ny punkt",
        "Punkt",
        lambda text, weeks: stored.append((text, weeks)),
        weeks=True,
    )
    show_window(qtbot, dialog, 600, 300)
    type_text(qtbot, dialog.text_edit, "Boka lokal")
    assert dialog.weeks is not None
    refused_then_saved(
        qtbot,
        dialog,
        "weeks_before",
        dialog.weeks,
        ("150", "12"),
        "Ange 0–104 veckor (inte 150).",
        lambda: stored[0][1] if stored else None,
    )


def test_a_place_priority_year(qtbot: QtBot, ctx: AppContext) -> None:
    place_id = ctx.call(places.create_place, PlaceInput("Tessinparken"))
    dialog = show_window(qtbot, PriorityDialog(ctx, place_id), 600, 300)
    year = clock.today().year + 1

    def saved() -> int | None:
        rows = ctx.call(places.list_priorities, year)
        return year if rows else None

    refused_then_saved(
        qtbot,
        dialog,
        "year",
        dialog.year,
        ("150", str(year)),
        "Ange 2000–2100 (inte 150).",
        saved,
    )


def test_a_meeting_rule_every_n_weeks(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from samverkan_desktop.services import meeting_rules

    group_id = demo_ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "tisdagar")
    fields = dialog.fields
    type_number(qtbot, fields.week_interval, "150")
    assert fields.week_unit.text() == "veckor på"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    refusal = "Ange 1–52 veckor (inte 150)."
    assert fields.refusal_under(fields.week_interval) == refusal  # under the field
    assert fields.week_interval.isVisible() and not dialog.rule_error.isVisible()
    assert fields.week_interval.text() == "150"
    assert demo_ctx.call(meeting_rules.get_rule, group_id) is None
    keep_shot(dialog, "rule-weeks")
    type_number(qtbot, fields.week_interval, "1")
    assert fields.week_unit.text() == "vecka på"  # was "vecka/veckor på" whatever the number
    assert fields.refusal_under(fields.week_interval) == ""
    type_number(qtbot, fields.week_interval, "12")
    assert fields.week_unit.text() == "veckor på"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    detail = demo_ctx.call(meeting_rules.get_rule, group_id)
    assert detail is not None and detail.rule.interval == 12


def test_a_meeting_rule_days_before(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from samverkan_desktop.recurrence import Frequency

    group_id = demo_ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    fields = dialog.fields
    fields.frequency.setCurrentIndex(fields.frequency.findData(Frequency.BEFORE_GROUP))
    type_number(qtbot, fields.before.lead_days, "150")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    refusal = fields.refusal_under(fields.before.lead_days)
    assert refusal.startswith("Ange 1–") and refusal.endswith(" dagar (inte 150).")
    assert fields.before.lead_days.text() == "150 dagar före"
    keep_shot(dialog, "rule-days-before")


def test_an_exercise_year(qtbot: QtBot, ctx: AppContext) -> None:
    from samverkan_desktop.services.exercise_reading import list_exercises
    from ui.crisis.exercise_dialog import ExerciseDialog

    dialog = show_window(qtbot, ExerciseDialog(ctx), 1100, 700)
    type_text(qtbot, dialog.title_edit, "Krisledningsövning – strömavbrott")
    year = clock.today().year + 1

    def saved() -> int | None:
        rows = ctx.call(list_exercises, search="strömavbrott")
        return rows[0].year if rows else None

    refused_then_saved(
        qtbot, dialog, "year", dialog.year, ("150", str(year)), "Ange 2000–2100 (inte 150).", saved
    )


def test_the_walk_plan_year_to_print(qtbot: QtBot) -> None:
    from ui.walks.plan_print import WalkPlanDialog

    dialog = show_window(qtbot, WalkPlanDialog(2026), 500, 300)
    accepted: list[int] = []
    dialog.accepted.connect(lambda: accepted.append(dialog.year.value()))
    type_number(qtbot, dialog.year, "150")
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert dialog.isVisible() and accepted == []  # not the plan of 2026, printed without a word
    assert dialog.year_row.error.text() == "Ange 2000–2100 (inte 150)."
    assert dialog.year.text() == "150"
    keep_shot(dialog, "walk-plan-year")
    type_number(qtbot, dialog.year, "2025")
    assert dialog.year_row.error.isHidden()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert accepted == [2025]
