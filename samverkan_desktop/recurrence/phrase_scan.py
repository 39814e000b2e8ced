"""Claiming the parts of a phrase: each pattern of ``phrase_words`` takes the words it
understands; what no pattern takes (filler words aside) is left over and named. The parts
claimed are then asked for by kind (``Reading``), a refusal naming what was understood."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence.phrase_words import FILLER_WORDS, PATTERNS, SEPARATORS


@dataclass(frozen=True)
class Part:
    kind: str
    text: str  # as the user wrote it
    groups: dict[str, Any]
    position: int


def _normalise(text: str) -> str:
    # Same length as the input, so match positions point into the original text.
    return "".join(
        c.lower() if len(c.lower()) == 1 else c for c in text.replace("–", "-").replace("—", "-")
    )


def scan(text: str) -> tuple[list[Part], list[str]]:
    """Claim the words each pattern understands; return the parts and the words left over."""
    low = _normalise(text)
    taken = [False] * len(low)
    parts: list[Part] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(low):
            if match.end() == match.start() or any(taken[match.start() : match.end()]):
                continue
            for i in range(match.start(), match.end()):
                taken[i] = True
            # Quoted in one-line messages: line breaks and tabs pasted in become spaces.
            shown = " ".join(text[match.start() : match.end()].strip(" \t\n,;()").split())
            groups = match.groupdict()
            if kind in ("place", "before"):  # as written, not lower-cased
                name = "place" if kind == "place" else "name"
                groups[name] = text[match.start(name) : match.end(name)]
            parts.append(Part(kind, shown, groups, match.start()))
    parts.sort(key=lambda p: p.position)
    fragments: list[str] = []
    current: tuple[int, int] | None = None
    for word in SEPARATORS.finditer(low):
        claimed = any(taken[word.start() : word.end()])
        if claimed or word.group() in FILLER_WORDS:
            if claimed and current is not None:
                fragments.append(text[current[0] : current[1]])
                current = None
            continue
        current = (current[0], word.end()) if current else (word.start(), word.end())
    if current is not None:
        fragments.append(text[current[0] : current[1]])
    return parts, [" ".join(fragment.split()) for fragment in fragments]


def fail_with(parts: list[Part], problem: str) -> ValidationError:
    understood = ", ".join(p.text for p in parts if p.text)
    if understood:
        return ValidationError(
            _("Understood: {understood}. {problem}").format(understood=understood, problem=problem),
            field="phrase",
        )
    return ValidationError(problem, field="phrase")


class Reading:
    """The parts one phrase was read into, as a reader asks for them by kind, and the
    defaults its reading fell back on (``Rule.defaults_used``)."""

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts
        self.used: list[str] = []

    def fail(self, problem: str) -> ValidationError:
        return fail_with(self.parts, problem)

    def of(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]

    def one(self, kind: str, what: str) -> Part | None:
        found = self.of(kind)
        if len(found) > 1:
            raise self.fail(both_give(found[0], found[1], what))
        return found[0] if found else None


def both_give(first: Part, second: Part, what: str) -> str:
    """ "”första tisdagen” and ”den 15:e” both give the day of the month"."""
    return _("“{first}” and “{second}” both give the {what}.").format(
        first=first.text, second=second.text, what=what
    )
