"""The demo's weekly summary: last week's, sent to management on its Friday, with what the
Thursday network (SLK), SSR's mailing and the police brought that week (invented events, no
persons); three of its four items may be passed on before the weekend."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.i18n import ngettext
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput

ITEMS = (
    ItemInput(
        BriefSource.SLK,
        "Demonstrationer i innerstaden på lördag",
        "Polisen har gett tillstånd till två demonstrationer lördag eftermiddag, en med samling "
        "vid Humlegården. Ingen större störning väntas i stadsdelen, men bussarna på "
        "Karlavägen och Birger Jarlsgatan kan ledas om under några timmar.",
        shareable=True,
    ),
    ItemInput(
        BriefSource.SSR,
        "Telefonbedrägerier mot äldre ökar i länet",
        "SSR:s utskick: fler anmälningar om bedragare som ringer och utger sig för att vara "
        "bankpersonal eller polis. Informationsbladet om bedrägerier kan delas ut på "
        "träffpunkterna.",
        shareable=True,
    ),
    ItemInput(
        BriefSource.POLICE,
        "Ordningspoliser vid Stureplan fredag och lördag natt",
        "Lokalpolisområdet förstärker vid krogarna kring Stureplan. Fältassistenterna och "
        "föräldravandrarna stämmer av sina rundor med kommunpolisen före helgen.",
        shareable=True,
    ),
    ItemInput(
        BriefSource.SLK,
        "Stadens krisledningsövning i vår",
        "Stadsledningskontoret planerar en övning i krisledning. Förvaltningarna ombeds utse "
        "deltagare före månadsskiftet; förvaltningsledningen bör ta ställning till vem som deltar.",
        shareable=False,
    ),
)


def load(session: Session, today: dt.date) -> str:
    week = BriefWeek.of(today - dt.timedelta(days=7))
    for item in ITEMS:
        weekly_briefs.add_item(session, week, item)
    weekly_briefs.mark_sent(session, week, week.friday)
    return ngettext("{n} weekly summary", "{n} weekly summaries", 1).format(n=1)
