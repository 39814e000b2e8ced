"""Photos attached to records: checked, copied into the data folder, and a scaled copy made for
display and printouts. The original is kept untouched beside it.

Pillow (already required by ReportLab) reads the file by its content, not its name, so a text
file renamed ``photo.jpg`` is refused with a clear message. No Qt here: the window, the printouts
and the command line share this.
"""

from __future__ import annotations

import shutil
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from samverkan_desktop import file_store
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

if TYPE_CHECKING:  # Pillow is loaded when a photo is first stored, not with the walks' area
    from PIL import Image

# Formats every part of the program can show and print.
ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "MPO"}
MAX_BYTES = 100 * 1024 * 1024
DISPLAY_EDGE = 1600  # the scaled copy's longest side, in pixels
DISPLAY_QUALITY = 85


@dataclass(frozen=True)
class StoredPhoto:
    original: str  # relative to the attachments folder
    display: str
    image_format: str
    width: int
    height: int
    byte_size: int


def _not_a_picture(source: Path) -> ValidationError:
    if source.suffix.lower() in {".heic", ".heif"}:
        return ValidationError(
            _(
                "“{name}” is an HEIC photo, which Samverkan cannot read. Save it as JPEG "
                "(on the phone: Settings › Camera › Formats › Most compatible) and attach it again."
            ).format(name=source.name),
            field="photo",
        )
    return ValidationError(
        _(
            "“{name}” is not a picture Samverkan can read. Attach a photo in JPEG, PNG, GIF, "
            "WebP, BMP or TIFF format."
        ).format(name=source.name),
        field="photo",
    )


def _check_source(source: Path) -> int:
    size = file_store.picked_size(source, "photo")
    if size == 0:
        raise ValidationError(
            _("“{name}” is empty (0 bytes).").format(name=source.name), field="photo"
        )
    if size > MAX_BYTES:
        raise ValidationError(
            _("“{name}” is {size} MB; a photo may be at most {limit} MB.").format(
                name=source.name, size=round(size / 1024 / 1024), limit=MAX_BYTES // 1024 // 1024
            ),
            field="photo",
        )
    return size


def store_photo(source: Path, root: Path, subfolder: str) -> StoredPhoto:
    """Copy ``source`` into ``root/subfolder`` and write a scaled JPEG copy beside it.

    Raises ValidationError (nothing written) for a missing, empty, oversized, damaged or
    non-picture file.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    size = _check_source(source)
    try:
        with warnings.catch_warnings():
            # A very large photo is fine: it is scaled below. Pillow's bomb check still refuses
            # absurd sizes with DecompressionBombError.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                image_format = image.format or ""
                if image_format not in ACCEPTED_FORMATS:
                    raise _not_a_picture(source)
                width, height = image.size
                image.draft("RGB", (DISPLAY_EDGE, DISPLAY_EDGE))  # fast path for big JPEGs
                display = ImageOps.exif_transpose(image)
                display.thumbnail((DISPLAY_EDGE, DISPLAY_EDGE))
                display = _flatten(display)
    except UnidentifiedImageError as error:
        raise _not_a_picture(source) from error
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("“{name}” has too many pixels to be read safely.").format(name=source.name),
            field="photo",
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("“{name}” is damaged or incomplete and cannot be read.").format(name=source.name),
            field="photo",
        ) from error

    stem = uuid.uuid4().hex
    suffix = source.suffix.lower() if source.suffix else "." + image_format.lower()
    original_rel = f"{subfolder}/{stem}{suffix}"
    display_rel = f"{subfolder}/{stem}-display.jpg"
    try:
        (root / subfolder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, root / original_rel)
        display.save(root / display_rel, "JPEG", quality=DISPLAY_QUALITY, optimize=True)
    except OSError as error:
        remove_stored(root, original_rel, display_rel)
        raise file_store.not_stored(source, error, "photo") from error
    return StoredPhoto(original_rel, display_rel, image_format, width, height, size)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for JPEG: transparency goes onto white, palettes and greys are expanded."""
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def remove_stored(root: Path, *relative: str) -> None:
    """Delete stored copies; a file already gone is not an error."""
    for rel in relative:
        (root / rel).unlink(missing_ok=True)
