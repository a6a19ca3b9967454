"""Forwarding report-type cases to a council's Open311 GeoReport v2 endpoint.

One POST /requests.json per case, form-encoded as the standard says, always carrying our
submission id as an attribute (and as ``X-Request-Id``) so the back office can spot a
repeat: a case whose first attempt timed out after the council stored it is sent again
with the same id. Every answer is read strictly; what comes back is one outcome:

- ``Created``: the council's service_request_id.
- ``Pending``: a token to look up later with ``resolve_token`` (a "batch" service).
- ``Accepted``: stored, but the service never gives an id (a "blackbox" service).
- ``Refused``: a GeoReport error list (HTTP 4xx); sending it again would not help.
- ``Failed``: no usable answer (timeout, web page, garbage, HTTP 5xx); try again later.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import requests

from sync.open311_replies import (
    Accepted,
    BadReply,
    Created,
    Failed,
    Open311Outcome,
    Pending,
    Refused,
    TokenOutcome,
    answer_problem,
    errors_in,
    parse_json,
    read_capped,
    refused,
    request_from_token,
    request_made,
)

__all__ = [
    "DEFAULT_ID_ATTRIBUTE",
    "MAX_DESCRIPTION",
    "Accepted",
    "Created",
    "Failed",
    "Open311Forwarder",
    "Open311Outcome",
    "Open311Report",
    "Pending",
    "Refused",
    "TokenOutcome",
]

log = logging.getLogger(__name__)

DEFAULT_ID_ATTRIBUTE = "civic_kiosk_submission_id"
MAX_DESCRIPTION = 4000  # GeoReport v2: "free form text limited to 4,000 characters"
USER_AGENT = "civic-kiosk-case-service (Open311 GeoReport v2)"

AttributeValue = str | tuple[str, ...]
_Reader = Callable[[object], Open311Outcome]


@dataclass(frozen=True, slots=True)
class Open311Report:
    """One case as a GeoReport v2 service request, in the council's codes.

    Attributes:
        submission_id: our id for the submission, sent as the id attribute for deduplication.
        service_code: the council's Open311 service code.
        description: free text, at most 4,000 characters.
        address_string: the location in words, most specific first, postcode last.
        lat, long: WGS84 position, both or neither; a report needs an address or a position.
        attributes: attribute code -> value, or a tuple of values for a multivaluelist.
    """

    submission_id: str
    service_code: str
    description: str = ""
    address_string: str | None = None
    lat: float | None = None
    long: float | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    media_url: str | None = None
    attributes: Mapping[str, AttributeValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.submission_id.strip():
            raise ValueError("a report needs our submission id")
        if not self.service_code.strip():
            raise ValueError("a report needs the council's service code")
        if len(self.description) > MAX_DESCRIPTION:
            raise ValueError(f"the description is longer than {MAX_DESCRIPTION} characters")
        if (self.lat is None) != (self.long is None):
            raise ValueError("give both lat and long, or neither")
        if self.lat is not None and not _on_earth(self.lat, self.long):
            raise ValueError("lat must be -90 to 90 and long -180 to 180")
        if self.lat is None and not (self.address_string or "").strip():
            raise ValueError("Open311 needs a location: an address, or lat and long")
        for code, value in self.attributes.items():
            _check_code(code)
            values = value if isinstance(value, tuple) else (value,)
            if not all(isinstance(v, str) for v in values):
                raise ValueError(f"the attribute {code!r} is not text or a tuple of texts")


class Open311Forwarder:
    """Sends service requests to one Open311 GeoReport v2 endpoint, in its JSON format.

    Args:
        base_url: the endpoint, e.g. ``https://council.example/open311/v2``.
        api_key: the key the council issued; sent in the form body as the standard says.
        jurisdiction_id: sent when not empty (endpoints serving several councils need it).
        session: a requests session (TLS verification stays on).
        timeout: seconds to wait for the connection, and again for the answer.
        id_attribute: the attribute code that carries our submission id.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        jurisdiction_id: str | None,
        session: requests.Session,
        timeout: float = 20.0,
        *,
        id_attribute: str = DEFAULT_ID_ATTRIBUTE,
    ) -> None:
        _check_code(id_attribute)
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.jurisdiction_id = jurisdiction_id or None
        self._session = session
        self.timeout = timeout
        self.id_attribute = id_attribute

    def form_fields(self, report: Open311Report) -> list[tuple[str, str]]:
        """The POST body's fields in order; a multivaluelist repeats ``attribute[code][]``."""
        if self.id_attribute in report.attributes:
            raise ValueError(f"the attribute {self.id_attribute!r} is kept for our submission id")
        fields: list[tuple[str, str]] = [("api_key", self._api_key)]
        if self.jurisdiction_id:
            fields.append(("jurisdiction_id", self.jurisdiction_id))
        fields.append(("service_code", report.service_code))
        if report.lat is not None and report.long is not None:
            fields += [("lat", _degrees(report.lat)), ("long", _degrees(report.long))]
        optional = (
            ("address_string", report.address_string),
            ("email", report.email),
            ("first_name", report.first_name),
            ("last_name", report.last_name),
            ("phone", report.phone),
            ("description", report.description),
            ("media_url", report.media_url),
        )
        fields += [(name, value) for name, value in optional if value]
        for code, value in report.attributes.items():
            if isinstance(value, tuple):
                fields += [(f"attribute[{code}][]", item) for item in value]
            else:
                fields.append((f"attribute[{code}]", value))
        fields.append((f"attribute[{self.id_attribute}]", report.submission_id))
        return fields

    def send(self, report: Open311Report) -> Open311Outcome:
        """POST the report once; never raises for anything the network or the council does."""
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "User-Agent": USER_AGENT,
            "X-Request-Id": report.submission_id,
        }
        body = _form_body(self.form_fields(report))
        outcome = self._exchange("POST", "/requests.json", headers, body, request_made)
        log.info(
            "Open311 service %s, submission %s: %s",
            report.service_code,
            report.submission_id,
            _summary(outcome),
        )
        return outcome

    def resolve_token(self, token: str) -> TokenOutcome:
        """Ask once which service request a token became; Pending while it has none yet."""
        if not token.strip():
            raise ValueError("an empty token cannot be looked up")
        path = f"/tokens/{quote(token, safe='')}.json"
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}

        def read(value: object) -> Open311Outcome:
            return request_from_token(value, token)

        outcome = self._exchange("GET", path, headers, None, read)
        log.info("Open311 token %s: %s", token, _summary(outcome))
        assert not isinstance(outcome, Accepted)  # the token reader never makes one
        return outcome

    def _exchange(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None, read: _Reader
    ) -> Open311Outcome:
        params = {"jurisdiction_id": self.jurisdiction_id} if self.jurisdiction_id else None
        try:
            with self._session.request(
                method,
                self.base_url + path,
                params=params if method == "GET" else None,
                data=body,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,  # requests would turn a redirected POST into a GET
                stream=True,
            ) as answer:
                content = read_capped(answer)
            problem = answer_problem(answer, content)
            if problem is not None:
                return problem
            value = parse_json(answer, content)
            errors = errors_in(value)  # some servers send their error list with HTTP 200
            return refused(errors, answer.status_code) if errors else read(value)
        except requests.ConnectTimeout:
            return Failed(f"could not connect to the Open311 server within {self.timeout:g} s")
        except requests.Timeout:
            return Failed(f"the Open311 server did not answer within {self.timeout:g} s")
        except requests.exceptions.SSLError:
            return Failed("the Open311 server's certificate was not accepted")
        except requests.RequestException as exc:
            return Failed(f"cannot reach the Open311 server ({_short(exc)})")
        except BadReply as exc:
            return Failed(str(exc))


def _form_body(fields: list[tuple[str, str]]) -> bytes:
    """application/x-www-form-urlencoded in UTF-8 (brackets percent-encoded, as browsers do)."""
    return urlencode(fields, encoding="utf-8").encode("ascii")


def _check_code(code: str) -> None:
    if not code or not code.isprintable() or any(c in code for c in "[]&="):
        raise ValueError(f"{code!r} cannot be sent as an Open311 attribute code")


def _on_earth(lat: float, long: float | None) -> bool:
    return (
        long is not None
        and math.isfinite(lat)
        and math.isfinite(long)
        and -90 <= lat <= 90
        and -180 <= long <= 180
    )


def _degrees(value: float) -> str:
    """Decimal degrees without an exponent; 7 places is about a centimetre."""
    return f"{value:.7f}".rstrip("0").rstrip(".")


def _short(exc: Exception) -> str:
    text = str(exc).lower()
    for plain in ("connection refused", "connection reset", "name or service not known"):
        if plain in text:
            return plain
    if "read timed out" in text:
        return "the answer stopped arriving"
    if "remotedisconnected" in text or "connection aborted" in text:
        return "the connection closed before an answer"
    return type(exc).__name__


def _summary(outcome: Open311Outcome) -> str:
    if isinstance(outcome, Created):
        return f"created {outcome.service_request_id}"
    if isinstance(outcome, Pending):
        return f"pending, token {outcome.token}"
    if isinstance(outcome, Accepted):
        return "accepted without an id"
    if isinstance(outcome, Refused):
        return f"refused (HTTP {outcome.http_status}, code {outcome.code})"
    return f"failed: {outcome.reason}"
