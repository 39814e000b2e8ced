"""``samverkan print actions --out FILE.pdf``: the actions list with the Actions area's filters."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.action_filters import action_filter, add_action_filters
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents, "actions", _("the actions list (all sources), most urgent first"), _build
    )
    add_action_filters(parser, exclusive_status=True)


def _build(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import actions_list

    db = open_db(args)
    filters = action_filter(db, args)
    return db.call(actions_list.build, filters)
