"""A letter to one responsible organisation with only its actions from a safety walk, ready to
send: sender and recipient, what was seen (with photos), what is asked and by when, and who to
contact."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.formatting import dotted, long_date, prose_date, with_clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Organisation
from samverkan_desktop.reports.date_phrases import with_date
from samverkan_desktop.reports.style import (
    Document,
    escape,
    heading,
    markup,
    paragraph,
    spacer,
)
from samverkan_desktop.reports.walk_parts import WIDTH, actions_table, photo_row
from samverkan_desktop.reports.walk_report import participants_text
from samverkan_desktop.services import (
    contacts,
    walk_actions,
    walk_reading,
    walk_records,
    walk_route,
    walk_rows,
)


def _address_block(
    recipient: str, attention: list[str], sender: list[str], today: dt.date
) -> Table:
    left = [markup(f"<b>{escape(recipient)}</b>", "body")]
    if attention:
        left.append(paragraph(_("Att: {names}").format(names=", ".join(attention)), "body"))
    right = [paragraph(line, "small") for line in sender]
    right.append(spacer(2))
    right.append(paragraph(_("Date: {date}").format(date=prose_date(today)), "small"))
    block = Table([[left, right]], colWidths=[WIDTH * 0.55, WIDTH * 0.45])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 8 * mm),  # the recipient sits in the window
            ]
        )
    )
    return block


def _letter_when(walk: walk_rows.WalkDetail) -> str:
    """ "23 September 2021 at 19.30" ("Den 23 september 2021 kl. 19.30 genomförde vi ...")."""
    return with_clock(prose_date(walk.date), walk.start_time, walk.end_time)


def _opening(walk: walk_rows.WalkDetail, people: list[walk_route.ParticipantRow]) -> str:
    participants = participants_text(people, walk.resident_count, sentence=True)
    if not participants:  # none recorded: no "together with ." in the letter
        text = _(
            "On {when} we made a safety walk at {place}. We walked the route, rated each stop "
            "and noted what makes the place feel unsafe. Some of what we saw is yours to put "
            "right."
        )
    else:
        text = _(
            "On {when} we made a safety walk at {place} together with {participants}. "
            "We walked the route, rated each stop and noted what makes the place feel "
            "unsafe. Some of what we saw is yours to put right."
        )
    return text.format(when=_letter_when(walk), place=walk.place, participants=participants)


def _due_sentences(open_actions: list[walk_actions.WalkActionRow], today: dt.date) -> list[str]:
    """By when the open actions are wished done; one whose day has passed is a reminder asking
    for a new date (a letter dated December said "Den önskas klar senast 2026-11-21"). The
    days as the letter's other sentences write them, "den 9 maj 2026"."""
    overdue = sorted(a.due_on for a in open_actions if a.due_on and a.is_overdue(today))
    coming = sorted(a.due_on for a in open_actions if a.due_on and a.due_on >= today)
    sentences = []
    if overdue and len(open_actions) == 1:
        sentences.append(
            _(
                "It was wished done by {date}, a date that has passed: we would be grateful for "
                "a new date by when it will be done."
            ).format(date=prose_date(overdue[0]))
        )
    elif overdue:
        sentences.append(
            ngettext(
                "One of them was wished done by {date}, a date that has passed: we would be "
                "grateful for a new date for it.",
                "{n} of them were wished done by dates that have passed (the first {date}): "
                "we would be grateful for a new date for each.",
                len(overdue),
            ).format(n=len(overdue), date=prose_date(overdue[0]))
        )
    if coming:
        first = (
            # Not "Den första": the table's first line may be an action already done.
            _("The nearest wished completion date is {date}.")
            if len(open_actions) > 1
            else _("It is wished done by {date}.")
        )
        sentences.append(first.format(date=prose_date(coming[0])))
    return sentences


def _recipients_hint(session: Session, walk_id: int) -> str:
    """Who can get a letter, with their numbers (the command line asks for one)."""
    reason = walk_actions.no_letter_reason(session, walk_id)
    if reason is not None:
        return reason
    owners = walk_actions.letter_recipients(session, walk_id)
    return _("Letters can go to: {owners}.").format(
        owners=", ".join(
            _("{name} (number {id})").format(name=name, id=owner_id)
            for owner_id, name, _count in owners
        )
    )


def build(
    session: Session, walk_id: int, organisation_id: int, today: dt.date | None = None
) -> bytes:
    today = today or clock.today()
    walk = walk_reading.get_walk(session, walk_id)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(_("The organisation no longer exists."))
    if walk.organiser_id is None:
        raise ValidationError(walk_actions.no_organiser_text())
    everything = walk_actions.list_for_walk(session, walk_id)
    actions = [a for a in everything if a.responsible_organisation_id == organisation_id]
    if organisation_id == walk_actions.sender_organisation_id(session, walk_id):
        raise ValidationError(
            _(
                "{organisation} writes the letters of the walk at {place} on {date}: "
                "its own actions are followed up under Follow-up, not by letter."
            ).format(organisation=organisation.name, place=walk.place, date=prose_date(walk.date))
            + " "
            + _recipients_hint(session, walk_id)
        )
    if not actions:
        raise ValidationError(
            _("{organisation} has no actions from the walk at {place} on {date}.").format(
                organisation=organisation.name, place=walk.place, date=prose_date(walk.date)
            )
            + " "
            + _recipients_hint(session, walk_id)
        )
    observations = walk_records.list_observations(session, walk_id)
    numbers = {obs.id: n for n, obs in enumerate(observations, start=1)}
    theirs = {a.observation_id for a in actions}
    people = walk_route.list_participants(session, walk_id)
    organiser = contacts.get_person(session, walk.organiser_id) if walk.organiser_id else None

    sender = [
        line
        for line in (
            walk.organiser_organisation,
            organiser.name if organiser else None,
            organiser.title if organiser else None,
            organiser.phone if organiser else None,
            organiser.email if organiser else None,
        )
        if line
    ]
    attention = sorted({a.responsible_person for a in actions if a.responsible_person})
    open_actions = [a for a in actions if not a.is_closed]
    story: list[Any] = [
        _address_block(organisation.name, attention, sender, today),
        spacer(6),
        paragraph(
            # As the letter's first sentence writes the day, not "den 2021-11-10".
            # A long place's name wraps before "den", never inside the day.
            with_date(
                _("Actions after the safety walk at {place} on {date}"),
                prose_date(walk.date),
                place=walk.place,
            ),
            "title",
        ),
        paragraph(_opening(walk, people)),
    ]
    if open_actions:
        if len(open_actions) < len(actions):
            # The table lists the closed ones too: the request is for the open ones, not "carry
            # out the actions below" over a line that says "Klar 2021-11-15".
            ask = ngettext(
                "We ask you to carry out the open action below and to tell us what you do and "
                "when.",
                "We ask you to carry out the open actions below and to tell us what you do and "
                "when.",
                len(open_actions),
            )
        else:
            ask = ngettext(
                "We ask you to carry out the action below and to tell us what you do and when.",
                "We ask you to carry out the actions below and to tell us what you do and when.",
                len(open_actions),
            )
        story.append(paragraph(" ".join([ask, *_due_sentences(open_actions, today)])))
    else:
        story.append(
            paragraph(_("All your actions from the walk are closed: thank you. For the record:"))
        )
    story += [heading(_("Your actions")), actions_table(actions, today, numbers)]
    story.append(heading(_("What we saw")))
    for obs in observations:
        if obs.id not in theirs:
            continue
        block: list[Flowable] = [
            markup(
                f"<b>{numbers[obs.id]}. {escape(obs.where)}</b> "
                f'<font size="8.5" color="#5f6b7a">{escape(_(obs.category.label))} · '
                + escape(_("severity {severity}").format(severity=_(obs.severity.label).lower()))
                + "</font>",
                "h3",
            ),
            paragraph(obs.description),
        ]
        photos = photo_row(obs.photos)
        if photos is not None:
            block += [spacer(1), photos]
        story.append(KeepTogether(block))
    next_walks = [w for w in walk.follow_ups if w.date >= today]
    # All closed: no promise to follow up what is done (it stood after "thank you").
    closing = _("We follow up the actions until they are closed") if open_actions else ""
    if next_walks and open_actions:
        closing += _(", and at the next walk at the place on {date}").format(
            date=long_date(next_walks[0].date)
        )
    signature = [
        paragraph(_("Kind regards,")),
        spacer(5),
        *[paragraph(line, "body" if i == 0 else "small") for i, line in enumerate(sender[1:])],
        paragraph(walk.organiser_organisation or "", "small"),
    ]
    story += [
        spacer(4),
        paragraph(
            (closing + ". " if closing else "")
            + _("Do not hesitate to contact me if you have questions.")
        ),
        spacer(3),
        KeepTogether(signature),
    ]
    title = _("Actions after the safety walk at {place}").format(place=walk.place)
    # The day as the letter's title and first sentence write it, not "Karlaplan 2026-03-10".
    footer = dotted(
        organisation.name,
        _("the safety walk at {place} on {date}").format(
            place=walk.place, date=prose_date(walk.date)
        ),
    )
    return Document(title=title, footer=footer).build(story)
