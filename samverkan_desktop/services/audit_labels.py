"""Names people read in a record's history: the tables and their fields (Swedish through the
catalog). A field without a label here falls back to a common label, then to its column name."""

from __future__ import annotations

from samverkan_desktop.i18n import N_

TABLE_LABELS: dict[str, str] = {
    "groups": N_("Group"),
    "memberships": N_("Membership"),
    "people": N_("Person"),
    "organisations": N_("Organisation"),
    "agreements": N_("Agreement"),
    "meetings": N_("Meeting"),
    "meeting_rules": N_("Meeting rule"),
    "agenda_items": N_("Agenda item"),
    "decisions": N_("Decision"),
    "meeting_invitees": N_("Invitee"),
    "actions": N_("Action"),
    "action_notes": N_("Follow-up note"),
    "alarm_units": N_("Alarm unit"),
    "alarm_loans": N_("Alarm loan"),
    "alarm_unit_events": N_("Unit event"),
    "walks": N_("Safety walk"),
    "places": N_("Place"),
    "observations": N_("Observation"),
    "settings": N_("Setting"),
}

COMMON_LABELS: dict[str, str] = {
    "name": N_("Name"),
    "title": N_("Heading"),  # what records are called; a person's "title" is a function
    "notes": N_("Notes"),
    "status": N_("Status"),
    "type": N_("Type"),
    "kind": N_("Kind"),
    "description": N_("Description"),
    "phone": N_("Phone"),
    "email": N_("Email"),
    "starts_on": N_("Starts on"),
    "ends_on": N_("Ends on"),
    "group_id": N_("Group"),
    "person_id": N_("Person"),
    "organisation_id": N_("Organisation"),
    "priority_areas": N_("Priority areas"),
    "priority_area_id": N_("Priority area"),
    "value": N_("Value"),
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "groups": {
        "purpose": N_("Purpose"),
        "goal": N_("Goal"),
        "agreement_id": N_("Agreement"),
        "convener_id": N_("Convener"),
        "district_contact_id": N_("District contact"),
        "police_contact_id": N_("Police contact"),
        "meeting_frequency": N_("Meets"),
        "term_until": N_("Term"),
        "ended_on": N_("Ended on"),
        "follow_up_t1": N_("T1 (Jan–Apr)"),
        "follow_up_t2": N_("T2 (May–Aug)"),
        "follow_up_vb": N_("Annual report (VB)"),
        "standing_agenda": N_("Standing agenda"),  # audit_trail.PART_FIELDS
        "members": N_("Members"),
    },
    "memberships": {"role": N_("Role")},
    "people": {
        "title": N_("Function"),
        "department": N_("Department"),
        "is_staff": N_("Staff of the district"),
        "last_verified": N_("Last verified"),
    },
    "organisations": {"org_number": N_("Organisation number")},
    "meetings": {
        "starts_at": N_("Starts"),
        "ends_at": N_("Ends"),
        "place": N_("Place"),
        "note": N_("Note"),
        "prepared": N_("Prepared"),
        "minutes_by": N_("Minutes taken by"),
    },
    "actions": {
        "responsible_person_id": N_("Responsible person"),
        "responsible_organisation_id": N_("Responsible organisation"),
        "raised_on": N_("Raised on"),
        "due_on": N_("Due on"),
        "closed_on": N_("Closed on"),
        "source_type": N_("Source"),
    },
    "alarm_units": {
        "code": N_("Code"),
        "make_model": N_("Make and model"),
        "serial_number": N_("Serial number"),
        "last_tested_on": N_("Last tested"),
        "last_charged_at": N_("Last charged"),
    },
    "alarm_loans": {
        "unit_id": N_("Unit"),
        "borrower_id": N_("Borrower"),
        "purpose": N_("Purpose"),
        "reason": N_("Reason"),
        "out_at": N_("Lent"),
        "due_at": N_("Due back"),
        "returned_at": N_("Returned"),
        "lent_by_initials": N_("Lent by"),
        "returned_by_initials": N_("Received by"),
        "approved_by_id": N_("Approved by"),
        "return_condition_ok": N_("Returned in good condition"),
        "fault_description": N_("Fault"),
        "put_on_charge": N_("Put on charge"),
        "pseudonymised": N_("Pseudonymised"),
    },
    # Links the trail records when their target is deleted (services.unlinking, group_deletion).
    "places": {"groups": N_("Groups")},
    "decisions": {"agenda_item_id": N_("Agenda item")},
    "exercise_lessons": {"objective_id": N_("Objective"), "action_id": N_("Action")},
    "plan_attachments": {"version_id": N_("Version")},
    "meeting_invitees": {"substitute_name": N_("The substitute's name")},
}


def field_label(table: str, field: str) -> str:
    """The untranslated label (pass it through ``_()``), or the column name."""
    return FIELD_LABELS.get(table, {}).get(field) or COMMON_LABELS.get(field) or field
