"""The tool bar of the training sessions, the same in Larm and in Kris och övningar: new, edit
and delete a session (Delete asks first), new and edit a course.

Both areas show one register, so the actions live here once: written twice, the areas had
asked different questions before deleting, only one knew the Delete key, and "Edit course…"
followed the chosen session in one area but not in the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services import training
from ui.context import AppContext
from ui.training.dialogs import CourseDialog, SessionDialog
from ui.widgets.operations import perform_confirmed, run_form

if TYPE_CHECKING:
    from ui.training.sessions import SessionsListPage

# The course a new session is of when neither the filter nor a chosen session tells.
DefaultCourse = Callable[[AppContext], int | None]

# One register shown in two areas: a change refreshes both.
CHANGES = ("crisis", "alarms")


def no_default_course(_ctx: AppContext) -> int | None:
    return None


class SessionActions:
    """The session and course actions of ``page``, added to its tool bar."""

    def __init__(self, page: SessionsListPage, default_course: DefaultCourse) -> None:
        self.page = page
        self.ctx = page.ctx
        self._default_course = default_course
        page.add_new_session_action(self.new_session)
        page.add_action(_("Edit session…"), self.edit_session, needs_selection=True)
        page.add_action(
            _("Delete session…"),
            self.delete_session,
            QKeySequence(QKeySequence.StandardKey.Delete),
            needs_selection=True,
        )
        page.toolbar.addSeparator()
        page.add_action(_("New course…"), self.new_course)
        self.edit_course_action = page.add_action(_("Edit course…"), self.edit_course)
        page.current_changed.connect(lambda _row: self._enable_edit_course())
        page.course_filter.currentIndexChanged.connect(lambda _i: self._enable_edit_course())
        self._enable_edit_course()
        page.activated.connect(lambda _row: self.edit_session())

    def course_id(self) -> int | None:
        """The course shown: the filter's, else the chosen session's."""
        chosen = self.page.course_filter.value()
        if chosen is not None:
            return int(chosen)
        row = self.page.current_row()
        return row.course_id if row is not None else None

    def _enable_edit_course(self) -> None:
        self.edit_course_action.setEnabled(self.course_id() is not None)

    def new_session(self) -> None:
        course_id = self.course_id()
        if course_id is None:
            course_id = self._default_course(self.ctx)
        dialog = SessionDialog(self.ctx, course_id=course_id, parent=self.page)
        if run_form(dialog, self.ctx, CHANGES) and dialog.saved_id is not None:
            self.page.show_id(dialog.saved_id)

    def edit_session(self) -> None:
        row = self.page.current_row()
        if row is not None:
            run_form(SessionDialog(self.ctx, row, parent=self.page), self.ctx, CHANGES)

    def delete_session(self) -> None:
        row = self.page.current_row()
        if row is None:
            return
        question = (
            _("Delete session"),
            _("Delete the {course} session of {date} and its attendance list?").format(
                course=row.course, date=iso_date(row.held_on)
            ),
            _("Delete"),
        )
        perform_confirmed(self.page, self.ctx, CHANGES, question, training.delete_session, row.id)

    def new_course(self) -> None:
        run_form(CourseDialog(self.ctx, parent=self.page), self.ctx, CHANGES)

    def edit_course(self) -> None:
        course_id = self.course_id()
        course = next((c for c in self.ctx.call(training.list_courses) if c.id == course_id), None)
        if course is not None:
            run_form(CourseDialog(self.ctx, course, self.page), self.ctx, CHANGES)
