"""A meeting frequency as the register writes it: the months left out in brackets after how
often ("1 gång/månad (ej juli)"), however they were typed ("1 gång/månad, ej juli", "1
gång/månad ej juli"). The list of groups, its printouts and a rule's "meets" then read alike
for every group. A text the phrase reader does not understand, or that leaves months out in
more than one place, is shown as it was written."""

from __future__ import annotations

from samverkan_desktop.recurrence.phrase_scan import scan

# What may stand between how often and the months left out, or close them.
_BEFORE = " \t\n,;:(–-"
_AFTER = " \t\n)"


def house_form(text: str) -> str:
    """``text`` with its months left out written "(ej …)" after what comes before them."""
    parts, leftovers = scan(text)
    left_out = [part for part in parts if part.kind == "except"]
    if leftovers or len(left_out) != 1:
        return text
    part = left_out[0]
    start = text.find(part.text, part.position)
    before = text[:start].rstrip(_BEFORE) if start >= 0 else ""
    # Not found as written (spaces run together), nothing before it, or inside brackets of
    # its own ("(kl 9, ej juli)"): as written.
    if not before or before.count("(") != before.count(")"):
        return text
    after = text[start + len(part.text) :].lstrip(_AFTER)
    if after and after[0] not in ",;":
        after = " " + after
    return f"{before} ({part.text}){after}"


def meets_shown(text: str | None) -> str | None:
    """A group's stored "meets" as the list and the printouts show it (None: not given)."""
    return house_form(text) if text else text
