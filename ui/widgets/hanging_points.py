"""Lines that start with a bullet ("• ", "- ", "– ", "* "), shown with their wrapped lines under
their first word rather than under the bullet: a pane's remark ("• Utrymningsskylt saknas …
· Öppen") wrapped its status back to the bullet's edge and read as a point of its own.

Rich text, as Qt's labels and text browsers indent a paragraph's lines only there: a hanging
indent as wide as the bullet and the space after it, measured in the font that shows them."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QFontMetrics

from ui.widgets.kept_together import NO_BREAK

BULLET_LINE = re.compile(r"^([•\-–*])[ \u00a0]+(.*)$")  # the bullets follow_up_texts takes away
PLAIN_LINE = "margin: 0; white-space: pre-wrap;"  # spaces typed stay, as in plain text


def point_html(text: str, metrics: QFontMetrics, bullet: str = "•") -> str:
    """One point: ``bullet`` and ``text``, its wrapped lines under the text."""
    lead = bullet + NO_BREAK
    indent = metrics.horizontalAdvance(lead)
    style = f"{PLAIN_LINE} margin-left: {indent}px; text-indent: -{indent}px;"
    return f'<p style="{style}">{html.escape(lead + text)}</p>'


def hanging_html(text: str, metrics: QFontMetrics) -> str | None:
    """``text``'s lines, its bulleted ones hanging; None when no line starts with a bullet (the
    text stays plain, as typed)."""
    lines = text.split("\n")
    if not any(BULLET_LINE.match(line) for line in lines):
        return None
    paragraphs = []
    for line in lines:
        point = BULLET_LINE.match(line)
        if point is not None:
            paragraphs.append(point_html(point.group(2), metrics, point.group(1)))
        else:  # an empty line keeps its height
            paragraphs.append(f'<p style="{PLAIN_LINE}">{html.escape(line) or "&nbsp;"}</p>')
    return "".join(paragraphs)
