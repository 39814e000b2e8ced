"""Changes made beside the ORM's unit of work (rows of a record's part, Core statements,
retention jobs) still show in the History of the record a user looks at."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.models import AuditAction, GroupType
from samverkan_desktop.services import agenda, audit, groups
from samverkan_desktop.services.agenda import TemplateItem
from samverkan_desktop.services.groups import GroupInput


def _fields(db: Database, table: str, record_id: int) -> list[tuple[AuditAction, dict]]:
    with db.session() as s:
        return [
            (row.action, {c.label: (c.old, c.new) for c in row.changes})
            for row in audit.history(s, table, record_id)
        ]


def test_a_new_standing_agenda_shows_in_the_groups_history(db: Database) -> None:
    with db.session() as s:
        group_id = groups.create_group(s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD))
    with db.session() as s:
        agenda.set_agenda_template(
            s,
            group_id,
            [TemplateItem("Mötets öppnande"), TemplateItem("Lägesbild", None, "Polisen")],
        )
    with db.session() as s:
        agenda.set_agenda_template(s, group_id, [TemplateItem("Mötets öppnande")])

    latest, first, _created = _fields(db, "groups", group_id)
    assert latest == (
        AuditAction.UPDATE,
        {"Stående dagordning": ("Mötets öppnande, Lägesbild (Polisen)", "Mötets öppnande")},
    )
    action, changes = first
    before, after = changes["Stående dagordning"]
    assert action is AuditAction.UPDATE and after == "Mötets öppnande, Lägesbild (Polisen)"
    assert before.startswith("Uppföljning av åtgärder, ")  # the default the group had so far

    # Saving the same agenda again is no change.
    with db.session() as s:
        agenda.set_agenda_template(s, group_id, [TemplateItem("Mötets öppnande")])
    assert len(_fields(db, "groups", group_id)) == 3
