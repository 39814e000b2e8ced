"""The alarm printouts' titles, in one place: the printout prints its title, the window's
preview is named by it, and the entry that prints it says the same words (its own msgid, for
the "…"). Outside ``reports`` so the window can name a preview without importing ReportLab."""

from __future__ import annotations

from collections.abc import Sequence

from samverkan_desktop.i18n import _, ngettext


def loan_log() -> str:
    return _("Alarm loan log")


def not_returned() -> str:
    return _("Alarm units not returned")


def labels(codes: Sequence[str] | None = None) -> str:
    """The sheet has no printed title: this names its preview and the PDF."""
    if not codes:
        return _("Labels for all alarm units")
    return ngettext("Label for {codes}", "Labels for {codes}", len(codes)).format(
        codes=", ".join(codes)
    )


def borrower_card(home: bool = False) -> str:
    if home:
        return _("Personal alarm at home: how to use it")
    return _("Personal alarm: how to use it")


def handover() -> str:
    return _("Hand-over form for a home loan")


def statistics(year: int) -> str:
    return _("Use of the alarm units {year}").format(year=year)


def valid_training() -> str:
    return _("Valid alarm training")
