<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AssistedBar</name>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <location filename="../../kiosk/assisted_bar.py" line="146"/>
        <location filename="../../kiosk/assisted_bar.py" line="179"/>
        <source>Assisted by %1</source>
        <translation>Pomaga: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <source>Note saved.</source>
        <translation>Notatka zapisana.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="148"/>
        <source>Check overridden.</source>
        <translation>Weryfikacja pominięta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="167"/>
        <source>There is no check on this page that staff can override.</source>
        <translation>Na tej stronie nie ma weryfikacji, którą personel może pominąć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="180"/>
        <source>Staff tools</source>
        <translation>Narzędzia personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="181"/>
        <source>Visit assisted</source>
        <translation>Udzielono pomocy</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="182"/>
        <source>Priority visit</source>
        <translation>Pierwszeństwo w obsłudze</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="183"/>
        <source>Add a staff note</source>
        <translation>Dodaj notatkę personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="184"/>
        <source>Leave kiosk mode</source>
        <translation>Wyjdź z trybu kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="185"/>
        <source>Override a check</source>
        <translation>Pomiń weryfikację</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="186"/>
        <source>Book an appointment</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="187"/>
        <source>Hand back</source>
        <translation>Oddaj kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="188"/>
        <location filename="../../kiosk/assisted_bar.py" line="231"/>
        <source>Save note</source>
        <translation>Zapisz notatkę</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="189"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="191"/>
        <source>Only the council can read this note (up to %1 characters).</source>
        <translation>Tę notatkę może przeczytać tylko urząd (maksymalna liczba znaków: %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="226"/>
        <source>Override this check: “%1” Give the reason.</source>
        <translation>Pomiń tę weryfikację: „%1” Podaj powód.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="228"/>
        <source>Override the check</source>
        <translation>Pomiń weryfikację</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="230"/>
        <source>Staff note</source>
        <translation>Notatka personelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="240"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="312"/>
        <source>Looking for free times…</source>
        <translation>Szukamy wolnych terminów…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="322"/>
        <source>The free times could not be read. Try again.</source>
        <translation>Nie udało się wczytać wolnych terminów. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="351"/>
        <source>Choose a service to see its free times.</source>
        <translation>Wybierz usługę, aby zobaczyć wolne terminy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="354"/>
        <source>No free times are left today for this service. Book another way.</source>
        <translation>Na dziś nie ma już wolnych terminów na tę usługę. Umów wizytę w inny sposób.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="357"/>
        <source>Free times today (30 minutes each):</source>
        <translation>Wolne terminy na dziś (po 30 minut):</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="389"/>
        <source>Booking…</source>
        <translation>Rezerwowanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="404"/>
        <source>%1, today at</source>
        <translation>%1, dziś o godzinie</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="416"/>
        <source>Printing the appointment slip…</source>
        <translation>Drukowanie potwierdzenia wizyty…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="425"/>
        <source>Take the appointment slip from the printer.</source>
        <translation>Weź potwierdzenie wizyty z drukarki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="428"/>
        <source>The printer is not working. Please note the reference: %1</source>
        <translation>Drukarka nie działa. Zanotuj numer rezerwacji: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="446"/>
        <source>Not booked: this kiosk&apos;s storage is failing. Tell IT support.</source>
        <translation>Nie zarezerwowano: pamięć tego kiosku nie działa prawidłowo. Powiadom dział IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="448"/>
        <source>Not booked because of a fault (%1). Try again, or tell IT support.</source>
        <translation>Nie zarezerwowano z powodu błędu (%1). Spróbuj ponownie lub powiadom dział IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="486"/>
        <source>Choose a service.</source>
        <translation>Wybierz usługę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="487"/>
        <source>Choose a time.</source>
        <translation>Wybierz godzinę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="489"/>
        <source>That is not one of the times on offer. Choose one of the times shown.</source>
        <translation>Ten termin nie jest dostępny. Wybierz jeden z pokazanych terminów.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="492"/>
        <source>That time has passed or is too soon to book. Choose a later time.</source>
        <translation>Ten termin już minął lub jest zbyt bliski, aby go zarezerwować. Wybierz późniejszy termin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="494"/>
        <source>Someone has just booked that time. Choose another time.</source>
        <translation>Ktoś właśnie zarezerwował ten termin. Wybierz inny termin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="495"/>
        <source>Enter the resident&apos;s surname, in letters.</source>
        <translation>Wpisz nazwisko mieszkańca literami.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="496"/>
        <source>The surname is too long. Use up to 80 characters.</source>
        <translation>Nazwisko jest za długie. Maksymalna liczba znaków: 80.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="497"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>Wpisz prawidłową datę urodzenia, na przykład 27 3 1985.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="498"/>
        <source>The date of birth must be in the past.</source>
        <translation>Data urodzenia musi być z przeszłości.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="500"/>
        <source>This kiosk has no appointment list for today, so it cannot book. Tell IT support.</source>
        <translation>Ten kiosk nie ma listy wizyt na dziś, więc nie może umawiać wizyt. Powiadom dział IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="506"/>
        <source>Book an appointment for later today</source>
        <translation>Umów wizytę na późniejszą godzinę dzisiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="507"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="510"/>
        <source>This kiosk can only book a time later today, here in this building. For another day, the resident needs to contact the council.</source>
        <translation>Ten kiosk może umówić wizytę tylko na późniejszą godzinę dzisiaj, tutaj, w tym budynku. Na inny dzień mieszkaniec musi skontaktować się z urzędem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="514"/>
        <source>There is a problem</source>
        <translation>Wystąpił problem</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="515"/>
        <source>1. Service</source>
        <translation>1. Usługa</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="518"/>
        <source>2. Time</source>
        <translation>2. Godzina</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="520"/>
        <source>3. Resident</source>
        <translation>3. Mieszkaniec</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="521"/>
        <location filename="../../kiosk/booking_panel.py" line="522"/>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="523"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="524"/>
        <source>For example, 27 3 1985</source>
        <translation>Na przykład 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="526"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="527"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="528"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="534"/>
        <source>The kiosk keeps only a code made from the surname and date of birth. Only the council can read them.</source>
        <translation>Kiosk przechowuje tylko kod utworzony z nazwiska i daty urodzenia. Same dane może odczytać tylko urząd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="538"/>
        <source>Book appointment</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="539"/>
        <source>Appointment booked</source>
        <translation>Wizyta umówiona</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="540"/>
        <source>Reference</source>
        <translation>Numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="542"/>
        <source>Check in at any kiosk with this reference, or your surname and date of birth.</source>
        <translation>Przybycie potwierdzisz w dowolnym kiosku, podając ten numer albo swoje nazwisko i datę urodzenia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="544"/>
        <source>Write the reference down, or take a photo of it.</source>
        <translation>Zapisz ten numer lub zrób mu zdjęcie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="545"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="546"/>
        <source>Book another appointment</source>
        <translation>Umów kolejną wizytę</translation>
    </message>
</context>
<context>
    <name>CheckInPages</name>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="232"/>
        <source>Today at %1</source>
        <translation>Dziś o %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="296"/>
        <source>Enter your booking reference</source>
        <translation>Wpisz numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="297"/>
        <source>Enter your surname</source>
        <translation>Wpisz nazwisko</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="298"/>
        <source>That code is too long to be one of ours.</source>
        <translation>Ten kod jest za długi – nasze kody są krótsze.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="304"/>
        <source>A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2.</source>
        <translation>Numer rezerwacji składa się z 2 liter oraz 5 liter lub cyfr, na przykład TH-4K7Q2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="307"/>
        <source>We cannot find an appointment today with that reference.</source>
        <translation>Nie możemy znaleźć dzisiejszej wizyty o tym numerze rezerwacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="309"/>
        <source>That code is not one of our booking codes.</source>
        <translation>To nie jest nasz kod rezerwacji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="310"/>
        <source>That booking is for a different council building.</source>
        <translation>Ta rezerwacja dotyczy innego budynku urzędu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="311"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>Wpisz prawidłową datę urodzenia, na przykład 27 3 1985.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="313"/>
        <source>We cannot find an appointment today for that surname and date of birth.</source>
        <translation>Nie możemy znaleźć dzisiejszej wizyty dla tego nazwiska i tej daty urodzenia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="315"/>
        <source>You are early. You can check in from %1.</source>
        <translation>Jesteś za wcześnie. Przybycie możesz potwierdzić od %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="317"/>
        <source>Your appointment time has passed. Please take a ticket or ask a member of staff.</source>
        <translation>Godzina Twojej wizyty już minęła. Pobierz bilet lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="319"/>
        <source>You have already checked in. Your number is %1.</source>
        <translation>Twoje przybycie zostało już potwierdzone. Twój numer to %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="327"/>
        <source>How do you want to find your appointment?</source>
        <translation>Jak chcesz znaleźć swoją wizytę?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="328"/>
        <source>Type your booking reference</source>
        <translation>Wpisz numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="329"/>
        <location filename="../../kiosk/checkin_pages.py" line="335"/>
        <source>Scan the QR code on your letter</source>
        <translation>Zeskanuj kod QR z listu</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="330"/>
        <source>Use your surname and date of birth</source>
        <translation>Podaj nazwisko i datę urodzenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="331"/>
        <source>What is your booking reference?</source>
        <translation>Jaki jest Twój numer rezerwacji?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="333"/>
        <source>It is on your appointment letter or text message, for example TH-4K7Q2.</source>
        <translation>Znajdziesz go w liście lub SMS-ie z informacją o wizycie, na przykład TH-4K7Q2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="336"/>
        <source>Hold the QR code on your letter under the scanner.</source>
        <translation>Przytrzymaj kod QR z listu pod skanerem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="337"/>
        <source>Or hold it up to the camera above the screen.</source>
        <translation>Możesz też pokazać go kamerze nad ekranem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="338"/>
        <source>Type your booking reference instead</source>
        <translation>Zamiast tego wpisz numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="339"/>
        <source>What is your surname?</source>
        <translation>Jak brzmi Twoje nazwisko?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="340"/>
        <source>What is your date of birth?</source>
        <translation>Jaka jest Twoja data urodzenia?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="341"/>
        <source>For example, 27 3 1985</source>
        <translation>Na przykład 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="342"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="343"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="344"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="348"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="349"/>
        <source>Your appointment</source>
        <translation>Twoja wizyta</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="350"/>
        <source>Check this is your appointment, then press Check in.</source>
        <translation>Sprawdź, czy to Twoja wizyta, a następnie naciśnij „Potwierdź przybycie”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="351"/>
        <source>Check in</source>
        <translation>Potwierdź przybycie</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="352"/>
        <source>Take a ticket instead</source>
        <translation>Zamiast tego pobierz bilet</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="354"/>
        <source>You are checked in</source>
        <translation>Przybycie potwierdzone</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../kiosk/board.py" line="227"/>
        <source>Now calling</source>
        <translation>Zapraszamy</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="228"/>
        <source>Please wait for your number to be called.</source>
        <translation>Poczekaj, aż wywołamy Twój numer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="229"/>
        <source>Called recently</source>
        <translation>Ostatnio wywołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="230"/>
        <source>Waiting</source>
        <translation>Oczekujący</translation>
    </message>
</context>
<context>
    <name>DocumentCapture</name>
    <message>
        <location filename="../../ui/scan_words.py" line="16"/>
        <source>The scanner is not connected.</source>
        <translation>Skaner nie jest podłączony.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="19"/>
        <source>Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, then scan again.</source>
        <translation>Papier zaciął się w podajniku. Otwórz pokrywę podajnika, delikatnie wyjmij papier, a następnie zeskanuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="24"/>
        <source>There is no paper in the feeder. Put your pages in face up, then scan again.</source>
        <translation>W podajniku nie ma papieru. Włóż strony zadrukiem do góry, a następnie zeskanuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="28"/>
        <source>The scanner&apos;s cover is open. Close it, then scan again.</source>
        <translation>Pokrywa skanera jest otwarta. Zamknij ją, a następnie zeskanuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="31"/>
        <source>The scanner is busy. Wait a moment, then scan again.</source>
        <translation>Skaner jest zajęty. Zaczekaj chwilę, a następnie zeskanuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="34"/>
        <source>The scanner sent a page we could not read. Scan it again.</source>
        <translation>Skaner przesłał stronę, której nie udało się odczytać. Zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="37"/>
        <source>There are more pages in the feeder than this document can have. Take the rest out of the feeder.</source>
        <translation>W podajniku jest więcej stron, niż może mieć ten dokument. Wyjmij pozostałe strony z podajnika.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="42"/>
        <source>The scanner is not working.</source>
        <translation>Skaner nie działa.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="52"/>
        <source>This page looks blank. Check the page is face down on the glass, then scan it again.</source>
        <translation>Ta strona wygląda na pustą. Sprawdź, czy leży na szybie zadrukiem do dołu, a następnie zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="56"/>
        <source>This page is too dark to read. Close the lid fully, then scan it again.</source>
        <translation>Ta strona jest za ciemna, aby ją odczytać. Dokładnie zamknij pokrywę, a następnie zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="60"/>
        <source>This page is very faint. Check it can be read.</source>
        <translation>Ta strona jest bardzo blada. Sprawdź, czy da się ją odczytać.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="63"/>
        <source>This page looks blurred. Keep the page flat and still, then scan it again.</source>
        <translation>Ta strona jest nieostra. Połóż ją płasko i nie ruszaj nią, a następnie zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="67"/>
        <source>Part of this page may be cut off. Move the page into the corner, then scan it again.</source>
        <translation>Część tej strony może być ucięta. Przesuń stronę do rogu, a następnie zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="71"/>
        <source>This page is very crooked. Line it up with the edge of the glass, then scan it again.</source>
        <translation>Ta strona jest mocno przekrzywiona. Wyrównaj ją do krawędzi szyby, a następnie zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="383"/>
        <source>Put the page face down on the glass, in the corner with the mark. Close the lid, then tap Scan.</source>
        <translation>Połóż stronę na szybie zadrukiem do dołu, w rogu ze znacznikiem. Zamknij pokrywę, a następnie dotknij „Zeskanuj”.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="387"/>
        <source>Put the pages face up in the feeder, top edge first. Then tap Scan.</source>
        <translation>Włóż strony do podajnika zadrukiem do góry, górną krawędzią do przodu. Następnie dotknij „Zeskanuj”.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="390"/>
        <source>Put the page face up under the camera, inside the marked area. Then tap Scan.</source>
        <translation>Połóż stronę pod kamerą zadrukiem do góry, w zaznaczonym obszarze. Następnie dotknij „Zeskanuj”.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="394"/>
        <source>One page on the glass</source>
        <translation>Jedna strona na szybie</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="395"/>
        <source>Several pages in the feeder</source>
        <translation>Kilka stron w podajniku</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="396"/>
        <source>Under the camera</source>
        <translation>Pod kamerą</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="398"/>
        <source>The scanner is not working. You can bring this document to a desk instead.</source>
        <translation>Skaner nie działa. Zamiast tego możesz przynieść ten dokument do punktu obsługi.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="401"/>
        <source>Scanning page %1 again</source>
        <translation>Ponowne skanowanie strony %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="403"/>
        <source>Scan the pages in the feeder</source>
        <translation>Zeskanuj strony z podajnika</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="405"/>
        <source>Scan another page</source>
        <translation>Zeskanuj kolejną stronę</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="407"/>
        <source>Scan</source>
        <translation>Zeskanuj</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="410"/>
        <source>Scanning. Please wait.</source>
        <translation>Trwa skanowanie. Zaczekaj.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="412"/>
        <source>Scanning. %1 pages done so far.</source>
        <translation>Trwa skanowanie. Gotowe strony: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="418"/>
        <source>The pages you scanned before are kept.</source>
        <translation>Strony zeskanowane wcześniej zostały zachowane.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="420"/>
        <source>Please ask a member of staff for help.</source>
        <translation>Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="424"/>
        <source>This document can have up to %1 pages, so we kept the first ones.</source>
        <translation>Maksymalna liczba stron w tym dokumencie: %1, więc zachowaliśmy tylko pierwsze strony.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="429"/>
        <source>No pages scanned yet. This document can have up to %1 pages.</source>
        <translation>Nie zeskanowano jeszcze żadnej strony. Maksymalna liczba stron w tym dokumencie: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="431"/>
        <source>1 page scanned. This document can have up to %1 pages.</source>
        <translation>Zeskanowano 1 stronę. Maksymalna liczba stron w tym dokumencie: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="433"/>
        <source>%2 pages scanned. This document can have up to %1 pages.</source>
        <translation>Zeskanowane strony: %2. Maksymalna liczba stron w tym dokumencie: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="438"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="444"/>
        <source>We straightened this page for you.</source>
        <translation>Wyprostowaliśmy tę stronę.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="447"/>
        <source>Scan this page again</source>
        <translation>Zeskanuj tę stronę ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="448"/>
        <source>Remove this page</source>
        <translation>Usuń tę stronę</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="450"/>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPages</name>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="214"/>
        <source>Enter your case reference, claim number or account number</source>
        <translation>Wpisz numer sprawy, numer wniosku lub numer konta podatku lokalnego</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="217"/>
        <source>That is too long for a case reference, claim number or account number</source>
        <translation>To za długie jak na numer sprawy, numer wniosku lub numer konta podatku lokalnego</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="220"/>
        <source>Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X or 12345678</source>
        <translation>Wpisz numer dokładnie tak, jak w piśmie, na przykład HB-7K3M-9Q2D-X lub 12345678</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="223"/>
        <source>Scan at least one page</source>
        <translation>Zeskanuj co najmniej jedną stronę</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="231"/>
        <source>Which case are these documents for?</source>
        <translation>Której sprawy dotyczą te dokumenty?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="234"/>
        <source>Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, or your claim number or council tax account number.</source>
        <translation>Wpisz numer z naszego pisma lub potwierdzenia, na przykład HB-7K3M-9Q2D-X, albo swój numer wniosku lub numer konta podatku lokalnego (council tax).</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="238"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="239"/>
        <source>Which document are you sending?</source>
        <translation>Jaki dokument wysyłasz?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="243"/>
        <source>Send this document</source>
        <translation>Wyślij ten dokument</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="244"/>
        <source>Sending. Please wait.</source>
        <translation>Trwa wysyłanie. Zaczekaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="246"/>
        <source>Document sent</source>
        <translation>Dokument wysłany</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="247"/>
        <source>Send another document for this case</source>
        <translation>Wyślij kolejny dokument do tej sprawy</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="248"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="258"/>
        <source>Scan your %1</source>
        <translation>Zeskanuj: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="267"/>
        <source>Your receipt number is %1</source>
        <translation>Twój numer potwierdzenia to %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="269"/>
        <source>1 page</source>
        <translation>1 strona</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="271"/>
        <source>%1 pages</source>
        <translation>%1 str.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="274"/>
        <source>%1 of your %2, for %3.</source>
        <translation>%2 (%1), do sprawy %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="281"/>
        <source>Your document is sealed so that only the council can open it, and this kiosk keeps no copy you could see. It goes to the team dealing with your case. They will contact you if they need anything else.</source>
        <translation>Twój dokument jest zabezpieczony tak, że może go otworzyć tylko urząd, a ten kiosk nie przechowuje żadnej kopii, którą można by obejrzeć. Dokument trafi do zespołu, który zajmuje się Twoją sprawą. Jeśli będzie potrzebować czegoś jeszcze, skontaktuje się z Tobą.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="287"/>
        <source>Your receipt is printing.</source>
        <translation>Trwa drukowanie potwierdzenia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="288"/>
        <source>Take your receipt from the printer.</source>
        <translation>Weź potwierdzenie z drukarki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="289"/>
        <source>We cannot print a receipt. Please note your receipt number.</source>
        <translation>Nie możemy wydrukować potwierdzenia. Zanotuj numer potwierdzenia.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="68"/>
        <source>There is a problem</source>
        <translation>Wystąpił problem</translation>
    </message>
</context>
<context>
    <name>FeedbackFaces</name>
    <message>
        <location filename="../../ui/feedback_faces.py" line="340"/>
        <source>How was using this kiosk today? (optional)</source>
        <translation>Jak Ci się dziś korzystało z tego kiosku? (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="342"/>
        <source>Very dissatisfied</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>Źle</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="344"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Ani dobrze, ani źle</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="345"/>
        <source>Satisfied</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="346"/>
        <source>Very satisfied</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="351"/>
        <source>Thank you for your comment.</source>
        <translation>Dziękujemy za komentarz.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="353"/>
        <source>Thank you for your feedback.</source>
        <translation>Dziękujemy za opinię.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="354"/>
        <source>Add a comment</source>
        <translation>Dodaj komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="357"/>
        <source>How could we improve? Do not include personal details such as your name, address or phone number.</source>
        <translation>Co możemy poprawić? Nie podawaj danych osobowych, takich jak imię i nazwisko, adres czy numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="361"/>
        <source>Your comment</source>
        <translation>Twój komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="362"/>
        <source>Send comment</source>
        <translation>Wyślij komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="369"/>
        <source>You have 1 character left</source>
        <translation>Pozostał Ci 1 znak</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="371"/>
        <source>You have %1 characters left</source>
        <translation>Pozostało znaków: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="373"/>
        <source>You have 1 character too many</source>
        <translation>Masz o 1 znak za dużo</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="375"/>
        <source>You have %1 characters too many</source>
        <translation>Przekroczono limit znaków o: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="384"/>
        <source>This kiosk could not save your feedback just now. You can try again, or carry on without it.</source>
        <translation>Ten kiosk nie mógł teraz zapisać Twojej opinii. Możesz spróbować ponownie albo kontynuować bez niej.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="388"/>
        <source>Something went wrong. You can try again, or carry on without it.</source>
        <translation>Coś poszło nie tak. Możesz spróbować ponownie albo kontynuować bez opinii.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="392"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>Liczba znaków w komentarzu: %1. Skróć go do %2 znaków lub mniej.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="399"/>
        <source>Write your comment, or carry on without one.</source>
        <translation>Napisz komentarz albo kontynuuj bez niego.</translation>
    </message>
</context>
<context>
    <name>FeedbackPages</name>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="181"/>
        <source>This kiosk could not save your feedback just now. Nothing has been sent. Please try again, or ask a member of staff.</source>
        <translation>Ten kiosk nie mógł teraz zapisać Twojej opinii. Nic nie zostało wysłane. Spróbuj ponownie lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="185"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="216"/>
        <source>Choose a service, or choose ‘Not about one service’.</source>
        <translation>Wybierz usługę albo „Nie dotyczy konkretnej usługi”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="218"/>
        <source>Choose how satisfied you are.</source>
        <translation>Wybierz swoją ocenę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="222"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>Liczba znaków w komentarzu: %1. Skróć go do %2 znaków lub mniej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="240"/>
        <source>Not about one service</source>
        <translation>Nie dotyczy konkretnej usługi</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="245"/>
        <source>Very satisfied</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="246"/>
        <source>Satisfied</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="247"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Ani dobrze, ani źle</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="248"/>
        <source>Dissatisfied</source>
        <translation>Źle</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="249"/>
        <source>Very dissatisfied</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="257"/>
        <source>No comment</source>
        <translation>Brak komentarza</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="262"/>
        <source>There is a problem</source>
        <translation>Wystąpił problem</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="263"/>
        <source>Which service is your feedback about?</source>
        <translation>Której usługi dotyczy Twoja opinia?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="267"/>
        <source>Overall, how did you feel about our service today?</source>
        <translation>Jak ogólnie oceniasz naszą dzisiejszą obsługę?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="270"/>
        <source>How could we improve? (optional)</source>
        <translation>Co możemy poprawić? (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="272"/>
        <source>Do not include personal details such as your name, address or phone number.</source>
        <translation>Nie podawaj danych osobowych, takich jak imię i nazwisko, adres czy numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="275"/>
        <source>Check your answers before sending your feedback</source>
        <translation>Sprawdź odpowiedzi przed wysłaniem opinii</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="277"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="278"/>
        <source>How you felt</source>
        <translation>Twoja ocena</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="279"/>
        <source>Your comment</source>
        <translation>Twój komentarz</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="283"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="284"/>
        <source>Change %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Send feedback</source>
        <translation>Wyślij opinię</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="291"/>
        <source>Thank you for your feedback</source>
        <translation>Dziękujemy za opinię</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="294"/>
        <source>We read all feedback and use it to improve our services. You will not get a reply. If you want to make a complaint, please ask a member of staff.</source>
        <translation>Czytamy wszystkie opinie i wykorzystujemy je, aby ulepszać nasze usługi. Nie otrzymasz odpowiedzi. Jeśli chcesz złożyć skargę, zwróć się do pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="299"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="304"/>
        <source>%1 of %2 characters</source>
        <translation>Znaki: %1 z %2</translation>
    </message>
</context>
<context>
    <name>FormAnswers</name>
    <message>
        <location filename="../../kiosk/form_address.py" line="199"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="201"/>
        <source>Find address</source>
        <translation>Znajdź adres</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="203"/>
        <source>My address is not listed</source>
        <translation>Mojego adresu nie ma na liście</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="205"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="213"/>
        <source>Enter a postcode</source>
        <translation>Wpisz kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="219"/>
        <source>We could not find any addresses for %1. Check the postcode, or enter your address.</source>
        <translation>Nie znaleźliśmy żadnego adresu dla %1. Sprawdź kod pocztowy lub wpisz swój adres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="225"/>
        <source>1 address found for %1</source>
        <translation>Znaleziono 1 adres dla %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="227"/>
        <source>%2 addresses found for %1</source>
        <translation>Liczba adresów znalezionych dla %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="275"/>
        <source>You have 1 character remaining</source>
        <translation>Pozostał Ci 1 znak</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="277"/>
        <source>You have %1 characters remaining</source>
        <translation>Pozostało znaków: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="279"/>
        <source>You have 1 character too many</source>
        <translation>Masz o 1 znak za dużo</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="281"/>
        <source>You have %1 characters too many</source>
        <translation>Przekroczono limit znaków o: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="329"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="330"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="331"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="404"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="405"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="412"/>
        <source>or</source>
        <translation>lub</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="451"/>
        <source>I agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_document.py" line="119"/>
        <source>Which document are you scanning?</source>
        <translation>Jaki dokument skanujesz?</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <location filename="../../kiosk/form_pages.py" line="167"/>
        <source>You will need:</source>
        <translation>Będziesz potrzebować:</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="174"/>
        <source>It takes about 1 minute.</source>
        <translation>Zajmie to około 1 minuty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="176"/>
        <source>It takes about %1 minutes.</source>
        <translation>Zajmie to około %1 min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="179"/>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="192"/>
        <source>%1 (optional)</source>
        <translation>%1 (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="212"/>
        <location filename="../../kiosk/form_pages.py" line="250"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="226"/>
        <location filename="../../kiosk/form_pages.py" line="284"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="232"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="241"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="242"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="263"/>
        <source>Check your answers before sending</source>
        <translation>Sprawdź odpowiedzi przed wysłaniem</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="293"/>
        <source>Now send your form</source>
        <translation>Teraz wyślij formularz</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="298"/>
        <source>By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.</source>
        <translation>Wysyłając ten formularz, potwierdzasz, że zgodnie z Twoją najlepszą wiedzą podane przez Ciebie informacje są prawdziwe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="304"/>
        <source>Accept and send</source>
        <translation>Zaakceptuj i wyślij</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="324"/>
        <location filename="../../kiosk/form_pages.py" line="369"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="328"/>
        <source>Saving your answers for the officer…</source>
        <translation>Zapisywanie odpowiedzi dla pracownika…</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="329"/>
        <source>Show this reference to the officer, so you do not have to answer again: %1</source>
        <translation>Pokaż ten numer pracownikowi, aby nie odpowiadać ponownie na te same pytania: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="342"/>
        <source>Form sent</source>
        <translation>Formularz wysłany</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="344"/>
        <source>Your reference number</source>
        <translation>Twój numer referencyjny</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="356"/>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="366"/>
        <source>Next: %1</source>
        <translation>Następny formularz: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="380"/>
        <source>Your receipt is printing. Take it with you.</source>
        <translation>Trwa drukowanie potwierdzenia. Zabierz je ze sobą.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="384"/>
        <source>Take your receipt from the printer.</source>
        <translation>Weź potwierdzenie z drukarki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="385"/>
        <source>This kiosk cannot print your receipt. Please write down your reference: %1</source>
        <translation>Ten kiosk nie może wydrukować potwierdzenia. Zapisz swój numer referencyjny: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="545"/>
        <source>Please tell the officer your answers when you see them.</source>
        <translation>Gdy spotkasz się z pracownikiem, przekaż mu swoje odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="46"/>
        <source>Please talk to a member of staff</source>
        <translation>Porozmawiaj z pracownikiem</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="49"/>
        <source>What you can do next</source>
        <translation>Co możesz zrobić dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="60"/>
        <source>Get a ticket to talk to someone today</source>
        <translation>Pobierz bilet, aby jeszcze dziś z kimś porozmawiać</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="69"/>
        <source>Please ask at the desk to talk to someone today.</source>
        <translation>Aby jeszcze dziś z kimś porozmawiać, zapytaj w punkcie obsługi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="79"/>
        <source>Fill in: %1</source>
        <translation>Wypełnij: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="88"/>
        <source>Other organisations that can help</source>
        <translation>Inne organizacje, które mogą pomóc</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="39"/>
        <source>Report something</source>
        <translation>Zgłoś problem</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="40"/>
        <source>Apply for something</source>
        <translation>Złóż wniosek</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="41"/>
        <source>Book something</source>
        <translation>Zarezerwuj termin</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="42"/>
        <source>Tell us something</source>
        <translation>Przekaż nam informację</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="43"/>
        <source>Ask us something</source>
        <translation>Zadaj nam pytanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="44"/>
        <source>Not sure where to start?</source>
        <translation>Nie wiesz, od czego zacząć?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="104"/>
        <source>What do you want to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="149"/>
        <source>%1 – sent, reference %2</source>
        <translation>%1 – wysłano, numer %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="64"/>
        <source>Welcome to %1</source>
        <translation>Witamy w %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="67"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>Punkt samoobsługowy: %1. Dotknij przycisku, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="70"/>
        <source>Find a council service</source>
        <translation>Znajdź usługę urzędu</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="71"/>
        <source>Give feedback</source>
        <translation>Przekaż opinię</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="72"/>
        <source>Take a ticket</source>
        <translation>Pobierz bilet</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="73"/>
        <source>Check in for an appointment</source>
        <translation>Potwierdź przybycie na umówioną wizytę</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="74"/>
        <source>Report, apply, book, tell us or ask</source>
        <translation>Zgłoś, złóż wniosek, zarezerwuj, poinformuj lub zapytaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="75"/>
        <source>Track a request</source>
        <translation>Sprawdź status zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="76"/>
        <source>Send documents for my case</source>
        <translation>Wyślij dokumenty do mojej sprawy</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="77"/>
        <source>Business visitor sign-in</source>
        <translation>Rejestracja gości służbowych</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="83"/>
        <source>Do you need more time?</source>
        <translation>Potrzebujesz więcej czasu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="85"/>
        <source>This screen will clear in %1 seconds to protect your privacy.</source>
        <translation>Aby chronić Twoją prywatność, ten ekran zostanie wyczyszczony za %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="89"/>
        <source>Yes, I need more time</source>
        <translation>Tak, potrzebuję więcej czasu</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="90"/>
        <source>No, I have finished</source>
        <translation>Nie, to wszystko</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/shell.py" line="401"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="402"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="403"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="404"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="405"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="406"/>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="407"/>
        <source>Get help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="408"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="430"/>
        <source>Starting read aloud…</source>
        <translation>Uruchamianie czytania na głos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="446"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>Czytanie na głos nie jest dostępne w tym kiosku. Naciśnij „Poproś o pomoc”, a pracownik przyjdzie Ci pomóc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="470"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>Pomoc jest w drodze. Pracownik przyjdzie do tego kiosku. Zaczekaj tutaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="477"/>
        <source>We could not call for help from this kiosk. Please ask at the desk.</source>
        <translation>Nie udało się wezwać pomocy z tego kiosku. Zapytaj w punkcie obsługi.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/language_picker.py" line="48"/>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
</context>
<context>
    <name>QueueJourney</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="29"/>
        <source>Sorry, this kiosk cannot save right now. Please ask a member of staff.</source>
        <translation>Przepraszamy, ten kiosk nie może teraz zapisać danych. Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="33"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie lub poproś o pomoc pracownika.</translation>
    </message>
</context>
<context>
    <name>ServicesInfo</name>
    <message>
        <location filename="../../kiosk/services_info.py" line="82"/>
        <source>You can come to us to:</source>
        <translation>Możesz przyjść do nas w tych sprawach:</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="86"/>
        <source>Take a seat or ask at the desk. Staff can help you use this kiosk.</source>
        <translation>Usiądź lub zapytaj w punkcie obsługi. Pracownicy pomogą Ci skorzystać z tego kiosku.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="105"/>
        <source>Which service do you need?</source>
        <translation>Jakiej usługi potrzebujesz?</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="120"/>
        <source>Checking your card…</source>
        <translation>Sprawdzanie karty…</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="125"/>
        <source>Staff sign-in</source>
        <translation>Logowanie personelu</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="127"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="128"/>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="129"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="142"/>
        <source>Enter your card PIN.</source>
        <translation>Wpisz PIN karty.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="145"/>
        <source>Put your staff card in the reader and leave it there while you work.</source>
        <translation>Włóż kartę pracownika do czytnika i nie wyjmuj jej w trakcie pracy.</translation>
    </message>
</context>
<context>
    <name>TicketConfirmation</name>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="174"/>
        <source>Your number is</source>
        <translation>Twój numer to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="175"/>
        <source>Watch the screen for your number.</source>
        <translation>Obserwuj ekran – pojawi się na nim Twój numer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="176"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="194"/>
        <source>It is your turn. Please go to %1.</source>
        <translation>Twoja kolej. Podejdź do: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="197"/>
        <source>You are next in the queue.</source>
        <translation>Twoja kolej będzie następna.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="198"/>
        <source>Your place in the queue: %1</source>
        <translation>Twoje miejsce w kolejce: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="203"/>
        <source>You should be seen very soon.</source>
        <translation>Obsłużymy Cię już za chwilę.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="205"/>
        <source>Estimated wait: about 1 minute</source>
        <translation>Szacowany czas oczekiwania: około 1 minuty</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="206"/>
        <source>Estimated wait: about %1 minutes</source>
        <translation>Szacowany czas oczekiwania: około %1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="211"/>
        <source>Printing your ticket…</source>
        <translation>Drukowanie biletu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="213"/>
        <source>Please take your ticket from the printer.</source>
        <translation>Weź bilet z drukarki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="215"/>
        <source>The printer is not working. Please note your number: %1</source>
        <translation>Drukarka nie działa. Zanotuj swój numer: %1</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="118"/>
        <source>Which service do you need?</source>
        <translation>Jakiej usługi potrzebujesz?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="121"/>
        <source>Do you have an appointment today?</source>
        <translation>Czy masz dziś umówioną wizytę?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="123"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="124"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="125"/>
        <source>Do you need extra help or a priority visit?</source>
        <translation>Czy potrzebujesz dodatkowej pomocy lub pierwszeństwa w obsłudze?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="128"/>
        <source>For example, if you use a wheelchair, have a disability, are unwell, or need an interpreter. This is optional and will not be shown on your ticket.</source>
        <translation>Na przykład jeśli poruszasz się na wózku, masz niepełnosprawność, źle się czujesz lub potrzebujesz tłumacza. Odpowiedź jest dobrowolna i nie pojawi się na Twoim bilecie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="132"/>
        <source>Getting your number…</source>
        <translation>Pobieranie numeru…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="133"/>
        <source>Here is your ticket</source>
        <translation>Oto Twój bilet</translation>
    </message>
</context>
<context>
    <name>TrackPages</name>
    <message>
        <location filename="../../kiosk/track_pages.py" line="82"/>
        <source>Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X</source>
        <translation>Wpisz numer dokładnie tak, jak na potwierdzeniu, na przykład MB-7K3M-9Q2D-X</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="88"/>
        <source>Your request %1</source>
        <translation>Twoje zgłoszenie %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="92"/>
        <source>We cannot find a request with this reference. Check it against your receipt, or ask a member of staff.</source>
        <translation>Nie możemy znaleźć zgłoszenia o tym numerze. Porównaj go z potwierdzeniem lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="96"/>
        <source>This kiosk has your request. It will reach the council as soon as this kiosk can connect. You do not need to do anything.</source>
        <translation>Twoje zgłoszenie jest zapisane w tym kiosku. Trafi do urzędu, gdy tylko kiosk połączy się z siecią. Nie musisz nic robić.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="100"/>
        <source>We cannot check requests right now because this kiosk cannot reach the council&apos;s system. Please try again later, or ask a member of staff.</source>
        <translation>Nie możemy teraz sprawdzić zgłoszeń, ponieważ ten kiosk nie może połączyć się z systemem urzędu. Spróbuj ponownie później lub poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="104"/>
        <source>This kiosk cannot check requests. Please ask a member of staff.</source>
        <translation>Ten kiosk nie może sprawdzać zgłoszeń. Poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="113"/>
        <source>We have received your request.</source>
        <translation>Otrzymaliśmy Twoje zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="114"/>
        <source>We are working on your request.</source>
        <translation>Zajmujemy się Twoim zgłoszeniem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="115"/>
        <source>Your request is closed.</source>
        <translation>Twoje zgłoszenie zostało zamknięte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="120"/>
        <source>Received %1. Last updated %2.</source>
        <translation>Otrzymano: %1. Ostatnia aktualizacja: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="129"/>
        <source>Track a request</source>
        <translation>Sprawdź status zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="130"/>
        <source>Enter the reference number from your receipt or confirmation.</source>
        <translation>Wpisz numer referencyjny z potwierdzenia – wydrukowanego lub otrzymanego w wiadomości.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="131"/>
        <source>Find my request</source>
        <translation>Znajdź moje zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="132"/>
        <source>Looking for your request…</source>
        <translation>Szukamy Twojego zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="133"/>
        <source>Track another request</source>
        <translation>Sprawdź inne zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="134"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>VisitorPages</name>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="230"/>
        <source>Choose who you are here to see</source>
        <translation>Wybierz, do kogo przychodzisz</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="239"/>
        <source>Your name must be %1 characters or fewer</source>
        <translation>Imię i nazwisko jest za długie. Maksymalna liczba znaków: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="242"/>
        <source>Enter your full name</source>
        <translation>Wpisz imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="244"/>
        <source>The company name must be %1 characters or fewer</source>
        <translation>Nazwa firmy jest za długa. Maksymalna liczba znaków: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="247"/>
        <source>Enter the company or organisation you are from</source>
        <translation>Wpisz nazwę firmy lub organizacji, z której przychodzisz</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="252"/>
        <source>What is your full name?</source>
        <translation>Jak się nazywasz (imię i nazwisko)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="253"/>
        <source>Which company or organisation are you from?</source>
        <translation>Z jakiej firmy lub organizacji przychodzisz?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="255"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="256"/>
        <source>Who are you here to see?</source>
        <translation>Do kogo przychodzisz?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="257"/>
        <source>Type part of their name or team to find them.</source>
        <translation>Aby znaleźć tę osobę, wpisz część jej imienia i nazwiska lub nazwy zespołu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="259"/>
        <source>Nobody matches that. Check the spelling, or ask at reception.</source>
        <translation>Nikogo nie znaleziono. Sprawdź pisownię lub zapytaj w recepcji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="261"/>
        <source>Check your answers before you sign in</source>
        <translation>Sprawdź odpowiedzi przed rejestracją</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="263"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="264"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="265"/>
        <source>Here to see</source>
        <translation>Osoba przyjmująca</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="269"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="270"/>
        <source>Change %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="271"/>
        <source>Sign in</source>
        <translation>Zarejestruj się</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="272"/>
        <source>You are signed in</source>
        <translation>Rejestracja zakończona</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="273"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="282"/>
        <source>Your badge number is %1</source>
        <translation>Numer Twojego identyfikatora: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="285"/>
        <source>We have told %1 that you are here. Please take a seat and they will come to meet you.</source>
        <translation>Powiadomiliśmy o Twoim przybyciu: %1. Usiądź, a ta osoba po Ciebie przyjdzie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="291"/>
        <source>Please wear your badge while you are in the building, and sign out at reception when you leave.</source>
        <translation>Noś identyfikator przez cały czas pobytu w budynku, a wychodząc, wyrejestruj się w recepcji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="300"/>
        <source>Printing your badge…</source>
        <translation>Drukowanie identyfikatora…</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="301"/>
        <source>Please take your badge from the printer.</source>
        <translation>Weź identyfikator z drukarki.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="303"/>
        <source>The printer is not working. Please note your badge number: %1</source>
        <translation>Drukarka nie działa. Zanotuj numer identyfikatora: %1</translation>
    </message>
</context>
</TS>
