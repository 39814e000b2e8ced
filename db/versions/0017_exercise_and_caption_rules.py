"""exercise and caption rules: the database refuses what the services refuse, on both backends

Revision ID: 0017_exercise_and_caption_rules
Revises: 0016_unit_row_version
Create Date: 2026-12-01

Until now only the services held these rules, so another tool writing to the database (a script,
an import, a second program) could break them:

- a lesson's objective belongs to the lesson's own exercise (services/exercise_lessons.py);
- a lesson is recorded, and an objective evaluated (a result or comment given), only once the
  exercise is held: not while it is planned, nor when it was cancelled
  (services/exercise_objectives.py). What was recorded before an exercise was taken back to
  planned stays and stays editable: only a *new* lesson or evaluation is refused;
- a photo's caption is at most 300 characters (services/walk_records.py): now a CHECK on both
  backends (models/walks.py). PostgreSQL's VARCHAR(300) held it already; SQLite does not enforce
  a VARCHAR length.

Triggers rather than a composite foreign key (exercise_id, objective_id) onto a unique
(exercise_id, id): deleting an objective sets its lessons' objective_id to NULL, and a composite
key's ON DELETE SET NULL would set the lesson's exercise_id to NULL as well (NOT NULL, so the
delete would fail). PostgreSQL 15 can name the one column to clear, SQLite cannot; keeping the
plain key for SET NULL beside a composite NO ACTION key works on PostgreSQL only when the
referential triggers happen to fire in the right order (by their OID-numbered names). The
exercise rules span two tables, which a CHECK cannot see; triggers hold them, as 0002's hold the
alarm rules. The services check first and explain; a refusal that reaches the database anyway
(another desk took the exercise back meanwhile) gets the same Swedish line
(services/exercise_held.py).

Existing data: a lesson linked to another exercise's objective loses the link (objective_id
NULL; its text and action stay). A caption over 300 characters (possible on SQLite before the
service refused it) is shortened to 299 characters and "…", and the whole caption is appended to
the observation's description, so no word typed is lost. The downgrade removes the rules and
leaves the data as it is.

NOTE for later migrations: an SQLite batch operation that recreates exercise_lessons or
exercise_objectives drops these triggers (and recreating exercise_objectives with foreign keys
on would clear the lessons' objectives through ON DELETE SET NULL); create them again afterwards
(tests/core/test_exercise_rules_db.py fails if they are missing).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017_exercise_and_caption_rules"
down_revision: str | None = "0016_unit_row_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CAPTION_MAX = 300
CAPTION_CHECK = "ck_observation_photos_caption_length"
CAPTION_RULE = f"caption IS NULL OR length(caption) <= {CAPTION_MAX}"

# The messages the database gives (in English: a tool's log, not a coordinator, reads them; the
# services explain in Swedish before the database has to refuse).
OBJECTIVE_ELSEWHERE = "a lesson objective belongs to the lesson exercise"
OBJECTIVE_HAS_LESSONS = "lessons of its exercise refer to the objective"
LESSON_NOT_HELD = "lessons are recorded once the exercise is held"
EVALUATION_NOT_HELD = "objectives are evaluated once the exercise is held"

NOT_HELD = "('planned', 'cancelled')"
LESSON_OBJECTIVE_ELSEWHERE = (
    "NEW.objective_id IS NOT NULL AND "
    "(SELECT exercise_id FROM exercise_objectives WHERE id = NEW.objective_id) <> NEW.exercise_id"
)
EXERCISE_NOT_HELD = f"(SELECT status FROM exercises WHERE id = NEW.exercise_id) IN {NOT_HELD}"

SQLITE_TRIGGERS = {
    "trg_exercise_lessons_objective_same_exercise": f"""
        BEFORE INSERT ON exercise_lessons FOR EACH ROW
        WHEN {LESSON_OBJECTIVE_ELSEWHERE}
        BEGIN SELECT RAISE(ABORT, '{OBJECTIVE_ELSEWHERE}'); END
    """,
    "trg_exercise_lessons_objective_same_exercise_on_update": f"""
        BEFORE UPDATE OF exercise_id, objective_id ON exercise_lessons FOR EACH ROW
        WHEN {LESSON_OBJECTIVE_ELSEWHERE}
        BEGIN SELECT RAISE(ABORT, '{OBJECTIVE_ELSEWHERE}'); END
    """,
    "trg_exercise_objectives_keep_exercise": f"""
        BEFORE UPDATE OF exercise_id ON exercise_objectives FOR EACH ROW
        WHEN NEW.exercise_id <> OLD.exercise_id AND EXISTS (
            SELECT 1 FROM exercise_lessons
            WHERE objective_id = NEW.id AND exercise_id <> NEW.exercise_id)
        BEGIN SELECT RAISE(ABORT, '{OBJECTIVE_HAS_LESSONS}'); END
    """,
    "trg_exercise_lessons_exercise_held": f"""
        BEFORE INSERT ON exercise_lessons FOR EACH ROW
        WHEN {EXERCISE_NOT_HELD}
        BEGIN SELECT RAISE(ABORT, '{LESSON_NOT_HELD}'); END
    """,
    "trg_exercise_lessons_exercise_held_on_update": f"""
        BEFORE UPDATE OF exercise_id ON exercise_lessons FOR EACH ROW
        WHEN NEW.exercise_id <> OLD.exercise_id AND {EXERCISE_NOT_HELD}
        BEGIN SELECT RAISE(ABORT, '{LESSON_NOT_HELD}'); END
    """,
    "trg_exercise_objectives_evaluated_when_held": f"""
        BEFORE INSERT ON exercise_objectives FOR EACH ROW
        WHEN (NEW.result IS NOT NULL OR NEW.comment IS NOT NULL) AND {EXERCISE_NOT_HELD}
        BEGIN SELECT RAISE(ABORT, '{EVALUATION_NOT_HELD}'); END
    """,
    # Only a new result or comment: clearing one, or keeping what was recorded before the
    # exercise was taken back to planned, is not an evaluation.
    "trg_exercise_objectives_evaluated_when_held_on_update": f"""
        BEFORE UPDATE OF result, comment ON exercise_objectives FOR EACH ROW
        WHEN ((NEW.result IS NOT NULL AND NEW.result IS NOT OLD.result)
            OR (NEW.comment IS NOT NULL AND NEW.comment IS NOT OLD.comment))
            AND {EXERCISE_NOT_HELD}
        BEGIN SELECT RAISE(ABORT, '{EVALUATION_NOT_HELD}'); END
    """,
}

# PostgreSQL: the same rules; check_violation makes the driver raise an IntegrityError like the
# other constraints. FOR SHARE on the row read makes a concurrent change of it (an exercise taken
# back to planned, an objective moved) wait for this transaction, and this one see its outcome.
POSTGRESQL_FUNCTIONS = {
    "exercise_lessons_rules": f"""
    DECLARE
        exercise_status varchar;
        objective_exercise integer;
    BEGIN
        IF TG_OP = 'INSERT' OR NEW.exercise_id <> OLD.exercise_id THEN
            SELECT status INTO exercise_status FROM exercises WHERE id = NEW.exercise_id
                FOR SHARE;
            IF exercise_status IN {NOT_HELD} THEN
                RAISE EXCEPTION '{LESSON_NOT_HELD} (exercise %)', NEW.exercise_id
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        IF NEW.objective_id IS NOT NULL THEN
            SELECT exercise_id INTO objective_exercise FROM exercise_objectives
                WHERE id = NEW.objective_id FOR SHARE;
            IF objective_exercise <> NEW.exercise_id THEN
                RAISE EXCEPTION '{OBJECTIVE_ELSEWHERE} (objective %)', NEW.objective_id
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        RETURN NEW;
    END
    """,
    "exercise_objectives_rules": f"""
    DECLARE
        exercise_status varchar;
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.exercise_id <> OLD.exercise_id AND EXISTS (
            SELECT 1 FROM exercise_lessons
            WHERE objective_id = NEW.id AND exercise_id <> NEW.exercise_id
        ) THEN
            RAISE EXCEPTION '{OBJECTIVE_HAS_LESSONS} (objective %)', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.result IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.result IS DISTINCT FROM OLD.result))
            OR (NEW.comment IS NOT NULL
                AND (TG_OP = 'INSERT' OR NEW.comment IS DISTINCT FROM OLD.comment)) THEN
            SELECT status INTO exercise_status FROM exercises WHERE id = NEW.exercise_id
                FOR SHARE;
            IF exercise_status IN {NOT_HELD} THEN
                RAISE EXCEPTION '{EVALUATION_NOT_HELD} (exercise %)', NEW.exercise_id
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        RETURN NEW;
    END
    """,
}
# (trigger, table, function, events); the WHEN conditions spare the function call where it can
# only say yes (0013): a lesson's text edited, an objective renumbered or reworded.
POSTGRESQL_TRIGGERS = [
    ("trg_exercise_lessons_rules", "exercise_lessons", "exercise_lessons_rules", "INSERT", ""),
    (
        "trg_exercise_lessons_rules_on_update",
        "exercise_lessons",
        "exercise_lessons_rules",
        "UPDATE OF exercise_id, objective_id",
        "WHEN (NEW.exercise_id <> OLD.exercise_id "
        "OR NEW.objective_id IS DISTINCT FROM OLD.objective_id) ",
    ),
    (
        "trg_exercise_objectives_rules",
        "exercise_objectives",
        "exercise_objectives_rules",
        "INSERT",
        "WHEN (NEW.result IS NOT NULL OR NEW.comment IS NOT NULL) ",
    ),
    (
        "trg_exercise_objectives_rules_on_update",
        "exercise_objectives",
        "exercise_objectives_rules",
        "UPDATE OF exercise_id, result, comment",
        "WHEN (NEW.exercise_id <> OLD.exercise_id "
        "OR NEW.result IS DISTINCT FROM OLD.result OR NEW.comment IS DISTINCT FROM OLD.comment) ",
    ),
]


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _fix_existing_data(sqlite: bool) -> None:
    op.execute(
        "UPDATE exercise_lessons SET objective_id = NULL WHERE objective_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM exercise_objectives o WHERE o.id = "
        "exercise_lessons.objective_id AND o.exercise_id = exercise_lessons.exercise_id)"
    )
    if not sqlite:  # VARCHAR(300) never let a longer caption in
        return
    too_long = f"length(caption) > {CAPTION_MAX}"
    # The description first, while the caption is still whole.
    op.execute(
        "UPDATE observations SET description = description || (SELECT group_concat("
        "char(10) || char(10) || 'Bildtext till ' || file_name || ': ' || caption, '') "
        f"FROM observation_photos p WHERE p.observation_id = observations.id AND {too_long}) "
        f"WHERE id IN (SELECT observation_id FROM observation_photos WHERE {too_long})"
    )
    op.execute(
        f"UPDATE observation_photos SET caption = substr(caption, 1, {CAPTION_MAX - 1}) || '…' "
        f"WHERE {too_long}"
    )


def upgrade() -> None:
    sqlite = _is_sqlite()
    _fix_existing_data(sqlite)
    if sqlite:
        # SQLite cannot add a CHECK to a table: the batch copies observation_photos into a new
        # table with it (no table refers to the photos, no trigger sits on them).
        with op.batch_alter_table("observation_photos") as batch_op:
            batch_op.create_check_constraint(op.f(CAPTION_CHECK), CAPTION_RULE)
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    op.create_check_constraint(op.f(CAPTION_CHECK), "observation_photos", CAPTION_RULE)
    for function, body in POSTGRESQL_FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$")
    for trigger, table, function, events, when in POSTGRESQL_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {trigger} BEFORE {events} ON {table} "
            f"FOR EACH ROW {when}EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    if _is_sqlite():
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
        with op.batch_alter_table("observation_photos") as batch_op:
            batch_op.drop_constraint(op.f(CAPTION_CHECK), type_="check")
        return
    for trigger, table, _function, _events, _when in POSTGRESQL_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for function in POSTGRESQL_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}()")
    op.drop_constraint(op.f(CAPTION_CHECK), "observation_photos", type_="check")
