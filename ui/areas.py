"""The areas of the sidebar, in the order of the product's design card. An area not built yet
is absent (never a dead button); each new area adds one entry here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle

from samverkan_desktop.i18n import N_
from ui.context import AppContext
from ui.widgets.area import Area


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # marked with N_(), translated when shown
    icon: QStyle.StandardPixmap
    factory: Callable[[AppContext], Area]


def _overview(ctx: AppContext) -> Area:
    from ui.overview.view import OverviewArea

    return OverviewArea(ctx)


def _groups(ctx: AppContext) -> Area:
    from ui.groups.area import GroupsArea

    return GroupsArea(ctx)


def _walks(ctx: AppContext) -> Area:
    from ui.walks.area import WalksArea

    return WalksArea(ctx)


def _contacts(ctx: AppContext) -> Area:
    from ui.contacts.area import ContactsArea

    return ContactsArea(ctx)


SP = QStyle.StandardPixmap
AREAS: list[AreaSpec] = [
    AreaSpec("overview", N_("Overview"), SP.SP_DesktopIcon, _overview),
    AreaSpec("groups", N_("Groups & meetings"), SP.SP_DirHomeIcon, _groups),
    AreaSpec("walks", N_("Safety walks"), SP.SP_FileDialogListView, _walks),
    AreaSpec("contacts", N_("Contacts"), SP.SP_FileDialogContentsView, _contacts),
]
