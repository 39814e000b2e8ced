"""Paragraphs whose long words break where a reader expects it (``Para``): after a slash or dash,
else hyphenated near a Swedish syllable; and laid out once per width."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph


class Para(Paragraph):
    """A Paragraph that lays out its lines once per width. Tables and KeepTogether ask every
    cell for its size several times (to measure rows, to see what fits, to draw); ReportLab
    breaks the lines anew each time, which was most of a printout's time."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A split that finds no room at a page's foot deletes the laid-out lines (ReportLab's
        # "del self.blPara"): lay them out again then, or split and draw find nothing.
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        if availWidth != self._wrapped_at:
            self._break_long_words(availWidth - self.style.leftIndent - self.style.rightIndent)
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        # After a line ending in a line break, ReportLab's part for the next page starts
        # with that break: an empty line over its text, and a row measured a line too tall
        # (a table's last row went to a page of its own where it fitted the page before).
        parts: list[Any] = super().split(availWidth, availHeight)
        rest = parts[1] if len(parts) == 2 else None
        if (
            rest is not None
            and _ends_in_break(parts[0])
            and rest.frags
            and _is_break(rest.frags[0])
        ):
            rest.frags = rest.frags[1:]
        return parts

    def _break_long_words(self, room: float) -> None:
        """A word wider than the column ("samverkansöverenskommelsen" in a narrow cell) breaks
        where a reader expects it: after a slash or dash in it, else on lines of its own, each
        but the last ending in a hyphen. ReportLab would split it anywhere, without a mark."""
        # Laid out from the text as written, so a wider column later gets it whole again.
        if "_frags_as_written" not in self.__dict__:
            self._frags_as_written: list[Any] = _joined(self.__dict__["frags"])
        frags: list[Any] = []
        for frag in self._frags_as_written:
            text = getattr(frag, "text", None)
            if not text or not hasattr(frag, "fontName"):
                frags.append(frag)
                continue
            font, size = frag.fontName, frag.fontSize
            # No glyph of ours is wider than 1.02 em ("@"): shorter words surely fit.
            sure = room / (1.02 * size)
            if all(len(word) <= sure for word in text.split(" ")):
                frags.append(frag)
                continue
            line: list[str] = []
            for word in text.split(" "):
                if len(word) <= sure or stringWidth(word, font, size) <= room:  # nearly always
                    line.append(word)
                    continue
                pieces = split_at_marks(word, font, size, room)
                if len(pieces) == 1:
                    pieces = hyphenated(word, font, size, room)
                if len(pieces) == 1:
                    line.append(word)
                    continue
                starts_line = (
                    not frags
                    and not any(line)
                    or (not any(line) and getattr(frags[-1], "lineBreak", False))
                )
                if not starts_line:
                    frags += [frag.clone(text=" ".join(line)), _line_break(frag)]
                for piece in pieces[:-1]:
                    frags += [frag.clone(text=piece), _line_break(frag)]
                line = [pieces[-1]]
            frags.append(frag if " ".join(line) == text else frag.clone(text=" ".join(line)))
        self.frags = frags


def _joined(frags: Sequence[Any]) -> list[Any]:
    """The frags with neighbours of one look (font, colour, link ...) joined: the parser cuts
    the text at each entity, and "…fran=2026-01-01", "&", "till=…" each fitted where the
    address as a whole did not, so it was cut anywhere, not after its slashes."""
    joined: list[Any] = []
    for frag in frags:
        last = joined[-1] if joined else None
        if last is not None and _text_of(last) and _text_of(frag) and _look(last) == _look(frag):
            joined[-1] = last.clone(text=last.text + frag.text)
        else:
            joined.append(frag)
    return joined


def _text_of(frag: Any) -> str:
    text = getattr(frag, "text", None)
    return text if isinstance(text, str) and not getattr(frag, "lineBreak", False) else ""


def _look(frag: Any) -> dict[str, Any]:
    return {key: value for key, value in frag.__dict__.items() if key != "text"}


def _line_break(frag: Any) -> Any:
    return frag.clone(text="", lineBreak=True)


def _ends_in_break(part: Paragraph) -> bool:
    lines: Sequence[Any] = getattr(getattr(part, "blPara", None), "lines", None) or ()
    return bool(lines) and bool(getattr(lines[-1], "lineBreak", False))


def _is_break(frag: Any) -> bool:
    """Whether ``frag`` is a line break: a frag, or a laid-out word ([width, (frag, text),
    …]) of nothing but breaks."""
    if isinstance(frag, list):
        pieces = [piece[0] for piece in frag[1:] if isinstance(piece, tuple)]
        return bool(pieces) and all(getattr(p, "lineBreak", False) for p in pieces)
    return bool(getattr(frag, "lineBreak", False))


BREAK_AFTER = "/–—"  # a word too wide for its column may break after these
MIN_PIECE = 3  # letters kept together at either end of a hyphenated word


VOWELS = "aeiouyåäöéü"


def _syllable_start(word: str, n: int) -> bool:
    """Whether a Swedish syllable may start at ``word[n]``: a consonant before a vowel, after
    a letter (the last consonant between two vowels goes to the next syllable)."""
    if n + 1 >= len(word) or not word[n - 1].isalpha():
        return False
    here, after = word[n].lower(), word[n + 1].lower()
    return here.isalpha() and here not in VOWELS and after in VOWELS


def split_at_marks(word: str, font: str, size: float, room: float) -> list[str]:
    """``word``, wider than ``room``, as the lines it takes broken after its slashes or dashes,
    as many of its parts to a line as fit, and nothing added between them: an address
    ("https://…/larm/enheter/") reads as it is written. A space after each slash let parts
    share a line as "https:/ / intranat.stockholm.se/ larm/". Alone in the list when the word
    fits, has no such mark, or a part of it is still too wide."""
    if stringWidth(word, font, size) <= room:
        return [word]
    parts = _MARKED_PARTS.findall(word)
    if len(parts) < 2 or any(stringWidth(part, font, size) > room for part in parts):
        return [word]
    lines = [parts[0]]
    for part in parts[1:]:
        if stringWidth(lines[-1] + part, font, size) <= room:
            lines[-1] += part
        else:
            lines.append(part)
    return lines


# A part ends after its marks ("https://" is one part: no break between the slashes).
_MARKED_PARTS = re.compile(f"[^{BREAK_AFTER}]*[{BREAK_AFTER}]+|[^{BREAK_AFTER}]+")


def hyphenated(word: str, font: str, size: float, room: float) -> list[str]:
    """A word of letters (punctuation around it aside) wider than ``room`` as the lines it
    takes, each but the last as long as fits with a hyphen after it, between two letters and
    at least MIN_PIECE letters from either end; any other word as it is, alone in the list."""
    if stringWidth(word, font, size) <= room:
        return [word]
    letters = [n for n, c in enumerate(word) if c.isalpha()]
    if len(letters) < 2 * MIN_PIECE or not word.strip("\"'()[]{}“”„‘’?!.,;:").isalpha():
        return [word]
    first, last = letters[MIN_PIECE - 1], letters[-MIN_PIECE]  # a cut after first, up to last
    pieces: list[str] = []
    start = 0
    while stringWidth(word[start:], font, size) > room:
        fits = [
            n
            for n in range(max(start, first) + 1, last + 1)
            if n - start >= MIN_PIECE and stringWidth(word[start:n] + "-", font, size) <= room
        ]
        # Nearer a syllable: before a consonant followed by a vowel ("förvalt-ningen"), if
        # that keeps most of the line; else as much as fits.
        syllable = [n for n in fits if _syllable_start(word, n)]
        cut = fits[-1] if fits else None
        if syllable and fits and syllable[-1] - start >= 0.7 * (fits[-1] - start):
            cut = syllable[-1]
        if cut is None:
            return [word]  # not even a few letters fit: leave it to ReportLab
        pieces.append(word[start:cut] + "-")
        start = cut
    return [*pieces, word[start:]]
