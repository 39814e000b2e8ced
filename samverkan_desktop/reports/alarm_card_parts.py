"""Pieces the two borrower's cards share (a home visit's, alarm_card; a home loan's,
alarm_card_home): numbered steps under a heading, the numbers to call and the small card to
cut out and carry."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from samverkan_desktop.i18n import N_, _
from samverkan_desktop.reports.style import MUTED, escape, heading, markup, paragraph

PRESS = N_(
    "Press the alarm button firmly for two seconds. The alarm centre answers and can hear you."
)
HELP_COMES = N_(
    "The alarm centre sends help and calls the police when needed. Stay where it is safe."
)
USED = N_("Tell your manager and report the incident in the incident reporting system.")


def steps(title: str, texts: list[str]) -> list[Flowable]:
    items = "".join(f"{n}. {escape(text)}<br/>" for n, text in enumerate(texts, start=1))
    return [heading(title), markup(items.removesuffix("<br/>"))]


def numbers(phone: str | None) -> list[tuple[str, str]]:
    rows = [(_("Emergency"), "112"), (_("Police, not urgent"), "114 14")]
    if phone:
        rows.append((_("Reception / switchboard"), phone))
    return rows


def cut_out(
    numbers: list[tuple[str, str]],
    code: str | None,
    *,
    manager: str | None = None,
    extra: list[str] | None = None,
) -> Table:
    """A card of about 85 × 55 mm (a bank card) inside a dashed cutting line; ``manager``
    fills the manager's line, ``extra`` lines go last."""
    title = "<b>" + escape(_("Personal alarm")) + "</b>" + (f" · {escape(code)}" if code else "")
    lines = [markup(title), paragraph(_("Threat: press the button for two seconds."), "cell")]
    lines += [
        markup(f"{escape(label)}: <b>{escape(value)}</b>", "cell") for label, value in numbers
    ]
    lines.append(paragraph(_("Manager:") + " " + (manager or "_" * 22), "cell"))
    lines += [paragraph(text, "cell") for text in extra or []]
    card = Table([[line] for line in lines], colWidths=[85 * mm])
    card.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, MUTED, None, (3, 2)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    card.hAlign = "LEFT"
    return card
