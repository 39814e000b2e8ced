"""A line break or tab pasted into a one-line field (a name, a title, a place) is one space:
"Greta\nÅberg" printed on two lines and passed the duplicate checks. Notes, minutes and
decisions keep their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import (
    AgendaItem,
    Decision,
    Group,
    GroupOrganisation,
    Meeting,
    Observation,
    ObservationPhoto,
)
from samverkan_desktop.recurrence import Frequency, Rule
from samverkan_desktop.services import (
    action_plan,
    agenda,
    agreements,
    checklists,
    contacts,
    group_organisations,
    walk_reading,
    walk_records,
)
from samverkan_desktop.services.action_plan import FigureInput
from samverkan_desktop.services.agreements import AgreementDetail, AgreementInput
from samverkan_desktop.services.checklists import ItemInput, TemplateInput
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from samverkan_desktop.services.walk_records import AnswerInput
from samverkan_desktop.services.walk_rows import WALKED_STEPS


def test_a_pasted_line_break_in_a_name_is_one_space_and_notes_keep_their_lines(
    db: Database,
) -> None:
    with db.session() as s:
        person_id = contacts.create_person(
            s,
            PersonInput(
                " Greta\nÅberg ",
                title="Fastighets-\r\n\tförvaltare",
                department="Drift \n\n och underhåll",
                phone="08-\n508 000",
                notes="Ring före nio.\n\nHar nyckel.",
            ),
        )
        row = contacts.get_person(s, person_id)
    assert (row.name, row.title, row.department, row.phone) == (
        "Greta Åberg",
        "Fastighets- förvaltare",
        "Drift och underhåll",
        "08- 508 000",
    )
    assert row.notes == "Ring före nio.\n\nHar nyckel."


def test_a_name_split_over_lines_is_found_as_the_duplicate_it_is(demo_db: Database) -> None:
    with demo_db.session() as s, pytest.raises(ConflictError) as refused:
        contacts.create_organisation(s, OrganisationInput("Lokalpolisområde\nNorrmalm"))
    assert refused.value.message == (
        "Det finns redan en organisation som heter ”Lokalpolisområde Norrmalm”."
    )


def test_a_decision_keeps_its_lines(demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting_id = s.scalars(select(Meeting.id).order_by(Meeting.id)).first() or 0
        item_id = agenda.add_agenda_item(s, meeting_id, "Belysning\ni parken")
        decision_id = agenda.add_decision(
            s, meeting_id, "Beslut:\n1. Byt lampor.\n2. Följ upp.", item_id
        )
        text = s.get(Decision, decision_id).text  # type: ignore[union-attr]
        title = s.get(AgendaItem, item_id).title  # type: ignore[union-attr]
    assert text == "Beslut:\n1. Byt lampor.\n2. Följ upp."
    assert title == "Belysning i parken"


# Each: a one-line field (a QLineEdit, an input dialog or a table cell in the window) given
# "Vid\nbehov"-style text, and the text it keeps.
def _group_organisation_note(s: Session, typed: str) -> str | None:
    group_id = s.scalars(select(Group.id).order_by(Group.id)).first() or 0
    organisation_id = contacts.create_organisation(s, OrganisationInput("Fältgruppen"))
    row_id = group_organisations.add_organisation(s, group_id, organisation_id, typed)
    return s.get(GroupOrganisation, row_id).note  # type: ignore[union-attr]


def _photo_caption(s: Session, typed: str) -> str | None:
    observation = s.scalars(select(Observation).order_by(Observation.id)).first()
    assert observation is not None
    photo = ObservationPhoto(
        file_name="IMG_0001.jpg",
        original_path="walks/1/a.jpg",
        display_path="walks/1/a-display.jpg",
        image_format="JPEG",
        width=64,
        height=48,
        byte_size=100,
    )
    observation.photos.append(photo)
    s.flush()
    walk_records.set_photo_caption(s, photo.id, typed)
    return photo.caption


def _agreement(s: Session, signed_by: str, case_number: str) -> AgreementDetail:
    organisation_id = contacts.create_organisation(s, OrganisationInput("Fältgruppen"))
    agreement_id = agreements.create_agreement(
        s,
        AgreementInput(
            "Samverkansavtal Söder",
            dt.date(2024, 1, 1),
            signed_by=signed_by,
            parties=((organisation_id, case_number),),
        ),
    )
    return agreements.get_agreement(s, agreement_id)


def _checklist_point(s: Session, typed: str) -> str | None:
    template_id = checklists.create_template(
        s, TemplateInput("Kvällsrunda", None, (ItemInput("", typed),))
    )
    return checklists.get_template(s, template_id).items[0].title


def _answer_note(s: Session, typed: str) -> str | None:
    walk_id = next(w.id for w in walk_reading.list_walks(s) if w.status in WALKED_STEPS)
    sheet = walk_records.get_checklist(s, walk_id)
    stop, item = sheet.stops[0], sheet.items[0]
    walk_records.save_stop_answers(s, stop.id, [AnswerInput(item.id, 2, typed)])
    answer = walk_records.get_checklist(s, walk_id).answer(stop.id, item.id)
    assert answer is not None
    return answer.note


def _figure(typed: str) -> tuple[str, str, str | None]:
    (row,) = action_plan.checked_figures([FigureInput(typed, typed, "2024", "12", source=typed)])
    return row.measure, row.place, row.source


ONE_LINE_FIELDS: dict[str, Callable[[Session, str], object]] = {
    "group organisation note": _group_organisation_note,
    "photo caption": _photo_caption,
    "agreement signed by": lambda s, typed: _agreement(s, typed, "KS 1").signed_by,
    "agreement case number": lambda s, typed: _agreement(s, "AB", typed).parties[0].case_number,
    "checklist point": _checklist_point,
    "walk checklist answer note": _answer_note,
    "figure measure, place, source": lambda _s, typed: set(_figure(typed)),
    "meeting place": lambda _s, typed: (
        Rule(
            starts_on=dt.date(2027, 3, 1), frequency=Frequency.WEEKLY, weekdays=(1,), place=typed
        ).place
    ),
}


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
def test_a_line_break_pasted_into_a_one_line_field_is_one_space(
    demo_db: Database, field: str
) -> None:
    with demo_db.session() as s:
        kept = ONE_LINE_FIELDS[field](s, " Vid\r\nbehov,\n\tkväll ")
    assert kept in ("Vid behov, kväll", {"Vid behov, kväll"})
