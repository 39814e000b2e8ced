"""Finding the borrower at the reception from two or three typed letters ("lp", "len", "per"),
with their alarm training; and exactly one staff member for a name on the command line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.composed_text import composed
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AlarmUnit,
    Loan,
    Organisation,
    OrganisationKind,
    Person,
    UnitKind,
)
from samverkan_desktop.services import training
from samverkan_desktop.services.alarms import now_utc, to_utc
from samverkan_desktop.services.validation import clean

# A person's number on the command line, as ``contacts list`` shows it: "12" or "#12". At most
# 18 digits, so within the databases' integer keys (a longer one is not found as a name).
ID_PATTERN = re.compile(r"#?\s*(\d{1,18})")


@dataclass(frozen=True)
class BorrowerMatch:
    """A staff member who may borrow a unit, with their alarm training."""

    id: int
    name: str
    initials: str
    title: str | None
    department: str | None
    phone: str | None
    trained_on: dt.date | None  # latest alarm training session attended
    training_valid_until: dt.date | None
    training_valid: bool
    # Units this person has out now for home visits (code, overdue), so the reception sees
    # that a second is asked for, perhaps while the first is late. Never a home loan: that
    # would tell whoever reads the desk's screen that this employee is under threat.
    holding: tuple[tuple[str, bool], ...] = ()


def _name_parts(name: str) -> list[str]:
    return [part for part in re.split(r"[\s\-]+", name.casefold()) if part]


def initials_of(name: str) -> str:
    return "".join(part[0] for part in _name_parts(name)).upper()


def _rank(name: str, typed: str) -> int | None:
    """How well typed letters fit a name (lower is better); None: not at all."""
    parts = _name_parts(name)
    if not parts:
        return None
    full = " ".join(parts)
    initials = "".join(part[0] for part in parts)
    if typed == initials:
        return 0  # "lp" -> Lena Persson
    if full.startswith(typed):
        return 1  # "len", "lena p"
    if len(typed) >= 2 and typed[0] == initials[0] and parts[-1].startswith(typed[1:]):
        return 2  # "lpe" -> L. Persson
    if any(part.startswith(typed) for part in parts[1:]):
        return 3  # "per" -> Persson
    if initials.startswith(typed):
        return 4
    if typed in full:
        return 5
    return None


def _ranked_staff(session: Session, typed: str) -> list[tuple[int, Person]]:
    """Staff fitting the typed letters, best fit first; among equal fits, whoever borrowed most
    recently first (the reception's regulars), then by name. The typed letters are composed
    like the stored names (an "Å" pasted as "A" + ring finds Åsa)."""
    needle = " ".join(composed(typed).casefold().split())
    if not needle:
        return []
    staff = session.scalars(select(Person).where(Person.is_staff.is_(True)))
    ranked = [(rank, p) for p in staff if (rank := _rank(p.name, needle)) is not None]
    if len(ranked) > 1:
        last_loan = dict(
            session.execute(
                select(Loan.borrower_id, func.max(Loan.out_at))
                .where(Loan.borrower_id.in_([p.id for _r, p in ranked]))
                .group_by(Loan.borrower_id)
            ).all()
        )
        # Newest loan first: sort on the negated timestamp; never borrowed sorts last.
        ranked.sort(
            key=lambda item: (
                item[0],
                -to_utc(last_loan[item[1].id]).timestamp() if item[1].id in last_loan else 0.0,
                item[1].name.casefold(),
            )
        )
    return ranked


def _holding(
    session: Session, person_ids: list[int], now: dt.datetime
) -> dict[int, tuple[tuple[str, bool], ...]]:
    """Each person's units out now, (code, overdue), by code."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(Loan.borrower_id, AlarmUnit.code, Loan.due_at)
        .join(AlarmUnit, AlarmUnit.id == Loan.unit_id)
        .where(
            Loan.borrower_id.in_(person_ids),
            Loan.returned_at.is_(None),
            Loan.purpose != UnitKind.HOME_LOAN,
        )
        .order_by(AlarmUnit.code)
    )
    held: dict[int, list[tuple[str, bool]]] = {}
    for person_id, code, due_at in rows:
        assert person_id is not None  # filtered on it
        overdue = due_at is not None and to_utc(due_at) < now
        held.setdefault(person_id, []).append((code, overdue))
    return {person_id: tuple(units) for person_id, units in held.items()}


# The alarm course (None: none registered, nothing to check) and each person's latest session.
AlarmTraining = tuple[training.CourseRow | None, dict[int, dt.date]]


def _alarm_training(session: Session, person_ids: list[int], today: dt.date) -> AlarmTraining:
    course = training.course_by_code(session, training.ALARM_COURSE_CODE)
    attended = training.last_attended(session, course.id, person_ids, today) if course else {}
    return course, attended


def _status(read: AlarmTraining, person_id: int, today: dt.date) -> training.TrainingStatus:
    course, attended = read
    return training.status_from(
        course.name if course else "",
        attended.get(person_id),
        course.validity_months if course else None,
        today,
    )


def _matches(
    session: Session,
    people: list[Person],
    today: dt.date,
    now: dt.datetime | None = None,
    read: AlarmTraining | None = None,
) -> list[BorrowerMatch]:
    """``read``: their training, when the caller has read it already."""
    if read is None:
        read = _alarm_training(session, [p.id for p in people], today)
    holding = _holding(session, [p.id for p in people], now_utc(now))
    result = []
    for person in people:
        status = _status(read, person.id, today)
        result.append(
            BorrowerMatch(
                id=person.id,
                name=person.name,
                initials=initials_of(person.name),
                title=person.title,
                department=person.department,
                phone=person.phone,
                trained_on=status.last_attended,
                training_valid_until=status.valid_until,
                training_valid=status.valid or read[0] is None,
                holding=holding.get(person.id, ()),
            )
        )
    return result


def _staff_by_id(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or not person.is_staff:
        raise NotFoundError(_("No staff member has the number {number}.").format(number=person_id))
    return person


def _told_apart(person: Person) -> str:
    """ "Anna Berglund (no. 12, Trygghetsavdelningen)": what tells two of one name apart."""
    where = person.department or (person.organisation.name if person.organisation else None)
    number = _("no. {number}").format(number=person.id)
    return f"{person.name} ({number}, {where})" if where else f"{person.name} ({number})"


@dataclass(frozen=True)
class BorrowerFits:
    """The best ``matches`` for typed letters, and how many ``more`` staff fit them too.
    ``chosen``: the line Enter lends to before any arrow key, or None where the receptionist
    must choose one (see ``_first_choice``)."""

    matches: list[BorrowerMatch]
    more: int
    chosen: int | None = None


def find_borrowers(
    session: Session,
    typed: str,
    limit: int = 8,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[BorrowerMatch]:
    """Staff whose initials or names fit the typed letters: "lp" or "len" finds Lena Persson.
    Only staff of the district (``Person.is_staff``) can borrow. Those whose alarm training is
    valid come first, each part best fit first: an untrained colleague whose name the letters
    start stands below a trained one who holds them only inside a surname."""
    return fit_borrowers(session, typed, limit, today, now).matches


def fit_borrowers(
    session: Session,
    typed: str,
    limit: int = 8,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> BorrowerFits:
    """``find_borrowers``, how many more fit beyond the ``limit`` (the reception says so, as
    the person looked for may be among them: type more of the name) and the line chosen."""
    ranked = _ranked_staff(session, typed)
    if not ranked:
        return BorrowerFits([], 0)
    day = today or clock.today()
    # Read for every fit, not only the lines shown: a trained colleague further down the fits
    # moves up past the untrained.
    read = _alarm_training(session, [p.id for _rank_, p in ranked], day)
    valid = {p.id: read[0] is None or _status(read, p.id, day).valid for _rank_, p in ranked}
    # A stable sort: within training and fit, the order of _ranked_staff (recent borrowers).
    ordered = sorted(ranked, key=lambda item: (not valid[item[1].id], item[0]))
    shown = ordered[:limit]
    matches = _matches(session, [p for _rank_, p in shown], day, now, read)
    return BorrowerFits(matches, len(ordered) - len(shown), _first_choice(ordered, valid))


def _first_choice(ordered: list[tuple[int, Person]], valid: dict[int, bool]) -> int | None:
    """The first line, chosen for Enter, when its training is valid and no untrained colleague
    fits the letters better; else none, and the receptionist chooses with the arrow keys.
    Enter must not lend to someone untrained unasked (under the setting "warn" it lends), nor
    to a trained colleague the letters hardly name ("ka" is inside Mikael Järvinen's name, but
    starts Karin Lindqvist's)."""
    first_rank, first = ordered[0]
    best_untrained = min((rank for rank, p in ordered if not valid[p.id]), default=None)
    if not valid[first.id] or (best_untrained is not None and best_untrained < first_rank):
        return None
    return 0


def _not_staff(session: Session, typed: str) -> NotFoundError:
    """No staff member of that name: and when the contacts hold one who is not marked as staff
    (a list imported from Excel marks no one), say so and where to mark them."""
    needle = typed.casefold()
    # Not the police or a school: only someone who may well work here, at our administration
    # or at one whose kind nobody set yet (as an imported list leaves them).
    maybe_ours = (
        select(Person.name)
        .join(Person.organisation)
        .where(
            Person.is_staff.is_(False),
            Organisation.kind.in_((OrganisationKind.DISTRICT, OrganisationKind.OTHER)),
        )
    )
    others = session.scalars(maybe_ours).all()
    named = next((n for n in others if needle in " ".join(_name_parts(n))), None)
    if named is None:
        return NotFoundError(_("No staff member is called “{name}”.").format(name=typed))
    staff = _("Works at the district administration")
    return NotFoundError(
        _(
            "{name} is in the contacts but not marked as staff: open the person under Contacts "
            "and tick “{staff}”, then they can borrow alarms."
        ).format(name=named, staff=staff),
        # The command line cannot mark anyone as staff: only the window can.
        command_line=_(
            "{name} is in the contacts but not marked as staff: in the window, open the person "
            "under Contacts and tick “{staff}”; then the command can lend them the alarm."
        ).format(name=named, staff=staff),
    )


def resolve_staff(
    session: Session, name: str, field: str = "borrower", today: dt.date | None = None
) -> BorrowerMatch:
    """Exactly one staff member for a name given on the command line: the whole name, a part
    of it that fits only one (no initials here: a script should say whom it means), or their
    number ("12" or "#12", as ``contacts list`` shows it) for two people of the same name.
    Otherwise a clear error: unknown, or which ones it could mean and how to choose."""
    typed = clean(name, one_line=True)
    if typed is None:
        raise ValidationError(_("Give the name of a staff member."), field=field)
    number = ID_PATTERN.fullmatch(typed)
    if number is not None:
        found = [_staff_by_id(session, int(number.group(1)))]
        return _matches(session, found, today or clock.today())[0]
    needle = typed.casefold()
    staff = list(session.scalars(select(Person).where(Person.is_staff.is_(True))))
    found = [p for p in staff if " ".join(_name_parts(p.name)) == needle]
    if not found:
        found = [p for p in staff if needle in " ".join(_name_parts(p.name))]
    if not found:
        raise _not_staff(session, typed)
    if len(found) > 1:
        from samverkan_desktop.swedish_order import sort_key

        found.sort(key=lambda p: (sort_key(p.name), p.id))  # "Åsa Berg, Ärla Berg", as the lists
        raise ValidationError(
            _(
                "“{name}” fits several staff members: {names}. Give the whole name, or the "
                "number of the one you mean (e.g. {number})."
            ).format(
                name=typed,
                names=", ".join(_told_apart(p) for p in found[:5]),
                number=found[0].id,
            ),
            field=field,
        )
    return _matches(session, found, today or clock.today())[0]
