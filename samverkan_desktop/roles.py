"""PostgreSQL roles for a shared database, enforced by the server itself.

- ``samverkan_reception``: reads units and borrowers (and what lending checks: training,
  settings) and lends and returns – INSERT/UPDATE on units and loans (DELETE on loans and unit
  events only to undo a lend or return just made), the unit's service events a return records,
  and its own audit entries. Nothing else: an UPDATE of a group is refused by the server.
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

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

RECEPTION = "samverkan_reception"
READONLY = "samverkan_readonly"
COORDINATOR = "samverkan_coordinator"
ROLES = (RECEPTION, READONLY, COORDINATOR)
ROLE_NAMES = {"reception": RECEPTION, "readonly": READONLY, "coordinator": COORDINATOR}

# What lending and returning read (units, borrowers, training, settings, the schema version).
RECEPTION_READS = (
    "alembic_version",
    "alarm_units",
    "alarm_loans",
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
    "alarm_loans": "INSERT, UPDATE, DELETE",  # DELETE: undo a lend made by mistake
    "alarm_unit_events": "INSERT, DELETE",  # a fault reported at return; undone with it
}
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
        f"GRANT {rights} ON {table} TO {RECEPTION}" for table, rights in RECEPTION_WRITES.items()
    ]
    statements += [
        f"GRANT USAGE ON SEQUENCE {', '.join(RECEPTION_SEQUENCES + ('audit_log_id_seq',))} "
        f"TO {RECEPTION}",
        # The trail of its own changes: write it, never read it back (only the new id).
        f"GRANT INSERT, SELECT (id), UPDATE (changes, action) ON audit_log TO {RECEPTION}",
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
