"""Forwarding cases to a council's Open311 GeoReport v2 endpoint, and importing its services.

Everything talks to a GeoReport server written from the standard (tests/sync/georeport_server.py)
over real loopback HTTP; the submission forwarded end to end is made by the real form journey,
sealed, journalled and opened with the council key, as the case service will do.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from authoring.open311_services import Open311ImportError, import_service_definition
from core.form_catalogue import load_form, parse_form
from core.form_definition import QuestionType
from core.form_flow import FormSession
from core.form_inputs import AddressInput, DateInput
from core.form_submission import FormSubmissions
from devices.scan_pipeline import ScanPipeline
from store.journal import SqliteJournal
from sync.open311 import (
    DEFAULT_ID_ATTRIBUTE,
    Accepted,
    Created,
    Failed,
    Open311Forwarder,
    Open311Report,
    Pending,
    Refused,
)
from sync.open311_routes import (
    NotForwardable,
    Open311ConfigError,
    Open311Route,
    Open311Settings,
    report_from_submission,
)
from sync.sealing import CouncilOpener, CouncilSealer
from tests.core.form_samples import fill_in
from tests.ports import unused_port
from tests.sync.georeport_server import API_KEY, JURISDICTION, NOTICE, GeoReportServer

CATALOGUE = Path("assets/catalogue")
TODAY = date(2026, 11, 23)
SUBMISSION = "MB-7K3M-9Q2D-X"
NAME = "Zebedee Quixotic-Marchbanks"
EMAIL = "zebedee.quixotic@example.com"


@pytest.fixture
def council() -> Iterator[GeoReportServer]:
    """The council's GeoReport endpoint, closed afterwards."""
    server = GeoReportServer()
    yield server
    server.close()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as opened:
        yield opened


def forwarder(
    council: GeoReportServer, session: requests.Session, **changes: Any
) -> Open311Forwarder:
    settings: dict[str, Any] = {
        "base_url": council.url,
        "api_key": API_KEY,
        "jurisdiction_id": JURISDICTION,
        "session": session,
        "timeout": 5.0,
    }
    settings.update(changes)
    return Open311Forwarder(**settings)


def report(**changes: Any) -> Open311Report:
    fields: dict[str, Any] = {
        "submission_id": SUBMISSION,
        "service_code": "001",
        "description": "The bins were left out after collection.",
        "address_string": "Flat 3, 221 Whitechapel Road, London, E1 1BU",
        "email": EMAIL,
        "first_name": "Zebedee",
        "last_name": "Quixotic-Marchbanks",
        "phone": "07700900982",
    }
    fields.update(changes)
    return Open311Report(**fields)


# --- Sending ------------------------------------------------------------------------------------


def test_a_realtime_service_gives_its_request_id_and_gets_every_field(
    council: GeoReportServer, session: requests.Session
) -> None:
    """The standard's example answer (a JSON number id) comes back as text."""
    outcome = forwarder(council, session).send(report(attributes={"WHISPAWN": "123456"}))
    assert outcome == Created("293945", NOTICE)
    [sent] = council.requests
    assert (sent.method, sent.path) == ("POST", "/dev/v2/requests.json")
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8"
    assert sent.headers["X-Request-Id"] == SUBMISSION
    assert dict(sent.fields) == {
        "api_key": API_KEY,
        "jurisdiction_id": JURISDICTION,
        "service_code": "001",
        "address_string": "Flat 3, 221 Whitechapel Road, London, E1 1BU",
        "email": EMAIL,
        "first_name": "Zebedee",
        "last_name": "Quixotic-Marchbanks",
        "phone": "07700900982",
        "description": "The bins were left out after collection.",
        "attribute[WHISPAWN]": "123456",
        f"attribute[{DEFAULT_ID_ATTRIBUTE}]": SUBMISSION,
    }


def test_a_batch_service_gives_a_token_that_later_becomes_a_request_id(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.mode = "batch"
    sender = forwarder(council, session)
    outcome = sender.send(report())
    assert outcome == Pending("12345")
    assert sender.resolve_token("12345") == Pending("12345")  # not processed yet
    council.process_tokens()
    assert sender.resolve_token("12345") == Created("293945")
    look_up = council.requests[-1]
    assert (look_up.method, look_up.path) == ("GET", "/dev/v2/tokens/12345.json")
    assert look_up.query == {"jurisdiction_id": [JURISDICTION]}


def test_an_unknown_token_is_refused_with_the_councils_words(
    council: GeoReportServer, session: requests.Session
) -> None:
    assert forwarder(council, session).resolve_token("999") == Refused(
        404, "token 999 not found", 404, ((404, "token 999 not found"),)
    )


def test_a_blackbox_service_accepts_without_an_id(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.mode = "blackbox"
    assert forwarder(council, session).send(report()) == Accepted(NOTICE)


@pytest.mark.parametrize(
    ("changes", "status", "description"),
    [
        (
            {"api_key": "wrong"},
            403,
            "Invalid api_key received -- can't proceed with create_request.",
        ),
        ({"jurisdiction_id": "elsewhere.gov"}, 404, "jurisdiction_id elsewhere.gov not found"),
        ({"jurisdiction_id": None}, 400, "jurisdiction_id was not provided"),
    ],
)
def test_each_documented_error_is_refused_with_its_description(
    council: GeoReportServer,
    session: requests.Session,
    changes: dict[str, Any],
    status: int,
    description: str,
) -> None:
    outcome = forwarder(council, session, **changes).send(report())
    assert outcome == Refused(status, description, status, ((status, description),))


def test_an_unknown_service_code_is_refused(
    council: GeoReportServer, session: requests.Session
) -> None:
    outcome = forwarder(council, session).send(report(service_code="MB99"))
    assert isinstance(outcome, Refused)
    assert (outcome.http_status, outcome.description) == (404, "service_code MB99 was not found")


def test_every_error_in_the_list_is_kept(
    council: GeoReportServer, session: requests.Session
) -> None:
    """The standard allows several errors, and codes of the council's own."""
    council.mode = "general_error"
    outcome = forwarder(council, session).send(report())
    assert outcome == Refused(
        400,
        "General Service Error: the CRM is down.; Please notify us.",
        400,
        ((400, "General Service Error: the CRM is down."), ("CRM-7", "Please notify us.")),
    )


def test_a_server_error_is_a_failure_to_retry_even_with_an_error_list(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.mode = "server_error"
    outcome = forwarder(council, session).send(report())
    assert outcome == Failed("the Open311 server had a problem (HTTP 500): Unexpected error.")


def test_a_web_page_instead_of_json_is_a_failure_that_says_so(
    council: GeoReportServer, session: requests.Session
) -> None:
    """A wrong URL often lands on the council's home page, with HTTP 200."""
    council.mode = "web_page"
    outcome = forwarder(council, session).send(report())
    assert outcome == Failed(
        "the Open311 server answered with a web page, not GeoReport JSON (HTTP 200); check the "
        "Open311 URL"
    )


def test_a_server_that_does_not_answer_in_time_is_a_failure(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.mode = "silent"
    outcome = forwarder(council, session, timeout=0.3).send(report())
    assert outcome == Failed("the Open311 server did not answer within 0.3 s")
    assert council.requests  # it got there: a retry relies on the id attribute


def test_a_server_that_is_not_there_is_a_failure(session: requests.Session) -> None:
    port = unused_port()
    sender = Open311Forwarder(f"http://127.0.0.1:{port}", API_KEY, None, session, 2.0)
    assert sender.send(report()) == Failed("cannot reach the Open311 server (connection refused)")


def test_a_redirect_is_not_followed(council: GeoReportServer, session: requests.Session) -> None:
    """Following it would turn the POST into a GET and lose the report."""
    council.mode = "redirect"
    outcome = forwarder(council, session).send(report())
    assert outcome == Failed(
        "the Open311 server sent the request on to /v3/requests.json (HTTP 302); set the "
        "Open311 URL to the address it points to"
    )
    assert len(council.requests) == 1


@pytest.mark.parametrize(
    ("status", "kind", "body", "reason"),
    [
        (200, "application/json", b"[{", "the Open311 server's answer was not JSON (HTTP 200)"),
        (
            200,
            "application/json",
            b'{"service_request_id": 1}',
            "the Open311 server's answer was a JSON object, not the GeoReport list",
        ),
        (
            200,
            "application/json",
            b"[]",
            "the Open311 server's answer listed 0 requests where one was expected",
        ),
        (
            200,
            "application/json",
            b'[{"service_request_id": 1}, {"service_request_id": 2}]',
            "the Open311 server's answer listed 2 requests where one was expected",
        ),
        (
            200,
            "application/json",
            b'[{"service_request_id": true}]',
            "the Open311 server gave a service_request_id that is not text or a whole number",
        ),
        (
            200,
            "application/json",
            b'[{"service_request_id": 1.5}]',
            "the Open311 server gave a service_request_id that is not text or a whole number",
        ),
        (
            200,
            "application/json",
            b'[{"service_request_id": "1", "token": "2"}]',
            "the Open311 server's answer gave both a service_request_id and a token",
        ),
        (
            200,
            "application/json",
            b'[{"service_request_id": "1", "service_notice": 7}]',
            "the Open311 server gave a service_notice that is not text",
        ),
        (
            200,
            "text/xml",
            b"<?xml version='1.0'?><service_requests/>",
            "the Open311 server answered in XML (HTTP 200); the case service reads only "
            "GeoReport's JSON format",
        ),
        (200, "application/json", b"", "the Open311 server answered with an empty body (HTTP 200)"),
        (
            403,
            "text/html",
            b"<html>Forbidden</html>",
            "the Open311 server refused the request (HTTP 403) with a web page, not a GeoReport "
            "error list; check the Open311 URL and API key",
        ),
        (
            429,
            "application/json",
            b'[{"code": 429, "description": "Slow down."}]',
            "the Open311 server asked us to wait and try later (HTTP 429): Slow down.",
        ),
        (502, "text/plain", b"Bad Gateway", "the Open311 server had a problem (HTTP 502)"),
    ],
)
def test_answers_outside_the_standard_are_failures_with_a_plain_reason(
    council: GeoReportServer,
    session: requests.Session,
    status: int,
    kind: str,
    body: bytes,
    reason: str,
) -> None:
    council.mode = "raw"
    council.raw_answer = (status, kind, body)
    assert forwarder(council, session).send(report()) == Failed(reason)


def test_an_error_list_sent_with_http_200_is_still_a_refusal(
    council: GeoReportServer, session: requests.Session
) -> None:
    """Some servers send their errors with 200; that is never a "blackbox" acceptance."""
    council.mode = "raw"
    council.raw_answer = (200, "application/json", b'[{"code": 400, "description": "No."}]')
    sender = forwarder(council, session)
    assert sender.send(report()) == Refused(400, "No.", 200, ((400, "No."),))
    assert sender.resolve_token("12345") == Refused(400, "No.", 200, ((400, "No."),))


def test_a_token_answer_about_another_token_is_a_failure(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.mode = "raw"
    council.raw_answer = (200, "application/json", b'[{"service_request_id": 9, "token": "77"}]')
    assert forwarder(council, session).resolve_token("12345") == Failed(
        "the Open311 server answered about token '77', not '12345'"
    )


def test_the_submission_id_is_always_sent_whatever_the_answer(
    council: GeoReportServer, session: requests.Session
) -> None:
    """Refused, failed or created, every attempt carries the id the back office dedupes on."""
    for mode in ("realtime", "batch", "general_error", "server_error", "web_page", "blackbox"):
        council.mode = mode
        forwarder(council, session).send(report())
    forwarder(council, session, api_key="wrong").send(report())
    assert len(council.requests) == 7
    for sent in council.requests:
        assert sent.values(f"attribute[{DEFAULT_ID_ATTRIBUTE}]") == [SUBMISSION]
        assert sent.headers["X-Request-Id"] == SUBMISSION


def test_the_id_attribute_can_be_renamed_and_is_never_overwritten(
    council: GeoReportServer, session: requests.Session
) -> None:
    sender = forwarder(council, session, id_attribute="KIOSK_REF")
    sender.send(report())
    assert council.requests[0].values("attribute[KIOSK_REF]") == [SUBMISSION]
    assert council.requests[0].values(f"attribute[{DEFAULT_ID_ATTRIBUTE}]") == []
    with pytest.raises(ValueError, match="kept for our submission id"):
        sender.form_fields(report(attributes={"KIOSK_REF": "something else"}))


def test_a_multivaluelist_repeats_the_attribute_with_brackets(
    council: GeoReportServer, session: requests.Session
) -> None:
    """GeoReport v2: attribute[code1][]=value1&attribute[code1][]=value2, in order, UTF-8."""
    forwarder(council, session).send(
        report(attributes={"BINS": ("recycling", "food", "garden"), "NOTE": "Kühlschrank ñ"})
    )
    [sent] = council.requests
    assert sent.values("attribute[BINS][]") == ["recycling", "food", "garden"]
    assert sent.values("attribute[NOTE]") == ["Kühlschrank ñ"]
    assert b"attribute%5BBINS%5D%5B%5D=recycling&attribute%5BBINS%5D%5B%5D=food" in sent.body


def test_a_position_is_sent_as_decimal_degrees(
    council: GeoReportServer, session: requests.Session
) -> None:
    forwarder(council, session).send(report(address_string=None, lat=51.5194, long=-0.00005))
    [sent] = council.requests
    assert (sent.field("lat"), sent.field("long")) == ("51.5194", "-0.00005")
    assert sent.field("address_string") is None


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"address_string": None}, "needs a location"),
        ({"lat": 51.5}, "both lat and long"),
        ({"lat": 91.0, "long": 0.0}, "lat must be"),
        ({"description": "x" * 4001}, "longer than 4000"),
        ({"attributes": {"A]B": "1"}}, "cannot be sent"),
        ({"submission_id": " "}, "submission id"),
    ],
)
def test_a_report_the_standard_would_refuse_cannot_be_made(
    changes: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        report(**changes)


def test_the_log_names_the_case_but_holds_no_personal_data_or_key(
    council: GeoReportServer, session: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    forwarder(council, session).send(report())
    council.mode = "general_error"
    forwarder(council, session).send(report())
    logged = caplog.text
    assert SUBMISSION in logged
    for secret in (API_KEY, EMAIL, "Zebedee", "07700900982", "Whitechapel", "bins were"):
        assert secret not in logged


# --- From an opened submission ----------------------------------------------------------------


def opened_missed_bin(
    journal: SqliteJournal, sealer: CouncilSealer, opener: CouncilOpener
) -> tuple[dict[str, object], Any]:
    """A missed-bin report made on the real form, sealed, journalled and opened again."""
    form = load_form(CATALOGUE / "forms" / "report-missed-bin.json", CATALOGUE)
    walk = FormSession(form, today=TODAY)
    answers = {
        "address": AddressInput("e11bu", "Flat 3, 221 Whitechapel Road, London"),
        "bins": ["recycling", "food"],
        "due_date": DateInput("20", "11", "2026"),
        "out_by_7am": "yes",
        "crew_notes": "The bin is behind the green gate.",
        "full_name": NAME,
        "email": EMAIL,
        "phone": "07700 900982",
    }
    assert fill_in(walk, answers) == []
    now = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
    FormSubmissions(journal, sealer, lambda: now, bind=ScanPipeline().bind).finalise(walk)
    [event] = [e for e in journal.events() if e.type == "submission.finalised"]
    envelope = event.payload["answers"]
    assert isinstance(envelope, dict)
    return json.loads(opener.open(envelope).decode("utf-8")), form


def test_an_opened_submission_is_forwarded_in_the_councils_codes(
    council: GeoReportServer,
    session: requests.Session,
    journal: SqliteJournal,
    sealer: CouncilSealer,
    opener: CouncilOpener,
) -> None:
    submission, form = opened_missed_bin(journal, sealer, opener)
    reference = str(submission["reference"])
    route = Open311Route(
        "report-missed-bin",
        "001",
        attributes={"bins": "BIN_TYPE", "due_date": "DUE"},
        values={"bins": {"recycling": "RECY", "food": "FOOD"}},
        description=("crew_notes",),
    )
    made = report_from_submission(submission, route, reference, form)
    assert made.address_string == "Flat 3, 221 Whitechapel Road, London, E1 1BU"
    assert (made.first_name, made.last_name) == ("Zebedee", "Quixotic-Marchbanks")
    assert (made.email, made.phone) == (EMAIL, "07700900982")
    assert made.description == (
        "The bin is behind the green gate.\n"
        "Bin out by 7am: Yes\n\n"
        f"Kiosk case reference: {reference}"
    )
    assert forwarder(council, session).send(made) == Created("293945", NOTICE)
    [sent] = council.requests
    assert sent.values("attribute[BIN_TYPE][]") == ["RECY", "FOOD"]
    assert sent.values("attribute[DUE]") == ["2026-11-20"]
    assert sent.values(f"attribute[{DEFAULT_ID_ATTRIBUTE}]") == [reference]


def test_without_a_route_for_the_answers_they_all_go_in_the_description(
    journal: SqliteJournal, sealer: CouncilSealer, opener: CouncilOpener
) -> None:
    submission, form = opened_missed_bin(journal, sealer, opener)
    made = report_from_submission(submission, Open311Route("report-missed-bin", "MB01"), "id-1")
    assert made.attributes == {}
    lines = made.description.splitlines()
    assert lines == [  # submissions sort their keys; without the form, so do the lines
        "bins: recycling, food",
        "crew_notes: The bin is behind the green gate.",
        "due_date: 2026-11-20",
        "out_by_7am: yes",
        "",
        "Kiosk case reference: " + str(submission["reference"]),
    ]
    with_labels = report_from_submission(
        submission, Open311Route("report-missed-bin", "MB01"), "id-1", form
    )
    assert with_labels.description.startswith("Which bin was not emptied?: Recycling, Food waste")


def test_a_submission_without_an_address_cannot_be_forwarded() -> None:
    submission = {"form": "ask-a-question", "answers": {"question": "When is the tip open?"}}
    with pytest.raises(NotForwardable, match="needs a location"):
        report_from_submission(submission, Open311Route("ask-a-question", "AQ"), "id-1")


def test_a_long_description_is_cut_to_fit_and_keeps_the_reference() -> None:
    submission = {
        "reference": "FT-0000-0000-0",
        "answers": {
            "location": {"postcode": "E1 1BU", "address": "1 High Street"},
            "exact_location": "behind the shops " * 400,
        },
    }
    made = report_from_submission(submission, Open311Route("f", "FT"), "id-1")
    assert len(made.description) == 4000
    assert made.description.endswith("Kiosk case reference: FT-0000-0000-0")
    assert "Cut to fit" in made.description


# --- Configuration ------------------------------------------------------------------------------


def test_the_configuration_gives_each_form_its_route() -> None:
    settings = Open311Settings.from_config(
        {
            "url": "https://council.example/open311/v2/",
            "api_key": "key",
            "jurisdiction_id": "council.example",
            "services": {
                "report-missed-bin": "MB01",
                "report-street-fault": {
                    "service_code": "SF01",
                    "attributes": {"fault": "FAULT_TYPE"},
                    "values": {"fault": {"pothole": "PH"}},
                    "description": ["exact_location"],
                    "address": "location",
                },
            },
        }
    )
    assert settings.url == "https://council.example/open311/v2"
    assert settings.id_attribute == DEFAULT_ID_ATTRIBUTE
    assert settings.route("report-missed-bin") == Open311Route("report-missed-bin", "MB01")
    assert settings.route("report-street-fault") == Open311Route(
        "report-street-fault",
        "SF01",
        {"fault": "FAULT_TYPE"},
        {"fault": {"pothole": "PH"}},
        ("exact_location",),
        ("location",),
    )
    assert settings.route("ask-a-question") is None


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"url": "http://council.example/open311"}, "open311.url: must be an https://"),
        ({"api_key": ""}, "open311.api_key: must be given"),
        ({"timeout_s": 0}, "open311.timeout_s"),
        ({"servces": {}}, "open311: servces is not a setting we know"),
        ({"services": {"report-missed-bin": {"code": "MB01"}}}, "code is not a setting"),
        ({"services": {"report-missed-bin": 7}}, "open311.services.report-missed-bin: must be"),
        (
            {"services": {"f": {"service_code": "F", "attributes": {"bins": "BIN[]"}}}},
            r"open311.services.f.attributes.bins: 'BIN\[\]' cannot be sent",
        ),
        ({"submission_id_attribute": "a=b"}, "open311.submission_id_attribute"),
    ],
)
def test_a_wrong_configuration_names_the_setting(changes: dict[str, Any], problem: str) -> None:
    config = {"url": "http://127.0.0.1:8311", "api_key": "key", "services": {}}
    config.update(changes)
    with pytest.raises(Open311ConfigError, match=problem):
        Open311Settings.from_config(config)


# --- Importing a service definition -------------------------------------------------------------

EVERY_DATATYPE: dict[str, Any] = {
    "service_code": "001",
    "attributes": [
        {
            "variable": True,
            "code": "BIN TYPE",
            "datatype": "multivaluelist",
            "required": True,
            "datatype_description": "Choose every bin that was missed.",
            "order": 2,
            "description": "Which bins were missed?",
            "values": [
                {"key": "Black Bin", "name": "General rubbish"},
                {"key": "recycling", "name": "Recycling"},
                {"key": 3, "name": "Food waste"},
            ],
        },
        {
            "variable": True,
            "code": "WHISHETN",
            "datatype": "singlevaluelist",
            "required": True,
            "datatype_description": None,
            "order": 1,
            "description": "Where was the bin left?",
            "values": [{"key": 123, "name": "Front of house"}, {"key": 124, "name": "Back lane"}],
        },
        {
            "variable": True,
            "code": "CONTAINER_COUNT",
            "datatype": "number",
            "required": False,
            "datatype_description": "A whole number",
            "order": 3,
            "description": "How many containers?",
        },
        {
            "variable": True,
            "code": "COLLECTION_DAY",
            "datatype": "datetime",
            "required": "true",
            "datatype_description": "",
            "order": 4,
            "description": "When should it have been collected?",
        },
        {
            "variable": True,
            "code": "GATE_CODE",
            "datatype": "string",
            "required": False,
            "datatype_description": None,
            "order": 5,
            "description": "Gate code, if any",
        },
        {
            "variable": True,
            "code": "Notes",
            "datatype": "text",
            "required": False,
            "datatype_description": None,
            "order": 6,
            "description": "Anything else the crew should know?",
        },
        {
            "variable": False,
            "code": "INFO",
            "datatype": "string",
            "required": False,
            "datatype_description": None,
            "order": 7,
            "description": "Bins must be out by 7am.",
        },
        {
            "variable": True,
            "code": "PHOTO",
            "datatype": "file",
            "required": False,
            "order": 8,
            "description": "A photo",
        },
        {
            "variable": True,
            "code": DEFAULT_ID_ATTRIBUTE,
            "datatype": "string",
            "required": False,
            "order": 9,
            "description": "Kiosk reference",
        },
    ],
}


def test_a_service_definition_with_every_datatype_becomes_a_valid_skeleton(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.definitions["001"] = EVERY_DATATYPE
    imported = import_service_definition(
        council.url, "001", session, jurisdiction_id=JURISDICTION, today=TODAY
    )
    form = parse_form(imported.definition, CATALOGUE, "open311")
    assert (form.id, form.version, form.reference_prefix) == (
        "cans-left-out-24x7",
        "2026-11-23.1",
        "XX",
    )
    assert form.title == {"en": "Cans left out 24x7"}
    assert form.summary["en"].startswith("Garbage or recycling cans")
    assert form.standard["en"].startswith("TO WRITE:")
    asked = [(q.name, q.type, q.required is not None) for q in form.questions()]
    assert asked == [
        ("location", QuestionType.POSTCODE_ADDRESS, True),
        ("whishetn", QuestionType.SINGLE_CHOICE, True),
        ("bin_type", QuestionType.MULTIPLE_CHOICE, True),
        ("container_count", QuestionType.NUMBER, False),
        ("collection_day", QuestionType.DATE, True),
        ("gate_code", QuestionType.TEXT, False),
        ("notes", QuestionType.LONG_TEXT, False),
        ("description", QuestionType.LONG_TEXT, True),
        ("full_name", QuestionType.TEXT, True),
        ("email", QuestionType.EMAIL, False),
        ("phone", QuestionType.PHONE, True),  # an expression: when there is no email
    ]
    bins = form.question("bin_type")
    assert bins.label == {"en": "Which bins were missed?"}
    assert bins.hint == {"en": "Choose every bin that was missed."}
    assert [(c.value, c.label["en"]) for c in bins.choices] == [
        ("black_bin", "General rubbish"),
        ("recycling", "Recycling"),
        ("3", "Food waste"),
    ]
    assert imported.route == {
        "service_code": "001",
        "attributes": {
            "whishetn": "WHISHETN",
            "bin_type": "BIN TYPE",
            "container_count": "CONTAINER_COUNT",
            "collection_day": "COLLECTION_DAY",
            "gate_code": "GATE_CODE",
            "notes": "Notes",
        },
        "address": "location",
        "description": ["description"],
        "values": {"bin_type": {"black_bin": "Black Bin"}},
    }
    notes = "\n".join(imported.notes)
    for dropped in (
        "'COLLECTION_DAY' asks for a date and time; the kiosk asks for the date only",
        "'INFO' is information for the resident, not a question (variable is false); it was "
        "left out. Put its text in a hint or the summary if residents need it: 'Bins must be "
        "out by 7am.'",
        "'PHOTO' has the datatype 'file', which GeoReport v2 does not define; left out.",
        f"'{DEFAULT_ID_ATTRIBUTE}' is the one that carries our submission id",
        "service is 'to-write'",
        "Open311 has no standard; write it where it says 'TO WRITE'.",
    ):
        assert dropped in notes
    assert council.requests[-1].query == {"jurisdiction_id": [JURISDICTION]}


def test_an_imported_route_forwards_in_the_councils_own_keys(
    council: GeoReportServer, session: requests.Session
) -> None:
    council.definitions["001"] = EVERY_DATATYPE
    imported = import_service_definition(council.url, "001", session, jurisdiction_id=JURISDICTION)
    settings = Open311Settings.from_config(
        {
            "url": council.url,
            "api_key": API_KEY,
            "jurisdiction_id": JURISDICTION,
            "services": {imported.definition["id"]: imported.route},
        }
    )
    route = settings.route(imported.definition["id"])
    assert route is not None
    submission = {
        "reference": "XX-0000-0000-0",
        "answers": {
            "location": {"postcode": "E1 1BU", "address": "1 High Street"},
            "whishetn": "123",
            "bin_type": ["black_bin", "3"],
            "collection_day": "2026-11-20",
            "description": "Left again.",
            "full_name": "Ann Lee",
        },
    }
    made = report_from_submission(submission, route, "XX-0000-0000-0")
    assert forwarder(council, session).send(made) == Created("293945", NOTICE)
    sent = council.requests[-1]
    assert sent.values("attribute[WHISHETN]") == ["123"]
    assert sent.values("attribute[BIN TYPE][]") == ["Black Bin", "3"]
    assert sent.values("attribute[COLLECTION_DAY]") == ["2026-11-20"]
    assert sent.field("description") == "Left again.\n\nKiosk case reference: XX-0000-0000-0"


def test_a_service_without_attributes_still_gets_location_description_and_contact(
    council: GeoReportServer, session: requests.Session
) -> None:
    imported = import_service_definition(
        council.url, "GR01", session, jurisdiction_id=JURISDICTION, form_id="report-graffiti"
    )
    names = [item["name"] for item in imported.definition["items"]]
    assert names == ["location", "description", "full_name", "email", "phone"]
    assert "The service has no attributes (metadata is false)." in imported.notes
    assert imported.definition["summary"]["en"].startswith("TO WRITE:")
    assert not any(r.path.startswith("/dev/v2/services/") for r in council.requests)


def test_a_batch_service_is_noted(council: GeoReportServer, session: requests.Session) -> None:
    imported = import_service_definition(
        council.url, "DMV66", session, jurisdiction_id=JURISDICTION
    )
    assert any("'batch'" in note for note in imported.notes)
    assert imported.route["attributes"] == {"whishetn": "WHISHETN"}
    assert "values" not in imported.route  # 123 and 124 fit the kiosk as they are


def test_importing_a_service_the_council_does_not_have_says_which_it_has(
    council: GeoReportServer, session: requests.Session
) -> None:
    with pytest.raises(Open311ImportError, match="no service with the code 'MB99'; it has 001"):
        import_service_definition(council.url, "MB99", session, jurisdiction_id=JURISDICTION)


def test_importing_without_the_jurisdiction_repeats_the_councils_error(
    council: GeoReportServer, session: requests.Session
) -> None:
    with pytest.raises(
        Open311ImportError,
        match=r"refused the service definition \(HTTP 400\): jurisdiction_id was not provided",
    ):
        import_service_definition(council.url, "001", session)
