"""PostgreSQL roles for a shared database, enforced by the server itself.

- ``samverkan_reception``: reads units and borrowers (and what lending checks: training,
  settings) and lends and returns – INSERT/UPDATE on units and loans, the unit's service events
  a return records, and its own audit entries. Nothing else: an UPDATE of a group is refused by
  the server. Row-level security narrows it further (``RECEPTION_POLICIES``): of the contacts
  it sees only staff (borrowers and managers, not the police's or property owners' numbers), it
  deletes a loan or a service event only within an hour of making it (undoing a lend or a
  return, never the log), and it changes only open or just-returned loans. It never reads a
  home loan's reason (the threat): its SELECT on loans leaves out that column.
- ``samverkan_readonly``: reads everything, changes nothing.
- ``samverkan_coordinator``: reads and changes every record (no schema changes: migrations
  are run by the database owner).

The roles are group roles (NOLOGIN); people log in with their own roles made members of one,
so the audit trail names them (``current_user``). Granting is idempotent: run it again after a
program update has added tables.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

RECEPTION = "samverkan_reception"
READONLY = "samverkan_readonly"
COORDINATOR = "samverkan_coordinator"
ROLES = (RECEPTION, READONLY, COORDINATOR)
ROLE_NAMES = {"reception": RECEPTION, "readonly": READONLY, "coordinator": COORDINATOR}

# What lending and returning read (units, borrowers, training, settings, the schema version);
# the loans too, but for one column (RECEPTION_HIDDEN).
RECEPTION_READS = (
    "alembic_version",
    "alarm_units",
    "alarm_unit_events",
    "people",
    "organisations",
    "settings",
    "courses",
    "training_sessions",
    "training_attendances",
)
RECEPTION_WRITES = {
    "alarm_units": "INSERT, UPDATE",
    "alarm_loans": "INSERT, UPDATE, DELETE",  # DELETE: undo a lend made by mistake (policy)
    "alarm_unit_events": "INSERT, DELETE",  # a fault reported at return; undone with it
}
# Columns the reception may not read: a home loan's reason names the threat (DOMAIN: "threat-
# related home loans are sensitive"). The ORM defers it (models.alarms), so no reception query
# asks for it.
RECEPTION_HIDDEN = {"alarm_loans": ("reason",)}
# Row-level security on the tables where whole-table rights would let the reception do more
# than lend and return: (table, command, rows it may touch). The undo window in the program is
# two minutes (alarm_loans.UNDO_WINDOW); the server's hour leaves room for a desk's clock, not
# for wiping the log. Every other role gets a policy that lets its table rights through.
UNDO_MARGIN = "interval '1 hour'"
RECEPTION_POLICIES = (
    ("people", "SELECT", "is_staff"),
    ("alarm_loans", "SELECT", "true"),
    ("alarm_loans", "INSERT", None),
    ("alarm_loans", "UPDATE", f"returned_at IS NULL OR returned_at > now() - {UNDO_MARGIN}"),
    ("alarm_loans", "DELETE", f"out_at > now() - {UNDO_MARGIN}"),
    ("alarm_unit_events", "SELECT", "true"),
    ("alarm_unit_events", "INSERT", None),
    ("alarm_unit_events", "DELETE", f"occurred_at > now() - {UNDO_MARGIN}"),
)
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
RECEPTION_SEQUENCES = ("alarm_units_id_seq", "alarm_loans_id_seq", "alarm_unit_events_id_seq")


def _require_postgres(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise ValidationError(
            _("Database roles apply to PostgreSQL only; a SQLite file has no roles.")
        )


def grant_statements() -> list[str]:
    """The SQL run by ``grant_roles`` (shown by ``samverkan db grant-roles --show``)."""
    statements = []
    for role in ROLES:
        statements.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"'{role}') THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    statements.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    for role in ROLES:
        statements += [
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
            f"GRANT USAGE ON SCHEMA public TO {role}",
        ]
    statements += [
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READONLY}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {COORDINATOR}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {COORDINATOR}",
        f"GRANT SELECT ON {', '.join(RECEPTION_READS)} TO {RECEPTION}",
    ]
    statements += [
        f"GRANT SELECT ({', '.join(columns)}) ON {table} TO {RECEPTION}"
        for table, columns in _reception_columns().items()
    ]
    statements += [
        f"GRANT {rights} ON {table} TO {RECEPTION}" for table, rights in RECEPTION_WRITES.items()
    ]
    statements += _policy_statements()
    statements += [
        f"GRANT USAGE ON SEQUENCE {', '.join(RECEPTION_SEQUENCES + ('audit_log_id_seq',))} "
        f"TO {RECEPTION}",
        # The trail of its own changes: write it, never read it back (only the new id).
        f"GRANT INSERT, SELECT (id), UPDATE (changes, action) ON audit_log TO {RECEPTION}",
    ]
    return statements


def _reception_columns() -> dict[str, list[str]]:
    """Per table with hidden columns, the columns the reception may read (all the others)."""
    from samverkan_desktop.models import Base

    return {
        table: [c.name for c in Base.metadata.tables[table].columns if c.name not in hidden]
        for table, hidden in RECEPTION_HIDDEN.items()
    }


def _policy_statements() -> list[str]:
    """Row-level security: the reception's policies, and one letting every other role's table
    rights through (RLS refuses all rows to a role without a policy; the owner, who runs the
    migrations, is not subject to it). Dropped and made again, so granting stays idempotent."""
    statements = []
    for table in dict.fromkeys(table for table, _command, _rows in RECEPTION_POLICIES):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS samverkan_others ON {table}",
            f"CREATE POLICY samverkan_others ON {table} TO {READONLY}, {COORDINATOR} "
            "USING (true) WITH CHECK (true)",
        ]
    for table, command, rows in RECEPTION_POLICIES:
        name = f"samverkan_reception_{command.lower()}"
        # An UPDATE's new row is checked by USING too unless WITH CHECK says otherwise: a
        # return's or an undo's new row need not pass "recent".
        condition = "WITH CHECK (true)" if rows is None else f"USING ({rows})"
        if command == "UPDATE":
            condition += " WITH CHECK (true)"
        statements += [
            f"DROP POLICY IF EXISTS {name} ON {table}",
            f"CREATE POLICY {name} ON {table} FOR {command} TO {RECEPTION} {condition}",
        ]
    return statements


def grant_roles(engine: Engine) -> list[str]:
    """Create the three roles if missing and set their rights exactly; one transaction."""
    with engine.begin() as connection:
        _require_postgres(connection)
        statements = grant_statements()
        for statement in statements:
            connection.execute(text(statement))
    return list(ROLES)


def reception_only(session: Session) -> bool:
    """Whether this desk's login may only lend and return (a member of the reception's role and
    of no other; the owner and superusers are not): its window is the reception's, whatever
    the command line said. Always false on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(
        session.scalar(
            text(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :reception) "
                "AND pg_has_role(current_user, :reception, 'MEMBER') "
                "AND NOT pg_has_role(current_user, :readonly, 'MEMBER') "
                "AND NOT pg_has_role(current_user, :coordinator, 'MEMBER')"
            ),
            {"reception": RECEPTION, "readonly": READONLY, "coordinator": COORDINATOR},
        )
    )


def add_login(engine: Engine, name: str, role: str, password: str | None) -> None:
    """A person's own login role, member of one of the three (password optional: the server's
    pg_hba.conf may use another method)."""
    if role not in ROLE_NAMES:
        raise ValidationError(
            _("Unknown role “{role}”; choose reception, readonly or coordinator.").format(role=role)
        )
    if not LOGIN_PATTERN.match(name):
        raise ValidationError(
            _("“{name}” cannot be a login name: use letters a–z, digits and _.").format(name=name)
        )
    with engine.begin() as connection:
        _require_postgres(connection)
        login = name
        exists = connection.scalar(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
        )
        if not exists:
            connection.execute(text(f"CREATE ROLE {login} LOGIN"))
        if password:
            quoted = connection.scalar(text("SELECT quote_literal(:p)"), {"p": password})
            connection.execute(text(f"ALTER ROLE {login} PASSWORD {quoted}"))
        for other in ROLES:
            connection.execute(text(f"REVOKE {other} FROM {login}"))
        connection.execute(text(f"GRANT {ROLE_NAMES[role]} TO {login}"))
