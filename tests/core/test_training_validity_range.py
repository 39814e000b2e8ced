"""A course's validity above 20 years is refused by the service, as the window refuses it,
naming the field and the range; before, a script could store 300 months."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import training
from samverkan_desktop.services.training import CourseInput


def test_a_validity_past_240_months_is_refused(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as refused:
        training.create_course(s, CourseInput("Hot och våld i hemmet", 300))
    assert refused.value.message == "Giltighetstid: 1–240 månader, inte 300."
    assert refused.value.field == "validity_months"
    with db.session() as s:
        course_id = training.create_course(s, CourseInput("Hot och våld i hemmet", 240))
    with db.session() as s:
        assert training.get_course(s, course_id).validity_months == 240
