"""QR decoding with the real zxing-cpp, on codes made by segno as the booking letters are."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import segno
from PIL import Image

from core.code_reader import MAX_CODE_CHARS, CodeReader, CodeTooLong
from devices.qr import UnreadableImage, ZxingCodeReader, decode_image_bytes, decode_image_file

BOOKING = "CK1:APPT:TH-4K7Q2"


def qr_picture(text: str, scale: int = 4) -> Image.Image:
    """A QR code for ``text`` as a Pillow greyscale image, with the standard quiet zone."""
    out = io.BytesIO()
    segno.make(text, micro=False).save(out, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(out.getvalue())).convert("L")


def png_bytes(picture: Image.Image) -> bytes:
    """The picture encoded as PNG."""
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def reader() -> ZxingCodeReader:
    """One real reader for the module (it holds only the zxingcpp module)."""
    return ZxingCodeReader()


def test_the_reader_is_a_code_reader(reader: ZxingCodeReader) -> None:
    """The camera widget can be handed this reader through core's port."""
    port: CodeReader = reader
    assert port.decode_luminance is not None


def test_a_booking_code_is_read_from_a_png(reader: ZxingCodeReader) -> None:
    """The ASCII booking code on a letter comes back exactly."""
    assert decode_image_bytes(png_bytes(qr_picture(BOOKING)), reader) == [BOOKING]


@pytest.mark.parametrize(
    "text",
    [
        "CK1:APPT:TH-অ্যাপয়েন্টমেন্ট ১২৩",  # Bengali, with conjuncts
        "CK1:APPT:ملاقات کا وقت",  # Urdu
        "CK1:APPT:预约 你好",  # Simplified Chinese
    ],
)
def test_utf8_payloads_in_bengali_urdu_and_chinese_come_back_whole(
    reader: ZxingCodeReader, text: str
) -> None:
    """Non-Latin UTF-8 payloads decode to the same text, not mojibake."""
    assert decode_image_bytes(png_bytes(qr_picture(text)), reader) == [text]


def test_a_letter_held_at_17_degrees_is_still_read(reader: ZxingCodeReader) -> None:
    """A code photographed askew is found."""
    tilted = qr_picture(BOOKING).rotate(17, expand=True, fillcolor=255)
    assert decode_image_bytes(png_bytes(tilted), reader) == [BOOKING]


def test_a_picture_with_no_code_gives_an_empty_list(reader: ZxingCodeReader) -> None:
    """A blank page or a face is not an error: there is just nothing to read."""
    blank = Image.new("L", (320, 240), 200)
    assert decode_image_bytes(png_bytes(blank), reader) == []


def test_a_picture_file_is_read_from_disk(reader: ZxingCodeReader, tmp_path: Path) -> None:
    """decode_image_file reads the same as decode_image_bytes."""
    path = tmp_path / "letter.png"
    path.write_bytes(png_bytes(qr_picture(BOOKING)))
    assert decode_image_file(path, reader) == [BOOKING]
    assert decode_image_file(str(path)) == [BOOKING]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_corrupt_picture_raises_unreadable_image_with_a_plain_message(damage: str) -> None:
    """Corrupt input gives one clear exception type, never a decoder crash."""
    whole = png_bytes(qr_picture(BOOKING))
    data = {"truncated": whole[: len(whole) // 2], "garbage": b"\x89PNG not really", "empty": b""}
    with pytest.raises(UnreadableImage, match="could not be read") as raised:
        decode_image_bytes(data[damage])
    assert isinstance(raised.value, ValueError)
    assert raised.value.detail


def test_a_near_maximum_size_qr_is_refused_as_too_long(reader: ZxingCodeReader) -> None:
    """A 2 kB payload (QR version 33) decodes, but is refused before anything parses it."""
    with pytest.raises(CodeTooLong) as raised:
        decode_image_bytes(png_bytes(qr_picture("A" * 2_000, scale=2)), reader)
    assert raised.value.length == 2_000


def test_a_code_of_exactly_the_maximum_length_is_accepted(reader: ZxingCodeReader) -> None:
    """MAX_CODE_CHARS characters is the longest code still ours."""
    text = "B" * MAX_CODE_CHARS
    assert decode_image_bytes(png_bytes(qr_picture(text, scale=2)), reader) == [text]


def test_a_camera_frame_with_padded_rows_is_read(reader: ZxingCodeReader) -> None:
    """Camera frames often have rows padded past the width; the stride says by how much."""
    picture = qr_picture(BOOKING)
    width, height = picture.size
    stride = width + 13
    rows = picture.tobytes()
    padded = b"".join(rows[y * width : (y + 1) * width] + b"\x00" * 13 for y in range(height))
    assert reader.decode_luminance(padded, width, height, stride) == [BOOKING]


@pytest.mark.parametrize(
    ("size", "width", "height", "stride"),
    [(100, 10, 11, 10), (100, 0, 10, 10), (100, 10, 10, 9)],
)
def test_a_frame_smaller_than_its_stated_size_is_refused(
    reader: ZxingCodeReader, size: int, width: int, height: int, stride: int
) -> None:
    """A wrong size is a ValueError, never a read past the end of the buffer."""
    with pytest.raises(ValueError, match="image"):
        reader.decode_luminance(b"\xff" * size, width, height, stride)
