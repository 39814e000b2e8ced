"""The areas of the sidebar, in the order of the product's design card.

Each area lives in its own package (``ui/<key>/area.py``) and is imported only when first shown
(quick start-up). An area whose package is not built yet is absent: never a dead button.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from importlib.machinery import PathFinder

from PySide6.QtWidgets import QStyle

from samverkan_desktop.i18n import N_, _
from ui.context import AppContext
from ui.widgets.area import Area


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # marked with N_(), translated when shown
    icon: QStyle.StandardPixmap
    module: str  # the package module holding the area's class
    class_name: str

    @property
    def factory(self) -> Callable[[AppContext], Area]:
        def build(ctx: AppContext) -> Area:
            cls = getattr(importlib.import_module(self.module), self.class_name)
            return cls(ctx)  # type: ignore[no-any-return]

        return build

    def is_built(self) -> bool:
        # Located among its package's files, not imported: find_spec of the module itself would
        # run the package's __init__ (and PySide's import hook reading its source) at start-up.
        package = self.module.rpartition(".")[0]
        try:
            parent = importlib.util.find_spec(package)
        except ModuleNotFoundError:
            return False
        if parent is None or parent.submodule_search_locations is None:
            return False
        found = PathFinder.find_spec(self.module, list(parent.submodule_search_locations))
        return found is not None


SP = QStyle.StandardPixmap
_DESIGN: list[AreaSpec] = [
    AreaSpec("overview", N_("Overview"), SP.SP_DesktopIcon, "ui.overview.view", "OverviewArea"),
    AreaSpec("groups", N_("Groups & meetings"), SP.SP_DirHomeIcon, "ui.groups.area", "GroupsArea"),
    AreaSpec(
        "calendar", N_("Calendar"), SP.SP_FileDialogDetailedView, "ui.calendar.area", "CalendarArea"
    ),
    AreaSpec("actions", N_("Actions"), SP.SP_DialogApplyButton, "ui.actions.area", "ActionsArea"),
    AreaSpec("walks", N_("Safety walks"), SP.SP_FileDialogListView, "ui.walks.area", "WalksArea"),
    AreaSpec("alarms", N_("Alarms"), SP.SP_MessageBoxWarning, "ui.alarms.area", "AlarmsArea"),
    AreaSpec(
        "crisis", N_("Crisis & exercises"), SP.SP_MessageBoxCritical, "ui.crisis.area", "CrisisArea"
    ),
    AreaSpec(
        "contacts", N_("Contacts"), SP.SP_FileDialogContentsView, "ui.contacts.area", "ContactsArea"
    ),
]
AREAS: list[AreaSpec] = [spec for spec in _DESIGN if spec.is_built()]


def area_title(key: str) -> str:
    """The area's name as the sidebar shows it ("Kalender"), for text that leads there."""
    return next((_(spec.title) for spec in _DESIGN if spec.key == key), key)
