"""The demo's written follow-ups: three groups have written "Vad har vi gjort" and "Hur fortsätter
vi" for the latest period that has ended, in the words of the papers (shared/seeds/001), so the
group's Uppföljning and the printout show what the coordinator used to write in Word."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, GroupFollowUpText
from samverkan_desktop.services.follow_up_periods import last_ended_period

# group name -> (what we have done, how we go on), one bullet a line; no meeting counts, which
# the printout gives beside them from the calendar
WRITTEN = {
    "Arbetsgrupp särskilt utsatta brottsoffer": (
        "Rutin för att slussa brottsutsatta äldre till Brottsofferjouren har tagits fram\n"
        "Socialtjänsten och kommunpolisen har gått igenom fem ärenden gemensamt\n"
        "Informationsmaterial om bedrägerier mot äldre har delats ut på träffpunkterna",
        "Fortsätta med samma mötesfrekvens och agenda\n"
        "Följa upp rutinen med Brottsofferjouren efter ett halvår\n"
        "Bjuda in Pensionärsrådet Östermalm till ett möte om bedrägerier",
    ),
    "Arbetsgrupp skolan som brottsplats": (
        "Skolorna har fått en gemensam rutin för polisanmälan vid brott på skolan\n"
        "Kommunpolisen har besökt rektorsmötet och gått igenom lägesbilden\n"
        "Stockholmsenkäten bekräftar bilden att otryggheten i skolan är störst på eftermiddagen",
        "Fortsätta med samma mötesfrekvens och agenda\n"
        "Planerar en terminskonferens med skolorna\n"
        "Utvärdera rutinen för polisanmälan tillsammans med rektorerna",
    ),
    "Platssamverkan Stureplan/Östermalmstorg": (
        "Trygghetsvandring vid Stureplan genomförd, åtgärder lämnade till fastighetsägarna\n"
        "Bättre belysning i gången mot Östermalmstorg efter påtryckning från gruppen\n"
        "Ordningsvakter vid krogarna på helgnätter enligt överenskommelse med Stureplansgruppen",
        "Fortsätta med samma mötesfrekvens och agenda\n"
        "Följa upp kända och otrygga platser\n"
        "Öka kontakterna mellan aktörerna mellan mötena, utan att stadsdel eller polis måste "
        "vara drivande",
    ),
}


def load(session: Session, today: dt.date) -> None:
    period, year = last_ended_period(today)
    by_name = {g.name: g for g in session.scalars(select(Group).where(Group.name.in_(WRITTEN)))}
    for name, (done, next_steps) in WRITTEN.items():
        session.add(
            GroupFollowUpText(
                group_id=by_name[name].id,
                year=year,
                period=period,
                done_text=done,
                next_text=next_steps,
            )
        )
