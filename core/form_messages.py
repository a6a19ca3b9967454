"""The kiosk's plain default error messages, for rules a form author wrote no message for.

Written in GOV.UK's style ("Enter…", "Select…"), in every kiosk language. Placeholders
in braces are filled from the rule: ``{max}``, ``{min}``, ``{date}``, ``{count}``, ``{item}``.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.catalogue import Localised
from core.form_definition import Question, QuestionType

# Machine-quality translations: these languages wait for a native speaker's check
# before the messages below count as reviewed.
AWAITING_REVIEW = ("bn", "so", "ur", "zh_CN", "pl")

# "required" depends on what kind of answer is missing.
REQUIRED: Mapping[QuestionType, Localised] = {
    QuestionType.TEXT: {
        "en": "Enter your answer",
        "bn": "আপনার উত্তর লিখুন",
        "so": "Geli jawaabtaada",
        "ur": "اپنا جواب درج کریں",
        "zh_CN": "请输入您的回答",
        "pl": "Proszę wpisać odpowiedź",
    },
    QuestionType.LONG_TEXT: {
        "en": "Enter your answer",
        "bn": "আপনার উত্তর লিখুন",
        "so": "Geli jawaabtaada",
        "ur": "اپنا جواب درج کریں",
        "zh_CN": "请输入您的回答",
        "pl": "Proszę wpisać odpowiedź",
    },
    QuestionType.NUMBER: {
        "en": "Enter a number",
        "bn": "একটি সংখ্যা লিখুন",
        "so": "Geli tiro",
        "ur": "ایک عدد درج کریں",
        "zh_CN": "请输入数字",
        "pl": "Proszę wpisać liczbę",
    },
    QuestionType.DATE: {
        "en": "Enter a date",
        "bn": "একটি তারিখ লিখুন",
        "so": "Geli taariikh",
        "ur": "تاریخ درج کریں",
        "zh_CN": "请输入日期",
        "pl": "Proszę wpisać datę",
    },
    QuestionType.YES_NO: {
        "en": "Select yes or no",
        "bn": "হ্যাঁ অথবা না বেছে নিন",
        "so": "Dooro haa ama maya",
        "ur": "ہاں یا نہیں منتخب کریں",
        "zh_CN": "请选择“是”或“否”",
        "pl": "Proszę wybrać tak lub nie",
    },
    QuestionType.SINGLE_CHOICE: {
        "en": "Select an option",
        "bn": "একটি বিকল্প বেছে নিন",
        "so": "Dooro mid ka mid ah doorashooyinka",
        "ur": "کوئی ایک اختیار منتخب کریں",
        "zh_CN": "请选择一个选项",
        "pl": "Proszę wybrać jedną z opcji",
    },
    QuestionType.MULTIPLE_CHOICE: {
        "en": "Select at least one option",
        "bn": "অন্তত একটি বিকল্প বেছে নিন",
        "so": "Dooro ugu yaraan hal doorasho",
        "ur": "کم از کم ایک اختیار منتخب کریں",
        "zh_CN": "请至少选择一个选项",
        "pl": "Proszę wybrać co najmniej jedną opcję",
    },
    QuestionType.POSTCODE_ADDRESS: {
        "en": "Enter a postcode",
        "bn": "একটি পোস্টকোড লিখুন",
        "so": "Geli koodhka boostada",
        "ur": "پوسٹ کوڈ درج کریں",
        "zh_CN": "请输入邮政编码",
        "pl": "Proszę wpisać kod pocztowy",
    },
    QuestionType.PHONE: {
        "en": "Enter a phone number",
        "bn": "একটি ফোন নম্বর লিখুন",
        "so": "Geli lambarka taleefanka",
        "ur": "فون نمبر درج کریں",
        "zh_CN": "请输入电话号码",
        "pl": "Proszę wpisać numer telefonu",
    },
    QuestionType.EMAIL: {
        "en": "Enter an email address",
        "bn": "একটি ইমেল ঠিকানা লিখুন",
        "so": "Geli ciwaanka iimaylka",
        "ur": "ای میل پتہ درج کریں",
        "zh_CN": "请输入电子邮件地址",
        "pl": "Proszę wpisać adres e-mail",
    },
    QuestionType.DOCUMENT: {
        "en": "Scan the document",
        "bn": "নথিটি স্ক্যান করুন",
        "so": "Iskaan garee dukumeentiga",
        "ur": "دستاویز اسکین کریں",
        "zh_CN": "请扫描文件",
        "pl": "Proszę zeskanować dokument",
    },
    QuestionType.DECLARATION: {
        "en": "Confirm that you agree to continue",
        "bn": "চালিয়ে যেতে নিশ্চিত করুন যে আপনি সম্মত আছেন",
        "so": "Xaqiiji inaad oggol tahay si aad u sii wadato",
        "ur": "جاری رکھنے کے لیے تصدیق کریں کہ آپ متفق ہیں",
        "zh_CN": "如需继续，请确认您同意",
        "pl": "Aby kontynuować, proszę potwierdzić zgodę",
    },
}

DEFAULTS: Mapping[str, Localised] = {
    "too_short": {
        "en": "Your answer must be {min} characters or more",
        "bn": "আপনার উত্তর অন্তত {min}টি অক্ষরের হতে হবে",
        "so": "Jawaabtaadu waa inay ahaataa {min} xaraf ama ka badan",
        "ur": "آپ کا جواب کم از کم {min} حروف کا ہونا چاہیے",
        "zh_CN": "您的回答必须至少有 {min} 个字符",
        "pl": "Liczba znaków w odpowiedzi musi wynosić co najmniej {min}",
    },
    "too_long": {
        "en": "Your answer must be {max} characters or fewer",
        "bn": "আপনার উত্তর সর্বোচ্চ {max}টি অক্ষরের হতে হবে",
        "so": "Jawaabtaadu waa inay ahaataa {max} xaraf ama ka yar",
        "ur": "آپ کا جواب زیادہ سے زیادہ {max} حروف کا ہونا چاہیے",
        "zh_CN": "您的回答不能超过 {max} 个字符",
        "pl": "Liczba znaków w odpowiedzi nie może przekraczać {max}",
    },
    "not_a_number": {
        "en": "Enter a number, like 3 or 12.5",
        "bn": "একটি সংখ্যা লিখুন, যেমন 3 বা 12.5",
        "so": "Geli tiro, sida 3 ama 12.5",
        "ur": "ایک عدد درج کریں، جیسے 3 یا 12.5",
        "zh_CN": "请输入数字，例如 3 或 12.5",
        "pl": "Proszę wpisać liczbę, np. 3 lub 12.5",
    },
    "not_whole": {
        "en": "Enter a whole number, like 3",
        "bn": "একটি পূর্ণ সংখ্যা লিখুন, যেমন 3",
        "so": "Geli tiro dhan, sida 3",
        "ur": "ایک پورا عدد درج کریں، جیسے 3",
        "zh_CN": "请输入整数，例如 3",
        "pl": "Proszę wpisać liczbę całkowitą, np. 3",
    },
    "too_small": {
        "en": "Enter a number that is {min} or more",
        "bn": "{min} বা তার বেশি একটি সংখ্যা লিখুন",
        "so": "Geli tiro ah {min} ama ka badan",
        "ur": "ایسا عدد درج کریں جو {min} یا اس سے زیادہ ہو",
        "zh_CN": "请输入大于或等于 {min} 的数字",
        "pl": "Proszę wpisać liczbę równą {min} lub większą",
    },
    "too_large": {
        "en": "Enter a number that is {max} or less",
        "bn": "{max} বা তার কম একটি সংখ্যা লিখুন",
        "so": "Geli tiro ah {max} ama ka yar",
        "ur": "ایسا عدد درج کریں جو {max} یا اس سے کم ہو",
        "zh_CN": "请输入小于或等于 {max} 的数字",
        "pl": "Proszę wpisać liczbę równą {max} lub mniejszą",
    },
    "not_a_date": {
        "en": "Enter a real date, like 27 3 2007",
        "bn": "একটি সঠিক তারিখ লিখুন, যেমন 27 3 2007",
        "so": "Geli taariikh sax ah, sida 27 3 2007",
        "ur": "ایک درست تاریخ درج کریں، جیسے 27 3 2007",
        "zh_CN": "请输入有效日期，例如 27 3 2007",
        "pl": "Proszę wpisać prawidłową datę, np. 27 3 2007",
    },
    "date_incomplete": {
        "en": "Enter the day, month and year",
        "bn": "দিন, মাস এবং বছর লিখুন",
        "so": "Geli maalinta, bisha iyo sannadka",
        "ur": "دن، مہینہ اور سال درج کریں",
        "zh_CN": "请输入日、月和年",
        "pl": "Proszę wpisać dzień, miesiąc i rok",
    },
    "too_early": {
        "en": "The date must be on or after {date}",
        "bn": "তারিখটি {date} বা তার পরে হতে হবে",
        "so": "Taariikhdu waa inay ahaataa {date} ama ka dib",
        "ur": "تاریخ {date} یا اس کے بعد کی ہونی چاہیے",
        "zh_CN": "日期必须是 {date} 或之后",
        "pl": "Data nie może być wcześniejsza niż {date}",
    },
    "too_late": {
        "en": "The date must be on or before {date}",
        "bn": "তারিখটি {date} বা তার আগে হতে হবে",
        "so": "Taariikhdu waa inay ahaataa {date} ama ka hor",
        "ur": "تاریخ {date} یا اس سے پہلے کی ہونی چاہیے",
        "zh_CN": "日期必须是 {date} 或之前",
        "pl": "Data nie może być późniejsza niż {date}",
    },
    "not_a_postcode": {
        "en": "Enter a full UK postcode, like E1 1BU",
        "bn": "যুক্তরাজ্যের সম্পূর্ণ পোস্টকোড লিখুন, যেমন E1 1BU",
        "so": "Geli koodhka boostada UK oo dhammaystiran, sida E1 1BU",
        "ur": "برطانیہ کا مکمل پوسٹ کوڈ درج کریں، جیسے E1 1BU",
        "zh_CN": "请输入完整的英国邮政编码，例如 E1 1BU",
        "pl": "Proszę wpisać pełny brytyjski kod pocztowy, np. E1 1BU",
    },
    "address_missing": {
        "en": "Select your address, or enter it by hand",
        "bn": "আপনার ঠিকানা বেছে নিন, অথবা নিজে লিখুন",
        "so": "Dooro ciwaankaaga, ama gacanta ku qor",
        "ur": "اپنا پتہ منتخب کریں، یا اسے خود درج کریں",
        "zh_CN": "请选择您的地址，或手动输入",
        "pl": "Proszę wybrać adres lub wpisać go ręcznie",
    },
    "not_a_phone": {
        "en": "Enter a phone number, like 07700 900 982 or 020 7364 5000",
        "bn": "একটি ফোন নম্বর লিখুন, যেমন 07700 900 982 বা 020 7364 5000",
        "so": "Geli lambar taleefan, sida 07700 900 982 ama 020 7364 5000",
        "ur": "فون نمبر درج کریں، جیسے 07700 900 982 یا 020 7364 5000",
        "zh_CN": "请输入电话号码，例如 07700 900 982 或 020 7364 5000",
        "pl": "Proszę wpisać numer telefonu, np. 07700 900 982 lub 020 7364 5000",
    },
    "not_an_email": {
        "en": "Enter an email address in the correct format, like name@example.com",
        "bn": "সঠিক ফরম্যাটে একটি ইমেল ঠিকানা লিখুন, যেমন name@example.com",
        "so": "Geli ciwaanka iimaylka qaabka saxda ah, sida name@example.com",
        "ur": "ای میل پتہ درست شکل میں درج کریں، جیسے name@example.com",
        "zh_CN": "请按正确格式输入电子邮件地址，例如 name@example.com",
        "pl": "Proszę wpisać adres e-mail w prawidłowym formacie, np. name@example.com",
    },
    "too_many": {
        "en": "Select {max} options or fewer",
        "bn": "{max}টি বা তার কম বিকল্প বেছে নিন",
        "so": "Dooro {max} doorasho ama ka yar",
        "ur": "{max} یا اس سے کم اختیارات منتخب کریں",
        "zh_CN": "请最多选择 {max} 个选项",
        "pl": "Proszę wybrać mniej opcji (najwyżej {max})",
    },
    "too_many_pages": {
        "en": "You can scan up to {max} pages",
        "bn": "আপনি সর্বোচ্চ {max} পৃষ্ঠা স্ক্যান করতে পারেন",
        "so": "Waxaad iskaan garayn kartaa ilaa {max} bog",
        "ur": "آپ زیادہ سے زیادہ {max} صفحات اسکین کر سکتے ہیں",
        "zh_CN": "您最多可以扫描 {max} 页",
        "pl": "Maksymalna liczba stron do zeskanowania: {max}",
    },
    "exclusive": {
        "en": "Select that option on its own, or select the other options without it",
        "bn": "ওই বিকল্পটি একা নির্বাচন করুন, অথবা সেটি ছাড়া অন্য বিকল্পগুলি নির্বাচন করুন",
        "so": "Doorashadaas keligeed dooro, ama dooro doorashooyinka kale la'aanteed",
        "ur": "وہ اختیار اکیلا منتخب کریں، یا اس کے بغیر دوسرے اختیارات منتخب کریں",
        "zh_CN": "请单独选择该选项，或不选它而选择其他选项",
        "pl": "Proszę wybrać tę opcję osobno albo wybrać inne opcje bez niej",
    },
    "pattern": {
        "en": "Check the format of your answer",
        "bn": "আপনার উত্তরের ফরম্যাট যাচাই করুন",
        "so": "Hubi qaabka jawaabtaada",
        "ur": "اپنے جواب کی شکل دوبارہ دیکھیں",
        "zh_CN": "请检查您的回答格式",
        "pl": "Proszę sprawdzić format odpowiedzi",
    },
    "constraint": {
        "en": "Check your answer",
        "bn": "আপনার উত্তর যাচাই করুন",
        "so": "Hubi jawaabtaada",
        "ur": "اپنا جواب دوبارہ دیکھیں",
        "zh_CN": "请检查您的回答",
        "pl": "Proszę sprawdzić odpowiedź",
    },
}


def message_for(question: Question | None, rule: str) -> Localised:
    """The author's message for a rule if there is one, else the kiosk's default."""
    if question is not None and rule in question.messages:
        return question.messages[rule]
    if rule == "required" and question is not None:
        return REQUIRED[question.type]
    return DEFAULTS.get(rule, DEFAULTS["constraint"])


# Words on the entries page of a repeat ("add another child").
ENTRY_WORDS: Mapping[str, Localised] = {
    "choose": {
        "en": "Select yes or no",
        "bn": "হ্যাঁ অথবা না বেছে নিন",
        "so": "Dooro haa ama maya",
        "ur": "ہاں یا نہیں منتخب کریں",
        "zh_CN": "请选择“是”或“否”",
        "pl": "Proszę wybrać tak lub nie",
    },
    "too_few": {
        "en": "Add at least {min} – {item}",
        "bn": "অন্তত {min} – {item} যোগ করুন",
        "so": "Ku dar ugu yaraan {min} – {item}",
        "ur": "کم از کم {min} – {item} شامل کریں",
        "zh_CN": "请至少添加 {min} 项 – {item}",
        "pl": "Proszę dodać co najmniej {min} – {item}",
    },
}

# Words used to show answers on check your answers and the printed receipt.
ANSWER_WORDS: Mapping[str, Localised] = {
    "yes": {
        "en": "Yes",
        "bn": "হ্যাঁ",
        "so": "Haa",
        "ur": "ہاں",
        "zh_CN": "是",
        "pl": "Tak",
    },
    "no": {
        "en": "No",
        "bn": "না",
        "so": "Maya",
        "ur": "نہیں",
        "zh_CN": "否",
        "pl": "Nie",
    },
    "agreed": {
        "en": "Agreed",
        "bn": "সম্মতি দেওয়া হয়েছে",
        "so": "Waa la oggolaaday",
        "ur": "متفق",
        "zh_CN": "已同意",
        "pl": "Wyrażono zgodę",
    },
    "pages": {
        "en": "{count} pages scanned",
        "bn": "{count}টি পৃষ্ঠা স্ক্যান করা হয়েছে",
        "so": "{count} bog ayaa la iskaan gareeyay",
        "ur": "{count} صفحات اسکین ہو گئے",
        "zh_CN": "已扫描 {count} 页",
        "pl": "Zeskanowane strony: {count}",
    },
    "one_page": {
        "en": "1 page scanned",
        "bn": "1টি পৃষ্ঠা স্ক্যান করা হয়েছে",
        "so": "1 bog ayaa la iskaan gareeyay",
        "ur": "1 صفحہ اسکین ہو گیا",
        "zh_CN": "已扫描 1 页",
        "pl": "Zeskanowano 1 stronę",
    },
    "not_answered": {
        "en": "Not answered",
        "bn": "উত্তর দেওয়া হয়নি",
        "so": "Lama jawaabin",
        "ur": "جواب نہیں دیا گیا",
        "zh_CN": "未回答",
        "pl": "Brak odpowiedzi",
    },
}
