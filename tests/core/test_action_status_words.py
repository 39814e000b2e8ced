"""An action asked of its owner and not yet taken on (ActionStatus.REQUESTED) reads "Tillfrågad"
(the one responsible has been asked) in the printouts as in the window: "Begärd" left the reader
asking who had asked what. One short word: the Actions list keeps its status column as wide as
the longest status with ", försenad", and "Väntar på svar, försenad" took 40 px from the texts."""

from __future__ import annotations

import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.reports import actions_list
from samverkan_desktop.services.action_filter import ActionFilter
from tests.core.test_walks_cli import needs_pdftotext


def read_in_order(path: Path) -> str:
    """The printout's words in the order they are written, each cell's lines together."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(raw.stdout.split())


def test_the_status_says_the_one_responsible_was_asked() -> None:
    assert _(ActionStatus.REQUESTED.label) == "Tillfrågad"


@needs_pdftotext
def test_the_printed_actions_list_says_asked(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "requested.pdf"
    with demo_db.session() as s:
        out.write_bytes(actions_list.build(s, ActionFilter(status=ActionStatus.REQUESTED)))
    text = read_in_order(out)
    assert "Se över belysningen i Tessinparken" in text  # the demo's, asked of Trafikkontoret
    assert "Tillfrågad" in text and "Begärd" not in text
