"""What the kiosk's form screens are given: the forms, and the services that finish them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from core.addresses import AddressBook
from core.form_catalogue import FormCatalogue
from core.form_flow import FormSession
from core.form_journey_log import FormJourneyLog
from core.form_submission import FinalisedForm, FormSubmissions
from core.ports import Journal
from core.printing import PrintDesk
from core.printout import Printout
from core.scanning import PageScanner, ScanProcessor


@dataclass(frozen=True, slots=True)
class FormServices:
    """Forms and life events, finalising and printing, address look-up and the scanner.

    Attributes:
        catalogue: the council's published forms and life events.
        submissions: seals and journals finished forms.
        addresses: the gazetteer for postcode questions.
        scanner: scans pages for document questions; None when the kiosk has none.
        processor: the scan pipeline that straightens, checks and compresses pages.
        journal: where journey analytics go.
        today: the site's local date (for date rules such as "in the past").
        receipt: lays out the printed receipt for a finished form, in a language.
        print_desk: prints receipts; None on a terminal with no printer.
    """

    catalogue: FormCatalogue
    submissions: FormSubmissions
    addresses: AddressBook
    scanner: PageScanner | None
    processor: ScanProcessor
    journal: Journal
    today: Callable[[], date]
    receipt: Callable[[FinalisedForm, str], Printout]
    print_desk: Callable[[], PrintDesk | None]

    def begin(
        self,
        form_id: str,
        language: str,
        prefill: Mapping[str, object] | None = None,
        post: Callable[[Callable[[], object]], None] | None = None,
    ) -> tuple[FormSession, FormJourneyLog]:
        """A fresh draft of a form and its analytics log (``post`` runs the log's writes)."""
        definition = self.catalogue.form(form_id)
        session = FormSession(definition, today=self.today(), language=language, prefill=prefill)
        if post is None:
            return session, FormJourneyLog(self.journal, definition, language)
        return session, FormJourneyLog(self.journal, definition, language, post=post)
