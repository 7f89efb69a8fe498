"""The demo group's library: the starter set, three PDF handouts (drawn here, so the demo needs
no files of its own), about thirty referral contacts across the region, and a lending shelf
with loans out, one of them overdue. Every name and number is invented (555 numbers)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from sqlalchemy.orm import Session

from groupkeeper.library import service
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.library.starter import add_starter

# organisation, phone, text line, hours, region, website, notes, crisis
CONTACTS: tuple[tuple[str, str, str, str, str, str, str, bool], ...] = (
    ("Maple County Distress Centre", "555-0140", "555-0141", "24 hours", "Maple County", "maplecountydistress.example", "Local crisis line; will call back if busy.", True),
    ("Elm Falls Mobile Crisis Team", "555-0142", "", "24 hours", "Elm Falls", "", "Police-free crisis response for Elm Falls and the township.", True),
    ("Riverton Women's Shelter", "555-0143", "555-0144", "24 hours", "Riverton", "rivertonshelter.example", "Safe beds and a crisis line for women and children.", True),
    ("Elm Falls Community Health Centre", "555-0150", "", "Mon-Fri 8:30-4:30", "Elm Falls", "elmfallschc.example", "Walk-in counselling on Wednesdays. Free.", False),
    ("Maple County Addiction Services", "555-0151", "", "Mon-Fri 9-5", "Maple County", "", "Assessment, counselling and referral to treatment. Self-referral welcome.", False),
    ("Northfield Withdrawal Management", "555-0152", "", "24 hours", "Northfield", "", "Medically supported withdrawal; call ahead for a bed.", False),
    ("Riverton Family Counselling", "555-0153", "", "Mon-Thu 9-8, Fri 9-4", "Riverton", "rivertonfamily.example", "Sliding-scale fees. Couples and family sessions.", False),
    ("Elm Falls Food Bank", "555-0154", "", "Tue and Thu 10-2", "Elm Falls", "", "No questions asked. Bring a bag.", False),
    ("Maple County Housing Help", "555-0155", "", "Mon-Fri 9-4", "Maple County", "", "Emergency housing and rent help.", False),
    ("Grief Support Circle", "555-0156", "", "Second Monday, 7 pm", "Elm Falls", "", "Peer group at the library for anyone who has lost someone.", False),
    ("Legal Aid Clinic, Maple County", "555-0157", "", "Mon-Fri 9-4", "Maple County", "legalaidmaple.example", "Free legal advice for people on low incomes.", False),
    ("Riverton Youth Services", "555-0158", "555-0159", "Mon-Sat noon-8", "Riverton", "", "Ages 12 to 24. Drop-in and counselling.", False),
    ("Indigenous Healing Lodge", "555-0160", "", "Mon-Fri 9-5", "Northfield", "", "Traditional healing, counselling and ceremony. Cree and Ojibwe spoken.", False),
    ("Seniors' Support Line", "555-0161", "", "Daily 8-8", "Province-wide", "", "Friendly calls and help for older adults.", False),
    ("Gambling Help Line", "555-0162", "555-0163", "24 hours", "Province-wide", "", "Confidential help for gamblers and their families.", False),
    ("Eating Disorders Support", "555-0164", "", "Mon-Fri 9-9", "Province-wide", "", "Information, support and referral.", False),
    ("Northfield Community Clinic", "555-0165", "", "Mon-Fri 8-6", "Northfield", "", "Doctors and nurse practitioners taking new patients.", False),
    ("Elm Falls Public Health", "555-0166", "", "Mon-Fri 8:30-4:30", "Elm Falls", "", "Naloxone kits, needle exchange, harm reduction supplies.", False),
    ("Maple County Victim Services", "555-0167", "", "24 hours", "Maple County", "", "Support after a crime or a tragedy.", True),
    ("LGBTQ+ Peer Line", "555-0168", "555-0169", "Evenings 6-midnight", "Province-wide", "", "Peer support from people who get it.", False),
    ("Riverton Employment Centre", "555-0170", "", "Mon-Fri 9-4", "Riverton", "", "Job search help, résumé clinics.", False),
    ("Centre de santé communautaire francophone", "555-0171", "", "lun-ven 9 h-17 h", "Maple County", "", "Counselling et soutien en français. Réunions de groupe le jeudi.", False),
    ("Veterans' Family Program", "555-0172", "", "Mon-Fri 8-4", "Province-wide", "", "For veterans and their families.", False),
    ("Elm Falls Transit Access", "555-0173", "", "Mon-Sat 7-7", "Elm Falls", "", "Door-to-door rides for people who cannot use the bus. Book a day ahead.", False),
    ("Parents' Helpline", "555-0174", "", "24 hours", "Province-wide", "", "For parents worried about a child's drinking or drug use.", False),
    ("Riverton Methadone and Suboxone Clinic", "555-0175", "", "Mon-Sat 7-1", "Riverton", "", "Opioid agonist treatment. New patients Tuesdays.", False),
    ("Maple County Mental Health Court Support", "555-0176", "", "Mon-Fri 9-4", "Maple County", "", "Help for people with mental illness facing charges.", False),
    ("Northfield Drop-in Centre", "555-0177", "", "Daily 10-6", "Northfield", "", "Hot lunch, showers, laundry and a warm place to be.", False),
    ("Elm Falls Hospital Emergency", "555-0178", "", "24 hours", "Elm Falls", "", "Emergency department, 200 Hospital Road.", True),
    ("Sexual Assault Support Line", "555-0179", "555-0180", "24 hours", "Maple County", "", "Confidential support for survivors of any gender.", True),
)  # fmt: skip

HANDOUTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Newcomer guide.pdf", "A newcomer's guide to our meetings", ("newcomers", "handout"), (
        "What to expect at your first meeting.",
        "Meetings last about ninety minutes. Coffee is ready half an hour before.",
        "You are welcome to just listen. Nobody will ask you to speak.",
        "Ask for a phone list after the meeting if you would like one.",
        "Sponsorship: when you are ready, ask someone whose sharing you relate to.",
    )),
    ("Bienvenue.pdf", "Bienvenue à notre réunion", ("newcomers", "français", "handout"), (
        "Bienvenue à notre réunion du mardi soir.",
        "Vous pouvez simplement écouter; personne ne vous demandera de parler.",
        "Ce que vous entendez ici reste ici.",
        "Café à partir de 18 h 30. Entrée par la porte latérale.",
    )),
    ("Family support.pdf", "Family and friends: where to find support", ("family", "handout"), (
        "When someone you love is struggling, you need support too.",
        "Family groups meet in Riverton on Mondays and in Elm Falls on Thursdays.",
        "The Parents' Helpline answers day and night.",
        "Looking after yourself is not selfish; it helps the whole family.",
    )),
)  # fmt: skip

# title, author, copies
BOOKS: tuple[tuple[str, str, int], ...] = (
    ("Steady Ground: A Workbook for the First Year", "M. Okafor", 3),
    ("One Day at a Time, Together", "L. Brennan", 2),
    ("Families in Recovery", "R. Sato", 2),
    ("The Quiet Hour: Reflections for Every Day", "A. Lindqvist", 1),
    ("Finding Your Voice in a Group", "J. Mercer", 1),
    ("Grief and Growing", "P. Adeyemi", 1),
)


def handout_pdf(title: str, lines: tuple[str, ...]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from groupkeeper.export.styles import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(612, 792))
    pdf.setTitle(title)
    pdf.setFont(FONT_BOLD, 18)
    pdf.drawString(72, 700, title)
    pdf.setFont(FONT, 12)
    for i, line in enumerate(lines):
        pdf.drawString(72, 660 - 24 * i, line)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def add_demo_library(s: Session, today: date, member_names: dict[int, str]) -> None:
    add_starter(s, "CA")
    for org, phone, text_line, hours, region, website, notes, crisis in CONTACTS:
        tags: tuple[str, ...] = ("crisis",) if crisis else ("referral",)
        service.create_resource(
            s,
            ResourceInput(
                Kind.CONTACT, org, notes, tags, phone=phone, text_line=text_line, hours=hours,
                region=region, website=website, crisis=crisis,
            ),
        )  # fmt: skip
    for name, title, tags, lines in HANDOUTS:
        prepared = service.prepare_bytes(name, handout_pdf(title, lines))
        service.attach(s, prepared, title=title, tags=tags)
    books = [
        service.create_resource(s, ResourceInput(Kind.BOOK, t, "", ("book",), author=a, copies=n))
        for t, a, n in BOOKS
    ]
    people = list(member_names.items())
    # Out now: one overdue, two on time; and one already back.
    for book, (mid, name), out, days in (
        (books[0], people[2], 30, 21),
        (books[1], people[5], 10, 21),
        (books[2], people[8], 3, 21),
    ):
        service.lend(
            s, book, name, member_id=mid, out_on=today - timedelta(days=out),
            due_on=today - timedelta(days=out) + timedelta(days=days),
        )  # fmt: skip
    back = service.lend(
        s, books[3], people[11][1], member_id=people[11][0], out_on=today - timedelta(days=40)
    )
    service.return_loan(s, back, today - timedelta(days=20))
