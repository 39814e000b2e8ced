"""Who is responsible for an action, as every action form asks it: the person first, then the
organisation, two rows that go together (no empty note line between them until a name is typed).
The walk's "Ta fram åtgärd…" asked the organisation first and Åtgärder's form the person first."""

from __future__ import annotations

from dataclasses import dataclass

from samverkan_desktop.i18n import _
from ui.contacts.organisation_dialog import check_organisation_known, organisation_picker
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_picker import RecordPicker


@dataclass(frozen=True)
class Responsible:
    person: RecordCombo
    person_picker: RecordPicker
    organisation: RecordCombo
    organisation_picker: RecordPicker
    person_field: str
    organisation_field: str

    def check_known(self) -> None:
        """Refuse a typed name that is no one in the register, beside its field."""
        check_person_known(self.person_picker, self.person_field)
        check_organisation_known(self.organisation_picker, self.organisation_field)


class ResponsibleFields:
    """For a form that asks who is responsible through ``responsible_rows``: its fields by the
    names every action form's code and tests use."""

    responsible: Responsible

    @property
    def person(self) -> RecordCombo:
        return self.responsible.person

    @property
    def person_picker(self) -> RecordPicker:
        return self.responsible.person_picker

    @property
    def organisation(self) -> RecordCombo:
        return self.responsible.organisation

    @property
    def organisation_picker(self) -> RecordPicker:
        return self.responsible.organisation_picker


def responsible_rows(
    form: FormDialog,
    ctx: AppContext,
    person_field: str,
    organisation_field: str,
    no_organisation: str,
) -> Responsible:
    """Add the two rows to ``form`` (the next rows); ``*_field``: the service's field names its
    refusals are shown beside; ``no_organisation``: the organisation's empty choice."""
    # Who is to do it may not be in the contacts yet: added beside the field.
    person = RecordCombo(_("– nobody named –"), form)
    chosen_person = person_picker(ctx, form, person)
    organisation = RecordCombo(no_organisation, form)
    chosen_organisation = organisation_picker(ctx, form, organisation)
    form.add_row(person_field, _("Responsible person"), chosen_person, note_room=False)
    form.add_row(
        organisation_field, _("Responsible organisation"), chosen_organisation, note_room=False
    )
    return Responsible(
        person, chosen_person, organisation, chosen_organisation, person_field, organisation_field
    )
