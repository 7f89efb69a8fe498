"""Meeting format codes: the Meeting Guide (code4recovery) codes with readable labels.

The group may add its own codes (stored in ``custom_format``); those take their label from
there. Codes are kept exactly as the Meeting Guide spec spells them so exports lose nothing.
"""

from __future__ import annotations

MEETING_GUIDE_FORMATS: dict[str, str] = {
    "O": "Open (anyone may attend)",
    "C": "Closed (members and newcomers only)",
    "D": "Discussion",
    "SP": "Speaker",
    "B": "Big Book study",
    "ST": "Step study",
    "TR": "Tradition study",
    "LIT": "Literature",
    "MED": "Meditation",
    "11": "11th Step meditation",
    "12x12": "12 Steps & 12 Traditions",
    "BE": "Newcomer",
    "W": "Women",
    "M": "Men",
    "Y": "Young people",
    "SEN": "Seniors",
    "LGBTQ": "LGBTQ",
    "POC": "People of colour",
    "NDG": "Indigenous",
    "X": "Wheelchair access",
    "XB": "Wheelchair-accessible bathroom",
    "ASL": "American Sign Language",
    "BA": "Babysitting available",
    "CF": "Child-friendly",
    "FF": "Fragrance free",
    "SM": "Smoking permitted",
    "CAN": "Candlelight",
    "H": "Birthday / anniversary",
    "XT": "Cross talk permitted",
    "EN": "English",
    "S": "Spanish",
    "FR": "French",
    "UK": "Ukrainian",
    "RUS": "Russian",
    "POL": "Polish",
    "POR": "Portuguese",
    "ONL": "Online",
    "TC": "Location temporarily closed",
    # The rest of the spec's reserved codes, so a meeting list never turns them into custom ones.
    "A": "Secular",
    "ABSI": "As Bill Sees It",
    "DR": "Daily Reflections",
    "GR": "Grapevine",
    "LS": "Living Sober",
    "BRK": "Breakfast",
    "OUT": "Outdoor",
    "DB": "Digital basket",
    "POA": "Proof of attendance",
    "AL": "Concurrent with Alateen",
    "AL-AN": "Concurrent with Al-Anon",
    "DD": "Dual diagnosis",
    "P": "Professionals",
    "G": "Gay",
    "L": "Lesbian",
    "BI": "Bisexual",
    "T": "Transgender",
    "NB": "Non-binary",
    "N": "Native American",
    "AM": "Amharic",
    "DA": "Danish",
    "DE": "German",
    "EL": "Greek",
    "FA": "Persian",
    "HE": "Hebrew",
    "HI": "Hindi",
    "HR": "Croatian",
    "HU": "Hungarian",
    "ITA": "Italian",
    "JA": "Japanese",
    "KOR": "Korean",
    "LT": "Lithuanian",
    "ML": "Malayalam",
    "NO": "Norwegian",
    "PUN": "Punjabi",
    "SK": "Slovak",
    "SV": "Swedish",
    "TH": "Thai",
    "TL": "Tagalog",
}

# The group's language (group/models.py LANGUAGES) as a Meeting Guide type, where there is one.
LANGUAGE_TYPES: dict[str, str] = {
    "en": "EN", "fr": "FR", "es": "S", "uk": "UK", "pt": "POR", "de": "DE", "pl": "POL",
    "ru": "RUS",
}  # fmt: skip


TWELVE_STEP_ONLY = frozenset({
    "B", "ST", "TR", "11", "12x12", "ABSI", "DR", "GR", "LS", "AL", "AL-AN", "A", "H",
})  # fmt: skip
"""Codes that only make sense at a twelve-step meeting (its literature, its steps and
traditions, sobriety birthdays, Al-Anon and Alateen): not offered to a peer-support, family,
grief or other group. The Meeting Guide export and a meeting that has one keep it."""


def offered(labels: dict[str, str], twelve_step: bool, in_use: set[str]) -> dict[str, str]:
    """The codes a meeting's editor offers: every one to a twelve-step group; to another
    kind of group, all but :data:`TWELVE_STEP_ONLY`, except those a meeting has already."""
    return {
        code: label
        for code, label in labels.items()
        if twelve_step or code not in TWELVE_STEP_ONLY or code in in_use
    }


def sort_codes(codes: set[str] | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Built-in codes in catalogue order (O, C, D... as groups read them), then custom ones."""
    order = {code: i for i, code in enumerate(MEETING_GUIDE_FORMATS)}
    return tuple(sorted(set(codes), key=lambda c: (order.get(c, len(order)), c)))
