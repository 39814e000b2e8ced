"""``samverkan demo``: load the example district."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help=_("load the example district into an empty database"))
    parser.set_defaults(handler=load_demo)


def load_demo(args: argparse.Namespace) -> int:
    from samverkan_desktop import demo

    db = open_db(args, create=True)  # a new file for the example district
    with db.session(write=True) as session:
        summary = demo.load(session)
    print(_("The example district was loaded: {summary}.").format(summary=summary))
    return 0
