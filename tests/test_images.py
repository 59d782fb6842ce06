"""The illustration pipeline: what it refuses, and what it makes of a good picture."""

import io
import os
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageFile
from PIL.PngImagePlugin import PngInfo

from routines.images import MAX_SIDE, THUMBNAIL_SIDE, prepare_illustration


def encoded(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def upload(data, name="picture.png"):
    return SimpleUploadedFile(name, data)


def refusal(data, name="picture.png"):
    with pytest.raises(ValidationError) as refused:
        prepare_illustration(upload(data, name))
    return " ".join(refused.value.messages)


def opened(content_file):
    content_file.seek(0)
    return Image.open(io.BytesIO(content_file.read()))


def photo_with_location_sideways():
    """A JPEG as a phone writes it: stored landscape, EXIF says 'rotate 90°', and where it was taken."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 0.0)
    return encoded(Image.new("RGB", (400, 200), "red"), "JPEG", exif=exif.tobytes())


def test_a_decompression_bomb_is_refused_before_decoding(monkeypatch):
    # 36 megapixels that compress to a few kilobytes.
    bomb = encoded(Image.new("1", (6000, 6000)), "PNG")
    assert len(bomb) < 100_000

    def decode_nothing(image):
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", decode_nothing)
    assert "more than 25 megapixels" in refusal(bomb)


def test_a_truncated_jpeg_is_refused():
    whole = encoded(Image.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3)), "JPEG")
    assert "damaged or incomplete" in refusal(whole[: len(whole) // 2], "picture.jpg")


def test_a_pdf_renamed_png_is_refused():
    assert "not a JPEG, PNG or WebP picture" in refusal(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n")


def test_an_svg_is_refused():
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    assert "SVG" in refusal(svg, "drawing.svg")


def test_a_gif_is_refused_even_though_it_is_a_picture():
    assert "not a JPEG, PNG or WebP picture" in refusal(encoded(Image.new("RGB", (50, 50)), "GIF"))


def test_a_file_over_5_mb_is_refused():
    noise = Image.frombytes("RGB", (1400, 1400), os.urandom(1400 * 1400 * 3))
    big = encoded(noise, "PNG", compress_level=0)
    assert len(big) > 5 * 1024 * 1024
    assert "larger than 5 MB" in refusal(big)


def test_an_empty_file_is_refused():
    assert "empty" in refusal(b"")


def test_gps_and_all_other_exif_are_stripped():
    picture = opened(prepare_illustration(upload(photo_with_location_sideways(), "photo.jpg")).image)
    assert dict(picture.getexif()) == {}
    assert "exif" not in picture.info


def test_the_exif_orientation_is_applied():
    picture = opened(prepare_illustration(upload(photo_with_location_sideways(), "photo.jpg")).image)
    assert picture.size == (200, 400)


def test_a_large_picture_is_downsized_to_1600_pixels_on_its_longest_side():
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (3200, 1800), "blue"), "JPEG")))
    assert opened(prepared.image).size == (MAX_SIDE, 900)


def test_a_thumbnail_is_made_for_lists():
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (1000, 500), "blue"), "PNG")))
    assert opened(prepared.thumbnail).size == (THUMBNAIL_SIDE, 160)


def test_a_small_picture_is_not_enlarged():
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (120, 90)), "WEBP")))
    assert opened(prepared.image).size == (120, 90)


def test_the_format_is_kept_and_the_name_is_random():
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (50, 50)), "WEBP"), "my-holiday.webp"))
    assert opened(prepared.image).format == "WEBP"
    assert re.fullmatch(r"[0-9a-f]{32}\.webp", prepared.image.name)


def test_the_format_is_read_from_the_bytes_not_the_name():
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (50, 50)), "JPEG"), "looks-like.png"))
    assert prepared.image.name.endswith(".jpg")


def test_transparency_survives_in_a_png():
    prepared = prepare_illustration(upload(encoded(Image.new("RGBA", (50, 50), (0, 0, 0, 0)), "PNG")))
    assert opened(prepared.image).mode == "RGBA"


def test_text_chunks_of_a_png_are_dropped():
    info = PngInfo()
    info.add_text("Author", "Someone's full name")
    prepared = prepare_illustration(upload(encoded(Image.new("RGB", (50, 50)), "PNG", pnginfo=info)))
    assert "Author" not in opened(prepared.image).info
