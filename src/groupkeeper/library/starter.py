"""The starter set a new group file offers: written fresh for GroupKeeper (no fellowship's
literature), for the group to edit, replace or delete.

Crisis lines are given for the group's country (from the welcome dialog), and none for a group
elsewhere: a wrong country's number is worse than none. Numbers change, so adding them sets the
group's ``crisis_check_due``, a task on Home until someone says they are right for the area
(:func:`check_due`, :func:`confirm_checked`). That note is the secretary's: it is never printed.

Everything a person reads here is marked for the catalogue (``N_``) and written into the group
file in the language in force when the set is added (:func:`starter_items`). A reading's title
is the same words as the starter meeting format's heading it goes with (``materials/models.py``),
so both must be translated alike for :func:`add_starter` to link them.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from groupkeeper.group.models import Group
from groupkeeper.i18n import N_, _
from groupkeeper.library.models import Kind, resource
from groupkeeper.library.service import ResourceInput, create_resource

WELCOME = N_(
    """We are glad you are here. Whatever brought you, you are welcome as you are.

This is a peer-led group: nobody here is a professional, and nobody is in charge of anyone else. We share our own experience and listen to each other's.

You do not have to speak. You can simply listen, today and for as long as you like. If you do want to share, say your first name if you wish; you never have to give your last name.

What you hear here stays here. We ask the same of you: who you see and what they say is theirs to share, not ours.

Take what helps and leave the rest. Please stay for a chat afterwards, and take a handout or a phone list if one is offered. Keep coming back; it gets easier."""
)

GUIDELINES = N_(
    """Confidentiality. Who we see here and what we hear here stays here. We do not repeat another member's story, even to someone who knows them.

Speaking time. We keep shares to about three to five minutes so everyone who wants to speak has a turn. The timekeeper may give a gentle sign.

Speak for yourself. We talk about our own experience, using "I" rather than "you". We do not give advice unless someone asks for it.

Cross-talk. Many groups ask that we do not comment on, question or reply to another person's share during the meeting; conversation can wait until afterwards. This group decides together whether it keeps that guideline.

Respect. We listen without interrupting, we do not judge, and we welcome everyone whatever their background, beliefs, gender or identity. Phones on silent, please.

Safety. Nobody is pressured to share, to stay, or to do anything they do not want to do. If someone's safety is at risk, the facilitator may step outside these guidelines to get help."""
)

NOT_ENOUGH = N_(
    """A peer group can help a great deal, but it is not a substitute for professional or emergency help. Sometimes the most caring thing a member can do is help someone reach that help.

Call 911 (or your local emergency number) now if someone:
- has hurt themselves or taken something that could harm them;
- says they plan to end their life, or has the means at hand;
- is in immediate danger from someone else;
- is confused, unresponsive, or having a medical emergency.

Encourage someone to call or text 9-8-8, or to see a doctor, counsellor or crisis service soon, if they:
- talk about wanting to die, feeling hopeless, or being a burden;
- have stopped eating, sleeping or looking after themselves;
- are drinking or using more to cope, or have returned to use in a dangerous way;
- have had a sudden change in mood or behaviour that worries them or you;
- are living with abuse or violence at home.

How the group can help:
- Take it seriously, stay calm, and listen without judging.
- Ask directly: "Are you thinking about ending your life?" Asking does not put the idea in someone's head.
- Do not promise to keep a risk of harm secret.
- Offer to sit with them while they call, or to make the call together.
- Give them the crisis-line page from this library.
- Afterwards, look after yourself too, and talk it over with someone you trust.

The facilitator does not have to handle this alone: any member can call for help."""
)

CLOSING = N_(
    """Thank you for coming and for what you shared. What was said here stays here.

Take care of yourself this week. If you need someone before we meet again, reach out: a phone list, a crisis line or a friend. We will be here next time."""
)

# Tags, as the library shows them.
_READING, _NEWCOMERS, _CRISIS = N_("reading"), N_("newcomers"), N_("crisis")

READINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (N_("Welcome to newcomers"), WELCOME, (_READING, _NEWCOMERS, N_("opening"))),
    (N_("Our group guidelines"), GUIDELINES, (_READING, N_("guidelines"))),
    (N_("When peer support is not enough"), NOT_ENOUGH, (_READING, _CRISIS, _NEWCOMERS)),
    (N_("Closing"), CLOSING, (_READING, N_("closing"))),
)

_EVERY_DAY = N_("24 hours, every day")
_EMERGENCY = N_("Emergency services")
_EMERGENCY_NOTES = N_("For an emergency where someone's life or safety is at risk right now.")

# (organisation, phone, text line, hours, region, website, notes: printed, so for the reader)
CRISIS_LINES: dict[str, tuple[tuple[str, str, str, str, str, str, str], ...]] = {
    "CA": (
        (
            N_("9-8-8 Suicide Crisis Helpline"),
            "988",
            "988",
            _EVERY_DAY,
            N_("Canada"),
            "988.ca",
            N_(
                "Call or text 9-8-8, in English or French, for anyone thinking about "
                "suicide or worried about someone."
            ),
        ),
        (_EMERGENCY, "911", "", _EVERY_DAY, N_("Canada"), "", _EMERGENCY_NOTES),
    ),
    "US": (
        (
            N_("988 Suicide & Crisis Lifeline"),
            "988",
            "988",
            _EVERY_DAY,
            N_("United States"),
            "988lifeline.org",
            N_(
                "Call or text 9-8-8, or chat online, for anyone "
                "in suicidal crisis or emotional distress, or worried about someone."
            ),
        ),
        (_EMERGENCY, "911", "", _EVERY_DAY, N_("United States"), "", _EMERGENCY_NOTES),
    ),
}


def starter_items(country: str) -> list[ResourceInput]:
    """The starter set for a group in ``country`` ('CA', 'US'; elsewhere, '', the readings
    only: the group adds its own lines), in the language in force."""
    items = [
        ResourceInput(Kind.READING, _(title), _(body), tuple(_(t) for t in tags))
        for title, body, tags in READINGS
    ]
    for code in [country] if country in CRISIS_LINES else []:
        for org, phone, text_line, hours, region, website, notes in CRISIS_LINES[code]:
            items.append(
                ResourceInput(
                    Kind.CONTACT,
                    _(org),
                    _(notes),
                    (_(_CRISIS),),
                    phone=phone,
                    text_line=text_line,
                    hours=_(hours),
                    region=_(region),
                    website=website,
                    crisis=True,
                )
            )
    return items


def add_starter(s: Session, country: str) -> list[int]:
    """Add the starter set; returns the new items' ids. Sections of the meeting formats
    named after a starter reading ("Our group guidelines") get that reading."""
    from groupkeeper import i18n
    from groupkeeper.group.service import get_group
    from groupkeeper.materials.service import link_readings

    # Written into the group's file in the group's language, whoever's computer adds it.
    group = get_group(s)
    locale = i18n.group_locale(group.language, group.country) if group else i18n.current()
    with i18n.speaking(locale):
        items = starter_items(country)
        ids = [create_resource(s, item) for item in items]
        link_readings(
            s, {i.title: n for i, n in zip(items, ids, strict=True) if i.kind is Kind.READING}
        )
    if any(item.crisis for item in items):
        s.execute(update(Group).values(crisis_check_due=True))
    return ids


def check_due(s: Session) -> tuple[str, ...]:
    """The crisis lines to check for the group's area, while that is due: their names."""
    due = s.execute(select(Group.crisis_check_due).limit(1)).scalar()
    if not due:
        return ()
    rows = s.execute(
        select(resource.c.title)
        .where(resource.c.crisis, resource.c.archived.is_(False))
        .order_by(resource.c.id)
    )
    return tuple(rows.scalars())


def confirm_checked(s: Session) -> None:
    """Someone has checked the crisis lines for the group's area: the task is done."""
    s.execute(update(Group).values(crisis_check_due=False))
