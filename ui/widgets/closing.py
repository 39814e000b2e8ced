"""The window closes with text typed and not saved: it is saved first; when that is refused (another
desk changed the record meanwhile, a rule refuses it) the user reads why and chooses between
closing all the same and staying to copy what was typed (the default). Used by every area that
keeps typed text (Area.window_closing), and in other words where a record is left with it (a
walk: ui.walks.typed_leaving)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from ui.widgets.one_time_dialog import exec_once


@dataclass(frozen=True)
class Parting:
    """What is left with the text typed, in the question's words: its title, the choice asked
    after the refusal, and the button that leaves all the same (losing the text)."""

    title: str
    all_the_same: str
    leave: str


def closing_the_window() -> Parting:
    return Parting(
        _("Close the window?"),
        _("Close the window all the same, or stay to copy what you typed?"),
        _("Close anyway (what you typed is lost)"),
    )


def ask_close_anyway(parent: QWidget, text: str, parting: Parting | None = None) -> bool:
    """ "Close anyway (what you typed is lost)" (or ``parting``'s own button) or "Stay" (the
    default, also Esc)."""
    parting = parting or closing_the_window()
    box = QMessageBox(QMessageBox.Icon.Warning, parting.title, text, parent=parent)
    close = box.addButton(parting.leave, QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(_("Stay"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    exec_once(box)
    return box.clickedButton() is close


class Answer(Enum):
    DO = "do"
    DISCARD = "discard"
    STAY = "stay"


def ask_do_or_discard(
    parent: QWidget, text: str, do: str, discard: str, title: str | None = None
) -> Answer:
    """Text typed that is not saved silently (entering a log note stamps the time): ``do`` it,
    ``discard`` it, or stay (the default, also Esc). ``title``: the box's, when it is not the
    window that closes (another exercise opened)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title or _("Close the window?"), text, parent=parent
    )
    buttons: dict[QAbstractButton, Answer] = {
        box.addButton(do, QMessageBox.ButtonRole.AcceptRole): Answer.DO,
        box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole): Answer.DISCARD,
    }
    stay = box.addButton(_("Stay"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    exec_once(box)
    return buttons.get(box.clickedButton(), Answer.STAY)


def close_after_refusal(
    parent: QWidget,
    question: str,
    refusal: DomainError | None,
    changed_meanwhile: str,
    parting: Parting | None = None,
) -> bool:
    """Ask whether to close although saving was refused; True: close all the same.

    ``question`` says what could not be saved, with ``{reason}`` for the refusal's message;
    ``changed_meanwhile`` replaces a stale record's message, whose advice (cancel, reopen) fits a
    form, not a closing window ("someone else changed the meeting while you were typing.").
    ``parting``: what is left instead of the window (another record opened), in its words."""
    parting = parting or closing_the_window()
    text = refused_text(question, refusal, changed_meanwhile) + "\n\n" + parting.all_the_same
    return ask_close_anyway(parent, text, parting)


def refused_text(question: str, refusal: DomainError | None, changed_meanwhile: str) -> str:
    """``question`` with the refusal's reason in its ``{reason}``, as one sentence."""
    reason = refusal.message if refusal is not None else ""
    if isinstance(refusal, StaleRecordError):
        reason = changed_meanwhile
    if reason[1:2].islower():  # after the colon the sentence goes on: "…: någon annan …"
        reason = reason[0].lower() + reason[1:]
    if not reason.endswith((".", "!", "?")):
        reason += "."
    return question.format(reason=reason)
