"""What a walk found: checklist answers per stop (0–3 with a note), observations with photos,
and the written summary. Recorded once the walk has been made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import true, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from samverkan_desktop import file_store, photos
from samverkan_desktop.errors import ConflictError, InUseError, StaleRecordError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    ChecklistAnswer,
    Observation,
    ObservationCategory,
    ObservationPhoto,
    Organisation,
    RouteStop,
    Severity,
    Walk,
    WalkChecklistItem,
)
from samverkan_desktop.models.checklists import RATING_MAX, RATING_MIN
from samverkan_desktop.paths import attachments_dir
from samverkan_desktop.services import walk_actions
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    fitted_file_name,
    get_or_raise,
    optional_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.services.walk_reading import get_walk_model
from samverkan_desktop.services.walk_route import StopRow, list_stops
from samverkan_desktop.services.walk_rows import WALKED_STEPS

LOCATION_MAX_LENGTH = column_length(Observation.location)  # the "Where exactly" field stops here


@dataclass(frozen=True)
class ChecklistItemRow:
    id: int
    position: int
    code: str
    title: str
    guidance: str | None


@dataclass(frozen=True)
class AnswerRow:
    stop_id: int
    item_id: int
    rating: int | None
    note: str | None


@dataclass(frozen=True)
class AnswerInput:
    item_id: int
    rating: int | None
    note: str | None = None


@dataclass(frozen=True)
class StopAnswers:
    """One stop's answers as read, with the version a save of them goes against."""

    stop_id: int
    version: int
    answers: tuple[AnswerRow, ...]

    def answer(self, item_id: int) -> AnswerRow | None:
        return next((a for a in self.answers if a.item_id == item_id), None)


@dataclass(frozen=True)
class ChecklistSheet:
    """A walk's checklist: its own copy of the points, the stops and what was answered."""

    name: str | None
    items: tuple[ChecklistItemRow, ...]
    stops: tuple[StopRow, ...]
    answers: tuple[AnswerRow, ...]
    versions: tuple[tuple[int, int], ...] = ()  # (stop id, its answers' version)

    def answer(self, stop_id: int, item_id: int) -> AnswerRow | None:
        for answer in self.answers:
            if answer.stop_id == stop_id and answer.item_id == item_id:
                return answer
        return None

    def stop_answers(self, stop_id: int) -> StopAnswers:
        """The stop's answers and their version, to save against (0: the stop is not here)."""
        version = dict(self.versions).get(stop_id, 0)
        return StopAnswers(stop_id, version, tuple(a for a in self.answers if a.stop_id == stop_id))


@dataclass(frozen=True)
class ObservationInput:
    description: str
    stop_id: int | None = None
    location: str | None = None
    category: ObservationCategory = ObservationCategory.OTHER
    severity: Severity = Severity.MEDIUM
    responsible_organisation_id: int | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class PhotoRow:
    id: int
    file_name: str
    caption: str | None
    display_path: Path
    original_path: Path
    width: int
    height: int
    image_format: str
    byte_size: int


@dataclass(frozen=True)
class ObservationRow:
    id: int
    walk_id: int
    stop_id: int | None
    stop: str | None  # "Mittstråket (stopp 3)"
    location: str | None
    category: ObservationCategory
    description: str
    severity: Severity
    responsible_organisation_id: int | None
    responsible_organisation: str | None
    photos: tuple[PhotoRow, ...]
    version: int

    @property
    def where(self) -> str:
        return " – ".join(part for part in (self.stop, self.location) if part)

    def to_input(self) -> ObservationInput:
        return ObservationInput(
            self.description,
            self.stop_id,
            self.location,
            self.category,
            self.severity,
            self.responsible_organisation_id,
        )


def _require_walked(walk: Walk) -> None:
    if walk.status not in WALKED_STEPS:
        raise ConflictError(
            _(
                "The walk has not been marked as walked yet. Mark it as walked, then record "
                "what was found."
            )
        )


# --- checklist answers ----------------------------------------------------------------------


def get_checklist(session: Session, walk_id: int) -> ChecklistSheet:
    walk = get_walk_model(session, walk_id)
    stops = list_stops(session, walk_id)
    answers = [
        AnswerRow(a.stop_id, a.item_id, a.rating, a.note)
        for stop in walk.stops
        for a in stop.answers
    ]
    return ChecklistSheet(
        walk.checklist_name,
        tuple(
            ChecklistItemRow(i.id, i.position, i.code, i.title, i.guidance)
            for i in walk.checklist_items
        ),
        tuple(stops),
        tuple(answers),
        tuple((stop.id, stop.answers_version) for stop in walk.stops),
    )


def _answers_changed_elsewhere(stop: RouteStop) -> StaleRecordError:
    label = f"{stop.position}. {stop.name}"
    return StaleRecordError(
        _(
            "Someone else saved the answers for “{stop}” while you were typing, so yours were "
            "not saved."
        ).format(stop=label)
    )


def _move_answers_version(session: Session, stop: RouteStop, expected: int | None) -> int:
    """Refuse when the stop's answers were saved since they were shown (``expected``; None: not
    checked, e.g. scripts), else move their version; returns the new one. One guarded UPDATE,
    which on PostgreSQL waits for another desk's save of the same stop and then finds the
    version moved."""
    if expected is not None and stop.answers_version != expected:
        raise _answers_changed_elsewhere(stop)
    # Without a version only moved: another desk's save meanwhile is not refused.
    guard = true() if expected is None else RouteStop.answers_version == expected
    moved = session.execute(
        update(RouteStop)
        .where(RouteStop.id == stop.id, guard)
        .values(answers_version=RouteStop.answers_version + 1)
        .returning(RouteStop.answers_version)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if moved is None:
        raise _answers_changed_elsewhere(stop)
    set_committed_value(stop, "answers_version", moved)
    return moved


def save_stop_answers(
    session: Session,
    stop_id: int,
    answers: Sequence[AnswerInput],
    expected_version: int | None = None,
) -> int:
    """Store the ratings and notes for one stop; an empty answer (no rating, no note) is removed.
    ``expected_version``: the stop's answers' version as the form showed them (refused when
    another desk saved them meanwhile). Returns their new version."""
    stop = get_or_raise(session, RouteStop, stop_id, _("The stop no longer exists."))
    _require_walked(stop.walk)
    items = {i.id: i for i in stop.walk.checklist_items}
    # Read before the version moves: two desks saving at the same moment without a version
    # (scripts) then clash on the answers' unique index, not overwrite unseen.
    existing = {a.item_id: a for a in stop.answers}
    version = _move_answers_version(session, stop, expected_version)
    for answer in answers:
        item = items.get(answer.item_id)
        if item is None:
            raise ValidationError(_("The checklist point does not belong to this walk."))
        if answer.rating is not None and not RATING_MIN <= answer.rating <= RATING_MAX:
            raise ValidationError(
                _("“{item}”: the rating must be from {low} to {high}.").format(
                    item=item.title, low=RATING_MIN, high=RATING_MAX
                ),
                field=f"rating:{item.id}",
            )
        # Typed in a one-line field beside the rating, printed in one table cell: a pasted line
        # break is a space, as it looks there.
        note = clean(answer.note, one_line=True)
        row = existing.get(item.id)
        if answer.rating is None and note is None:
            if row is not None:
                stop.answers.remove(row)
            continue
        if row is None:
            row = ChecklistAnswer(item_id=item.id)
            stop.answers.append(row)
        row.rating = answer.rating
        row.note = note
    session.flush()
    return version


# --- observations ---------------------------------------------------------------------------


def _photo_row(photo: ObservationPhoto, root: Path) -> PhotoRow:
    return PhotoRow(
        photo.id,
        photo.file_name,
        photo.caption,
        root / photo.display_path,
        root / photo.original_path,
        photo.width,
        photo.height,
        photo.image_format,
        photo.byte_size,
    )


def _observation_row(observation: Observation, root: Path) -> ObservationRow:
    stop = observation.stop
    organisation = observation.responsible_organisation
    return ObservationRow(
        id=observation.id,
        walk_id=observation.walk_id,
        stop_id=observation.stop_id,
        stop=_("{name} (stop {number})").format(name=stop.name, number=stop.position)
        if stop
        else None,
        location=observation.location,
        category=observation.category,
        description=observation.description,
        severity=observation.severity,
        responsible_organisation_id=observation.responsible_organisation_id,
        responsible_organisation=organisation.name if organisation else None,
        photos=tuple(_photo_row(p, root) for p in observation.photos),
        version=observation.version,
    )


def list_observations(session: Session, walk_id: int) -> list[ObservationRow]:
    walk = get_walk_model(session, walk_id)
    root = attachments_dir()
    order = {s.id: s.position for s in walk.stops}
    observations = sorted(
        walk.observations, key=lambda o: (order.get(o.stop_id or 0, 10_000), o.id)
    )
    return [_observation_row(o, root) for o in observations]


def _get_observation(session: Session, observation_id: int) -> Observation:
    return get_or_raise(
        session, Observation, observation_id, _("The observation no longer exists.")
    )


def get_observation(session: Session, observation_id: int) -> ObservationRow:
    return _observation_row(_get_observation(session, observation_id), attachments_dir())


def _apply_observation(
    session: Session, walk: Walk, obs: Observation, data: ObservationInput
) -> None:
    description = clean(data.description)
    if description is None:
        raise ValidationError(_("Describe what was observed."), field="description")
    # Named as the form's field: "Plats" read as the walk's place, not the spot within it.
    location = optional_text(data.location, "location", _("Where exactly"), LOCATION_MAX_LENGTH)
    if data.stop_id is None and location is None:
        raise ValidationError(
            _("Say where: choose a stop on the route or describe the place."), field="location"
        )
    if data.stop_id is not None and all(s.id != data.stop_id for s in walk.stops):
        raise ValidationError(_("The chosen stop is not on this walk's route."), field="stop_id")
    organisation_id = data.responsible_organisation_id
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise ValidationError(
            _("The chosen organisation no longer exists."), field="responsible_organisation_id"
        )
    obs.description = description
    obs.location = location
    obs.stop_id = data.stop_id
    obs.category = data.category
    obs.severity = data.severity
    obs.responsible_organisation_id = organisation_id


def add_observation(session: Session, walk_id: int, data: ObservationInput) -> int:
    walk = get_walk_model(session, walk_id)
    _require_walked(walk)
    observation = Observation(walk_id=walk.id)
    _apply_observation(session, walk, observation, data)
    session.add(observation)
    session.flush()
    return observation.id


def update_observation(session: Session, observation_id: int, data: ObservationInput) -> int:
    """Change what was recorded; returns the new row version."""
    observation = _get_observation(session, observation_id)
    check_version(observation, data.expected_version)
    _apply_observation(session, observation.walk, observation, data)
    session.flush()
    return observation.version


def check_observation_deletable(session: Session, observation_id: int) -> None:
    """Refuse, with the reason, to delete an observation that raised actions: asked before the
    user is asked to confirm, and again when deleting."""
    _get_observation(session, observation_id)
    actions = len(walk_actions.list_for_observation(session, observation_id))
    if actions:
        raise InUseError(
            ngettext(
                "The observation raised {count} action; it cannot be deleted. Reject the "
                "action instead if it is not to be done.",
                "The observation raised {count} actions; it cannot be deleted. Reject the "
                "actions instead if they are not to be done.",
                actions,
            ).format(count=actions)
        )


def delete_observation(session: Session, observation_id: int) -> None:
    """Delete an observation recorded by mistake; one that raised actions stays."""
    observation = _get_observation(session, observation_id)
    check_observation_deletable(session, observation_id)
    files = [path for p in observation.photos for path in (p.original_path, p.display_path)]
    session.delete(observation)
    session.flush()
    file_store.remove_after_commit(session, attachments_dir(), *files)


# --- photos ---------------------------------------------------------------------------------

CAPTION_MAX_LENGTH = 300  # the column's String(300); the caption field stops here too


def _caption(value: str | None) -> str | None:
    """A caption as typed, or refused when too long: cutting it would drop words unseen."""
    cleaned = clean(value, one_line=True)  # typed on one line, printed on one line
    if cleaned is not None and len(cleaned) > CAPTION_MAX_LENGTH:
        raise ValidationError(
            _("The caption is too long: at most {count} characters.").format(
                count=CAPTION_MAX_LENGTH
            ),
            field="caption",
        )
    return cleaned


def add_photo(
    session: Session, observation_id: int, source: Path, caption: str | None = None
) -> int:
    """Copy a photo into the data folder (original kept, scaled copy for display)."""
    caption = _caption(caption)  # before the copy: a refused photo leaves no file behind
    observation = _get_observation(session, observation_id)
    root = attachments_dir()
    stored = photos.store_photo(Path(source), root, f"walks/{observation.walk_id}")
    photo = ObservationPhoto(
        file_name=fitted_file_name(Path(source).name, ObservationPhoto.file_name),
        original_path=stored.original,
        display_path=stored.display,
        image_format=stored.image_format,
        width=stored.width,
        height=stored.height,
        byte_size=stored.byte_size,
        caption=caption,
    )
    observation.photos.append(photo)
    try:
        session.flush()
    except Exception:
        photos.remove_stored(root, stored.original, stored.display)
        raise
    return photo.id


def set_photo_caption(session: Session, photo_id: int, caption: str | None) -> None:
    photo = get_or_raise(session, ObservationPhoto, photo_id, _("The photo no longer exists."))
    photo.caption = _caption(caption)
    session.flush()


def remove_photo(session: Session, photo_id: int) -> None:
    photo = get_or_raise(session, ObservationPhoto, photo_id, _("The photo no longer exists."))
    files = (photo.original_path, photo.display_path)
    session.delete(photo)
    session.flush()
    file_store.remove_after_commit(session, attachments_dir(), *files)


# --- summary --------------------------------------------------------------------------------


def save_summary(
    session: Session, walk_id: int, summary: str | None, expected_version: int | None = None
) -> int:
    """The walk's summary; ``expected_version``: the walk as the tab showed it (refused when
    another desk saved the walk meanwhile). Returns the walk's new row version."""
    return _save_walked_text(session, walk_id, "summary", summary, expected_version)


def save_closing_notes(
    session: Session, walk_id: int, notes: str | None, expected_version: int | None = None
) -> int:
    """The closing meeting's notes written before the meeting is recorded (its date, with
    walk_steps.record_closing_meeting, takes the walk a step on; these notes do not): kept as
    they were typed, as the summary is. Returns the walk's new row version."""
    return _save_walked_text(session, walk_id, "closing_meeting_notes", notes, expected_version)


def save_closing_draft(
    session: Session,
    walk_id: int,
    held_on: dt.date | None,
    notes: str | None,
    expected_version: int | None = None,
) -> int:
    """The closing meeting's date and notes written before it is recorded, both kept as
    written (the date is checked when the meeting is recorded, with
    walk_steps.record_closing_meeting). Returns the walk's new row version."""
    walk = _walked_walk(session, walk_id, expected_version)
    walk.closing_meeting_draft_on = held_on
    walk.closing_meeting_notes = clean(notes)
    session.flush()
    return walk.version


def _walked_walk(session: Session, walk_id: int, expected_version: int | None) -> Walk:
    """A walk to write what was found on it, checked against the version the tab showed."""
    walk = get_walk_model(session, walk_id)
    check_version(walk, expected_version)
    _require_walked(walk)
    return walk


def _save_walked_text(
    session: Session, walk_id: int, name: str, text: str | None, expected_version: int | None
) -> int:
    """One of a walked walk's texts (``name``: its attribute), checked against the version the
    tab showed; the walk's new row version."""
    walk = _walked_walk(session, walk_id, expected_version)
    setattr(walk, name, clean(text))
    session.flush()
    return walk.version


def checklist_item(session: Session, item_id: int) -> ChecklistItemRow:
    item = get_or_raise(
        session, WalkChecklistItem, item_id, _("The checklist point no longer exists.")
    )
    return ChecklistItemRow(item.id, item.position, item.code, item.title, item.guidance)
