"""Whether a group still meets on a given day, derived from its status, end date and term.

The stored status says what the coordinator chose; a group whose term ran out is still
"active" there until she ends it. Printouts and `groups list` ask this module instead, so a
group that has stopped reads "avslutad 2026-11-30" or "löptiden slutade 2026-12-24" rather
than "Möts 2 gånger/år …" as if it still met. A report of an earlier period asks as of that
period's end: a group ended later was still meeting then."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import GroupStatus


class Standing(enum.Enum):
    PLANNED = "planned"
    ACTIVE = "active"
    TERM_OVER = "term_over"  # its term ran out, nobody has ended it yet
    ENDED = "ended"

    @property
    def label(self) -> str:
        """The groups list's status filter: what its column reads, without the dates."""
        return STANDING_LABELS[self]


STANDING_LABELS = {
    Standing.PLANNED: N_("Planned"),
    Standing.ACTIVE: N_("Active"),
    Standing.TERM_OVER: N_("Term over"),
    Standing.ENDED: N_("Ended"),
}


@dataclass(frozen=True)
class GroupStanding:
    standing: Standing
    since: dt.date | None = None  # the end, the term's last day or the planned start

    @property
    def stopped(self) -> bool:
        """No longer meeting: its meeting frequency is history, not a promise."""
        return self.standing in (Standing.ENDED, Standing.TERM_OVER)

    def note(self, day_text: Callable[[dt.date], str] = iso_date) -> str | None:
        """The words after the group's name: "avslutad 2026-11-30"; None for a group working
        as usual. ``day_text`` writes the day: a printout's prose passes ``prose_date``
        ("planerad, startar 17 december 2026"); the window and the command line's tables keep
        ISO dates, as their other columns."""
        when = day_text(self.since) if self.since else None
        if self.standing is Standing.ENDED:
            return _("ended {date}").format(date=when) if when else _("ended")
        if self.standing is Standing.TERM_OVER:
            return _("term ended {date}").format(date=when)
        if self.standing is Standing.PLANNED:
            return _("planned, starts {date}").format(date=when) if when else _("planned")
        return None

    def label(self, day_text: Callable[[dt.date], str] = iso_date) -> str:
        """As a status column reads it: "Avslutad 2026-11-30", "Aktiv" (``day_text``: as
        ``note``'s)."""
        note = self.note(day_text)
        if note is None:
            return _("Active")
        return note[:1].upper() + note[1:]


def standing(
    status: GroupStatus,
    starts_on: dt.date | None,
    term_until: dt.date | None,
    ended_on: dt.date | None,
    on: dt.date,
) -> GroupStanding:
    """The group's standing on ``on``: the one rule the list, its filter, the details,
    `groups list` and the printouts read.

    The stored status is the coordinator's choice on the day she saved it; the dates decide
    from then on. A group to start later is planned, however it was saved ("Ny grupp…" saves
    it active), and active from its start day, however it was saved: "Planerad" kept reading
    so after the start until someone changed it. A planned group without a start day stays
    planned: no day says it began. A group called off before it began (ended with no day, or
    on its start day or before: the end "End group…" offers is its start day) reads
    "Avslutad", not "Planerad"; one to start later with its end set after its start is
    planned until it starts, then active until its end."""
    if ended_on is not None and ended_on <= on:
        return GroupStanding(Standing.ENDED, ended_on)
    if status is GroupStatus.ENDED and (
        ended_on is None or (starts_on is not None and on < starts_on and ended_on <= starts_on)
    ):
        return GroupStanding(Standing.ENDED, ended_on)
    if starts_on is not None and starts_on > on:
        return GroupStanding(Standing.PLANNED, starts_on)
    if status is GroupStatus.PLANNED and starts_on is None:
        return GroupStanding(Standing.PLANNED)
    # A term run out with an end set for a later day: the coordinator has said when it stops
    # (what "Löptiden slut" asks for); it works until then, as the Overview reads it.
    if term_until is not None and term_until < on and ended_on is None:
        return GroupStanding(Standing.TERM_OVER, term_until)
    return GroupStanding(Standing.ACTIVE)


def term_text(
    term_until: dt.date | None,
    ended_on: dt.date | None,
    day_text: Callable[[dt.date], str] = iso_date,
    *,
    ended: bool = True,
) -> str:
    """The group's term ("Löptid"): "Tills vidare", "t.o.m. 2026-12-22", or with an end
    "Avslutad 2026-12-01" (an ended standing group read "Tills vidare" beside its status). One
    text for the list, the details, `groups show`, the action plan and the structure's card;
    ``day_text`` as ``GroupStanding.note``'s (the printouts' prose: "t.o.m. 30 juni 2026");
    ``ended``: whether the group's standing today is ended (an end may be set ahead)."""
    if ended_on is not None:
        # ``ended`` false: its end set for a day to come, the group working until then
        # ("Slutar 2026-12-22", not "Avslutad" beside the status "Aktiv").
        text = _("Ended {date}") if ended else _("Ends {date}")
        return text.format(date=day_text(ended_on))
    if term_until is None:
        return _("Standing (tills vidare)")
    return _("Until {date}").format(date=day_text(term_until))
