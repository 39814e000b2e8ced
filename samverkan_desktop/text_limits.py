"""The length a record's name may have: every register's ``name`` column is ``String(200)``.
Kept apart from the services' checks so that a form can stop the typing there without loading
the database layer."""

from __future__ import annotations

NAME_MAX_LENGTH = 200
