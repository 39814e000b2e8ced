"""The groups a filter or a picker lists (groups.group_names): every group by its Swedish
alphabetical order, without the ended ones where a new meeting is planned. Both databases."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.services import group_editing, groups
from tests.core.meeting_data import make_group


def test_names_in_swedish_order_and_the_ended_left_out_on_request(db: Database) -> None:
    with db.session() as s:
        ids = {
            name: make_group(s, name)
            for name in (
                "Östermalms trygghetsråd",
                "Ägarsamverkan Gärdet",
                "Brottsförebyggande rådet",
            )
        }
        group_editing.end_group(s, ids["Ägarsamverkan Gärdet"], dt.date(2026, 6, 30))
        s.commit()
    everyone = db.call(groups.group_names)
    assert everyone == [
        (ids["Brottsförebyggande rådet"], "Brottsförebyggande rådet"),
        (ids["Ägarsamverkan Gärdet"], "Ägarsamverkan Gärdet"),
        (ids["Östermalms trygghetsråd"], "Östermalms trygghetsråd"),
    ]
    assert [(row.id, row.name) for row in db.call(groups.list_groups)] == everyone
    assert [name for _id, name in db.call(groups.group_names, ended=False)] == [
        "Brottsförebyggande rådet",
        "Östermalms trygghetsråd",
    ]
