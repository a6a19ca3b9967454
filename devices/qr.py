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
    "CodeTooLong",
    "UnreadableImage",
    "ZxingCodeReader",
    "decode_image_bytes",
    "decode_image_file",
]


class UnreadableImage(ValueError):
    """The file is not a picture we can open (corrupt, truncated, or not an image)."""

    def __init__(self, detail: str) -> None:
        super().__init__("This picture could not be read. It may be damaged, or not a picture.")
        self.detail = detail


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

    Raises UnreadableImage if the picture cannot be opened, CodeTooLong for an overlong code.
    """
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as picture:
            grey = picture.convert("L")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadableImage(f"{type(exc).__name__}: {exc}") from exc
    return (reader or ZxingCodeReader()).decode_luminance(
        grey.tobytes(), grey.width, grey.height, grey.width
    )


def decode_image_file(path: str | Path, reader: ZxingCodeReader | None = None) -> list[str]:
    """The texts of the QR codes in a picture file; see decode_image_bytes."""
    return decode_image_bytes(Path(path).read_bytes(), reader)
