<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Clashes</source>
        <comment>Same place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>Same district ({district})</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>This is a counter-demonstration to it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>Counter-demonstration to this one</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{what}: cannot read {text!r} as a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {text} does not exist in Amsterdam (clocks go forward from 02:00 to 03:00 that night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --start (or --list-rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule set {name!r}; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start, counted as elapsed hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday, or on a Friday after 12:00, becomes 12:00 on the working day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday becomes 12:00 on the working day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: {hours} working hours before the start; Saturdays, Sundays and holidays do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: {days} working days before the day of the manifestation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: {name} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the manifestation: {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours before the start is {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight saving time changes in between: the clock moves back {wall} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has {hours} because daylight saving time starts or ends that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} falls in the weekend: the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}): the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} is on a Friday after 12:00: the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (weekend or public holiday): {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {counted} on {day} ({begin}-{end}); {remaining} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} working days before {event_day} is {day}; the notice must be in by the end of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (latest on-time moment): {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {received}: on time, {margin} before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {received}: {margin} after the deadline. Not on time: shortening the term or a ban is possible (art. 5 lid 2 sub a Wom).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This database was made by a newer version of crisisdesk (schema {revision}). It has not been changed. Update crisisdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organiser&apos;s name or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end lies before (or at) the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manifestation of more than {days} days: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This moment lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {max} participants is not plausible: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the special circumstances for accepting a late notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decided to shorten the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one legal ground for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ground is not allowed for this decision or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the conditions or restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision before this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status change is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification #{id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification cannot be a counter-demonstration to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time does not exist: clocks go forward from 02:00 to 03:00 that night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-person action needs no notification under the Wom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by someone else; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day set by royal decree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious or belief gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-public place, open to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near an embassy or international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinated with police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of health (Wom art. 2 sub a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the interest of traffic (Wom art. 2 sub b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventing or fighting disorder (Wom art. 2 sub c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification not on time (Wom art. 5 par. 2 sub a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required data not given on time (Wom art. 5 par. 2 sub a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of diplomatic premises (Wom art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via police (outside office hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late, term shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on time — shortening the term or a ban is possible (Wom art. 5 par. 2 sub a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crisisdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — fictional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search purpose, place, wijk, organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice term and clashes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About crisisdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crisisdesk — notification register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notification #{id} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About crisisdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;crisisdesk {version}&lt;/b&gt;&lt;p&gt;The desk of the public-order advisors and the crisis team: notifications under the Wet openbare manifestaties, events, checklists, briefings and exercises.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — fictional data, not the real register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the manifestation is about, as the organiser puts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-demonstration of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (AVG): record only what is needed to reach the organiser. It is left out of briefings and anonymised after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square, street or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets in order, for a procession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part: groups, vehicles, animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser&apos;s measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards, sound equipment, first aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt and handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term shortened (special circumstances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The special circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. burgemeester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status changes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision of the mayor (Wom art. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never the content of what is expressed (Wom art. 5 par. 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or restrictions, each about health, traffic or disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made known at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the deadline is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the same place or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification #{id} — {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, last changed {moment} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for this decision or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a notification received after the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an existing start and receipt time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {margin} before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {margin} after the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open notification #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this notification itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this notification after you opened it, so nothing was saved. Your entries are still here: copy what you need, then close and reopen the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notification was deleted by someone else; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {deadline} ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Notice term and clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice term (APV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that applies to a notification is the one of this municipality that was valid on the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Filling the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
