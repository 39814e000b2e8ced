"""Follow-up notes typed in Åtgärder and not added when the window closes. Adding one dates it
today, so it is not added behind the coordinator's back, nor thrown away: the window asks, with
the action and its note in view, "Lägg till anteckningen nu", "Kasta anteckningen" or "Stanna
kvar" (the default), as for a note typed in an exercise's conduct log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import actions
from ui.widgets.closing import Answer, ask_do_or_discard, close_after_refusal

if TYPE_CHECKING:
    from ui.actions.area import ActionsArea


def notes_closing(area: ActionsArea, shown: bool) -> bool:
    """False: the user stays (the notes typed still there)."""
    drafts = area.detail.drafts
    pending = drafts.pending()
    if not pending:
        return True
    current = area.detail.action
    first = current.id if current is not None and current.id in pending else next(iter(pending))
    _show_typed(area, first, shown)
    count = len(pending)
    answer = ask_do_or_discard(
        area,
        _question(area, first, count, pending[first]),
        ngettext("Add the note now", "Add the notes now", count),
        ngettext("Discard the note", "Discard the notes", count),
    )
    if answer is Answer.STAY:
        return False
    if answer is Answer.DISCARD:
        drafts.discard_all()
        return True
    refused: tuple[int, DomainError] | None = None
    for action_id, text in pending.items():
        try:
            area.ctx.call(actions.add_action_note, action_id, text.strip())
        except DomainError as error:
            refused = refused or (action_id, error)  # what it refused stays typed
            continue
        drafts.forget(action_id)
    area.ctx.bus.announce("actions", "overview")
    if refused is None:
        return True
    action_id, refusal = refused
    _show_typed(area, action_id, True)
    # The note quoted: an action deleted meanwhile is shown no more, nor its note with it.
    text = pending[action_id].strip()[:200].replace("{", "{{").replace("}", "}}")
    question = _("The follow-up note “{text}” could not be added: {reason}").replace(
        "{text}",
        text,  # ({reason} is filled in later: the note's own braces kept as typed)
    )
    return close_after_refusal(
        area,
        question,
        refusal,
        _("someone else changed the action while you were typing."),
    )


def _show_typed(area: ActionsArea, action_id: int, shown: bool) -> None:
    """The action with the note typed, in view behind the question."""
    area.show_record(action_id)
    if not shown:
        area.ctx.navigator.go(area.key)


def _question(area: ActionsArea, action_id: int, count: int, text: str) -> str:
    title = area.detail.titles.get(action_id, "")
    first = ngettext(
        "A follow-up note typed for “{title}” has not been added: “{text}”.",
        "{count} follow-up notes typed have not been added, among them for “{title}”: “{text}”.",
        count,
    ).format(count=count, title=title, text=text.strip()[:200])
    then = ngettext(
        "Add it now (dated today), discard it, or stay?",
        "Add them now (dated today), discard them, or stay?",
        count,
    )
    return first + "\n\n" + then
