"""Meeting format codes: the Meeting Guide (code4recovery) codes with readable labels.

The group may add its own codes (stored in ``custom_format``); those take their label from
there. Codes are kept exactly as the Meeting Guide spec spells them so exports lose nothing.
"""

from __future__ import annotations

from groupkeeper.i18n import N_

# The labels are marked here and translated where they are read (``_(label)``: the schedule's
# service, for the window and for paper in the group's language); the codes never are.

MEETING_GUIDE_FORMATS: dict[str, str] = {
    "O": N_("Open (anyone may attend)"),
    "C": N_("Closed (members and newcomers only)"),
    "D": N_("Discussion"),
    "SP": N_("Speaker"),
    "B": N_("Big Book study"),
    "ST": N_("Step study"),
    "TR": N_("Tradition study"),
    "LIT": N_("Literature"),
    "MED": N_("Meditation"),
    "11": N_("11th Step meditation"),
    "12x12": N_("12 Steps & 12 Traditions"),
    "BE": N_("Newcomer"),
    "W": N_("Women"),
    "M": N_("Men"),
    "Y": N_("Young people"),
    "SEN": N_("Seniors"),
    "LGBTQ": N_("LGBTQ"),
    "POC": N_("People of colour"),
    "NDG": N_("Indigenous"),
    "X": N_("Wheelchair access"),
    "XB": N_("Wheelchair-accessible bathroom"),
    "ASL": N_("American Sign Language"),
    "BA": N_("Babysitting available"),
    "CF": N_("Child-friendly"),
    "FF": N_("Fragrance free"),
    "SM": N_("Smoking permitted"),
    "CAN": N_("Candlelight"),
    "H": N_("Birthday / anniversary"),
    "XT": N_("Cross talk permitted"),
    "EN": N_("English"),
    "S": N_("Spanish"),
    "FR": N_("French"),
    "UK": N_("Ukrainian"),
    "RUS": N_("Russian"),
    "POL": N_("Polish"),
    "POR": N_("Portuguese"),
    "TC": N_("Location temporarily closed"),
    # The rest of the spec's reserved codes, so a meeting list never turns them into custom ones.
    "A": N_("Secular"),
    "ABSI": N_("As Bill Sees It"),
    "DR": N_("Daily Reflections"),
    "GR": N_("Grapevine"),
    "LS": N_("Living Sober"),
    "BRK": N_("Breakfast"),
    "OUT": N_("Outdoor"),
    "DB": N_("Digital basket"),
    "POA": N_("Proof of attendance"),
    "AL": N_("Concurrent with Alateen"),
    "AL-AN": N_("Concurrent with Al-Anon"),
    "DD": N_("Dual diagnosis"),
    "P": N_("Professionals"),
    "G": N_("Gay"),
    "L": N_("Lesbian"),
    "BI": N_("Bisexual"),
    "T": N_("Transgender"),
    "NB": N_("Non-binary"),
    "N": N_("Native American"),
    "AM": N_("Amharic"),
    "DA": N_("Danish"),
    "DE": N_("German"),
    "EL": N_("Greek"),
    "FA": N_("Persian"),
    "HE": N_("Hebrew"),
    "HI": N_("Hindi"),
    "HR": N_("Croatian"),
    "HU": N_("Hungarian"),
    "ITA": N_("Italian"),
    "JA": N_("Japanese"),
    "KOR": N_("Korean"),
    "LT": N_("Lithuanian"),
    "ML": N_("Malayalam"),
    "NO": N_("Norwegian"),
    "PUN": N_("Punjabi"),
    "SK": N_("Slovak"),
    "SV": N_("Swedish"),
    "TH": N_("Thai"),
    "TL": N_("Tagalog"),
    "AF": N_("Afrikaans"),
    "AR": N_("Arabic"),
    "BG": N_("Bulgarian"),
    "FI": N_("Finnish"),
    "IS": N_("Icelandic"),
    "KA": N_("Georgian"),
    "MT": N_("Maltese"),
    "NE": N_("Nepali"),
    "NL": N_("Dutch"),
    "SL": N_("Slovenian"),
    "TUR": N_("Turkish"),
}
"""Every code of the spec's list (code4recovery/spec, data/types.json: 87 codes). Online
meetings are not a type: they are the meeting's attendance, with its link (``Online``)."""

# A meeting's language (ISO 639-1, as group/models.py LANGUAGES) as the spec's type: each of
# the spec's 38 language codes, so an imported meeting keeps its language and exports it again.
LANGUAGE_TYPES: dict[str, str] = {
    "en": "EN", "fr": "FR", "es": "S", "uk": "UK", "pt": "POR", "de": "DE", "pl": "POL",
    "ru": "RUS", "af": "AF", "am": "AM", "ar": "AR", "bg": "BG", "da": "DA", "el": "EL",
    "fa": "FA", "fi": "FI", "he": "HE", "hi": "HI", "hr": "HR", "hu": "HU", "is": "IS",
    "it": "ITA", "ja": "JA", "ka": "KA", "ko": "KOR", "lt": "LT", "ml": "ML", "mt": "MT",
    "ne": "NE", "nl": "NL", "no": "NO", "pa": "PUN", "sk": "SK", "sl": "SL", "sv": "SV",
    "th": "TH", "tl": "TL", "tr": "TUR",
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
