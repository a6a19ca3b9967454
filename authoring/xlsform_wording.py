"""Text the importer writes itself: generated messages, 'add another' questions, placeholders.

Generated sentences carry every kiosk language; like all translations they wait for a native
speaker's check (the importer lists every non-English language in ``awaiting_review``).
"""

from __future__ import annotations

ENTER_VALID = {
    "en": "Enter a valid answer",
    "bn": "একটি সঠিক উত্তর লিখুন",
    "so": "Geli jawaab sax ah",
    "ur": "درست جواب درج کریں",
    "zh_CN": "请输入有效的答案",
    "pl": "Wpisz prawidłową odpowiedź",
}
SELECT_VALID = {
    "en": "Select a valid answer",
    "bn": "একটি সঠিক উত্তর বেছে নিন",
    "so": "Dooro jawaab sax ah",
    "ur": "درست جواب منتخب کریں",
    "zh_CN": "请选择有效的答案",
    "pl": "Wybierz prawidłową odpowiedź",
}
ADD_ANOTHER = {
    "en": "Do you want to add another {label}?",
    "bn": "আপনি কি আরেকটি {label} যোগ করতে চান?",
    "so": "Ma rabtaa inaad ku darto {label} kale?",
    "ur": "کیا آپ ایک اور {label} شامل کرنا چاہتے ہیں؟",
    "zh_CN": "您要再添加一个{label}吗？",
    "pl": "Czy chcesz dodać kolejną pozycję: {label}?",
}
_LOWER_CASE_NOUNS = frozenset({"en", "so", "pl"})  # Scripts with case and no noun capitals.

TO_WRITE_SUMMARY = "TO WRITE: one or two sentences saying what this form is for."
TO_WRITE_NEED = "TO WRITE: what the resident needs to have to hand."
TO_WRITE_STANDARD = "TO WRITE: the service standard, e.g. 'We will reply within 10 working days.'"
TO_WRITE_NEXT = "TO WRITE: what happens after the form is sent."
TO_WRITE_TITLE = "TO WRITE: the form's title."
TO_WRITE_DOCUMENT = "TO WRITE: a kind of document this question accepts."


def add_another(label: dict[str, str]) -> dict[str, str]:
    """'Do you want to add another child?' in each language the repeat's label has."""
    return {
        code: ADD_ANOTHER[code].format(label=_as_noun(code, text)) for code, text in label.items()
    }


def _as_noun(code: str, text: str) -> str:
    text = text.strip().rstrip(".?!:")
    if code in _LOWER_CASE_NOUNS and len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
