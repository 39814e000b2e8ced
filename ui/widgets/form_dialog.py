"""A dialog with a form whose errors appear beside the field they concern.

The subclass builds rows with ``add_row(field, label, widget)`` (``new_column()`` starts a second
column for long forms) and implements ``save()`` calling a service; a DomainError keeps the
dialog open with everything typed, shows the message under the field named by the error (or at
the top) and puts the cursor there. ``error_text(field)`` reads what is shown under a field.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from ui.widgets.dialogs import button_box

ERROR_STYLE = "color: #b42318;"


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        ok_text: str | None = None,
        settings: QSettings | None = None,
        size: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._settings = settings
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.form = self._new_form()
        self.buttons = button_box(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if size is not None:
            self.resize(*size)  # the first time; later the size the user left it at
        if settings is not None:
            geometry = settings.value(self._geometry_key())
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)

    def _geometry_key(self) -> str:
        return f"dialogs/{type(self).__name__}/geometry"

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)  # the style's own spacing between rows is far too loose
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)  # rows keep their natural height; extra height stays below
        self.columns.addLayout(column, 1)
        return form

    def new_column(self) -> None:
        """Rows added from now on go into a new column to the right."""
        self.form = self._new_form()

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none): what the user reads there."""
        _widget, label = self._fields[field]
        return label.text() if not label.isHidden() else ""

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, container)
        self._fields[field] = (widget, error)
        return widget

    def clear_errors(self) -> None:
        self.general_error.hide()
        for _widget, label in self._fields.values():
            label.hide()

    def show_error(self, error: DomainError) -> None:
        self.clear_errors()
        target = self._fields.get(error.field or "")
        if target is None:
            self.general_error.setText(error.message)
            self.general_error.show()
            return
        widget, label = target
        label.setText(error.message)
        label.show()
        widget.setFocus()

    def save(self) -> None:
        """Store the form through a service; raise DomainError to keep the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except DomainError as error:
            self.show_error(error)
            return
        self._remember_geometry()
        super().accept()

    def reject(self) -> None:
        self._remember_geometry()
        super().reject()

    def _remember_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(self._geometry_key(), self.saveGeometry())
