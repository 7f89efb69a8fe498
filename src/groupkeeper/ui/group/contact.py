"""The group's contact and service numbers as form fields: Settings > The group…'s second tab.

Not in the welcome: a new group starts with no contact, printed nowhere (anonymity first).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from groupkeeper.group import contact as c
from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.group.service import GroupInfo
from groupkeeper.ui.group.fields import tr
from groupkeeper.ui.kit.forms import hint_label


def _line(text: str, most: int, name: str, example: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(most)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(example)
    return edit


class ContactFields:
    """Phone, email, website and where they print; the service number and district."""

    def __init__(self, info: GroupInfo) -> None:
        contact = info.contact
        self.phone = _line(contact.phone, c.PHONE_MAX, tr("Phone"), tr("e.g. +1 555-010-0100"))
        self.email = _line(contact.email, c.EMAIL_MAX, tr("Email"), tr("e.g. hope@example.org"))
        self.website = _line(
            contact.website, c.WEBSITE_MAX, tr("Website"), tr("e.g. elmfallshope.org")
        )
        self.places: dict[ContactPlace, QCheckBox] = {}
        for place in ContactPlace:
            box = QCheckBox(tr(place.label))
            box.setChecked(place in contact.printed_on)
            box.setToolTip(tr("Print the group's contact on this paper."))
            self.places[place] = box
        self.service_number = _line(
            info.service_number, c.SERVICE_NUMBER_MAX, tr("Service number"), tr("e.g. 000123456")
        )
        self.service_number.setToolTip(
            tr("The number your fellowship's service office (such as GSO) gave the group.")
        )
        self.district = _line(
            info.district, c.DISTRICT_MAX, tr("District or intergroup"), tr("e.g. District 12")
        )
        self.district.setToolTip(
            tr("The district, area or intergroup the group belongs to, as they write it.")
        )

    def page(self) -> QWidget:
        """The tab: the contact and its papers, then the service numbers."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label(
                tr(
                    "All optional. The contact prints only on the papers ticked here; the "
                    "service numbers are for the intergroup and never print."
                )
            )
        )
        form = QFormLayout()
        form.addRow(tr("&Phone:"), self.phone)
        form.addRow(tr("&Email:"), self.email)
        form.addRow(tr("&Website:"), self.website)
        papers = QVBoxLayout()
        papers.setSpacing(2)
        for box in self.places.values():
            papers.addWidget(box)
        form.addRow(tr("Print it on:"), papers)
        form.addRow(tr("Service n&umber:"), self.service_number)
        form.addRow(tr("&District or intergroup:"), self.district)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def info(self, group: GroupInfo) -> GroupInfo:
        """``group`` with the contact and service numbers on screen."""
        chosen = frozenset(p for p, box in self.places.items() if box.isChecked())
        contact = GroupContact(self.phone.text(), self.email.text(), self.website.text(), chosen)
        return replace(
            group,
            contact=contact,
            service_number=self.service_number.text(),
            district=self.district.text(),
        )
