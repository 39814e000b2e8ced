"""The Overview's "Get started" card: on a new, empty database every other card is empty and
says nothing about where to begin. This one lists the first steps not yet taken, each leading
to the area (and tab) where it is done, until the district has its groups and its people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.empty import has_rows
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import (
    Agreement,
    AlarmUnit,
    CrisisContact,
    CrisisRoleMember,
    Group,
    MeetingRule,
    Person,
)
from samverkan_desktop.overview_items import (
    AGREEMENTS,
    ALARM_UNITS,
    CRISIS_ORGANISATION,
    PEOPLE,
    OverviewItem,
    OverviewSection,
    Urgency,
)

KEY = "getting_started"

# (what to do, where, the area, the list there, the registers whose first row marks it done)
STEPS: tuple[tuple[str, str, str, str | None, tuple[type, ...]], ...] = (
    # First: the agreement with the police says which groups there are and what they work on.
    (
        N_("Register the agreement with the police"),
        N_("Groups & meetings"),
        "groups",
        AGREEMENTS,
        (Agreement,),
    ),
    (N_("Create the groups"), N_("Groups & meetings"), "groups", None, (Group,)),
    (N_("Add the people"), N_("Contacts"), "contacts", PEOPLE, (Person,)),
    (
        N_("Plan the meetings with a meeting rule"),
        N_("Groups & meetings"),
        "groups",
        None,
        (MeetingRule,),
    ),
    (N_("Register the alarm units"), N_("Alarms"), "alarms", ALARM_UNITS, (AlarmUnit,)),
    (
        N_("Enter the crisis organisation"),
        N_("Crisis & exercises"),
        "crisis",
        CRISIS_ORGANISATION,
        (CrisisRoleMember, CrisisContact),
    ),
)


def getting_started(session: Session, _today: dt.date) -> OverviewSection:
    """The steps not yet taken, while the groups or the people are missing (else none: the
    Overview leaves the card out)."""
    items: tuple[OverviewItem, ...] = ()
    if not (has_rows(session, Group) and has_rows(session, Person)):
        items = tuple(
            OverviewItem(_(what), _(where), None, Urgency.INFO, area, subset=subset)
            for what, where, area, subset, models in STEPS
            if not any(has_rows(session, model) for model in models)
        )
    return OverviewSection(KEY, _("Get started"), "groups", len(items), items, "")
