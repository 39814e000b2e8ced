"""The crisis contact list a crisis leader keeps at hand: the crisis organisation's roles with
primary and deputies, then the external contacts, each line with its phone and the date it was
last verified. Lines not verified in 6 months are marked in red."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.continued import ContinuedTable
from samverkan_desktop.reports.date_phrases import as_of
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    escape,
    heading,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import crisis_verification
from samverkan_desktop.services.crisis_verification import ContactRow


def _verified_cell(row: ContactRow) -> Flowable:
    if row.key.startswith("role:"):
        return paragraph("", "cell")
    if row.last_verified is None:
        never = escape(_("Never verified"))
        return markup(f'<font color="{WARN_HEX}"><b>{never}</b></font>', "cell")
    text = escape(row.last_verified.isoformat())
    if row.stale:
        old = escape(_("over 6 months"))
        return markup(
            f'<font color="{WARN_HEX}"><b>{text}</b><br/>{old}</font>',
            "cell",
        )
    return paragraph(row.last_verified.isoformat(), "cell")


def _who(row: ContactRow, show_organisation: bool) -> Flowable:
    if row.name is None:
        if row.key.startswith("role:"):
            return markup(f'<font color="{WARN_HEX}">{escape(row.function)}</font>', "cell")
        return paragraph("", "cell")
    lines = [f"<b>{escape(row.name)}</b>"]
    if show_organisation and row.organisation:
        lines.append(f'<font size="8">{escape(row.organisation)}</font>')
    if row.email:
        lines.append(f'<font size="8">{escape(row.email)}</font>')
    return markup("<br/>".join(lines), "cell")


def _grouped(
    rows: list[ContactRow], headers: list[str], widths: list[float], empty: str
) -> Flowable:
    """A line per person, the role or organisation written on its first line only; a next
    page's first line names it again (it began "Ersättare 1" under no role)."""
    body: list[list[object]] = []
    groups: list[Flowable] = []
    for n, row in enumerate(rows):
        groups.append(markup(f"<b>{escape(row.group)}</b>", "cell"))
        body.append(
            [
                groups[-1] if n == 0 or row.group != rows[n - 1].group else "",
                row.function if not row.key.startswith("role:") else "",
                _who(row, show_organisation=False),
                markup(f"<b>{escape(row.phone or '')}</b>", "cell"),
                _verified_cell(row),
            ]
        )
    result = table(headers, body, col_widths_mm=widths, empty_text=empty)
    if isinstance(result, ContinuedTable):
        result.group_cells = groups
    return result


def build(session: Session, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    rows = crisis_verification.contact_list(session, today)
    internal = [r for r in rows if r.internal]
    external = [r for r in rows if not r.internal]
    stale = len(crisis_verification.stale_entries(session, today))
    owner = issuer(session)
    title = _("Crisis contact list")

    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(owner.name or _("The district administration"), as_of(today)),
    ]
    if stale:
        story.append(
            markup(
                f'<font color="{WARN_HEX}"><b>'
                + escape(
                    ngettext(
                        "{count} entry has not been verified in 6 months: check it before relying on it.",
                        "{count} entries have not been verified in 6 months: check them before relying on them.",
                        stale,
                    ).format(count=stale)
                )
                + "</b></font>",
                "body",
            )
        )

    story.append(heading(_("Crisis organisation (internal)")))
    story.append(
        _grouped(
            internal,
            [_("Role"), _("Order"), _("Name"), _("Phone"), _("Verified")],
            [38, 22, 56, 28, 26],  # "över 6 månader" on one line
            _("No crisis roles are registered."),
        )
    )
    story.append(heading(_("External contacts")))
    external_table = _grouped(
        external,
        [_("Organisation"), _("Function"), _("Name"), _("Phone"), _("Verified")],
        [38, 38, 40, 28, 26],
        _("No external contacts are registered."),
    )
    note = _(
        "Verified: the date the entry was last checked. Dates in red are older than "
        "6 months (or missing). Keep the list current internally and externally."
    )
    # The note explains the column: with the list's last rows, never alone on a last page.
    story.append(with_note(external_table, spacer(4), paragraph(note, "small")))
    return Document(title=title, footer=title, issuer=owner.name).build(story)
