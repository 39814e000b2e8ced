"""The Actions area's list: SQL paging, the in-memory index and the first page agree with each
other and with ``list_actions`` for every filter and sort; the printout and its command."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.formatting import prose_date
from samverkan_desktop.models import ActionSource, ActionStatus
from samverkan_desktop.reports import actions_list
from samverkan_desktop.services import action_list, action_reading, actions, contacts, groups
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_index import ActionIndex
from samverkan_desktop.services.action_list import SORT_KEYS
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.actions import ActionInput
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext, pdf_text


def _filters(session: object) -> list[ActionFilter]:
    areas = [a.id for a in groups.list_priority_areas(session)]  # type: ignore[arg-type]
    orgs = [o.id for o in contacts.list_organisations(session)]  # type: ignore[arg-type]
    return [
        ActionFilter(),
        ActionFilter(open_only=True),
        ActionFilter(overdue=True),
        ActionFilter(status=ActionStatus.DONE),
        ActionFilter(source_type=ActionSource.WALK_OBSERVATION),
        ActionFilter(source_type=ActionSource.MEETING, open_only=True),
        ActionFilter(search="belys"),
        ActionFilter(search="TRAFIKKONTORET"),  # the responsible organisation's name
        ActionFilter(search="ö"),
        *(ActionFilter(priority_area_id=a) for a in areas[:4]),
        *(ActionFilter(organisation_id=o, open_only=True) for o in orgs[:6]),
    ]


def _add_undated_and_closed(session: object, today: dt.date) -> None:
    """Actions without a due date and closed ones, so every part of the order is exercised."""
    org = contacts.list_organisations(session)[0].id  # type: ignore[arg-type]
    for number in range(3):
        action_id = actions.create_action(
            session,  # type: ignore[arg-type]
            ActionInput(f"Odaterad åtgärd {number}", responsible_organisation_id=org),
            today,
        )
        if number == 1:
            actions.set_action_status(session, action_id, ActionStatus.REJECTED, today)  # type: ignore[arg-type]


def test_sql_index_and_first_page_agree_for_every_filter_and_sort(
    demo_db: Database, today: dt.date
) -> None:
    with demo_db.session() as s:
        _add_undated_and_closed(s, today)
    with demo_db.session() as s:
        index = ActionIndex(s, today)
        assert len(index) >= 40
        for f, sort, descending in itertools.product(_filters(s), SORT_KEYS, (False, True)):
            expected = action_list.action_ids(s, f, sort, descending, today)
            assert index.select(f, sort, descending) == expected, (f, sort, descending)
            first = action_list.first_ids(s, f, sort, descending, today, limit=7)
            assert first == expected[:7], (f, sort, descending)
            if not f.search:  # the list's search also reads the responsible names
                listed = action_reading.list_actions(s, f, today)
                assert set(expected) == {r.id for r in listed}, f


def test_default_order_is_most_urgent_first_and_rows_say_where_from(
    demo_db: Database, today: dt.date
) -> None:
    with demo_db.session() as s:
        _add_undated_and_closed(s, today)
        ids = action_list.action_ids(s, ActionFilter(), today=today)
        rows = action_list_rows(s, ids, today)
    assert [r.id for r in rows] == ids
    overdue = [r.overdue for r in rows]
    assert overdue[: overdue.count(True)] == [True] * overdue.count(True)  # overdue first
    closed = [not r.is_open for r in rows]
    assert closed == sorted(closed)  # closed last
    open_dates = [r.due_on for r in rows if r.is_open and r.due_on]
    assert open_dates == sorted(open_dates)
    walk = next(r for r in rows if r.source_type is ActionSource.WALK_OBSERVATION)
    assert walk.source_text.startswith("Trygghetsvandring 20")
    meeting = next(r for r in rows if r.source_type is ActionSource.MEETING)
    assert meeting.source_text.startswith("Möte 20")
    # Named like the others, not just "Övning".
    exercise = next(r for r in rows if r.source_type is ActionSource.EXERCISE_LESSON)
    assert (
        exercise.source_text == "Övning 2021-02-17, Övning för krisledningen: strömavbrott i kyla"
    )
    assert all(r.responsible for r in rows)


def test_index_follows_a_change_without_rebuilding(demo_db: Database, today: dt.date) -> None:
    with demo_db.session() as s:
        index = ActionIndex(s, today)
        late = index.select(ActionFilter(overdue=True))
        actions.set_action_status(s, late[0], ActionStatus.DONE, today)
        index.refresh_ids(s, [late[0]])
        assert index.select(ActionFilter(overdue=True)) == late[1:]
        assert late[0] in index.select(ActionFilter(status=ActionStatus.DONE))
        actions.delete_action(s, late[1])
        index.refresh_ids(s, [late[1]])
        assert late[1] not in index.select(ActionFilter())
        # Typing on narrows the previous answer; a shorter text starts again.
        assert len(index.select(ActionFilter(search="bel"))) >= len(
            index.select(ActionFilter(search="belys"))
        )
        assert index.select(ActionFilter(search="b")) == action_list.action_ids(
            s, ActionFilter(search="b"), today=today
        )


@needs_pdftotext
def test_printed_list_and_its_command(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    out = tmp_path / "atgarder.pdf"
    code, stdout, _err = run_cli(
        capsys, "--db", sqlite_url, "print", "actions", "--overdue", "--out", str(out)
    )
    assert code == 0 and "Sparade" in stdout
    text = pdf_text(out)
    assert "Åtgärder" in text and "Försenade åtgärder" in text
    assert "försenad" in text and "Sida 1 av" in text
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "actions", "--open", "--overdue", "--out", str(out)
    )
    assert code == 2 and "--overdue" in err
    # An exercise's action names the exercise it came from, as meetings' and walks' do.
    code, _out, _err = run_cli(
        capsys,
        "--db",
        sqlite_url,
        "print",
        "actions",
        "--source",
        "exercise_lesson",
        "--out",
        str(out),
    )
    assert code == 0
    assert "Övning 2021-02-17," in pdf_text(out)


def test_printout_of_an_empty_selection_says_so(demo_db: Database, today: dt.date) -> None:
    with demo_db.session() as s:
        pdf = actions_list.build(s, ActionFilter(search="finns-inte-alls"), today=today)
    assert pdf.startswith(b"%PDF")


@needs_pdftotext
def test_an_empty_register_prints_as_such(db: Database, tmp_path: Path, today: dt.date) -> None:
    """An empty register printed "Inga åtgärder matchar." (as if a filter had found nothing),
    and the subtitle read "Alla åtgärder · Per 2026-...", a capital mid-line. The day is
    in words there, its ISO date in the footer."""
    out = tmp_path / "list.pdf"
    with db.session() as s:
        out.write_bytes(actions_list.build(s, today=today))
    text = " ".join(pdf_text(out).split())
    assert "Inga åtgärder är registrerade." in text and "matchar" not in text
    assert f"Alla åtgärder · per {prose_date(today)} (v. {today.isocalendar()[1]})" in text
    assert f"Åtgärder per {today.isoformat()} Sida 1 av 1" in text


@needs_pdftotext
def test_a_filter_matching_nothing_prints_as_such(
    demo_db: Database, tmp_path: Path, today: dt.date
) -> None:
    out = tmp_path / "list.pdf"
    with demo_db.session() as s:
        out.write_bytes(actions_list.build(s, ActionFilter(search="finns-inte-alls"), today=today))
    assert "Inga åtgärder matchar." in pdf_text(out)
