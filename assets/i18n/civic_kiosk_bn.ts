<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>AssistedBar</name>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <location filename="../../kiosk/assisted_bar.py" line="146"/>
        <location filename="../../kiosk/assisted_bar.py" line="179"/>
        <source>Assisted by %1</source>
        <translation>সহায়তা করছেন: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <source>Note saved.</source>
        <translation>নোট সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="148"/>
        <source>Check overridden.</source>
        <translation>যাচাইটি এড়িয়ে যাওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="167"/>
        <source>There is no check on this page that staff can override.</source>
        <translation>এই পাতায় এমন কোনো যাচাই নেই যা কর্মীরা এড়িয়ে যেতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="180"/>
        <source>Staff tools</source>
        <translation>কর্মীদের টুল</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="181"/>
        <source>Visit assisted</source>
        <translation>সহায়তা দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="182"/>
        <source>Priority visit</source>
        <translation>অগ্রাধিকার ভিত্তিতে সেবা</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="183"/>
        <source>Add a staff note</source>
        <translation>কর্মীর নোট যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="184"/>
        <source>Leave kiosk mode</source>
        <translation>কিয়স্ক মোড থেকে বের হোন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="185"/>
        <source>Override a check</source>
        <translation>একটি যাচাই এড়িয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="186"/>
        <source>Book an appointment</source>
        <translation>অ্যাপয়েন্টমেন্ট বুক করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="187"/>
        <source>Hand back</source>
        <translation>ফিরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="188"/>
        <location filename="../../kiosk/assisted_bar.py" line="231"/>
        <source>Save note</source>
        <translation>নোট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="189"/>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="191"/>
        <source>Only the council can read this note (up to %1 characters).</source>
        <translation>এই নোটটি শুধু কাউন্সিল পড়তে পারবে (সর্বোচ্চ %1টি অক্ষর)।</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="226"/>
        <source>Override this check: “%1” Give the reason.</source>
        <translation>এই যাচাইটি এড়িয়ে যান: “%1” কারণটি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="228"/>
        <source>Override the check</source>
        <translation>যাচাইটি এড়িয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="230"/>
        <source>Staff note</source>
        <translation>কর্মীর নোট</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="240"/>
        <source>Saving…</source>
        <translation>সংরক্ষণ করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="312"/>
        <source>Looking for free times…</source>
        <translation>খালি সময় খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="322"/>
        <source>The free times could not be read. Try again.</source>
        <translation>খালি সময়গুলো পড়া যায়নি। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="351"/>
        <source>Choose a service to see its free times.</source>
        <translation>খালি সময় দেখতে একটি সেবা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="354"/>
        <source>No free times are left today for this service. Book another way.</source>
        <translation>আজ এই সেবার জন্য আর কোনো খালি সময় নেই। অন্য উপায়ে বুক করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="357"/>
        <source>Free times today (30 minutes each):</source>
        <translation>আজকের খালি সময় (প্রতিটি 30 মিনিট):</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="389"/>
        <source>Booking…</source>
        <translation>বুক করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="404"/>
        <source>%1, today at</source>
        <translation>%1, আজ সময়:</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="416"/>
        <source>Printing the appointment slip…</source>
        <translation>অ্যাপয়েন্টমেন্ট স্লিপ প্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="425"/>
        <source>Take the appointment slip from the printer.</source>
        <translation>অনুগ্রহ করে প্রিন্টার থেকে অ্যাপয়েন্টমেন্ট স্লিপটি নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="428"/>
        <source>The printer is not working. Please note the reference: %1</source>
        <translation>প্রিন্টার কাজ করছে না। অনুগ্রহ করে রেফারেন্সটি লিখে রাখুন: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="446"/>
        <source>Not booked: this kiosk&apos;s storage is failing. Tell IT support.</source>
        <translation>বুক করা হয়নি: এই কিয়স্কের স্টোরেজে সমস্যা হচ্ছে। আইটি সাপোর্টকে জানান।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="448"/>
        <source>Not booked because of a fault (%1). Try again, or tell IT support.</source>
        <translation>একটি ত্রুটির কারণে বুক করা হয়নি (%1)। আবার চেষ্টা করুন, অথবা আইটি সাপোর্টকে জানান।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="486"/>
        <source>Choose a service.</source>
        <translation>একটি সেবা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="487"/>
        <source>Choose a time.</source>
        <translation>একটি সময় বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="489"/>
        <source>That is not one of the times on offer. Choose one of the times shown.</source>
        <translation>এটি দেওয়া সময়গুলোর একটি নয়। দেখানো সময়গুলোর একটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="492"/>
        <source>That time has passed or is too soon to book. Choose a later time.</source>
        <translation>এই সময়টি পার হয়ে গেছে, অথবা বুক করার জন্য খুব কাছে। পরের কোনো সময় বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="494"/>
        <source>Someone has just booked that time. Choose another time.</source>
        <translation>এইমাত্র অন্য কেউ এই সময়টি বুক করেছেন। অন্য একটি সময় বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="495"/>
        <source>Enter the resident&apos;s surname, in letters.</source>
        <translation>বাসিন্দার পদবি অক্ষরে লিখুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="496"/>
        <source>The surname is too long. Use up to 80 characters.</source>
        <translation>পদবিটি অনেক লম্বা। সর্বোচ্চ 80টি অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="497"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>একটি সঠিক জন্ম তারিখ লিখুন, যেমন 27 3 1985।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="498"/>
        <source>The date of birth must be in the past.</source>
        <translation>জন্ম তারিখ অবশ্যই অতীতের হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="500"/>
        <source>This kiosk has no appointment list for today, so it cannot book. Tell IT support.</source>
        <translation>এই কিয়স্কে আজকের অ্যাপয়েন্টমেন্টের তালিকা নেই, তাই এটি বুক করতে পারছে না। আইটি সাপোর্টকে জানান।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="506"/>
        <source>Book an appointment for later today</source>
        <translation>আজ পরের কোনো সময়ের জন্য অ্যাপয়েন্টমেন্ট বুক করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="507"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="510"/>
        <source>This kiosk can only book a time later today, here in this building. For another day, the resident needs to contact the council.</source>
        <translation>এই কিয়স্ক শুধু আজকের পরের কোনো সময়ের জন্য, এই ভবনেই বুক করতে পারে। অন্য কোনো দিনের জন্য বাসিন্দাকে কাউন্সিলের সাথে যোগাযোগ করতে হবে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="514"/>
        <source>There is a problem</source>
        <translation>একটি সমস্যা আছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="515"/>
        <source>1. Service</source>
        <translation>1. সেবা</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="518"/>
        <source>2. Time</source>
        <translation>2. সময়</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="520"/>
        <source>3. Resident</source>
        <translation>3. বাসিন্দা</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="521"/>
        <location filename="../../kiosk/booking_panel.py" line="522"/>
        <source>Surname</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="523"/>
        <source>Date of birth</source>
        <translation>জন্ম তারিখ</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="524"/>
        <source>For example, 27 3 1985</source>
        <translation>যেমন, 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="526"/>
        <source>Day</source>
        <translation>দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="527"/>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="528"/>
        <source>Year</source>
        <translation>বছর</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="534"/>
        <source>The kiosk keeps only a code made from the surname and date of birth. Only the council can read them.</source>
        <translation>কিয়স্ক শুধু পদবি ও জন্ম তারিখ থেকে তৈরি একটি কোড রাখে। শুধু কাউন্সিলই এগুলো পড়তে পারে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="538"/>
        <source>Book appointment</source>
        <translation>অ্যাপয়েন্টমেন্ট বুক করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="539"/>
        <source>Appointment booked</source>
        <translation>অ্যাপয়েন্টমেন্ট বুক করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="540"/>
        <source>Reference</source>
        <translation>রেফারেন্স</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="542"/>
        <source>Check in at any kiosk with this reference, or your surname and date of birth.</source>
        <translation>এই রেফারেন্স, অথবা আপনার পদবি ও জন্ম তারিখ দিয়ে যেকোনো কিয়স্কে চেক-ইন করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="544"/>
        <source>Write the reference down, or take a photo of it.</source>
        <translation>রেফারেন্সটি লিখে রাখুন, অথবা এর একটি ছবি তুলে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="545"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="546"/>
        <source>Book another appointment</source>
        <translation>আরেকটি অ্যাপয়েন্টমেন্ট বুক করুন</translation>
    </message>
</context>
<context>
    <name>CheckInPages</name>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="232"/>
        <source>Today at %1</source>
        <translation>আজ %1-এ</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="296"/>
        <source>Enter your booking reference</source>
        <translation>আপনার বুকিং রেফারেন্স লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="297"/>
        <source>Enter your surname</source>
        <translation>আপনার পদবি লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="298"/>
        <source>That code is too long to be one of ours.</source>
        <translation>এই কোডটি অনেক লম্বা, তাই এটি আমাদের কোনো কোড হতে পারে না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="304"/>
        <source>A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2.</source>
        <translation>বুকিং রেফারেন্সে প্রথমে 2টি অক্ষর এবং তারপর 5টি অক্ষর বা সংখ্যা থাকে, যেমন TH-4K7Q2।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="307"/>
        <source>We cannot find an appointment today with that reference.</source>
        <translation>এই রেফারেন্স দিয়ে আমরা আজকের কোনো অ্যাপয়েন্টমেন্ট খুঁজে পাচ্ছি না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="309"/>
        <source>That code is not one of our booking codes.</source>
        <translation>এই কোডটি আমাদের কোনো বুকিং কোড নয়।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="310"/>
        <source>That booking is for a different council building.</source>
        <translation>এই বুকিংটি কাউন্সিলের অন্য একটি ভবনের জন্য।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="311"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>একটি সঠিক জন্ম তারিখ লিখুন, যেমন 27 3 1985।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="313"/>
        <source>We cannot find an appointment today for that surname and date of birth.</source>
        <translation>এই পদবি ও জন্ম তারিখ দিয়ে আমরা আজকের কোনো অ্যাপয়েন্টমেন্ট খুঁজে পাচ্ছি না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="315"/>
        <source>You are early. You can check in from %1.</source>
        <translation>আপনি আগে চলে এসেছেন। আপনি %1 থেকে চেক-ইন করতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="317"/>
        <source>Your appointment time has passed. Please take a ticket or ask a member of staff.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় পার হয়ে গেছে। অনুগ্রহ করে একটি টিকিট নিন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="319"/>
        <source>You have already checked in. Your number is %1.</source>
        <translation>আপনি আগেই চেক-ইন করেছেন। আপনার নম্বর %1।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="327"/>
        <source>How do you want to find your appointment?</source>
        <translation>আপনি কীভাবে আপনার অ্যাপয়েন্টমেন্ট খুঁজতে চান?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="328"/>
        <source>Type your booking reference</source>
        <translation>আপনার বুকিং রেফারেন্স টাইপ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="329"/>
        <location filename="../../kiosk/checkin_pages.py" line="335"/>
        <source>Scan the QR code on your letter</source>
        <translation>আপনার চিঠির QR কোড স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="330"/>
        <source>Use your surname and date of birth</source>
        <translation>আপনার পদবি ও জন্ম তারিখ দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="331"/>
        <source>What is your booking reference?</source>
        <translation>আপনার বুকিং রেফারেন্স কী?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="333"/>
        <source>It is on your appointment letter or text message, for example TH-4K7Q2.</source>
        <translation>এটি আপনার অ্যাপয়েন্টমেন্টের চিঠিতে বা টেক্সট মেসেজে আছে, যেমন TH-4K7Q2।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="336"/>
        <source>Hold the QR code on your letter under the scanner.</source>
        <translation>আপনার চিঠির QR কোডটি স্ক্যানারের নিচে ধরুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="337"/>
        <source>Or hold it up to the camera above the screen.</source>
        <translation>অথবা এটি স্ক্রিনের উপরের ক্যামেরার সামনে ধরুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="338"/>
        <source>Type your booking reference instead</source>
        <translation>এর বদলে বুকিং রেফারেন্স টাইপ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="339"/>
        <source>What is your surname?</source>
        <translation>আপনার পদবি কী?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="340"/>
        <source>What is your date of birth?</source>
        <translation>আপনার জন্ম তারিখ কী?</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="341"/>
        <source>For example, 27 3 1985</source>
        <translation>যেমন, 27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="342"/>
        <source>Day</source>
        <translation>দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="343"/>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="344"/>
        <source>Year</source>
        <translation>বছর</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="348"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="349"/>
        <source>Your appointment</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="350"/>
        <source>Check this is your appointment, then press Check in.</source>
        <translation>এটি আপনার অ্যাপয়েন্টমেন্ট কি না দেখে নিন, তারপর ‘চেক-ইন করুন’ চাপুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="351"/>
        <source>Check in</source>
        <translation>চেক-ইন করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="352"/>
        <source>Take a ticket instead</source>
        <translation>এর বদলে একটি টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="354"/>
        <source>You are checked in</source>
        <translation>আপনার চেক-ইন হয়ে গেছে</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../kiosk/board.py" line="227"/>
        <source>Now calling</source>
        <translation>এখন ডাকা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="228"/>
        <source>Please wait for your number to be called.</source>
        <translation>অনুগ্রহ করে আপনার নম্বর ডাকা পর্যন্ত অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="229"/>
        <source>Called recently</source>
        <translation>কিছুক্ষণ আগে ডাকা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="230"/>
        <source>Waiting</source>
        <translation>অপেক্ষা করছেন</translation>
    </message>
</context>
<context>
    <name>DocumentCapture</name>
    <message>
        <location filename="../../ui/scan_words.py" line="16"/>
        <source>The scanner is not connected.</source>
        <translation>স্ক্যানারটি সংযুক্ত নেই।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="19"/>
        <source>Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, then scan again.</source>
        <translation>ফিডারে কাগজ আটকে গেছে। ফিডারের ঢাকনা খুলুন, আস্তে করে কাগজটি বের করুন, তারপর আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="24"/>
        <source>There is no paper in the feeder. Put your pages in face up, then scan again.</source>
        <translation>ফিডারে কোনো কাগজ নেই। পাতাগুলোর লেখা দিক উপরের দিকে রেখে ঢোকান, তারপর আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="28"/>
        <source>The scanner&apos;s cover is open. Close it, then scan again.</source>
        <translation>স্ক্যানারের ঢাকনা খোলা আছে। এটি বন্ধ করুন, তারপর আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="31"/>
        <source>The scanner is busy. Wait a moment, then scan again.</source>
        <translation>স্ক্যানারটি এখন ব্যস্ত। একটু অপেক্ষা করুন, তারপর আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="34"/>
        <source>The scanner sent a page we could not read. Scan it again.</source>
        <translation>স্ক্যানার এমন একটি পাতা পাঠিয়েছে যা আমরা পড়তে পারিনি। এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="37"/>
        <source>There are more pages in the feeder than this document can have. Take the rest out of the feeder.</source>
        <translation>এই নথিতে যতগুলো পাতা দেওয়া যায়, ফিডারে তার চেয়ে বেশি পাতা আছে। বাকি পাতাগুলো ফিডার থেকে বের করে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="42"/>
        <source>The scanner is not working.</source>
        <translation>স্ক্যানার কাজ করছে না।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="52"/>
        <source>This page looks blank. Check the page is face down on the glass, then scan it again.</source>
        <translation>পাতাটি ফাঁকা দেখাচ্ছে। পাতাটির লেখা দিক নিচের দিকে রেখে কাচের উপর রাখা হয়েছে কি না দেখে নিন, তারপর এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="56"/>
        <source>This page is too dark to read. Close the lid fully, then scan it again.</source>
        <translation>পাতাটি এত অন্ধকার যে পড়া যাচ্ছে না। ঢাকনাটি পুরোপুরি বন্ধ করুন, তারপর এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="60"/>
        <source>This page is very faint. Check it can be read.</source>
        <translation>পাতাটি খুব হালকা দেখাচ্ছে। এটি পড়া যায় কি না দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="63"/>
        <source>This page looks blurred. Keep the page flat and still, then scan it again.</source>
        <translation>পাতাটি ঝাপসা দেখাচ্ছে। পাতাটি সমান করে রাখুন ও নড়াবেন না, তারপর এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="67"/>
        <source>Part of this page may be cut off. Move the page into the corner, then scan it again.</source>
        <translation>এই পাতার কিছু অংশ বাদ পড়ে থাকতে পারে। পাতাটি সরিয়ে কোণে রাখুন, তারপর এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="71"/>
        <source>This page is very crooked. Line it up with the edge of the glass, then scan it again.</source>
        <translation>পাতাটি অনেক বাঁকা হয়ে আছে। কাচের কিনারার সাথে মিলিয়ে সোজা করে রাখুন, তারপর এটি আবার স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="383"/>
        <source>Put the page face down on the glass, in the corner with the mark. Close the lid, then tap Scan.</source>
        <translation>পাতাটির লেখা দিক নিচের দিকে রেখে কাচের উপর চিহ্ন দেওয়া কোণে রাখুন। ঢাকনা বন্ধ করুন, তারপর ‘স্ক্যান করুন’ চাপুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="387"/>
        <source>Put the pages face up in the feeder, top edge first. Then tap Scan.</source>
        <translation>পাতাগুলোর লেখা দিক উপরের দিকে রেখে, উপরের কিনারা আগে দিয়ে ফিডারে ঢোকান। তারপর ‘স্ক্যান করুন’ চাপুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="390"/>
        <source>Put the page face up under the camera, inside the marked area. Then tap Scan.</source>
        <translation>পাতাটির লেখা দিক উপরের দিকে রেখে ক্যামেরার নিচে চিহ্নিত জায়গার ভেতরে রাখুন। তারপর ‘স্ক্যান করুন’ চাপুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="394"/>
        <source>One page on the glass</source>
        <translation>কাচের উপর একটি পাতা</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="395"/>
        <source>Several pages in the feeder</source>
        <translation>ফিডারে কয়েকটি পাতা</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="396"/>
        <source>Under the camera</source>
        <translation>ক্যামেরার নিচে</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="398"/>
        <source>The scanner is not working. You can bring this document to a desk instead.</source>
        <translation>স্ক্যানার কাজ করছে না। এর বদলে আপনি এই নথিটি ডেস্কে নিয়ে যেতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="401"/>
        <source>Scanning page %1 again</source>
        <translation>পাতা %1 আবার স্ক্যান করা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="403"/>
        <source>Scan the pages in the feeder</source>
        <translation>ফিডারের পাতাগুলো স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="405"/>
        <source>Scan another page</source>
        <translation>আরেকটি পাতা স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="407"/>
        <source>Scan</source>
        <translation>স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="410"/>
        <source>Scanning. Please wait.</source>
        <translation>স্ক্যান হচ্ছে। অনুগ্রহ করে অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="412"/>
        <source>Scanning. %1 pages done so far.</source>
        <translation>স্ক্যান হচ্ছে। এ পর্যন্ত %1টি পাতা হয়ে গেছে।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="418"/>
        <source>The pages you scanned before are kept.</source>
        <translation>আগে স্ক্যান করা পাতাগুলো রাখা আছে।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="420"/>
        <source>Please ask a member of staff for help.</source>
        <translation>অনুগ্রহ করে একজন কর্মীর কাছে সাহায্য চান।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="424"/>
        <source>This document can have up to %1 pages, so we kept the first ones.</source>
        <translation>এই নথিতে সর্বোচ্চ %1টি পাতা দেওয়া যায়, তাই আমরা প্রথম পাতাগুলো রেখেছি।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="429"/>
        <source>No pages scanned yet. This document can have up to %1 pages.</source>
        <translation>এখনও কোনো পাতা স্ক্যান করা হয়নি। এই নথিতে সর্বোচ্চ %1টি পাতা দেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="431"/>
        <source>1 page scanned. This document can have up to %1 pages.</source>
        <translation>1টি পাতা স্ক্যান করা হয়েছে। এই নথিতে সর্বোচ্চ %1টি পাতা দেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="433"/>
        <source>%2 pages scanned. This document can have up to %1 pages.</source>
        <translation>%2টি পাতা স্ক্যান করা হয়েছে। এই নথিতে সর্বোচ্চ %1টি পাতা দেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="438"/>
        <source>Page %1 of %2</source>
        <translation>মোট %2টির মধ্যে পাতা %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="444"/>
        <source>We straightened this page for you.</source>
        <translation>আমরা এই পাতাটি আপনার জন্য সোজা করে দিয়েছি।</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="447"/>
        <source>Scan this page again</source>
        <translation>এই পাতাটি আবার স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="448"/>
        <source>Remove this page</source>
        <translation>এই পাতাটি সরান</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="450"/>
        <source>Page %1</source>
        <translation>পাতা %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPages</name>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="214"/>
        <source>Enter your case reference, claim number or account number</source>
        <translation>আপনার কেস রেফারেন্স, ক্লেইম নম্বর বা অ্যাকাউন্ট নম্বর লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="217"/>
        <source>That is too long for a case reference, claim number or account number</source>
        <translation>কেস রেফারেন্স, ক্লেইম নম্বর বা অ্যাকাউন্ট নম্বর হিসেবে এটি অনেক লম্বা</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="220"/>
        <source>Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X or 12345678</source>
        <translation>আপনার চিঠিতে যেভাবে লেখা আছে ঠিক সেভাবে রেফারেন্স বা নম্বরটি লিখুন, যেমন HB-7K3M-9Q2D-X বা 12345678</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="223"/>
        <source>Scan at least one page</source>
        <translation>অন্তত একটি পাতা স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="231"/>
        <source>Which case are these documents for?</source>
        <translation>এই নথিগুলো কোন কেসের জন্য?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="234"/>
        <source>Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, or your claim number or council tax account number.</source>
        <translation>আমাদের চিঠি বা রসিদ থেকে রেফারেন্সটি টাইপ করুন, যেমন HB-7K3M-9Q2D-X, অথবা আপনার ক্লেইম নম্বর বা কাউন্সিল ট্যাক্স অ্যাকাউন্ট নম্বর দিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="238"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="239"/>
        <source>Which document are you sending?</source>
        <translation>আপনি কোন নথি পাঠাচ্ছেন?</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="243"/>
        <source>Send this document</source>
        <translation>এই নথিটি পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="244"/>
        <source>Sending. Please wait.</source>
        <translation>পাঠানো হচ্ছে। অনুগ্রহ করে অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="246"/>
        <source>Document sent</source>
        <translation>নথি পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="247"/>
        <source>Send another document for this case</source>
        <translation>এই কেসের জন্য আরেকটি নথি পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="248"/>
        <source>Finish</source>
        <translation>শেষ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="258"/>
        <source>Scan your %1</source>
        <translation>আপনার %1 স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="267"/>
        <source>Your receipt number is %1</source>
        <translation>আপনার রসিদ নম্বর %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="269"/>
        <source>1 page</source>
        <translation>1টি পাতা</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="271"/>
        <source>%1 pages</source>
        <translation>%1টি পাতা</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="274"/>
        <source>%1 of your %2, for %3.</source>
        <translation>আপনার %2-এর %1, কেস %3-এর জন্য।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="281"/>
        <source>Your document is sealed so that only the council can open it, and this kiosk keeps no copy you could see. It goes to the team dealing with your case. They will contact you if they need anything else.</source>
        <translation>আপনার নথিটি এমনভাবে সিল করা হয়েছে যে শুধু কাউন্সিলই এটি খুলতে পারবে, এবং এই কিয়স্কে দেখা যায় এমন কোনো কপি রাখা হয় না। এটি আপনার কেস যে টিম দেখছে তাদের কাছে যাবে। আর কিছু দরকার হলে তাঁরা আপনার সাথে যোগাযোগ করবেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="287"/>
        <source>Your receipt is printing.</source>
        <translation>আপনার রসিদ প্রিন্ট হচ্ছে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="288"/>
        <source>Take your receipt from the printer.</source>
        <translation>প্রিন্টার থেকে আপনার রসিদ নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="289"/>
        <source>We cannot print a receipt. Please note your receipt number.</source>
        <translation>আমরা রসিদ প্রিন্ট করতে পারছি না। অনুগ্রহ করে আপনার রসিদ নম্বরটি লিখে বা মনে রাখুন।</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="68"/>
        <source>There is a problem</source>
        <translation>একটি সমস্যা আছে</translation>
    </message>
</context>
<context>
    <name>FeedbackFaces</name>
    <message>
        <location filename="../../ui/feedback_faces.py" line="340"/>
        <source>How was using this kiosk today? (optional)</source>
        <translation>আজ এই কিয়স্ক ব্যবহার করে কেমন লাগল? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="342"/>
        <source>Very dissatisfied</source>
        <translation>খুব অসন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>অসন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="344"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>সন্তুষ্টও নই, অসন্তুষ্টও নই</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="345"/>
        <source>Satisfied</source>
        <translation>সন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="346"/>
        <source>Very satisfied</source>
        <translation>খুব সন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="351"/>
        <source>Thank you for your comment.</source>
        <translation>আপনার মন্তব্যের জন্য ধন্যবাদ।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="353"/>
        <source>Thank you for your feedback.</source>
        <translation>আপনার মতামতের জন্য ধন্যবাদ।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="354"/>
        <source>Add a comment</source>
        <translation>মন্তব্য যোগ করুন</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="357"/>
        <source>How could we improve? Do not include personal details such as your name, address or phone number.</source>
        <translation>আমরা কীভাবে আরও ভালো করতে পারি? আপনার নাম, ঠিকানা বা ফোন নম্বরের মতো ব্যক্তিগত তথ্য লিখবেন না।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="361"/>
        <source>Your comment</source>
        <translation>আপনার মন্তব্য</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="362"/>
        <source>Send comment</source>
        <translation>মন্তব্য পাঠান</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="369"/>
        <source>You have 1 character left</source>
        <translation>আপনার আর 1টি অক্ষর বাকি আছে</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="371"/>
        <source>You have %1 characters left</source>
        <translation>আপনার আর %1টি অক্ষর বাকি আছে</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="373"/>
        <source>You have 1 character too many</source>
        <translation>আপনি 1টি অক্ষর বেশি লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="375"/>
        <source>You have %1 characters too many</source>
        <translation>আপনি %1টি অক্ষর বেশি লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="384"/>
        <source>This kiosk could not save your feedback just now. You can try again, or carry on without it.</source>
        <translation>এই কিয়স্ক এখন আপনার মতামত সংরক্ষণ করতে পারেনি। আপনি আবার চেষ্টা করতে পারেন, অথবা এটি ছাড়াই এগিয়ে যেতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="388"/>
        <source>Something went wrong. You can try again, or carry on without it.</source>
        <translation>কিছু একটা সমস্যা হয়েছে। আপনি আবার চেষ্টা করতে পারেন, অথবা এটি ছাড়াই এগিয়ে যেতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="392"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>আপনার মন্তব্যে %1টি অক্ষর আছে। অনুগ্রহ করে এটি ছোট করে %2টি অক্ষর বা তার কম করুন।</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="399"/>
        <source>Write your comment, or carry on without one.</source>
        <translation>আপনার মন্তব্য লিখুন, অথবা মন্তব্য ছাড়াই এগিয়ে যান।</translation>
    </message>
</context>
<context>
    <name>FeedbackPages</name>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="181"/>
        <source>This kiosk could not save your feedback just now. Nothing has been sent. Please try again, or ask a member of staff.</source>
        <translation>এই কিয়স্ক এখন আপনার মতামত সংরক্ষণ করতে পারেনি। কিছুই পাঠানো হয়নি। অনুগ্রহ করে আবার চেষ্টা করুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="185"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="216"/>
        <source>Choose a service, or choose ‘Not about one service’.</source>
        <translation>একটি সেবা বেছে নিন, অথবা ‘নির্দিষ্ট কোনো সেবা নিয়ে নয়’ বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="218"/>
        <source>Choose how satisfied you are.</source>
        <translation>আপনি কতটা সন্তুষ্ট তা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="222"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>আপনার মন্তব্যে %1টি অক্ষর আছে। অনুগ্রহ করে এটি ছোট করে %2টি অক্ষর বা তার কম করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="240"/>
        <source>Not about one service</source>
        <translation>নির্দিষ্ট কোনো সেবা নিয়ে নয়</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="245"/>
        <source>Very satisfied</source>
        <translation>খুব সন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="246"/>
        <source>Satisfied</source>
        <translation>সন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="247"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>সন্তুষ্টও নই, অসন্তুষ্টও নই</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="248"/>
        <source>Dissatisfied</source>
        <translation>অসন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="249"/>
        <source>Very dissatisfied</source>
        <translation>খুব অসন্তুষ্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="257"/>
        <source>No comment</source>
        <translation>কোনো মন্তব্য নেই</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="262"/>
        <source>There is a problem</source>
        <translation>একটি সমস্যা আছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="263"/>
        <source>Which service is your feedback about?</source>
        <translation>আপনার মতামত কোন সেবা নিয়ে?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="267"/>
        <source>Overall, how did you feel about our service today?</source>
        <translation>সব মিলিয়ে, আজ আমাদের সেবা আপনার কেমন লেগেছে?</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="270"/>
        <source>How could we improve? (optional)</source>
        <translation>আমরা কীভাবে আরও ভালো করতে পারি? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="272"/>
        <source>Do not include personal details such as your name, address or phone number.</source>
        <translation>আপনার নাম, ঠিকানা বা ফোন নম্বরের মতো ব্যক্তিগত তথ্য লিখবেন না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="275"/>
        <source>Check your answers before sending your feedback</source>
        <translation>মতামত পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="277"/>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="278"/>
        <source>How you felt</source>
        <translation>আপনার কেমন লেগেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="279"/>
        <source>Your comment</source>
        <translation>আপনার মন্তব্য</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="283"/>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="284"/>
        <source>Change %1</source>
        <translation>%1 বদলান</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Send feedback</source>
        <translation>মতামত পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="291"/>
        <source>Thank you for your feedback</source>
        <translation>আপনার মতামতের জন্য ধন্যবাদ</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="294"/>
        <source>We read all feedback and use it to improve our services. You will not get a reply. If you want to make a complaint, please ask a member of staff.</source>
        <translation>আমরা সব মতামত পড়ি এবং আমাদের সেবা উন্নত করতে তা কাজে লাগাই। আপনি কোনো উত্তর পাবেন না। অভিযোগ করতে চাইলে অনুগ্রহ করে একজন কর্মীকে বলুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="299"/>
        <source>Finish</source>
        <translation>শেষ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="304"/>
        <source>%1 of %2 characters</source>
        <translation>%2টির মধ্যে %1টি অক্ষর</translation>
    </message>
</context>
<context>
    <name>FormAnswers</name>
    <message>
        <location filename="../../kiosk/form_address.py" line="199"/>
        <source>Postcode</source>
        <translation>পোস্টকোড</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="201"/>
        <source>Find address</source>
        <translation>ঠিকানা খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="203"/>
        <source>My address is not listed</source>
        <translation>আমার ঠিকানা তালিকায় নেই</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="205"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="213"/>
        <source>Enter a postcode</source>
        <translation>একটি পোস্টকোড লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="219"/>
        <source>We could not find any addresses for %1. Check the postcode, or enter your address.</source>
        <translation>%1-এর জন্য আমরা কোনো ঠিকানা খুঁজে পাইনি। পোস্টকোডটি দেখে নিন, অথবা আপনার ঠিকানা লিখুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="225"/>
        <source>1 address found for %1</source>
        <translation>%1-এর জন্য 1টি ঠিকানা পাওয়া গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="227"/>
        <source>%2 addresses found for %1</source>
        <translation>%1-এর জন্য %2টি ঠিকানা পাওয়া গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="275"/>
        <source>You have 1 character remaining</source>
        <translation>আপনার আর 1টি অক্ষর বাকি আছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="277"/>
        <source>You have %1 characters remaining</source>
        <translation>আপনার আর %1টি অক্ষর বাকি আছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="279"/>
        <source>You have 1 character too many</source>
        <translation>আপনি 1টি অক্ষর বেশি লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="281"/>
        <source>You have %1 characters too many</source>
        <translation>আপনি %1টি অক্ষর বেশি লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="329"/>
        <source>Day</source>
        <translation>দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="330"/>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="331"/>
        <source>Year</source>
        <translation>বছর</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="404"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="405"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="412"/>
        <source>or</source>
        <translation>অথবা</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="451"/>
        <source>I agree</source>
        <translation>আমি সম্মত</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_document.py" line="119"/>
        <source>Which document are you scanning?</source>
        <translation>আপনি কোন নথি স্ক্যান করছেন?</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <location filename="../../kiosk/form_pages.py" line="167"/>
        <source>You will need:</source>
        <translation>আপনার যা লাগবে:</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="174"/>
        <source>It takes about 1 minute.</source>
        <translation>এতে প্রায় 1 মিনিট লাগে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="176"/>
        <source>It takes about %1 minutes.</source>
        <translation>এতে প্রায় %1 মিনিট লাগে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="179"/>
        <source>Start now</source>
        <translation>এখনই শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="192"/>
        <source>%1 (optional)</source>
        <translation>%1 (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="212"/>
        <location filename="../../kiosk/form_pages.py" line="250"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="226"/>
        <location filename="../../kiosk/form_pages.py" line="284"/>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="232"/>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="241"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="242"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="263"/>
        <source>Check your answers before sending</source>
        <translation>পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="293"/>
        <source>Now send your form</source>
        <translation>এবার আপনার ফর্ম পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="298"/>
        <source>By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.</source>
        <translation>এই ফর্ম পাঠিয়ে আপনি নিশ্চিত করছেন যে, আপনার জানামতে, আপনার দেওয়া তথ্য সঠিক।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="304"/>
        <source>Accept and send</source>
        <translation>সম্মতি দিন ও পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="324"/>
        <location filename="../../kiosk/form_pages.py" line="369"/>
        <source>Finish</source>
        <translation>শেষ করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="328"/>
        <source>Saving your answers for the officer…</source>
        <translation>অফিসারের জন্য আপনার উত্তরগুলো সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="329"/>
        <source>Show this reference to the officer, so you do not have to answer again: %1</source>
        <translation>এই রেফারেন্সটি অফিসারকে দেখান, যাতে আপনাকে আবার উত্তর দিতে না হয়: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="342"/>
        <source>Form sent</source>
        <translation>ফর্ম পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="344"/>
        <source>Your reference number</source>
        <translation>আপনার রেফারেন্স নম্বর</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="356"/>
        <source>What happens next</source>
        <translation>এরপর কী হবে</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="366"/>
        <source>Next: %1</source>
        <translation>এরপর: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="380"/>
        <source>Your receipt is printing. Take it with you.</source>
        <translation>আপনার রসিদ প্রিন্ট হচ্ছে। এটি সঙ্গে নিয়ে যান।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="384"/>
        <source>Take your receipt from the printer.</source>
        <translation>প্রিন্টার থেকে আপনার রসিদ নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="385"/>
        <source>This kiosk cannot print your receipt. Please write down your reference: %1</source>
        <translation>এই কিয়স্ক আপনার রসিদ প্রিন্ট করতে পারছে না। অনুগ্রহ করে আপনার রেফারেন্সটি লিখে রাখুন: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="545"/>
        <source>Please tell the officer your answers when you see them.</source>
        <translation>অফিসারের সাথে দেখা হলে অনুগ্রহ করে তাঁকে আপনার উত্তরগুলো বলুন।</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="46"/>
        <source>Please talk to a member of staff</source>
        <translation>অনুগ্রহ করে একজন কর্মীর সাথে কথা বলুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="49"/>
        <source>What you can do next</source>
        <translation>এরপর আপনি যা করতে পারেন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="60"/>
        <source>Get a ticket to talk to someone today</source>
        <translation>আজই কারও সাথে কথা বলতে একটি টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="69"/>
        <source>Please ask at the desk to talk to someone today.</source>
        <translation>আজ কারও সাথে কথা বলতে অনুগ্রহ করে ডেস্কে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="79"/>
        <source>Fill in: %1</source>
        <translation>পূরণ করুন: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="88"/>
        <source>Other organisations that can help</source>
        <translation>অন্য যেসব প্রতিষ্ঠান সাহায্য করতে পারে</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="39"/>
        <source>Report something</source>
        <translation>কোনো কিছু রিপোর্ট করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="40"/>
        <source>Apply for something</source>
        <translation>কোনো কিছুর জন্য আবেদন করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="41"/>
        <source>Book something</source>
        <translation>কোনো কিছু বুক করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="42"/>
        <source>Tell us something</source>
        <translation>আমাদের কিছু জানান</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="43"/>
        <source>Ask us something</source>
        <translation>আমাদের কিছু জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="44"/>
        <source>Not sure where to start?</source>
        <translation>কোথা থেকে শুরু করবেন বুঝতে পারছেন না?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="104"/>
        <source>What do you want to do?</source>
        <translation>আপনি কী করতে চান?</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="149"/>
        <source>%1 – sent, reference %2</source>
        <translation>%1 – পাঠানো হয়েছে, রেফারেন্স %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="64"/>
        <source>Welcome to %1</source>
        <translation>%1-এ আপনাকে স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="67"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>এখানে নিজেই %1-এর সেবা নিন। শুরু করতে একটি বোতাম স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="70"/>
        <source>Find a council service</source>
        <translation>কাউন্সিলের সেবা খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="71"/>
        <source>Give feedback</source>
        <translation>মতামত দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="72"/>
        <source>Take a ticket</source>
        <translation>টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="73"/>
        <source>Check in for an appointment</source>
        <translation>অ্যাপয়েন্টমেন্টের জন্য চেক-ইন করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="74"/>
        <source>Report, apply, book, tell us or ask</source>
        <translation>রিপোর্ট করুন, আবেদন করুন, বুক করুন, আমাদের জানান বা জিজ্ঞাসা করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="75"/>
        <source>Track a request</source>
        <translation>অনুরোধের অবস্থা দেখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="76"/>
        <source>Send documents for my case</source>
        <translation>আমার কেসের জন্য নথি পাঠান</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="77"/>
        <source>Business visitor sign-in</source>
        <translation>ব্যবসায়িক দর্শনার্থীদের সাইন-ইন</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="83"/>
        <source>Do you need more time?</source>
        <translation>আপনার কি আরও সময় লাগবে?</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="85"/>
        <source>This screen will clear in %1 seconds to protect your privacy.</source>
        <translation>আপনার গোপনীয়তা রক্ষা করতে %1 সেকেন্ড পরে এই স্ক্রিন মুছে যাবে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="89"/>
        <source>Yes, I need more time</source>
        <translation>হ্যাঁ, আমার আরও সময় লাগবে</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="90"/>
        <source>No, I have finished</source>
        <translation>না, আমার কাজ শেষ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/shell.py" line="401"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="402"/>
        <source>Larger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="403"/>
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="404"/>
        <source>Read aloud</source>
        <translation>পড়ে শোনান</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="405"/>
        <source>Start again</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="406"/>
        <source>Back</source>
        <translation>পিছনে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="407"/>
        <source>Get help</source>
        <translation>সাহায্য নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="408"/>
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="430"/>
        <source>Starting read aloud…</source>
        <translation>পড়ে শোনানো চালু হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="446"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>এই কিয়স্কে পড়ে শোনানোর সুবিধা নেই। ‘সাহায্য নিন’ চাপুন, একজন কর্মী এসে আপনাকে সাহায্য করবেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="470"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>সাহায্য আসছে। একজন কর্মী এই কিয়স্কে আসবেন। অনুগ্রহ করে এখানেই থাকুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="477"/>
        <source>We could not call for help from this kiosk. Please ask at the desk.</source>
        <translation>এই কিয়স্ক থেকে সাহায্য ডাকা যায়নি। অনুগ্রহ করে ডেস্কে জিজ্ঞাসা করুন।</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/language_picker.py" line="48"/>
        <source>Choose your language</source>
        <translation>আপনার ভাষা বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QueueJourney</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="29"/>
        <source>Sorry, this kiosk cannot save right now. Please ask a member of staff.</source>
        <translation>দুঃখিত, এই কিয়স্ক এখন কিছু সংরক্ষণ করতে পারছে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="33"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
</context>
<context>
    <name>ServicesInfo</name>
    <message>
        <location filename="../../kiosk/services_info.py" line="82"/>
        <source>You can come to us to:</source>
        <translation>এসব কাজে আপনি আমাদের কাছে আসতে পারেন:</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="86"/>
        <source>Take a seat or ask at the desk. Staff can help you use this kiosk.</source>
        <translation>বসুন অথবা ডেস্কে জিজ্ঞাসা করুন। এই কিয়স্ক ব্যবহার করতে কর্মীরা আপনাকে সাহায্য করতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="105"/>
        <source>Which service do you need?</source>
        <translation>আপনার কোন সেবা দরকার?</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="120"/>
        <source>Checking your card…</source>
        <translation>আপনার কার্ড যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="125"/>
        <source>Staff sign-in</source>
        <translation>কর্মীদের সাইন-ইন</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="127"/>
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="128"/>
        <source>Sign in</source>
        <translation>সাইন ইন করুন</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="129"/>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="142"/>
        <source>Enter your card PIN.</source>
        <translation>আপনার কার্ডের পিন দিন।</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="145"/>
        <source>Put your staff card in the reader and leave it there while you work.</source>
        <translation>আপনার কর্মী কার্ডটি রিডারে ঢোকান এবং কাজ করার সময় সেখানেই রেখে দিন।</translation>
    </message>
</context>
<context>
    <name>TicketConfirmation</name>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="174"/>
        <source>Your number is</source>
        <translation>আপনার নম্বর হলো</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="175"/>
        <source>Watch the screen for your number.</source>
        <translation>আপনার নম্বরের জন্য স্ক্রিনের দিকে লক্ষ রাখুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="176"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="194"/>
        <source>It is your turn. Please go to %1.</source>
        <translation>এখন আপনার পালা। অনুগ্রহ করে %1-এ যান।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="197"/>
        <source>You are next in the queue.</source>
        <translation>লাইনে এর পরেই আপনার পালা।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="198"/>
        <source>Your place in the queue: %1</source>
        <translation>লাইনে আপনার স্থান: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="203"/>
        <source>You should be seen very soon.</source>
        <translation>খুব শিগগিরই আপনার পালা আসবে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="205"/>
        <source>Estimated wait: about 1 minute</source>
        <translation>আনুমানিক অপেক্ষা: প্রায় 1 মিনিট</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="206"/>
        <source>Estimated wait: about %1 minutes</source>
        <translation>আনুমানিক অপেক্ষা: প্রায় %1 মিনিট</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="211"/>
        <source>Printing your ticket…</source>
        <translation>আপনার টিকিট প্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="213"/>
        <source>Please take your ticket from the printer.</source>
        <translation>অনুগ্রহ করে প্রিন্টার থেকে আপনার টিকিট নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="215"/>
        <source>The printer is not working. Please note your number: %1</source>
        <translation>প্রিন্টার কাজ করছে না। অনুগ্রহ করে আপনার নম্বরটি লিখে বা মনে রাখুন: %1</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="118"/>
        <source>Which service do you need?</source>
        <translation>আপনার কোন সেবা দরকার?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="121"/>
        <source>Do you have an appointment today?</source>
        <translation>আজ কি আপনার কোনো অ্যাপয়েন্টমেন্ট আছে?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="123"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="124"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="125"/>
        <source>Do you need extra help or a priority visit?</source>
        <translation>আপনার কি বাড়তি সাহায্য বা অগ্রাধিকার ভিত্তিতে সেবা দরকার?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="128"/>
        <source>For example, if you use a wheelchair, have a disability, are unwell, or need an interpreter. This is optional and will not be shown on your ticket.</source>
        <translation>যেমন, আপনি যদি হুইলচেয়ার ব্যবহার করেন, আপনার কোনো প্রতিবন্ধিতা থাকে, আপনি অসুস্থ থাকেন, বা আপনার দোভাষী দরকার হয়। এটি ঐচ্ছিক, এবং এটি আপনার টিকিটে দেখানো হবে না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="132"/>
        <source>Getting your number…</source>
        <translation>আপনার নম্বর নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="133"/>
        <source>Here is your ticket</source>
        <translation>এই যে আপনার টিকিট</translation>
    </message>
</context>
<context>
    <name>TrackPages</name>
    <message>
        <location filename="../../kiosk/track_pages.py" line="82"/>
        <source>Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X</source>
        <translation>আপনার রসিদে যেভাবে লেখা আছে ঠিক সেভাবে রেফারেন্সটি লিখুন, যেমন MB-7K3M-9Q2D-X</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="88"/>
        <source>Your request %1</source>
        <translation>আপনার অনুরোধ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="92"/>
        <source>We cannot find a request with this reference. Check it against your receipt, or ask a member of staff.</source>
        <translation>এই রেফারেন্স দিয়ে আমরা কোনো অনুরোধ খুঁজে পাচ্ছি না। আপনার রসিদের সাথে মিলিয়ে দেখুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="96"/>
        <source>This kiosk has your request. It will reach the council as soon as this kiosk can connect. You do not need to do anything.</source>
        <translation>আপনার অনুরোধটি এই কিয়স্কে রাখা আছে। এই কিয়স্ক সংযোগ পাওয়ামাত্র এটি কাউন্সিলের কাছে পৌঁছে যাবে। আপনাকে কিছু করতে হবে না।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="100"/>
        <source>We cannot check requests right now because this kiosk cannot reach the council&apos;s system. Please try again later, or ask a member of staff.</source>
        <translation>এই কিয়স্ক কাউন্সিলের সিস্টেমের সাথে যোগাযোগ করতে পারছে না, তাই আমরা এখন অনুরোধের অবস্থা দেখতে পারছি না। অনুগ্রহ করে পরে আবার চেষ্টা করুন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="104"/>
        <source>This kiosk cannot check requests. Please ask a member of staff.</source>
        <translation>এই কিয়স্কে অনুরোধের অবস্থা দেখা যায় না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="113"/>
        <source>We have received your request.</source>
        <translation>আমরা আপনার অনুরোধটি পেয়েছি।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="114"/>
        <source>We are working on your request.</source>
        <translation>আমরা আপনার অনুরোধটি নিয়ে কাজ করছি।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="115"/>
        <source>Your request is closed.</source>
        <translation>আপনার অনুরোধটি বন্ধ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="120"/>
        <source>Received %1. Last updated %2.</source>
        <translation>গ্রহণের তারিখ %1। সর্বশেষ হালনাগাদ %2।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="129"/>
        <source>Track a request</source>
        <translation>অনুরোধের অবস্থা দেখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="130"/>
        <source>Enter the reference number from your receipt or confirmation.</source>
        <translation>আপনার রসিদ বা নিশ্চিতকরণ বার্তা থেকে রেফারেন্স নম্বরটি লিখুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="131"/>
        <source>Find my request</source>
        <translation>আমার অনুরোধ খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="132"/>
        <source>Looking for your request…</source>
        <translation>আপনার অনুরোধ খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="133"/>
        <source>Track another request</source>
        <translation>আরেকটি অনুরোধের অবস্থা দেখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="134"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
</context>
<context>
    <name>VisitorPages</name>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="230"/>
        <source>Choose who you are here to see</source>
        <translation>আপনি কার সাথে দেখা করতে এসেছেন তা বেছে নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="239"/>
        <source>Your name must be %1 characters or fewer</source>
        <translation>আপনার নাম %1টি অক্ষর বা তার কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="242"/>
        <source>Enter your full name</source>
        <translation>আপনার পুরো নাম লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="244"/>
        <source>The company name must be %1 characters or fewer</source>
        <translation>কোম্পানির নাম %1টি অক্ষর বা তার কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="247"/>
        <source>Enter the company or organisation you are from</source>
        <translation>আপনি যে কোম্পানি বা প্রতিষ্ঠান থেকে এসেছেন তার নাম লিখুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="252"/>
        <source>What is your full name?</source>
        <translation>আপনার পুরো নাম কী?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="253"/>
        <source>Which company or organisation are you from?</source>
        <translation>আপনি কোন কোম্পানি বা প্রতিষ্ঠান থেকে এসেছেন?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="255"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="256"/>
        <source>Who are you here to see?</source>
        <translation>আপনি কার সাথে দেখা করতে এসেছেন?</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="257"/>
        <source>Type part of their name or team to find them.</source>
        <translation>তাঁকে খুঁজতে তাঁর নাম বা টিমের নামের কিছু অংশ টাইপ করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="259"/>
        <source>Nobody matches that. Check the spelling, or ask at reception.</source>
        <translation>এই নামে কাউকে পাওয়া যায়নি। বানান দেখে নিন, অথবা রিসেপশনে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="261"/>
        <source>Check your answers before you sign in</source>
        <translation>সাইন ইন করার আগে আপনার উত্তরগুলো দেখে নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="263"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="264"/>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="265"/>
        <source>Here to see</source>
        <translation>যাঁর সাথে দেখা করবেন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="269"/>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="270"/>
        <source>Change %1</source>
        <translation>%1 বদলান</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="271"/>
        <source>Sign in</source>
        <translation>সাইন ইন করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="272"/>
        <source>You are signed in</source>
        <translation>আপনার সাইন ইন হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="273"/>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="282"/>
        <source>Your badge number is %1</source>
        <translation>আপনার ব্যাজ নম্বর %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="285"/>
        <source>We have told %1 that you are here. Please take a seat and they will come to meet you.</source>
        <translation>আমরা %1-কে জানিয়েছি যে আপনি এসেছেন। অনুগ্রহ করে বসুন, তিনি এসে আপনার সাথে দেখা করবেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="291"/>
        <source>Please wear your badge while you are in the building, and sign out at reception when you leave.</source>
        <translation>ভবনে থাকার সময় অনুগ্রহ করে আপনার ব্যাজটি পরে থাকুন, এবং যাওয়ার সময় রিসেপশনে সাইন আউট করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="300"/>
        <source>Printing your badge…</source>
        <translation>আপনার ব্যাজ প্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="301"/>
        <source>Please take your badge from the printer.</source>
        <translation>অনুগ্রহ করে প্রিন্টার থেকে আপনার ব্যাজ নিন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="303"/>
        <source>The printer is not working. Please note your badge number: %1</source>
        <translation>প্রিন্টার কাজ করছে না। অনুগ্রহ করে আপনার ব্যাজ নম্বরটি লিখে বা মনে রাখুন: %1</translation>
    </message>
</context>
</TS>
