"""``groups create|edit|end``, ``groups add-member|change-role|remove-member`` and ``groups
followup``: what the Groups area's forms and Uppföljning tab do, for a script. Each says what it
did in one line; a refusal is one Swedish line, exit 1, with nothing changed; the change is in
the audit trail."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import audit, contacts
from samverkan_desktop.services import groups as group_service
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    return sqlite_db


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, *words)


def _shown(db: Database, capsys: pytest.CaptureFixture[str], group_id: int) -> dict[str, object]:
    code, out, err = _cli(db, capsys, "groups", "show", str(group_id), "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _refused(db: Database, capsys: pytest.CaptureFixture[str], message: str, *words: str) -> None:
    before = dump(db)
    code, out, err = _cli(db, capsys, *words)
    assert (code, out, err) == (1, "", f"Fel: {message}\n")
    assert dump(db) == before


def _person(db: Database, name: str) -> int:
    return next(p.id for p in db.call(contacts.list_people, name) if p.name == name)


def test_create_edit_and_end_a_group_as_the_forms_do(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    anna = _person(db, "Anna Berglund")
    code, out, err = _cli(
        db, capsys, "groups", "create", "Platssamverkan Karlaplan", "--type", "Platssamverkan",
        "--purpose", "Tryggare Karlaplan", "--area", "1", "--convener", str(anna),
        "--frequency", "1 gång/månad (ej juli)", "--starts", "2027-01-01",
        "--follow-up", "t1,vb", "--rule",
    )  # fmt: skip
    new = max(g.id for g in db.call(group_service.list_groups))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Gruppen {new} ”Platssamverkan Karlaplan” är skapad."
    assert lines[1].startswith("Regeln sparad: ") and " möten tillagda" in lines[1]
    shown = _shown(db, capsys, new)
    assert shown["type"] == "platssamverkan" and shown["convener"] == "Anna Berglund"
    assert (shown["follow_up_t1"], shown["follow_up_t2"], shown["follow_up_vb"]) == (
        True,
        False,
        True,
    )
    code, out, err = _cli(db, capsys, "meetings", "list", "--group", str(new), "--json")
    assert code == 0 and json.loads(out), "--rule planned its meetings"

    # Edit: what is given changes, --clear empties, the rest stays.
    code, out, err = _cli(
        db, capsys, "groups", "edit", str(new), "--goal", "Färre rån", "--clear", "purpose"
    )
    assert (code, out, err) == (0, f"Gruppen {new} ”Platssamverkan Karlaplan” är sparad.\n", "")
    shown = _shown(db, capsys, new)
    assert (shown["goal"], shown["purpose"], shown["convener"]) == (
        "Färre rån",
        None,
        "Anna Berglund",
    )
    # An empty text (an unset variable in a script) wipes nothing.
    _refused(
        db, capsys, "--goal är tomt; vill du tömma fältet, ange --clear goal.",
        "groups", "edit", str(new), "--goal", "",
    )  # fmt: skip
    _refused(
        db, capsys, "Det finns ingen person med nummer 9999.",
        "groups", "edit", str(new), "--police-contact", "9999",
    )  # fmt: skip

    # End: not before it starts; then set to end, and said so again without a change.
    _refused(
        db, capsys, "En grupp kan inte avslutas innan den startar (2027-01-01).",
        "groups", "end", str(new), "--on", "2026-06-01",
    )  # fmt: skip
    code, out, _err = _cli(db, capsys, "groups", "end", str(new), "--on", "2027-06-30")
    # Its end set after its start: planned, then active until that day (not "Avslutad" now).
    assert out == f"Gruppen {new} ”Platssamverkan Karlaplan” är satt att avslutas 2027-06-30.\n"
    before = dump(db)
    code, out, _err = _cli(db, capsys, "groups", "end", str(new))
    assert (code, out) == (
        0,
        f"Gruppen {new} ”Platssamverkan Karlaplan” är satt att avslutas 2027-06-30; "
        "--on DATUM flyttar slutet.\n",
    )
    assert dump(db) == before
    with db.session() as s:
        trail = [row.summary for row in audit.history(s, "groups", new)]
    assert len(trail) >= 3  # created, edited, ended


def test_members_are_added_given_a_role_and_removed(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    group = next(g for g in db.call(group_service.list_groups) if g.name == "Krisstödsgruppen")
    members = {m.person_id for m in db.call(group_service.get_group, group.id).members}
    outsider = next(p for p in db.call(contacts.list_people) if p.id not in members)
    ids = (str(group.id), str(outsider.id))
    code, out, err = _cli(db, capsys, "groups", "add-member", *ids, "--role", "sekreterare")
    assert (code, out, err) == (
        0,
        f"{outsider.name} är tillagd i ”Krisstödsgruppen” som sekreterare.\n",
        "",
    )
    roles = {m.person_id: m.role.value for m in db.call(group_service.get_group, group.id).members}
    assert roles[outsider.id] == "secretary"
    _refused(
        db, capsys, f"{outsider.name} är redan medlem i Krisstödsgruppen.",
        "groups", "add-member", *ids,
    )  # fmt: skip
    code, out, _err = _cli(db, capsys, "groups", "change-role", *ids, "--role", "member")
    assert out == f"{outsider.name} har nu rollen ledamot i ”Krisstödsgruppen”.\n"
    code, out, _err = _cli(db, capsys, "groups", "remove-member", *ids)
    assert code == 0 and out.startswith(f"{outsider.name} togs bort från ”Krisstödsgruppen”.")
    assert outsider.id not in {
        m.person_id for m in db.call(group_service.get_group, group.id).members
    }
    _refused(
        db, capsys, f"{outsider.name} är inte medlem i ”Krisstödsgruppen”.",
        "groups", "remove-member", *ids,
    )  # fmt: skip


def test_followup_writes_and_shows_what_we_have_done_and_how_we_continue(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    group = next(
        g for g in db.call(group_service.list_groups) if g.name == "Lokal styrgrupp Östermalm"
    )
    detail = db.call(group_service.get_group, group.id)
    period = "vb" if detail.follow_up_vb else "t1" if detail.follow_up_t1 else "t2"
    words = ("groups", "followup", str(group.id), "--period", period, "--year", "2026")
    code, out, err = _cli(
        db, capsys, *words, "--done", "- Lägesbild till nämnden\n- Ny överenskommelse"
    )
    assert code == 0 and out.startswith(f"Uppföljningen för gruppen {group.id} ”Lokal styrgrupp")
    code, out, err = _cli(db, capsys, *words, "--next", "Revidera åtgärdsplanen")
    code, out, err = _cli(db, capsys, *words, "--json")
    shown = json.loads(out)
    assert shown["done"] == ["Lägesbild till nämnden", "Ny överenskommelse"]  # kept
    assert shown["next"] == ["Revidera åtgärdsplanen"]
    code, out, err = _cli(db, capsys, *words, "--clear", "done")
    code, out, err = _cli(db, capsys, *words, "--json")
    assert json.loads(out)["done"] == [] and json.loads(out)["next"] == ["Revidera åtgärdsplanen"]
    not_followed = next(
        p for p, on in (("t1", detail.follow_up_t1), ("t2", detail.follow_up_t2)) if not on
    )
    before = dump(db)
    code, out, err = _cli(
        db, capsys, "groups", "followup", str(group.id), "--period", not_followed, "--done", "x"
    )
    assert (code, out) == (1, "") and "följs inte upp vid" in err and "--follow-up" in err
    assert dump(db) == before


def test_followup_at_vb_shows_what_was_written_at_t1_and_t2(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read at VB, the year's T1 and T2 texts come along (JSON ``earlier``, and under
    "Skrivet tidigare under året"), as the tab and the annual printout show them."""
    db = demo_db
    group = next(
        g for g in db.call(group_service.list_groups) if g.name == "Lokal styrgrupp Östermalm"
    )
    gid = str(group.id)
    code, out, err = _cli(db, capsys, "groups", "edit", gid, "--follow-up", "t1,t2,vb")
    assert code == 0, err

    def followup(period: str, *words: str) -> str:
        code, out, err = _cli(
            db, capsys, "groups", "followup", gid, "--period", period, "--year", "2019", *words
        )
        assert code == 0, err
        return out

    followup("t1", "--done", "- Workshop om trygghet i skolan\n- Lägesbild till nämnden")
    followup("t2", "--next", "Trygghetsvandring i Hjorthagen")
    followup("vb", "--done", "Ny samverkansöverenskommelse")
    shown = json.loads(followup("vb", "--json"))
    assert shown["done"] == ["Ny samverkansöverenskommelse"]  # the keys it had stay
    assert shown["earlier"] == [
        {
            "period": "t1",
            "year": 2019,
            "done": ["Workshop om trygghet i skolan", "Lägesbild till nämnden"],
            "next": [],
        },
        {"period": "t2", "year": 2019, "done": [], "next": ["Trygghetsvandring i Hjorthagen"]},
    ]
    assert json.loads(followup("t2", "--json"))["earlier"] == []  # a tertial has its own only
    lines = followup("vb").splitlines()
    assert lines[1].startswith("Vad har vi gjort:") and "Ny samverkansöverenskommelse" in lines[1]
    earlier = lines[lines.index("Skrivet tidigare under året") + 1 :]
    assert [line.split(":")[0] for line in earlier if ":" in line] == [
        "Vad har vi gjort – T1 (jan–apr) 2019",
        "Hur fortsätter vi – T2 (maj–aug) 2019",
    ]
    assert earlier[1].strip() == "– Lägesbild till nämnden"
    assert earlier[2].endswith("– Trygghetsvandring i Hjorthagen")


def test_members_join_and_leave_on_the_days_given(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A group registered today that started earlier has its first members since its start;
    ``--joined`` and ``--left`` give other days, and days to come or before the start are
    refused in one line with nothing changed."""
    db = sqlite_db
    today = clock.today()
    start, joined, last = (today - dt.timedelta(days=d) for d in (300, 100, 10))
    code, out, err = _cli(
        db, capsys, "groups", "create", "Nätverk Karlaplan", "--type", "Nätverk",
        "--starts", start.isoformat(),
    )  # fmt: skip
    assert code == 0, err
    group = str(max(g.id for g in db.call(group_service.list_groups)))
    lina, omar, nora = (
        str(db.call(contacts.create_person, contacts.PersonInput(name)))
        for name in ("Lina Ek", "Omar Saleh", "Nora Berg")
    )
    code, out, err = _cli(db, capsys, "groups", "add-member", group, lina)
    assert (code, out, err) == (
        0,
        "Lina Ek är tillagd i ”Nätverk Karlaplan” som ledamot, medlem sedan gruppen bildades.\n",
        "",
    )
    code, out, err = _cli(db, capsys, "groups", "add-member", group, omar, "--joined", str(joined))
    assert (
        out == f"Omar Saleh är tillagd i ”Nätverk Karlaplan” som ledamot, medlem från {joined}.\n"
    )
    _refused(
        db, capsys, f"En medlem går med senast i dag: {today + dt.timedelta(days=1)} har inte kommit än.",
        "groups", "add-member", group, nora, "--joined", str(today + dt.timedelta(days=1)),
    )  # fmt: skip
    _refused(
        db, capsys,
        f"”Nätverk Karlaplan” startade {start}: en medlem går med tidigast den dagen.",
        "groups", "add-member", group, nora, "--joined", str(start - dt.timedelta(days=1)),
    )  # fmt: skip
    _refused(
        db, capsys, f"Omar Saleh blev medlem {joined}: sista dagen kan inte vara tidigare.",
        "groups", "remove-member", group, omar, "--left", str(joined - dt.timedelta(days=1)),
    )  # fmt: skip
    code, out, err = _cli(db, capsys, "groups", "remove-member", group, omar, "--left", str(last))
    assert out == f"Omar Saleh togs bort från ”Nätverk Karlaplan”, medlem t.o.m. {last}.\n"
    code, out, err = _cli(db, capsys, "groups", "members", group, "--former", "--json")
    days = {m["name"]: (m["joined_on"], m["left_on"]) for m in json.loads(out)}
    assert days == {"Lina Ek": (str(start), None), "Omar Saleh": (str(joined), str(last))}
