"""A printout's subtitle keeps each date phrase on one line: after a long district name the
council report's "onsdag 2 december 2026" broke as "onsdag 2" over "december 2026", and its
period, the follow-up's, the loan log's, the Friday summary's day and the training list's "per …"
broke the same way. The walk letter's title keeps "den 10 mars 2026" whole after a long
place's name (it broke after "den"), and its footer names the walk's day as the letter does,
not "Karlaplan 2026-03-10"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.reports import (
    alarm_loanlog,
    alarm_training_valid,
    council_report,
    walk_letter,
    weekly_brief,
)
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services import walk_actions
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.core.long_district_name import BASE, name_breaking, printout_lines, rename_district
from tests.core.test_group_structure_printout import text_of
from tests.core.walk_letters import walked_with_observation

TODAY = dt.date(2026, 12, 2)  # a Wednesday
COUNCIL = "{name} · 1 januari – 2 december 2026 · onsdag 2 december 2026 (v. 49)"

# Each printout, its subtitle as the old code laid it out up to the phrase (the words after it
# do not move the break), and the phrase to be kept whole.
PRINTOUTS: dict[str, tuple[Callable[[Session], bytes], str, str]] = {
    "council, its day": (
        lambda s: council_report.build(s, today=TODAY),
        COUNCIL,
        "onsdag 2 december 2026 (v. 49)",
    ),
    "council, its period": (
        lambda s: council_report.build(s, today=TODAY),
        COUNCIL,
        "1 januari – 2 december 2026",
    ),
    "follow-up": (
        lambda s: build_follow_up(s, FollowUpPeriod.T2, 2026, TODAY),
        "{name} · 1 maj – 31 augusti 2026",
        "1 maj – 31 augusti 2026",
    ),
    "loan log": (
        lambda s: alarm_loanlog.build(s, dt.date(2026, 11, 16), TODAY),
        "{name} · 16 november – 2 december 2026",
        "16 november – 2 december 2026",
    ),
    "weekly summary": (
        lambda s: weekly_brief.build(s, BriefWeek.of(TODAY)),
        "{name} · fredag 4 december 2026 (v. 49)",
        "fredag 4 december 2026 (v. 49)",
    ),
    "valid training": (
        lambda s: alarm_training_valid.build(s, TODAY),
        "{name} · per 2 december 2026 (v. 49)",
        "per 2 december 2026 (v. 49)",
    ),
}


def _breaking_inside(phrase: str) -> Callable[[list[str]], bool]:
    """A test of laid-out lines: whether a line breaks inside ``phrase``."""
    return lambda lines: not any(phrase in line for line in lines)


@pytest.mark.moment("2026-12-02T12:00")
@pytest.mark.parametrize("printout", sorted(PRINTOUTS))
def test_a_subtitle_keeps_its_date_phrase_on_one_line(
    demo_db: Database, tmp_path: Path, printout: str
) -> None:
    build, subtitle, phrase = PRINTOUTS[printout]
    rename_district(demo_db, name_breaking(subtitle, _breaking_inside(phrase)))
    lines = printout_lines(demo_db.call(build), tmp_path)
    first = next(i for i, line in enumerate(lines) if line.startswith(BASE))
    shown = lines[first : first + 3]
    assert any(phrase in line for line in shown), shown


PLACE = "Karlaplan"
PLACE_MORE = " vid tunnelbaneuppgången, fontänen, Fältöversten och Karlavägens allé"
WALKED = dt.date(2026, 3, 10)
LETTER_TITLE = "Åtgärder efter trygghetsvandringen vid {name} den 10 mars 2026"


def _letter(db: Database, place_name: str) -> bytes:
    """A walk at ``place_name`` with one action for Trafikkontoret, and its letter."""
    walk_id, seen, owner = walked_with_observation(db, place_name, WALKED)
    action = walk_actions.WalkActionInput("Byt armaturerna", owner, due_on=dt.date(2026, 5, 1))
    db.call(walk_actions.raise_action, seen, action, WALKED)
    return db.call(walk_letter.build, walk_id, owner, WALKED)


def test_the_walk_letters_title_keeps_the_day_with_den(db: Database, tmp_path: Path) -> None:
    phrase = "den 10 mars 2026"
    name = name_breaking(LETTER_TITLE, _breaking_inside(phrase), PLACE, PLACE_MORE, "title")
    lines = printout_lines(_letter(db, name), tmp_path)
    first = next(i for i, line in enumerate(lines) if line.startswith("Åtgärder efter"))
    title = lines[first : first + 3]
    assert any(line.endswith(phrase) for line in title), title
    assert not any(line.endswith(" den") for line in title), title


def test_the_walk_letters_footer_names_the_day_in_words(db: Database, tmp_path: Path) -> None:
    pages = text_of(_letter(db, PLACE), tmp_path).split("\f")
    footers = [" ".join(page.strip().splitlines()[-1].split()) for page in pages if page.strip()]
    assert footers
    for footer in footers:
        assert footer.startswith(
            "Trafikkontoret · trygghetsvandringen vid Karlaplan den 10 mars 2026 "
        ), footer
