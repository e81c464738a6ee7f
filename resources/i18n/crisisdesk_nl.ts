<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Clashes</source>
        <comment>Same place</comment>
        <translation>Zelfde plaats</translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>Same district ({district})</comment>
        <translation>Zelfde wijk</translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>This is a counter-demonstration to it</comment>
        <translation>Deze is een tegendemonstratie daartegen</translation>
    </message>
    <message>
        <source>Clashes</source>
        <comment>Counter-demonstration to this one</comment>
        <translation>Tegendemonstratie tegen deze</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>combi-regulation</source>
        <translation>combiregeling</translation>
    </message>
    <message>
        <source>at most {n} away supporters</source>
        <translation>maximaal {n} uitsupporters</translation>
    </message>
    <message>
        <source>without public</source>
        <translation>zonder publiek</translation>
    </message>
    <message>
        <source>security risk area (APV 2:4)</source>
        <translation>veiligheidsrisicogebied (APV 2:4)</translation>
    </message>
    <message>
        <source>camera surveillance (APV 2:5)</source>
        <translation>cameratoezicht (APV 2:5)</translation>
    </message>
    <message>
        <source>fireworks rules</source>
        <translation>vuurwerkregels</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{what}: cannot read {text!r} as a date and time.</source>
        <translation>{what}: {text!r} is niet te lezen als datum en tijd.</translation>
    </message>
    <message>
        <source>{what}: {text} does not exist in Amsterdam (clocks go forward from 02:00 to 03:00 that night).</source>
        <translation>{what}: {text} bestaat niet in Amsterdam (die nacht gaat de klok van 02:00 naar 03:00 vooruit).</translation>
    </message>
    <message>
        <source>give --start (or --list-rules)</source>
        <translation>geef --start op (of --list-rules)</translation>
    </message>
    <message>
        <source>unknown rule set {name!r}; known: {known}</source>
        <translation>onbekende regeling {name!r}; bekend: {known}</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} u {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{day} ({holiday})</source>
        <translation>{day} ({holiday})</translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start, counted as elapsed hours.</source>
        <translation>Termijn: {hours} uur vóór de aanvang, gerekend in verstreken uren.</translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday, or on a Friday after 12:00, becomes 12:00 on the working day before.</source>
        <translation>Termijn: {hours} uur vóór de aanvang; valt het uiterste tijdstip op een zaterdag, zondag of feestdag, of op een vrijdag na 12:00 uur, dan wordt het 12:00 uur op de werkdag ervoor.</translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday becomes 12:00 on the working day before.</source>
        <translation>Termijn: {hours} uur vóór de aanvang; valt het uiterste tijdstip op een zaterdag, zondag of feestdag, dan wordt het 12:00 uur op de werkdag ervoor.</translation>
    </message>
    <message>
        <source>Term: {hours} working hours before the start; Saturdays, Sundays and holidays do not count.</source>
        <translation>Termijn: {hours} werkuren vóór de aanvang; zaterdagen, zondagen en feestdagen tellen niet mee.</translation>
    </message>
    <message>
        <source>Term: {days} working days before the day of the manifestation.</source>
        <translation>Termijn: {days} werkdagen vóór de dag van de manifestatie.</translation>
    </message>
    <message>
        <source>Rule set: {name} ({source}).</source>
        <translation>Regeling: {name} ({source}).</translation>
    </message>
    <message>
        <source>Rule set: {name}.</source>
        <translation>Regeling: {name}.</translation>
    </message>
    <message>
        <source>Start of the manifestation: {start}.</source>
        <translation>Aanvang van de manifestatie: {start}.</translation>
    </message>
    <message>
        <source>{hours} hours before the start is {moment}.</source>
        <translation>{hours} uur vóór de aanvang is {moment}.</translation>
    </message>
    <message>
        <source>Daylight saving time changes in between: the clock moves back {wall} instead.</source>
        <translation>Tussendoor wisselt de zomertijd: op de klok is het daardoor {wall} terug.</translation>
    </message>
    <message>
        <source>{day} has {hours} because daylight saving time starts or ends that day.</source>
        <translation>{day} telt {hours} omdat de zomertijd die dag begint of eindigt.</translation>
    </message>
    <message>
        <source>{day} falls in the weekend: the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation>{day} valt in het weekend: het uiterste tijdstip wordt 12:00 uur op de werkdag ervoor, {deadline}.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}): the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation>{day} is een feestdag ({holiday}): het uiterste tijdstip wordt 12:00 uur op de werkdag ervoor, {deadline}.</translation>
    </message>
    <message>
        <source>{moment} is on a Friday after 12:00: the deadline becomes 12:00 on the working day before, {deadline}.</source>
        <translation>{moment} valt op een vrijdag na 12:00 uur: het uiterste tijdstip wordt 12:00 uur op de werkdag ervoor, {deadline}.</translation>
    </message>
    <message>
        <source>Not counted (weekend or public holiday): {days}.</source>
        <translation>Niet meegeteld (weekend of feestdag): {days}.</translation>
    </message>
    <message>
        <source>Counted {counted} on {day} ({begin}-{end}); {remaining} left.</source>
        <translation>{counted} geteld op {day} ({begin}-{end}); resterend {remaining}.</translation>
    </message>
    <message>
        <source>{days} working days before {event_day} is {day}; the notice must be in by the end of that day.</source>
        <translation>{days} werkdagen vóór {event_day} is {day}; de kennisgeving moet uiterlijk aan het eind van die dag binnen zijn.</translation>
    </message>
    <message>
        <source>Deadline (latest on-time moment): {deadline}.</source>
        <translation>Uiterste tijdstip (laatste moment dat tijdig is): {deadline}.</translation>
    </message>
    <message>
        <source>Received {received}: on time, {margin} before the deadline.</source>
        <translation>Ontvangen {received}: tijdig, {margin} vóór het uiterste tijdstip.</translation>
    </message>
    <message>
        <source>Received {received}: {margin} after the deadline. Not on time: shortening the term or a ban is possible (art. 5 lid 2 sub a Wom).</source>
        <translation>Ontvangen {received}: {margin} na het uiterste tijdstip. Niet tijdig — termijn verkorten of verbod mogelijk (art. 5 lid 2 sub a Wom).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This database was made by a newer version of crisisdesk (schema {revision}). It has not been changed. Update crisisdesk to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van crisisdesk (schema {revision}). Er is niets aan veranderd. Werk crisisdesk bij om hem te openen.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Give the organiser&apos;s name or organisation.</source>
        <translation>Vul de naam van de organisator of de organisatie in.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The end lies before (or at) the start.</source>
        <translation>Het einde ligt vóór (of op) de aanvang.</translation>
    </message>
    <message>
        <source>A manifestation of more than {days} days: check the dates.</source>
        <translation>Een manifestatie van meer dan {days} dagen: controleer de data.</translation>
    </message>
    <message>
        <source>This moment lies in the future.</source>
        <translation>Dit moment ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Expected participants must be at least 1.</source>
        <translation>Het verwachte aantal deelnemers moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>More than {max} participants is not plausible: check the number.</source>
        <translation>Meer dan {max} deelnemers is niet aannemelijk: controleer het aantal.</translation>
    </message>
    <message>
        <source>Give the special circumstances for accepting a late notification.</source>
        <translation>Vul de bijzondere omstandigheden in waarom de te late kennisgeving wordt geaccepteerd.</translation>
    </message>
    <message>
        <source>Say who decided to shorten the term.</source>
        <translation>Vul in wie heeft besloten de termijn te verkorten.</translation>
    </message>
    <message>
        <source>Choose at least one legal ground for this decision.</source>
        <translation>Kies ten minste één wettelijke grond voor dit besluit.</translation>
    </message>
    <message>
        <source>This ground is not allowed for this decision or place.</source>
        <translation>Deze grond is niet toegestaan bij dit besluit of deze plaats.</translation>
    </message>
    <message>
        <source>Describe the conditions or restrictions.</source>
        <translation>Beschrijf de voorschriften of beperkingen.</translation>
    </message>
    <message>
        <source>Record the decision before this status.</source>
        <translation>Leg eerst het besluit vast voordat u deze status kiest.</translation>
    </message>
    <message>
        <source>This status change is not allowed.</source>
        <translation>Deze statuswijziging is niet toegestaan.</translation>
    </message>
    <message>
        <source>Notification #{id} does not exist.</source>
        <translation>Kennisgeving #{id} bestaat niet.</translation>
    </message>
    <message>
        <source>A notification cannot be a counter-demonstration to itself.</source>
        <translation>Een kennisgeving kan geen tegendemonstratie tegen zichzelf zijn.</translation>
    </message>
    <message>
        <source>This time does not exist: clocks go forward from 02:00 to 03:00 that night.</source>
        <translation>Dit tijdstip bestaat niet: die nacht gaat de klok van 02:00 naar 03:00 vooruit.</translation>
    </message>
    <message>
        <source>A one-person action needs no notification under the Wom.</source>
        <translation>Voor een actie van één persoon is volgens de Wom geen kennisgeving nodig.</translation>
    </message>
    <message>
        <source>The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).</source>
        <translation>De voorschriften lijken over de inhoud te gaan ({terms}); dat verbiedt de Wom (art. 5 lid 3 Wom).</translation>
    </message>
    <message>
        <source>The database is in use by someone else; nothing was saved. Try again in a moment.</source>
        <translation>De database is in gebruik door iemand anders; er is niets opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved.</source>
        <translation>De database is alleen-lezen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was saved.</source>
        <translation>De database is niet bereikbaar; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This desk is in read-only mode (observer); nothing was changed.</source>
        <translation>Deze desk staat op alleen-lezen (meekijkmodus); er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Return of an offender (confidential)</source>
        <translation>Terugkeer van een delinquent (vertrouwelijk)</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Tweede Paasdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Queen&apos;s Day</source>
        <translation>Koninginnedag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Tweede Pinksterdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
    <message>
        <source>Day set by royal decree</source>
        <translation>Extra vrije dag (Koninklijk Besluit)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Demonstration</source>
        <translation>Betoging</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Religious or belief gathering</source>
        <translation>Samenkomst tot het belijden van godsdienst of levensovertuiging</translation>
    </message>
    <message>
        <source>Public place</source>
        <translation>Openbare plaats</translation>
    </message>
    <message>
        <source>Non-public place, open to the public</source>
        <translation>Niet-openbare, publiek toegankelijke plaats</translation>
    </message>
    <message>
        <source>Near an embassy or international organisation</source>
        <translation>Bij een ambassade of internationale organisatie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Some risk</source>
        <translation>Enig risico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Cannot be assessed</source>
        <translation>Niet in te schatten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Coordinated with police</source>
        <translation>Afgestemd met politie</translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation>Besluit genomen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>No conditions</source>
        <translation>Geen voorschriften</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorschriften</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbod</translation>
    </message>
    <message>
        <source>Protection of health (Wom art. 2 sub a)</source>
        <translation>Bescherming van de gezondheid (art. 2 sub a Wom)</translation>
    </message>
    <message>
        <source>In the interest of traffic (Wom art. 2 sub b)</source>
        <translation>In het belang van het verkeer (art. 2 sub b Wom)</translation>
    </message>
    <message>
        <source>Preventing or fighting disorder (Wom art. 2 sub c)</source>
        <translation>Voorkomen of bestrijden van wanordelijkheden (art. 2 sub c Wom)</translation>
    </message>
    <message>
        <source>Notification not on time (Wom art. 5 par. 2 sub a)</source>
        <translation>Kennisgeving niet tijdig (art. 5 lid 2 sub a Wom)</translation>
    </message>
    <message>
        <source>Required data not given on time (Wom art. 5 par. 2 sub a)</source>
        <translation>Vereiste gegevens niet tijdig verstrekt (art. 5 lid 2 sub a Wom)</translation>
    </message>
    <message>
        <source>Protection of diplomatic premises (Wom art. 9)</source>
        <translation>Bescherming van diplomatieke vertegenwoordigingen (art. 9 Wom)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Via police (outside office hours)</source>
        <translation>Via politie (buiten kantoortijd)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tijdig</translation>
    </message>
    <message>
        <source>Late, term shortened</source>
        <translation>Termijn verkort</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Not on time — shortening the term or a ban is possible (Wom art. 5 par. 2 sub a)</source>
        <translation>Niet tijdig — termijn verkorten of verbod mogelijk (art. 5 lid 2 sub a Wom)</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} u</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} u {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crisisdesk</source>
        <translation>crisisdesk</translation>
    </message>
    <message>
        <source>DEMO — fictional data</source>
        <translation>DEMO — fictieve gegevens</translation>
    </message>
    <message>
        <source>Search purpose, place, wijk, organisation…</source>
        <translation>Zoek doel, plaats, wijk, organisatie…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;New notification…</source>
        <translation>&amp;Nieuwe kennisgeving…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Notice term and clashes…</source>
        <translation>&amp;Kennisgevingstermijn en overlap…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About crisisdesk</source>
        <translation>&amp;Over crisisdesk</translation>
    </message>
    <message>
        <source>crisisdesk — notification register</source>
        <translation>crisisdesk — register van kennisgevingen</translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation> [DEMO]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Komende 7 dagen</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>All wijken</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle risico&apos;s</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n kennisgeving</numerusform>
            <numerusform>%n kennisgevingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification #{id} saved.</source>
        <translation>Kennisgeving #{id} opgeslagen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Observer mode: you can look, not change.</source>
        <translation>Meekijkmodus: u kunt kijken, niet wijzigen.</translation>
    </message>
    <message>
        <source>About crisisdesk</source>
        <translation>Over crisisdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;crisisdesk {version}&lt;/b&gt;&lt;p&gt;The desk of the public-order advisors and the crisis team: notifications under the Wet openbare manifestaties, events, checklists, briefings and exercises.&lt;/p&gt;</source>
        <translation>&lt;b&gt;crisisdesk {version}&lt;/b&gt;&lt;p&gt;De werkplek van de adviseurs openbare orde en het crisisteam: kennisgevingen onder de Wet openbare manifestaties, evenementen, checklists, briefings en oefeningen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DEMO — fictional data, not the real register</source>
        <translation>DEMO — fictieve gegevens, niet het echte register</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>New notification</source>
        <translation>Nieuwe kennisgeving</translation>
    </message>
    <message>
        <source>Manifestation</source>
        <translation>Manifestatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>What the manifestation is about, as the organiser puts it</source>
        <translation>Waar de manifestatie over gaat, in de woorden van de organisator</translation>
    </message>
    <message>
        <source>Counter-demonstration of</source>
        <translation>Tegendemonstratie tegen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Personal data (AVG): record only what is needed to reach the organiser. It is left out of briefings and anonymised after the retention period.</source>
        <translation>Persoonsgegevens (AVG): leg alleen vast wat nodig is om de organisator te bereiken. Ze blijven buiten briefings en worden na de bewaartermijn geanonimiseerd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation>Tijd en plaats</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Square, street or address</source>
        <translation>Plein, straat of adres</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Procession</source>
        <translation>Optocht</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Streets in order, for a procession</source>
        <translation>Straten op volgorde, bij een optocht</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Beginpunt</translation>
    </message>
    <message>
        <source>End point</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Verwacht aantal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Samenstelling</translation>
    </message>
    <message>
        <source>Who takes part: groups, vehicles, animals</source>
        <translation>Wie er meedoen: groepen, voertuigen, dieren</translation>
    </message>
    <message>
        <source>Organiser&apos;s measures</source>
        <translation>Maatregelen organisator</translation>
    </message>
    <message>
        <source>Stewards, sound equipment, first aid</source>
        <translation>Ordedienst, geluidsinstallatie, EHBO</translation>
    </message>
    <message>
        <source>Receipt and handling</source>
        <translation>Ontvangst en behandeling</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangst</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Late notification</source>
        <translation>Te late kennisgeving</translation>
    </message>
    <message>
        <source>Term shortened (special circumstances)</source>
        <translation>Termijn verkort (bijzondere omstandigheden)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The special circumstances</source>
        <translation>De bijzondere omstandigheden</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>e.g. burgemeester</source>
        <translation>bijv. burgemeester</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Why the status changes (optional)</source>
        <translation>Waarom de status wijzigt (optioneel)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision of the mayor (Wom art. 5)</source>
        <translation>Besluit van de burgemeester (art. 5 Wom)</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Gronden</translation>
    </message>
    <message>
        <source>Never the content of what is expressed (Wom art. 5 par. 3).</source>
        <translation>Nooit de inhoud van wat wordt uitgedragen (art. 5 lid 3 Wom).</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorschriften</translation>
    </message>
    <message>
        <source>Conditions or restrictions, each about health, traffic or disorder</source>
        <translation>Voorschriften of beperkingen, elk over gezondheid, verkeer of wanordelijkheden</translation>
    </message>
    <message>
        <source>Made known at</source>
        <translation>Bekendgemaakt op</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Notice term</source>
        <translation>Kennisgevingstermijn</translation>
    </message>
    <message>
        <source>How the deadline is found</source>
        <translation>Hoe het uiterste tijdstip is bepaald</translation>
    </message>
    <message>
        <source>Overlapping notifications</source>
        <translation>Overlappende kennisgevingen</translation>
    </message>
    <message>
        <source>None in the same place or district.</source>
        <translation>Geen op dezelfde plaats of in dezelfde wijk.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>Notification #{id}</source>
        <translation>Kennisgeving #{id}</translation>
    </message>
    <message>
        <source>Notification #{id} — {purpose}</source>
        <translation>Kennisgeving #{id} — {purpose}</translation>
    </message>
    <message>
        <source>Version {version}, last changed {moment} by {user}</source>
        <translation>Versie {version}, laatst gewijzigd {moment} door {user}</translation>
    </message>
    <message>
        <source>Not allowed for this decision or place.</source>
        <translation>Niet toegestaan bij dit besluit of deze plaats.</translation>
    </message>
    <message>
        <source>Only for a notification received after the deadline.</source>
        <translation>Alleen bij een kennisgeving die na het uiterste tijdstip is ontvangen.</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Niet te controleren</translation>
    </message>
    <message>
        <source>Enter an existing start and receipt time.</source>
        <translation>Vul een bestaand tijdstip van aanvang en ontvangst in.</translation>
    </message>
    <message>
        <source>Received {margin} before the deadline.</source>
        <translation>Ontvangen {margin} vóór het uiterste tijdstip.</translation>
    </message>
    <message>
        <source>Received {margin} after the deadline.</source>
        <translation>Ontvangen {margin} na het uiterste tijdstip.</translation>
    </message>
    <message>
        <source>Deadline: {moment}</source>
        <translation>Uiterste tijdstip: {moment}</translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation>Regeling: {name}</translation>
    </message>
    <message>
        <source>Double-click to open notification #{id}.</source>
        <translation>Dubbelklik om kennisgeving #{id} te openen.</translation>
    </message>
    <message>
        <source>That is this notification itself.</source>
        <translation>Dat is deze kennisgeving zelf.</translation>
    </message>
    <message>
        <source>There is no notification #{id}.</source>
        <translation>Er is geen kennisgeving #{id}.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Someone else changed this notification after you opened it, so nothing was saved. Your entries are still here: copy what you need, then close and reopen the notification.</source>
        <translation>Iemand anders heeft deze kennisgeving gewijzigd nadat u haar opende; er is dus niets opgeslagen. Uw invoer staat er nog: kopieer wat u nodig hebt, sluit de kennisgeving en open haar opnieuw.</translation>
    </message>
    <message>
        <source>This notification was deleted by someone else; nothing was saved.</source>
        <translation>Deze kennisgeving is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Place / wijk</source>
        <translation>Plaats / wijk</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Nog te gaan</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>(private person)</source>
        <translation>(particulier)</translation>
    </message>
    <message>
        <source>Deadline {deadline} ({rule})</source>
        <translation>Uiterste tijdstip {deadline} ({rule})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>EXERCISE — This is an exercise</source>
        <translation>OEFENING — Dit is een oefening</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Pagina {page} van {total}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Notice term and clashes</source>
        <translation>Kennisgevingstermijn en overlap</translation>
    </message>
    <message>
        <source>Notice term (APV)</source>
        <translation>Kennisgevingstermijn (APV)</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>The rule that applies to a notification is the one of this municipality that was valid on the day it was received.</source>
        <translation>Voor een kennisgeving geldt de regeling van deze gemeente die gold op de dag van ontvangst.</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Buffer before and after</source>
        <translation>Marge ervoor en erna</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation>Geldig {start} – {end}.</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Filling the demo database…</source>
        <translation>Demodatabase vullen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
