"""A row of page thumbnails to tap: which scanned page the large preview shows.

The pictures go the moment the strip is cleared (icons dropped and buttons unparented at
once), not at a later turn of the event loop: they are residents' documents.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

THUMBNAIL_HEIGHT = 96
THUMBNAILS_IN_A_ROW = 6


def scaled(image: QImage, height: int) -> QPixmap:
    """The image as a pixmap this tall (an empty pixmap for an unreadable image)."""
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image).scaledToHeight(
        height, Qt.TransformationMode.SmoothTransformation
    )


class PageStrip(QWidget):
    """Thumbnails named ``<prefix>_page_<n>``, one checked: the page shown.

    Signals:
        chosen(int): the resident tapped page ``n`` (from 0).
    """

    chosen = Signal(int)

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_thumbnails")
        self._prefix = prefix
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []

    def show_pages(self, images: list[QImage], selected: int) -> None:
        """One thumbnail per image, ``selected`` checked."""
        self.clear()
        for index, image in enumerate(images):
            thumb = QPushButton(self)
            thumb.setObjectName(f"{self._prefix}_page_{index + 1}")
            thumb.setCheckable(True)
            thumb.setProperty("role", "thumbnail")
            small = scaled(image, THUMBNAIL_HEIGHT)
            thumb.setIcon(QIcon(small))
            thumb.setIconSize(QSize(small.width(), small.height()))
            thumb.setMinimumSize(small.width() + 16, small.height() + 16)
            thumb.clicked.connect(lambda _=False, i=index: self.chosen.emit(i))
            self._group.addButton(thumb)
            row, column = divmod(index, THUMBNAILS_IN_A_ROW)
            self._grid.addWidget(thumb, row, column)
            thumb.show()
            self.buttons.append(thumb)
        self.check(selected)

    def check(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def clear(self) -> None:
        for old in self.buttons:
            self._group.removeButton(old)
            old.setIcon(QIcon())  # the picture goes now, not at the next event-loop turn
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.buttons = []
