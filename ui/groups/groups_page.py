"""The list of groups with its search and its filters by type, priority area and status."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import groups
from samverkan_desktop.services.group_rows import GroupRow
from samverkan_desktop.services.group_standing import Standing
from ui.context import AppContext
from ui.groups.models import group_columns
from ui.widgets.combo_widths import filter_whole
from ui.widgets.fields import EnumCombo
from ui.widgets.list_page import ListPage
from ui.widgets.record_combo import RecordCombo


class GroupsPage(ListPage[GroupRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(group_columns(), _("Search name, purpose or meeting frequency …"), parent)
        self.ctx = ctx
        alls = (_("All types"), _("All priority areas"), _("All statuses"))
        self.type_filter = EnumCombo(GroupType, alls[0], self)
        self.area_filter = RecordCombo(alls[1], self, editable=False)
        # As the status column reads: a group whose term ran out is not among the active.
        self.status_filter = EnumCombo(Standing, alls[2], self)
        for combo, all_text in zip(
            (self.type_filter, self.area_filter, self.status_filter), alls, strict=True
        ):
            filter_whole(combo, all_text)
            self.add_filter(combo)
        # The search alone on its row, the filters on theirs, the actions above both and the
        # group's tabs: beside the Medlemmar tab at 1100 px one row cut the search to "Sök …"
        # and the filters' names, and hid "Överenskommelser…" and "Historik" under ».
        # Each filter as wide as its "all" text, the last onto a second line where the list
        # is narrow (beside the members at 1024 px).
        self.filters_wrapping([self.type_filter, self.area_filter, self.status_filter])
        self.toolbar_across()

    def load_rows(self) -> list[GroupRow]:
        return self.ctx.call(
            groups.list_groups,
            self.search_text(),
            type=self.type_filter.value(),
            standing=self.status_filter.value(),
            priority_area_id=self.area_filter.value(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} group", "{count} groups", count).format(count=count)

    def register_total(self) -> int:
        return self.ctx.call(groups.count_groups)

    def narrowed_count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {count} group", "{shown} of {count} groups", total).format(
            shown=shown, count=total
        )
