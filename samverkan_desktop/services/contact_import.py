"""The contact list a district already keeps in Excel, brought into the register in one step.

A new coordinator's list has headings in Swedish ("Namn", "Organisation", "Telefon" ...), maybe
first and last name apart, blank rows and the same person twice. Each row becomes a person (and
its organisation, made when the register has none of that name); a row already in the register
or earlier in the file is skipped, a row that cannot be read is named with its line and reason,
and the rest is imported all the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.imports.district_names import names_own_administration
from samverkan_desktop.imports.swedish_phone import restore_phone
from samverkan_desktop.imports.table_file import read_table
from samverkan_desktop.models import Organisation, Person
from samverkan_desktop.services import contacts, own_district
from samverkan_desktop.services.import_undo import ImportedRecords
from samverkan_desktop.services.validation import optional_email, optional_phone

# A heading (lower case, without spaces, dots or dashes) → the field it fills.
HEADINGS: dict[str, str] = {
    **dict.fromkeys(("namn", "name", "fullständigtnamn", "kontakt", "kontaktperson"), "name"),
    **dict.fromkeys(("förnamn", "firstname"), "first_name"),
    **dict.fromkeys(("efternamn", "lastname", "surname"), "last_name"),
    **dict.fromkeys(("befattning", "titel", "title", "funktion", "roll", "yrke"), "title"),
    **dict.fromkeys(
        ("organisation", "org", "myndighet", "företag", "förvaltning", "arbetsgivare"),
        "organisation",
    ),
    **dict.fromkeys(("avdelning", "enhet", "sektion"), "department"),
    **dict.fromkeys(
        ("telefon", "tel", "tfn", "telefonnummer", "mobil", "mobilnummer", "mobiltelefon"),
        "phone",
    ),
    **dict.fromkeys(
        ("epost", "epostadress", "email", "mail", "mejl", "mejladress", "mailadress"), "email"
    ),
    **dict.fromkeys(("anteckningar", "anteckning", "kommentar", "övrigt", "notering"), "notes"),
}


@dataclass(frozen=True)
class SkippedLine:
    line: int  # as Excel numbers its rows
    name: str
    reason: str


@dataclass(frozen=True)
class ContactImport:
    added: int
    organisations_added: tuple[str, ...]
    duplicates: tuple[SkippedLine, ...]
    refused: tuple[SkippedLine, ...]
    # Imported, but a phone number or e-mail that could not be read went to the notes.
    noted: tuple[SkippedLine, ...] = ()
    # Of those added, the people of the district's own administration: marked as its staff,
    # so they can borrow an alarm (a list of colleagues is mostly that).
    staff: int = 0
    # What "Undo" takes out again.
    records: ImportedRecords = ImportedRecords()


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _columns(heading_row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, heading in enumerate(heading_row):
        field = HEADINGS.get("".join(ch for ch in heading.casefold() if ch.isalnum()))
        if field is not None and field not in found:
            found[field] = index
    if "name" not in found and "first_name" not in found and "last_name" not in found:
        raise ValidationError(
            _(
                "The list has no column of names. Its first row should hold the headings, "
                "for example: Namn; Organisation; Befattning; Telefon; E-post."
            )
        )
    return found


def import_contacts(session: Session, path: Path, today: dt.date | None = None) -> ContactImport:
    """Read ``path`` (.xlsx or .csv) and add its people; what it skipped, line by line."""
    rows = read_table(path)
    numbered = [(number, row) for number, row in enumerate(rows, start=1) if any(row)]
    if not numbered:
        raise ValidationError(_("{file} holds no rows.").format(file=path.name))
    (_heading_line, heading_row), *lines = numbered
    columns = _columns(heading_row)
    organisations = _Organisations(session)
    known = {
        (_key(p.name), _key(p.organisation.name if p.organisation else None))
        for p in session.scalars(select(Person))
    }
    added: list[tuple[int, int]] = []
    staff = 0
    duplicates: list[SkippedLine] = []
    refused: list[SkippedLine] = []
    noted: list[SkippedLine] = []
    day = today or clock.today()
    for number, row in lines:

        def cell(field: str, row: list[str] = row) -> str:
            index = columns.get(field)
            return row[index] if index is not None and index < len(row) else ""

        name = cell("name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)
        organisation = " ".join(cell("organisation").split())
        if not name:
            refused.append(SkippedLine(number, "", _("no name")))
            continue
        existing = organisations.named(organisation)
        key = (_key(name), _key(existing.name if existing is not None else organisation))
        if key in known:
            duplicates.append(SkippedLine(number, name, _("already in the register")))
            continue
        phone, email, notes = _readable(cell("phone"), cell("email"), cell("notes"))
        if notes.moved:
            noted.append(SkippedLine(number, name, notes.moved))
        is_staff = existing is not None and existing is organisations.own
        try:
            with session.begin_nested():  # a refused row leaves nothing half made
                chosen = existing
                if organisation and chosen is None:
                    chosen = organisations.make(organisation)
                person_id = contacts.create_person(
                    session,
                    contacts.PersonInput(
                        name=name,
                        title=cell("title") or None,
                        organisation_id=chosen.id if chosen is not None else None,
                        department=cell("department") or None,
                        phone=phone,
                        email=email,
                        notes=notes.text,
                        is_staff=is_staff,
                    ),
                    day,
                )
        except DomainError as error:
            refused.append(SkippedLine(number, name, error.message))
            continue
        if chosen is not None and existing is None:
            organisations.keep(organisation, chosen)
        known.add(key)
        added.append((person_id, _version(session, person_id)))
        staff += is_staff
    return ContactImport(
        len(added),
        tuple(o.name for o in organisations.made),
        tuple(duplicates),
        tuple(refused),
        tuple(noted),
        staff,
        ImportedRecords(tuple(added), tuple(o.id for o in organisations.made)),
    )


def _version(session: Session, person_id: int) -> int:
    person = session.get(Person, person_id)
    assert person is not None  # just made
    return person.version


class _Organisations:
    """The register's organisations by name, as the list names them: the district's own
    administration in any spelling of its name (its staff can borrow alarms), the others by
    their name; those the list makes are kept once the row they came with is in."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_name = {_key(o.name): o for o in session.scalars(select(Organisation))}
        ours = own_district.district_id(session)
        self.own = session.get(Organisation, ours) if ours is not None else None
        self.made: list[Organisation] = []

    def named(self, text: str) -> Organisation | None:
        found = self.by_name.get(_key(text))
        if found is None and self.own is not None and names_own_administration(text, self.own.name):
            return self.own
        return found

    def make(self, text: str) -> Organisation:
        made = self.session.get(
            Organisation,
            contacts.create_organisation(self.session, contacts.OrganisationInput(text)),
        )
        assert made is not None  # just made
        return made

    def keep(self, text: str, made: Organisation) -> None:
        self.by_name[_key(text)] = made
        self.made.append(made)


@dataclass(frozen=True)
class _Notes:
    text: str | None
    moved: str  # what went into the notes, said to the user; "" when nothing


def _readable(phone: str, email: str, notes: str) -> tuple[str | None, str | None, _Notes]:
    """The phone and e-mail as the register takes them, the phone's 0 that Excel dropped put
    back; one it refuses ("inget nummer", "karin@") or a phone with no sure reading is kept in
    the notes instead, so nothing in the list is lost."""
    kept = [notes] if notes else []
    moved: list[str] = []
    restored = restore_phone(phone)
    doubt, phone_read = restored.doubt, None
    if not doubt:
        try:
            phone_read = optional_phone(restored.value)
        except ValidationError:
            doubt = _("the phone “{value}” is not a number, kept in the notes").format(value=phone)
    if doubt:
        kept.append(_("Phone in the imported list: {value}").format(value=phone))
        moved.append(doubt)
    try:
        email_read = optional_email(email)
    except ValidationError:
        email_read = None
        kept.append(_("E-mail in the imported list: {value}").format(value=email))
        moved.append(
            _("the e-mail “{value}” is not an address, kept in the notes").format(value=email)
        )
    return phone_read, email_read, _Notes("\n".join(kept) or None, "; ".join(moved))


def summary(result: ContactImport) -> str:
    """One sentence on what the import did, for the window's message and the command line."""
    text = ngettext("{count} person added", "{count} people added", result.added).format(
        count=result.added
    )
    if result.organisations_added:
        text += ngettext(
            ", with {count} new organisation",
            ", with {count} new organisations",
            len(result.organisations_added),
        ).format(count=len(result.organisations_added))
    text += "."
    if result.staff:
        text += " " + ngettext(
            "{count} of them works at the district administration and can borrow alarms.",
            "{count} of them work at the district administration and can borrow alarms.",
            result.staff,
        ).format(count=result.staff)
    if result.duplicates:
        text += " " + ngettext(
            "{count} row was already in the register and was skipped.",
            "{count} rows were already in the register and were skipped.",
            len(result.duplicates),
        ).format(count=len(result.duplicates))
    if result.noted:
        text += " " + ngettext(
            "{count} person has a phone number or e-mail to correct.",
            "{count} people have a phone number or e-mail to correct.",
            len(result.noted),
        ).format(count=len(result.noted))
    if result.refused:
        text += " " + ngettext(
            "{count} row could not be read.",
            "{count} rows could not be read.",
            len(result.refused),
        ).format(count=len(result.refused))
    return text


def skipped_lines(result: ContactImport) -> list[str]:
    """The rows not read, each with its line and what to correct ("Rad 6, Karin Ek: …")."""
    return [
        (_("Row {line}, {name}: {reason}") if line.name else _("Row {line}: {reason}")).format(
            line=line.line, name=line.name, reason=line.reason
        )
        for line in (*result.noted, *result.refused)
    ]
