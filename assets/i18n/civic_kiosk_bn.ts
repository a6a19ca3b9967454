<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="48"/>
        <source>Welcome to %1</source>
        <translation>%1-এ আপনাকে স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="51"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>এখানে নিজেই %1-এর সেবা নিন। শুরু করতে একটি বোতাম স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="54"/>
        <source>Find a council service</source>
        <translation>কাউন্সিলের সেবা খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="55"/>
        <source>Give feedback</source>
        <translation>মতামত দিন</translation>
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
        <location filename="../../kiosk/shell.py" line="272"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="273"/>
        <source>Larger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="274"/>
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="275"/>
        <source>Read aloud</source>
        <translation>পড়ে শোনান</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="276"/>
        <source>Start again</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="277"/>
        <source>Back</source>
        <translation>পিছনে যান</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="278"/>
        <source>Get help</source>
        <translation>সাহায্য নিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="279"/>
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="300"/>
        <source>Starting read aloud…</source>
        <translation>পড়ে শোনানো চালু হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="316"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>এই কিয়স্কে পড়ে শোনানোর সুবিধা নেই। ‘সাহায্য নিন’ চাপুন, একজন কর্মী এসে আপনাকে সাহায্য করবেন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="340"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>সাহায্য আসছে। একজন কর্মী এই কিয়স্কে আসবেন। অনুগ্রহ করে এখানেই থাকুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="347"/>
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
    <name>StaffExitPad</name>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="71"/>
        <source>Checking…</source>
        <translation>যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="86"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>পিন যাচাই করা যায়নি। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="96"/>
        <source>Staff only: enter the PIN to leave kiosk mode</source>
        <translation>শুধু কর্মীদের জন্য: কিয়স্ক মোড থেকে বের হতে পিন দিন</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="97"/>
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="98"/>
        <source>Enter</source>
        <translation>নিশ্চিত করুন</translation>
    </message>
</context>
</TS>
