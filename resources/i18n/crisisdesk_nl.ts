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
    <name>Backup</name>
    <message>
        <source>Backup written to {path}: {count} notifications, schema {revision}, checked.</source>
        <translation>Back-up geschreven naar {path}: {count} kennisgevingen, schema {revision}, gecontroleerd.</translation>
    </message>
    <message>
        <source>Restored {path} ({count} notifications, schema {revision}) into {target}.</source>
        <translation>{path} ({count} kennisgevingen, schema {revision}) teruggezet in {target}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {kept}.</source>
        <translation>De vervangen database is bewaard als {kept}.</translation>
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
    <message>
        <source>high risk</source>
        <translation>hoog risico</translation>
    </message>
    <message>
        <source>not on time</source>
        <translation>niet tijdig</translation>
    </message>
    <message>
        <source>counter-demonstration</source>
        <translation>tegendemonstratie</translation>
    </message>
    <message>
        <source>clashes in time and place</source>
        <translation>overlap in tijd en plaats</translation>
    </message>
    <message>
        <source>restrictions or ban proposed</source>
        <translation>beperkingen of verbod voorgesteld</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>zelfde plaats</translation>
    </message>
    <message>
        <source>same wijk</source>
        <translation>zelfde wijk</translation>
    </message>
    <message>
        <source>this is a counter-demonstration to it</source>
        <translation>deze is een tegendemonstratie daartegen</translation>
    </message>
    <message>
        <source>counter-demonstration to this one</source>
        <translation>tegendemonstratie tegen deze</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>{decision} (proposed)</source>
        <translation>{decision} (voorgesteld)</translation>
    </message>
    <message>
        <source>No decision on measures yet.</source>
        <translation>Nog geen besluit over maatregelen.</translation>
    </message>
    <message>
        <source>Proposed decision not yet taken: {decision}.</source>
        <translation>Voorgesteld besluit nog niet genomen: {decision}.</translation>
    </message>
    <message>
        <source>Term shortened by the mayor: {reason}</source>
        <translation>Termijn verkort door de burgemeester: {reason}</translation>
    </message>
    <message>
        <source>Risk cannot be assessed beforehand: ask the police for an assessment.</source>
        <translation>Risico niet vooraf in te schatten: vraag de politie om een inschatting.</translation>
    </message>
    <message>
        <source>Expected number of participants not given.</source>
        <translation>Verwacht aantal deelnemers niet opgegeven.</translation>
    </message>
    <message>
        <source>Coordinate place and time with {n} overlapping notification(s).</source>
        <translation>Stem plaats en tijd af met {n} overlappende kennisgeving(en).</translation>
    </message>
    <message>
        <source>{partner}: {n} checklist item(s) open.</source>
        <translation>{partner}: {n} actiepunt(en) open.</translation>
    </message>
    <message>
        <source>The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).</source>
        <translation>De voorschriften lijken over de inhoud te gaan ({terms}); dat is niet toegestaan (art. 5 lid 3 Wom).</translation>
    </message>
    <message>
        <source>Agree with the proposed ban, on the grounds: {grounds}.</source>
        <translation>Instemmen met het voorgestelde verbod, op grond van: {grounds}.</translation>
    </message>
    <message>
        <source>Agree that no conditions are needed.</source>
        <translation>Instemmen dat geen voorschriften nodig zijn.</translation>
    </message>
    <message>
        <source>Agree with the proposed {decision}, on the grounds: {grounds}.</source>
        <translation>Instemmen met de voorgestelde {decision}, op grond van: {grounds}.</translation>
    </message>
    <message>
        <source>Decide whether to shorten the term because of special circumstances, or to consider a ban (Wom art. 5 par. 2 sub a).</source>
        <translation>Besluiten of de termijn wegens bijzondere omstandigheden wordt verkort, of een verbod wordt overwogen (art. 5 lid 2 sub a Wom).</translation>
    </message>
    <message>
        <source>Decide how the demonstration and counter-demonstration are kept apart in place and time.</source>
        <translation>Besluiten hoe betoging en tegendemonstratie in plaats en tijd gescheiden blijven.</translation>
    </message>
    <message>
        <source>Decide on conditions or restrictions (Wom art. 5 par. 1), on the police&apos;s advice.</source>
        <translation>Besluiten over voorschriften of beperkingen (art. 5 lid 1 Wom), op advies van de politie.</translation>
    </message>
    <message>
        <source>For information: the decision has been taken ({decision}).</source>
        <translation>Ter kennisname: het besluit is genomen ({decision}).</translation>
    </message>
    <message>
        <source>&lt; 24 h</source>
        <translation>&lt; 24 u</translation>
    </message>
    <message>
        <source>24–48 h</source>
        <translation>24–48 u</translation>
    </message>
    <message>
        <source>48–72 h</source>
        <translation>48–72 u</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 dagen</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 weken</translation>
    </message>
    <message>
        <source>2–4 weeks</source>
        <translation>2–4 weken</translation>
    </message>
    <message>
        <source>&gt; 4 weeks</source>
        <translation>&gt; 4 weken</translation>
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
    <message>
        <source>Rule:      {name} — {source}</source>
        <translation>Regeling:          {name} — {source}</translation>
    </message>
    <message>
        <source>Start:     {moment}</source>
        <translation>Aanvang:           {moment}</translation>
    </message>
    <message>
        <source>Deadline:  {moment}</source>
        <translation>Uiterste tijdstip: {moment}</translation>
    </message>
    <message>
        <source>Received:  {moment}</source>
        <translation>Ontvangen:         {moment}</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>TIJDIG</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>Verdict:   {verdict}</source>
        <translation>Oordeel:           {verdict}</translation>
    </message>
    <message>
        <source>Derivation:</source>
        <translation>Afleiding:</translation>
    </message>
    <message>
        <source>{what}: cannot read {text!r} as a date (YYYY-MM-DD or DD-MM-YYYY).</source>
        <translation>{what}: {text!r} is niet te lezen als datum (JJJJ-MM-DD of DD-MM-JJJJ).</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to ligt vóór --from.</translation>
    </message>
    <message>
        <source>Briefing written to {path}: {n} manifestation(s).</source>
        <translation>Briefing geschreven naar {path}: {n} manifestatie(s).</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>{count} items from {first} to {last} exported to {path}.</source>
        <translation>{count} items van {first} tot {last} geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>Evaluation written to {path}: {n} notification(s), {share:.1f}% not on time.</source>
        <translation>Evaluatie geschreven naar {path}: {n} kennisgeving(en), {share:.1f}% niet tijdig.</translation>
    </message>
    <message>
        <source>notification #{id} has no decision yet; record it first.</source>
        <translation>kennisgeving #{id} heeft nog geen besluit; leg dat eerst vast.</translation>
    </message>
    <message>
        <source>Letter written to {path}.</source>
        <translation>Brief geschreven naar {path}.</translation>
    </message>
    <message>
        <source>{what}: cannot read {text!r} as a date.</source>
        <translation>{what}: {text!r} is niet te lezen als datum.</translation>
    </message>
    <message>
        <source>--out: folder {folder} does not exist.</source>
        <translation>--out: map {folder} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Someone else saved this notification after you opened it.</source>
        <translation>Iemand anders heeft deze kennisgeving opgeslagen nadat u haar opende.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Compare your entries with what is in the database now and choose.</source>
        <translation>Er is nog niets opgeslagen. Vergelijk uw invoer met wat nu in de database staat en maak een keuze.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Nu in de database</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Keep theirs (reload)</source>
        <translation>Hun versie houden (opnieuw laden)</translation>
    </message>
    <message>
        <source>Discard your entries and show the notification as it is saved now.</source>
        <translation>Uw invoer vervalt; de kennisgeving wordt getoond zoals ze nu is opgeslagen.</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overschrijven met de mijne</translation>
    </message>
    <message>
        <source>Save your entries over the colleague&apos;s version; the audit trail keeps both.</source>
        <translation>Uw invoer vervangt de versie van uw collega; de wijzigingsgeschiedenis bewaart beide.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back to your entries; nothing is saved.</source>
        <translation>Terug naar uw invoer; er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>{user} saved notification #{id} at {moment} (version {version}) after you opened it.</source>
        <translation>{user} heeft kennisgeving #{id} op {moment} opgeslagen (versie {version}), nadat u haar opende.</translation>
    </message>
    <message>
        <source>Your entries and the saved version are the same. Nothing has been saved yet.</source>
        <translation>Uw invoer en de opgeslagen versie zijn gelijk. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>u beiden</translation>
    </message>
    <message>
        <source>you</source>
        <translation>u</translation>
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
        <source>This is a shared PostgreSQL database ({detail}): back it up and restore it on the server with pg_dump and pg_restore. crisisdesk backup and restore work on the SQLite file only.</source>
        <translation>Dit is een gedeelde PostgreSQL-database ({detail}): maak de back-up en zet die terug op de server met pg_dump en pg_restore. crisisdesk backup en restore werken alleen met het SQLite-bestand.</translation>
    </message>
    <message>
        <source>The file {detail} does not exist.</source>
        <translation>Het bestand {detail} bestaat niet.</translation>
    </message>
    <message>
        <source>The backup is damaged or not a database ({detail}); nothing was restored.</source>
        <translation>De back-up is beschadigd of geen database ({detail}); er is niets teruggezet.</translation>
    </message>
    <message>
        <source>{detail} is not a crisisdesk database; nothing was restored.</source>
        <translation>{detail} is geen crisisdesk-database; er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup was made by a newer crisisdesk (schema {detail}); update crisisdesk to restore it.</source>
        <translation>De back-up is gemaakt met een nieuwere crisisdesk (schema {detail}); werk crisisdesk bij om hem terug te zetten.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file ({detail}).</source>
        <translation>De back-up en de database zijn hetzelfde bestand ({detail}).</translation>
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
        <translation>De voorschriften lijken over de inhoud te gaan ({terms}); dat is niet toegestaan (art. 5 lid 3 Wom).</translation>
    </message>
    <message>
        <source>Expected visitors must be at least 1.</source>
        <translation>Het verwachte aantal bezoekers moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>More than {max} visitors is not plausible: check the number.</source>
        <translation>Meer dan {max} bezoekers is niet aannemelijk: controleer het aantal.</translation>
    </message>
    <message>
        <source>The maximum number of away supporters must lie between 0 and {max}.</source>
        <translation>Het maximumaantal uitsupporters moet tussen 0 en {max} liggen.</translation>
    </message>
    <message>
        <source>A match without public admits no away supporters.</source>
        <translation>Bij een wedstrijd zonder publiek zijn geen uitsupporters toegestaan.</translation>
    </message>
    <message>
        <source>Name at least one fireworks-free zone.</source>
        <translation>Noem ten minste één vuurwerkvrije zone.</translation>
    </message>
    <message>
        <source>The decision lies before the application.</source>
        <translation>Het besluit ligt vóór de aanvraag.</translation>
    </message>
    <message>
        <source>Unknown GRIP level {code}.</source>
        <translation>Onbekend GRIP-niveau {code}.</translation>
    </message>
    <message>
        <source>Remove the empty entry from the list.</source>
        <translation>Verwijder de lege regel uit de lijst.</translation>
    </message>
    <message>
        <source>The class set ({set}) differs from the risk scan&apos;s advice ({scan}): record why.</source>
        <translation>De vastgestelde klasse ({set}) wijkt af van het advies van de risicoscan ({scan}): leg vast waarom.</translation>
    </message>
    <message>
        <source>Risk class B or C: advice from fire service, police and GHOR is expected.</source>
        <translation>Risicoklasse B of C: advies van brandweer, politie en GHOR wordt verwacht.</translation>
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
    <name>Export</name>
    <message>
        <source>crisisdesk calendar</source>
        <translation>crisisdesk-agenda</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Soort plaats</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
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
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
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
        <source>Organiser&apos;s name</source>
        <translation>Naam organisator</translation>
    </message>
    <message>
        <source>Organiser&apos;s address</source>
        <translation>Adres organisator</translation>
    </message>
    <message>
        <source>Organiser&apos;s phone</source>
        <translation>Telefoon organisator</translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail</source>
        <translation>E-mail organisator</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route start</source>
        <translation>Beginpunt route</translation>
    </message>
    <message>
        <source>Route end</source>
        <translation>Eindpunt route</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Samenstelling</translation>
    </message>
    <message>
        <source>Organiser&apos;s own measures</source>
        <translation>Eigen maatregelen organisator</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Verwacht aantal deelnemers</translation>
    </message>
    <message>
        <source>Counter-demonstration to</source>
        <translation>Tegendemonstratie tegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Late notification accepted</source>
        <translation>Te late kennisgeving geaccepteerd</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>Bijzondere omstandigheden</translation>
    </message>
    <message>
        <source>Term shortened by</source>
        <translation>Termijn verkort door</translation>
    </message>
    <message>
        <source>Term shortened at</source>
        <translation>Termijn verkort op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Wettelijke gronden</translation>
    </message>
    <message>
        <source>Conditions or restrictions</source>
        <translation>Voorschriften of beperkingen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decision made known at</source>
        <translation>Besluit bekendgemaakt op</translation>
    </message>
    <message>
        <source>Notice rule</source>
        <translation>Regeling kennisgevingstermijn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste tijdstip</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tijdig</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
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
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Small event</source>
        <translation>Klein evenement</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Jaarwisseling</translation>
    </message>
    <message>
        <source>Football match</source>
        <translation>Voetbalwedstrijd</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Sportevenement</translation>
    </message>
    <message>
        <source>Visit of a dignitary</source>
        <translation>Bezoek van een hoogwaardigheidsbekleder</translation>
    </message>
    <message>
        <source>Return of an offender</source>
        <translation>Terugkeer van een delinquent</translation>
    </message>
    <message>
        <source>Commemoration</source>
        <translation>Herdenking</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Class 0 (notification only)</source>
        <translation>Klasse 0 (alleen melding)</translation>
    </message>
    <message>
        <source>Class A (regular)</source>
        <translation>Klasse A (regulier)</translation>
    </message>
    <message>
        <source>Class B (attention)</source>
        <translation>Klasse B (aandacht)</translation>
    </message>
    <message>
        <source>Class C (high risk)</source>
        <translation>Klasse C (hoog risico)</translation>
    </message>
    <message>
        <source>Category A</source>
        <translation>Categorie A</translation>
    </message>
    <message>
        <source>Category B</source>
        <translation>Categorie B</translation>
    </message>
    <message>
        <source>Category C (high risk)</source>
        <translation>Categorie C (hoog risico)</translation>
    </message>
    <message>
        <source>No permit required</source>
        <translation>Geen vergunning nodig</translation>
    </message>
    <message>
        <source>Not applied for yet</source>
        <translation>Nog niet aangevraagd</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Decision term extended</source>
        <translation>Beslistermijn verlengd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Aanvraag ingetrokken</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <source>Preparation complete</source>
        <translation>Voorbereiding gereed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <source>National rules only</source>
        <translation>Alleen landelijke regels</translation>
    </message>
    <message>
        <source>Fireworks-free zones</source>
        <translation>Vuurwerkvrije zones</translation>
    </message>
    <message>
        <source>Fireworks ban in the whole city</source>
        <translation>Vuurwerkverbod in de hele stad</translation>
    </message>
    <message>
        <source>Terrorism</source>
        <translation>Terrorisme</translation>
    </message>
    <message>
        <source>Pandemic</source>
        <translation>Pandemie</translation>
    </message>
    <message>
        <source>Cyber crisis</source>
        <translation>Cybercrisis</translation>
    </message>
    <message>
        <source>Flooding and natural hazards</source>
        <translation>Overstroming en natuurgeweld</translation>
    </message>
    <message>
        <source>Major accident</source>
        <translation>Groot ongeval</translation>
    </message>
    <message>
        <source>Riots</source>
        <translation>Rellen</translation>
    </message>
    <message>
        <source>Utility failure</source>
        <translation>Uitval nutsvoorzieningen</translation>
    </message>
    <message>
        <source>Fire service</source>
        <translation>Brandweer</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Medical (GHOR)</source>
        <translation>Geneeskundige zorg (GHOR)</translation>
    </message>
    <message>
        <source>Population care (municipality)</source>
        <translation>Bevolkingszorg (gemeente)</translation>
    </message>
    <message>
        <source>Public prosecutor (OM)</source>
        <translation>Openbaar Ministerie (OM)</translation>
    </message>
    <message>
        <source>Safety region (VRU)</source>
        <translation>Veiligheidsregio (VRU)</translation>
    </message>
    <message>
        <source>Water board</source>
        <translation>Waterschap</translation>
    </message>
    <message>
        <source>Rijkswaterstaat</source>
        <translation>Rijkswaterstaat</translation>
    </message>
    <message>
        <source>ProRail</source>
        <translation>ProRail</translation>
    </message>
    <message>
        <source>NCTV</source>
        <translation>NCTV</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Defensie</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>Rode Kruis</translation>
    </message>
    <message>
        <source>Crisis communication</source>
        <translation>Crisiscommunicatie</translation>
    </message>
    <message>
        <source>Public care (shelter, care)</source>
        <translation>Publieke zorg (opvang, verzorging)</translation>
    </message>
    <message>
        <source>Informing relatives</source>
        <translation>Verwanteninformatie</translation>
    </message>
    <message>
        <source>Environmental care</source>
        <translation>Milieuzorg</translation>
    </message>
    <message>
        <source>Aftercare and recovery</source>
        <translation>Nafase en herstel</translation>
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
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
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
    <name>self.window</name>
    <message>
        <source>Backup written to {path} ({count} notifications).</source>
        <translation>Back-up geschreven naar {path} ({count} kennisgevingen).</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten vanaf back-up</translation>
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
    <message>
        <source>Back up now…</source>
        <translation>Nu back-up maken…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Terugzetten vanaf back-up…</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is backed up on the server (pg_dump).</source>
        <translation>Van een gedeelde PostgreSQL-database wordt de back-up op de server gemaakt (pg_dump).</translation>
    </message>
    <message>
        <source>Replace the register with the backup {name} ({count} notifications)?

Everything saved after that backup is replaced. The current database is kept beside it.</source>
        <translation>Het register vervangen door de back-up {name} ({count} kennisgevingen)?

Alles wat na die back-up is opgeslagen, wordt vervangen. De huidige database wordt ernaast bewaard.</translation>
    </message>
    <message>
        <source>Backup restored; the replaced database is kept as {kept}.</source>
        <translation>Back-up teruggezet; de vervangen database is bewaard als {kept}.</translation>
    </message>
    <message>
        <source>Daily backup written: {name}</source>
        <translation>Dagelijkse back-up geschreven: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>De dagelijkse back-up is mislukt: {error}</translation>
    </message>
</context>
</TS>
