"""The Overview's "Get started" card: on a new, empty database every other card is empty and
says nothing about where to begin. This one lists the first steps not yet taken, each leading
to the area (and tab) where it is done, until the district has its groups and its people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
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
    Organisation,
    OrganisationKind,
    Person,
)
from samverkan_desktop.overview_items import (
    AGREEMENTS,
    ALARM_UNITS,
    CRISIS_ORGANISATION,
    ORGANISATIONS,
    PEOPLE,
    OverviewItem,
    OverviewSection,
    Urgency,
)

KEY = "getting_started"


def has_district(session: Session) -> bool:
    """Whether the register knows our own administration: the printouts' issuer (the alarm
    labels' "owner", the loan log's heading) and the reports' "our groups" read it."""
    found = select(Organisation.id).where(Organisation.kind == OrganisationKind.DISTRICT)
    return session.scalars(found.limit(1)).first() is not None


def _any(*models: type) -> Callable[[Session], bool]:
    return lambda session: any(has_rows(session, model) for model in models)


# (what to do, where, the area, the list there, whether it is done)
STEPS: tuple[tuple[str, str, str, str | None, Callable[[Session], bool]], ...] = (
    # First: the agreement with the police says which groups there are and what they work on.
    (
        N_("Register the agreement with the police"),
        N_("Groups & meetings"),
        "groups",
        AGREEMENTS,
        _any(Agreement),
    ),
    # Whose register this is (an imported list holds other districts too): the issuer of the
    # printouts.
    (
        N_("Mark your own district administration (kind “District administration”)"),
        N_("Contacts"),
        "contacts",
        ORGANISATIONS,
        has_district,
    ),
    (N_("Create the groups"), N_("Groups & meetings"), "groups", None, _any(Group)),
    (N_("Add the people"), N_("Contacts"), "contacts", PEOPLE, _any(Person)),
    (
        N_("Plan the meetings with a meeting rule"),
        N_("Groups & meetings"),
        "groups",
        None,
        _any(MeetingRule),
    ),
    (N_("Register the alarm units"), N_("Alarms"), "alarms", ALARM_UNITS, _any(AlarmUnit)),
    (
        N_("Enter the crisis organisation"),
        N_("Crisis & exercises"),
        "crisis",
        CRISIS_ORGANISATION,
        _any(CrisisRoleMember, CrisisContact),
    ),
)


def getting_started(session: Session, _today: dt.date) -> OverviewSection:
    """The steps not yet taken, while the groups, the people or the district's own
    administration are missing (else none: the Overview leaves the card out)."""
    items: tuple[OverviewItem, ...] = ()
    if not (has_rows(session, Group) and has_rows(session, Person) and has_district(session)):
        items = tuple(
            OverviewItem(_(what), _(where), None, Urgency.INFO, area, subset=subset)
            for what, where, area, subset, done in STEPS
            if not done(session)
        )
    return OverviewSection(KEY, _("Get started"), "groups", len(items), items, "")
