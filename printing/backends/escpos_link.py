"""A thermal printer spoken to directly in ESC/POS: over the network, a serial line or USB.

The network link is a plain TCP connection to the printer's raw port (9100), so the bytes
arrive exactly as rendered. Serial and USB go through python-escpos, whose drivers need
pyserial or pyusb; those are looked for only when such a printer is used, and a missing
library or device is reported as a fault rather than an import error at start-up.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any, ClassVar, Protocol

from core.printing import PrinterFault, PrinterState, PrintResult
from printing.backends.backend import DocumentFormat

log = logging.getLogger(__name__)

# DLE EOT 4: "transmit roll paper sensor status". Bits 5 and 6 set mean the roll has ended.
PAPER_STATUS_QUERY = b"\x10\x04\x04"
_PAPER_END = 0x60
_STATUS_WAIT_S = 1.0


class LinkFault(Exception):
    """Why bytes could not reach the printer, as a fault and the words for staff."""

    def __init__(self, fault: PrinterFault, detail: str) -> None:
        super().__init__(detail)
        self.fault = fault
        self.detail = detail


class _Transport(Protocol):
    label: str

    def send(self, data: bytes) -> None: ...

    def paper_status(self) -> int | None: ...


class EscposLink:
    """A thermal printer taking raw ESC/POS. Build one with ``network``, ``serial`` or ``usb``.

    Attributes:
        label: the printer's address, for staff and logs.
    """

    def __init__(self, transport: _Transport) -> None:
        self._transport = transport
        self.label = transport.label

    @classmethod
    def network(cls, host: str, port: int = 9100, timeout_s: float = 5.0) -> EscposLink:
        """A printer on the network, at its raw TCP port."""
        return cls(_Network(host, port, timeout_s))

    @classmethod
    def serial(cls, device: str, baudrate: int = 19200) -> EscposLink:
        """A printer on a serial line such as /dev/ttyUSB0 (needs pyserial)."""
        label = f"ESC/POS printer on {device}"
        return cls(_Driver(label, "Serial", lambda c: c(devfile=device, baudrate=baudrate)))

    @classmethod
    def usb(cls, vendor_id: int, product_id: int) -> EscposLink:
        """A USB printer found by its vendor and product ids (needs pyusb)."""
        label = f"ESC/POS printer on USB {vendor_id:04x}:{product_id:04x}"
        return cls(_Driver(label, "Usb", lambda c: c(vendor_id, product_id, timeout=5000)))

    def send(self, data: bytes, job_name: str, document_format: DocumentFormat) -> PrintResult:
        """Send the bytes; the job counts as printed once the printer has taken them all."""
        if document_format is not DocumentFormat.ESCPOS:
            detail = f"an ESC/POS printer cannot print {document_format}"
            return PrintResult(False, fault=PrinterFault.ERROR, detail=detail)
        try:
            self._transport.send(data)
        except LinkFault as exc:
            log.info("%s: %s: %s", self.label, exc.fault, exc.detail)
            return PrintResult(False, fault=exc.fault, detail=exc.detail)
        return PrintResult(True)

    def state(self) -> PrinterState:
        """Reach the printer and ask for its paper sensor; silence counts as ready."""
        try:
            status = self._transport.paper_status()
        except LinkFault as exc:
            return PrinterState(self.label, False, exc.fault, exc.detail)
        if status is None:
            return PrinterState(self.label, True, detail="reachable; paper status not reported")
        if status & _PAPER_END == _PAPER_END:
            return PrinterState(self.label, False, PrinterFault.PAPER_OUT, "paper roll ended")
        return PrinterState(self.label, True)


class _Network:
    """The printer's raw TCP port."""

    def __init__(self, host: str, port: int, timeout_s: float) -> None:
        self.host, self.port, self.timeout_s = host, port, timeout_s
        self.label = f"ESC/POS printer at {host}:{port}"

    def _connect(self) -> socket.socket:
        where = f"{self.host}:{self.port}"
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except ConnectionRefusedError:
            raise LinkFault(PrinterFault.OFFLINE, f"{where} refused the connection") from None
        except TimeoutError:
            detail = f"no answer from {where} within {self.timeout_s:g} s"
            raise LinkFault(PrinterFault.OFFLINE, detail) from None
        except OSError as exc:
            raise LinkFault(PrinterFault.OFFLINE, f"cannot reach {where}: {exc}") from None

    def send(self, data: bytes) -> None:
        with self._connect() as sock:
            try:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
            except TimeoutError:
                detail = f"the printer stopped taking data for {self.timeout_s:g} s"
                raise LinkFault(PrinterFault.JOB_STUCK, detail) from None
            except OSError as exc:
                detail = f"connection lost while sending: {exc.strerror or exc}"
                raise LinkFault(PrinterFault.ERROR, detail) from None

    def paper_status(self) -> int | None:
        with self._connect() as sock:
            try:
                sock.sendall(PAPER_STATUS_QUERY)
                # Many printers never answer; a status screen must not wait the full timeout.
                sock.settimeout(min(_STATUS_WAIT_S, self.timeout_s))
                reply = sock.recv(1)
            except TimeoutError:
                return None
            except OSError as exc:
                raise LinkFault(PrinterFault.ERROR, f"status query failed: {exc}") from None
        return reply[0] if reply else None


class _Driver:
    """A python-escpos printer class (Serial or Usb), made when first needed."""

    _LIBRARIES: ClassVar[dict[str, str]] = {"Serial": "pyserial", "Usb": "pyusb"}

    def __init__(self, label: str, kind: str, make: Callable[[Any], Any]) -> None:
        self.label = label
        self._kind = kind
        self._make = make

    def _open(self) -> Any:
        try:
            from escpos import exceptions, printer
        except ImportError:
            raise LinkFault(PrinterFault.ERROR, "python-escpos is not installed") from None
        driver_class = getattr(printer, self._kind)
        if not driver_class.is_usable():
            library = self._LIBRARIES[self._kind]
            detail = f"{self._kind.lower()} printing needs {library}, which is not installed"
            raise LinkFault(PrinterFault.ERROR, detail)
        device = self._make(driver_class)
        try:
            device.open()
        except exceptions.DeviceNotFoundError as exc:
            raise LinkFault(PrinterFault.OFFLINE, " ".join(str(exc).split())) from None
        return device

    def send(self, data: bytes) -> None:
        device = self._open()
        try:
            device._raw(data)
        except Exception as exc:  # pyserial and pyusb raise their own error types
            raise LinkFault(PrinterFault.ERROR, f"{type(exc).__name__}: {exc}") from None
        finally:
            device.close()

    def paper_status(self) -> int | None:
        device = self._open()
        try:
            reply: bytes = device.query_status(PAPER_STATUS_QUERY)
        except Exception as exc:  # as in send
            raise LinkFault(PrinterFault.ERROR, f"{type(exc).__name__}: {exc}") from None
        finally:
            device.close()
        return reply[0] if reply else None
