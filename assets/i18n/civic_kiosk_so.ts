<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so" sourcelanguage="en">
<context>
    <name>FeedbackPages</name>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="181"/>
        <source>This kiosk could not save your feedback just now. Nothing has been sent. Please try again, or ask a member of staff.</source>
        <translation>Mashiinkan hadda ma kaydin karin ra&apos;yigaaga. Waxba lama dirin. Fadlan isku day mar kale, ama weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="185"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>Wax baa khaldamay. Fadlan isku day mar kale, ama weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="216"/>
        <source>Choose a service, or choose ‘Not about one service’.</source>
        <translation>Dooro adeeg, ama dooro ‘Kuma saabsana hal adeeg’.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="218"/>
        <source>Choose how satisfied you are.</source>
        <translation>Dooro inta aad ku qanacsan tahay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="222"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>Faalladaadu waa %1 xaraf. Fadlan ka dhig %2 xaraf ama ka yar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="240"/>
        <source>Not about one service</source>
        <translation>Kuma saabsana hal adeeg</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="245"/>
        <source>Very satisfied</source>
        <translation>Aad ugu qanacsan</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="246"/>
        <source>Satisfied</source>
        <translation>Ku qanacsan</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="247"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Dhexdhexaad</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="248"/>
        <source>Dissatisfied</source>
        <translation>Ku qanacsanayn</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="249"/>
        <source>Very dissatisfied</source>
        <translation>Aad ugu qanacsanayn</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="257"/>
        <source>No comment</source>
        <translation>Faallo ma jirto</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="262"/>
        <source>There is a problem</source>
        <translation>Dhibaato ayaa jirta</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="263"/>
        <source>Which service is your feedback about?</source>
        <translation>Ra&apos;yigaagu adeeggee buu ku saabsan yahay?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="267"/>
        <source>Overall, how did you feel about our service today?</source>
        <translation>Guud ahaan, sidee ayaad u aragtay adeeggayaga maanta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="270"/>
        <source>How could we improve? (optional)</source>
        <translation>Sidee baan u hagaajin karnaa? (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="272"/>
        <source>Do not include personal details such as your name, address or phone number.</source>
        <translation>Ha ku qorin macluumaad shakhsi ah sida magacaaga, cinwaankaaga ama lambarka taleefankaaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="275"/>
        <source>Check your answers before sending your feedback</source>
        <translation>Hubi jawaabahaaga ka hor intaadan dirin ra&apos;yigaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="277"/>
        <source>Service</source>
        <translation>Adeegga</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="278"/>
        <source>How you felt</source>
        <translation>Sidaad u dareentay</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="279"/>
        <source>Your comment</source>
        <translation>Faalladaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="283"/>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="284"/>
        <source>Change %1</source>
        <translation>Beddel: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Send feedback</source>
        <translation>Dir ra&apos;yigaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="291"/>
        <source>Thank you for your feedback</source>
        <translation>Waad ku mahadsan tahay ra&apos;yigaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="294"/>
        <source>We read all feedback and use it to improve our services. You will not get a reply. If you want to make a complaint, please ask a member of staff.</source>
        <translation>Waxaan akhrinnaa ra&apos;yi kasta, waxaana u isticmaalnaa inaan ku hagaajino adeegyadayada. Jawaab ma heli doontid. Haddii aad rabto inaad cabasho gudbiso, fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="299"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="304"/>
        <source>%1 of %2 characters</source>
        <translation>%1 ka mid ah %2 xaraf</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="48"/>
        <source>Welcome to %1</source>
        <translation>Ku soo dhowow %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="51"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>Halkan adigu waxaad ka isticmaali kartaa adeegyada %1. Taabo badhan si aad u bilowdo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="54"/>
        <source>Find a council service</source>
        <translation>Raadi adeeg golaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="55"/>
        <source>Give feedback</source>
        <translation>Ra&apos;yi bixi</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="83"/>
        <source>Do you need more time?</source>
        <translation>Ma u baahan tahay waqti dheeraad ah?</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="85"/>
        <source>This screen will clear in %1 seconds to protect your privacy.</source>
        <translation>Si loo ilaaliyo sirtaada, shaashaddan waa la tirtiri doonaa %1 ilbiriqsi kadib.</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="89"/>
        <source>Yes, I need more time</source>
        <translation>Haa, waqti dheeraad ah ayaan u baahanahay</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="90"/>
        <source>No, I have finished</source>
        <translation>Maya, waan dhammeeyey</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/shell.py" line="272"/>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="273"/>
        <source>Larger text</source>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="274"/>
        <source>High contrast</source>
        <translation>Midab xoog leh</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="275"/>
        <source>Read aloud</source>
        <translation>Cod ku akhri</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="276"/>
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="277"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="278"/>
        <source>Get help</source>
        <translation>Caawimo hel</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="279"/>
        <source>Staff</source>
        <translation>Shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="300"/>
        <source>Starting read aloud…</source>
        <translation>Akhrinta codka ayaa bilaabanaysa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="316"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>Cod ku akhrintu kuma jirto mashiinkan. Riix ‘Caawimo hel’, mid ka mid ah shaqaalaha ayaa kuu iman doona si uu kuu caawiyo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="340"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>Caawimo ayaa soo socota. Mid ka mid ah shaqaalaha ayaa imanaya mashiinkan. Fadlan halkan joog.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="347"/>
        <source>We could not call for help from this kiosk. Please ask at the desk.</source>
        <translation>Kama aanan yeeri karin caawimo mashiinkan. Fadlan wax ka weydii miiska.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/language_picker.py" line="48"/>
        <source>Choose your language</source>
        <translation>Dooro luqaddaada</translation>
    </message>
</context>
<context>
    <name>ServicesInfo</name>
    <message>
        <location filename="../../kiosk/services_info.py" line="82"/>
        <source>You can come to us to:</source>
        <translation>Waxaad noogu iman kartaa arrimahan:</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="86"/>
        <source>Take a seat or ask at the desk. Staff can help you use this kiosk.</source>
        <translation>Fadlan fadhiiso ama wax ka weydii miiska. Shaqaaluhu waxay kaa caawin karaan isticmaalka mashiinkan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="105"/>
        <source>Which service do you need?</source>
        <translation>Adeeggee ayaad u baahan tahay?</translation>
    </message>
</context>
<context>
    <name>StaffExitPad</name>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="71"/>
        <source>Checking…</source>
        <translation>Waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="86"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>PIN-ka lama hubin karin. Isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="96"/>
        <source>Staff only: enter the PIN to leave kiosk mode</source>
        <translation>Shaqaalaha oo keliya: geli PIN-ka si aad uga baxdo habka kiosk-ka</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="97"/>
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="98"/>
        <source>Enter</source>
        <translation>Xaqiiji</translation>
    </message>
</context>
</TS>
