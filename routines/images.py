"""The one pipeline every uploaded exercise illustration goes through.

prepare_illustration() judges the bytes themselves (never the file name or the browser's content type),
refuses anything that is not a sound JPEG, PNG or WebP within the limits, and returns a clean re-encoded
picture and a thumbnail, in memory, under a random name. Nothing is written until the admin saves the
exercise with them (use_illustration), and the files an exercise no longer uses are deleted once the
change is committed (delete_after_commit).
"""

import io
import struct
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
MAX_SIDE = 1600
THUMBNAIL_SIDE = 320

# Pillow's name for the decoded format -> the format we write and the file extension. Phones often save
# JPEGs as MPO (a JPEG with extra pictures appended); only its first picture is kept.
OUTPUT_FORMATS = {
    "JPEG": ("JPEG", "jpg"),
    "MPO": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
}
# Only these decoders ever see an upload, so a file is never handed to a parser we do not need.
DECODERS = ["JPEG", "PNG", "WEBP"]
ENCODER_OPTIONS = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {}, "WEBP": {"quality": 85}}
# Malformed files make Pillow raise a handful of exception types; all of them mean "not a sound picture".
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error)

TOO_MANY_PIXELS = (
    f"The picture has more than {MAX_PIXELS // 1_000_000} megapixels. Resize it before uploading."
)
NOT_A_PICTURE = "This file is not a JPEG, PNG or WebP picture. Upload one of those."
DAMAGED = "The picture is damaged or incomplete (the file may have been cut short). Export it again."


@dataclass(frozen=True)
class PreparedIllustration:
    image: ContentFile
    thumbnail: ContentFile


def prepare_illustration(upload):
    """Check an uploaded file and return a PreparedIllustration, or raise ValidationError saying why not."""
    data = _read_within_limit(upload)
    image = _open_checked(data)
    output_format, extension = OUTPUT_FORMATS[image.format]
    try:
        picture = _clean_copy(image, output_format)
    except DECODING_ERRORS:
        raise ValidationError(DAMAGED, code="invalid") from None
    thumbnail = picture.copy()
    thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    name = f"{uuid.uuid4().hex}.{extension}"
    return PreparedIllustration(
        image=ContentFile(_encode(picture, output_format), name=name),
        thumbnail=ContentFile(_encode(thumbnail, output_format), name=name),
    )


def _read_within_limit(upload):
    upload.seek(0)
    # Read one byte past the limit rather than trusting the size the client announced.
    data = upload.read(MAX_BYTES + 1)
    if not data:
        raise ValidationError("The file is empty.", code="empty")
    if len(data) > MAX_BYTES:
        raise ValidationError("The file is larger than 5 MB. Upload a smaller picture.", code="too_large")
    return data


def _open_checked(data):
    if data.lstrip()[:1] == b"<":
        raise ValidationError(
            "SVG and other text drawings are not accepted. Export the drawing as PNG.", code="svg"
        )
    try:
        # Opening reads only the header, so the size is known before a single pixel is decoded.
        image = Image.open(io.BytesIO(data), formats=DECODERS)
        _refuse_too_many_pixels(image.size)
        image.verify()
        # verify() leaves the image unusable: decode it fully from a fresh start, which also catches
        # files cut short.
        image = Image.open(io.BytesIO(data), formats=DECODERS)
        if image.format in {"JPEG", "MPO"}:
            # Let the JPEG decoder scale down while decoding: a 25-megapixel photo then needs a fraction
            # of the memory, and the result is still at least MAX_SIDE on its longest side.
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))
        image.load()
    except UnidentifiedImageError:
        raise ValidationError(NOT_A_PICTURE, code="not_a_picture") from None
    except Image.DecompressionBombError:
        # Pillow's own guard, for pictures far beyond ours: refused before decoding as well.
        raise ValidationError(TOO_MANY_PIXELS, code="too_many_pixels") from None
    except DECODING_ERRORS:
        raise ValidationError(DAMAGED, code="invalid") from None
    if image.format not in OUTPUT_FORMATS:
        raise ValidationError(NOT_A_PICTURE, code="format")
    return image


def _refuse_too_many_pixels(size):
    width, height = size
    if width * height > MAX_PIXELS:
        raise ValidationError(
            f"The picture is {width} × {height} pixels, more than {MAX_PIXELS // 1_000_000} megapixels. "
            "Resize it before uploading.",
            code="too_many_pixels",
        )


def _clean_copy(image, output_format):
    """The picture the right way up, at most MAX_SIDE, in a mode the format can hold, with no metadata."""
    ImageOps.exif_transpose(image, in_place=True)
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info)
    mode = "RGBA" if has_alpha and output_format != "JPEG" else "RGB"
    # Convert before shrinking (palette pictures shrink badly), then shrink before copying again.
    picture = image.convert(mode)
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    # A new image from the raw pixels carries no EXIF, GPS, XMP, ICC or text chunks from the upload.
    return Image.frombytes(mode, picture.size, picture.tobytes())


def _encode(image, output_format):
    buffer = io.BytesIO()
    image.save(buffer, format=output_format, **ENCODER_OPTIONS[output_format])
    return buffer.getvalue()


def use_illustration(exercise, prepared):
    """Point an unsaved exercise at prepared files; saving the exercise writes them to storage."""
    exercise.illustration = prepared.image
    exercise.illustration_thumbnail = prepared.thumbnail


def stored_file_names(exercise):
    return {name for name in (exercise.illustration.name, exercise.illustration_thumbnail.name) if name}


def delete_after_commit(exercise_class, names):
    """Delete files nothing refers to any more, once the change that dropped them is committed."""
    storage = exercise_class._meta.get_field("illustration").storage
    for name in names:
        transaction.on_commit(lambda name=name: storage.delete(name))
