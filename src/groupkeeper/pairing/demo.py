"""The demo group's pairings: sponsor profiles, five active pairings (one overdue for a
check-in), one that ended, and five people waiting, laid out around ``today``."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from groupkeeper.pairing import service
from groupkeeper.pairing.conventions import Conventions, SameGender
from groupkeeper.pairing.service import Profile, RequestInput

# first name: (gender, capacity or 0 for not willing, years of experience, languages, focus)
PROFILES: dict[str, tuple[str, int, float, tuple[str, ...], tuple[str, ...]]] = {
    "Ana": ("Woman", 3, 6, ("English", "Spanish"), ("Step work", "Newcomers")),
    "Ben": ("Man", 2, 4, ("English",), ("Step work",)),
    "Grace": ("Woman", 2, 9, ("English",), ("Family and caregivers", "Step work")),
    "Jamal": ("Man", 2, 3, ("English", "French"), ("Newcomers",)),
    "Noor": ("Woman", 2, 2, ("English", "Arabic"), ("Young people",)),
    "Priya": ("Woman", 1, 1.25, ("English", "Hindi"), ("Family and caregivers",)),
    "Uriel": ("Man", 3, 7, ("English", "Spanish"), ("Grief and loss", "Step work")),
    "Ximena": ("Woman", 1, 0.6, ("Spanish", "English"), ("Newcomers",)),
    "Elle": ("Non-binary", 1, 5, ("English",), ("Young people", "Step work")),
}
# seeker: (gender, mentor, days since start, days since last check-in, private note)
ACTIVE = (
    ("Carmen", "Woman", "Ana", 120, 5, "Working step 4; talks on Sundays."),
    ("Frank", "Man", "Ben", 90, 30, "Busy with a new job; Ben will call."),
    ("Kateryna", "Woman", "Grace", 60, 8, "Prefers to meet after the Thursday meeting."),
    ("Luis", "Man", "Uriel", 200, 10, ""),
    ("Maya", "Woman", "Noor", 40, 3, "First month went well."),
)
# seeker: (gender, days waiting, language, focus, asks for, private note)
WAITING = (
    ("Rosa", "Woman", 12, "Spanish", ("Step work",), "", "Would like to talk in Spanish."),
    ("Owen", "Man", 5, "English", ("Newcomers",), "", ""),
    ("Tanya", "Woman", 9, "English", ("Family and caregivers",), "Woman", "Caring for her mother."),
    ("Sam", "Man", 2, "English", ("Grief and loss",), "", "Lost his brother last spring."),
    ("Quinn", "Non-binary", 7, "English", ("Young people",), "", ""),
)


def add_demo_pairings(s: Session, today: date, names: dict[int, str]) -> None:
    ids = {name.split()[0]: mid for mid, name in names.items()}
    service.set_conventions(
        s, Conventions(SameGender.PREFER, min_months=12, shared_language=False, checkin_days=14)
    )
    for first, (gender, cap, years, languages, focus) in PROFILES.items():
        since = today - timedelta(days=round(years * 365.25))
        service.save_profile(
            s,
            ids[first],
            Profile(cap > 0, cap, since, focus, languages, gender, "Evenings and weekends"),
            today,
        )
    for seeker, gender, mentor, started, last, note in ACTIVE:
        service.set_gender(s, ids[seeker], gender, today)
        asked = today - timedelta(days=started + 6)
        p = service.create_request(
            s, RequestInput(ids[seeker], asked, "English", note="Asked after a meeting."), today
        )
        service.confirm(s, p.id, ids[mentor], today - timedelta(days=started), today)
        for back in range(started - 14, last, -14):
            service.log_checkin(s, p.id, today - timedelta(days=back), "", today)
        service.log_checkin(s, p.id, today - timedelta(days=last), note, today)
    service.set_gender(s, ids["Hamid"], "Man", today)
    ended = service.create_request(
        s, RequestInput(ids["Hamid"], today - timedelta(days=260), "English"), today
    )
    service.confirm(s, ended.id, ids["Jamal"], today - timedelta(days=250), today)
    service.end_pairing(s, ended.id, today - timedelta(days=30), "Moved to Winnipeg.", today)
    for seeker, gender, days, language, focus, wants, note in WAITING:
        service.set_gender(s, ids[seeker], gender, today)
        service.create_request(
            s,
            RequestInput(ids[seeker], today - timedelta(days=days), language, focus, wants, note),
            today,
        )
