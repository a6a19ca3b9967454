<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so" sourcelanguage="en">
<context>
    <name>AssistedBar</name>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <location filename="../../kiosk/assisted_bar.py" line="146"/>
        <location filename="../../kiosk/assisted_bar.py" line="179"/>
        <source>Assisted by %1</source>
        <translation>Waxaa caawinaya: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <source>Note saved.</source>
        <translation>Qoraalka waa la kaydiyey.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="148"/>
        <source>Check overridden.</source>
        <translation>Hubinta waa laga gudbay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="167"/>
        <source>There is no check on this page that staff can override.</source>
        <translation>Boggan kuma jirto hubin ay shaqaaluhu ka gudbi karaan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="180"/>
        <source>Staff tools</source>
        <translation>Qalabka shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="181"/>
        <source>Visit assisted</source>
        <translation>Caawimo la siiyey</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="182"/>
        <source>Priority visit</source>
        <translation>Adeeg mudnaan leh</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="183"/>
        <source>Add a staff note</source>
        <translation>Ku dar qoraal shaqaale</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="184"/>
        <source>Leave kiosk mode</source>
        <translation>Ka bax habka kiosk-ka</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="185"/>
        <source>Override a check</source>
        <translation>Ka gudub hubin</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="186"/>
        <source>Book an appointment</source>
        <translation>Ballan qabso</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="187"/>
        <source>Hand back</source>
        <translation>Dib u celi</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="188"/>
        <location filename="../../kiosk/assisted_bar.py" line="231"/>
        <source>Save note</source>
        <translation>Kaydi qoraalka</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="189"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="191"/>
        <source>Only the council can read this note (up to %1 characters).</source>
        <translation>Golaha oo keliya ayaa akhriyi kara qoraalkan (ilaa %1 xaraf).</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="226"/>
        <source>Override this check: “%1” Give the reason.</source>
        <translation>Ka gudub hubintan: “%1” Sheeg sababta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="228"/>
        <source>Override the check</source>
        <translation>Ka gudub hubinta</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="230"/>
        <source>Staff note</source>
        <translation>Qoraalka shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="240"/>
        <source>Saving…</source>
        <translation>Waa la kaydinayaa…</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="312"/>
        <source>Looking for free times…</source>
        <translation>Waxaa la raadinayaa waqtiyo bannaan…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="322"/>
        <source>The free times could not be read. Try again.</source>
        <translation>Waqtiyada bannaan lama akhriyi karin. Isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="351"/>
        <source>Choose a service to see its free times.</source>
        <translation>Dooro adeeg si aad u aragto waqtiyadiisa bannaan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="354"/>
        <source>No free times are left today for this service. Book another way.</source>
        <translation>Maanta waqti bannaan uma harin adeeggan. Si kale u qabso ballanta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="357"/>
        <source>Free times today (30 minutes each):</source>
        <translation>Waqtiyada bannaan ee maanta (mid kastaa waa 30 daqiiqo):</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="389"/>
        <source>Booking…</source>
        <translation>Ballanta waa la qabanayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="404"/>
        <source>%1, today at</source>
        <translation>%1, maanta saacadda</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="416"/>
        <source>Printing the appointment slip…</source>
        <translation>Waraaqda ballanta ayaa la daabacayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="425"/>
        <source>Take the appointment slip from the printer.</source>
        <translation>Fadlan waraaqda ballanta ka qaado daabacaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="428"/>
        <source>The printer is not working. Please note the reference: %1</source>
        <translation>Daabacuhu ma shaqeynayo. Fadlan qoro tixraaca: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="446"/>
        <source>Not booked: this kiosk&apos;s storage is failing. Tell IT support.</source>
        <translation>Ballan lama qabsan: kaydka mashiinkan ayaa cillad leh. U sheeg taageerada IT-ga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="448"/>
        <source>Not booked because of a fault (%1). Try again, or tell IT support.</source>
        <translation>Ballan lama qabsan cillad awgeed (%1). Isku day mar kale, ama u sheeg taageerada IT-ga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="486"/>
        <source>Choose a service.</source>
        <translation>Dooro adeeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="487"/>
        <source>Choose a time.</source>
        <translation>Dooro waqti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="489"/>
        <source>That is not one of the times on offer. Choose one of the times shown.</source>
        <translation>Taasi kama mid aha waqtiyada la heli karo. Dooro mid ka mid ah waqtiyada la muujiyey.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="492"/>
        <source>That time has passed or is too soon to book. Choose a later time.</source>
        <translation>Waqtigaasi wuu dhaafay ama aad buu u dhow yahay si loo qabsado. Dooro waqti ka dambeeya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="494"/>
        <source>Someone has just booked that time. Choose another time.</source>
        <translation>Qof kale ayaa hadda qabsaday waqtigaas. Dooro waqti kale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="495"/>
        <source>Enter the resident&apos;s surname, in letters.</source>
        <translation>Geli magaca dambe ee qofka, xarfo ahaan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="496"/>
        <source>The surname is too long. Use up to 80 characters.</source>
        <translation>Magaca dambe aad buu u dheer yahay. Isticmaal ilaa 80 xaraf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="497"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>Geli taariikh dhalasho oo sax ah, tusaale ahaan 27 3 1985.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="498"/>
        <source>The date of birth must be in the past.</source>
        <translation>Taariikhda dhalashadu waa inay ahaato waqti hore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="500"/>
        <source>This kiosk has no appointment list for today, so it cannot book. Tell IT support.</source>
        <translation>Mashiinkan ma hayo liiska ballamaha maanta, sidaas darteed ballan ma qaban karo. U sheeg taageerada IT-ga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="506"/>
        <source>Book an appointment for later today</source>
        <translation>Ballan u qabso waqti dambe oo maanta ah</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="507"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="510"/>
        <source>This kiosk can only book a time later today, here in this building. For another day, the resident needs to contact the council.</source>
        <translation>Mashiinkan wuxuu ballan u qaban karaa oo keliya waqti dambe oo maanta ah, halkan dhismahan. Maalin kale, qofku waa inuu la xiriiro golaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="514"/>
        <source>There is a problem</source>
        <translation>Dhibaato ayaa jirta</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="515"/>
        <source>1. Service</source>
        <translation>1. Adeegga</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="518"/>
        <source>2. Time</source>
        <translation>2. Waqtiga</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="520"/>
        <source>3. Resident</source>
        <translation>3. Qofka</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="521"/>
        <location filename="../../kiosk/booking_panel.py" line="522"/>
        <source>Surname</source>
        <translation>Magaca dambe</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="523"/>
        <source>Date of birth</source>
        <translation>Taariikhda dhalashada</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="524"/>
        <source>For example, 27 3 1985</source>
        <translation>Tusaale ahaan, 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="526"/>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="527"/>
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="528"/>
        <source>Year</source>
        <translation>Sannad</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="534"/>
        <source>The kiosk keeps only a code made from the surname and date of birth. Only the council can read them.</source>
        <translation>Mashiinku wuxuu hayaa oo keliya koodh laga sameeyey magaca dambe iyo taariikhda dhalashada. Golaha oo keliya ayaa akhriyi kara.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="538"/>
        <source>Book appointment</source>
        <translation>Qabso ballanta</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="539"/>
        <source>Appointment booked</source>
        <translation>Ballanta waa la qabsaday</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="540"/>
        <source>Reference</source>
        <translation>Lambarka tixraaca</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="542"/>
        <source>Check in at any kiosk with this reference, or your surname and date of birth.</source>
        <translation>Ku is diiwaangeli mashiin kasta adigoo isticmaalaya lambarkan tixraaca, ama magacaaga dambe iyo taariikhda dhalashadaada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="544"/>
        <source>Write the reference down, or take a photo of it.</source>
        <translation>Qoro lambarka tixraaca, ama sawir ka qaado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="545"/>
        <source>Done</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="546"/>
        <source>Book another appointment</source>
        <translation>Qabso ballan kale</translation>
    </message>
</context>
<context>
    <name>CheckInPages</name>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="232"/>
        <source>Today at %1</source>
        <translation>Maanta saacadda %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="296"/>
        <source>Enter your booking reference</source>
        <translation>Geli lambarka tixraaca ballantaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="297"/>
        <source>Enter your surname</source>
        <translation>Geli magacaaga dambe</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="298"/>
        <source>That code is too long to be one of ours.</source>
        <translation>Koodhkaasi aad buu u dheer yahay. Koodhadhkayagu way ka gaaban yihiin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="304"/>
        <source>A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2.</source>
        <translation>Lambarka tixraaca ballantu waa 2 xaraf iyo 5 xaraf ama tiro, tusaale ahaan TH-4K7Q2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="307"/>
        <source>We cannot find an appointment today with that reference.</source>
        <translation>Ma heli karno ballan maanta ah oo leh lambarkaas tixraaca.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="309"/>
        <source>That code is not one of our booking codes.</source>
        <translation>Koodhkaasi ma aha mid ka mid ah koodhadhka ballamahayaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="310"/>
        <source>That booking is for a different council building.</source>
        <translation>Ballantaasi waxay u tahay dhisme kale oo golaha ah.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="311"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>Geli taariikh dhalasho oo sax ah, tusaale ahaan 27 3 1985.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="313"/>
        <source>We cannot find an appointment today for that surname and date of birth.</source>
        <translation>Ma heli karno ballan maanta ah oo ku beegan magacaas dambe iyo taariikhdaas dhalashada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="315"/>
        <source>You are early. You can check in from %1.</source>
        <translation>Goor hore ayaad timid. Waxaad is diiwaangelin kartaa laga bilaabo %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="317"/>
        <source>Your appointment time has passed. Please take a ticket or ask a member of staff.</source>
        <translation>Waqtigii ballantaadu wuu dhaafay. Fadlan qaado tigidh ama weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="319"/>
        <source>You have already checked in. Your number is %1.</source>
        <translation>Horay ayaa laguu diiwaangeliyey. Lambarkaagu waa %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="327"/>
        <source>How do you want to find your appointment?</source>
        <translation>Sidee baad rabtaa inaad ballantaada u hesho?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="328"/>
        <source>Type your booking reference</source>
        <translation>Qor lambarka tixraaca ballantaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="329"/>
        <location filename="../../kiosk/checkin_pages.py" line="335"/>
        <source>Scan the QR code on your letter</source>
        <translation>Iskaan garee koodhka QR ee warqaddaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="330"/>
        <source>Use your surname and date of birth</source>
        <translation>Isticmaal magacaaga dambe iyo taariikhda dhalashadaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="331"/>
        <source>What is your booking reference?</source>
        <translation>Waa maxay lambarka tixraaca ballantaadu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="333"/>
        <source>It is on your appointment letter or text message, for example TH-4K7Q2.</source>
        <translation>Waxa uu ku qoran yahay warqadda ballantaada ama fariinta qoraalka ah, tusaale ahaan TH-4K7Q2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="336"/>
        <source>Hold the QR code on your letter under the scanner.</source>
        <translation>Koodhka QR ee warqaddaada ku qabo iskaanka hoostiisa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="337"/>
        <source>Or hold it up to the camera above the screen.</source>
        <translation>Ama u qabo kamaradda ka sarreysa shaashadda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="338"/>
        <source>Type your booking reference instead</source>
        <translation>Taa beddelkeeda, qor lambarka tixraaca ballantaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="339"/>
        <source>What is your surname?</source>
        <translation>Waa maxay magacaaga dambe?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="340"/>
        <source>What is your date of birth?</source>
        <translation>Waa maxay taariikhda dhalashadaadu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="341"/>
        <source>For example, 27 3 1985</source>
        <translation>Tusaale ahaan, 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="342"/>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="343"/>
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="344"/>
        <source>Year</source>
        <translation>Sannad</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="348"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="349"/>
        <source>Your appointment</source>
        <translation>Ballantaada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="350"/>
        <source>Check this is your appointment, then press Check in.</source>
        <translation>Hubi inay tani tahay ballantaada, kadibna riix ‘Is diiwaangeli’.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="351"/>
        <source>Check in</source>
        <translation>Is diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="352"/>
        <source>Take a ticket instead</source>
        <translation>Taa beddelkeeda, qaado tigidh</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="354"/>
        <source>You are checked in</source>
        <translation>Waa lagu diiwaangeliyey</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../kiosk/board.py" line="227"/>
        <source>Now calling</source>
        <translation>Hadda waxaa la yeerayaa</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="228"/>
        <source>Please wait for your number to be called.</source>
        <translation>Fadlan sug ilaa lambarkaaga la yeero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="229"/>
        <source>Called recently</source>
        <translation>Dhawaan la yeeray</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="230"/>
        <source>Waiting</source>
        <translation>Kuwa sugaya</translation>
    </message>
</context>
<context>
    <name>DocumentCapture</name>
    <message>
        <location filename="../../ui/scan_words.py" line="16"/>
        <source>The scanner is not connected.</source>
        <translation>Iskaanka lama xiriirin.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="19"/>
        <source>Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, then scan again.</source>
        <translation>Warqad ayaa ku xayiran meesha waraaqaha. Fur daboolka meesha waraaqaha, si tartiib ah warqadda u soo saar, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="24"/>
        <source>There is no paper in the feeder. Put your pages in face up, then scan again.</source>
        <translation>Meesha waraaqaha warqad kuma jirto. Bogaggaaga geli adigoo wejigooda kor u jeedinaya, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="28"/>
        <source>The scanner&apos;s cover is open. Close it, then scan again.</source>
        <translation>Daboolka iskaanka waa furan yahay. Xir, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="31"/>
        <source>The scanner is busy. Wait a moment, then scan again.</source>
        <translation>Iskaanku wuu mashquul yahay. Wax yar sug, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="34"/>
        <source>The scanner sent a page we could not read. Scan it again.</source>
        <translation>Iskaanku wuxuu soo diray bog aanan akhrin karin. Mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="37"/>
        <source>There are more pages in the feeder than this document can have. Take the rest out of the feeder.</source>
        <translation>Meesha waraaqaha waxaa ku jira bogag ka badan inta dukumeentigan yeelan karo. Inta kale ka soo saar meesha waraaqaha.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="42"/>
        <source>The scanner is not working.</source>
        <translation>Iskaanku ma shaqeynayo.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="52"/>
        <source>This page looks blank. Check the page is face down on the glass, then scan it again.</source>
        <translation>Boggan wuxuu u muuqdaa mid madhan. Hubi in bogga quraaradda loo saaray wejigiisa oo hoos u jeeda, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="56"/>
        <source>This page is too dark to read. Close the lid fully, then scan it again.</source>
        <translation>Boggan aad buu u madow yahay, lama akhriyi karo. Daboolka si buuxda u xir, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="60"/>
        <source>This page is very faint. Check it can be read.</source>
        <translation>Qoraalka boggan aad buu u daciif yahay. Hubi in la akhriyi karo.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="63"/>
        <source>This page looks blurred. Keep the page flat and still, then scan it again.</source>
        <translation>Boggan wuxuu u muuqdaa mid aan caddayn. Bogga si siman u dhig oo ha dhaqaajin, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="67"/>
        <source>Part of this page may be cut off. Move the page into the corner, then scan it again.</source>
        <translation>Qayb ka mid ah boggan waxaa laga yaabaa inay go&apos;day. Bogga u dhaqaaji geeska, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="71"/>
        <source>This page is very crooked. Line it up with the edge of the glass, then scan it again.</source>
        <translation>Boggan aad buu u qalloocan yahay. Ku toosi cidhifka quraaradda, kadibna mar kale iskaan garee.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="383"/>
        <source>Put the page face down on the glass, in the corner with the mark. Close the lid, then tap Scan.</source>
        <translation>Bogga dul dhig quraaradda adigoo wejigiisa hoos u jeedinaya, geeska calaamadda leh. Daboolka xir, kadibna taabo ‘Iskaan garee’.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="387"/>
        <source>Put the pages face up in the feeder, top edge first. Then tap Scan.</source>
        <translation>Bogagga geli meesha waraaqaha adigoo wejigooda kor u jeedinaya, cidhifka sare marka hore. Kadibna taabo ‘Iskaan garee’.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="390"/>
        <source>Put the page face up under the camera, inside the marked area. Then tap Scan.</source>
        <translation>Bogga dhig kamaradda hoosteeda adigoo wejigiisa kor u jeedinaya, gudaha meesha calaamadsan. Kadibna taabo ‘Iskaan garee’.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="394"/>
        <source>One page on the glass</source>
        <translation>Hal bog oo quraaradda saaran</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="395"/>
        <source>Several pages in the feeder</source>
        <translation>Dhowr bog oo meesha waraaqaha ku jira</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="396"/>
        <source>Under the camera</source>
        <translation>Kamaradda hoosteeda</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="398"/>
        <source>The scanner is not working. You can bring this document to a desk instead.</source>
        <translation>Iskaanku ma shaqeynayo. Taa beddelkeeda, dukumeentigan waxaad keeni kartaa miiska.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="401"/>
        <source>Scanning page %1 again</source>
        <translation>Bogga %1 ayaa mar kale la iskaan garaynayaa</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="403"/>
        <source>Scan the pages in the feeder</source>
        <translation>Iskaan garee bogagga meesha waraaqaha</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="405"/>
        <source>Scan another page</source>
        <translation>Iskaan garee bog kale</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="407"/>
        <source>Scan</source>
        <translation>Iskaan garee</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="410"/>
        <source>Scanning. Please wait.</source>
        <translation>Waa la iskaan garaynayaa. Fadlan sug.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="412"/>
        <source>Scanning. %1 pages done so far.</source>
        <translation>Waa la iskaan garaynayaa. Ilaa hadda %1 bog ayaa dhammaaday.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="418"/>
        <source>The pages you scanned before are kept.</source>
        <translation>Bogaggii aad hore u iskaan gareysay waa la hayaa.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="420"/>
        <source>Please ask a member of staff for help.</source>
        <translation>Fadlan caawimo weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="424"/>
        <source>This document can have up to %1 pages, so we kept the first ones.</source>
        <translation>Dukumeentigan wuxuu yeelan karaa ilaa %1 bog, sidaas darteed waxaan haynay bogagga ugu horreeya.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="429"/>
        <source>No pages scanned yet. This document can have up to %1 pages.</source>
        <translation>Weli bog lama iskaan garayn. Dukumeentigan wuxuu yeelan karaa ilaa %1 bog.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="431"/>
        <source>1 page scanned. This document can have up to %1 pages.</source>
        <translation>1 bog ayaa la iskaan gareeyey. Dukumeentigan wuxuu yeelan karaa ilaa %1 bog.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="433"/>
        <source>%2 pages scanned. This document can have up to %1 pages.</source>
        <translation>%2 bog ayaa la iskaan gareeyey. Dukumeentigan wuxuu yeelan karaa ilaa %1 bog.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="438"/>
        <source>Page %1 of %2</source>
        <translation>Bogga %1 ka mid ah %2</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="444"/>
        <source>We straightened this page for you.</source>
        <translation>Boggan waan kuu toosinnay.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="447"/>
        <source>Scan this page again</source>
        <translation>Boggan mar kale iskaan garee</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="448"/>
        <source>Remove this page</source>
        <translation>Ka saar boggan</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="450"/>
        <source>Page %1</source>
        <translation>Bogga %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPages</name>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="214"/>
        <source>Enter your case reference, claim number or account number</source>
        <translation>Geli lambarka tixraaca kiiskaaga, lambarka codsigaaga ama lambarka akoonkaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="217"/>
        <source>That is too long for a case reference, claim number or account number</source>
        <translation>Taasi aad bay ugu dheer tahay lambarka tixraaca kiiska, lambarka codsiga ama lambarka akoonka</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="220"/>
        <source>Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X or 12345678</source>
        <translation>Geli lambarka tixraaca ama lambarka sida uu ugu qoran yahay warqaddaada, tusaale ahaan HB-7K3M-9Q2D-X ama 12345678</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="223"/>
        <source>Scan at least one page</source>
        <translation>Iskaan garee ugu yaraan hal bog</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="231"/>
        <source>Which case are these documents for?</source>
        <translation>Dukumeentiyadan kiiskee bay u socdaan?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="234"/>
        <source>Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, or your claim number or council tax account number.</source>
        <translation>Qor lambarka tixraaca ee ku qoran warqaddayada ama rasiidka, tusaale ahaan HB-7K3M-9Q2D-X, ama lambarka codsigaaga (claim number) ama lambarka akoonka canshuurta golaha (council tax).</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="238"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="239"/>
        <source>Which document are you sending?</source>
        <translation>Waa kee dukumeentiga aad diraysaa?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="243"/>
        <source>Send this document</source>
        <translation>Dir dukumeentigan</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="244"/>
        <source>Sending. Please wait.</source>
        <translation>Waa la dirayaa. Fadlan sug.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="246"/>
        <source>Document sent</source>
        <translation>Dukumeentiga waa la diray</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="247"/>
        <source>Send another document for this case</source>
        <translation>Dir dukumeenti kale oo kiiskan ah</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="248"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="258"/>
        <source>Scan your %1</source>
        <translation>Iskaan garee: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="267"/>
        <source>Your receipt number is %1</source>
        <translation>Lambarka rasiidkaagu waa %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="269"/>
        <source>1 page</source>
        <translation>1 bog</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="271"/>
        <source>%1 pages</source>
        <translation>%1 bog</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="274"/>
        <source>%1 of your %2, for %3.</source>
        <translation>%2 (%1), kiiska %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="281"/>
        <source>Your document is sealed so that only the council can open it, and this kiosk keeps no copy you could see. It goes to the team dealing with your case. They will contact you if they need anything else.</source>
        <translation>Dukumeentigaaga si ammaan ah ayaa loo xiray, golaha oo keliya ayaa furi kara, mashiinkanna ma hayo nuqul la arki karo. Wuxuu u socdaa kooxda ka shaqaynaysa kiiskaaga. Way kula soo xiriiri doonaan haddii ay u baahdaan wax kale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="287"/>
        <source>Your receipt is printing.</source>
        <translation>Rasiidkaaga waa la daabacayaa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="288"/>
        <source>Take your receipt from the printer.</source>
        <translation>Rasiidkaaga ka qaado daabacaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="289"/>
        <source>We cannot print a receipt. Please note your receipt number.</source>
        <translation>Ma daabici karno rasiid. Fadlan qoro lambarka rasiidkaaga.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="68"/>
        <source>There is a problem</source>
        <translation>Dhibaato ayaa jirta</translation>
    </message>
</context>
<context>
    <name>FeedbackFaces</name>
    <message>
        <location filename="../../ui/feedback_faces.py" line="340"/>
        <source>How was using this kiosk today? (optional)</source>
        <translation>Sidee buu kuula ahaa isticmaalka mashiinkan maanta? (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="342"/>
        <source>Very dissatisfied</source>
        <translation>Aad ugu qanacsanayn</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>Ku qanacsanayn</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="344"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Dhexdhexaad</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="345"/>
        <source>Satisfied</source>
        <translation>Ku qanacsan</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="346"/>
        <source>Very satisfied</source>
        <translation>Aad ugu qanacsan</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="351"/>
        <source>Thank you for your comment.</source>
        <translation>Waad ku mahadsan tahay faalladaada.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="353"/>
        <source>Thank you for your feedback.</source>
        <translation>Waad ku mahadsan tahay ra&apos;yigaaga.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="354"/>
        <source>Add a comment</source>
        <translation>Ku dar faallo</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="357"/>
        <source>How could we improve? Do not include personal details such as your name, address or phone number.</source>
        <translation>Sidee baan u hagaajin karnaa? Ha ku qorin macluumaad shakhsi ah sida magacaaga, cinwaankaaga ama lambarka taleefankaaga.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="361"/>
        <source>Your comment</source>
        <translation>Faalladaada</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="362"/>
        <source>Send comment</source>
        <translation>Dir faallada</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="369"/>
        <source>You have 1 character left</source>
        <translation>Waxaa kuu hadhay 1 xaraf</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="371"/>
        <source>You have %1 characters left</source>
        <translation>Waxaa kuu hadhay %1 xaraf</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="373"/>
        <source>You have 1 character too many</source>
        <translation>Waxaad leedahay 1 xaraf oo dheeraad ah</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="375"/>
        <source>You have %1 characters too many</source>
        <translation>Waxaad leedahay %1 xaraf oo dheeraad ah</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="384"/>
        <source>This kiosk could not save your feedback just now. You can try again, or carry on without it.</source>
        <translation>Mashiinkan hadda ma kaydin karin ra&apos;yigaaga. Waxaad isku dayi kartaa mar kale, ama sii wad la&apos;aantiis.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="388"/>
        <source>Something went wrong. You can try again, or carry on without it.</source>
        <translation>Wax baa khaldamay. Waxaad isku dayi kartaa mar kale, ama sii wad la&apos;aantiis.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="392"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>Faalladaadu waa %1 xaraf. Fadlan ka dhig %2 xaraf ama ka yar.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="399"/>
        <source>Write your comment, or carry on without one.</source>
        <translation>Qor faalladaada, ama sii wad adigoon faallo qorin.</translation>
    </message>
</context>
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
    <name>FormAnswers</name>
    <message>
        <location filename="../../kiosk/form_address.py" line="199"/>
        <source>Postcode</source>
        <translation>Koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="201"/>
        <source>Find address</source>
        <translation>Raadi cinwaanka</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="203"/>
        <source>My address is not listed</source>
        <translation>Cinwaankaygu kuma jiro liiska</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="205"/>
        <source>Address</source>
        <translation>Cinwaanka</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="213"/>
        <source>Enter a postcode</source>
        <translation>Geli koodhka boostada</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="219"/>
        <source>We could not find any addresses for %1. Check the postcode, or enter your address.</source>
        <translation>Ma aanan helin wax cinwaan ah oo ku beegan %1. Hubi koodhka boostada, ama geli cinwaankaaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="225"/>
        <source>1 address found for %1</source>
        <translation>Waxaa la helay 1 cinwaan oo ku beegan %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="227"/>
        <source>%2 addresses found for %1</source>
        <translation>Waxaa la helay %2 cinwaan oo ku beegan %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="275"/>
        <source>You have 1 character remaining</source>
        <translation>Waxaa kuu hadhay 1 xaraf</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="277"/>
        <source>You have %1 characters remaining</source>
        <translation>Waxaa kuu hadhay %1 xaraf</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="279"/>
        <source>You have 1 character too many</source>
        <translation>Waxaad leedahay 1 xaraf oo dheeraad ah</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="281"/>
        <source>You have %1 characters too many</source>
        <translation>Waxaad leedahay %1 xaraf oo dheeraad ah</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="329"/>
        <source>Day</source>
        <translation>Maalin</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="330"/>
        <source>Month</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="331"/>
        <source>Year</source>
        <translation>Sannad</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="404"/>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="405"/>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="412"/>
        <source>or</source>
        <translation>ama</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="451"/>
        <source>I agree</source>
        <translation>Waan ogolahay</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_document.py" line="119"/>
        <source>Which document are you scanning?</source>
        <translation>Waa kee dukumeentiga aad iskaan garaynayso?</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <location filename="../../kiosk/form_pages.py" line="167"/>
        <source>You will need:</source>
        <translation>Waxaad u baahan doontaa:</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="174"/>
        <source>It takes about 1 minute.</source>
        <translation>Waxay qaadataa qiyaastii 1 daqiiqo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="176"/>
        <source>It takes about %1 minutes.</source>
        <translation>Waxay qaadataa qiyaastii %1 daqiiqo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="179"/>
        <source>Start now</source>
        <translation>Hadda bilow</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="192"/>
        <source>%1 (optional)</source>
        <translation>%1 (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="212"/>
        <location filename="../../kiosk/form_pages.py" line="250"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="226"/>
        <location filename="../../kiosk/form_pages.py" line="284"/>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="232"/>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="241"/>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="242"/>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="263"/>
        <source>Check your answers before sending</source>
        <translation>Hubi jawaabahaaga ka hor intaadan dirin</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="293"/>
        <source>Now send your form</source>
        <translation>Hadda dir foomkaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="298"/>
        <source>By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.</source>
        <translation>Markaad dirto foomkan, waxaad xaqiijinaysaa in macluumaadka aad bixinayso ay sax yihiin inta aad ogtahay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="304"/>
        <source>Accept and send</source>
        <translation>Aqbal oo dir</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="324"/>
        <location filename="../../kiosk/form_pages.py" line="369"/>
        <source>Finish</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="328"/>
        <source>Saving your answers for the officer…</source>
        <translation>Jawaabahaaga waa loo kaydinayaa sarkaalka…</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="329"/>
        <source>Show this reference to the officer, so you do not have to answer again: %1</source>
        <translation>Sarkaalka tus lambarkan tixraaca, si aadan mar kale u jawaabin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="342"/>
        <source>Form sent</source>
        <translation>Foomka waa la diray</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="344"/>
        <source>Your reference number</source>
        <translation>Lambarka tixraacaaga</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="356"/>
        <source>What happens next</source>
        <translation>Maxaa xiga</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="366"/>
        <source>Next: %1</source>
        <translation>Ku xiga: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="380"/>
        <source>Your receipt is printing. Take it with you.</source>
        <translation>Rasiidkaaga waa la daabacayaa. Qaado oo kula tag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="384"/>
        <source>Take your receipt from the printer.</source>
        <translation>Rasiidkaaga ka qaado daabacaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="385"/>
        <source>This kiosk cannot print your receipt. Please write down your reference: %1</source>
        <translation>Mashiinkan ma daabici karo rasiidkaaga. Fadlan qoro lambarka tixraacaaga: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="545"/>
        <source>Please tell the officer your answers when you see them.</source>
        <translation>Fadlan markaad aragto sarkaalka u sheeg jawaabahaaga.</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="46"/>
        <source>Please talk to a member of staff</source>
        <translation>Fadlan la hadal shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="49"/>
        <source>What you can do next</source>
        <translation>Waxa aad samayn karto marka xigta</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="60"/>
        <source>Get a ticket to talk to someone today</source>
        <translation>Qaado tigidh si aad maanta qof ula hadasho</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="69"/>
        <source>Please ask at the desk to talk to someone today.</source>
        <translation>Si aad maanta qof ula hadasho, fadlan wax ka weydii miiska.</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="79"/>
        <source>Fill in: %1</source>
        <translation>Buuxi: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="88"/>
        <source>Other organisations that can help</source>
        <translation>Hay&apos;ado kale oo ku caawin kara</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="39"/>
        <source>Report something</source>
        <translation>Wax soo sheeg</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="40"/>
        <source>Apply for something</source>
        <translation>Wax codso</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="41"/>
        <source>Book something</source>
        <translation>Wax ballanso</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="42"/>
        <source>Tell us something</source>
        <translation>Wax noo sheeg</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="43"/>
        <source>Ask us something</source>
        <translation>Wax na weydii</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="44"/>
        <source>Not sure where to start?</source>
        <translation>Ma hubtid halka aad ka bilaabayso?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="104"/>
        <source>What do you want to do?</source>
        <translation>Maxaad rabtaa inaad samayso?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="149"/>
        <source>%1 – sent, reference %2</source>
        <translation>%1 – waa la diray, lambarka tixraaca %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="64"/>
        <source>Welcome to %1</source>
        <translation>Ku soo dhowow %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="67"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>Halkan adigu waxaad ka isticmaali kartaa adeegyada %1. Taabo badhan si aad u bilowdo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="70"/>
        <source>Find a council service</source>
        <translation>Raadi adeeg golaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="71"/>
        <source>Give feedback</source>
        <translation>Ra&apos;yi bixi</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="72"/>
        <source>Take a ticket</source>
        <translation>Qaado tigidh</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="73"/>
        <source>Check in for an appointment</source>
        <translation>Is diiwaangeli haddii aad ballan leedahay</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="74"/>
        <source>Report, apply, book, tell us or ask</source>
        <translation>Soo sheeg, codso, ballanso, noo sheeg ama na weydii</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="75"/>
        <source>Track a request</source>
        <translation>La soco codsi</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="76"/>
        <source>Send documents for my case</source>
        <translation>Dir dukumeentiyada kiiskayga</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="77"/>
        <source>Business visitor sign-in</source>
        <translation>Diiwaangelinta booqdayaasha ganacsiga</translation>
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
        <location filename="../../kiosk/shell.py" line="401"/>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="402"/>
        <source>Larger text</source>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="403"/>
        <source>High contrast</source>
        <translation>Midab xoog leh</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="404"/>
        <source>Read aloud</source>
        <translation>Cod ku akhri</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="405"/>
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="406"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="407"/>
        <source>Get help</source>
        <translation>Caawimo hel</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="408"/>
        <source>Staff</source>
        <translation>Shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="430"/>
        <source>Starting read aloud…</source>
        <translation>Akhrinta codka ayaa bilaabanaysa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="446"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>Cod ku akhrintu kuma jirto mashiinkan. Riix ‘Caawimo hel’, mid ka mid ah shaqaalaha ayaa kuu iman doona si uu kuu caawiyo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="470"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>Caawimo ayaa soo socota. Mid ka mid ah shaqaalaha ayaa imanaya mashiinkan. Fadlan halkan joog.</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="477"/>
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
    <name>QueueJourney</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="29"/>
        <source>Sorry, this kiosk cannot save right now. Please ask a member of staff.</source>
        <translation>Waan ka xunnahay, mashiinkan hadda wax ma kaydin karo. Fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="33"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>Wax baa khaldamay. Fadlan isku day mar kale, ama weydii shaqaalaha.</translation>
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
    <name>StaffSignInPanel</name>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="120"/>
        <source>Checking your card…</source>
        <translation>Kaarkaaga waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="125"/>
        <source>Staff sign-in</source>
        <translation>Soo gelidda shaqaalaha</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="127"/>
        <source>Clear</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="128"/>
        <source>Sign in</source>
        <translation>Soo gal</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="129"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="142"/>
        <source>Enter your card PIN.</source>
        <translation>Geli PIN-ka kaarkaaga.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="145"/>
        <source>Put your staff card in the reader and leave it there while you work.</source>
        <translation>Kaarka shaqaalahaaga geli akhristaha, kuna daa inta aad shaqaynayso.</translation>
    </message>
</context>
<context>
    <name>TicketConfirmation</name>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="174"/>
        <source>Your number is</source>
        <translation>Lambarkaagu waa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="175"/>
        <source>Watch the screen for your number.</source>
        <translation>Fiiri shaashadda si aad u aragto lambarkaaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="176"/>
        <source>Done</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="194"/>
        <source>It is your turn. Please go to %1.</source>
        <translation>Waa markaagii. Fadlan u tag %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="197"/>
        <source>You are next in the queue.</source>
        <translation>Adiga ayaa ku xiga safka.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="198"/>
        <source>Your place in the queue: %1</source>
        <translation>Kaalintaada safka: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="203"/>
        <source>You should be seen very soon.</source>
        <translation>Waxaa laguu adeegi doonaa wax yar kadib.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="205"/>
        <source>Estimated wait: about 1 minute</source>
        <translation>Sugitaanka la filayo: qiyaastii 1 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="206"/>
        <source>Estimated wait: about %1 minutes</source>
        <translation>Sugitaanka la filayo: qiyaastii %1 daqiiqo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="211"/>
        <source>Printing your ticket…</source>
        <translation>Tigidhkaaga waa la daabacayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="213"/>
        <source>Please take your ticket from the printer.</source>
        <translation>Fadlan tigidhkaaga ka qaado daabacaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="215"/>
        <source>The printer is not working. Please note your number: %1</source>
        <translation>Daabacuhu ma shaqeynayo. Fadlan qoro lambarkaaga: %1</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="118"/>
        <source>Which service do you need?</source>
        <translation>Adeeggee ayaad u baahan tahay?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="121"/>
        <source>Do you have an appointment today?</source>
        <translation>Ma leedahay ballan maanta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="123"/>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="124"/>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="125"/>
        <source>Do you need extra help or a priority visit?</source>
        <translation>Ma u baahan tahay caawimo dheeraad ah ama adeeg mudnaan leh?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="128"/>
        <source>For example, if you use a wheelchair, have a disability, are unwell, or need an interpreter. This is optional and will not be shown on your ticket.</source>
        <translation>Tusaale ahaan, haddii aad isticmaasho kursiga taayirrada leh, aad leedahay naafonimo, aad xanuunsan tahay, ama aad u baahan tahay turjubaan. Tani waa ikhtiyaari, laguma muujin doono tigidhkaaga.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="132"/>
        <source>Getting your number…</source>
        <translation>Lambarkaaga waa la soo saarayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="133"/>
        <source>Here is your ticket</source>
        <translation>Waa kan tigidhkaaga</translation>
    </message>
</context>
<context>
    <name>TrackPages</name>
    <message>
        <location filename="../../kiosk/track_pages.py" line="82"/>
        <source>Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X</source>
        <translation>Geli lambarka tixraaca sida uu ugu qoran yahay rasiidkaaga, tusaale ahaan MB-7K3M-9Q2D-X</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="88"/>
        <source>Your request %1</source>
        <translation>Codsigaaga %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="92"/>
        <source>We cannot find a request with this reference. Check it against your receipt, or ask a member of staff.</source>
        <translation>Ma heli karno codsi leh lambarkan tixraaca. Ku hubi rasiidkaaga, ama weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="96"/>
        <source>This kiosk has your request. It will reach the council as soon as this kiosk can connect. You do not need to do anything.</source>
        <translation>Codsigaagu wuxuu ku jiraa mashiinkan. Wuxuu gaari doonaa golaha isla marka mashiinkani xiriir helo. Waxba uma baahnid inaad samayso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="100"/>
        <source>We cannot check requests right now because this kiosk cannot reach the council&apos;s system. Please try again later, or ask a member of staff.</source>
        <translation>Hadda ma hubin karno codsiyada sababtoo ah mashiinkan ma gaari karo nidaamka golaha. Fadlan isku day mar dambe, ama weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="104"/>
        <source>This kiosk cannot check requests. Please ask a member of staff.</source>
        <translation>Mashiinkan ma hubin karo codsiyada. Fadlan weydii shaqaalaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="113"/>
        <source>We have received your request.</source>
        <translation>Codsigaaga waan helnay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="114"/>
        <source>We are working on your request.</source>
        <translation>Codsigaaga waan ka shaqaynaynaa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="115"/>
        <source>Your request is closed.</source>
        <translation>Codsigaaga waa la xiray.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="120"/>
        <source>Received %1. Last updated %2.</source>
        <translation>La helay %1. Markii ugu dambaysay ee la cusboonaysiiyey %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="129"/>
        <source>Track a request</source>
        <translation>La soco codsi</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="130"/>
        <source>Enter the reference number from your receipt or confirmation.</source>
        <translation>Geli lambarka tixraaca ee ku qoran rasiidkaaga ama fariinta xaqiijinta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="131"/>
        <source>Find my request</source>
        <translation>Raadi codsigayga</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="132"/>
        <source>Looking for your request…</source>
        <translation>Codsigaaga waa la raadinayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="133"/>
        <source>Track another request</source>
        <translation>La soco codsi kale</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="134"/>
        <source>Done</source>
        <translation>Dhammee</translation>
    </message>
</context>
<context>
    <name>VisitorPages</name>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="230"/>
        <source>Choose who you are here to see</source>
        <translation>Dooro qofka aad u timid</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="239"/>
        <source>Your name must be %1 characters or fewer</source>
        <translation>Magacaagu waa inuu ahaadaa %1 xaraf ama ka yar</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="242"/>
        <source>Enter your full name</source>
        <translation>Geli magacaaga oo buuxa</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="244"/>
        <source>The company name must be %1 characters or fewer</source>
        <translation>Magaca shirkaddu waa inuu ahaadaa %1 xaraf ama ka yar</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="247"/>
        <source>Enter the company or organisation you are from</source>
        <translation>Geli shirkadda ama hay&apos;adda aad ka timid</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="252"/>
        <source>What is your full name?</source>
        <translation>Waa maxay magacaaga oo buuxa?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="253"/>
        <source>Which company or organisation are you from?</source>
        <translation>Shirkaddee ama hay&apos;addee ayaad ka timid?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="255"/>
        <source>Continue</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="256"/>
        <source>Who are you here to see?</source>
        <translation>Qofkee ayaad u timid?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="257"/>
        <source>Type part of their name or team to find them.</source>
        <translation>Si aad qofka u hesho, qor qayb ka mid ah magaca qofka ama magaca kooxda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="259"/>
        <source>Nobody matches that. Check the spelling, or ask at reception.</source>
        <translation>Qofna lama helin. Hubi higgaadda, ama wax ka weydii qaybta soo dhaweynta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="261"/>
        <source>Check your answers before you sign in</source>
        <translation>Hubi jawaabahaaga ka hor intaadan is diiwaangelin</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="263"/>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="264"/>
        <source>Company</source>
        <translation>Shirkadda</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="265"/>
        <source>Here to see</source>
        <translation>Qofka aad u timid</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="269"/>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="270"/>
        <source>Change %1</source>
        <translation>Beddel: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="271"/>
        <source>Sign in</source>
        <translation>Is diiwaangeli</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="272"/>
        <source>You are signed in</source>
        <translation>Waa lagu diiwaangeliyey</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="273"/>
        <source>Done</source>
        <translation>Dhammee</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="282"/>
        <source>Your badge number is %1</source>
        <translation>Lambarka kaarkaaga booqdaha waa %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="285"/>
        <source>We have told %1 that you are here. Please take a seat and they will come to meet you.</source>
        <translation>Waxaan u sheegnay %1 inaad timid. Fadlan fadhiiso, waa laguu iman doonaa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="291"/>
        <source>Please wear your badge while you are in the building, and sign out at reception when you leave.</source>
        <translation>Fadlan xiro kaarkaaga booqdaha inta aad dhismaha joogto, markaad baxaysana baxitaankaaga ka diiwaangeli qaybta soo dhaweynta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="300"/>
        <source>Printing your badge…</source>
        <translation>Kaarkaaga booqdaha waa la daabacayaa…</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="301"/>
        <source>Please take your badge from the printer.</source>
        <translation>Fadlan kaarkaaga booqdaha ka qaado daabacaha.</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="303"/>
        <source>The printer is not working. Please note your badge number: %1</source>
        <translation>Daabacuhu ma shaqeynayo. Fadlan qoro lambarka kaarkaaga booqdaha: %1</translation>
    </message>
</context>
</TS>
