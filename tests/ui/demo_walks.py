"""The demo's walks by place and year: their ids move whenever the demo gains a walk."""

from __future__ import annotations

from samverkan_desktop.services import walks
from ui.context import AppContext


def walk_at(ctx: AppContext, place: str, year: int) -> int:
    found = [row.id for row in ctx.call(walks.list_walks, year=year) if row.place == place]
    assert len(found) == 1, (place, year, found)
    return found[0]


def tessinparken(ctx: AppContext) -> int:
    """The walk of 2021-09-23: observations, actions, participants, its closing meeting held."""
    return walk_at(ctx, "Tessinparken", 2021)


def gyllenstiernsgatan_2021(ctx: AppContext) -> int:
    """Followed up by the walk planned for 2026-12-19."""
    return walk_at(ctx, "Gyllenstiernsgatan", 2021)
