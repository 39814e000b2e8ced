"""Who answers for an action or a lesson, as a table cell: the person's name on its own line and
the organisation in small type under it. Flat, "Per Almgren · Östermalms stadsdelsförvaltning"
wrapped over three lines of a narrow column, the "·" ending the first and the organisation as
large as the name."""

from __future__ import annotations

from reportlab.platypus import Flowable

from samverkan_desktop.reports.style import escape, markup


def person_over_organisation(
    person: str | None, organisation: str | None, fallback: str = ""
) -> str | Flowable:
    """The name over the organisation; with only one of them, that one as plain text (or
    ``fallback`` with neither)."""
    if not person or not organisation:
        return person or organisation or fallback
    return markup(f"{escape(person)}<br/><font size='8'>{escape(organisation)}</font>", "cell")


def responsible_cell(person: str | None, responsible: str) -> str | Flowable:
    """``responsible`` as the rows carry it, "person · organisation"
    (action_rows.responsible_text), with ``person`` the name alone."""
    organisation = responsible.removeprefix(f"{person} · ") if person else ""
    if organisation == responsible:  # not the person's text after all: print it as it is
        return responsible
    return person_over_organisation(person, organisation, responsible)
