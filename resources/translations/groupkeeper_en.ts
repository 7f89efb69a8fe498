<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <source>%n change(s) from {file}. Copy the message into the intergroup&apos;s change form or an email, or save a page to print and hand in.</source>
        <translation>
            <numerusform>%n change from {file}. Copy the message into the intergroup&apos;s change form or an email, or save a page to print and hand in.</numerusform>
            <numerusform>%n changes from {file}. Copy the message into the intergroup&apos;s change form or an email, or save a page to print and hand in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message numerus="yes">
        <source>Attached {done} of %n files; stopped when you pressed Cancel.</source>
        <translation>
            <numerusform>Attached {done} of %n file; stopped when you pressed Cancel.</numerusform>
            <numerusform>Attached {done} of %n files; stopped when you pressed Cancel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n people are waiting for a {s}.</source>
        <translation>
            <numerusform>%n person is waiting for a {s}.</numerusform>
            <numerusform>%n people are waiting for a {s}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins overdue: %n. Open Pairings to see which.</source>
        <translation>
            <numerusform>Check-ins overdue: %n. Open Pairings to see which.</numerusform>
            <numerusform>Check-ins overdue: %n. Open Pairings to see which.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeFlows</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check the start date and notes of the %n meeting(s) in the meeting editor.</source>
        <translation>
            <numerusform>Check its start date and notes in the meeting editor.</numerusform>
            <numerusform>Check each one&apos;s start date and notes in the meeting editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message numerus="yes">
        <source>away %n time(s)</source>
        <translation>
            <numerusform>away once</numerusform>
            <numerusform>away %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
