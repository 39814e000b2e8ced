"""Warnings meant for the user, told apart from what the core logs for whoever helps.

Most of the core's WARNING lines are detail: a driver's text and SQL beside a refusal the user
is told anyway, a hint to the other desks that did not go out. A warning the user has to hear
while the work goes on (today's backup could not be taken, a restore missing from the audit
trail) is logged with ``warn_user``: the same WARNING record in the log file, carrying the
user's own sentence. A front end shows that sentence (the command line as one line
"Varning: …" on stderr); everything else stays in the log.
"""

from __future__ import annotations

import logging

_USER_MESSAGE = "user_message"  # the attribute ``extra`` sets on the record


def warn_user(logger: logging.Logger, message: str, *, exc_info: bool = False) -> None:
    """Log ``message`` (a translated sentence, said as it is) at WARNING, for the user to see."""
    # stacklevel: the record names the caller (backup, restore), not this function.
    logger.warning("%s", message, exc_info=exc_info, extra={_USER_MESSAGE: message}, stacklevel=2)


def user_message(record: logging.LogRecord) -> str | None:
    """The user's sentence of a record ``warn_user`` logged; None for any other record."""
    message = getattr(record, _USER_MESSAGE, None)
    return message if isinstance(message, str) else None
