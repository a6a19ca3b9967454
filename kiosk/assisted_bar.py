"""The floorwalker's bar at a kiosk: "Assisted by …" in the top bar, and the staff tools.

The bar sits in the kiosk's top bar in place of the site's name, so the resident's screen
keeps all its room; the tools open in a panel that floats under it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from core.assisted_visit import NOTE_LIMIT
from ui.widgets import button, label, set_text


class AssistedBar(QFrame):
    """Shown only while a member of staff is signed in at the kiosk.

    Signals:
        assisted_toggled(bool): mark the visit assisted, or not.
        priority_toggled(bool): queue this visit as a priority visit, or not.
        note_saved(str): seal and record this staff note.
        override_asked(): staff pressed "Override a check" (the screen is asked if it has one).
        override_given(str): override the page's soft check, for this reason.
        book_wanted(): staff pressed "Book an appointment".
        leave_kiosk(): close the kiosk app (only offered to staff who may).
        hand_back(): the resident carries on alone; the staff tools close.
    """

    assisted_toggled = Signal(bool)
    priority_toggled = Signal(bool)
    note_saved = Signal(str)
    override_asked = Signal()
    override_given = Signal(str)
    book_wanted = Signal()
    leave_kiosk = Signal()
    hand_back = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self.setObjectName("assistedBar")
        self.setProperty("role", "assisted")
        self.banner = label("assistedBanner", "", self)
        self.tools_button = button("staffTools", "", self)
        self.tools_button.setCheckable(True)
        self.tools_button.toggled.connect(self._show_tools)
        self.tools = QFrame(window)
        self.tools.setObjectName("staffToolsPanel")
        self.tools.setProperty("role", "assisted")
        self.tools.setAutoFillBackground(True)
        self.tools.hide()
        self.mark = button("markAssisted", "", self.tools)
        self.mark.setCheckable(True)
        self.mark.toggled.connect(self._assisted_toggled)
        self.priority = button("raisePriority", "", self.tools)
        self.priority.setCheckable(True)
        self.priority.toggled.connect(self._priority_toggled)
        self.add_note = button("addNote", "", self.tools)
        self.add_note.clicked.connect(lambda: self._open_note(""))
        self.override = button("overrideCheck", "", self.tools)
        self.override.clicked.connect(self.override_asked)
        self.book = button("bookAppointment", "", self.tools)
        self.book.clicked.connect(self._book)
        self.leave = button("leaveKioskMode", "", self.tools)
        self.leave.clicked.connect(self.leave_kiosk)
        self.hand_back_button = button("handBack", "primary", self)
        self.hand_back_button.clicked.connect(self.hand_back)

        self.note_box = QFrame(self.tools)
        self.note_box.setObjectName("staffNoteBox")
        self._overriding = ""  # the check's message while the box asks for an override reason
        self.note_heading = label("staffNoteHeading", "", self.note_box)
        self.note = QPlainTextEdit(self.note_box)
        self.note.setObjectName("staffNote")
        self.note.setAccessibleName("staffNote")
        self.note.setFixedHeight(120)
        self.note_message = label("staffNoteMessage", "secondary", self.note_box)
        self.save_note = button("saveNote", "primary", self.note_box)
        self.save_note.clicked.connect(self._save_note)
        self.cancel_note = button("cancelNote", "", self.note_box)
        self.cancel_note.clicked.connect(self._close_note)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_message, 1)
        note_buttons.addWidget(self.cancel_note)
        note_buttons.addWidget(self.save_note)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.note_heading)
        note_layout.addWidget(self.note)
        note_layout.addLayout(note_buttons)
        self.note_box.hide()

        tool_row = QHBoxLayout()
        tools = (self.mark, self.priority, self.add_note, self.override, self.book, self.leave)
        for tool in tools:
            tool_row.addWidget(tool)
        tool_row.addStretch(1)
        tools_layout = QVBoxLayout(self.tools)
        tools_layout.setContentsMargins(24, 12, 24, 12)
        tools_layout.addLayout(tool_row)
        tools_layout.addWidget(self.note_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner, 1)
        layout.addWidget(self.tools_button)
        layout.addWidget(self.hand_back_button)
        self._name = ""
        self.hide()

    def show_for(self, name: str, may_leave: bool) -> None:
        """Open the tools for a member of staff; the visit starts marked assisted."""
        self._name = name
        self.mark.blockSignals(True)
        self.mark.setChecked(True)
        self.mark.blockSignals(False)
        self.leave.setVisible(may_leave)
        self._close_note()
        self.tools_button.setChecked(False)
        self.retranslate()
        self.show()

    def close_tools(self) -> None:
        """Hide everything, forgetting any note half written; the toggles reset."""
        self.tools.hide()
        self._close_note()
        self.tools_button.setChecked(False)
        for toggle in (self.mark, self.priority):
            toggle.blockSignals(True)
            toggle.setChecked(False)
            toggle.blockSignals(False)
        self.hide()

    def note_kept(self) -> None:
        """The note is sealed and recorded: say so in the bar."""
        self._close_note()
        self.banner.setText(
            self.tr("Assisted by %1").replace("%1", self._name) + " · " + self.tr("Note saved.")
        )

    def override_kept(self) -> None:
        """The check is overridden and recorded: say so in the bar."""
        self._close_note()
        self.tools_button.setChecked(False)
        self.banner.setText(
            self.tr("Assisted by %1").replace("%1", self._name)
            + " · "
            + self.tr("Check overridden.")
        )

    def note_refused(self, message: str) -> None:
        """The note was not recorded; it stays in the box to be fixed or saved again."""
        self.save_note.setEnabled(True)
        self.note_message.setText(message)

    def ask_override_reason(self, check: str) -> None:
        """Open the box for the reason to override this check (its message is shown)."""
        self._open_note(check)

    def nothing_to_override(self) -> None:
        """Say there is no check on the page staff could override."""
        self._close_note()
        self.note_box.show()
        self.note.hide()
        self.save_note.hide()
        self.note_heading.setText(
            self.tr("There is no check on this page that staff can override.")
        )
        self.place_tools()

    def set_priority(self, on: bool) -> None:
        """Show the priority toggle as it is, without asking again."""
        self.priority.blockSignals(True)
        self.priority.setChecked(on)
        self.priority.blockSignals(False)

    def retranslate(self) -> None:
        """Texts for the kiosk's language (staff tools follow the resident's screen)."""
        self.banner.setText(self.tr("Assisted by %1").replace("%1", self._name))
        set_text(self.tools_button, self.tr("Staff tools"))
        set_text(self.mark, self.tr("Visit assisted"))
        set_text(self.priority, self.tr("Priority visit"))
        set_text(self.add_note, self.tr("Add a staff note"))
        set_text(self.leave, self.tr("Leave kiosk mode"))
        set_text(self.override, self.tr("Override a check"))
        set_text(self.book, self.tr("Book an appointment"))
        set_text(self.hand_back_button, self.tr("Hand back"))
        set_text(self.save_note, self.tr("Save note"))
        set_text(self.cancel_note, self.tr("Cancel"))
        self.note.setPlaceholderText(
            self.tr("Only the council can read this note (up to %1 characters).").replace(
                "%1", str(NOTE_LIMIT)
            )
        )

    def _assisted_toggled(self, on: bool) -> None:
        self.assisted_toggled.emit(on)

    def _book(self) -> None:
        self.tools_button.setChecked(False)
        self.book_wanted.emit()

    def _priority_toggled(self, on: bool) -> None:
        self.priority_toggled.emit(on)

    def _show_tools(self, on: bool) -> None:
        if not on:
            self.tools.hide()
            return
        self.place_tools()
        self.tools.show()
        self.tools.raise_()

    def place_tools(self) -> None:
        """Float the tools panel across the window, just under the top bar."""
        top = self.parentWidget() or self
        corner = top.mapTo(self._window, QPoint(0, top.height()))
        self.tools.setGeometry(0, corner.y(), self._window.width(), self.tools.sizeHint().height())

    def _open_note(self, check: str) -> None:
        self._overriding = check
        self.note.show()
        self.save_note.show()
        if check:
            self.note_heading.setText(
                self.tr("Override this check: “%1” Give the reason.").replace("%1", check)
            )
            set_text(self.save_note, self.tr("Override the check"))
        else:
            self.note_heading.setText(self.tr("Staff note"))
            set_text(self.save_note, self.tr("Save note"))
        self.note_box.show()
        self.note_message.clear()
        self.save_note.setEnabled(True)
        self.note.setFocus()
        self.place_tools()

    def _save_note(self) -> None:
        self.save_note.setEnabled(False)
        self.note_message.setText(self.tr("Saving…"))
        if self._overriding:
            self.override_given.emit(self.note.toPlainText())
        else:
            self.note_saved.emit(self.note.toPlainText())

    def _close_note(self) -> None:
        self._overriding = ""
        self.note.clear()
        self.note_message.clear()
        self.note_box.hide()
        if self.tools.isVisible():
            self.place_tools()
