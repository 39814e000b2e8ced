"""priority area names: the wording of the city's agreement with the police

Revision ID: 0023_priority_area_names
Revises: 0022_rule_before_group
Create Date: 2026-12-02

0001 seeded five of the ten central priority areas in words of our own ("Unga i riskzon för
brottslighet", "Kamerabevakning", …). The agreement, as the papers quote it, says "Unga i risk
för kriminalitet", "Kameraövervakning" and so on, and the coordinator copies these names into
reports to the district council. Only a name still as 0001 seeded it is changed (matched by its
code and its old name), so a name a district has already changed stays theirs. The downgrade
gives back the old names the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_priority_area_names"
down_revision: str | None = "0022_rule_before_group"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code: (as 0001 seeded it, as the agreement says it)
RENAMED = {
    "places_and_vulnerable_areas": (
        "Riktat arbete mot platser och utsatta områden",
        "Riktat arbete mot avgränsade platser och utsatta områden",
    ),
    "young_people_at_risk": ("Unga i riskzon för brottslighet", "Unga i risk för kriminalitet"),
    "defectors": ("Avhoppare från kriminella miljöer", "Avhopparverksamhet för kriminella"),
    "vulnerable_crime_victims": (
        "Särskilt utsatta brottsoffer",
        "Särskilt utsatta och sårbara brottsoffer",
    ),
    "camera_surveillance": ("Kamerabevakning", "Kameraövervakning"),
}

_RENAME = sa.text("UPDATE priority_areas SET name = :new WHERE code = :code AND name = :old")


def _rename(backwards: bool) -> None:
    for code, (seeded, agreed) in RENAMED.items():
        old, new = (agreed, seeded) if backwards else (seeded, agreed)
        op.get_bind().execute(_RENAME, {"code": code, "old": old, "new": new})


def upgrade() -> None:
    _rename(backwards=False)


def downgrade() -> None:
    _rename(backwards=True)
