"""Recording a walk: checklist answers per stop, observations, photos (both backends)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.models import ObservationCategory, Severity
from samverkan_desktop.services import (
    checklists,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.walk_records import AnswerInput, ObservationInput
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 20)


@pytest.fixture
def walk(db: Database) -> tuple[Database, int, int]:
    """A walk made at Tessinparken with one stop; returns (db, walk id, stop id)."""
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    template = db.call(checklists.default_template_id)
    walk_id = db.call(
        walk_editing.create_walk, WalkInput(place, DAY, checklist_template_id=template)
    )
    stop = db.call(walk_route.add_stop, walk_id, "Norra entrén")
    db.call(walk_steps.mark_walked, walk_id, DAY)
    return db, walk_id, stop


def test_nothing_is_recorded_before_the_walk_is_made(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    walk_id = db.call(walk_editing.create_walk, WalkInput(place, DAY))
    with pytest.raises(ConflictError, match="genomförd"):
        db.call(walk_records.add_observation, walk_id, ObservationInput("x", location="y"))


def test_answers_are_stored_per_stop_and_empty_ones_removed(walk) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    items = db.call(walk_records.get_checklist, walk_id).items
    db.call(
        walk_records.save_stop_answers,
        stop,
        [AnswerInput(items[0].id, 1, "Två lampor trasiga"), AnswerInput(items[1].id, 3)],
    )
    sheet = db.call(walk_records.get_checklist, walk_id)
    assert sheet.answer(stop, items[0].id).rating == 1  # type: ignore[union-attr]
    assert sheet.answer(stop, items[0].id).note == "Två lampor trasiga"  # type: ignore[union-attr]
    db.call(walk_records.save_stop_answers, stop, [AnswerInput(items[1].id, None, "  ")])
    sheet = db.call(walk_records.get_checklist, walk_id)
    assert sheet.answer(stop, items[1].id) is None
    assert sheet.stops[0].answer_count == 1


def test_a_rating_outside_0_to_3_is_refused_and_nothing_is_lost(walk) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    items = db.call(walk_records.get_checklist, walk_id).items
    db.call(walk_records.save_stop_answers, stop, [AnswerInput(items[0].id, 2)])
    with pytest.raises(ValidationError, match="från 0 till 3"):
        db.call(walk_records.save_stop_answers, stop, [AnswerInput(items[0].id, 4)])
    sheet = db.call(walk_records.get_checklist, walk_id)
    assert sheet.answer(stop, items[0].id).rating == 2  # type: ignore[union-attr]


def test_observations_need_a_description_and_a_place(walk) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    with pytest.raises(ValidationError) as error:
        db.call(walk_records.add_observation, walk_id, ObservationInput("  ", stop_id=stop))
    assert error.value.field == "description"
    with pytest.raises(ValidationError) as error:
        db.call(walk_records.add_observation, walk_id, ObservationInput("Mörkt"))
    assert error.value.field == "location"
    org = db.call(create_organisation, OrganisationInput("Trafikkontoret"))
    obs = db.call(
        walk_records.add_observation,
        walk_id,
        ObservationInput(
            "Belysningen vid trappan är trasig",
            stop_id=stop,
            location="Trappan mot Valhallavägen",
            category=ObservationCategory.LIGHTING,
            severity=Severity.HIGH,
            responsible_organisation_id=org,
        ),
    )
    row = db.call(walk_records.get_observation, obs)
    assert row.where == "Norra entrén (stopp 1) – Trappan mot Valhallavägen"
    assert row.responsible_organisation == "Trafikkontoret"
    assert row.severity is Severity.HIGH


def _jpeg(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, (40, 90, 160)).save(path, "JPEG", quality=80)
    return path


def test_a_photo_is_copied_with_a_scaled_copy_and_the_original_kept(walk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    obs = db.call(walk_records.add_observation, walk_id, ObservationInput("Klotter", stop_id=stop))
    source = _jpeg(tmp_path / "IMG_2041.JPG", (4000, 3000))
    photo_id = db.call(walk_records.add_photo, obs, source, "Muren mot lekplatsen")
    photo = db.call(walk_records.get_observation, obs).photos[0]
    assert photo.id == photo_id
    assert photo.file_name == "IMG_2041.JPG"
    assert (photo.width, photo.height) == (4000, 3000)
    assert photo.original_path.read_bytes() == source.read_bytes()
    with Image.open(photo.display_path) as shown:
        assert max(shown.size) == 1600
    source.unlink()  # the user's own file may go away: the copy stays
    assert photo.original_path.exists()
    with pytest.raises(RuntimeError), db.session() as session:
        walk_records.remove_photo(session, photo_id)
        raise RuntimeError("the unit of work fails after the removal")
    assert photo.original_path.exists()  # nothing committed: the record and its files stay
    db.call(walk_records.remove_photo, photo_id)
    assert not photo.display_path.exists() and not photo.original_path.exists()


def test_a_file_that_is_not_a_picture_is_refused_clearly(walk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    obs = db.call(walk_records.add_observation, walk_id, ObservationInput("Skräp", stop_id=stop))
    fake = tmp_path / "foto.jpg"
    fake.write_text("detta är ingen bild", encoding="utf-8")
    with pytest.raises(ValidationError, match="ingen bild"):
        db.call(walk_records.add_photo, obs, fake)
    heic = tmp_path / "IMG_1.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100)
    with pytest.raises(ValidationError, match="JPEG"):
        db.call(walk_records.add_photo, obs, heic)
    with pytest.raises(ValidationError, match="finns inte"):
        db.call(walk_records.add_photo, obs, tmp_path / "saknas.png")
    broken = tmp_path / "halv.jpg"
    broken.write_bytes(_jpeg(tmp_path / "hel.jpg", (800, 600)).read_bytes()[:400])
    with pytest.raises(ValidationError, match="skadad"):
        db.call(walk_records.add_photo, obs, broken)
    assert db.call(walk_records.get_observation, obs).photos == ()


def test_a_transparent_png_gets_a_white_background_in_the_display_copy(
    walk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    obs = db.call(walk_records.add_observation, walk_id, ObservationInput("Skylt", stop_id=stop))
    source = tmp_path / "skylt.png"
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(source)
    db.call(walk_records.add_photo, obs, source)
    photo = db.call(walk_records.get_observation, obs).photos[0]
    assert photo.image_format == "PNG"
    with Image.open(photo.display_path) as shown:
        assert shown.getpixel((10, 10)) == (255, 255, 255)


def test_deleting_an_observation_removes_its_photo_files(walk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, stop = walk
    obs = db.call(walk_records.add_observation, walk_id, ObservationInput("Klotter", stop_id=stop))
    db.call(walk_records.add_photo, obs, _jpeg(tmp_path / "a.jpg", (640, 480)))
    photo = db.call(walk_records.get_observation, obs).photos[0]
    db.call(walk_records.delete_observation, obs)
    assert db.call(walk_records.list_observations, walk_id) == []
    assert not photo.original_path.exists()


def test_the_summary_is_kept(walk) -> None:  # type: ignore[no-untyped-def]
    db, walk_id, _stop = walk
    db.call(walk_records.save_summary, walk_id, "  Tolv deltagare, mörkt i parken.  ")
    assert db.call(walk_reading.get_walk, walk_id).summary == "Tolv deltagare, mörkt i parken."
