"""Who lacks which training: each person's gaps together, by name then course, under their role
(before, the names alternated course by course: Elsa, Peter, Elsa, Peter ...)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.services import crisis_org, training, training_gaps
from tests.core.crisis_data import person


def test_each_persons_gaps_are_listed_together(db: Database) -> None:
    with db.session() as session:
        role = crisis_org.create_role(session, crisis_org.RoleInput("Krisstödjare"))
        for name in ("Peter Nyström", "Elsa Holmgren"):
            crisis_org.add_member(session, role, person(session, name))
        courses = [
            training.create_course(session, training.CourseInput(name, 36))
            for name in ("Krisstöd del 2", "Krisstöd del 1")
        ]
        training_gaps.set_role_requirements(session, role, courses)
        gaps = training_gaps.training_gaps(session, dt.date(2026, 12, 1))
        assert [(g.name, g.course) for g in gaps] == [
            ("Elsa Holmgren", "Krisstöd del 1"),
            ("Elsa Holmgren", "Krisstöd del 2"),
            ("Peter Nyström", "Krisstöd del 1"),
            ("Peter Nyström", "Krisstöd del 2"),
        ]
