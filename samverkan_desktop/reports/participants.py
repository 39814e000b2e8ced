"""Who takes part in a group, by function as the agreement defines its groups (seed 002: "I
styrgruppen ska följande funktioner ingå: Stadsdelsdirektör, Lokalpolisområdets chef, …"):
"Stadsdelsdirektör, trygghets- och säkerhetssamordnare (Östermalms stadsdelsförvaltning);
kommunpolis (Lokalpolisområde Norrmalm)". One part per organisation, most represented first,
a title held by several once with its count, so a group of fifteen stays a few lines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services.group_rows import MemberRow
from samverkan_desktop.swedish_order import sort_key


def _lower(title: str) -> str:
    """ "Kommunpolis" → "kommunpolis" inside a sentence; "IT-samordnare" stays."""
    if len(title) > 1 and title[1].islower():
        return title[:1].lower() + title[1:]
    return title


def _part(organisation: str, members: list[MemberRow], first: bool) -> str:
    """One organisation's part; ``first``: it opens the text, its first title keeps its
    capital."""
    titles = [m.title.strip() for m in members if m.title and m.title.strip()]
    untitled = len(members) - len(titles)
    if not titles:  # nobody's function is known: how many, as before
        return f"{organisation} ({untitled})"
    counts = Counter(titles)
    named = ", ".join(
        (title if first and n == 0 else _lower(title))
        + (f" ×{counts[title]}" if counts[title] > 1 else "")
        for n, title in enumerate(dict.fromkeys(titles))
    )
    if untitled:
        named += " " + ngettext("and {count} more", "and {count} more", untitled).format(
            count=untitled
        )
    return f"{named} ({organisation})"


def by_function(members: Iterable[MemberRow]) -> str:
    """The members as "Befattning (organisation)", one part per organisation, "; " between."""
    grouped: dict[str, list[MemberRow]] = {}
    for member in members:
        grouped.setdefault(member.organisation or _("No organisation"), []).append(member)
    ordered = sorted(grouped.items(), key=lambda item: (-len(item[1]), sort_key(item[0])))
    return "; ".join(
        _part(organisation, rows, n == 0) for n, (organisation, rows) in enumerate(ordered)
    )
