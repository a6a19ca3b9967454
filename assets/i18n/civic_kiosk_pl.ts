<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="48"/>
        <source>Welcome to %1</source>
        <translation>Witamy w %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="51"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>Punkt samoobsługowy: %1. Dotknij przycisku, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="54"/>
        <source>Find a council service</source>
        <translation>Znajdź usługę urzędu</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="55"/>
        <source>Give feedback</source>
        <translation>Przekaż opinię</translation>
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
        <location filename="../../kiosk/shell.py" line="272"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="273"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="274"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="275"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="276"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="277"/>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="278"/>
        <source>Get help</source>
        <translation>Poproś o pomoc</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="279"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="300"/>
        <source>Starting read aloud…</source>
        <translation>Uruchamianie czytania na głos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="316"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>Czytanie na głos nie jest dostępne w tym kiosku. Naciśnij „Poproś o pomoc”, a pracownik przyjdzie Ci pomóc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="340"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>Pomoc jest w drodze. Pracownik przyjdzie do tego kiosku. Zaczekaj tutaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="347"/>
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
    <name>StaffExitPad</name>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="71"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="86"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Nie udało się sprawdzić kodu PIN. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="96"/>
        <source>Staff only: enter the PIN to leave kiosk mode</source>
        <translation>Tylko dla personelu: wpisz PIN, aby wyjść z trybu kiosku</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="97"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="98"/>
        <source>Enter</source>
        <translation>Zatwierdź</translation>
    </message>
</context>
</TS>
