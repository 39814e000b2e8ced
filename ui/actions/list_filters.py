"""Åtgärder's filters above the list: the search, open / overdue / all, organisation, priority
area, group and source, each combo as wide as its choices where its line has room; and the
filter and order they make for the list (moved from ui.actions.area)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list import SORT_KEYS
from ui.actions.table import ActionsTable
from ui.widgets.area import Area
from ui.widgets.combo_widths import choices_width, filter_whole
from ui.widgets.fields import EnumCombo
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.record_combo import RecordCombo
from ui.widgets.search_narrowing import SearchNarrowing

SEARCH_DELAY_MS = 150
SHOW_OPEN, SHOW_OVERDUE, SHOW_ALL = "open", "overdue", "all"
SHOW_ALL_INDEX = 2


class ActionFilters(Area):
    """ActionsArea's filters (it lays them out in ``_layout`` and reloads on a change)."""

    table: ActionsTable
    filter_flow: FlowLayout
    _choice_widths: dict[QComboBox, int]

    def _build_filters(self, parent: QWidget) -> None:
        # A shorter pause than the registers': each key filters the in-memory index, and only
        # the page on screen is fetched.
        self._searching = SearchNarrowing(
            self,
            _("Search action or responsible …"),
            lambda: self.reload(),
            SEARCH_DELAY_MS,
            parent,
        )
        self.search = self._searching.field
        self.show_filter = QComboBox(parent)
        self.show_filter.setObjectName("showFilter")
        for text, key in (
            (_("Open actions"), SHOW_OPEN),
            (_("Overdue actions"), SHOW_OVERDUE),
            (_("All actions"), SHOW_ALL),
        ):
            self.show_filter.addItem(text, key)
        alls = (_("All organisations"), _("All priority areas"), _("All groups"), _("All sources"))
        self.organisation_filter = RecordCombo(alls[0], parent, editable=False)
        self.organisation_filter.setObjectName("organisationFilter")
        self.area_filter = RecordCombo(alls[1], parent, editable=False)
        self.area_filter.setObjectName("areaFilter")
        self.group_filter = RecordCombo(alls[2], parent, editable=False)
        self.group_filter.setObjectName("groupFilter")
        self.source_filter = EnumCombo(ActionSource, alls[3], parent)
        self.source_filter.setObjectName("sourceFilter")
        # Each filter at least as wide as its "all" text, whole (the list opened as wide as the
        # longest name; then, at 10 letters, "Alla prioriterade o"), and up to its longest
        # choice where its line has room (``_layout``): "Trygghetsvan…" chosen at 1440 px.
        for combo, all_text in zip(self._filter_combos()[1:], alls, strict=True):
            filter_whole(combo, all_text)
        for filter_combo in self._filter_combos():
            filter_combo.currentIndexChanged.connect(lambda _i: self.narrow())

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.show_filter,
            self.organisation_filter,
            self.area_filter,
            self.group_filter,
            self.source_filter,
        )

    def _measure_filters(self) -> None:
        """Each filter's width with its longest choice whole, once per filling (a long list of
        organisations is not measured at every resize)."""
        for combo in self._filter_combos()[1:]:
            self._choice_widths[combo] = choices_width(combo)
        self.filter_flow.invalidate()

    def _choice_width(self, combo: QComboBox) -> int:
        return self._choice_widths.get(combo, 0)

    def current_filter(self) -> ActionFilter:
        show = self.show_filter.currentData()
        return ActionFilter(
            open_only=show == SHOW_OPEN,
            overdue=show == SHOW_OVERDUE,
            organisation_id=self.organisation_filter.value(),
            priority_area_id=self.area_filter.value(),
            group_id=self.group_filter.value(),
            source_type=self.source_filter.value(),
            search=self.search.text().strip() or None,
        )

    def filters_on(self) -> bool:
        """Whether a search or a filter narrows the list: "Open actions" too, which leaves the
        closed ones out (the whole register is "All actions" with every other filter off)."""
        return (
            bool(self.search.text().strip())
            or self.show_filter.currentData() != SHOW_ALL
            or any(combo.currentIndex() > 0 for combo in self._filter_combos()[1:])
        )

    def current_sort(self) -> tuple[str, bool]:
        column, descending = self.table.sort_state()
        return SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "due_on", descending

    def filter_state(self) -> tuple[object, ...]:
        """The search and every filter as they are now (LinkedView compares them)."""
        return (self.search.text(), *(combo.currentIndex() for combo in self._filter_combos()))

    def own_view(self) -> None:
        """The list as the area opens: the open actions, no search, every other filter off."""
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear_quietly()
        self.reload()

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(SHOW_ALL_INDEX if combo is self.show_filter else 0)
            combo.blockSignals(False)
        self.search.clear_quietly()

    def narrow(self) -> None:
        """Reload for the search or a filter the user changed: an action left out leaves
        nothing chosen (one gone by a change is followed by the one in its place)."""
        self._searching.narrow()

    def reload(self, select_id: int | None = None) -> None:
        """The list anew for the filters (ActionsArea's)."""
        raise NotImplementedError
