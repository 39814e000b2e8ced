"""Step 3, recording what was seen: observations with photos, and the actions each raised."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import date_with_week, unbroken
from samverkan_desktop.i18n import _, pgettext
from samverkan_desktop.models import Severity
from samverkan_desktop.services import action_reading, walk_actions, walk_records
from samverkan_desktop.services.walk_actions import WalkActionRow
from samverkan_desktop.services.walk_records import ObservationRow
from samverkan_desktop.services.walk_rows import WalkDetail
from ui.actions.edit_undo import edit_with_undo, offer_undo_of_new
from ui.context import AppContext
from ui.walks.common import roomy
from ui.walks.observation_dialogs import ActionDialog, ActionFollowUpDialog, ObservationDialog
from ui.widgets.dialogs import ask_text, confirm, show_error
from ui.widgets.empty_text import EmptyText, button_named
from ui.widgets.file_dialogs import open_files
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.kept_together import last_two_kept
from ui.widgets.next_choice import choice_followed
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform, refused_before_asking
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column
from ui.widgets.wording import or_empty

PHOTO_FILTER = "*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.heic"
THUMB = QSize(150, 110)
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a photo's caption as saved ("" if none)


def observation_columns() -> list[Column[ObservationRow]]:
    """Widths as wanted; a narrower table narrows the widest so that what was seen, last,
    always shows (RecordTable), wrapped down to its widest word. Where, the category and who is
    responsible wrap rather than end in "…": they are what the list is scanned by. Too narrow
    for every column's words (1024 px), the photos' count and then the category go to the pane
    beside, whose title and photos say them; the words of the rest stay whole. What was seen
    lends where some of its room while that makes the rows shorter (RowsBalanced): a place
    stood on four lines beside a description on two."""
    return [
        Column(_("Where"), where_text, tooltip=lambda r: r.where, width=200, wrap=True),
        Column(
            _("Category"),
            lambda r: r.category,
            tooltip=lambda r: _(r.category.label),
            width=165,
            wrap=True,
            aside=2,
        ),
        # A short title ("Allvarlighet"; the dialog's field says "Allvarlighetsgrad"), the
        # column as wide as it: at 125 px the title read "Allvarlighets…" even at 1366. Its
        # words wrap (none do): squeezed, it keeps its one-word title whole ("Allvarli…").
        Column(
            _("How serious"),
            lambda r: r.severity,
            colour=lambda r: WARNING_COLOUR if r.severity.value == "high" else None,
            # Low, medium, high (by its text: "Hög" came before "Låg" and "Medel").
            sort_key=lambda r: list(Severity).index(r.severity),
            wrap=True,
        ),
        Column(
            _("Responsible"),
            lambda r: r.responsible_organisation,
            tooltip=lambda r: r.responsible_organisation,
            width=165,
            wrap=True,
        ),
        Column(_("Photos"), lambda r: len(r.photos), align_right=True, width=55, aside=1),
        # The text read, the longest by far: the others give it their room over their widest
        # words (at 1024 px it had 124 px, eight lines, beside a place with room to spare).
        Column(
            _("What was seen"),
            lambda r: r.description,
            tooltip=lambda r: r.description,
            wrap=True,
            takes_spare_room=True,
        ),
    ]


def where_text(row: ObservationRow) -> str:
    """Where, as the list shows it: a stop's number kept beside its word ("(stopp 1)"), which
    a place wrapped in a narrow column left alone on a line as "1)"."""
    stop = last_two_kept(row.stop) if row.stop else None
    return " – ".join(part for part in (stop, row.location) if part)


def action_text(action: WalkActionRow, today: dt.date) -> str:
    # As the Actions list writes a due date ("2027-01-04 (v. 1)"), held together: a line that
    # wraps broke it as "(v." / "53)".
    due = unbroken(or_empty(date_with_week(action.due_on)))
    status = _(action.status.label)
    if action.is_overdue(today):
        status += " · " + _("overdue")
    text = f"{action.title} — {action.responsible or _('not named')} · {due} · {status}"
    if action.latest_note:
        text += f"\n    {action.latest_note}"
    return text


def action_item(action: WalkActionRow, today: dt.date, items: QListWidget) -> QListWidgetItem:
    """An action's line in ``items``, holding the action; red when overdue, here and on
    Uppföljning alike (its "Öppen · försenad" stood in black there)."""
    item = QListWidgetItem(action_text(action, today), items)
    item.setData(Qt.ItemDataRole.UserRole, action)
    if action.is_overdue(today):
        item.setForeground(WARNING_COLOUR)
    return item


class ObservationsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.walk: WalkDetail | None = None
        self.hint = muted("", self)
        self.table: RecordTable[ObservationRow] = RecordTable(
            observation_columns(), self, aside_cramped=True
        )
        self.table.setObjectName("observations")
        self.table.set_empty_text(_("No observations recorded for this walk yet."))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # route order, as listed
        self.model = self.table.rows_model
        self.proxy = self.table.proxy
        self.table.activated.connect(lambda _row: self.edit_observation())
        self.table.current_changed.connect(lambda _row: self._show_current())

        self.new_button = QPushButton(_("New observation…"), self)
        self.new_button.clicked.connect(self.new_observation)
        self.edit_button = QPushButton(_("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_observation)
        self.delete_button = QPushButton(_("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_observation)
        back_to_list(self.delete_button, self.table, self.new_button)
        # Observations come many at a time after a walk: Ctrl+N for the next, Delete in the list.
        for owner, button, text, key, context in (
            (
                self,
                self.new_button,
                _("New observation…"),
                "Ctrl+N",
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
            (
                self.table,
                self.delete_button,
                _("Delete observation"),
                "Del",
                Qt.ShortcutContext.WidgetShortcut,
            ),
        ):
            action = QAction(text, owner)  # named: listed in Hjälp ▸ Kortkommandon
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(context)
            action.triggered.connect(lambda _checked=False, b=button: self._press(b))
            owner.addAction(action)
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({shown})")

        self.detail_title = heading("", self)
        self.detail_title.setWordWrap(True)  # a long one would hold the table narrow
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos = QListWidget(self)
        self.photos.setObjectName("photos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMaximumHeight(THUMB.height() + 44)
        # The photos give way first where the pane is low (they scroll), the actions' list
        # keeping its usual least height: at 900 × 700 the pane was 5 px short, and its three
        # tallest items gave them, the title's first line cut at the top (more so under a tab
        # row on two lines).
        self.photos.setMinimumHeight(THUMB.height() // 4)
        self.attach_button = QPushButton(_("Attach photo…"), self)
        # Not connected directly: the click's "checked" flag would land in ``path`` (False) and
        # the button did nothing.
        self.attach_button.clicked.connect(lambda _checked=False: self.attach_photo())
        self.remove_photo_button = QPushButton(_("Remove photo…"), self)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        back_to_list(self.remove_photo_button, self.photos, self.attach_button)
        # The report and the letters print the caption under the photo (a photo without one
        # stands bare): double-click a photo, or choose it and "Caption…".
        self.caption_button = QPushButton(_("Caption…"), self)
        self.caption_button.setToolTip(_("What the photo shows, printed under it"))
        self.caption_button.clicked.connect(self.edit_caption)
        self.photos.itemActivated.connect(lambda _item: self.edit_caption())
        # An observation without photos said nothing in a blank box: name the button that adds
        # the first (none while no observation is chosen: the button is grey then).
        self.no_photos = EmptyText(self.photos, self.photos.model())
        self.photos.currentItemChanged.connect(lambda *_items: self._photo_chosen())
        self.actions_list = roomy(QListWidget(self))
        self.actions_list.setObjectName("observationActions")
        self.actions_list.setWordWrap(True)
        self.raise_button = QPushButton(_("Raise action…"), self)
        self.raise_button.clicked.connect(self.raise_action)
        self.follow_button = QPushButton(_("Follow up…"), self)
        self.follow_button.setToolTip(_("Change the status or add a dated note"))
        self.follow_button.clicked.connect(self.follow_up_action)
        # The form of Åtgärder: a due date agreed at the closing meeting is changed here.
        self.edit_action_button = QPushButton(pgettext("action", "Edit…"), self)
        self.edit_action_button.setToolTip(_("Change what is to be done, who does it and by when"))
        self.edit_action_button.clicked.connect(self.edit_action)
        self.actions_list.currentItemChanged.connect(lambda *_items: self._action_chosen())
        self.actions_list.itemActivated.connect(lambda _item: self.follow_up_action())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.description)
        right_layout.addWidget(heading(_("Photos"), self))
        right_layout.addWidget(self.photos)
        # Wrapping when the pane is narrow: on one line they held it 287 px wide, and at
        # 1024 px the observations beside it broke their words ("Österm-alms sta-dsdelsfö-…").
        photo_buttons = FlowLayout()
        photo_buttons.addWidget(self.attach_button)
        photo_buttons.addWidget(self.caption_button)
        photo_buttons.addWidget(self.remove_photo_button)
        right_layout.addLayout(photo_buttons)
        right_layout.addWidget(heading(_("Actions"), self))
        right_layout.addWidget(self.actions_list, 1)
        # Wrapping as the photos' buttons do: three fill the pane at 1024 px.
        action_buttons = FlowLayout()
        action_buttons.addWidget(self.raise_button)
        action_buttons.addWidget(self.follow_button)
        action_buttons.addWidget(self.edit_action_button)
        right_layout.addLayout(action_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The table needs two thirds for its six columns to show at 1280 px (the last one, what
        # was seen, among them); the chosen observation's photos and actions take a third.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.notice = NoticeBar(self)  # what was just done to an action, with Undo
        layout.addWidget(self.notice)

    @staticmethod
    def _press(button: QPushButton) -> None:
        if button.isEnabled():  # the key does what the button may do now
            button.click()

    # --- showing ---------------------------------------------------------------------------

    def show_walk(self, walk: WalkDetail) -> None:
        same_walk = self.walk is not None and self.walk.id == walk.id
        self.walk = walk
        rows = self.ctx.call(walk_records.list_observations, walk.id)
        self._actions = self.ctx.call(walk_actions.list_for_walk, walk.id)
        # The same walk keeps its observation chosen (one deleted: the one in its place).
        # Another walk's observations: the columns fit its own texts.
        self.table.set_rows(rows, refit=not same_walk)
        self.hint.setText(_("Mark the walk as walked to record observations."))
        self.hint.setVisible(not walk.is_walked)
        self.new_button.setEnabled(walk.is_walked)
        if self.table.current_row() is None and rows:
            self.table.selectRow(0)
        self._show_current()

    def select(self, observation_id: int) -> None:
        self.table.select_id(observation_id)

    def current(self) -> ObservationRow | None:
        return self.table.current_row()

    def _show_current(self) -> None:
        obs = self.current()
        self._action_chosen()
        for widget in (
            self.edit_button,
            self.delete_button,
            self.attach_button,
            self.raise_button,
        ):
            widget.setEnabled(obs is not None)
        self.detail_title.setText(
            f"{_(obs.category.label)} – {obs.where}" if obs else _("No observation chosen")
        )
        self.description.setText(obs.description if obs else "")
        self._show_photos(obs)
        self.no_photos.set_text(
            _("No photos yet. {button} below adds one.").format(
                button=button_named(self.attach_button.text())
            )
            if obs is not None
            else ""
        )
        # The action chosen stays chosen when the walk is shown anew (after "Ändra…" or "Följ
        # upp…" saved it): its buttons went grey, and it had to be found and clicked again.
        chosen = self.chosen_action()
        self.actions_list.clear()
        if obs is None:
            return
        today = clock.today()
        for action in self._actions:
            if action.observation_id == obs.id:
                item = action_item(action, today, self.actions_list)
                if chosen is not None and action.id == chosen.id:
                    self.actions_list.setCurrentItem(item)
        if not self.actions_list.count():
            QListWidgetItem(_("No action raised yet."), self.actions_list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def _show_photos(self, obs: ObservationRow | None) -> None:
        # The same observation's photo stays chosen (its caption edited); one removed, the
        # next (or the one before the last) is chosen, as in every list: none was chosen,
        # and "Ta bort foto…" and "Bildtext…" went grey.
        with choice_followed(self.photos):
            self.photos.clear()
            for photo in obs.photos if obs is not None else ():
                pixmap = QPixmap(str(photo.display_path))
                icon = QIcon(
                    pixmap.scaled(
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                # Without a caption nothing is printed under the photo: say so, not its file name.
                item = QListWidgetItem(icon, photo.caption or _("No caption"), self.photos)
                if not photo.caption:
                    item.setForeground(MUTED_COLOUR)
                item.setData(Qt.ItemDataRole.UserRole, photo.id)
                item.setData(CAPTION_ROLE, photo.caption or "")
                item.setToolTip(
                    _("{name}, {width}×{height} px; the original is kept.").format(
                        name=photo.file_name, width=photo.width, height=photo.height
                    )
                )
        self._photo_chosen()

    # --- actions ---------------------------------------------------------------------------

    def new_observation(self) -> None:
        if self.walk is None:
            return
        dialog = ObservationDialog(self.ctx, self.walk.id, parent=self)
        if dialog.exec():
            self.ctx.bus.announce("walks")
            if dialog.saved_id is not None:
                self.select(dialog.saved_id)

    def edit_observation(self) -> None:
        obs = self.current()
        if (
            obs is not None
            and self.walk is not None
            and ObservationDialog(self.ctx, self.walk.id, obs, parent=self).exec()
        ):
            self.ctx.bus.announce("walks")

    def delete_observation(self) -> None:
        obs = self.current()
        if obs is None or refused_before_asking(
            self, self.ctx, "walks", walk_records.check_observation_deletable, obs.id
        ):
            return
        if confirm(
            self,
            _("Delete observation"),
            _("Delete the observation “{text}” and its photos?").format(text=obs.description[:60]),
            _("Delete"),
        ):
            perform(self, self.ctx, "walks", walk_records.delete_observation, obs.id)

    def _photo_chosen(self) -> None:
        chosen = self.photos.currentItem() is not None
        self.remove_photo_button.setEnabled(chosen)
        self.caption_button.setEnabled(chosen)

    def attach_photo(self, path: str | None = None) -> None:
        """Attach a photo, or the photos chosen at once (a walk's photos come in a batch)."""
        obs = self.current()
        if obs is None:
            return
        if path is not None:
            paths = [Path(path)]
        else:
            paths = open_files(
                self,
                _("Attach photos"),
                Path.home(),
                _("Photos ({patterns});;All files (*)").format(patterns=PHOTO_FILTER),
            )
        for chosen in paths:
            if not perform(self, self.ctx, "walks", walk_records.add_photo, obs.id, chosen):
                break  # said why; the photos before it are attached

    def edit_caption(self) -> None:
        item = self.photos.currentItem()
        if item is None:
            return
        text = ask_text(
            self,
            _("Photo caption"),
            _("What the photo shows (printed under it in the report and the letters):"),
            item.data(CAPTION_ROLE) or "",
            walk_records.CAPTION_MAX_LENGTH,  # typing stops there: nothing cut after OK
        )
        if text is not None:
            perform(
                self,
                self.ctx,
                "walks",
                walk_records.set_photo_caption,
                item.data(Qt.ItemDataRole.UserRole),
                text,
            )

    def remove_photo(self) -> None:
        item = self.photos.currentItem()
        if item is not None and confirm(
            self,
            _("Remove photo"),
            _("Remove the photo “{name}”?").format(name=item.text()),
            _("Remove"),
        ):
            perform(
                self,
                self.ctx,
                "walks",
                walk_records.remove_photo,
                item.data(Qt.ItemDataRole.UserRole),
            )

    def chosen_action(self) -> WalkActionRow | None:
        item = self.actions_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _action_chosen(self) -> None:
        for button in (self.follow_button, self.edit_action_button):
            button.setEnabled(self.chosen_action() is not None)

    def follow_up_action(self) -> None:
        action = self.chosen_action()
        if action is not None and ActionFollowUpDialog(self.ctx, action, parent=self).exec():
            self.ctx.bus.announce("walks", "actions")

    def edit_action(self) -> None:
        """The action's what, who and by when in the form of Åtgärder, as saved now; a save
        after another desk changed it is refused there, naming what they changed. Saved, the
        notice under the tab offers Undo, as Åtgärder does."""
        chosen = self.chosen_action()
        if chosen is None:
            return
        try:
            action = self.ctx.call(action_reading.get_action, chosen.id)
        except DomainError as error:  # deleted meanwhile: said, and the walk shown anew
            show_error(self, error)
            self.ctx.bus.announce("walks")
            return
        edit_with_undo(self, self.ctx, action, ("walks", "actions", "overview"), self.notice)

    def raise_action(self) -> None:
        obs = self.current()
        if obs is None:
            return
        dialog = ActionDialog(self.ctx, obs, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            changes = ("walks", "actions", "overview")
            self.ctx.bus.announce(*changes)
            offer_undo_of_new(self, self.ctx, dialog.saved_id, changes, self.notice)
