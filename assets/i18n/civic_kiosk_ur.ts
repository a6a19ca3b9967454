<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="48"/>
        <source>Welcome to %1</source>
        <translatorcomment>Starts with an invisible RIGHT-TO-LEFT MARK (U+200F): %1 is the English site name, and without the mark the line would be laid out left to right.</translatorcomment>
        <translation>‏%1 میں خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="51"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>یہاں %1 کی سروسز خود استعمال کریں۔ شروع کرنے کے لیے کوئی بٹن چھوئیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="54"/>
        <source>Find a council service</source>
        <translation>کونسل کی سروس تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="55"/>
        <source>Give feedback</source>
        <translation>رائے دیں</translation>
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
        <location filename="../../kiosk/shell.py" line="272"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="273"/>
        <source>Larger text</source>
        <translation>بڑے حروف</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="274"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="275"/>
        <source>Read aloud</source>
        <translation>پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="276"/>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="277"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="278"/>
        <source>Get help</source>
        <translation>مدد لیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="279"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="300"/>
        <source>Starting read aloud…</source>
        <translation>پڑھ کر سنانا شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="316"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>اس کیوسک پر پڑھ کر سنانے کی سہولت دستیاب نہیں۔ ‘مدد لیں’ دبائیں، عملے کا کوئی رکن آپ کی مدد کے لیے آئے گا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="340"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>مدد آ رہی ہے۔ عملے کا کوئی رکن اس کیوسک پر آئے گا۔ براہ کرم یہیں رہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="347"/>
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
    <name>StaffExitPad</name>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="71"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="86"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>پن کی جانچ نہیں ہو سکی۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="96"/>
        <source>Staff only: enter the PIN to leave kiosk mode</source>
        <translation>صرف عملے کے لیے: کیوسک موڈ سے نکلنے کے لیے پن درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="97"/>
        <source>Clear</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="98"/>
        <source>Enter</source>
        <translation>تصدیق کریں</translation>
    </message>
</context>
</TS>
