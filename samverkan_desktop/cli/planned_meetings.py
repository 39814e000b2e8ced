"""What a meeting rule saved from the command line planned ("Regeln sparad: 2 möten tillagda, …"):
said alike by ``meetings set-rule`` and ``groups create|edit --rule``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from samverkan_desktop.services.meeting_planning import PlanResult


def planned_lines(result: PlanResult) -> list[str]:
    # "1 möte tillagt, 1 ändrat, 1 borttaget" as "2 möten tillagda, 2 ändrade, 0 borttagna".
    lines = [
        _("Rule saved: {created}, {updated}, {removed}.").format(
            created=ngettext(
                "{count} meeting added", "{count} meetings added", result.created
            ).format(count=result.created),
            updated=ngettext("{count} changed", "{count} changed", result.updated).format(
                count=result.updated
            ),
            removed=ngettext("{count} removed", "{count} removed", result.removed).format(
                count=result.removed
            ),
        )
    ]
    if result.kept:
        lines.append(
            ngettext(
                "{count} meeting kept as it was (its own agenda, minutes or other changes).",
                "{count} meetings kept as they were (their own agenda, minutes or other changes).",
                result.kept,
            ).format(count=result.kept)
        )
    if result.planned_from is not None:
        lines.append(
            _("No past meetings were added: meetings are planned from today, {today}.").format(
                today=result.planned_from.isoformat()
            )
        )
    return lines
