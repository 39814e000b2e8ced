"""Guards of the audit trail's coverage: the flush listener sees ORM changes only, so every Core
statement that changes rows in the services and the command line (and every SQL text written
through the driver, and SQLite's backup API copying a whole database), and every row the
database deletes or unlinks by itself (ON DELETE CASCADE / SET NULL with no ORM cascade), is on
a reviewed list saying how its change reaches the trail, or why it need not. A new one fails
here until someone has decided."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import RelationshipDirection

from samverkan_desktop.models import Base
from samverkan_desktop.paths import PROJECT_ROOT

LEND_ROUTES = "the reception's lend/return routes: audited with unit.audit or inline_insert"
# (module, top-level name, statement) -> how its change reaches the trail, or why it need not.
REVIEWED_STATEMENTS: dict[tuple[str, str, str], str] = {
    ("samverkan_desktop/db.py", "_sqlite_begin", "exec_driver_sql"): "BEGIN: no rows change",
    ("samverkan_desktop/sqlite_definitions.py", "rewrite_definition", "exec_driver_sql"): (
        "a migration's rewrite of a table's stored definition: no record changes"
    ),
    ("samverkan_desktop/services/alarm_loan_locks.py", "take_write_lock", "exec_driver_sql"): (
        "the write lock: no rows change"
    ),
    ("samverkan_desktop/services/agenda.py", "_set_unversioned", "update"): (
        "meetings.prepared and meetings.minutes_by: audit_trail.record beside it"
    ),
    ("samverkan_desktop/services/walk_records.py", "_move_answers_version", "update"): (
        "route_stops.answers_version: a save counter the trail leaves out (IGNORED_COLUMNS)"
    ),
    ("samverkan_desktop/services/crisis_lists.py", "renumber_list", "update"): (
        "crisis_roles.position and crisis_contacts.position: audit_trail.record beside it"
    ),
    ("samverkan_desktop/services/alarm_usage.py", "pseudonymise_old_loans", "update"): (
        "audit_trail.record_pseudonymised: earlier values emptied, an entry without them"
    ),
    ("samverkan_desktop/services/loan_statements.py", "EVENT_INSERT", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "LOAN_INSERT", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "_lend_one_trip", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "_return_one_trip", "update"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "lend_write", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "loan_insert", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "loan_return", "update"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "return_write", "insert"): LEND_ROUTES,
    ("samverkan_desktop/services/loan_statements.py", "status_update", "update"): LEND_ROUTES,
    ("samverkan_desktop/backup_taking.py", "copy_database", "backup"): (
        "into a new file (a backup): no row of the database changes"
    ),
    ("samverkan_desktop/backup_restore.py", "restore", "backup"): (
        "the restored database gets an entry saying so: restore_trail.record_restore"
    ),
    ("samverkan_desktop/restore_trail.py", "record_restore", "execute"): (
        "the restore's own entry, written into audit_log"
    ),
    ("samverkan_desktop/exports/ics_sequences.py", "_remember", "delete"): (
        "calendar_sequences past their 400 days: the export's bookkeeping, outside the trail "
        "(audit_entries.SKIP_TABLES)"
    ),
}

GROUP_DELETION = "services.group_deletion removes them through the Session before the group"
AREA_PLANS = (
    "area_plan_removal.remove_area_plans removes them through the Session before the area leaves "
    "the agreement (agreements._apply) or the agreement goes (agreements.delete_agreement)"
)
# "child.column" -> why the rows the database deletes or unlinks by itself when their parent is
# deleted (no ORM relationship from the parent) are in the trail, or why it never happens.
REVIEWED_DATABASE_CHANGES: dict[str, str] = {
    "agenda_template_items.group_id": GROUP_DELETION,
    "agreement_area_goals.agreement_id": AREA_PLANS,
    "agreement_area_goals.priority_area_id": AREA_PLANS,
    "situation_figures.agreement_id": AREA_PLANS,
    "situation_figures.priority_area_id": AREA_PLANS,
    "group_follow_up_texts.group_id": GROUP_DELETION,
    "meeting_rules.group_id": GROUP_DELETION,
    "meetings.group_id": GROUP_DELETION,
    "place_groups.group_id": GROUP_DELETION,
    "decisions.agenda_item_id": "unlinking.unlink in agenda.remove_agenda_item",
    "exercise_lessons.action_id": "unlinking.unlink in actions.delete_action",
    "exercise_lessons.objective_id": "unlinking.unlink in exercise_objectives.delete_objective",
    "plan_attachments.version_id": "unlinking.unlink in plans.delete_version",
    "exercises.plan_id": "unlinking.unlink in plans.delete_plan",
    "action_notes.meeting_id": (
        "never: a meeting with follow-up notes holds minutes (meetings_with_minutes) and is "
        "cancelled, not deleted"
    ),
    "alarm_unit_events.loan_id": (
        "never: only a fresh lend's loan is deleted (undo), and it has no events yet"
    ),
    "checklist_answers.item_id": (
        "never: a walk's checklist points are replaced only before any answer (walks.py) or "
        "deleted with the walk, whose stops take their answers with them (ORM cascade)"
    ),
    "exercise_participants.role_id": (
        "never: a crisis role someone took part in is not deleted (crisis_org.delete_role)"
    ),
    "groups.agreement_id": "never: no service deletes an agreement",
    "walks.checklist_template_id": "never: no service deletes a checklist template",
    "walks.follow_up_of_id": (
        "never: a walk with a follow-up was made and is not deleted (walks.check_walk_deletable)"
    ),
}

SCANNED = "samverkan_desktop"
# The trail's own writer and its statements; schema and role administration change no records.
NOT_SCANNED = ("samverkan_desktop/audit_trail.py", "samverkan_desktop/audit_statements.py")
DML = {"insert", "update", "delete"}
WRITING_SQL = ("INSERT ", "UPDATE ", "DELETE ")
DRIVER_CALLS = ("execute", "executemany", "executescript")  # sqlite3's and psycopg's


def _dml_calls(path: Path) -> Iterator[tuple[str, str]]:
    """(top-level function or name, what) for each Core statement that changes rows."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    from_sqlalchemy = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy")
        for alias in node.names
        if alias.name in DML
    }
    for top in tree.body:
        for node in ast.walk(top):
            if isinstance(node, ast.Call):
                what = _what(node, from_sqlalchemy)
                if what:
                    yield _name(top), what


def _name(top: ast.stmt) -> str:
    if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return top.name
    if isinstance(top, ast.Assign) and isinstance(top.targets[0], ast.Name):
        return top.targets[0].id
    if isinstance(top, ast.AnnAssign) and isinstance(top.target, ast.Name):
        return top.target.id
    return f"line {top.lineno}"


def _what(call: ast.Call, from_sqlalchemy: set[str]) -> str | None:
    callee = call.func
    if isinstance(callee, ast.Name) and callee.id in from_sqlalchemy:
        return callee.id
    if isinstance(callee, ast.Attribute) and (
        callee.attr.startswith("bulk_") or callee.attr in ("exec_driver_sql", "backup")
    ):
        return callee.attr
    if isinstance(callee, ast.Name) and callee.id == "text" and _writes(call):
        return "text"
    if isinstance(callee, ast.Attribute) and callee.attr in DRIVER_CALLS and _writes(call):
        return callee.attr
    return None


def _writes(call: ast.Call) -> bool:
    """Whether the call's first argument is SQL text that changes rows."""
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Constant) and str(first.value).lstrip().upper().startswith(
        WRITING_SQL
    )


def found_statements() -> set[tuple[str, str, str]]:
    found = set()
    for path in sorted((PROJECT_ROOT / SCANNED).rglob("*.py")):
        relative = path.relative_to(PROJECT_ROOT).as_posix()
        if relative not in NOT_SCANNED:
            found |= {(relative, function, what) for function, what in _dml_calls(path)}
    return found


def unseen_database_changes() -> set[str]:
    """ "child.column" for each foreign key whose ON DELETE CASCADE / SET NULL the database
    carries out without the ORM (no relationship from the parent that loads the rows)."""
    mappers = {m.persist_selectable: m for m in Base.registry.mappers}  # by table
    unseen = set()
    for table in Base.metadata.tables.values():
        for key in table.foreign_keys:
            if (key.ondelete or "").upper() not in ("CASCADE", "SET NULL"):
                continue
            parent = mappers.get(key.column.table)
            seen = parent is not None and any(
                not relation.passive_deletes
                and (
                    relation.secondary is table
                    or relation.direction is RelationshipDirection.ONETOMANY
                    and key.parent in relation.remote_side
                )
                for relation in parent.relationships
            )
            if not seen:
                unseen.add(f"{table.name}.{key.parent.name}")
    return unseen


def test_every_core_statement_that_changes_rows_is_reviewed_for_the_trail() -> None:
    found = found_statements()
    assert found - set(REVIEWED_STATEMENTS) == set(), (
        "A new Core statement changes rows beside the ORM, where the audit trail does not see "
        "it: write its entries (audit_trail.record, a direct unit's audit) and add it here."
    )
    assert set(REVIEWED_STATEMENTS) - found == set(), "gone: take it off the reviewed list"


def test_every_row_the_database_changes_by_itself_is_reviewed_for_the_trail() -> None:
    unseen = unseen_database_changes()
    assert unseen - set(REVIEWED_DATABASE_CHANGES) == set(), (
        "The database deletes or unlinks these rows by itself (ON DELETE), unseen by the "
        "audit trail: remove them through the Session first, then add them here with how."
    )
    assert set(REVIEWED_DATABASE_CHANGES) - unseen == set(), "gone: take it off the list"


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from sqlalchemy import delete, update as core_update, text\n"
        "def purge(session):\n"
        "    session.execute(delete(Thing))\n"
        "    session.delete(thing)  # the ORM's: seen by the trail\n"
        "    items.insert(0, thing)\n"
        "    session.execute(text('UPDATE things SET a = 1'))\n"
        "    session.bulk_save_objects([])\n"
        "STATEMENT = core_update(Thing)\n"
        "def restore(source, target, conn):\n"
        "    source.backup(target)\n"
        "    conn.execute('SELECT name FROM people')  # reads: not a change\n"
        "    conn.execute('INSERT INTO audit_log (who) VALUES (?)', ('anna',))\n",
        encoding="utf-8",
    )
    assert sorted(_dml_calls(sample)) == [
        ("STATEMENT", "core_update"),
        ("purge", "bulk_save_objects"),
        ("purge", "delete"),
        ("purge", "text"),
        ("restore", "backup"),
        ("restore", "execute"),
    ]


if __name__ == "__main__":
    for row in sorted(found_statements()):
        print(row)
    for change in sorted(unseen_database_changes()):
        print(change)
