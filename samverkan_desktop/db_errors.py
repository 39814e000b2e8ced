"""The database's refusals in the user's words.

A unique index, a foreign key or a check the database enforces refuses a change that a service
did not foresee: mostly two desks doing the same at the same moment (both read "no rule yet",
both add one). The refusal reaches the user as a ConflictError naming the problem when the
constraint is known here (``UNIQUE_MESSAGES``), else as a plain line without SQL; the driver's
own text goes to the log. ``tests/core/test_db_errors.py`` holds every unique constraint of the
models to a message here, so a new one without a message fails the test.
"""

from __future__ import annotations

import logging
import re

from samverkan_desktop.errors import ConflictError, DatabaseError, DomainError
from samverkan_desktop.i18n import N_, _

log = logging.getLogger(__name__)

_ORDER = N_(
    "The order was changed at another desk at the same moment, so this change was not saved; "
    "what you typed is kept. Try again."
)
_ORDER_COMMAND = N_(
    "The order was changed at another desk at the same moment, so the command was not carried "
    "out. Run it again."
)
_FILE = N_("A file with the same name was stored at the same moment; try again.")

# Constraint or index name -> message (marked with N_, translated when shown).
UNIQUE_MESSAGES: dict[str, str] = {
    # Names and codes the user types.
    "uq_agreement_revisions_agreement_id": N_("The agreement already has a revision that day."),
    "uq_agreements_title": N_("There is already an agreement with that title."),
    "uq_alarm_units_code": N_("There is already a unit with that code."),
    "uq_checklist_templates_name": N_("There is already a checklist with that name."),
    "uq_courses_code": N_("There is already a course with that code."),
    "uq_courses_name": N_("There is already a course with that name."),
    "uq_crisis_roles_name": N_("There is already a crisis role with that name."),
    "uq_exercise_templates_name": N_("There is already an exercise template with that name."),
    "uq_groups_name": N_("There is already a group with that name."),
    "uq_organisations_name": N_("There is already an organisation with that name."),
    "uq_places_name": N_("There is already a place with that name."),
    "uq_plans_name": N_("There is already a plan with that name."),
    "uq_priority_areas_code": N_("There is already a priority area with that code."),
    "uq_priority_areas_name": N_("There is already a priority area with that name."),
    "uq_plan_versions_version": N_("The plan already has a version with that name."),
    "uq_plan_versions_adopted_on": N_(
        "The plan already has a version adopted that day: edit that version instead of adding "
        "another."
    ),
    "uq_agreement_appendices_agreement_id": N_(
        "The agreement already has an appendix with that number."
    ),
    "uq_checklist_template_items_code": N_("The checklist already has a point with that code."),
    "uq_walk_checklist_items_code": N_("The walk's checklist already has a point with that code."),
    # Something added twice (at two desks, or twice at one).
    "uq_agreement_parties_agreement_id": N_("The organisation is already a party."),
    "uq_alarm_loans_open_unit": N_(
        "The unit was lent at another desk at the same moment; it is on loan now."
    ),
    "uq_course_requirements_course": N_(
        "The role's courses were changed at another desk at the same moment, so this change "
        "was not saved; what you chose is kept. Open the role again to see them."
    ),
    "uq_crisis_role_members_person": N_("The person already holds the role."),
    "uq_exercise_participants_person": N_("The person already takes part in the exercise."),
    "uq_exercise_lessons_action_id": N_("The action is already linked to a lesson."),
    "uq_group_follow_up_texts_group_id": N_(
        "The follow-up was written at another desk at the same moment, so yours was not "
        "saved; what you typed is kept. Open the follow-up again to see the other text."
    ),
    "uq_meeting_invitees_meeting_id": N_("The person is already invited."),
    "uq_meeting_rules_group_id": N_(
        "The group was given a meeting rule at another desk at the same moment, so yours was "
        "not saved; what you typed is kept. Open the group again to see that rule, then change "
        "it if yours should apply."
    ),
    "uq_meetings_group_occurrence": N_(
        "The group's meetings were planned at another desk at the same moment, so this change "
        "was not saved; what you typed is kept. Open the group again and try again."
    ),
    "uq_memberships_current": N_("The person is already a member of the group."),
    "uq_place_priorities_place_id": N_("The place is already prioritised that year."),
    "uq_training_attendances_session_id": N_("The person is already registered for the session."),
    "uq_walk_participants_organisation": N_("The organisation already takes part in the walk."),
    "uq_walk_participants_person": N_("The person already takes part in the walk."),
    "uq_group_organisations_group_id": N_("The organisation already takes part in the group."),
    "uq_situation_figures_agreement_id": N_(
        "The situation picture already has a figure for that measure, place and year."
    ),
    "uq_agreement_area_goals_agreement_id": N_(
        "The area's goal was saved at another desk at the same moment, so yours was not "
        "saved; what you typed is kept. Open the agreement again to see the other goal."
    ),
    "uq_weekly_briefs_year": N_(
        "The week's summary was begun at another desk at the same moment, so this change was "
        "not saved; what you typed is kept. Open the week again and try again."
    ),
    "uq_checklist_answers_stop_id": N_(
        "The stop's answers were saved at another desk at the same moment, so yours were not "
        "saved; what you typed is kept. Open the walk again to see the other answers."
    ),
    # Places in a list, numbered by the program.
    "uq_checklist_template_items_position": _ORDER,
    "uq_crisis_contacts_position": _ORDER,
    "uq_crisis_role_members_rank": _ORDER,
    "uq_crisis_roles_position": _ORDER,
    "uq_exercise_checklist_items_position": _ORDER,
    "uq_exercise_objectives_position": _ORDER,
    "uq_exercise_template_items_position": _ORDER,
    "uq_route_stops_walk_id": _ORDER,
    "uq_walk_checklist_items_position": _ORDER,
    # Files the program names.
    "uq_observation_photos_display_path": _FILE,
    "uq_observation_photos_original_path": _FILE,
    "uq_plan_attachments_stored_path": _FILE,
}

# The command line's words where UNIQUE_MESSAGES' speak of a form keeping what was typed: a
# command keeps nothing; it was not carried out and can be run again.
COMMAND_LINE_MESSAGES: dict[str, str] = {
    "uq_course_requirements_course": N_(
        "The role's courses were changed at another desk at the same moment, so the command "
        "was not carried out. Run it again."
    ),
    "uq_group_follow_up_texts_group_id": N_(
        "The follow-up was written at another desk at the same moment, so the command was not "
        "carried out. Run it again."
    ),
    "uq_meeting_rules_group_id": N_(
        "The group was given a meeting rule at another desk at the same moment, so the command "
        "was not carried out. Run it again to make yours the rule."
    ),
    "uq_meetings_group_occurrence": N_(
        "The group's meetings were planned at another desk at the same moment, so the command "
        "was not carried out. Run it again."
    ),
    "uq_agreement_area_goals_agreement_id": N_(
        "The area's goal was saved at another desk at the same moment, so the command was not "
        "carried out. Run it again."
    ),
    "uq_weekly_briefs_year": N_(
        "The week's summary was begun at another desk at the same moment, so the command was "
        "not carried out. Run it again."
    ),
    "uq_checklist_answers_stop_id": N_(
        "The stop's answers were saved at another desk at the same moment, so the command was "
        "not carried out. Run it again."
    ),
    **{name: _ORDER_COMMAND for name, message in UNIQUE_MESSAGES.items() if message == _ORDER},
}

UNIQUE = "unique"
FOREIGN_KEY = "foreign_key"
OTHER = "other"

_PG_KINDS = {"23505": UNIQUE, "23503": FOREIGN_KEY}
_SQLITE_KINDS = {"SQLITE_CONSTRAINT_UNIQUE": UNIQUE, "SQLITE_CONSTRAINT_PRIMARYKEY": UNIQUE,
                 "SQLITE_CONSTRAINT_FOREIGNKEY": FOREIGN_KEY}  # fmt: skip
_SQLITE_COLUMNS = re.compile(r"UNIQUE constraint failed: (.+)$")
_SQLITE_INDEX = re.compile(r"index '([^']+)'")


def refusal(error: BaseException) -> tuple[str, str | None]:
    """The kind of the refusal (UNIQUE, FOREIGN_KEY, OTHER) and the name of the constraint or
    index that refused, when the driver tells it. ``error``: SQLAlchemy's or the driver's."""
    orig = getattr(error, "orig", None) or error
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is not None:  # PostgreSQL (psycopg)
        diag = getattr(orig, "diag", None)
        return _PG_KINDS.get(sqlstate, OTHER), getattr(diag, "constraint_name", None)
    kind = _SQLITE_KINDS.get(getattr(orig, "sqlite_errorname", ""), OTHER)
    if kind != UNIQUE:
        return kind, None
    text = str(orig)
    index = _SQLITE_INDEX.search(text)
    if index is not None:
        return kind, index.group(1)
    columns = _SQLITE_COLUMNS.search(text)
    return kind, sqlite_constraint(columns.group(1)) if columns is not None else None


def sqlite_constraint(columns: str) -> str | None:
    """SQLite names the columns ("memberships.group_id, memberships.person_id"): the unique
    constraint or index of the models over exactly those."""
    pairs = [part.strip().split(".", 1) for part in columns.split(",")]
    if any(len(pair) != 2 for pair in pairs) or len({table for table, _c in pairs}) != 1:
        return None
    table, wanted = pairs[0][0], {column for _t, column in pairs}
    for name, found_table, found_columns in unique_constraints():
        if found_table == table and set(found_columns) == wanted:
            return name
    return None


def unique_constraints() -> list[tuple[str, str, tuple[str, ...]]]:
    """Every named unique constraint and unique index of the models: (name, table, columns)."""
    from sqlalchemy import UniqueConstraint

    from samverkan_desktop.models import Base

    found: list[tuple[str, str, tuple[str, ...]]] = []
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                found.append((str(constraint.name), table.name, tuple(constraint.columns.keys())))
        for index in table.indexes:
            if index.unique:
                found.append((str(index.name), table.name, tuple(c.name for c in index.columns)))
    return found


def is_refusal(error: BaseException) -> bool:
    """Whether ``error`` (SQLAlchemy's or the driver's) is the database refusing a change for
    one of its rules: an integrity error, or on PostgreSQL a trigger's raised exception."""
    orig = getattr(error, "orig", None) or error
    sqlstate = getattr(orig, "sqlstate", None) or ""
    return (
        sqlstate.startswith("23")  # integrity constraint violation
        or sqlstate == "P0001"  # a trigger's RAISE EXCEPTION (migrations 0002, 0017)
        or any(kind.__name__ == "IntegrityError" for kind in type(orig).__mro__)
        or any(kind.__name__ == "IntegrityError" for kind in type(error).__mro__)
    )


def not_a_duplicate(error: BaseException) -> bool:
    """Whether the refusal is other than a value given twice: a check, a foreign key, or a
    place in a list the program numbers (two desks adding or moving at once). A service's own
    "there is already …" line is then not what happened."""
    kind, name = refusal(error)
    return kind != UNIQUE or UNIQUE_MESSAGES.get(name or "") == _ORDER


def conflict_error_for(name: str) -> ConflictError:
    """The line for a unique constraint of ``UNIQUE_MESSAGES`` (and the command line's)."""
    command_line = COMMAND_LINE_MESSAGES.get(name)
    return ConflictError(
        _(UNIQUE_MESSAGES[name]), command_line=_(command_line) if command_line else None
    )


def conflict_error(error: BaseException) -> ConflictError:
    """The user's line for the database's refusal; the driver's text goes to the log."""
    kind, name = refusal(error)
    log.warning("The database refused a change (%s, %s): %s", kind, name, error)
    if kind == UNIQUE:
        if name in UNIQUE_MESSAGES:
            return conflict_error_for(name)
        return ConflictError(
            _(
                "The change could not be saved because it clashes with something already in "
                "the database (perhaps saved at another desk at the same moment). Nothing was "
                "saved; what you typed is kept. Open the view again and check."
            ),
            command_line=_(
                "The command was not carried out because it clashes with something already in "
                "the database (perhaps saved at another desk at the same moment). Nothing was "
                "saved; check what is there, then run it again."
            ),
        )
    if kind == FOREIGN_KEY:
        return ConflictError(
            _(
                "The change could not be saved because it refers to something that was just "
                "removed, or removes something still in use (perhaps at another desk). Nothing "
                "was saved; what you typed is kept. Open the view again and check."
            ),
            command_line=_(
                "The command was not carried out because it refers to something that was just "
                "removed, or removes something still in use (perhaps at another desk). Nothing "
                "was saved; check what is there, then run it again."
            ),
        )
    return ConflictError(
        _(
            "The change could not be saved because it breaks one of the database's rules "
            "(perhaps something was changed at another desk at the same moment). Nothing was "
            "saved; what you typed is kept. Open the view again and check."
        ),
        command_line=_(
            "The command was not carried out because it breaks one of the database's rules "
            "(perhaps something was changed at another desk at the same moment). Nothing was "
            "saved; check what is there, then run it again."
        ),
    )


def user_error(error: BaseException) -> DomainError | None:
    """What the window or the command line says for a database error that escaped the unit of
    work's own translation (``Database.session``; ``samverkan db add-login`` works on the
    engine itself): the refusal's line, a role's missing right, or for any other SQLAlchemy
    error a plain line without its SQL (which goes to the log). None: not a database error."""
    if is_refusal(error):
        return conflict_error(error)
    from sqlalchemy import exc as sa_exc

    from samverkan_desktop import db_translation  # it imports this module

    if db_translation.is_permission_denied(error):
        return db_translation.permission_denied_error()
    if isinstance(error, sa_exc.SQLAlchemyError):
        log.error("A database error reached the window or a command: %s", error)
        return DatabaseError(
            _(
                "The database could not carry out the change; nothing was saved and what you "
                "typed is kept. Try again; the details are in the log file."
            ),
            command_line=_(
                "The database could not carry out the command, so nothing was saved. Run it "
                "again; the details are in the log file."
            ),
        )
    return None
