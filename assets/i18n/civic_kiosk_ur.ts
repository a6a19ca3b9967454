<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AssistedBar</name>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <location filename="../../kiosk/assisted_bar.py" line="146"/>
        <location filename="../../kiosk/assisted_bar.py" line="179"/>
        <source>Assisted by %1</source>
        <translation>مدد کر رہے ہیں: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <source>Note saved.</source>
        <translation>نوٹ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="148"/>
        <source>Check overridden.</source>
        <translation>جانچ نظرانداز کر دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="167"/>
        <source>There is no check on this page that staff can override.</source>
        <translation>اس صفحے پر کوئی ایسی جانچ نہیں جسے عملہ نظرانداز کر سکے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="180"/>
        <source>Staff tools</source>
        <translation>عملے کے ٹولز</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="181"/>
        <source>Visit assisted</source>
        <translation>مدد فراہم کی گئی</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="182"/>
        <source>Priority visit</source>
        <translation>ترجیحی بنیاد پر سروس</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="183"/>
        <source>Add a staff note</source>
        <translation>عملے کا نوٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="184"/>
        <source>Leave kiosk mode</source>
        <translation>کیوسک موڈ سے نکلیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="185"/>
        <source>Override a check</source>
        <translation>کوئی جانچ نظرانداز کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="186"/>
        <source>Book an appointment</source>
        <translation>اپوائنٹمنٹ بک کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="187"/>
        <source>Hand back</source>
        <translation>واپس دیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="188"/>
        <location filename="../../kiosk/assisted_bar.py" line="231"/>
        <source>Save note</source>
        <translation>نوٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="189"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="191"/>
        <source>Only the council can read this note (up to %1 characters).</source>
        <translation>یہ نوٹ صرف کونسل پڑھ سکتی ہے (زیادہ سے زیادہ %1 حروف)۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="226"/>
        <source>Override this check: “%1” Give the reason.</source>
        <translation>یہ جانچ نظرانداز کریں: “%1” وجہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="228"/>
        <source>Override the check</source>
        <translation>جانچ نظرانداز کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="230"/>
        <source>Staff note</source>
        <translation>عملے کا نوٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="240"/>
        <source>Saving…</source>
        <translation>محفوظ کیا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="312"/>
        <source>Looking for free times…</source>
        <translation>خالی اوقات تلاش کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="322"/>
        <source>The free times could not be read. Try again.</source>
        <translation>خالی اوقات نہیں پڑھے جا سکے۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="351"/>
        <source>Choose a service to see its free times.</source>
        <translation>خالی اوقات دیکھنے کے لیے کوئی سروس منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="354"/>
        <source>No free times are left today for this service. Book another way.</source>
        <translation>آج اس سروس کے لیے کوئی خالی وقت باقی نہیں۔ کسی اور طریقے سے بک کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="357"/>
        <source>Free times today (30 minutes each):</source>
        <translation>آج کے خالی اوقات (ہر ایک 30 منٹ):</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="389"/>
        <source>Booking…</source>
        <translation>بکنگ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="404"/>
        <source>%1, today at</source>
        <translation>‏%1، آج بوقت</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="416"/>
        <source>Printing the appointment slip…</source>
        <translation>اپائنٹمنٹ کی پرچی پرنٹ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="425"/>
        <source>Take the appointment slip from the printer.</source>
        <translation>براہ کرم پرنٹر سے اپائنٹمنٹ کی پرچی لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="428"/>
        <source>The printer is not working. Please note the reference: %1</source>
        <translation>پرنٹر کام نہیں کر رہا۔ براہ کرم حوالہ نمبر نوٹ کر لیں: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="446"/>
        <source>Not booked: this kiosk&apos;s storage is failing. Tell IT support.</source>
        <translation>بکنگ نہیں ہوئی: اس کیوسک کی اسٹوریج میں خرابی ہے۔ آئی ٹی سپورٹ کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="448"/>
        <source>Not booked because of a fault (%1). Try again, or tell IT support.</source>
        <translation>کسی خرابی کی وجہ سے بکنگ نہیں ہوئی (%1)۔ دوبارہ کوشش کریں، یا آئی ٹی سپورٹ کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="486"/>
        <source>Choose a service.</source>
        <translation>کوئی سروس منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="487"/>
        <source>Choose a time.</source>
        <translation>کوئی وقت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="489"/>
        <source>That is not one of the times on offer. Choose one of the times shown.</source>
        <translation>یہ دستیاب اوقات میں سے نہیں ہے۔ دکھائے گئے اوقات میں سے کوئی ایک منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="492"/>
        <source>That time has passed or is too soon to book. Choose a later time.</source>
        <translation>یہ وقت گزر چکا ہے یا بک کرنے کے لیے بہت قریب ہے۔ بعد کا کوئی وقت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="494"/>
        <source>Someone has just booked that time. Choose another time.</source>
        <translation>ابھی کسی اور نے یہ وقت بک کر لیا ہے۔ کوئی دوسرا وقت منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="495"/>
        <source>Enter the resident&apos;s surname, in letters.</source>
        <translation>رہائشی کا خاندانی نام حروف میں درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="496"/>
        <source>The surname is too long. Use up to 80 characters.</source>
        <translation>خاندانی نام بہت لمبا ہے۔ زیادہ سے زیادہ 80 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="497"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>درست تاریخ پیدائش درج کریں، مثال کے طور پر 27 3 1985۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="498"/>
        <source>The date of birth must be in the past.</source>
        <translation>تاریخ پیدائش ماضی کی ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="500"/>
        <source>This kiosk has no appointment list for today, so it cannot book. Tell IT support.</source>
        <translation>اس کیوسک میں آج کی اپوائنٹمنٹس کی فہرست نہیں ہے، اس لیے یہ بکنگ نہیں کر سکتا۔ آئی ٹی سپورٹ کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="506"/>
        <source>Book an appointment for later today</source>
        <translation>آج کسی بعد کے وقت کے لیے اپوائنٹمنٹ بک کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="507"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="510"/>
        <source>This kiosk can only book a time later today, here in this building. For another day, the resident needs to contact the council.</source>
        <translation>یہ کیوسک صرف آج کسی بعد کے وقت کے لیے، اسی عمارت میں بکنگ کر سکتا ہے۔ کسی اور دن کے لیے رہائشی کو کونسل سے رابطہ کرنا ہوگا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="514"/>
        <source>There is a problem</source>
        <translation>ایک مسئلہ ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="515"/>
        <source>1. Service</source>
        <translation>1. سروس</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="518"/>
        <source>2. Time</source>
        <translation>2. وقت</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="520"/>
        <source>3. Resident</source>
        <translation>3. رہائشی</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="521"/>
        <location filename="../../kiosk/booking_panel.py" line="522"/>
        <source>Surname</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="523"/>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="524"/>
        <source>For example, 27 3 1985</source>
        <translation>مثال کے طور پر، 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="526"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="527"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="528"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="534"/>
        <source>The kiosk keeps only a code made from the surname and date of birth. Only the council can read them.</source>
        <translation>کیوسک صرف خاندانی نام اور تاریخ پیدائش سے بنا ایک کوڈ رکھتا ہے۔ انہیں صرف کونسل پڑھ سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="538"/>
        <source>Book appointment</source>
        <translation>اپوائنٹمنٹ بک کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="539"/>
        <source>Appointment booked</source>
        <translation>اپوائنٹمنٹ بک ہو گئی</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="540"/>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="542"/>
        <source>Check in at any kiosk with this reference, or your surname and date of birth.</source>
        <translation>اس حوالہ نمبر، یا اپنے خاندانی نام اور تاریخ پیدائش سے کسی بھی کیوسک پر چیک اِن کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="544"/>
        <source>Write the reference down, or take a photo of it.</source>
        <translation>حوالہ نمبر لکھ لیں، یا اس کی تصویر لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="545"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="546"/>
        <source>Book another appointment</source>
        <translation>ایک اور اپوائنٹمنٹ بک کریں</translation>
    </message>
</context>
<context>
    <name>CheckInPages</name>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="232"/>
        <source>Today at %1</source>
        <translation>آج %1 بجے</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="296"/>
        <source>Enter your booking reference</source>
        <translation>اپنا بکنگ حوالہ نمبر درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="297"/>
        <source>Enter your surname</source>
        <translation>اپنا خاندانی نام درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="298"/>
        <source>That code is too long to be one of ours.</source>
        <translation>یہ کوڈ بہت لمبا ہے، اس لیے یہ ہمارا کوڈ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="304"/>
        <source>A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2.</source>
        <translation>بکنگ حوالہ نمبر میں پہلے 2 حروف اور پھر 5 حروف یا ہندسے ہوتے ہیں، جیسے TH-4K7Q2۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="307"/>
        <source>We cannot find an appointment today with that reference.</source>
        <translation>ہمیں اس حوالہ نمبر سے آج کی کوئی اپوائنٹمنٹ نہیں مل رہی۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="309"/>
        <source>That code is not one of our booking codes.</source>
        <translation>یہ کوڈ ہمارے بکنگ کوڈز میں سے نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="310"/>
        <source>That booking is for a different council building.</source>
        <translation>یہ بکنگ کونسل کی کسی دوسری عمارت کے لیے ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="311"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>درست تاریخ پیدائش درج کریں، مثال کے طور پر 27 3 1985۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="313"/>
        <source>We cannot find an appointment today for that surname and date of birth.</source>
        <translation>ہمیں اس خاندانی نام اور تاریخ پیدائش سے آج کی کوئی اپوائنٹمنٹ نہیں مل رہی۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="315"/>
        <source>You are early. You can check in from %1.</source>
        <translation>آپ جلدی آ گئے ہیں۔ آپ %1 بجے سے چیک اِن کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="317"/>
        <source>Your appointment time has passed. Please take a ticket or ask a member of staff.</source>
        <translation>آپ کی اپوائنٹمنٹ کا وقت گزر چکا ہے۔ براہ کرم ٹکٹ لیں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="319"/>
        <source>You have already checked in. Your number is %1.</source>
        <translation>آپ پہلے ہی چیک اِن کر چکے ہیں۔ آپ کا نمبر %1 ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="327"/>
        <source>How do you want to find your appointment?</source>
        <translation>آپ اپنی اپوائنٹمنٹ کیسے تلاش کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="328"/>
        <source>Type your booking reference</source>
        <translation>اپنا بکنگ حوالہ نمبر ٹائپ کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="329"/>
        <location filename="../../kiosk/checkin_pages.py" line="335"/>
        <source>Scan the QR code on your letter</source>
        <translation>اپنے خط پر موجود QR کوڈ اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="330"/>
        <source>Use your surname and date of birth</source>
        <translation>اپنا خاندانی نام اور تاریخ پیدائش استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="331"/>
        <source>What is your booking reference?</source>
        <translation>آپ کا بکنگ حوالہ نمبر کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="333"/>
        <source>It is on your appointment letter or text message, for example TH-4K7Q2.</source>
        <translation>یہ آپ کی اپوائنٹمنٹ کے خط یا ٹیکسٹ میسج میں لکھا ہے، مثال کے طور پر TH-4K7Q2۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="336"/>
        <source>Hold the QR code on your letter under the scanner.</source>
        <translation>اپنے خط پر موجود QR کوڈ کو اسکینر کے نیچے رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="337"/>
        <source>Or hold it up to the camera above the screen.</source>
        <translation>یا اسے اسکرین کے اوپر لگے کیمرے کے سامنے کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="338"/>
        <source>Type your booking reference instead</source>
        <translation>اس کے بجائے بکنگ حوالہ نمبر ٹائپ کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="339"/>
        <source>What is your surname?</source>
        <translation>آپ کا خاندانی نام کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="340"/>
        <source>What is your date of birth?</source>
        <translation>آپ کی تاریخ پیدائش کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="341"/>
        <source>For example, 27 3 1985</source>
        <translation>مثال کے طور پر، 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="342"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="343"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="344"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="348"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="349"/>
        <source>Your appointment</source>
        <translation>آپ کی اپوائنٹمنٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="350"/>
        <source>Check this is your appointment, then press Check in.</source>
        <translation>دیکھ لیں کہ یہ آپ ہی کی اپوائنٹمنٹ ہے، پھر ‘چیک اِن کریں’ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="351"/>
        <source>Check in</source>
        <translation>چیک اِن کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="352"/>
        <source>Take a ticket instead</source>
        <translation>اس کے بجائے ٹکٹ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="354"/>
        <source>You are checked in</source>
        <translation>آپ کا چیک اِن ہو گیا ہے</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../kiosk/board.py" line="227"/>
        <source>Now calling</source>
        <translation>اب بلایا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="228"/>
        <source>Please wait for your number to be called.</source>
        <translation>براہ کرم اپنا نمبر پکارے جانے تک انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="229"/>
        <source>Called recently</source>
        <translation>حال ہی میں بلائے گئے</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="230"/>
        <source>Waiting</source>
        <translation>انتظار میں</translation>
    </message>
</context>
<context>
    <name>DocumentCapture</name>
    <message>
        <location filename="../../ui/scan_words.py" line="16"/>
        <source>The scanner is not connected.</source>
        <translation>اسکینر منسلک نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="19"/>
        <source>Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, then scan again.</source>
        <translation>فیڈر میں کاغذ پھنس گیا ہے۔ فیڈر کا ڈھکن کھولیں، کاغذ آرام سے نکالیں، پھر دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="24"/>
        <source>There is no paper in the feeder. Put your pages in face up, then scan again.</source>
        <translation>فیڈر میں کوئی کاغذ نہیں ہے۔ اپنے صفحات کا لکھا ہوا رخ اوپر کی طرف کر کے انہیں ڈالیں، پھر دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="28"/>
        <source>The scanner&apos;s cover is open. Close it, then scan again.</source>
        <translation>اسکینر کا ڈھکن کھلا ہے۔ اسے بند کریں، پھر دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="31"/>
        <source>The scanner is busy. Wait a moment, then scan again.</source>
        <translation>اسکینر مصروف ہے۔ تھوڑا انتظار کریں، پھر دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="34"/>
        <source>The scanner sent a page we could not read. Scan it again.</source>
        <translation>اسکینر نے ایک ایسا صفحہ بھیجا جسے ہم پڑھ نہیں سکے۔ اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="37"/>
        <source>There are more pages in the feeder than this document can have. Take the rest out of the feeder.</source>
        <translation>فیڈر میں اس سے زیادہ صفحات ہیں جتنے اس دستاویز میں ہو سکتے ہیں۔ باقی صفحات فیڈر سے نکال لیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="42"/>
        <source>The scanner is not working.</source>
        <translation>اسکینر کام نہیں کر رہا۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="52"/>
        <source>This page looks blank. Check the page is face down on the glass, then scan it again.</source>
        <translation>یہ صفحہ خالی لگ رہا ہے۔ دیکھ لیں کہ صفحے کا لکھا ہوا رخ شیشے پر نیچے کی طرف ہے، پھر اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="56"/>
        <source>This page is too dark to read. Close the lid fully, then scan it again.</source>
        <translation>یہ صفحہ اتنا گہرا ہے کہ پڑھا نہیں جا سکتا۔ ڈھکن پوری طرح بند کریں، پھر اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="60"/>
        <source>This page is very faint. Check it can be read.</source>
        <translation>یہ صفحہ بہت ہلکا ہے۔ دیکھ لیں کہ یہ پڑھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="63"/>
        <source>This page looks blurred. Keep the page flat and still, then scan it again.</source>
        <translation>یہ صفحہ دھندلا لگ رہا ہے۔ صفحے کو ہموار رکھیں اور ہلنے نہ دیں، پھر اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="67"/>
        <source>Part of this page may be cut off. Move the page into the corner, then scan it again.</source>
        <translation>ہو سکتا ہے اس صفحے کا کچھ حصہ کٹ گیا ہو۔ صفحے کو کونے کی طرف کھسکائیں، پھر اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="71"/>
        <source>This page is very crooked. Line it up with the edge of the glass, then scan it again.</source>
        <translation>یہ صفحہ بہت ٹیڑھا ہے۔ اسے شیشے کے کنارے کے ساتھ سیدھا رکھیں، پھر اسے دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="383"/>
        <source>Put the page face down on the glass, in the corner with the mark. Close the lid, then tap Scan.</source>
        <translation>صفحے کا لکھا ہوا رخ نیچے کی طرف کر کے اسے شیشے پر نشان والے کونے میں رکھیں۔ ڈھکن بند کریں، پھر ‘اسکین کریں’ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="387"/>
        <source>Put the pages face up in the feeder, top edge first. Then tap Scan.</source>
        <translation>صفحات کا لکھا ہوا رخ اوپر کی طرف کر کے، اوپر والا کنارا پہلے، انہیں فیڈر میں ڈالیں۔ پھر ‘اسکین کریں’ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="390"/>
        <source>Put the page face up under the camera, inside the marked area. Then tap Scan.</source>
        <translation>صفحے کا لکھا ہوا رخ اوپر کی طرف کر کے اسے کیمرے کے نیچے نشان زدہ جگہ کے اندر رکھیں۔ پھر ‘اسکین کریں’ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="394"/>
        <source>One page on the glass</source>
        <translation>شیشے پر ایک صفحہ</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="395"/>
        <source>Several pages in the feeder</source>
        <translation>فیڈر میں کئی صفحات</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="396"/>
        <source>Under the camera</source>
        <translation>کیمرے کے نیچے</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="398"/>
        <source>The scanner is not working. You can bring this document to a desk instead.</source>
        <translation>اسکینر کام نہیں کر رہا۔ اس کے بجائے آپ یہ دستاویز ڈیسک پر لا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="401"/>
        <source>Scanning page %1 again</source>
        <translation>صفحہ %1 دوبارہ اسکین ہو رہا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="403"/>
        <source>Scan the pages in the feeder</source>
        <translation>فیڈر والے صفحات اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="405"/>
        <source>Scan another page</source>
        <translation>ایک اور صفحہ اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="407"/>
        <source>Scan</source>
        <translation>اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="410"/>
        <source>Scanning. Please wait.</source>
        <translation>اسکین ہو رہا ہے۔ براہ کرم انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="412"/>
        <source>Scanning. %1 pages done so far.</source>
        <translation>اسکین ہو رہا ہے۔ اب تک %1 صفحات ہو چکے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="418"/>
        <source>The pages you scanned before are kept.</source>
        <translation>آپ کے پہلے اسکین کیے ہوئے صفحات محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="420"/>
        <source>Please ask a member of staff for help.</source>
        <translation>براہ کرم مدد کے لیے عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="424"/>
        <source>This document can have up to %1 pages, so we kept the first ones.</source>
        <translation>اس دستاویز میں زیادہ سے زیادہ %1 صفحات ہو سکتے ہیں، اس لیے ہم نے پہلے والے صفحات رکھ لیے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="429"/>
        <source>No pages scanned yet. This document can have up to %1 pages.</source>
        <translation>ابھی تک کوئی صفحہ اسکین نہیں ہوا۔ اس دستاویز میں زیادہ سے زیادہ %1 صفحات ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="431"/>
        <source>1 page scanned. This document can have up to %1 pages.</source>
        <translation>1 صفحہ اسکین ہو گیا۔ اس دستاویز میں زیادہ سے زیادہ %1 صفحات ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="433"/>
        <source>%2 pages scanned. This document can have up to %1 pages.</source>
        <translation>‏%2 صفحات اسکین ہو گئے۔ اس دستاویز میں زیادہ سے زیادہ %1 صفحات ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="438"/>
        <source>Page %1 of %2</source>
        <translation>کل %2 میں سے صفحہ %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="444"/>
        <source>We straightened this page for you.</source>
        <translation>ہم نے یہ صفحہ آپ کے لیے سیدھا کر دیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="447"/>
        <source>Scan this page again</source>
        <translation>یہ صفحہ دوبارہ اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="448"/>
        <source>Remove this page</source>
        <translation>یہ صفحہ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="450"/>
        <source>Page %1</source>
        <translation>صفحہ %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPages</name>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="214"/>
        <source>Enter your case reference, claim number or account number</source>
        <translation>اپنے کیس کا حوالہ نمبر، کلیم نمبر یا اکاؤنٹ نمبر درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="217"/>
        <source>That is too long for a case reference, claim number or account number</source>
        <translation>یہ کیس کے حوالہ نمبر، کلیم نمبر یا اکاؤنٹ نمبر کے لیے بہت لمبا ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="220"/>
        <source>Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X or 12345678</source>
        <translation>حوالہ نمبر یا نمبر بالکل اسی طرح درج کریں جیسے وہ آپ کے خط پر لکھا ہے، مثلاً HB-7K3M-9Q2D-X یا 12345678</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="223"/>
        <source>Scan at least one page</source>
        <translation>کم از کم ایک صفحہ اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="231"/>
        <source>Which case are these documents for?</source>
        <translation>یہ دستاویزات کس کیس کے لیے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="234"/>
        <source>Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, or your claim number or council tax account number.</source>
        <translation>ہمارے خط یا رسید سے حوالہ نمبر ٹائپ کریں، جیسے HB-7K3M-9Q2D-X، یا اپنا کلیم نمبر یا کونسل ٹیکس اکاؤنٹ نمبر۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="238"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="239"/>
        <source>Which document are you sending?</source>
        <translation>آپ کون سی دستاویز بھیج رہے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="243"/>
        <source>Send this document</source>
        <translation>یہ دستاویز بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="244"/>
        <source>Sending. Please wait.</source>
        <translation>بھیجی جا رہی ہے۔ براہ کرم انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="246"/>
        <source>Document sent</source>
        <translation>دستاویز بھیج دی گئی</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="247"/>
        <source>Send another document for this case</source>
        <translation>اس کیس کے لیے ایک اور دستاویز بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="248"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="258"/>
        <source>Scan your %1</source>
        <translation>اسکین کریں: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="267"/>
        <source>Your receipt number is %1</source>
        <translation>آپ کا رسید نمبر %1 ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="269"/>
        <source>1 page</source>
        <translation>1 صفحہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="271"/>
        <source>%1 pages</source>
        <translation>‏%1 صفحات</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="274"/>
        <source>%1 of your %2, for %3.</source>
        <translation>‏%2 (%1)، کیس %3 کے لیے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="281"/>
        <source>Your document is sealed so that only the council can open it, and this kiosk keeps no copy you could see. It goes to the team dealing with your case. They will contact you if they need anything else.</source>
        <translation>آپ کی دستاویز اس طرح سیل کر دی گئی ہے کہ صرف کونسل ہی اسے کھول سکتی ہے، اور یہ کیوسک کوئی ایسی کاپی نہیں رکھتا جسے دیکھا جا سکے۔ یہ آپ کے کیس پر کام کرنے والی ٹیم کو جائے گی۔ اگر انہیں کسی اور چیز کی ضرورت ہوئی تو وہ آپ سے رابطہ کریں گے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="287"/>
        <source>Your receipt is printing.</source>
        <translation>آپ کی رسید پرنٹ ہو رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="288"/>
        <source>Take your receipt from the printer.</source>
        <translation>پرنٹر سے اپنی رسید لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="289"/>
        <source>We cannot print a receipt. Please note your receipt number.</source>
        <translation>ہم رسید پرنٹ نہیں کر سکتے۔ براہ کرم اپنا رسید نمبر نوٹ کر لیں۔</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="68"/>
        <source>There is a problem</source>
        <translation>ایک مسئلہ ہے</translation>
    </message>
</context>
<context>
    <name>FeedbackFaces</name>
    <message>
        <location filename="../../ui/feedback_faces.py" line="340"/>
        <source>How was using this kiosk today? (optional)</source>
        <translation>آج یہ کیوسک استعمال کرنا کیسا لگا؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="342"/>
        <source>Very dissatisfied</source>
        <translation>بہت غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="344"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>نہ مطمئن، نہ غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="345"/>
        <source>Satisfied</source>
        <translation>مطمئن</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="346"/>
        <source>Very satisfied</source>
        <translation>بہت مطمئن</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="351"/>
        <source>Thank you for your comment.</source>
        <translation>آپ کے تبصرے کا شکریہ۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="353"/>
        <source>Thank you for your feedback.</source>
        <translation>آپ کی رائے کا شکریہ۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="354"/>
        <source>Add a comment</source>
        <translation>تبصرہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="357"/>
        <source>How could we improve? Do not include personal details such as your name, address or phone number.</source>
        <translation>ہم بہتری کیسے لا سکتے ہیں؟ اپنا نام، پتہ یا فون نمبر جیسی ذاتی معلومات نہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="361"/>
        <source>Your comment</source>
        <translation>آپ کا تبصرہ</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="362"/>
        <source>Send comment</source>
        <translation>تبصرہ بھیجیں</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="369"/>
        <source>You have 1 character left</source>
        <translation>آپ کے پاس 1 حرف باقی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="371"/>
        <source>You have %1 characters left</source>
        <translation>آپ کے پاس %1 حروف باقی ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="373"/>
        <source>You have 1 character too many</source>
        <translation>آپ نے 1 حرف زیادہ لکھا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="375"/>
        <source>You have %1 characters too many</source>
        <translation>آپ نے %1 حروف زیادہ لکھے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="384"/>
        <source>This kiosk could not save your feedback just now. You can try again, or carry on without it.</source>
        <translation>یہ کیوسک ابھی آپ کی رائے محفوظ نہیں کر سکا۔ آپ دوبارہ کوشش کر سکتے ہیں، یا اس کے بغیر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="388"/>
        <source>Something went wrong. You can try again, or carry on without it.</source>
        <translation>کوئی خرابی ہو گئی۔ آپ دوبارہ کوشش کر سکتے ہیں، یا اس کے بغیر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="392"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>آپ کے تبصرے میں %1 حروف ہیں۔ براہ کرم اسے مختصر کر کے %2 یا اس سے کم حروف کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="399"/>
        <source>Write your comment, or carry on without one.</source>
        <translation>اپنا تبصرہ لکھیں، یا تبصرے کے بغیر آگے بڑھیں۔</translation>
    </message>
</context>
<context>
    <name>FeedbackPages</name>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="181"/>
        <source>This kiosk could not save your feedback just now. Nothing has been sent. Please try again, or ask a member of staff.</source>
        <translation>یہ کیوسک ابھی آپ کی رائے محفوظ نہیں کر سکا۔ کچھ بھی نہیں بھیجا گیا۔ براہ کرم دوبارہ کوشش کریں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="185"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>کوئی خرابی ہو گئی۔ براہ کرم دوبارہ کوشش کریں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="216"/>
        <source>Choose a service, or choose ‘Not about one service’.</source>
        <translation>کوئی سروس منتخب کریں، یا ‘کسی ایک سروس کے بارے میں نہیں’ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="218"/>
        <source>Choose how satisfied you are.</source>
        <translation>منتخب کریں کہ آپ کتنے مطمئن ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="222"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>آپ کے تبصرے میں %1 حروف ہیں۔ براہ کرم اسے مختصر کر کے %2 یا اس سے کم حروف کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="240"/>
        <source>Not about one service</source>
        <translation>کسی ایک سروس کے بارے میں نہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="245"/>
        <source>Very satisfied</source>
        <translation>بہت مطمئن</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="246"/>
        <source>Satisfied</source>
        <translation>مطمئن</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="247"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>نہ مطمئن، نہ غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="248"/>
        <source>Dissatisfied</source>
        <translation>غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="249"/>
        <source>Very dissatisfied</source>
        <translation>بہت غیر مطمئن</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="257"/>
        <source>No comment</source>
        <translation>کوئی تبصرہ نہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="262"/>
        <source>There is a problem</source>
        <translation>ایک مسئلہ ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="263"/>
        <source>Which service is your feedback about?</source>
        <translation>آپ کی رائے کس سروس کے بارے میں ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="267"/>
        <source>Overall, how did you feel about our service today?</source>
        <translation>مجموعی طور پر، آج آپ کو ہماری سروس کیسی لگی؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="270"/>
        <source>How could we improve? (optional)</source>
        <translation>ہم بہتری کیسے لا سکتے ہیں؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="272"/>
        <source>Do not include personal details such as your name, address or phone number.</source>
        <translation>اپنا نام، پتہ یا فون نمبر جیسی ذاتی معلومات نہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="275"/>
        <source>Check your answers before sending your feedback</source>
        <translation>رائے بھیجنے سے پہلے اپنے جوابات دیکھ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="277"/>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="278"/>
        <source>How you felt</source>
        <translation>آپ کو کیسا لگا</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="279"/>
        <source>Your comment</source>
        <translation>آپ کا تبصرہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="283"/>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="284"/>
        <source>Change %1</source>
        <translation>%1 تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Send feedback</source>
        <translation>رائے بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="291"/>
        <source>Thank you for your feedback</source>
        <translation>آپ کی رائے کا شکریہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="294"/>
        <source>We read all feedback and use it to improve our services. You will not get a reply. If you want to make a complaint, please ask a member of staff.</source>
        <translation>ہم تمام آراء پڑھتے ہیں اور ان سے اپنی سروسز بہتر بناتے ہیں۔ آپ کو کوئی جواب نہیں ملے گا۔ اگر آپ شکایت کرنا چاہتے ہیں تو براہ کرم عملے کے کسی رکن سے بات کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="299"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="304"/>
        <source>%1 of %2 characters</source>
        <translation>حروف: %2 میں سے %1</translation>
    </message>
</context>
<context>
    <name>FormAnswers</name>
    <message>
        <location filename="../../kiosk/form_address.py" line="199"/>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="201"/>
        <source>Find address</source>
        <translation>پتہ تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="203"/>
        <source>My address is not listed</source>
        <translation>میرا پتہ فہرست میں نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="205"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="213"/>
        <source>Enter a postcode</source>
        <translation>پوسٹ کوڈ درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="219"/>
        <source>We could not find any addresses for %1. Check the postcode, or enter your address.</source>
        <translation>ہمیں %1 کے لیے کوئی پتہ نہیں ملا۔ پوسٹ کوڈ دیکھ لیں، یا اپنا پتہ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="225"/>
        <source>1 address found for %1</source>
        <translation>‏%1 کے لیے 1 پتہ ملا</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="227"/>
        <source>%2 addresses found for %1</source>
        <translation>‏%1 کے لیے %2 پتے ملے</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="275"/>
        <source>You have 1 character remaining</source>
        <translation>آپ کے پاس 1 حرف باقی ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="277"/>
        <source>You have %1 characters remaining</source>
        <translation>آپ کے پاس %1 حروف باقی ہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="279"/>
        <source>You have 1 character too many</source>
        <translation>آپ نے 1 حرف زیادہ لکھا ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="281"/>
        <source>You have %1 characters too many</source>
        <translation>آپ نے %1 حروف زیادہ لکھے ہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="329"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="330"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="331"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="404"/>
        <source>Yes</source>
        <translation>جی ہاں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="405"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="412"/>
        <source>or</source>
        <translation>یا</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="451"/>
        <source>I agree</source>
        <translation>میں متفق ہوں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_document.py" line="119"/>
        <source>Which document are you scanning?</source>
        <translation>آپ کون سی دستاویز اسکین کر رہے ہیں؟</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <location filename="../../kiosk/form_pages.py" line="167"/>
        <source>You will need:</source>
        <translation>آپ کو ان چیزوں کی ضرورت ہو گی:</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="174"/>
        <source>It takes about 1 minute.</source>
        <translation>اس میں تقریباً 1 منٹ لگتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="176"/>
        <source>It takes about %1 minutes.</source>
        <translation>اس میں تقریباً %1 منٹ لگتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="179"/>
        <source>Start now</source>
        <translation>ابھی شروع کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="192"/>
        <source>%1 (optional)</source>
        <translation>‏%1 (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="212"/>
        <location filename="../../kiosk/form_pages.py" line="250"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="226"/>
        <location filename="../../kiosk/form_pages.py" line="284"/>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="232"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="241"/>
        <source>Yes</source>
        <translation>جی ہاں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="242"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="263"/>
        <source>Check your answers before sending</source>
        <translation>بھیجنے سے پہلے اپنے جوابات دیکھ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="293"/>
        <source>Now send your form</source>
        <translation>اب اپنا فارم بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="298"/>
        <source>By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.</source>
        <translation>یہ فارم بھیج کر آپ تصدیق کرتے ہیں کہ آپ کی بہترین معلومات کے مطابق، آپ کی دی ہوئی تفصیلات درست ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="304"/>
        <source>Accept and send</source>
        <translation>قبول کریں اور بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="324"/>
        <location filename="../../kiosk/form_pages.py" line="369"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="328"/>
        <source>Saving your answers for the officer…</source>
        <translation>آپ کے جوابات افسر کے لیے محفوظ کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="329"/>
        <source>Show this reference to the officer, so you do not have to answer again: %1</source>
        <translation>یہ حوالہ نمبر افسر کو دکھائیں، تاکہ آپ کو دوبارہ جواب نہ دینا پڑے: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="342"/>
        <source>Form sent</source>
        <translation>فارم بھیج دیا گیا</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="344"/>
        <source>Your reference number</source>
        <translation>آپ کا حوالہ نمبر</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="356"/>
        <source>What happens next</source>
        <translation>آگے کیا ہو گا</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="366"/>
        <source>Next: %1</source>
        <translation>اگلا: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="380"/>
        <source>Your receipt is printing. Take it with you.</source>
        <translation>آپ کی رسید پرنٹ ہو رہی ہے۔ اسے اپنے ساتھ لے جائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="384"/>
        <source>Take your receipt from the printer.</source>
        <translation>پرنٹر سے اپنی رسید لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="385"/>
        <source>This kiosk cannot print your receipt. Please write down your reference: %1</source>
        <translation>یہ کیوسک آپ کی رسید پرنٹ نہیں کر سکتا۔ براہ کرم اپنا حوالہ نمبر لکھ لیں: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="545"/>
        <source>Please tell the officer your answers when you see them.</source>
        <translation>براہ کرم افسر سے ملاقات ہونے پر انہیں اپنے جوابات بتائیں۔</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="46"/>
        <source>Please talk to a member of staff</source>
        <translation>براہ کرم عملے کے کسی رکن سے بات کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="49"/>
        <source>What you can do next</source>
        <translation>آپ آگے کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="60"/>
        <source>Get a ticket to talk to someone today</source>
        <translation>آج ہی کسی سے بات کرنے کے لیے ٹکٹ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="69"/>
        <source>Please ask at the desk to talk to someone today.</source>
        <translation>آج کسی سے بات کرنے کے لیے براہ کرم ڈیسک پر پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="79"/>
        <source>Fill in: %1</source>
        <translation>پُر کریں: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="88"/>
        <source>Other organisations that can help</source>
        <translation>دوسرے ادارے جو مدد کر سکتے ہیں</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="39"/>
        <source>Report something</source>
        <translation>کسی چیز کی اطلاع دیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="40"/>
        <source>Apply for something</source>
        <translation>کسی چیز کے لیے درخواست دیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="41"/>
        <source>Book something</source>
        <translation>کچھ بک کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="42"/>
        <source>Tell us something</source>
        <translation>ہمیں کچھ بتائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="43"/>
        <source>Ask us something</source>
        <translation>ہم سے کچھ پوچھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="44"/>
        <source>Not sure where to start?</source>
        <translation>معلوم نہیں کہ کہاں سے شروع کریں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="104"/>
        <source>What do you want to do?</source>
        <translation>آپ کیا کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="149"/>
        <source>%1 – sent, reference %2</source>
        <translation>‏%1 – بھیج دیا گیا، حوالہ نمبر %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="64"/>
        <source>Welcome to %1</source>
        <translatorcomment>Starts with an invisible RIGHT-TO-LEFT MARK (U+200F): %1 is the English site name, and without the mark the line would be laid out left to right.</translatorcomment>
        <translation>‏%1 میں خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="67"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>یہاں %1 کی سروسز خود استعمال کریں۔ شروع کرنے کے لیے کوئی بٹن چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="70"/>
        <source>Find a council service</source>
        <translation>کونسل کی سروس تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="71"/>
        <source>Give feedback</source>
        <translation>رائے دیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="72"/>
        <source>Take a ticket</source>
        <translation>ٹکٹ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="73"/>
        <source>Check in for an appointment</source>
        <translation>اپوائنٹمنٹ کے لیے چیک اِن کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="74"/>
        <source>Report, apply, book, tell us or ask</source>
        <translation>اطلاع دیں، درخواست دیں، بک کریں، ہمیں بتائیں یا پوچھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="75"/>
        <source>Track a request</source>
        <translation>درخواست کی صورتحال دیکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="76"/>
        <source>Send documents for my case</source>
        <translation>اپنے کیس کے لیے دستاویزات بھیجیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="77"/>
        <source>Business visitor sign-in</source>
        <translation>کاروباری ملاقاتیوں کا سائن اِن</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="83"/>
        <source>Do you need more time?</source>
        <translation>کیا آپ کو مزید وقت چاہیے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="85"/>
        <source>This screen will clear in %1 seconds to protect your privacy.</source>
        <translation>آپ کی رازداری کے تحفظ کے لیے یہ اسکرین %1 سیکنڈ میں صاف ہو جائے گی۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="89"/>
        <source>Yes, I need more time</source>
        <translation>جی ہاں، مجھے مزید وقت چاہیے</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="90"/>
        <source>No, I have finished</source>
        <translation>نہیں، میرا کام ہو گیا ہے</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/shell.py" line="401"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="402"/>
        <source>Larger text</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="403"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="404"/>
        <source>Read aloud</source>
        <translation>پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="405"/>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="406"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="407"/>
        <source>Get help</source>
        <translation>مدد لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="408"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="430"/>
        <source>Starting read aloud…</source>
        <translation>پڑھ کر سنانا شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="446"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>اس کیوسک پر پڑھ کر سنانے کی سہولت دستیاب نہیں۔ ‘مدد لیں’ دبائیں، عملے کا کوئی رکن آپ کی مدد کے لیے آئے گا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="470"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>مدد آ رہی ہے۔ عملے کا کوئی رکن اس کیوسک پر آئے گا۔ براہ کرم یہیں رہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="477"/>
        <source>We could not call for help from this kiosk. Please ask at the desk.</source>
        <translation>ہم اس کیوسک سے مدد نہیں بلا سکے۔ براہ کرم ڈیسک پر پوچھیں۔</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/language_picker.py" line="48"/>
        <source>Choose your language</source>
        <translation>اپنی زبان منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QueueJourney</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="29"/>
        <source>Sorry, this kiosk cannot save right now. Please ask a member of staff.</source>
        <translation>معذرت، یہ کیوسک اس وقت محفوظ نہیں کر پا رہا۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="33"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>کوئی خرابی ہو گئی۔ براہ کرم دوبارہ کوشش کریں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
</context>
<context>
    <name>ServicesInfo</name>
    <message>
        <location filename="../../kiosk/services_info.py" line="82"/>
        <source>You can come to us to:</source>
        <translation>آپ ان کاموں کے لیے ہمارے پاس آ سکتے ہیں:</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="86"/>
        <source>Take a seat or ask at the desk. Staff can help you use this kiosk.</source>
        <translation>تشریف رکھیں یا ڈیسک پر پوچھیں۔ عملہ یہ کیوسک استعمال کرنے میں آپ کی مدد کر سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="105"/>
        <source>Which service do you need?</source>
        <translation>آپ کو کون سی سروس چاہیے؟</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="120"/>
        <source>Checking your card…</source>
        <translation>آپ کا کارڈ جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="125"/>
        <source>Staff sign-in</source>
        <translation>عملے کا سائن اِن</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="127"/>
        <source>Clear</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="128"/>
        <source>Sign in</source>
        <translation>سائن اِن کریں</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="129"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="142"/>
        <source>Enter your card PIN.</source>
        <translation>اپنے کارڈ کا پن درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="145"/>
        <source>Put your staff card in the reader and leave it there while you work.</source>
        <translation>اپنا اسٹاف کارڈ ریڈر میں لگائیں اور کام کے دوران اسے وہیں رہنے دیں۔</translation>
    </message>
</context>
<context>
    <name>TicketConfirmation</name>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="174"/>
        <source>Your number is</source>
        <translation>آپ کا نمبر یہ ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="175"/>
        <source>Watch the screen for your number.</source>
        <translation>اپنے نمبر کے لیے اسکرین پر نظر رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="176"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="194"/>
        <source>It is your turn. Please go to %1.</source>
        <translation>اب آپ کی باری ہے۔ براہ کرم %1 پر جائیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="197"/>
        <source>You are next in the queue.</source>
        <translation>قطار میں اگلی باری آپ کی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="198"/>
        <source>Your place in the queue: %1</source>
        <translation>قطار میں آپ کی جگہ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="203"/>
        <source>You should be seen very soon.</source>
        <translation>بہت جلد آپ کی باری آ جائے گی۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="205"/>
        <source>Estimated wait: about 1 minute</source>
        <translation>متوقع انتظار: تقریباً 1 منٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="206"/>
        <source>Estimated wait: about %1 minutes</source>
        <translation>متوقع انتظار: تقریباً %1 منٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="211"/>
        <source>Printing your ticket…</source>
        <translation>آپ کا ٹکٹ پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="213"/>
        <source>Please take your ticket from the printer.</source>
        <translation>براہ کرم پرنٹر سے اپنا ٹکٹ لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="215"/>
        <source>The printer is not working. Please note your number: %1</source>
        <translation>پرنٹر کام نہیں کر رہا۔ براہ کرم اپنا نمبر نوٹ کر لیں: %1</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="118"/>
        <source>Which service do you need?</source>
        <translation>آپ کو کون سی سروس چاہیے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="121"/>
        <source>Do you have an appointment today?</source>
        <translation>کیا آج آپ کی کوئی اپوائنٹمنٹ ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="123"/>
        <source>Yes</source>
        <translation>جی ہاں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="124"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="125"/>
        <source>Do you need extra help or a priority visit?</source>
        <translation>کیا آپ کو اضافی مدد یا ترجیحی بنیاد پر سروس چاہیے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="128"/>
        <source>For example, if you use a wheelchair, have a disability, are unwell, or need an interpreter. This is optional and will not be shown on your ticket.</source>
        <translation>مثال کے طور پر، اگر آپ وہیل چیئر استعمال کرتے ہیں، آپ کو کوئی معذوری ہے، آپ کی طبیعت ٹھیک نہیں ہے، یا آپ کو ترجمان کی ضرورت ہے۔ یہ اختیاری ہے اور آپ کے ٹکٹ پر نہیں دکھایا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="132"/>
        <source>Getting your number…</source>
        <translation>آپ کا نمبر لیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="133"/>
        <source>Here is your ticket</source>
        <translation>یہ رہا آپ کا ٹکٹ</translation>
    </message>
</context>
<context>
    <name>TrackPages</name>
    <message>
        <location filename="../../kiosk/track_pages.py" line="82"/>
        <source>Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X</source>
        <translation>حوالہ نمبر بالکل اسی طرح درج کریں جیسے وہ آپ کی رسید پر لکھا ہے، مثلاً MB-7K3M-9Q2D-X</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="88"/>
        <source>Your request %1</source>
        <translation>آپ کی درخواست %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="92"/>
        <source>We cannot find a request with this reference. Check it against your receipt, or ask a member of staff.</source>
        <translation>ہمیں اس حوالہ نمبر کی کوئی درخواست نہیں مل رہی۔ اسے اپنی رسید سے ملا کر دیکھیں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="96"/>
        <source>This kiosk has your request. It will reach the council as soon as this kiosk can connect. You do not need to do anything.</source>
        <translation>آپ کی درخواست اس کیوسک میں محفوظ ہے۔ جیسے ہی یہ کیوسک رابطہ قائم کر سکے گا، یہ کونسل تک پہنچ جائے گی۔ آپ کو کچھ کرنے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="100"/>
        <source>We cannot check requests right now because this kiosk cannot reach the council&apos;s system. Please try again later, or ask a member of staff.</source>
        <translation>ہم اس وقت درخواستوں کی صورتحال نہیں دیکھ سکتے کیونکہ یہ کیوسک کونسل کے سسٹم سے رابطہ نہیں کر پا رہا۔ براہ کرم بعد میں دوبارہ کوشش کریں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="104"/>
        <source>This kiosk cannot check requests. Please ask a member of staff.</source>
        <translation>یہ کیوسک درخواستوں کی صورتحال نہیں دیکھ سکتا۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="113"/>
        <source>We have received your request.</source>
        <translation>ہمیں آپ کی درخواست مل گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="114"/>
        <source>We are working on your request.</source>
        <translation>ہم آپ کی درخواست پر کام کر رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="115"/>
        <source>Your request is closed.</source>
        <translation>آپ کی درخواست بند کر دی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="120"/>
        <source>Received %1. Last updated %2.</source>
        <translation>موصول ہوئی: %1۔ آخری اپڈیٹ: %2۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="129"/>
        <source>Track a request</source>
        <translation>درخواست کی صورتحال دیکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="130"/>
        <source>Enter the reference number from your receipt or confirmation.</source>
        <translation>اپنی رسید یا تصدیقی پیغام سے حوالہ نمبر درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="131"/>
        <source>Find my request</source>
        <translation>میری درخواست تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="132"/>
        <source>Looking for your request…</source>
        <translation>آپ کی درخواست تلاش کی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="133"/>
        <source>Track another request</source>
        <translation>کسی اور درخواست کی صورتحال دیکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="134"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>VisitorPages</name>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="230"/>
        <source>Choose who you are here to see</source>
        <translation>منتخب کریں کہ آپ کس سے ملنے آئے ہیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="239"/>
        <source>Your name must be %1 characters or fewer</source>
        <translation>آپ کا نام %1 یا اس سے کم حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="242"/>
        <source>Enter your full name</source>
        <translation>اپنا پورا نام درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="244"/>
        <source>The company name must be %1 characters or fewer</source>
        <translation>کمپنی کا نام %1 یا اس سے کم حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="247"/>
        <source>Enter the company or organisation you are from</source>
        <translation>اپنی کمپنی یا ادارے کا نام درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="252"/>
        <source>What is your full name?</source>
        <translation>آپ کا پورا نام کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="253"/>
        <source>Which company or organisation are you from?</source>
        <translation>آپ کس کمپنی یا ادارے سے آئے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="255"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="256"/>
        <source>Who are you here to see?</source>
        <translation>آپ کس سے ملنے آئے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="257"/>
        <source>Type part of their name or team to find them.</source>
        <translation>انہیں تلاش کرنے کے لیے ان کے نام یا ٹیم کا کچھ حصہ ٹائپ کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="259"/>
        <source>Nobody matches that. Check the spelling, or ask at reception.</source>
        <translation>اس سے ملتا جلتا کوئی نہیں ملا۔ ہجے دیکھ لیں، یا ریسیپشن پر پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="261"/>
        <source>Check your answers before you sign in</source>
        <translation>سائن اِن کرنے سے پہلے اپنے جوابات دیکھ لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="263"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="264"/>
        <source>Company</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="265"/>
        <source>Here to see</source>
        <translation>جن سے ملنا ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="269"/>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="270"/>
        <source>Change %1</source>
        <translation>%1 تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="271"/>
        <source>Sign in</source>
        <translation>سائن اِن کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="272"/>
        <source>You are signed in</source>
        <translation>آپ کا سائن اِن ہو گیا ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="273"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="282"/>
        <source>Your badge number is %1</source>
        <translation>آپ کا بیج نمبر %1 ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="285"/>
        <source>We have told %1 that you are here. Please take a seat and they will come to meet you.</source>
        <translation>ہم نے %1 کو بتا دیا ہے کہ آپ آ گئے ہیں۔ براہ کرم تشریف رکھیں، وہ آپ سے ملنے آئیں گے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="291"/>
        <source>Please wear your badge while you are in the building, and sign out at reception when you leave.</source>
        <translation>عمارت میں رہتے ہوئے براہ کرم اپنا بیج پہنے رکھیں، اور جاتے وقت ریسیپشن پر سائن آؤٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="300"/>
        <source>Printing your badge…</source>
        <translation>آپ کا بیج پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="301"/>
        <source>Please take your badge from the printer.</source>
        <translation>براہ کرم پرنٹر سے اپنا بیج لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="303"/>
        <source>The printer is not working. Please note your badge number: %1</source>
        <translation>پرنٹر کام نہیں کر رہا۔ براہ کرم اپنا بیج نمبر نوٹ کر لیں: %1</translation>
    </message>
</context>
</TS>
