"""Reading QR codes with zxing-cpp: camera frames (greyscale bytes) and image files.

zxing-cpp and Pillow are imported only when a reader is made or a file is read: together
they cost about 80 ms, which the kiosk's first paint must not pay.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from core.code_reader import CodeTooLong, refuse_too_long

__all__ = [
    "MAX_PICTURE_PIXELS",
    "CodeTooLong",
    "PictureTooLarge",
    "UnreadableImage",
    "ZxingCodeReader",
    "decode_image_bytes",
    "decode_image_file",
]


# The most pixels a picture may claim: a 48-megapixel phone photo (8000 x 6000). Pillow is
# given this limit (its default is about 89 million, and up to twice that it only warns),
# and a picture claiming more is refused from its header, before any pixel is decoded: a
# few hundred bytes of PNG can claim 100,000 x 100,000 pixels (10 GB once decoded).
MAX_PICTURE_PIXELS = 48_000_000


class UnreadableImage(ValueError):
    """The file is not a picture we can open (corrupt, truncated, or not an image)."""

    def __init__(
        self,
        detail: str,
        message: str = "This picture could not be read. It may be damaged, or not a picture.",
    ) -> None:
        super().__init__(message)
        self.detail = detail


class PictureTooLarge(UnreadableImage):
    """The picture claims more pixels than MAX_PICTURE_PIXELS (a decompression bomb, or a
    photo far larger than any QR code needs)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            detail,
            f"This picture is too large to read: at most {MAX_PICTURE_PIXELS // 1_000_000} "
            "million pixels.",
        )


class ZxingCodeReader:
    """Finds QR codes with zxing-cpp, trying hard: rotated, inverted and downscaled views.

    zxing-cpp is loaded on the first decode, not at construction, so a kiosk that never
    scans pays nothing at start-up. ``available()`` says whether it is installed.
    """

    def __init__(self) -> None:
        self._module: Any = None

    @staticmethod
    def available() -> bool:
        """True when the zxing-cpp module can be found."""
        import importlib.util

        return importlib.util.find_spec("zxingcpp") is not None

    @property
    def _zxing(self) -> Any:
        if self._module is None:
            import zxingcpp

            self._module = zxingcpp
        return self._module

    def decode_luminance(self, pixels: bytes, width: int, height: int, stride: int) -> list[str]:
        """The texts of the QR codes in an 8-bit greyscale image (``stride`` bytes per row).

        Raises CodeTooLong if any code's text is longer than MAX_CODE_CHARS, and ValueError
        if the buffer is smaller than the size says.
        """
        if width <= 0 or height <= 0 or stride < width:
            raise ValueError(f"bad image size {width}x{height}, stride {stride}")
        if len(pixels) < stride * (height - 1) + width:
            raise ValueError(f"{len(pixels)} bytes cannot hold a {width}x{height} image")
        zx = self._zxing
        view = zx.ImageView(pixels, width, height, zx.ImageFormat.Lum, stride)
        found = zx.read_barcodes(
            view,
            formats=zx.BarcodeFormat.QRCode,
            try_rotate=True,
            try_downscale=True,
            try_invert=True,
            text_mode=zx.TextMode.Plain,
        )
        return [refuse_too_long(str(code.text)) for code in found]


def decode_image_bytes(data: bytes, reader: ZxingCodeReader | None = None) -> list[str]:
    """The texts of the QR codes in an encoded picture (PNG, JPEG, ...); [] if there are none.

    Raises UnreadableImage if the picture cannot be opened (PictureTooLarge if it claims
    more than MAX_PICTURE_PIXELS), CodeTooLong for an overlong code.
    """
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PICTURE_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.width * picture.height > MAX_PICTURE_PIXELS:  # Pillow only warned
                raise PictureTooLarge(f"{picture.width}x{picture.height} pixels")
            grey = picture.convert("L")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Over twice the limit Pillow refuses it itself; over the limit it warns, which
        # raises only where warnings are errors (the tests): the same refusal either way.
        raise PictureTooLarge(str(exc)) from None
    except UnreadableImage:
        raise
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImage(f"{type(exc).__name__}: {exc}") from exc
    return (reader or ZxingCodeReader()).decode_luminance(
        grey.tobytes(), grey.width, grey.height, grey.width
    )


def decode_image_file(path: str | Path, reader: ZxingCodeReader | None = None) -> list[str]:
    """The texts of the QR codes in a picture file; see decode_image_bytes."""
    return decode_image_bytes(Path(path).read_bytes(), reader)
