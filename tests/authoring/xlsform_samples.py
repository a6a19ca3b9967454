"""Sample XLSForms, written here in code so a reviewer can read them, saved as .xlsx by openpyxl.

Each sheet is a list of rows; the first row holds the column headers, as in a real XLSForm.
Row numbers in the tests are spreadsheet rows: the header is row 1, the first question row 2.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

Sheet = list[list[str]]

LANGUAGE_COLUMNS = (
    "English (en)",
    "Bengali (bn)",
    "Somali (so)",
    "Urdu (ur)",
    "Chinese (zh_CN)",
    "Polish (pl)",
)


def write_xlsform(
    folder: Path,
    filename: str,
    survey: Sheet | None,
    choices: Sheet | None = None,
    settings: Sheet | None = None,
) -> Path:
    """Save the sheets as an .xlsx workbook and return its path."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    sheets = [("survey", survey), ("choices", choices), ("settings", settings)]
    for index, (title, rows) in enumerate((t, r) for t, r in sheets if r is not None):
        sheet = first if index == 0 else workbook.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append(row)
    path = folder / filename
    workbook.save(path)
    return path


def settings(
    form_id: str = "sample", version: str = "2026-11-23.1", title: str = "Sample"
) -> Sheet:
    return [["form_id", "version", "form_title"], [form_id, version, title]]


YES_NO: Sheet = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]]


def types_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "appearance", "calculation"],
        ["text", "full_name", "What is your full name?"],  # row 2
        ["text", "details", "Tell us what happened", "multiline"],  # row 3
        ["integer", "bins", "How many bins were missed?"],  # row 4
        ["decimal", "weight", "Roughly how heavy is it, in kilograms?"],  # row 5
        ["date", "seen_on", "When did you see it?"],  # row 6
        ["select_one yes_no", "damaged", "Is the bin damaged?"],  # row 7
        ["select_one colours", "colour", "Which bin was it?"],  # row 8
        ["select_multiple waste", "waste", "What was left behind?"],  # row 9
        ["image", "photo", "Take a photo of the bin"],  # row 10
        ["file", "proof", "Upload your proof of address"],  # row 11
        ["note", "thanks", "Thank you for telling us"],  # row 12
        ["calculate", "bins_doubled", "", "", "${bins} * 2"],  # row 13
    ]
    choices = [
        *YES_NO,
        ["colours", "black", "Black bin"],
        ["colours", "blue", "Blue bin"],
        ["waste", "bags", "Black bags"],
        ["waste", "furniture", "Furniture"],
    ]
    return write_xlsform(folder, "types.xlsx", survey, choices, settings("types"))


def rules_form(folder: Path) -> Path:
    survey = [
        [
            "type",
            "name",
            "label",
            "relevant",
            "constraint",
            "constraint_message",
            "required",
            "required_message",
            "default",
        ],
        [
            "select_one yes_no",
            "has_pet",
            "Do you have a pet?",
            "",
            "",
            "",
            "yes",
            "Select yes if you have a pet",
        ],  # row 2
        [
            "integer",
            "pets",
            "How many pets do you have?",
            "${has_pet} = 'yes'",
            ". > 0 and . <= 10",
            "Enter a number from 1 to 10",
            "true()",
        ],  # row 3
        ["date", "born", "What is your date of birth?", "", ". <= today()"],  # row 4
        ["text", "nickname", "What should we call you?", "", "", "", "no"],  # row 5
        ["text", "email", "What is your email address?", "", "", "", "${pets} > 2"],  # row 6
        ["text", "notes", "Anything else?", "", "", "", "", "", "nothing"],  # row 7
        [
            "select_multiple pets",
            "kinds",
            "Which pets?",
            "${pets} >= 1",
            "count-selected(.) <= ${pets}",
            "Select no more kinds than pets",
            "yes",
        ],  # row 8
        [
            "text",
            "dog_name",
            "What is your dog called?",
            "selected(${kinds}, 'dog') and (${pets} * 2 - 1) div 1 != 0",
        ],  # row 9
    ]
    choices = [*YES_NO, ["pets", "dog", "Dog"], ["pets", "cat", "Cat"]]
    return write_xlsform(folder, "rules.xlsx", survey, choices, settings("rules"))


def calculations_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "relevant", "calculation"],
        ["integer", "adults", "How many adults live with you?"],  # row 2
        ["calculate", "people", "", "", "${adults} + ${children_count}"],  # row 3
        ["integer", "children", "How many children live with you?"],  # row 4
        ["calculate", "children_count", "", "", "coalesce(${children}, 0)"],  # row 5
        ["begin_group", "rooms", "", "${adults} > 0"],  # row 6
        ["calculate", "per_adult", "", "", "round(${people} div ${adults}, 1)"],  # row 7
        ["end_group"],  # row 8
        ["calculate", "shown", "Household size", "", "${people}"],  # row 9
    ]
    return write_xlsform(folder, "calculations.xlsx", survey, None, settings("calculations"))


def repeats_form(folder: Path) -> Path:
    survey = [
        [
            "type",
            "name",
            "label::English (en)",
            "label::Bengali (bn)",
            "relevant",
            "repeat_count",
            "calculation",
        ],
        ["integer", "how_many", "How many children?", "কতজন শিশু?"],  # row 2
        ["begin_repeat", "children", "Child", "শিশু", "${how_many} > 0", "3"],  # row 3
        ["text", "child_name", "What is the child's name?", "শিশুর নাম কী?"],  # row 4
        ["integer", "child_age", "How old is the child?", "শিশুর বয়স কত?"],  # row 5
        ["end_repeat"],  # row 6
        ["begin_repeat", "pets", "Pet", "পোষা প্রাণী", "", "${how_many}"],  # row 7
        ["text", "pet_name", "What is the pet's name?", "পোষা প্রাণীর নাম কী?"],  # row 8
        ["end_repeat"],  # row 9
        ["calculate", "total_age", "", "", "", "", "sum(${child_age})"],  # row 10
        ["calculate", "entries", "", "", "", "", "count(${children})"],  # row 11
    ]
    return write_xlsform(folder, "repeats.xlsx", survey, None, settings("repeats"))


def choices_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one Bins", "bin", "Which bin?"],  # row 2
        ["text", "garden_note", "Describe the garden waste", "${bin} = 'Garden Waste'"],  # row 3
        ["select_multiple Extras", "extras", "What else?"],  # row 4
        ["text", "sofa", "Describe the sofa", "selected(${extras}, 'Sofa.Large')"],  # row 5
        ["select_one YesNo", "ok", "Is that right?"],  # row 6
    ]
    choices = [
        ["list_name", "name", "label"],
        ["Bins", "Garden Waste", "Garden waste"],  # row 2
        ["Bins", "recycling", "Recycling"],  # row 3
        ["Extras", "Sofa.Large", "A large sofa"],  # row 4
        ["Extras", "fridge", "A fridge"],  # row 5
        ["YesNo", "Yes", "Yes, that is right"],  # row 6
        ["YesNo", "No", "No"],  # row 7
    ]
    return write_xlsform(folder, "choices.xlsx", survey, choices, settings("choices"))


def clashing_choices_form(folder: Path) -> Path:
    survey = [["type", "name", "label"], ["select_one sizes", "size", "What size?"]]
    choices = [
        ["list_name", "name", "label"],
        ["sizes", "Large", "Large"],  # row 2
        ["sizes", "large", "Large (again)"],  # row 3
        ["sizes", "x.l", "Extra large"],  # row 4
        ["sizes", "x_l", "Extra large (again)"],  # row 5
    ]
    return write_xlsform(folder, "clash.xlsx", survey, choices, settings("clash"))


def languages_form(folder: Path) -> Path:
    survey = [
        [
            "type",
            "name",
            *(f"label::{c}" for c in LANGUAGE_COLUMNS),
            "label::French (fr)",
            "hint::English (en)",
            "hint::Polish (pl)",
            "constraint",
            "constraint_message::English (en)",
            "constraint_message::Urdu (ur)",
        ],
        [
            "integer",
            "rooms",
            "How many rooms?",
            "কয়টি ঘর?",
            "Immisa qol?",
            "کتنے کمرے؟",
            "几个房间？",
            "Ile pokoi?",
            "Combien de pièces ?",
            "Count bedrooms too",
            "Policz też sypialnie",
            ". > 0",
            "Enter a number above 0",
            "0 سے زیادہ نمبر درج کریں",
        ],  # row 2
        [
            "select_one rooms",
            "best",
            "Which room is best?",
            "কোন ঘরটি সেরা?",
            "Qolkee ugu fiican?",
            "کون سا کمرہ بہترین ہے؟",
            "哪个房间最好？",
            "Który pokój jest najlepszy?",
            "Quelle pièce ?",
        ],  # row 3
    ]
    choices = [
        ["list_name", "name", *(f"label::{c}" for c in LANGUAGE_COLUMNS)],
        ["rooms", "kitchen", "Kitchen", "রান্নাঘর", "Jikada", "باورچی خانہ", "厨房", "Kuchnia"],
        ["rooms", "garden", "Garden", "বাগান", "Beerta", "باغ", "花园", "Ogród"],
    ]
    return write_xlsform(folder, "languages.xlsx", survey, choices, settings("languages"))


def language_names_form(folder: Path) -> Path:
    """Language columns named without codes, and one language the kiosk does not offer."""
    survey = [
        ["type", "name", "label::English", "label::Bangla", "label::Polski", "label::Tigrinya"],
        ["text", "street", "Which street?", "কোন রাস্তা?", "Która ulica?", "ኣየናይ ጎደና?"],
    ]
    return write_xlsform(folder, "names.xlsx", survey, None, settings("names"))


def no_english_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label::Bengali (bn)", "label::Polish (pl)"],
        ["text", "street", "কোন রাস্তা?", "Która ulica?"],  # row 2
    ]
    return write_xlsform(folder, "no-english.xlsx", survey, None, settings("no-english"))


def groups_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yes_no", "has_car", "Do you have a car?"],  # row 2
        ["begin_group", "car", "About your car", "${has_car} = 'yes'"],  # row 3
        ["text", "registration", "What is the registration number?"],  # row 4
        ["begin_group", "permit", "", "${registration} != ''"],  # row 5
        ["select_one yes_no", "permit_held", "Do you have a permit?", ""],  # row 6
        ["date", "permit_ends", "When does it end?", "${permit_held} = 'yes'"],  # row 7
        ["end_group"],  # row 8
        ["begin_repeat", "drivers", "Driver", "${has_car} = 'yes'"],  # row 9
        ["begin_group", "licence", "", ""],  # row 10
        ["text", "driver_name", "What is the driver's name?", ""],  # row 11
        ["end_group"],  # row 12
        ["end_repeat"],  # row 13
        ["end_group"],  # row 14
        ["text", "comments", "Any comments?"],  # row 15
    ]
    return write_xlsform(folder, "groups.xlsx", survey, YES_NO, settings("groups"))


def names_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "relevant"],
        ["text", "Full-Name", "What is your name?"],  # row 2
        ["text", "contact.phone", "What is your phone number?", "${Full-Name} != ''"],  # row 3
        ["integer", "_Age", "How old are you?", "string-length(${contact.phone}) > 5"],  # row 4
    ]
    return write_xlsform(folder, "names.xlsx", survey, None, settings("names"))


def clashing_names_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label"],
        ["text", "Full-Name", "What is your name?"],  # row 2
        ["text", "full_name", "What is your full name?"],  # row 3
        ["begin_group", "more", "More"],  # row 4
        ["text", "Full.Name", "Your name again"],  # row 5
        ["end_group"],  # row 6
    ]
    return write_xlsform(folder, "clashing-names.xlsx", survey, None, settings("clash"))


def settings_form(folder: Path, version: str, form_id: str = "Report Missed Bin!") -> Path:
    survey = [["type", "name", "label"], ["text", "street", "Which street?"]]
    sheet = [
        ["form_id", "version", "form_title", "instance_name"],
        [form_id, version, "Report a missed bin", "concat('bin-', ${street})"],
    ]
    return write_xlsform(folder, "settings.xlsx", survey, None, sheet)


def no_settings_form(folder: Path) -> Path:
    survey = [["type", "name", "label"], ["text", "street", "Which street?"]]
    return write_xlsform(folder, "Street Survey.xlsx", survey)


# Rows of unsupported_form, each with what the error must name.
UNSUPPORTED_ROWS: dict[int, tuple[str, str]] = {
    2: ("type", "geopoint"),
    3: ("type", "barcode"),
    4: ("type", "audio"),
    5: ("type", "video"),
    6: ("type", "range"),
    7: ("type", "rank"),
    8: ("type", "select_one_from_file"),
    9: ("type", "acknowledge"),
    10: ("type", "trigger"),
    11: ("type", "time"),
    12: ("type", "dateTime"),
    13: ("type", "hidden"),
    14: ("type", "geotrace"),
    15: ("choice_filter", "choice_filter"),
    16: ("type", "or_other"),
    17: ("relevant", "jr:choice-name()"),
    18: ("calculation", "indexed-repeat()"),
    19: ("calculation", "pulldata()"),
    20: ("calculation", "once()"),
    21: ("calculation", "uuid()"),
    22: ("relevant", "/data/name"),
    23: ("constraint", "'..'"),
    24: ("label", "${"),
    25: ("read_only", "Read-only"),
    26: ("trigger", "trigger is not supported"),
    27: ("relevant", "format-date()"),
    29: ("type", "repeat inside a repeat"),
    32: ("type", "calculation inside a repeat"),
    34: ("type", "geoshape"),
    35: ("appearance", "signature"),
    36: ("type", "background-audio"),
}


def unsupported_form(folder: Path) -> Path:
    """One row per thing the kiosk cannot do (see UNSUPPORTED_ROWS), plus a note (a warning)."""
    survey = [
        [
            "type",
            "name",
            "label",
            "relevant",
            "constraint",
            "calculation",
            "choice_filter",
            "read_only",
            "trigger",
            "appearance",
        ],
        ["geopoint", "where", "Where is it?"],  # row 2
        ["barcode", "code", "Scan the code"],  # row 3
        ["audio", "voice", "Record a message"],  # row 4
        ["video", "clip", "Record a video"],  # row 5
        ["range", "score", "How bad is it?"],  # row 6
        ["rank bins", "order", "Rank the bins"],  # row 7
        ["select_one_from_file streets.csv", "street", "Which street?"],  # row 8
        ["acknowledge", "ok", "I understand"],  # row 9
        ["trigger", "ok2", "I understand"],  # row 10
        ["time", "when", "What time?"],  # row 11
        ["dateTime", "stamp", "What date and time?"],  # row 12
        ["hidden", "secret", "Secret"],  # row 13
        ["geotrace", "route", "Which route?"],  # row 14
        ["select_one bins", "bin", "Which bin?", "", "", "", "colour = 'black'"],  # row 15
        ["select_one sizes or_other", "size", "What size?"],  # row 16
        ["text", "why", "Why?", "jr:choice-name(${bin}, '${bin}') = 'Black bin'"],  # row 17
        ["calculate", "first", "", "", "", "indexed-repeat(${bin}, ${bin}, 1)"],  # row 18
        ["calculate", "lookup", "", "", "", "pulldata('streets', 'ward', 'name', ${bin})"],
        ["calculate", "started", "", "", "", "once(today())"],  # row 20
        ["calculate", "key", "", "", "", "uuid()"],  # row 21
        ["text", "path", "Path?", "/data/bin = 'black'"],  # row 22
        ["integer", "rel", "Relative?", "", ". > ../why"],  # row 23
        ["text", "piped", "Is ${bin} right?"],  # row 24
        ["text", "fixed", "Fixed", "", "", "", "", "yes"],  # row 25
        ["text", "triggered", "Triggered", "", "", "", "", "", "${bin}"],  # row 26
        ["text", "dated", "Dated", "format-date(today(), '%Y') = '2026'"],  # row 27
        ["begin_repeat", "outer", "Outer"],  # row 28
        ["begin_repeat", "inner", "Inner"],  # row 29
        ["text", "inner_text", "Inner text"],  # row 30
        ["end_repeat"],  # row 31
        ["calculate", "in_repeat", "", "", "", "1 + 1"],  # row 32
        ["end_repeat"],  # row 33
        ["geoshape", "area", "Draw the area"],  # row 34
        ["image", "signed", "Sign here", "", "", "", "", "", "", "signature"],  # row 35
        ["background-audio", "recording"],  # row 36
        ["note", "note_row", "This is only information"],  # row 37
    ]
    choices = [
        ["list_name", "name", "label", "colour"],
        ["bins", "black", "Black bin", "black"],
        ["bins", "blue", "Blue bin", "blue"],
        ["sizes", "small", "Small"],
    ]
    return write_xlsform(folder, "unsupported.xlsx", survey, choices, settings("unsupported"))


def not_a_workbook(folder: Path) -> Path:
    path = folder / "not-a-workbook.xlsx"
    path.write_text("type,name,label\ntext,street,Which street?\n", encoding="utf-8")
    return path


def csv_file(folder: Path) -> Path:
    path = folder / "form.csv"
    path.write_text("type,name,label\ntext,street,Which street?\n", encoding="utf-8")
    return path


def no_survey_sheet(folder: Path) -> Path:
    return write_xlsform(folder, "no-survey.xlsx", None, YES_NO, settings("no-survey"))


def end_repeat_without_begin(folder: Path) -> Path:
    survey = [
        ["type", "name", "label"],
        ["text", "street", "Which street?"],  # row 2
        ["end_repeat", "", ""],  # row 3
    ]
    return write_xlsform(folder, "end-repeat.xlsx", survey, None, settings("end-repeat"))


def duplicate_choice_names_form(folder: Path) -> Path:
    """pyxform itself refuses this (a choice name used twice in one list)."""
    survey = [["type", "name", "label"], ["select_one sizes", "size", "What size?"]]
    choices = [
        ["list_name", "name", "label"],
        ["sizes", "small", "Small"],  # row 2
        ["sizes", "small", "Small again"],  # row 3
    ]
    return write_xlsform(folder, "duplicates.xlsx", survey, choices, settings("duplicates"))


def six(en: str, bn: str, so: str, ur: str, zh: str, pl: str) -> list[str]:
    """One text in the six kiosk languages, in LANGUAGE_COLUMNS order."""
    return [en, bn, so, ur, zh, pl]


def missed_bin_form(folder: Path) -> Path:
    """A realistic council form: report a missed bin collection, in all six languages."""
    lang = LANGUAGE_COLUMNS
    header = [
        "type",
        "name",
        *(f"label::{c}" for c in lang),
        *(f"hint::{c}" for c in lang),
        "required",
        *(f"required_message::{c}" for c in lang),
        "relevant",
        "constraint",
        *(f"constraint_message::{c}" for c in lang),
        "appearance",
        "calculation",
    ]
    blank = [""] * 6

    def row(
        kind: str,
        name: str,
        label: list[str],
        hint: list[str] = blank,
        required: str = "",
        required_message: list[str] = blank,
        relevant: str = "",
        constraint: str = "",
        constraint_message: list[str] = blank,
        appearance: str = "",
        calculation: str = "",
    ) -> list[str]:
        return [
            kind,
            name,
            *label,
            *hint,
            required,
            *required_message,
            relevant,
            constraint,
            *constraint_message,
            appearance,
            calculation,
        ]

    survey = [
        header,
        row(
            "select_one bin_types",
            "bin_type",
            six(
                "Which bin was missed?",
                "কোন বিনটি সংগ্রহ করা হয়নি?",
                "Weelkee qashinka ayaan la qaadin?",
                "کون سی بن نہیں اٹھائی گئی؟",
                "哪个垃圾桶没有被收走？",
                "Który pojemnik nie został opróżniony?",
            ),
            required="yes",
            required_message=six(
                "Select the bin that was missed",
                "যে বিনটি সংগ্রহ করা হয়নি সেটি বেছে নিন",
                "Dooro weelka aan la qaadin",
                "وہ بن منتخب کریں جو نہیں اٹھائی گئی",
                "请选择没有被收走的垃圾桶",
                "Wybierz pojemnik, który nie został opróżniony",
            ),
        ),
        row(
            "date",
            "collection_day",
            six(
                "When should it have been collected?",
                "এটি কবে সংগ্রহ করার কথা ছিল?",
                "Goorma ayay ahayd in la qaado?",
                "اسے کب اٹھایا جانا تھا؟",
                "原定什么时候收走？",
                "Kiedy powinien zostać opróżniony?",
            ),
            required="yes",
            required_message=six(
                "Enter the collection day",
                "সংগ্রহের দিনটি লিখুন",
                "Geli maalinta qaadista",
                "جمع کرنے کا دن درج کریں",
                "请输入收集日期",
                "Wpisz dzień odbioru",
            ),
            constraint=". <= today() and . >= today() - 14",
            constraint_message=six(
                "The collection day must be in the last 14 days",
                "সংগ্রহের দিনটি গত 14 দিনের মধ্যে হতে হবে",
                "Maalinta qaadista waa inay ahaataa 14-kii maalmood ee la soo dhaafay",
                "جمع کرنے کا دن پچھلے 14 دنوں کے اندر ہونا چاہیے",
                "收集日期必须在过去 14 天内",
                "Dzień odbioru musi przypadać w ciągu ostatnich 14 dni",
            ),
        ),
        row(
            "select_one yes_no",
            "Put_Out",
            six(
                "Was the bin out by 7am on that day?",
                "সেদিন সকাল 7টার মধ্যে কি বিনটি বাইরে রাখা হয়েছিল?",
                "Weelka ma la dhigay bannaanka ka hor 7da subaxnimo maalintaas?",
                "کیا اس دن صبح 7 بجے تک بن باہر رکھی گئی تھی؟",
                "当天早上 7 点前垃圾桶是否已放在外面？",
                "Czy pojemnik został wystawiony do 7:00 tego dnia?",
            ),
            hint=six(
                "Bins must be out by 7am on collection day",
                "সংগ্রহের দিন সকাল 7টার মধ্যে বিন বাইরে রাখতে হবে",
                "Weelasha waa in la dhigaa bannaanka ka hor 7da subaxnimo maalinta qaadista",
                "جمع کرنے کے دن بنز کو صبح 7 بجے تک باہر رکھنا ضروری ہے",
                "收集日当天早上 7 点前必须把垃圾桶放在外面",
                "Pojemniki trzeba wystawić do 7:00 w dniu odbioru",
            ),
            required="yes",
            required_message=six(
                "Select yes if the bin was out by 7am",
                "সকাল 7টার মধ্যে বিনটি বাইরে থাকলে হ্যাঁ বেছে নিন",
                "Dooro haa haddii weelku bannaanka joogay ka hor 7da subaxnimo",
                "اگر بن صبح 7 بجے تک باہر تھی تو ہاں منتخب کریں",
                "如果垃圾桶在早上 7 点前已放在外面，请选择“是”",
                "Wybierz „Tak”, jeśli pojemnik był wystawiony do 7:00",
            ),
        ),
        row(
            "text",
            "bin_location",
            six(
                "Where was the bin left?",
                "বিনটি কোথায় রাখা হয়েছিল?",
                "Xaggee ayaa weelka la dhigay?",
                "بن کہاں رکھی گئی تھی؟",
                "垃圾桶放在哪里？",
                "Gdzie stał pojemnik?",
            ),
            hint=six(
                "For example, at the front gate",
                "যেমন, সামনের গেটের কাছে",
                "Tusaale ahaan, albaabka hore agtiisa",
                "مثال کے طور پر، سامنے والے دروازے پر",
                "例如，前门旁边",
                "Na przykład przy bramie wejściowej",
            ),
            required="yes",
            required_message=six(
                "Enter where the bin was left",
                "বিনটি কোথায় রাখা হয়েছিল তা লিখুন",
                "Geli meesha weelka la dhigay",
                "درج کریں کہ بن کہاں رکھی گئی تھی",
                "请输入垃圾桶放置的位置",
                "Wpisz, gdzie stał pojemnik",
            ),
            relevant="${Put_Out} = 'yes'",
        ),
        row("begin_group", "address", six("Address", "ঠিকানা", "Cinwaanka", "پتہ", "地址", "Adres")),
        row(
            "text",
            "postcode",
            six(
                "What is the postcode?",
                "পোস্টকোড কী?",
                "Waa maxay koodhka boostada?",
                "پوسٹ کوڈ کیا ہے؟",
                "邮政编码是什么？",
                "Jaki jest kod pocztowy?",
            ),
            required="yes",
            required_message=six(
                "Enter the postcode",
                "পোস্টকোড লিখুন",
                "Geli koodhka boostada",
                "پوسٹ کوڈ درج کریں",
                "请输入邮政编码",
                "Wpisz kod pocztowy",
            ),
            constraint="regex(., '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')",
            constraint_message=six(
                "Enter a real postcode, like E1 1BU",
                "সঠিক পোস্টকোড লিখুন, যেমন E1 1BU",
                "Geli koodh boosto oo sax ah, sida E1 1BU",
                "درست پوسٹ کوڈ درج کریں، جیسے E1 1BU",
                "请输入有效的邮政编码，例如 E1 1BU",
                "Wpisz prawidłowy kod pocztowy, np. E1 1BU",
            ),
        ),
        row(
            "text",
            "address_line",
            six(
                "What is the first line of the address?",
                "ঠিকানার প্রথম লাইন কী?",
                "Waa maxay sadarka koowaad ee cinwaanka?",
                "پتے کی پہلی سطر کیا ہے؟",
                "地址的第一行是什么？",
                "Jaka jest pierwsza linia adresu?",
            ),
            required="yes",
            required_message=six(
                "Enter the first line of the address",
                "ঠিকানার প্রথম লাইন লিখুন",
                "Geli sadarka koowaad ee cinwaanka",
                "پتے کی پہلی سطر درج کریں",
                "请输入地址的第一行",
                "Wpisz pierwszą linię adresu",
            ),
        ),
        ["end_group"],
        row(
            "select_one yes_no",
            "wants_reply",
            six(
                "Do you want us to tell you when the bin has been collected?",
                "বিনটি সংগ্রহ করা হলে আমরা কি আপনাকে জানাব?",
                "Ma rabtaa inaan ku ogeysiino marka weelka la qaado?",
                "کیا آپ چاہتے ہیں کہ بن اٹھائے جانے پر ہم آپ کو بتائیں؟",
                "垃圾桶收走后是否需要我们通知您？",
                "Czy chcesz otrzymać informację, gdy pojemnik zostanie opróżniony?",
            ),
            required="yes",
            required_message=six(
                "Select yes or no",
                "হ্যাঁ বা না বেছে নিন",
                "Dooro haa ama maya",
                "ہاں یا نہیں منتخب کریں",
                "请选择“是”或“否”",
                "Wybierz „Tak” lub „Nie”",
            ),
        ),
        row(
            "begin_group",
            "contact",
            six(
                "Your contact details",
                "আপনার যোগাযোগের তথ্য",
                "Faahfaahinta xiriirkaaga",
                "آپ کی رابطے کی تفصیلات",
                "您的联系方式",
                "Twoje dane kontaktowe",
            ),
            relevant="${wants_reply} = 'yes'",
        ),
        row(
            "text",
            "full_name",
            six(
                "What is your full name?",
                "আপনার পুরো নাম কী?",
                "Magacaaga oo buuxa waa maxay?",
                "آپ کا پورا نام کیا ہے؟",
                "您的全名是什么？",
                "Jak brzmi Twoje imię i nazwisko?",
            ),
            required="yes",
            required_message=six(
                "Enter your full name",
                "আপনার পুরো নাম লিখুন",
                "Geli magacaaga oo buuxa",
                "اپنا پورا نام درج کریں",
                "请输入您的全名",
                "Wpisz swoje imię i nazwisko",
            ),
        ),
        row(
            "text",
            "Email",
            six(
                "What is your email address?",
                "আপনার ইমেল ঠিকানা কী?",
                "Waa maxay ciwaanka iimaylkaaga?",
                "آپ کا ای میل پتہ کیا ہے؟",
                "您的电子邮件地址是什么？",
                "Jaki jest Twój adres e-mail?",
            ),
            required="no",
            constraint="regex(., '^[^@ ]+@[^@ ]+[.][^@ ]+$')",
            constraint_message=six(
                "Enter an email address in the correct format, like name@example.com",
                "সঠিক ফরম্যাটে ইমেল ঠিকানা লিখুন, যেমন name@example.com",
                "Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com",
                "درست شکل میں ای میل پتہ درج کریں، جیسے name@example.com",
                "请按正确格式输入电子邮件地址，例如 name@example.com",
                "Wpisz adres e-mail w prawidłowym formacie, np. name@example.com",
            ),
        ),
        row(
            "text",
            "phone",
            six(
                "What is your phone number?",
                "আপনার ফোন নম্বর কী?",
                "Waa maxay lambarka taleefankaaga?",
                "آپ کا فون نمبر کیا ہے؟",
                "您的电话号码是什么？",
                "Jaki jest Twój numer telefonu?",
            ),
            required="${Email} = ''",
            required_message=six(
                "Enter a phone number, or go back and give an email address",
                "একটি ফোন নম্বর লিখুন, অথবা ফিরে গিয়ে একটি ইমেল ঠিকানা দিন",
                "Geli lambar taleefan, ama dib u noqo oo bixi ciwaan iimayl",
                "فون نمبر درج کریں، یا واپس جا کر ای میل پتہ دیں",
                "请输入电话号码，或返回并提供电子邮件地址",
                "Wpisz numer telefonu albo wróć i podaj adres e-mail",
            ),
            constraint="regex(., '^[0-9 +]{10,15}$')",
            constraint_message=six(
                "Enter a phone number, like 07700 900 982",
                "একটি ফোন নম্বর লিখুন, যেমন 07700 900 982",
                "Geli lambar taleefan, sida 07700 900 982",
                "فون نمبر درج کریں، جیسے 07700 900 982",
                "请输入电话号码，例如 07700 900 982",
                "Wpisz numer telefonu, np. 07700 900 982",
            ),
        ),
        ["end_group"],
        row(
            "text",
            "more_info",
            six(
                "Is there anything else the crew should know?",
                "কর্মীদের আর কিছু জানা দরকার কি?",
                "Ma jiraa wax kale oo ay tahay in shaqaaluhu ogaadaan?",
                "کیا عملے کو کچھ اور جاننا چاہیے؟",
                "还有什么需要收集人员知道的吗？",
                "Czy jest coś jeszcze, o czym powinna wiedzieć ekipa?",
            ),
            required="no",
            appearance="multiline",
        ),
        row(
            "calculate",
            "late_report",
            blank,
            calculation="if(today() - ${collection_day} > 2, 'yes', 'no')",
        ),
    ]
    choices = [
        ["list_name", "name", *(f"label::{c}" for c in lang)],
        [
            "bin_types",
            "rubbish",
            *six(
                "Rubbish", "সাধারণ আবর্জনা", "Qashinka guud", "عام کچرا", "生活垃圾", "Odpady zmieszane"
            ),
        ],
        [
            "bin_types",
            "recycling",
            *six(
                "Recycling",
                "রিসাইক্লিং",
                "Dib-u-warshadaynta",
                "ری سائیکلنگ",
                "可回收物",
                "Recykling",
            ),
        ],
        [
            "bin_types",
            "food",
            *six(
                "Food waste",
                "খাবারের বর্জ্য",
                "Qashinka cuntada",
                "کھانے کا فضلہ",
                "厨余垃圾",
                "Odpady spożywcze",
            ),
        ],
        [
            "bin_types",
            "Garden-Waste",
            *six(
                "Garden waste",
                "বাগানের বর্জ্য",
                "Qashinka beerta",
                "باغ کا فضلہ",
                "园林垃圾",
                "Odpady zielone",
            ),
        ],
        ["yes_no", "yes", *six("Yes", "হ্যাঁ", "Haa", "ہاں", "是", "Tak")],
        ["yes_no", "no", *six("No", "না", "Maya", "نہیں", "否", "Nie")],
    ]
    titles = six(
        "Report a missed bin collection",
        "বাদ পড়া বিন সংগ্রহের কথা জানান",
        "Soo sheeg qashin-qaadis la seegay",
        "چھوٹ جانے والی بن کلیکشن کی اطلاع دیں",
        "报告漏收垃圾桶",
        "Zgłoś nieodebrane odpady",
    )
    sheet = [
        ["form_id", "version", *(f"form_title::{c}" for c in lang)],
        ["Report-Missed-Bin", "2026-11-23.1", *titles],
    ]
    return write_xlsform(folder, "missed-bin.xlsx", survey, choices, sheet)


def warnings_form(folder: Path) -> Path:
    """Things the kiosk leaves out with a warning; the form still imports."""
    survey = [
        ["type", "name", "label", "appearance", "media::image", "guidance_hint", "parameters"],
        ["start", "started"],  # row 2
        ["end", "ended"],  # row 3
        ["deviceid", "device"],  # row 4
        ["begin_group", "about", "About you", "field-list"],  # row 5
        ["text", "phone", "What is your phone number?", "numbers"],  # row 6
        ["select_one yes_no", "ok", "Is this right?", "minimal", "tick.png"],  # row 7
        ["text", "reason", "Why?", "", "", "Ask about the last visit", ""],  # row 8
        ["end_group"],  # row 9
        ["note", "thanks", "Thank you"],  # row 10
        ["text", "notes", "Notes", "", "", "", "rows=5"],  # row 11
        ["select_one yes_no", "shuffled", "Shall we?", "", "", "", "randomize=true"],  # row 12
    ]
    return write_xlsform(folder, "warnings.xlsx", survey, YES_NO, settings("warnings"))


def calculation_cycle_form(folder: Path) -> Path:
    survey = [
        ["type", "name", "label", "calculation"],
        ["integer", "n", "A number?"],  # row 2
        ["calculate", "a", "", "${b} + ${n}"],  # row 3
        ["calculate", "b", "", "${a} + 1"],  # row 4
    ]
    return write_xlsform(folder, "cycle.xlsx", survey, None, settings("cycle"))
