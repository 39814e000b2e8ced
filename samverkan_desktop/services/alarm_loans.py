"""Lending alarm units and taking them back: the reception's use cases. The loan lists and the
Overview card are in ``alarm_history``.

Call ``lend``, ``return_unit`` and ``undo_loan_action`` each in a unit of work of its own
(``db.call(lend, data)``): on SQLite they take the write lock with their first statement.

The use cases live in modules of their own: the rules of a lend (alarm_lend_rules), lending
(alarm_lending), returning (alarm_returns), undoing either (alarm_loan_undo), and the locks
they share (alarm_loan_locks). The window, the command line and the tests import them from
here.
"""

from __future__ import annotations

from samverkan_desktop.services.alarm_lend_rules import (
    HOME_VISIT_DUE,
    HOME_VISIT_LONGEST,
    RECEPTION_OPENS,
    TRAINING_SETTING,
    LendInput,
    default_due_at,
    due_on,
    due_phrase,
    on_loan_message,
    out_message,
    overdue_since,
)
from samverkan_desktop.services.alarm_lending import LendResult, lend
from samverkan_desktop.services.alarm_loan_locks import take_write_lock
from samverkan_desktop.services.alarm_loan_undo import (
    UNDO_WINDOW,
    UndoneAction,
    UndoResult,
    undo_loan_action,
)
from samverkan_desktop.services.alarm_returns import ReturnResult, return_unit

__all__ = [
    "HOME_VISIT_DUE",
    "HOME_VISIT_LONGEST",
    "RECEPTION_OPENS",
    "TRAINING_SETTING",
    "UNDO_WINDOW",
    "LendInput",
    "LendResult",
    "ReturnResult",
    "UndoResult",
    "UndoneAction",
    "default_due_at",
    "due_on",
    "due_phrase",
    "lend",
    "on_loan_message",
    "out_message",
    "overdue_since",
    "return_unit",
    "take_write_lock",
    "undo_loan_action",
]
