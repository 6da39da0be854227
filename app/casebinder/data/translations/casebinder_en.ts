<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline line(s)</source>
        <translation>
            <numerusform>%n timeline line</numerusform>
            <numerusform>%n timeline lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {name}: %n document(s). Send its passphrase separately.</source>
        <translation>
            <numerusform>Wrote {name}: %n document. Send its passphrase separately.</numerusform>
            <numerusform>Wrote {name}: %n documents. Send its passphrase separately.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received {name}: %n new case(s), the rest matched.</source>
        <translation>
            <numerusform>Received {name}: %n new case, the rest matched.</numerusform>
            <numerusform>Received {name}: %n new cases, the rest matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password of %n protected exhibit(s)</source>
        <translation>
            <numerusform>Password of %n protected exhibit</numerusform>
            <numerusform>Password of %n protected exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Importing %n item…</numerusform>
            <numerusform>Importing %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the words of %n scan(s) and photo(s)…</source>
        <translation>
            <numerusform>Reading the words of %n scan and photo…</numerusform>
            <numerusform>Reading the words of %n scans and photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words of %n scan(s) and photo(s) are searchable now.</source>
        <translation>
            <numerusform>The words of %n scan and photo are searchable now.</numerusform>
            <numerusform>The words of %n scans and photos are searchable now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app}: %n due within {days} days</source>
        <translation>
            <numerusform>{app}: %n due within {days} days</numerusform>
            <numerusform>{app}: %n due within {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise: it arrived earlier, so that day counts.</source>
        <translation>
            <numerusform>Receipt is presumed %n day after the notice&apos;s date unless shown otherwise: it arrived earlier, so that day counts.</numerusform>
            <numerusform>Receipt is presumed %n days after the notice&apos;s date unless shown otherwise: it arrived earlier, so that day counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise (the day it arrived, which is later, would need proof).</source>
        <translation>
            <numerusform>Receipt is presumed %n day after the notice&apos;s date unless shown otherwise (the day it arrived, which is later, would need proof).</numerusform>
            <numerusform>Receipt is presumed %n days after the notice&apos;s date unless shown otherwise (the day it arrived, which is later, would need proof).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise.</source>
        <translation>
            <numerusform>Receipt is presumed %n day after the notice&apos;s date unless shown otherwise.</numerusform>
            <numerusform>Receipt is presumed %n days after the notice&apos;s date unless shown otherwise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n day(s) ago</source>
        <translation>
            <numerusform>Backed up %n day ago</numerusform>
            <numerusform>Backed up %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n minute(s) ago</source>
        <translation>
            <numerusform>Backed up %n minute ago</numerusform>
            <numerusform>Backed up %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n hour(s) ago</source>
        <translation>
            <numerusform>Backed up %n hour ago</numerusform>
            <numerusform>Backed up %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline line(s)</source>
        <translation>
            <numerusform>%n timeline line</numerusform>
            <numerusform>%n timeline lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical history record(s)</source>
        <translation>
            <numerusform>%n medical history record</numerusform>
            <numerusform>%n medical history records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s)</source>
        <translation>
            <numerusform>%n treatment</numerusform>
            <numerusform>%n treatments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s)</source>
        <translation>
            <numerusform>%n cost</numerusform>
            <numerusform>%n costs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist link(s)</source>
        <translation>
            <numerusform>%n checklist link</numerusform>
            <numerusform>%n checklist links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist mark(s)</source>
        <translation>
            <numerusform>%n checklist mark</numerusform>
            <numerusform>%n checklist marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation>
            <numerusform>%n enclosure</numerusform>
            <numerusform>%n enclosures</numerusform>
        </translation>
    </message>
</context>
</TS>
