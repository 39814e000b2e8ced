"""What a meeting's block is called in a lane too narrow for its group's whole name, beside the
blocks at the same time: names that begin alike ("Arbetsgrupp skolan som brottsplats",
"Arbetsgrupp särskilt utsatta brottsoffer") all read "Arb…" cut to the lane; each reads what
tells it apart instead ("skolan…", "särskilt…"), the whole name in its tooltip. Plain text, no
Qt: the block measures (week_block)."""

from __future__ import annotations

from collections.abc import Iterable


def _shared_words(words: list[str], other: list[str]) -> int:
    count = 0
    for mine, theirs in zip(words, other, strict=False):
        if mine != theirs:
            break
        count += 1
    return count


def telling_name(label: str, beside: Iterable[str]) -> str:
    """``label`` without the words it begins with alike a name in ``beside`` (its last word
    kept): "skolan som brottsplats" beside "Arbetsgrupp särskilt utsatta brottsoffer"; the
    label itself beside none such (or only itself: one group's two meetings)."""
    words = label.split(" ")
    shared = max((_shared_words(words, o.split(" ")) for o in beside if o != label), default=0)
    return " ".join(words[min(shared, len(words) - 1) :])


def tellings_beside(label: str, beside: Iterable[str]) -> list[str]:
    """The names the blocks ``beside`` tell themselves by (``telling_name``), each among the
    others and ``label``: what this block's name must not read like."""
    names = [*beside, label]
    return [telling_name(other, names) for other in dict.fromkeys(beside) if other != label]
