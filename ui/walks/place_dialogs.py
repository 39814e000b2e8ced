"""Dialogs for the places register: a place (with its linked groups) and a yearly priority."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services import groups, places
from samverkan_desktop.services.places import PlaceDetail, PlaceInput
from ui.context import AppContext
from ui.walks.common import roomy
from ui.widgets.check_list import CheckList
from ui.widgets.form_dialog import FormDialog
from ui.widgets.number_field import NumberField
from ui.widgets.record_form import RecordForm
from ui.widgets.record_picker import new_record


class PlaceDialog(RecordForm[PlaceDetail]):
    def __init__(
        self, ctx: AppContext, place_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        title = _("New place") if place_id is None else _("Edit place")
        super().__init__(title, parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.place_id = place_id
        self.saved_id: int | None = None
        self.name = QLineEdit(self)
        self.area = QLineEdit(self)
        self.area.setPlaceholderText(_("part of the district, e.g. Gärdet"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.latitude = QLineEdit(self)
        # Examples, not values: a bare number in the field read as one already filled in.
        self.latitude.setPlaceholderText(_("e.g. 59.3293"))
        self.longitude = QLineEdit(self)
        self.longitude.setPlaceholderText(_("e.g. 18.0686"))
        # Ticked by a click anywhere on the line; what is ticked is kept when another desk's
        # change is loaded (form_reload.Compound).
        self.groups = CheckList(self)
        roomy(self.groups)
        self.groups.setFixedHeight(110)
        self.groups.set_items(ctx.call(groups.group_names))
        self.add_row("name", _("Name"), self.name)
        self.add_row("area", _("Area"), self.area)
        self.add_row("description", _("Description"), self.description)
        self.add_row("latitude", _("Latitude"), self.latitude)
        self.add_row("longitude", _("Longitude"), self.longitude)
        self.add_row("group_ids", _("Linked groups"), self.groups)
        if place_id is not None:
            self.show_record(ctx.call(places.get_place, place_id))
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.name.setFocus()

    def read_record(self, shown: PlaceDetail) -> PlaceDetail:
        return self.ctx.call(places.get_place, shown.id)

    def fill(self, place: PlaceDetail) -> None:
        self.name.setText(place.name)
        self.area.setText(place.area or "")
        self.description.setPlainText(place.description or "")
        self.latitude.setText("" if place.latitude is None else str(place.latitude))
        self.longitude.setText("" if place.longitude is None else str(place.longitude))
        self.groups.set_values(place.group_ids)

    def save(self) -> None:
        data = PlaceInput(
            name=self.name.text(),
            area=self.area.text(),
            description=self.description.toPlainText(),
            latitude=places.read_coordinate(self.latitude.text(), "latitude"),
            longitude=places.read_coordinate(self.longitude.text(), "longitude"),
            group_ids=tuple(self.groups.values()),
            expected_version=self.record.version if self.record else None,
        )
        if self.place_id is None:
            self.saved_id = self.ctx.call(places.create_place, data)
        else:
            self.ctx.call(places.update_place, self.place_id, data)
            self.saved_id = self.place_id


def add_place(ctx: AppContext, parent: QWidget, name: str) -> int | None:
    """The places register's "New place" form opened from another form, ``name`` typed; the
    id saved."""
    dialog = PlaceDialog(ctx, parent=parent)
    saved: int | None = new_record(dialog, dialog.name, name, ctx, "walks")
    return saved


class PriorityDialog(FormDialog):
    """Prioritise the place for a year, with the reason from the situation picture."""

    def __init__(self, ctx: AppContext, place_id: int, parent: QWidget | None = None) -> None:
        super().__init__(_("Prioritise the place"), parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.place_id = place_id
        self.year = NumberField(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(_("Why this place this year (from the situation picture)"))
        self.add_row("year", _("Year"), self.year)
        self.add_row("reason", _("Reason"), self.reason)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.year.setFocus()

    def save(self) -> None:
        self.ctx.call(
            places.set_priority, self.place_id, self.year.value(), self.reason.toPlainText()
        )
