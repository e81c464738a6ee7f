<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Deadline 15 minutes from now</source>
        <translation>Deadline over 15 minuten</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 min</translation>
    </message>
    <message>
        <source>Deadline 30 minutes from now</source>
        <translation>Deadline over 30 minuten</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 uur</translation>
    </message>
    <message>
        <source>Deadline one hour from now</source>
        <translation>Deadline over een uur</translation>
    </message>
    <message>
        <source>+2 h</source>
        <translation>+2 uur</translation>
    </message>
    <message>
        <source>Deadline two hours from now</source>
        <translation>Deadline over twee uur</translation>
    </message>
    <message>
        <source>+4 h</source>
        <translation>+4 uur</translation>
    </message>
    <message>
        <source>Deadline four hours from now</source>
        <translation>Deadline over vier uur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Action #{id}</source>
        <translation>Actie #{id}</translation>
    </message>
    <message>
        <source>choose a deadline</source>
        <translation>kies een deadline</translation>
    </message>
    <message>
        <source>No deadline chosen yet: type one or use a button.</source>
        <translation>Nog geen deadline gekozen: typ er een of gebruik een knop.</translation>
    </message>
    <message>
        <source>This moment has already passed ({m} min ago).</source>
        <translation>Dit moment is al voorbij ({m} min geleden).</translation>
    </message>
    <message>
        <source>Overdue since {m} min.</source>
        <translation>Sinds {m} min te laat.</translation>
    </message>
    <message>
        <source>In {h} h {m:02d} min.</source>
        <translation>Over {h} u {m:02d} min.</translation>
    </message>
    <message>
        <source>In {m} min.</source>
        <translation>Over {m} min.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
    <message>
        <source>Every action needs an owner.</source>
        <translation>Elke actie heeft een actiehouder nodig.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>Address suggestions</source>
        <translation>Adressuggesties</translation>
    </message>
    <message>
        <source>Up and down choose an address, Enter takes it, Escape keeps the text as typed.</source>
        <translation>Pijl omhoog en omlaag kiezen een adres, Enter neemt het over, Escape houdt de tekst zoals getypt.</translation>
    </message>
    <message>
        <source>Address found on the map (wijk {wijk}).</source>
        <translation>Adres gevonden op de kaart (wijk {wijk}).</translation>
    </message>
    <message>
        <source>Address found on the map.</source>
        <translation>Adres gevonden op de kaart.</translation>
    </message>
    <message>
        <source>That address was not found; the text is kept as typed.</source>
        <translation>Dat adres is niet gevonden; de tekst blijft zoals getypt.</translation>
    </message>
    <message>
        <source>Addresses cannot be looked up right now; the text is kept as typed.</source>
        <translation>Adressen kunnen nu niet worden opgezocht; de tekst blijft zoals getypt.</translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <source>Apply checklist template</source>
        <translation>Checklistsjabloon toepassen</translation>
    </message>
    <message>
        <source>Choose a template. Its actions are added to this record&apos;s checklist with due moments counted from the start.</source>
        <translation>Kies een sjabloon. De actiepunten ervan worden aan de checklist van deze registratie toegevoegd, met tijdstippen gerekend vanaf de aanvang.</translation>
    </message>
    <message>
        <source>Count &amp;from (e.g. the scale-up):</source>
        <translation>Rekenen &amp;vanaf (bijv. de opschaling):</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>Choose a template. A scenario has no start: its due moments count from the moment you give below, e.g. the scale-up.</source>
        <translation>Kies een sjabloon. Een scenario heeft geen aanvang: de tijdstippen worden gerekend vanaf het moment dat u hieronder opgeeft, bijv. de opschaling.</translation>
    </message>
    <message>
        <source> (own template)</source>
        <translation> (eigen sjabloon)</translation>
    </message>
    <message>
        <source>{name} — {n} actions</source>
        <translation>{name} — {n} actiepunten</translation>
    </message>
    <message>
        <source>Already applied to this record.</source>
        <translation>Al toegepast op deze registratie.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>This time does not exist: clocks go forward from 02:00 to 03:00 that night.</source>
        <translation>Dit tijdstip bestaat niet: die nacht gaat de klok van 02:00 naar 03:00 vooruit.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Give the record as TYPE:ID, e.g. notification:12.</source>
        <translation>Geef de registratie op als SOORT:ID, bijv. notification:12.</translation>
    </message>
    <message>
        <source>{count} audit entries written to {path}.</source>
        <translation>{count} regels uit de wijzigingsgeschiedenis geschreven naar {path}.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>anonymised (AVG)</source>
        <translation>geanonimiseerd (AVG)</translation>
    </message>
    <message>
        <source>retention run</source>
        <translation>bewaartermijn toegepast</translation>
    </message>
    <message>
        <source>taken in from e-mail</source>
        <translation>uit e-mail overgenomen</translation>
    </message>
    <message>
        <source>file exported</source>
        <translation>bestand geëxporteerd</translation>
    </message>
    <message>
        <source>exported file removed (retention)</source>
        <translation>geëxporteerd bestand verwijderd (bewaartermijn)</translation>
    </message>
    <message>
        <source>exported file already gone</source>
        <translation>geëxporteerd bestand was al weg</translation>
    </message>
    <message>
        <source>exported file changed since; kept</source>
        <translation>geëxporteerd bestand sindsdien gewijzigd; bewaard</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Status change of an event</source>
        <translation>Statuswijziging evenement</translation>
    </message>
    <message>
        <source>Status change of a notification</source>
        <translation>Statuswijziging kennisgeving</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contactpersoon partner</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist action</source>
        <translation>Actiepunt checklist</translation>
    </message>
    <message>
        <source>Exercise or incident</source>
        <translation>Oefening of incident</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Exercise finding</source>
        <translation>Bevinding oefening</translation>
    </message>
    <message>
        <source>Action (BOB)</source>
        <translation>Actie (BOB)</translation>
    </message>
    <message>
        <source>BOB meeting</source>
        <translation>BOB-overleg</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>Logboekregel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>subject access (AVG)</source>
        <translation>inzageverzoek (AVG)</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>calendar (CSV)</source>
        <translation>agenda (CSV)</translation>
    </message>
    <message>
        <source>calendar (ICS)</source>
        <translation>agenda (ICS)</translation>
    </message>
    <message>
        <source>acknowledgement of receipt</source>
        <translation>ontvangstbevestiging</translation>
    </message>
    <message>
        <source>decision letter</source>
        <translation>besluitbrief</translation>
    </message>
    <message>
        <source>original e-mail</source>
        <translation>originele e-mail</translation>
    </message>
    <message>
        <source>Notice rule set in force</source>
        <translation>Geldende kennisgevingsregeling</translation>
    </message>
    <message>
        <source>Margin between clashing records (minutes)</source>
        <translation>Marge tussen overlappende items (minuten)</translation>
    </message>
    <message>
        <source>Warning before a permit decision (days)</source>
        <translation>Waarschuwing vóór een vergunningsbesluit (dagen)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Dates accepted: years back</source>
        <translation>Toegestane datums: jaren terug</translation>
    </message>
    <message>
        <source>Dates accepted: years ahead</source>
        <translation>Toegestane datums: jaren vooruit</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>Gemeenteprofiel</translation>
    </message>
    <message>
        <source>Retention term (months)</source>
        <translation>Bewaartermijn (maanden)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>The trail is kept for good and cannot be changed.</source>
        <translation>De wijzigingsgeschiedenis wordt blijvend bewaard en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Audit trail of notification #{id}</source>
        <translation>Wijzigingsgeschiedenis van kennisgeving #{id}</translation>
    </message>
    <message>
        <source>Audit trail of {type} {id}</source>
        <translation>Wijzigingsgeschiedenis van {type} {id}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Wijzigingsgeschiedenis exporteren</translation>
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
    <name>BobMeetingDialog</name>
    <message>
        <source>BOB meeting</source>
        <translation>BOB-overleg</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Aanwezige toevoegen</translation>
    </message>
    <message>
        <source>A role of the team or a partner organisation</source>
        <translation>Een rol in het team of een partnerorganisatie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>1. Picture (beeld)</source>
        <translation>1. Beeld</translation>
    </message>
    <message>
        <source>The shared picture: the facts as known now, per discipline.</source>
        <translation>Het gedeelde beeld: de feiten zoals nu bekend, per discipline.</translation>
    </message>
    <message>
        <source>Picture round</source>
        <translation>Ronde beeld</translation>
    </message>
    <message>
        <source>2. Judgement (oordeel)</source>
        <translation>2. Oordeel</translation>
    </message>
    <message>
        <source>Problems, risks, dilemmas and options.</source>
        <translation>Knelpunten, risico’s, dilemma’s en opties.</translation>
    </message>
    <message>
        <source>Judgement round</source>
        <translation>Ronde oordeel</translation>
    </message>
    <message>
        <source>3. Decision (besluit)</source>
        <translation>3. Besluit</translation>
    </message>
    <message>
        <source>The decisions taken. Each decision leads to actions with an owner and a deadline (tab Actions).</source>
        <translation>De genomen besluiten. Elk besluit leidt tot acties met een actiehouder en een deadline (tabblad Acties).</translation>
    </message>
    <message>
        <source>Decision round</source>
        <translation>Ronde besluit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Actions from this meeting</source>
        <translation>Acties uit dit overleg</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nieuwe actie…</translation>
    </message>
    <message>
        <source>One per line: name, role or partner</source>
        <translation>Eén per regel: naam, rol of partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An action is saved at once, with an owner and a chosen deadline.</source>
        <translation>Een actie wordt meteen opgeslagen, met een actiehouder en een gekozen deadline.</translation>
    </message>
    <message>
        <source>BOB meeting {n} (new)</source>
        <translation>BOB-overleg {n} (nieuw)</translation>
    </message>
    <message>
        <source>BOB meeting {n}</source>
        <translation>BOB-overleg {n}</translation>
    </message>
    <message>
        <source>Actions ({n})</source>
        <translation>Acties ({n})</translation>
    </message>
    <message>
        <source>Who chairs the meeting?</source>
        <translation>Wie zit het overleg voor?</translation>
    </message>
</context>
<context>
    <name>BobPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nieuwe actie…</translation>
    </message>
    <message>
        <source>Change action…</source>
        <translation>Actie wijzigen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Meeting report (PDF)…</source>
        <translation>Verslag (PDF)…</translation>
    </message>
    <message>
        <source>BOB meetings</source>
        <translation>BOB-overleggen</translation>
    </message>
    <message>
        <source>New BOB meeting…</source>
        <translation>Nieuw BOB-overleg…</translation>
    </message>
    <message>
        <source>Open meeting…</source>
        <translation>Overleg openen…</translation>
    </message>
    <message>
        <source>The selected meeting</source>
        <translation>Het gekozen overleg</translation>
    </message>
    <message>
        <source>No BOB meeting yet. A meeting has three rounds: picture (beeld), judgement (oordeel) and decision (besluit); its decisions lead to actions with an owner and a deadline.</source>
        <translation>Nog geen BOB-overleg. Een overleg heeft drie rondes: beeld, oordeel en besluit; de besluiten leiden tot acties met een actiehouder en een deadline.</translation>
    </message>
</context>
<context>
    <name>BobReport</name>
    <message>
        <source>BOB meeting report — {title}</source>
        <translation>Verslag BOB-overleg — {title}</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>correction of entry #{id}</source>
        <translation>correctie van regel #{id}</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Geen acties.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>BOB meeting {n} — {at}</source>
        <translation>BOB-overleg {n} — {at}</translation>
    </message>
    <message>
        <source>BOB meetings</source>
        <translation>BOB-overleggen</translation>
    </message>
    <message>
        <source>No BOB meeting recorded.</source>
        <translation>Geen BOB-overleg vastgelegd.</translation>
    </message>
    <message>
        <source>Chair: {chair}. Attendees: {who}.</source>
        <translation>Voorzitter: {chair}. Aanwezig: {who}.</translation>
    </message>
    <message>
        <source>Picture (beeld)</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Judgement (oordeel)</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decision (besluit)</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Actions from this meeting</source>
        <translation>Acties uit dit overleg</translation>
    </message>
    <message>
        <source>Prepared by {who} on {when}.</source>
        <translation>Opgesteld door {who} op {when}.</translation>
    </message>
    <message>
        <source>Scenario: {title}.</source>
        <translation>Scenario: {title}.</translation>
    </message>
    <message>
        <source>Current level: {level}.</source>
        <translation>Huidig niveau: {level}.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>GRIP level</source>
        <translation>GRIP-niveau</translation>
    </message>
    <message>
        <source>Picture in the logbook</source>
        <translation>Beeld in het logboek</translation>
    </message>
    <message>
        <source>Judgement in the logbook</source>
        <translation>Oordeel in het logboek</translation>
    </message>
    <message>
        <source>Decisions in the logbook</source>
        <translation>Besluiten in het logboek</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>BOB meeting report</source>
        <translation>Verslag BOB-overleg</translation>
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
        <source>A red bar before the number: the item has its own card.</source>
        <translation>Een rode balk voor het nummer: het onderwerp heeft een eigen kaart.</translation>
    </message>
    <message>
        <source>Appendix: how the notice terms were worked out</source>
        <translation>Bijlage: berekening van de kennisgevingstermijnen</translation>
    </message>
    <message>
        <source>No item needs attention in this period.</source>
        <translation>Geen onderwerp vraagt aandacht in deze periode.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <source>In the period {first} – {last}: {n} notification(s), of which {late} not on time ({share}).</source>
        <translation>In de periode {first} – {last}: {n} kennisgeving(en), waarvan {late} niet tijdig ({share}).</translation>
    </message>
    <message>
        <source>The weekly charts cover the whole weeks {first} – {last} ({weeks} weeks, starting Monday): {n} notification(s), of which {late} not on time ({share}).</source>
        <translation>De weekgrafieken beslaan de hele weken {first} – {last} ({weeks} weken, vanaf maandag): {n} kennisgeving(en), waarvan {late} niet tijdig ({share}).</translation>
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
        <source>same organiser</source>
        <translation>zelfde organisator</translation>
    </message>
    <message>
        <source>same purpose</source>
        <translation>zelfde doel</translation>
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
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Organiser (personal data)</source>
        <translation>Organisator (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Notice term</source>
        <translation>Kennisgevingstermijn</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Evenement: {title}</translation>
    </message>
    <message>
        <source>{partner}: {done} of {total} done</source>
        <translation>{partner}: {done} van {total} afgerond</translation>
    </message>
    <message>
        <source>nearby</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <source>{reason}, {metres} m away</source>
        <translation>{reason}, op {metres} m</translation>
    </message>
    <message>
        <source>No proposal yet</source>
        <translation>Nog geen voorstel</translation>
    </message>
    <message>
        <source>{outcome} — received {received}, latest on-time moment {deadline} ({rule})</source>
        <translation>{outcome} — ontvangen {received}, uiterste tijdstip {deadline} ({rule})</translation>
    </message>
    <message>
        <source>Decide on the proposed ban, on the grounds: {grounds}; say why conditions or restrictions would not suffice.</source>
        <translation>Besluiten over het voorgestelde verbod, op de gronden: {grounds}; motiveren waarom voorschriften of beperkingen niet volstaan.</translation>
    </message>
    <message>
        <source>Confirm that no conditions are needed.</source>
        <translation>Bevestigen dat geen voorschriften nodig zijn.</translation>
    </message>
    <message>
        <source>Decide on the proposed {decision}, on the grounds: {grounds}.</source>
        <translation>Besluiten over de voorgestelde {decision}, op de gronden: {grounds}.</translation>
    </message>
    <message>
        <source>Decide whether to shorten the term because of special circumstances, or to consider a ban (artikel 5, tweede lid, aanhef en onder a, Wom).</source>
        <translation>Besluiten of de termijn wegens bijzondere omstandigheden wordt verkort, of een verbod wordt overwogen (artikel 5, tweede lid, aanhef en onder a, Wom).</translation>
    </message>
    <message>
        <source>Decide on conditions or restrictions (artikel 5, eerste lid, Wom), with the police&apos;s advice.</source>
        <translation>Besluiten over voorschriften of beperkingen (artikel 5, eerste lid, Wom), met het advies van de politie.</translation>
    </message>
    <message>
        <source>For information: the mayor has decided ({decision}).</source>
        <translation>Ter kennisname: de burgemeester heeft besloten ({decision}).</translation>
    </message>
    <message>
        <source>Decision asked of the mayor (the triangle advises)</source>
        <translation>Gevraagd besluit van de burgemeester (de driehoek adviseert)</translation>
    </message>
    <message>
        <source>(shortened; the full text is in the register)</source>
        <translation>(ingekort; de volledige tekst staat in het register)</translation>
    </message>
    <message>
        <source>({n} overdue)</source>
        <translation>({n} te laat)</translation>
    </message>
    <message>
        <source>due {moment}</source>
        <translation>uiterlijk {moment}</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>nog {n}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>route: {route}</source>
        <translation>route: {route}</translation>
    </message>
    <message>
        <source>Expected size</source>
        <translation>Verwachte omvang</translation>
    </message>
    <message>
        <source>Risk and why</source>
        <translation>Risico en waarom</translation>
    </message>
    <message>
        <source>Decided: {decision}</source>
        <translation>Besloten: {decision}</translation>
    </message>
    <message>
        <source>Organiser&apos;s own measures: {measures}</source>
        <translation>Eigen maatregelen organisator: {measures}</translation>
    </message>
    <message>
        <source>Proposed measures</source>
        <translation>Voorgestelde maatregelen</translation>
    </message>
    <message>
        <source>Previous editions</source>
        <translation>Eerdere edities</translation>
    </message>
    <message>
        <source>None found in the register.</source>
        <translation>Geen gevonden in het register.</translation>
    </message>
    <message>
        <source>Open partner actions</source>
        <translation>Open acties partners</translation>
    </message>
    <message>
        <source>None: every action is done.</source>
        <translation>Geen: alle acties zijn afgerond.</translation>
    </message>
    <message>
        <source>No checklist registered.</source>
        <translation>Geen checklist vastgelegd.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Decide before {moment}.</source>
        <translation>Besluiten vóór {moment}.</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Nog niet toegewezen</translation>
    </message>
    <message>
        <source>The conditions seem to be about content ({terms}); the Wom forbids that (art. 5 par. 3).</source>
        <translation>De voorschriften lijken over de inhoud te gaan ({terms}); dat is niet toegestaan (art. 5 lid 3 Wom).</translation>
    </message>
    <message>
        <source>Decide how the demonstration and counter-demonstration are kept apart in place and time.</source>
        <translation>Besluiten hoe betoging en tegendemonstratie in plaats en tijd gescheiden blijven.</translation>
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
    <message>
        <source>Briefing for the local triangle {date}</source>
        <translation>Briefing voor de lokale driehoek {date}</translation>
    </message>
    <message>
        <source>Briefing for the local triangle</source>
        <translation>Briefing voor de lokale driehoek</translation>
    </message>
    <message>
        <source>No manifestations registered in this period.</source>
        <translation>In deze periode zijn geen manifestaties geregistreerd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
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
        <source>Place, wijk</source>
        <translation>Plaats, wijk</translation>
    </message>
    <message>
        <source>and {n} more, see page {page}</source>
        <translation>en {n} meer, zie pagina {page}</translation>
    </message>
    <message>
        <source>Meeting {meeting} · period {first} – {last} · marking {marking}</source>
        <translation>Driehoeksoverleg {meeting} · periode {first} – {last} · rubricering {marking}</translation>
    </message>
    <message>
        <source>Prepared by {who} on {moment}.</source>
        <translation>Opgesteld door {who} op {moment}.</translation>
    </message>
    <message>
        <source>{n} manifestation(s) in the period, {a} needing attention ({late} not on time, {high} with high risk); {events} event(s) and football match(es).</source>
        <translation>{n} manifestatie(s) in de periode, waarvan {a} met aandachtspunten ({late} niet tijdig, {high} met hoog risico); {events} evenement(en) en voetbalwedstrijd(en).</translation>
    </message>
    <message>
        <source>Summary for the triangle</source>
        <translation>Samenvatting voor de driehoek</translation>
    </message>
    <message>
        <source>What the mayor is asked to decide (the triangle advises)</source>
        <translation>Wat de burgemeester wordt gevraagd te besluiten (de driehoek adviseert)</translation>
    </message>
    <message>
        <source>No decisions asked in this period.</source>
        <translation>Geen besluiten gevraagd in deze periode.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Advisor&apos;s proposal</source>
        <translation>Voorstel adviseur</translation>
    </message>
    <message>
        <source>Decide before</source>
        <translation>Besluiten vóór</translation>
    </message>
    <message>
        <source>match category C</source>
        <translation>wedstrijd categorie C</translation>
    </message>
    <message>
        <source>event risk class C</source>
        <translation>evenement risicoklasse C</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Grootste risico’s</translation>
    </message>
    <message>
        <source>No high-risk demonstrations, counter-demonstrations or class C events or matches.</source>
        <translation>Geen betogingen met hoog risico, geen tegendemonstraties en geen C-evenementen of C-wedstrijden.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>No clashes at the same place and no counter-demonstrations.</source>
        <translation>Geen overlap op dezelfde plaats en geen tegendemonstraties.</translation>
    </message>
    <message>
        <source>event {title}</source>
        <translation>evenement {title}</translation>
    </message>
    <message>
        <source>Events starting before their permit decision</source>
        <translation>Evenementen die beginnen vóór het vergunningsbesluit</translation>
    </message>
    <message>
        <source>None: every event starting within {days} days has its permit decided or needs none.</source>
        <translation>Geen: elk evenement dat binnen {days} dagen begint, heeft een vergunningsbesluit of heeft geen vergunning nodig.</translation>
    </message>
    <message>
        <source>Partners with overdue actions</source>
        <translation>Partners met acties over tijd</translation>
    </message>
    <message>
        <source>No partner has overdue actions for this period.</source>
        <translation>Geen partner heeft acties over tijd voor deze periode.</translation>
    </message>
    <message>
        <source>{partner}: {n} overdue of {open} open</source>
        <translation>{partner}: {n} over tijd van {open} open</translation>
    </message>
    <message>
        <source>Current incidents and GRIP</source>
        <translation>Actuele incidenten en GRIP</translation>
    </message>
    <message>
        <source>{title}: {grip} since {moment}</source>
        <translation>{title}: {grip} sinds {moment}</translation>
    </message>
    <message>
        <source>{n} open action(s) of the crisis team.</source>
        <translation>{n} openstaande actie(s) van het crisisteam.</translation>
    </message>
    <message>
        <source>Items for the triangle</source>
        <translation>Onderwerpen voor de driehoek</translation>
    </message>
    <message>
        <source>High risk, not on time, counter-demonstrations and clashes, or restrictions or a ban proposed; by start.</source>
        <translation>Hoog risico, niet tijdig, tegendemonstraties en overlap, of voorgestelde beperkingen of een voorgesteld verbod; op aanvang.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Crises, GRIP and actions</source>
        <translation>Crises, GRIP en acties</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Openstaande actie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Appendix: all demonstrations in the period</source>
        <translation>Bijlage: alle manifestaties in de periode</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
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
        <source>Lead time in the period: from receipt to start</source>
        <translation>Aanlooptijd in de periode: van ontvangst tot aanvang</translation>
    </message>
    <message>
        <source>Share not on time per week (not on time / all above each bar)</source>
        <translation>Aandeel niet tijdig per week (boven elke staaf: niet tijdig / totaal)</translation>
    </message>
    <message>
        <source>No demonstration in this period has high risk, is late, clashes or has restrictions or a ban proposed.</source>
        <translation>Geen betoging in deze periode heeft hoog risico, is te laat, overlapt of heeft voorgestelde beperkingen of een voorgesteld verbod.</translation>
    </message>
    <message>
        <source>Events and football matches</source>
        <translation>Evenementen en voetbalwedstrijden</translation>
    </message>
    <message>
        <source>No events registered in this period.</source>
        <translation>In deze periode zijn geen evenementen geregistreerd.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Event or match</source>
        <translation>Evenement of wedstrijd</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Football match</source>
        <translation>Voetbalwedstrijd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>No current crisis registered: GRIP 0 (routine).</source>
        <translation>Geen actuele crisis geregistreerd: GRIP 0 (routine).</translation>
    </message>
    <message>
        <source>GRIP level</source>
        <translation>GRIP-niveau</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Decision asked</source>
        <translation>Gevraagd besluit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Appendix: figures</source>
        <translation>Bijlage: cijfers</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tijdig</translation>
    </message>
    <message>
        <source>Notifications per week</source>
        <translation>Kennisgevingen per week</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>kennisgevingen</translation>
    </message>
    <message>
        <source>Public: personal data and confidential subjects left out.</source>
        <translation>Openbaar: persoonsgegevens en vertrouwelijke onderwerpen weggelaten.</translation>
    </message>
    <message>
        <source>Internal: personal data left out; confidential subjects only by a neutral title.</source>
        <translation>Intern: persoonsgegevens weggelaten; vertrouwelijke onderwerpen alleen met een neutrale titel.</translation>
    </message>
    <message>
        <source>Confidential: everything, including the organisers&apos; contact details (AVG: keep it to the meeting).</source>
        <translation>Vertrouwelijk: alles, inclusief de contactgegevens van organisatoren (AVG: alleen voor het overleg).</translation>
    </message>
    <message>
        <source>Confidential: everything except the organisers&apos; contact details.</source>
        <translation>Vertrouwelijk: alles, behalve de contactgegevens van organisatoren.</translation>
    </message>
    <message>
        <source>Organisers&apos; personal data can only be included in a Confidential briefing.</source>
        <translation>Persoonsgegevens van organisatoren kunnen alleen in een vertrouwelijke briefing worden opgenomen.</translation>
    </message>
    <message>
        <source>[e-mail address left out]</source>
        <translation>[e-mailadres weggelaten]</translation>
    </message>
    <message>
        <source>[phone number left out]</source>
        <translation>[telefoonnummer weggelaten]</translation>
    </message>
    <message>
        <source>[name left out]</source>
        <translation>[naam weggelaten]</translation>
    </message>
    <message>
        <source>Maps left out: the map service could not be reached (offline).</source>
        <translation>Kaarten weggelaten: de kaartdienst was niet bereikbaar (offline).</translation>
    </message>
    <message>
        <source>Maps left out: the map service answered with an error.</source>
        <translation>Kaarten weggelaten: de kaartdienst gaf een foutmelding.</translation>
    </message>
    <message>
        <source>Map of the period</source>
        <translation>Kaart van de periode</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Demonstration or event</source>
        <translation>Betoging of evenement</translation>
    </message>
    <message>
        <source>clash</source>
        <translation>overlap</translation>
    </message>
    <message>
        <source>{count} more item(s) of the period are not on the map (no address found or beyond the map&apos;s limit).</source>
        <translation>{count} item(s) van de periode staan niet op de kaart (geen adres gevonden of boven het maximum van de kaart).</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing for the local triangle</source>
        <translation>Briefing voor de lokale driehoek</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>up to and including</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum overleg</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>What this marking lets the briefing contain; the rule is applied while the data is collected.</source>
        <translation>Wat deze rubricering in de briefing toelaat; de regel wordt toegepast bij het verzamelen van de gegevens.</translation>
    </message>
    <message>
        <source>Include organisers&apos; personal data</source>
        <translation>Persoonsgegevens van organisatoren opnemen</translation>
    </message>
    <message>
        <source>Left out by default (AVG): a named organiser linked to a purpose can reveal political or religious opinions.</source>
        <translation>Standaard weggelaten (AVG): een organisator met naam, gekoppeld aan een doel, kan politieke of religieuze opvattingen prijsgeven.</translation>
    </message>
    <message>
        <source>Appendix: all demonstrations, term derivations and figures</source>
        <translation>Bijlage: alle manifestaties, termijnberekeningen en cijfers</translation>
    </message>
    <message>
        <source>Adds the long tables and the charts after the items; leave it out for a short read.</source>
        <translation>Voegt de lange tabellen en de grafieken toe na de onderwerpen; laat weg voor een korte briefing.</translation>
    </message>
    <message>
        <source>Exercise (every page marked OEFENING)</source>
        <translation>Oefening (elke pagina gemarkeerd met OEFENING)</translation>
    </message>
    <message>
        <source>Only a Confidential briefing can hold organisers&apos; personal data.</source>
        <translation>Alleen een vertrouwelijke briefing kan persoonsgegevens van organisatoren bevatten.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>The PDF could not be made: {error}</source>
        <translation>De pdf kon niet worden gemaakt: {error}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risico: {risk}</translation>
    </message>
    <message>
        <source>Clashes with another item</source>
        <translation>Overlapt met een ander item</translation>
    </message>
    <message>
        <source>Demonstration or meeting (Wom)</source>
        <translation>Betoging of vergadering (Wom)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>King&apos;s Day / New Year&apos;s Eve</source>
        <translation>Koningsdag / jaarwisseling</translation>
    </message>
    <message>
        <source>Football / sports</source>
        <translation>Voetbal / sport</translation>
    </message>
    <message>
        <source>Visit, commemoration, return</source>
        <translation>Bezoek, herdenking, terugkeer</translation>
    </message>
    <message>
        <source>High risk (C / hoog)</source>
        <translation>Hoog risico (C / hoog)</translation>
    </message>
    <message>
        <source>Attention (B / enig risico)</source>
        <translation>Aandacht (B / enig risico)</translation>
    </message>
    <message>
        <source>Low (0, A / laag)</source>
        <translation>Laag (0, A / laag)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <source>Clash (red border)</source>
        <translation>Overlap (rode rand)</translation>
    </message>
    <message>
        <source>%n item(s); arrow keys go from item to item, Enter opens one</source>
        <translation>%n item(s); de pijltjestoetsen gaan van item naar item, Enter opent er een</translation>
    </message>
    <message>
        <source>No items in this period</source>
        <translation>Geen items in deze periode</translation>
    </message>
    <message>
        <source>%n more item(s) on {day}; Enter shows that week</source>
        <translation>nog %n meer op {day}; Enter toont die week</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Vorige week of maand</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Volgende week of maand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Calendar week</source>
        <translation>Agenda, week</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Agenda, maand</translation>
    </message>
    <message>
        <source>Week {week} · {first} – {last}</source>
        <translation>Week {week} · {first} – {last}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Could not read the calendar: {error}</source>
        <translation>De agenda kon niet worden gelezen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clash</source>
        <translation>
            <numerusform>%n met overlap</numerusform>
            <numerusform>%n met overlap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {applicable} done</source>
        <translation>{done}/{applicable} gereed</translation>
    </message>
    <message>
        <source> · {n} overdue</source>
        <translation> · {n} te laat</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Checklist actions</source>
        <translation>Actiepunten van de checklist</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who / when</source>
        <translation>Wie / wanneer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Sjabloon toepassen…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Checklist ({n})</source>
        <translation>Checklist ({n})</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist ({percent}%)</source>
        <translation>Checklist ({percent}%)</translation>
    </message>
    <message>
        <source>Counted from the start once the record is saved</source>
        <translation>Gerekend vanaf de aanvang zodra het record is opgeslagen</translation>
    </message>
    <message>
        <source>on saving</source>
        <translation>bij opslaan</translation>
    </message>
    <message numerus="yes">
        <source>%n own action(s)</source>
        <translation>
            <numerusform>%n eigen actiepunt</numerusform>
            <numerusform>%n eigen actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied when the record is saved: {templates}.</source>
        <translation>Wordt toegepast bij het opslaan van de registratie: {templates}.</translation>
    </message>
    <message>
        <source>Choose a template now; it is applied when the record is saved.</source>
        <translation>Kies nu een sjabloon; het wordt toegepast zodra de registratie is opgeslagen.</translation>
    </message>
    <message>
        <source>No checklist yet: apply a template or add an action.</source>
        <translation>Nog geen checklist: pas een sjabloon toe of voeg een actiepunt toe.</translation>
    </message>
    <message>
        <source>Fixed due moment</source>
        <translation>Vast tijdstip</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optioneel)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— nog niemand —</translation>
    </message>
    <message>
        <source>Partner for: {action}</source>
        <translation>Partner voor: {action}</translation>
    </message>
    <message>
        <source>Status of: {action}</source>
        <translation>Status van: {action}</translation>
    </message>
    <message>
        <source>note…</source>
        <translation>toelichting…</translation>
    </message>
    <message>
        <source>Note on: {action}</source>
        <translation>Notitie bij: {action}</translation>
    </message>
    <message>
        <source>No actions</source>
        <translation>Geen actiepunten</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), made when the record is saved</source>
        <translation>
            <numerusform>%n actiepunt, gemaakt bij het opslaan</numerusform>
            <numerusform>%n actiepunten, gemaakt bij het opslaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>and {n} more partner(s)</source>
        <translation>en nog {n} partner(s)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>This action was removed by someone else.</source>
        <translation>Dit actiepunt is door iemand anders verwijderd.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Actiepunt:</translation>
    </message>
    <message>
        <source>Due, counted from the start (e.g. &apos;14 dagen voor&apos;, &apos;48 uur voor&apos;, &apos;1 dag na&apos;):</source>
        <translation>Uiterlijk, gerekend vanaf de aanvang (bijv. &apos;14 dagen voor&apos;, &apos;48 uur voor&apos;, &apos;1 dag na&apos;):</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Niet toegevoegd</translation>
    </message>
    <message>
        <source>Remove this action from the checklist?</source>
        <translation>Dit actiepunt uit de checklist verwijderen?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>cannot read &apos;{text}&apos;: write e.g. &apos;14 dagen voor&apos;, &apos;48 uur voor&apos;, &apos;1 dag na&apos; or &apos;op de dag&apos;</source>
        <translation>&apos;{text}&apos; is niet te lezen: schrijf bijv. &apos;14 dagen voor&apos;, &apos;48 uur voor&apos;, &apos;1 dag na&apos; of &apos;op de dag&apos;</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>Event #{id}</source>
        <translation>Evenement #{id}</translation>
    </message>
    <message>
        <source>{reason}, {metres} m away</source>
        <translation>{reason}, op {metres} m</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Zelfde plaats</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Dichtbij</translation>
    </message>
    <message>
        <source>Same district ({district})</source>
        <translation>Zelfde wijk ({district})</translation>
    </message>
    <message>
        <source>This is a counter-demonstration to it</source>
        <translation>Deze is een tegendemonstratie daartegen</translation>
    </message>
    <message>
        <source>Counter-demonstration to this one</source>
        <translation>Tegendemonstratie tegen deze</translation>
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
        <source>{what}: {text!r} lies outside the years {first}–{last}.</source>
        <translation>{what}: {text!r} ligt buiten de jaren {first}–{last}.</translation>
    </message>
    <message>
        <source>{text!r} is not a record number (a whole number from 1).</source>
        <translation>{text!r} is geen recordnummer (een geheel getal vanaf 1).</translation>
    </message>
    <message>
        <source>--out: give the name of a file to write.</source>
        <translation>--out: geef de naam van een bestand om te schrijven.</translation>
    </message>
    <message>
        <source>--out: {path} is a folder; give the name of a file.</source>
        <translation>--out: {path} is een map; geef de naam van een bestand.</translation>
    </message>
    <message>
        <source>--out: folder {folder} does not exist.</source>
        <translation>--out: map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>--partner: no partner matches &apos;{text}&apos;.</source>
        <translation>--partner: geen partner komt overeen met &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>--partner: &apos;{text}&apos; matches more than one partner; be more specific:
{names}</source>
        <translation>--partner: &apos;{text}&apos; komt overeen met meer dan één partner; wees specifieker:
{names}</translation>
    </message>
    <message>
        <source>Actions for {partner} written to {path}: {n} open action(s).</source>
        <translation>Actiepunten voor {partner} geschreven naar {path}: {n} open actiepunt(en).</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>moet minstens 1 zijn</translation>
    </message>
    <message>
        <source>{done} of {total} notifications</source>
        <translation>{done} van {total} kennisgevingen</translation>
    </message>
    <message>
        <source>--read-only: the demo data would change the database.</source>
        <translation>--read-only: de demogegevens zouden de database wijzigen.</translation>
    </message>
    <message>
        <source>{count} fictional notifications added to {url} in {seconds} s</source>
        <translation>{count} fictieve kennisgevingen toegevoegd aan {url} in {seconds} s</translation>
    </message>
    <message>
        <source>crisisdesk exercise-report: there is no exercise {id}.</source>
        <translation>crisisdesk exercise-report: er is geen oefening {id}.</translation>
    </message>
    <message>
        <source>Evaluation of exercise {id} written to {path}: {n} inject(s).</source>
        <translation>Evaluatie van oefening {id} geschreven naar {path}: {n} inject(s).</translation>
    </message>
    <message>
        <source>Evaluation written to {path}: {n} notification(s), {share} not on time.</source>
        <translation>Evaluatie geschreven naar {path}: {n} kennisgeving(en), {share} niet tijdig.</translation>
    </message>
    <message>
        <source>An argument contains a NUL character; nothing was done.</source>
        <translation>Een argument bevat een NUL-teken; er is niets gedaan.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>machine file</source>
        <translation>machinebestand</translation>
    </message>
    <message>
        <source>user file</source>
        <translation>gebruikersbestand</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>omgevingsvariabele</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>opdrachtregel</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelezen</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>niet aanwezig</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
    <message>
        <source>team-setup is for a shared PostgreSQL database: give --db postgresql+psycopg://owner@host/name.</source>
        <translation>team-setup is voor een gedeelde PostgreSQL-database: geef --db postgresql+psycopg://eigenaar@server/naam.</translation>
    </message>
    <message>
        <source>team-setup changes the database&apos;s roles; it cannot run read-only.</source>
        <translation>team-setup wijzigt de rollen van de database; dat kan niet alleen-lezen.</translation>
    </message>
    <message>
        <source>There is no role {role}; create it first (CREATE ROLE … LOGIN).</source>
        <translation>Er is geen rol {role}; maak die eerst aan (CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>The database refused the role setup ({error}); run it as the owner of the database, with CREATEROLE, or have the group roles created first.</source>
        <translation>De database weigerde het instellen van de rollen ({error}); voer het uit als eigenaar van de database, met CREATEROLE, of laat de groepsrollen eerst aanmaken.</translation>
    </message>
    <message>
        <source>Team roles are set up: advisors may add to the audit trail but never change it; observers only read.</source>
        <translation>De teamrollen zijn ingesteld: adviseurs kunnen aan de wijzigingsgeschiedenis toevoegen maar die nooit wijzigen; waarnemers kunnen alleen lezen.</translation>
    </message>
    <message>
        <source>received {moment} (from the {header} header)</source>
        <translation>ontvangen {moment} (uit de kopregel {header})</translation>
    </message>
    <message>
        <source>moment of receipt: not in the headers</source>
        <translation>ontvangstmoment: niet in de kopregels</translation>
    </message>
    <message>
        <source>found: {fields}</source>
        <translation>gevonden: {fields}</translation>
    </message>
    <message>
        <source>missing (left empty): {fields}</source>
        <translation>ontbreekt (leeg gelaten): {fields}</translation>
    </message>
    <message>
        <source>could not read {label} “{value}”: left empty</source>
        <translation>{label} “{value}” niet te lezen: leeg gelaten</translation>
    </message>
    <message>
        <source>PDF form read: {names}</source>
        <translation>PDF-formulier gelezen: {names}</translation>
    </message>
    <message>
        <source>a PDF attachment could not be read</source>
        <translation>een PDF-bijlage was niet te lezen</translation>
    </message>
    <message>
        <source>--max-size: give a number of megabytes from 1 to 200.</source>
        <translation>--max-size: geef een aantal megabytes van 1 tot en met 200.</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>geweigerd: {reason}</translation>
    </message>
    <message>
        <source>not registered: required and not in the message: {fields}. Open it in the desk (File → Notification from e-mail…) to fill them in.</source>
        <translation>niet geregistreerd: verplicht en niet in het bericht: {fields}. Open het in de desk (Bestand → Kennisgeving uit e-mail…) om ze in te vullen.</translation>
    </message>
    <message>
        <source>not registered: {reason}</source>
        <translation>niet geregistreerd: {reason}</translation>
    </message>
    <message>
        <source>registered as notification #{id}, status {status}; the original message is kept with it.</source>
        <translation>geregistreerd als kennisgeving #{id}, status {status}; het oorspronkelijke bericht is erbij bewaard.</translation>
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
        <source>Discard your entries and show the record as it is saved now.</source>
        <translation>Uw invoer weggooien en het record tonen zoals het nu is opgeslagen.</translation>
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
    <name>CrashDialog</name>
    <message>
        <source>crisisdesk — unexpected error</source>
        <translation>crisisdesk — onverwachte fout</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in crisisdesk.&lt;/b&gt;&lt;p&gt;{summary}&lt;/p&gt;&lt;p&gt;What you saved earlier is safe: every save is stored at once. What you were doing just now may not have been saved; please check it. You can work on, or close crisisdesk and start it again.&lt;/p&gt;&lt;p&gt;If this happens again, choose Copy details and send them with the log file to your IT service desk.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Er ging iets mis in crisisdesk.&lt;/b&gt;&lt;p&gt;{summary}&lt;/p&gt;&lt;p&gt;Wat u eerder opsloeg is veilig: elke opslag wordt direct vastgelegd. Wat u op dit moment deed, is misschien niet opgeslagen; controleer het. U kunt doorwerken, of crisisdesk sluiten en opnieuw starten.&lt;/p&gt;&lt;p&gt;Gebeurt dit vaker, kies dan Details kopiëren en stuur ze met het logbestand naar de servicedesk van ICT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <source>Term: {hours} hours before the start; weekends and holidays do not count. A manifestation on a Saturday, Sunday, holiday or Monday, or on a Friday after 12:00, must be notified by 12:00 on {which}.</source>
        <translation>Termijn: {hours} uur voor de aanvang; weekend en feestdagen tellen niet mee. Voor een manifestatie op zaterdag, zondag, een feestdag of maandag, of op vrijdag na 12:00, uiterlijk 12:00 op {which}.</translation>
    </message>
    <message>
        <source>Term: {hours} hours before the start; weekends and holidays do not count. A manifestation on a Saturday, Sunday, holiday or Monday must be notified by 12:00 on {which}.</source>
        <translation>Termijn: {hours} uur voor de aanvang; weekend en feestdagen tellen niet mee. Voor een manifestatie op zaterdag, zondag, een feestdag of maandag uiterlijk 12:00 op {which}.</translation>
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
        <source>the last working day before it</source>
        <translation>de laatste werkdag ervoor</translation>
    </message>
    <message>
        <source>the second-to-last working day before it</source>
        <translation>de op één na laatste werkdag ervoor</translation>
    </message>
    <message>
        <source>the third-to-last working day before it</source>
        <translation>de op twee na laatste werkdag ervoor</translation>
    </message>
    <message>
        <source>the {n}th working day before it</source>
        <translation>de {n}e werkdag ervoor</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Friday after 12:00</source>
        <translation>vrijdag na 12:00</translation>
    </message>
    <message>
        <source>public holiday ({holiday})</source>
        <translation>feestdag ({holiday})</translation>
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
        <source>{reason}: at the latest 12:00 on {which}, {deadline}.</source>
        <translation>{reason}: uiterlijk 12:00 op {which}, {deadline}.</translation>
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
    <name>DecisionPanel</name>
    <message>
        <source>Decision of the mayor (Wom art. 5)</source>
        <translation>Besluit van de burgemeester (art. 5 Wom)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Besluitdatum</translation>
    </message>
    <message>
        <source>From the profile</source>
        <translation>Uit het profiel</translation>
    </message>
    <message>
        <source>Decided by (name)</source>
        <translation>Besloten door (naam)</translation>
    </message>
    <message>
        <source>Name of who decided</source>
        <translation>Naam van wie besloot</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Function (mandate)</source>
        <translation>Functie (mandaat)</translation>
    </message>
    <message>
        <source>e.g. team leader public order and safety</source>
        <translation>bijv. teamleider Openbare Orde en Veiligheid</translation>
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
        <source>Conditions and restrictions, each with the interest of art. 2 Wom it serves</source>
        <translation>Voorschriften en beperkingen, elk met het belang van art. 2 Wom dat hij dient</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>Wanordelijkheden</translation>
    </message>
    <message>
        <source>Note on content (art. 5 par. 3)</source>
        <translation>Toelichting inhoud (art. 5 lid 3)</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Maatregel verwijderen</translation>
    </message>
    <message>
        <source>Never the content of what is expressed (Wom art. 5 par. 3). A measure that seems to be about content needs a note before a letter is printed.</source>
        <translation>Nooit de inhoud van wat wordt uitgedragen (art. 5 lid 3 Wom). Een maatregel die over de inhoud lijkt te gaan, heeft een toelichting nodig voordat een brief wordt afgedrukt.</translation>
    </message>
    <message>
        <source>Ban (Wom art. 5 par. 2): the last resort</source>
        <translation>Verbod (art. 5 lid 2 Wom): het uiterste middel</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Interests (under c)</source>
        <translation>Belangen (onder c)</translation>
    </message>
    <message>
        <source>Weighing of the lateness</source>
        <translation>Afweging te late kennisgeving</translation>
    </message>
    <message>
        <source>What did the late notification make impossible? Could the term be shortened?</source>
        <translation>Wat maakte de late melding onmogelijk? Kon de termijn worden verkort?</translation>
    </message>
    <message>
        <source>Why milder measures do not suffice</source>
        <translation>Waarom lichtere maatregelen niet volstaan</translation>
    </message>
    <message>
        <source>Which conditions or restrictions were considered, and why they are not enough</source>
        <translation>Welke voorschriften of beperkingen zijn overwogen, en waarom volstaan ze niet</translation>
    </message>
    <message>
        <source>Motivation (Awb art. 3:46)</source>
        <translation>Motivering (art. 3:46 Awb)</translation>
    </message>
    <message>
        <source>The facts of this case, and why the measure is necessary and proportionate</source>
        <translation>De feiten van dit geval, en waarom de maatregel nodig en evenredig is</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>How…</source>
        <translation>Hoe…</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Carried over from an earlier version of crisisdesk. Complete before a letter is printed: {missing}.</source>
        <translation>Overgenomen uit een eerdere versie van crisisdesk. Vul aan voordat een brief wordt afgedrukt: {missing}.</translation>
    </message>
    <message>
        <source>Seems to be about content ({terms}): reword it, or explain in the note why it is not.</source>
        <translation>Lijkt over de inhoud te gaan ({terms}): herformuleer, of licht in de toelichting toe waarom niet.</translation>
    </message>
    <message>
        <source>A non-public place (Wom art. 8): no conditions, restrictions or ban in advance. The mayor can only order a manifestation under way to end, for health or disorder.</source>
        <translation>Niet-openbare plaats (art. 8 Wom): vooraf geen voorschriften, beperkingen of verbod. De burgemeester kan alleen een lopende manifestatie laten beëindigen, voor de gezondheid of tegen wanordelijkheden.</translation>
    </message>
    <message>
        <source>Near an embassy, consulate or international organisation: advance measures still rest on Wom art. 5 with an interest of art. 2. Art. 9 only allows instructions during the manifestation.</source>
        <translation>Nabij een ambassade, consulaat of internationale organisatie: maatregelen vooraf berusten ook hier op art. 5 Wom met een belang van art. 2. Art. 9 geeft alleen aanwijzingen tijdens de manifestatie.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what} #{id} does not exist (any more); perhaps someone else removed it. Nothing was changed.</source>
        <translation>{what} #{id} bestaat niet (meer); misschien heeft iemand anders dit verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it; nothing was overwritten. Close and open it again to see their version.</source>
        <translation>Iemand anders heeft dit opgeslagen nadat u het opende; er is niets overschreven. Sluit het en open het opnieuw om hun versie te zien.</translation>
    </message>
    <message>
        <source>Notification #{id} has no decision yet: record it in the Decision tab first.</source>
        <translation>Kennisgeving #{id} heeft nog geen besluit: leg het eerst vast op het tabblad Besluit.</translation>
    </message>
    <message>
        <source>A rule set named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Er bestaat al een regelset met de naam &apos;{name}&apos;: kies een andere naam.</translation>
    </message>
    <message>
        <source>The rule set overlaps in validity with another rule set; nothing was saved.</source>
        <translation>De geldigheid van de regelset overlapt met die van een andere regelset; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot write or read {path}: {reason}. Nothing else was done.</source>
        <translation>Kan {path} niet schrijven of lezen: {reason}. Er is verder niets gedaan.</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>dat is een map, geen bestand</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>het bestand bestaat al</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>het bestand is in gebruik door een ander programma</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>no permission, or the file is open in another program</source>
        <translation>geen toestemming, of het bestand is geopend in een ander programma</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>het systeem weigerde het</translation>
    </message>
    <message>
        <source>The exercise clock does not allow this now (it is {detail}).</source>
        <translation>De oefenklok staat dit nu niet toe (de status is: {detail}).</translation>
    </message>
    <message>
        <source>This inject has already been released to the players; it stays as it was.</source>
        <translation>Deze inject is al aan de spelers uitgegeven; hij blijft zoals hij was.</translation>
    </message>
    <message>
        <source>This exercise has been run; it is kept as a record and cannot be removed.</source>
        <translation>Deze oefening is gehouden; ze wordt bewaard en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>This exercise has ended; nothing can be added.</source>
        <translation>Deze oefening is beëindigd; er kan niets meer worden toegevoegd.</translation>
    </message>
    <message>
        <source>This scenario is meant for exercises only, not for a real incident.</source>
        <translation>Dit scenario is alleen bedoeld voor oefeningen, niet voor een echt incident.</translation>
    </message>
    <message>
        <source>That belongs to another exercise or incident.</source>
        <translation>Dat hoort bij een andere oefening of een ander incident.</translation>
    </message>
    <message>
        <source>This is a real incident, not an exercise.</source>
        <translation>Dit is een echt incident, geen oefening.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state; nothing was changed.</source>
        <translation>Dit kan niet in de huidige toestand; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{name} is no saved e-mail: only .eml files and Outlook .msg files can be taken in.</source>
        <translation>{name} is geen opgeslagen e-mail: alleen .eml-bestanden en Outlook-.msg-bestanden kunnen worden overgenomen.</translation>
    </message>
    <message>
        <source>The message is {size_mb} MB, more than the {limit_mb} MB a message may be; it was not read. Save the attachments separately or ask for a smaller message.</source>
        <translation>Het bericht is {size_mb} MB, meer dan de {limit_mb} MB die een bericht mag zijn; het is niet gelezen. Sla de bijlagen apart op of vraag om een kleiner bericht.</translation>
    </message>
    <message>
        <source>The file is empty: there is no message in it.</source>
        <translation>Het bestand is leeg: er staat geen bericht in.</translation>
    </message>
    <message>
        <source>The file cannot be read as an e-mail: it is damaged or not a saved message (.eml or Outlook .msg).</source>
        <translation>Het bestand is niet als e-mail te lezen: het is beschadigd of geen opgeslagen bericht (.eml of Outlook .msg).</translation>
    </message>
    <message>
        <source>The message is not a notification: it states no date or place of a manifestation in &quot;label: value&quot; answers (such as &quot;Datum:&quot; or &quot;Locatie:&quot;). Register it by hand if it is one.</source>
        <translation>Het bericht is geen kennisgeving: het noemt geen datum of plaats van een manifestatie in antwoorden als &quot;Datum:&quot; of &quot;Locatie:&quot;. Registreer het met de hand als het er toch een is.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened or read.</source>
        <translation>Het bestand {name} kan niet worden geopend of gelezen.</translation>
    </message>
    <message>
        <source>The message cannot be taken in ({code}).</source>
        <translation>Het bericht kan niet worden overgenomen ({code}).</translation>
    </message>
    <message>
        <source>This message was registered before, as notification #{id}; it was not registered again.</source>
        <translation>Dit bericht is al eerder geregistreerd, als kennisgeving #{id}; het is niet opnieuw geregistreerd.</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>de naam van de gemeente</translation>
    </message>
    <message>
        <source>the address for objections</source>
        <translation>het adres voor bezwaarschriften</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>de rechtbank</translation>
    </message>
    <message>
        <source>the contact for the preliminary meeting</source>
        <translation>de contactpersoon voor het vooroverleg</translation>
    </message>
    <message>
        <source>the contact&apos;s phone or e-mail</source>
        <translation>telefoon of e-mail van de contactpersoon</translation>
    </message>
    <message>
        <source>The municipality&apos;s profile is incomplete ({missing}): fill it in under Settings, Municipality.</source>
        <translation>Het gemeenteprofiel is niet compleet ({missing}): vul het aan onder Instellingen, Gemeente.</translation>
    </message>
    <message>
        <source>Notification #{id} has no address of the organiser: add it before printing the letter.</source>
        <translation>Kennisgeving #{id} heeft geen adres van de organisator: vul het aan voordat u de brief afdrukt.</translation>
    </message>
    <message>
        <source>Measure {numbers} may be about content (Wom art. 5 par. 3): reword it, or explain in its note why it is not, before the letter is printed.</source>
        <translation>Maatregel {numbers} gaat mogelijk over de inhoud (art. 5 lid 3 Wom): herformuleer hem, of licht in de toelichting toe waarom dat niet zo is, voordat de brief wordt afgedrukt.</translation>
    </message>
    <message>
        <source>The decision of notification #{id} is not complete ({fields}): complete it in the Decision tab before printing the letter.</source>
        <translation>Het besluit bij kennisgeving #{id} is niet compleet ({fields}): vul het aan op het tabblad Besluit voordat u de brief afdrukt.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of crisisdesk (schema {revision}). It has not been changed. Update crisisdesk to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van crisisdesk (schema {revision}). Er is niets aan veranderd. Werk crisisdesk bij om hem te openen.</translation>
    </message>
    <message>
        <source>The database {detail} does not exist; in read-only mode none is created.</source>
        <translation>De database {detail} bestaat niet; in alleen-lezen-modus wordt er geen aangemaakt.</translation>
    </message>
    <message>
        <source>The database file {detail} is empty (0 bytes): it is not opened as an empty register. Restore a backup, or remove the file to start a new register.</source>
        <translation>Het databasebestand {detail} is leeg (0 bytes): het wordt niet als leeg register geopend. Zet een backup terug, of verwijder het bestand om een nieuw register te beginnen.</translation>
    </message>
    <message>
        <source>{detail} is not a database; it has not been changed.</source>
        <translation>{detail} is geen database; het is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database is damaged; it has not been changed. Restore a backup.</source>
        <translation>De database is beschadigd; ze is niet gewijzigd. Zet een backup terug.</translation>
    </message>
    <message>
        <source>The database is locked by another program (a restore?); try again in a moment.</source>
        <translation>De database is vergrendeld door een ander programma (een terugzetactie?); probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database cannot be reached ({detail}); nothing was changed.</source>
        <translation>De database is niet bereikbaar ({detail}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{detail} is not a crisisdesk database; it has not been changed.</source>
        <translation>{detail} is geen crisisdesk-database; het is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database needs an upgrade to this version of crisisdesk, which read-only mode does not do. Open it once without --read-only.</source>
        <translation>Deze database moet worden bijgewerkt naar deze versie van crisisdesk, en dat gebeurt niet in alleen-lezen-modus. Open haar eenmaal zonder --read-only.</translation>
    </message>
    <message>
        <source>Upgrading the database failed ({detail}); it was rolled back and the database is as it was. Free disk space and start again.</source>
        <translation>Het bijwerken van de database is mislukt ({detail}); het is teruggedraaid en de database is zoals ze was. Maak schijfruimte vrij en start opnieuw.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing more was done. The details are in the log.</source>
        <translation>Er ging iets onverwachts mis; er is verder niets gedaan. De details staan in het logbestand.</translation>
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
        <source>The database is damaged ({detail}); no backup was written and the previous backup is kept as it was.</source>
        <translation>De database is beschadigd ({detail}); er is geen backup geschreven en de vorige backup is ongewijzigd bewaard.</translation>
    </message>
    <message>
        <source>The copy did not pass its check ({detail}); the previous backup is kept as it was.</source>
        <translation>De kopie kwam niet door de controle ({detail}); de vorige backup is ongewijzigd bewaard.</translation>
    </message>
    <message>
        <source>Cannot write the backup ({detail}); the previous backup is kept as it was.</source>
        <translation>De backup kan niet worden geschreven ({detail}); de vorige backup is ongewijzigd bewaard.</translation>
    </message>
    <message>
        <source>The database is open on another desk ({detail}); nothing was restored. Close crisisdesk everywhere it uses this file and try again.</source>
        <translation>De database is geopend op een andere werkplek ({detail}); er is niets teruggezet. Sluit crisisdesk overal waar dit bestand in gebruik is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The configuration file {origin} cannot be read: {detail}</source>
        <translation>Het configuratiebestand {origin} is niet te lezen: {detail}</translation>
    </message>
    <message>
        <source>The configuration file {origin} cannot be opened: {detail}</source>
        <translation>Het configuratiebestand {origin} kan niet worden geopend: {detail}</translation>
    </message>
    <message>
        <source>The configuration file {origin} has unknown settings: {detail}. Known are database_url, language, data_folder, backup_folder, log_level, geocoder_url, map_tile_url and map_cache_mb.</source>
        <translation>Het configuratiebestand {origin} bevat onbekende instellingen: {detail}. Bekend zijn database_url, language, data_folder, backup_folder, log_level, geocoder_url, map_tile_url en map_cache_mb.</translation>
    </message>
    <message>
        <source>{origin}: the setting {detail} must be a text between quotes.</source>
        <translation>{origin}: de instelling {detail} moet een tekst tussen aanhalingstekens zijn.</translation>
    </message>
    <message>
        <source>{origin}: language {detail} is not supported; choose nl or en.</source>
        <translation>{origin}: taal {detail} wordt niet ondersteund; kies nl of en.</translation>
    </message>
    <message>
        <source>{origin}: log level {detail} is unknown; choose DEBUG, INFO, WARNING or ERROR.</source>
        <translation>{origin}: logniveau {detail} is onbekend; kies DEBUG, INFO, WARNING of ERROR.</translation>
    </message>
    <message>
        <source>{origin}: geocoder_url {detail} is not a web address; it must start with https:// or http://.</source>
        <translation>{origin}: geocoder_url {detail} is geen webadres; het moet beginnen met https:// of http://.</translation>
    </message>
    <message>
        <source>{origin}: map_tile_url {detail} is not a tile address; give an http(s) address with {{z}}, {{x}} and {{y}}.</source>
        <translation>{origin}: map_tile_url {detail} is geen tegeladres; geef een http(s)-adres met {{z}}, {{x}} en {{y}}.</translation>
    </message>
    <message>
        <source>{origin}: map_cache_mb {detail} is not a size; give a whole number of megabytes from 1 to 100000.</source>
        <translation>{origin}: map_cache_mb {detail} is geen grootte; geef een heel aantal megabytes van 1 tot en met 100000.</translation>
    </message>
    <message>
        <source>{origin}: the backup folder {detail} is the folder of the database itself; a backup there is lost with the database. Choose another folder, preferably on another disk.</source>
        <translation>{origin}: de back-upmap {detail} is de map van de database zelf; een back-up daar gaat samen met de database verloren. Kies een andere map, liefst op een andere schijf.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>Contains a NUL character, which cannot be stored; remove it.</source>
        <translation>Bevat een NUL-teken, dat niet kan worden opgeslagen; verwijder het.</translation>
    </message>
    <message>
        <source>A date outside the years {first}–{last}: check the year.</source>
        <translation>Een datum buiten de jaren {first}–{last}: controleer het jaar.</translation>
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
        <source>Outside {first} – {last}: check the date (the range is a setting).</source>
        <translation>Buiten {first} – {last}: controleer de datum (het bereik is een instelling).</translation>
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
        <source>Give a number (&quot;150&quot;) or a range (&quot;150-200&quot;, &quot;150 à 200&quot;).</source>
        <translation>Geef een aantal (&quot;150&quot;) of een bereik (&quot;150-200&quot;, &quot;150 à 200&quot;).</translation>
    </message>
    <message>
        <source>The second number of a range must be the larger one.</source>
        <translation>Het tweede getal van een bereik moet het grootste zijn.</translation>
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
        <source>Measure {number} seems to be about content ({terms}); the Wom forbids that (art. 5 par. 3). Reword it, or explain in its note why it is not about content: until then no letter is printed.</source>
        <translation>Maatregel {number} lijkt over de inhoud te gaan ({terms}); dat verbiedt de Wom (art. 5 lid 3). Herformuleer hem, of licht in de toelichting toe waarom hij niet over de inhoud gaat: tot dan wordt geen brief afgedrukt.</translation>
    </message>
    <message>
        <source>In a non-public place (Wom art. 8) the mayor sets no conditions, restrictions or ban in advance; only an order to end a manifestation under way.</source>
        <translation>Op een niet-openbare plaats (art. 8 Wom) stelt de burgemeester vooraf geen voorschriften of beperkingen en geeft hij geen verbod; alleen een opdracht om een lopende manifestatie te beëindigen.</translation>
    </message>
    <message>
        <source>Add at least one measure.</source>
        <translation>Voeg ten minste één maatregel toe.</translation>
    </message>
    <message>
        <source>Measure {number} has no text.</source>
        <translation>Maatregel {number} heeft geen tekst.</translation>
    </message>
    <message>
        <source>Measure {number}: tick the interest of art. 2 it serves (health, traffic, disorder).</source>
        <translation>Maatregel {number}: vink het belang van art. 2 aan dat hij dient (gezondheid, verkeer, wanordelijkheden).</translation>
    </message>
    <message>
        <source>Measure {number} may only serve health, traffic or disorder (Wom art. 2).</source>
        <translation>Maatregel {number} mag alleen de gezondheid, het verkeer of het voorkomen van wanordelijkheden dienen (art. 2 Wom).</translation>
    </message>
    <message>
        <source>Give the motivation: the facts, and why the measure is necessary and proportionate (Awb 3:46).</source>
        <translation>Geef de motivering: de feiten, en waarom de maatregel nodig en evenredig is (art. 3:46 Awb).</translation>
    </message>
    <message>
        <source>Choose the ground of the ban: art. 5 par. 2 under a, b or c.</source>
        <translation>Kies de grond van het verbod: art. 5 lid 2 onder a, b of c.</translation>
    </message>
    <message>
        <source>A ban under c: tick the interest of art. 2 that requires it.</source>
        <translation>Verbod onder c: vink het belang van art. 2 aan dat het verbod vereist.</translation>
    </message>
    <message>
        <source>The notification was on time: a ban cannot rest on lateness (under a).</source>
        <translation>De kennisgeving was tijdig: een verbod kan niet op te late kennisgeving (onder a) berusten.</translation>
    </message>
    <message>
        <source>A ban on lateness needs the weighing: what did the late notification make impossible?</source>
        <translation>Een verbod wegens te late kennisgeving vraagt een afweging: wat maakte de late melding onmogelijk?</translation>
    </message>
    <message>
        <source>Say why conditions or restrictions would not suffice: a ban is the last resort.</source>
        <translation>Geef aan waarom voorschriften of beperkingen niet volstaan: een verbod is het uiterste middel.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Geef de datum van het besluit.</translation>
    </message>
    <message>
        <source>The decision date lies before the notification was received.</source>
        <translation>De besluitdatum ligt vóór de ontvangst van de kennisgeving.</translation>
    </message>
    <message>
        <source>Give the name of who decided.</source>
        <translation>Geef de naam van wie besloot.</translation>
    </message>
    <message>
        <source>Choose in which capacity: mayor, deputy mayor, or on behalf of the mayor under a mandate.</source>
        <translation>Kies in welke hoedanigheid: burgemeester, loco-burgemeester, of namens de burgemeester onder mandaat.</translation>
    </message>
    <message>
        <source>A decision under a mandate: give the official&apos;s function.</source>
        <translation>Besluit onder mandaat: geef de functie van de ambtenaar.</translation>
    </message>
    <message>
        <source>Say how the decision was made known (Wom art. 5 par. 4).</source>
        <translation>Geef aan hoe het besluit is bekendgemaakt (art. 5 lid 4 Wom).</translation>
    </message>
    <message>
        <source>The decision cannot have been made known before it was taken.</source>
        <translation>Het besluit kan niet zijn bekendgemaakt voordat het is genomen.</translation>
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
        <source>A partner with this name already exists.</source>
        <translation>Er bestaat al een partner met deze naam.</translation>
    </message>
    <message>
        <source>The template &apos;{name}&apos; has already been applied to this record.</source>
        <translation>Het sjabloon &apos;{name}&apos; is al op deze registratie toegepast.</translation>
    </message>
    <message>
        <source>A scenario has no start: give the moment the due moments count from (e.g. the scale-up).</source>
        <translation>Een scenario heeft geen aanvang: geef het moment op vanaf waar de tijdstippen worden gerekend (bijv. de opschaling).</translation>
    </message>
    <message>
        <source>Due: {problem}</source>
        <translation>Uiterlijk: {problem}</translation>
    </message>
    <message>
        <source>There is no template &apos;{key}&apos;.</source>
        <translation>Er is geen sjabloon &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>This template is meant for another kind of record.</source>
        <translation>Dit sjabloon is bedoeld voor een ander soort registratie.</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Er bestaat al een sjabloon met de naam &apos;{name}&apos;: kies een andere naam.</translation>
    </message>
    <message>
        <source>The template cannot be saved: {problem}</source>
        <translation>Het sjabloon kan niet worden opgeslagen: {problem}</translation>
    </message>
    <message>
        <source>The time after the start must lie between T+0 and T+{max} minutes.</source>
        <translation>De tijd na de start moet tussen T+0 en T+{max} minuten liggen.</translation>
    </message>
    <message>
        <source>Choose a deadline for the action: by when must it be done?</source>
        <translation>Kies een deadline voor de actie: wanneer moet die klaar zijn?</translation>
    </message>
    <message>
        <source>This deadline has already passed: choose a moment after now.</source>
        <translation>Deze deadline is al voorbij: kies een moment na nu.</translation>
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
    <name>Evaluation</name>
    <message>
        <source>Evaluation of the notification term {first} – {last}</source>
        <translation>Evaluatie van de kennisgevingstermijn {first} – {last}</translation>
    </message>
    <message>
        <source>from {day}: {rule}</source>
        <translation>vanaf {day}: {rule}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Late as registered</source>
        <translation>Te laat zoals geregistreerd</translation>
    </message>
    <message>
        <source>Prepared by {who} on {when}.</source>
        <translation>Opgesteld door {who} op {when}.</translation>
    </message>
    <message>
        <source>The lead time of every notification of a manifestation starting in the period (from receipt to start), the share not on time under the rule that applied when it was received, and what that share would have been under each other rule set. A notification that was late is a possible ground for a ban, never a ban in itself.</source>
        <translation>De aanlooptijd van elke kennisgeving van een manifestatie die in de periode begint (van ontvangst tot aanvang), het aandeel niet tijdig volgens de regeling die gold bij ontvangst, en wat dat aandeel onder elke andere regeling zou zijn geweest. Een te late kennisgeving is een mogelijke grond voor een verbod, nooit op zichzelf een verbod.</translation>
    </message>
    <message>
        <source>No notifications in this period.</source>
        <translation>Geen kennisgevingen in deze periode.</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>Belangrijkste bevindingen</translation>
    </message>
    <message>
        <source>Share not on time per rule set</source>
        <translation>Aandeel niet tijdig per regeling</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Share late</source>
        <translation>Aandeel te laat</translation>
    </message>
    <message>
        <source>Term shortened</source>
        <translation>Termijn verkort</translation>
    </message>
    <message>
        <source>Conditions or restrictions</source>
        <translation>Voorschriften of beperkingen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbod</translation>
    </message>
    <message>
        <source>As registered</source>
        <translation>Zoals geregistreerd</translation>
    </message>
    <message>
        <source>the rule valid on the day of receipt</source>
        <translation>de regeling die gold op de dag van ontvangst</translation>
    </message>
    <message>
        <source>The last three columns: what was registered for the notifications that were late under that rule: the mayor shortened the term, conditions or restrictions, a ban.</source>
        <translation>De laatste drie kolommen: wat is geregistreerd bij de kennisgevingen die onder die regeling te laat waren: termijn verkort door de burgemeester, voorschriften of beperkingen, een verbod.</translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>zoals geregistreerd</translation>
    </message>
    <message>
        <source>Share not on time per month, per rule set</source>
        <translation>Aandeel niet tijdig per maand, per regeling</translation>
    </message>
    <message>
        <source>Lead time from receipt to start, with the term of each rule set</source>
        <translation>Tijd tussen ontvangst en aanvang, met de termijn van elke regeling</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Per wijk</source>
        <translation>Per wijk</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Evaluation of the notification term</source>
        <translation>Evaluatie van de kennisgevingstermijn</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>% late as registered</source>
        <translation>% te laat zoals geregistreerd</translation>
    </message>
    <message>
        <source>{rule}: late</source>
        <translation>{rule}: te laat</translation>
    </message>
    <message>
        <source>{rule}: % late</source>
        <translation>{rule}: % te laat</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high} u</translation>
    </message>
    <message>
        <source>≥ {hours} h</source>
        <translation>≥ {hours} u</translation>
    </message>
    <message>
        <source>No notifications of manifestations starting in this period.</source>
        <translation>Geen kennisgevingen van manifestaties die in deze periode beginnen.</translation>
    </message>
    <message>
        <source>{n} notifications; not on time under the rule that applied on the day of receipt: {late} ({share}).</source>
        <translation>{n} kennisgevingen; niet tijdig onder de regeling die gold op de dag van ontvangst: {late} ({share}).</translation>
    </message>
    <message>
        <source>Every rule set compared gives the same number late: {late} ({share}).</source>
        <translation>Elke vergeleken regeling geeft hetzelfde aantal te laat: {late} ({share}).</translation>
    </message>
    <message>
        <source>{low} gives the fewest late notifications, {low_late} ({low_share}); {high} the most, {high_late} ({high_share}): a difference of {difference}.</source>
        <translation>{low} geeft de minste te late kennisgevingen, {low_late} ({low_share}); {high} de meeste, {high_late} ({high_share}): een verschil van {difference}.</translation>
    </message>
    <message>
        <source>Of the {late} late notifications: term shortened by the mayor {accepted}; conditions or restrictions {conditions}; ban {ban}; no measures {none}; no decision recorded {undecided}.</source>
        <translation>Van de {late} te late kennisgevingen: termijn verkort door de burgemeester {accepted}; voorschriften of beperkingen {conditions}; verbod {ban}; geen maatregelen {none}; (nog) geen besluit vastgelegd {undecided}.</translation>
    </message>
    <message>
        <source>{n} ({share}) less than {hours} hours before the start</source>
        <translation>{n} ({share}) minder dan {hours} uur voor de aanvang</translation>
    </message>
    <message>
        <source>Half of the notifications came in at least {days} days before the start</source>
        <translation>De helft van de kennisgevingen kwam ten minste {days} dagen voor de aanvang binnen</translation>
    </message>
    <message>
        <source>Received before {day} ({before}): {before_share} late ({before_late} of {before_n}); from that day ({after}): {after_share} ({after_late} of {after_n}).</source>
        <translation>Ontvangen vóór {day} ({before}): {before_share} te laat ({before_late} van {before_n}); vanaf die dag ({after}): {after_share} ({after_late} van {after_n}).</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Observed action…</source>
        <translation>Waargenomen actie…</translation>
    </message>
    <message>
        <source>New observation, lesson or improvement…</source>
        <translation>Nieuwe observatie, leerpunt of verbeteractie…</translation>
    </message>
    <message>
        <source>Evaluation report (PDF)…</source>
        <translation>Evaluatierapport (PDF)…</translation>
    </message>
    <message>
        <source>{released} of {total} injects released · median response {median} · released without a response: {open}</source>
        <translation>{released} van {total} injects ingespeeld · mediane reactietijd {median} · ingespeeld zonder reactie: {open}</translation>
    </message>
    <message>
        <source>Observed action</source>
        <translation>Waargenomen actie</translation>
    </message>
</context>
<context>
    <name>EvaluationTabs</name>
    <message>
        <source>Share not on time per month</source>
        <translation>Aandeel niet tijdig per maand</translation>
    </message>
    <message>
        <source>Share not on time per wijk</source>
        <translation>Aandeel niet tijdig per wijk</translation>
    </message>
    <message>
        <source>Share not on time per kind of manifestation</source>
        <translation>Aandeel niet tijdig per soort manifestatie</translation>
    </message>
    <message>
        <source>No notifications of manifestations starting {period}.</source>
        <translation>Geen kennisgevingen van manifestaties met aanvang {period}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; notifications of manifestations starting {period}. Median lead time &lt;b&gt;{days} days&lt;/b&gt; ({hours} hours). Not on time as registered: &lt;b&gt;{late}&lt;/b&gt; ({share}).</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; kennisgevingen van manifestaties met aanvang {period}. Mediane aanlooptijd &lt;b&gt;{days} dagen&lt;/b&gt; ({hours} uur). Niet tijdig zoals geregistreerd: &lt;b&gt;{late}&lt;/b&gt; ({share}).</translation>
    </message>
    <message>
        <source>Share not on time per rule set</source>
        <translation>Aandeel niet tijdig per regeling</translation>
    </message>
    <message>
        <source>share not on time</source>
        <translation>aandeel niet tijdig</translation>
    </message>
    <message>
        <source>Share not on time under the rule that applied when each was received</source>
        <translation>Aandeel niet tijdig volgens de regeling die gold bij ontvangst</translation>
    </message>
    <message>
        <source>Share that would have been late under {rule} ({source})</source>
        <translation>Aandeel dat te laat zou zijn geweest onder {rule} ({source})</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Aanlooptijd</translation>
    </message>
    <message>
        <source>Share of notifications</source>
        <translation>Aandeel van de kennisgevingen</translation>
    </message>
    <message>
        <source>number of notifications</source>
        <translation>aantal kennisgevingen</translation>
    </message>
    <message>
        <source>time from receipt to start</source>
        <translation>tijd van ontvangst tot aanvang</translation>
    </message>
</context>
<context>
    <name>EvaluationWindow</name>
    <message>
        <source>Evaluation of the notification term</source>
        <translation>Evaluatie van de kennisgevingstermijn</translation>
    </message>
    <message>
        <source>Manifestations starting from</source>
        <translation>Manifestaties met aanvang van</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>up to and including</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation>&amp;Berekenen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Per wijk</source>
        <translation>Per wijk</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>Lead times</source>
        <translation>Doorlooptijden</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export (CSV)…</source>
        <translation>&amp;Exporteren (CSV)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose a period and press Calculate.</source>
        <translation>Kies een periode en klik op Berekenen.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>The evaluation could not be calculated: {error}</source>
        <translation>De evaluatie kon niet worden berekend: {error}</translation>
    </message>
    <message>
        <source>The period has changed: press Calculate to update the figures.</source>
        <translation>De periode is gewijzigd: klik op Berekenen om de cijfers bij te werken.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <source>The PDF could not be made: {error}</source>
        <translation>De pdf kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <source>Export the tables (CSV)</source>
        <translation>Tabellen exporteren (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Festival aan de Werf</source>
        <translation>bijv. Festival aan de Werf</translation>
    </message>
    <message>
        <source>Confidential: lists, the calendar and exports show only a neutral title, without name or place.</source>
        <translation>Vertrouwelijk: lijsten, agenda en exports tonen alleen een neutrale titel, zonder naam of plaats.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>E&amp;xpected visitors</source>
        <translation>Verwacht aantal &amp;bezoekers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation>Tijd en plaats</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aanvang</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Street, square or venue</source>
        <translation>Straat, plein of locatie</translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Personal data: only what is needed. Left out of exports unless asked for.</source>
        <translation>Persoonsgegevens: alleen wat nodig is. Blijven buiten exports, tenzij daarom wordt gevraagd.</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation>&amp;Naam contactpersoon</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Risk and permit</source>
        <translation>Risico en vergunning</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>The risk scan gives advice; the competent authority sets the class. Both are kept.</source>
        <translation>De risicoscan geeft een advies; het bevoegd gezag stelt de klasse vast. Beide worden bewaard.</translation>
    </message>
    <message>
        <source>Risk scan &amp;advises</source>
        <translation>Risicoscan &amp;adviseert</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>set by the authority:</source>
        <translation>vastgesteld door het bevoegd gezag:</translation>
    </message>
    <message>
        <source>Advice of the disciplines</source>
        <translation>Advies van de disciplines</translation>
    </message>
    <message>
        <source>&amp;Fire service</source>
        <translation>&amp;Brandweer</translation>
    </message>
    <message>
        <source>P&amp;olice</source>
        <translation>&amp;Politie</translation>
    </message>
    <message>
        <source>&amp;GHOR</source>
        <translation>&amp;GHOR</translation>
    </message>
    <message>
        <source>Event permit</source>
        <translation>Evenementenvergunning</translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation>&amp;Vergunning</translation>
    </message>
    <message>
        <source>Applied &amp;on</source>
        <translation>Aangevraagd &amp;op</translation>
    </message>
    <message>
        <source>Decision term extended by 12 weeks</source>
        <translation>Beslistermijn verlengd met 12 weken</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Beslissen uiterlijk</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>APV Utrecht, afdelingen 5.7A/5.7B: 12 weeks from the application, extendable once by 12 weeks.</source>
        <translation>APV Utrecht, afdelingen 5.7A/5.7B: 12 weken na de aanvraag, eenmaal met 12 weken te verlengen.</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>Be&amp;sloten op</translation>
    </message>
    <message>
        <source>Football</source>
        <translation>Voetbal</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Wedstrijd</translation>
    </message>
    <message>
        <source>O&amp;pponent</source>
        <translation>&amp;Tegenstander</translation>
    </message>
    <message>
        <source>e.g. Ajax</source>
        <translation>bijv. Ajax</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>Set before the season by club, police, OM and municipality; C is a high-risk match.</source>
        <translation>Voor het seizoen vastgesteld door club, politie, OM en gemeente; C is een risicowedstrijd.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Combi-regeling (away supporters travel by club bus)</source>
        <translation>Combi-regeling (uitsupporters reizen met de clubbus)</translation>
    </message>
    <message>
        <source>Away supporters</source>
        <translation>Uitsupporters</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximaal</translation>
    </message>
    <message>
        <source>away supporters</source>
        <translation>uitsupporters</translation>
    </message>
    <message>
        <source>Match without public</source>
        <translation>Wedstrijd zonder publiek</translation>
    </message>
    <message>
        <source>Security risk area (APV 2:4, preventive frisking)</source>
        <translation>Veiligheidsrisicogebied (APV 2:4, preventief fouilleren)</translation>
    </message>
    <message>
        <source>Camera surveillance (APV 2:5)</source>
        <translation>Cameratoezicht (APV 2:5)</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Jaarwisseling</translation>
    </message>
    <message>
        <source>Fireworks</source>
        <translation>Vuurwerk</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regeling</translation>
    </message>
    <message>
        <source>Fireworks-free &amp;zones</source>
        <translation>Vuurwerkvrije &amp;zones</translation>
    </message>
    <message>
        <source>One zone per line</source>
        <translation>Eén zone per regel</translation>
    </message>
    <message>
        <source>Allowed &amp;from</source>
        <translation>Toegestaan &amp;vanaf</translation>
    </message>
    <message>
        <source>Allowed &amp;until</source>
        <translation>Toegestaan &amp;tot</translation>
    </message>
    <message>
        <source>National times: 31 December 18:00 to 1 January 02:00.</source>
        <translation>Landelijke tijden: 31 december 18:00 uur tot 1 januari 02:00 uur.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Toe&amp;lichting</translation>
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
        <source>Who</source>
        <translation>Wie</translation>
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
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>No clashes with notifications or events in the same wijk or place.</source>
        <translation>Geen overlap met kennisgevingen of evenementen in dezelfde wijk of op dezelfde plaats.</translation>
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
        <source>No risk scan yet</source>
        <translation>Nog geen risicoscan</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation>Dubbelklik om te openen.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>{user} saved this event at {moment} (version {version}) after you opened it.</source>
        <translation>{user} heeft dit evenement opgeslagen op {moment} (versie {version}), nadat u het opende.</translation>
    </message>
    <message>
        <source>This event was deleted by someone else; nothing was saved.</source>
        <translation>Dit evenement is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event #{id}</source>
        <translation>Evenement #{id}</translation>
    </message>
    <message>
        <source>Event #{id} — {title}</source>
        <translation>Evenement #{id} — {title}</translation>
    </message>
    <message>
        <source>Version {version}, last changed {moment} by {user}</source>
        <translation>Versie {version}, laatst gewijzigd {moment} door {user}</translation>
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
    <name>EventsModel</name>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place / wijk</source>
        <translation>Plaats / wijk</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Beslissen uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidential: open the event to see its details.</source>
        <translation>Vertrouwelijk: open het evenement om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Set: {set}</source>
        <translation>Vastgesteld: {set}</translation>
    </message>
    <message>
        <source>Risk scan: {scan}</source>
        <translation>Risicoscan: {scan}</translation>
    </message>
    <message>
        <source>The decision deadline has passed.</source>
        <translation>De beslistermijn is verstreken.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search title, place, wijk, organisation, opponent…</source>
        <translation>Zoek titel, plaats, wijk, organisatie, tegenstander…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Zoeken in evenementen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>All wijken</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassen</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Events register</source>
        <translation>Evenementenregister</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nieuw evenement…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Selectie exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evenement</numerusform>
            <numerusform>%n evenementen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>Exercise started.</source>
        <translation>Oefening gestart.</translation>
    </message>
    <message>
        <source>Exercise paused.</source>
        <translation>Oefening gepauzeerd.</translation>
    </message>
    <message>
        <source>Exercise resumed.</source>
        <translation>Oefening hervat.</translation>
    </message>
    <message>
        <source>Remaining injects shifted by {minutes:+d} min.</source>
        <translation>Resterende injects {minutes:+d} min verschoven.</translation>
    </message>
    <message>
        <source>Exercise ended.</source>
        <translation>Oefening beëindigd.</translation>
    </message>
    <message>
        <source>Inject {offset} from {sender} to {receiver}: {content}</source>
        <translation>Inject {offset} van {sender} aan {receiver}: {content}</translation>
    </message>
</context>
<context>
    <name>ExerciseEvaluation</name>
    <message>
        <source>T+</source>
        <translation>T+</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Verwachte actie</translation>
    </message>
    <message>
        <source>Observed action</source>
        <translation>Waargenomen actie</translation>
    </message>
    <message>
        <source>Response (min:s)</source>
        <translation>Reactie (min:s)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>ExerciseReport</name>
    <message>
        <source>Exercise evaluation — {title}</source>
        <translation>Evaluatie oefening — {title}</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>Timeline: planned moment, release and first response per inject</source>
        <translation>Tijdlijn: gepland moment, inspelen en eerste reactie per inject</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>released</source>
        <translation>ingespeeld</translation>
    </message>
    <message>
        <source>released, no response</source>
        <translation>ingespeeld, geen reactie</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>eerste reactie</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>niet beëindigd</translation>
    </message>
    <message>
        <source>Exercise time</source>
        <translation>Oefentijd</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>{released} of {total} released</source>
        <translation>{released} van {total} ingespeeld</translation>
    </message>
    <message>
        <source>Median response time</source>
        <translation>Mediane reactietijd</translation>
    </message>
    <message>
        <source>Released without a response</source>
        <translation>Ingespeeld zonder reactie</translation>
    </message>
    <message>
        <source>T+</source>
        <translation>T+</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Van → aan</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Verwachte actie</translation>
    </message>
    <message>
        <source>Observed action</source>
        <translation>Waargenomen actie</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>niet ingespeeld</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No observations, lessons or improvement actions recorded yet.</source>
        <translation>Nog geen observaties, leerpunten of verbeteracties vastgelegd.</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>correction of entry #{id}</source>
        <translation>correctie van regel #{id}</translation>
    </message>
    <message>
        <source>Prepared by {who} on {when}.</source>
        <translation>Opgesteld door {who} op {when}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translation>Injects: verwacht en waargenomen</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Exercise evaluation</source>
        <translation>Evaluatie oefening</translation>
    </message>
</context>
<context>
    <name>ExerciseSetupDialog</name>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Oefening hoogwater Lek</source>
        <translation>bijv. Oefening hoogwater Lek</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Aim and description</source>
        <translation>Doel en beschrijving</translation>
    </message>
    <message>
        <source>Teams and roles</source>
        <translation>Teams en rollen</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nieuwe oefening</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(geen scenario)</translation>
    </message>
    <message>
        <source> (exercise only)</source>
        <translation> (alleen voor oefeningen)</translation>
    </message>
    <message>
        <source>One team per line: name, colon, roles separated by commas</source>
        <translation>Eén team per regel: naam, dubbele punt, rollen gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Geef de oefening een titel.</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Script</source>
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>BOB meeting</source>
        <translation>BOB-overleg</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Shift…</source>
        <translation>Verschuiven…</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Oefening beëindigen</translation>
    </message>
    <message>
        <source>Exercise details…</source>
        <translation>Gegevens oefening…</translation>
    </message>
    <message>
        <source>Player view…</source>
        <translation>Spelersweergave…</translation>
    </message>
    <message>
        <source>What the players see: logbook, BOB, situation and received injects; never the script. For a second screen or a player&apos;s desk.</source>
        <translation>Wat de spelers zien: logboek, BOB, actueel beeld en ontvangen injects; nooit het draaiboek. Voor een tweede scherm of de werkplek van een speler.</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Not possible now: {reason}</source>
        <translation>Nu niet mogelijk: {reason}</translation>
    </message>
    <message>
        <source>Shift remaining injects</source>
        <translation>Resterende injects verschuiven</translation>
    </message>
    <message>
        <source>Minutes later (negative: earlier):</source>
        <translation>Minuten later (negatief: eerder):</translation>
    </message>
    <message>
        <source>End the exercise? The clock stops for good.</source>
        <translation>De oefening beëindigen? De klok stopt definitief.</translation>
    </message>
    <message>
        <source> · shifted {m:+d} min</source>
        <translation> · {m:+d} min verschoven</translation>
    </message>
    <message>
        <source>Next inject in {m}:{s:02d} · {n} pending</source>
        <translation>Volgende inject over {m}:{s:02d} · nog {n} in te spelen</translation>
    </message>
    <message>
        <source>{n} inject(s) pending</source>
        <translation>nog {n} inject(s) in te spelen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inject {offset}&lt;/b&gt; — {sender} → {receiver} ({channel}): {content}</source>
        <translation>&lt;b&gt;Inject {offset}&lt;/b&gt; — {sender} → {receiver} ({channel}): {content}</translation>
    </message>
    <message>
        <source>RELEASED: </source>
        <translation>INGESPEELD: </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Notification #{id}: {kind}</source>
        <translation>Kennisgeving #{id}: {kind}</translation>
    </message>
    <message>
        <source>Expected participants: {n}</source>
        <translation>Verwacht aantal deelnemers: {n}</translation>
    </message>
    <message>
        <source>Route: {start} – {end}</source>
        <translation>Route: {start} – {end}</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
    <message>
        <source>Organiser: {organiser}</source>
        <translation>Organisator: {organiser}</translation>
    </message>
    <message>
        <source>Event #{id}: {kind}</source>
        <translation>Evenement #{id}: {kind}</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <source>Expected visitors: {n}</source>
        <translation>Verwacht aantal bezoekers: {n}</translation>
    </message>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risico: {risk}</translation>
    </message>
    <message>
        <source>Opponent: {name}</source>
        <translation>Tegenstander: {name}</translation>
    </message>
    <message>
        <source>Contact: {organiser}</source>
        <translation>Contactpersoon: {organiser}</translation>
    </message>
    <message>
        <source>crisisdesk calendar</source>
        <translation>crisisdesk-agenda</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
        <translation>Plaats</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
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
        <source>Organiser</source>
        <translation>Organisator</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Export notifications and events</source>
        <translation>Kennisgevingen en evenementen exporteren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>&amp;ICS (Outlook, agenda)</source>
        <translation>&amp;ICS (Outlook, agenda)</translation>
    </message>
    <message>
        <source>&amp;CSV (Excel)</source>
        <translation>&amp;CSV (Excel)</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Periode van</translation>
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
        <source>&amp;Selected items only</source>
        <translation>Alleen &amp;geselecteerde items</translation>
    </message>
    <message>
        <source>Include the organiser&apos;s &amp;personal data</source>
        <translation>Persoonsgegevens van de &amp;organisator opnemen</translation>
    </message>
    <message>
        <source>Leave this off unless the recipient needs it: linked to a demonstration&apos;s purpose, an organiser&apos;s name can reveal opinions (AVG art. 9). A returning offender is always exported with a neutral title only.</source>
        <translation>Laat dit uit, tenzij de ontvanger het nodig heeft: gekoppeld aan het doel van een betoging kan de naam van een organisator opvattingen prijsgeven (art. 9 AVG). Een terugkerende delinquent wordt altijd alleen met een neutrale titel geëxporteerd.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) in the period.</source>
        <translation>
            <numerusform>%n geselecteerd item in de periode.</numerusform>
            <numerusform>%n geselecteerde items in de periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows in a list first to export only those.</source>
        <translation>Selecteer eerst regels in een lijst om alleen die te exporteren.</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Niet geëxporteerd: {error}</translation>
    </message>
</context>
<context>
    <name>FailedStart</name>
    <message>
        <source>This database was made by a newer crisisdesk.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van crisisdesk.</translation>
    </message>
    <message>
        <source>Ask your IT department for the newest version of crisisdesk. Nothing is lost: the database has not been changed.</source>
        <translation>Vraag ICT om de nieuwste versie van crisisdesk. Er is niets verloren: de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database is in use by another program and stays locked ({where}).</source>
        <translation>De database is in gebruik door een ander programma en blijft bezet ({where}).</translation>
    </message>
    <message>
        <source>Wait a minute and choose Try again. If it stays locked, close crisisdesk on the other computers that use this file, and check that no backup or virus scan is busy with it; restarting the computer releases a lock that was left behind.</source>
        <translation>Wacht een minuut en kies Opnieuw proberen. Blijft de database bezet, sluit dan crisisdesk op de andere computers die dit bestand gebruiken en controleer of er geen back-up of virusscan mee bezig is; een herstart van de computer heft een achtergebleven blokkade op.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read ({where}).</source>
        <translation>Het databasebestand is beschadigd en niet te lezen ({where}).</translation>
    </message>
    <message>
        <source>Do not work on in this file. Restore the newest backup with: crisisdesk restore --from FILE (the daily backups are in the folder backups in the data folder; the damaged file is kept beside it). Ask your IT department for help if you are unsure.</source>
        <translation>Werk niet verder in dit bestand. Zet de nieuwste back-up terug met: crisisdesk restore --from BESTAND (de dagelijkse back-ups staan in de map backups in de gegevensmap; het beschadigde bestand blijft ernaast bewaard). Vraag ICT om hulp als u twijfelt.</translation>
    </message>
    <message>
        <source>The database file cannot be opened ({where}).</source>
        <translation>Het databasebestand kan niet worden geopend ({where}).</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write in it; a network drive may be disconnected. Then choose Try again, or ask your IT department.</source>
        <translation>Controleer of de map bestaat en of u erin mag schrijven; misschien is een netwerkschijf niet verbonden. Kies daarna Opnieuw proberen, of vraag ICT.</translation>
    </message>
    <message>
        <source>The team database cannot be reached ({where}).</source>
        <translation>De teamdatabase is niet bereikbaar ({where}).</translation>
    </message>
    <message>
        <source>Check the network or VPN connection and choose Try again. If colleagues cannot reach it either, the database server is down: call the IT service desk.</source>
        <translation>Controleer de netwerk- of VPN-verbinding en kies Opnieuw proberen. Kunnen collega’s er ook niet bij, dan ligt de databaseserver eruit: bel de servicedesk van ICT.</translation>
    </message>
    <message>
        <source>The team database refused your login ({where}).</source>
        <translation>De teamdatabase weigert uw aanmelding ({where}).</translation>
    </message>
    <message>
        <source>Ask your IT department to check your database account and its password (in the pgpass file, never in the configuration).</source>
        <translation>Vraag ICT uw databaseaccount en het wachtwoord te controleren (in het pgpass-bestand, nooit in de configuratie).</translation>
    </message>
    <message>
        <source>The configuration cannot be used.</source>
        <translation>De configuratie is niet bruikbaar.</translation>
    </message>
    <message>
        <source>Correct the file named above (the machine&apos;s file is managed by your IT department) and start again. The command crisisdesk config show tells which files are read.</source>
        <translation>Verbeter het genoemde bestand (het machinebestand wordt door ICT beheerd) en start opnieuw. De opdracht crisisdesk config show laat zien welke bestanden worden gelezen.</translation>
    </message>
    <message>
        <source>crisisdesk could not open the database ({where}).</source>
        <translation>crisisdesk kon de database niet openen ({where}).</translation>
    </message>
    <message>
        <source>Choose Copy details and send them, with the log file, to your IT service desk.</source>
        <translation>Kies Details kopiëren en stuur ze met het logbestand naar de servicedesk van ICT.</translation>
    </message>
</context>
<context>
    <name>FailedStartDialog</name>
    <message>
        <source>crisisdesk could not start</source>
        <translation>crisisdesk kon niet starten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <source>Expected participants (at most)</source>
        <translation>Verwacht aantal deelnemers (hoogstens)</translation>
    </message>
    <message>
        <source>Original e-mail</source>
        <translation>Oorspronkelijke e-mail</translation>
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
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Ground of the ban</source>
        <translation>Grond van het verbod</translation>
    </message>
    <message>
        <source>Interests requiring the ban</source>
        <translation>Belangen die het verbod vereisen</translation>
    </message>
    <message>
        <source>Why milder measures do not suffice</source>
        <translation>Waarom lichtere maatregelen niet volstaan</translation>
    </message>
    <message>
        <source>Weighing of the lateness</source>
        <translation>Afweging te late kennisgeving</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Besluitdatum</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Function (mandate)</source>
        <translation>Functie (mandaat)</translation>
    </message>
    <message>
        <source>Made known how</source>
        <translation>Wijze van bekendmaking</translation>
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
    <message>
        <source>Registered at</source>
        <translation>Geregistreerd op</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Laatst gewijzigd op</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Laatst gewijzigd door</translation>
    </message>
    <message>
        <source>Decision to be reviewed</source>
        <translation>Besluit te herzien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Expected visitors</source>
        <translation>Verwachte bezoekers</translation>
    </message>
    <message>
        <source>Risk scan advice</source>
        <translation>Advies risicoscan</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Permit applied for at</source>
        <translation>Vergunning aangevraagd op</translation>
    </message>
    <message>
        <source>Permit decision due</source>
        <translation>Besluit vergunning uiterlijk</translation>
    </message>
    <message>
        <source>Permit decided at</source>
        <translation>Besluit vergunning op</translation>
    </message>
    <message>
        <source>Advice fire service</source>
        <translation>Advies brandweer</translation>
    </message>
    <message>
        <source>Advice police</source>
        <translation>Advies politie</translation>
    </message>
    <message>
        <source>Advice GHOR</source>
        <translation>Advies GHOR</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Tegenstander</translation>
    </message>
    <message>
        <source>Match category</source>
        <translation>Wedstrijdcategorie</translation>
    </message>
    <message>
        <source>Combi-regeling</source>
        <translation>Combi-regeling</translation>
    </message>
    <message>
        <source>Maximum away supporters</source>
        <translation>Maximaal aantal uitsupporters</translation>
    </message>
    <message>
        <source>Without public</source>
        <translation>Zonder publiek</translation>
    </message>
    <message>
        <source>Security risk area</source>
        <translation>Veiligheidsrisicogebied</translation>
    </message>
    <message>
        <source>Camera surveillance</source>
        <translation>Cameratoezicht</translation>
    </message>
    <message>
        <source>Fireworks</source>
        <translation>Vuurwerk</translation>
    </message>
    <message>
        <source>Fireworks-free zones</source>
        <translation>Vuurwerkvrije zones</translation>
    </message>
    <message>
        <source>Fireworks allowed from</source>
        <translation>Vuurwerk toegestaan vanaf</translation>
    </message>
    <message>
        <source>Fireworks allowed until</source>
        <translation>Vuurwerk toegestaan tot</translation>
    </message>
    <message>
        <source>GRIP level</source>
        <translation>GRIP-niveau</translation>
    </message>
    <message>
        <source>Affected wijken</source>
        <translation>Getroffen wijken</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Population care processes</source>
        <translation>Processen bevolkingszorg</translation>
    </message>
    <message>
        <source>Linked plans</source>
        <translation>Gekoppelde plannen</translation>
    </message>
    <message>
        <source>For exercises only</source>
        <translation>Alleen voor oefeningen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Paused at</source>
        <translation>Gepauzeerd op</translation>
    </message>
    <message>
        <source>Paused (seconds)</source>
        <translation>Gepauzeerd (seconden)</translation>
    </message>
    <message>
        <source>Clock shift (minutes)</source>
        <translation>Verschuiving klok (minuten)</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Exercise or incident</source>
        <translation>Oefening of incident</translation>
    </message>
    <message>
        <source>Time after the start (minutes)</source>
        <translation>Tijd na de start (minuten)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Verwachte actie</translation>
    </message>
    <message>
        <source>Observed action</source>
        <translation>Waargenomen actie</translation>
    </message>
    <message>
        <source>Evaluation note</source>
        <translation>Evaluatienotitie</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>Uitgegeven op</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Released early</source>
        <translation>Eerder uitgegeven</translation>
    </message>
    <message>
        <source>Released at exercise time (seconds)</source>
        <translation>Uitgegeven op oefentijd (seconden)</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Decision in the logbook</source>
        <translation>Besluit in het logboek</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gereed op</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Exercise time (seconds)</source>
        <translation>Oefentijd (seconden)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation>Rol van de auteur</translation>
    </message>
    <message>
        <source>Corrects entry</source>
        <translation>Corrigeert regel</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>Van niveau</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>Naar niveau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Picture (beeld)</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Judgement (oordeel)</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>BOB meeting</source>
        <translation>BOB-overleg</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Phone (24 hours)</source>
        <translation>Telefoon (24 uur)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Start (T)</source>
        <translation>Start (T)</translation>
    </message>
    <message>
        <source>Templates applied</source>
        <translation>Toegepaste sjablonen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Due after the start</source>
        <translation>Gereed na de start</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Status changed at</source>
        <translation>Status gewijzigd op</translation>
    </message>
    <message>
        <source>Status changed by</source>
        <translation>Status gewijzigd door</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Van status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Naar status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Method of counting</source>
        <translation>Rekenwijze</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Friday 12:00</source>
        <translation>Vrijdag 12:00</translation>
    </message>
    <message>
        <source>Good Friday a holiday</source>
        <translation>Goede Vrijdag een feestdag</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Extra holidays</source>
        <translation>Extra feestdagen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>RD x</source>
        <translation>RD x</translation>
    </message>
    <message>
        <source>RD y</source>
        <translation>RD y</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Bronverwijzing</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Evaluation finding</source>
        <translation>Evaluatiebevinding</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>(the exercise as a whole)</source>
        <translation>(de oefening als geheel)</translation>
    </message>
    <message>
        <source>Write the finding down.</source>
        <translation>Schrijf de bevinding op.</translation>
    </message>
    <message>
        <source>An improvement action needs an owner.</source>
        <translation>Een verbeteractie heeft een actiehouder nodig.</translation>
    </message>
</context>
<context>
    <name>GripDialog</name>
    <message>
        <source>GRIP level</source>
        <translation>GRIP-niveau</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nieuw niveau</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>name and function, e.g. burgemeester</source>
        <translation>naam en functie, bijv. burgemeester</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Record who decided.</source>
        <translation>Leg vast wie heeft besloten.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>crisisdesk — user guide</source>
        <translation>crisisdesk — handleiding</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;b&gt;crisisdesk {version}&lt;/b&gt;&lt;p&gt;The desk of the public-order advisors and the crisis team: notifications under the Wet openbare manifestaties, events, checklists, briefings and exercises.&lt;/p&gt;&lt;p&gt;Licence: European Union Public Licence 1.2 (EUPL-1.2); the full text is in the file LICENSE that comes with the program. Fonts: DejaVu (free licence, in fonts/).&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · SQLAlchemy {sqlalchemy} · reportlab {reportlab}&lt;/p&gt;</source>
        <translation>&lt;b&gt;crisisdesk {version}&lt;/b&gt;&lt;p&gt;Het bureau van de adviseurs openbare orde en veiligheid en het crisisteam: kennisgevingen onder de Wet openbare manifestaties, evenementen, checklists, briefings en oefeningen.&lt;/p&gt;&lt;p&gt;Licentie: Europese Unie Publieke Licentie 1.2 (EUPL-1.2); de volledige tekst staat in het bestand LICENSE dat bij het programma hoort. Lettertypen: DejaVu (vrije licentie, in fonts/).&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · SQLAlchemy {sqlalchemy} · reportlab {reportlab}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About crisisdesk</source>
        <translation>Over crisisdesk</translation>
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
    <name>ImportReportDialog</name>
    <message>
        <source>Import injects — {file}</source>
        <translation>Injects importeren — {file}</translation>
    </message>
    <message>
        <source>{n} inject(s) can be added.</source>
        <translation>{n} inject(s) kunnen worden toegevoegd.</translation>
    </message>
    <message>
        <source>{skipped} row(s) could not be read; {warnings} warning(s).</source>
        <translation>{skipped} rij(en) niet te lezen; {warnings} waarschuwing(en).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>(read) </source>
        <translation>(gelezen) </translation>
    </message>
    <message>
        <source>Add {n} inject(s)</source>
        <translation>{n} inject(s) toevoegen</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>{level} (was {previous}), decided by {who}.</source>
        <translation>{level} (was {previous}), besloten door {who}.</translation>
    </message>
    <message>
        <source>Incident closed.</source>
        <translation>Incident afgesloten.</translation>
    </message>
</context>
<context>
    <name>IncidentWindow</name>
    <message>
        <source>Change GRIP level…</source>
        <translation>GRIP-niveau wijzigen…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Incident afsluiten</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>BOB meeting</source>
        <translation>BOB-overleg</translation>
    </message>
    <message>
        <source>Incident — {title} — crisisdesk</source>
        <translation>Incident — {title} — crisisdesk</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (afgesloten)</translation>
    </message>
    <message>
        <source>{at}: {level} by {who}</source>
        <translation>{at}: {level} door {who}</translation>
    </message>
    <message>
        <source>Close this incident? The log stays.</source>
        <translation>Dit incident afsluiten? Het logboek blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>InjectDialog</name>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Time after the start</source>
        <translation>Tijd na de start</translation>
    </message>
    <message>
        <source>T+</source>
        <translation>T+</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sender (role)</source>
        <translation>Afzender (rol)</translation>
    </message>
    <message>
        <source>Receiving team or role</source>
        <translation>Ontvangend team of rol</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Verwachte actie</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>Nieuwe inject</translation>
    </message>
    <message>
        <source>Inject {offset}</source>
        <translation>Inject {offset}</translation>
    </message>
    <message>
        <source>The inject needs content.</source>
        <translation>De inject heeft inhoud nodig.</translation>
    </message>
</context>
<context>
    <name>InjectEditor</name>
    <message>
        <source>New inject…</source>
        <translation>Nieuwe inject…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import CSV or Excel…</source>
        <translation>CSV of Excel importeren…</translation>
    </message>
    <message>
        <source>Release selected now</source>
        <translation>Geselecteerde nu inspelen</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>This inject has been released; what the team received stays as it was.</source>
        <translation>Deze inject is ingespeeld; wat het team ontving, blijft zoals het was.</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>Niet mogelijk: {reason}</translation>
    </message>
    <message>
        <source>Import injects</source>
        <translation>Injects importeren</translation>
    </message>
    <message>
        <source>Scripts (*.csv *.xlsx);;All files (*)</source>
        <translation>Draaiboeken (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>InjectImport</name>
    <message>
        <source>The file cannot be opened: {error}</source>
        <translation>Het bestand kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx) that can be read: {error}</source>
        <translation>Dit is geen leesbare Excel-werkmap (.xlsx): {error}</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Dit is geen tekstbestand (CSV).</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read; save it as CSV UTF-8.</source>
        <translation>De tekens in het bestand zijn niet te lezen; sla het op als CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check the accents.</source>
        <translation>Het bestand is geen UTF-8; het is gelezen als Windows-1252. Controleer de accenten.</translation>
    </message>
    <message>
        <source>The CSV file is damaged: {error}</source>
        <translation>Het CSV-bestand is beschadigd: {error}</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Het bestand heeft geen rijen.</translation>
    </message>
    <message>
        <source>time (T+)</source>
        <translation>tijd (T+)</translation>
    </message>
    <message>
        <source>content</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <source>Column {column} is missing: the first row must name the columns (tijd, afzender, ontvanger, kanaal, inhoud, verwachte actie).</source>
        <translation>Kolom {column} ontbreekt: de eerste rij moet de kolommen benoemen (tijd, afzender, ontvanger, kanaal, inhoud, verwachte actie).</translation>
    </message>
    <message>
        <source>Cannot read {value!r} as a time after the start (e.g. T+15, 15, 0:15 or 01:30).</source>
        <translation>{value!r} is niet te lezen als tijd na de start (bijv. T+15, 15, 0:15 of 01:30).</translation>
    </message>
    <message>
        <source>The inject has no content.</source>
        <translation>De inject heeft geen inhoud.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>Unknown channel {value!r}; read as &apos;other&apos;.</source>
        <translation>Onbekend kanaal {value!r}; gelezen als &apos;overig&apos;.</translation>
    </message>
    <message>
        <source>The file has column names but no injects.</source>
        <translation>Het bestand heeft kolomnamen, maar geen injects.</translation>
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
        <source>the protection of health</source>
        <translation>bescherming van de gezondheid</translation>
    </message>
    <message>
        <source>the interest of traffic</source>
        <translation>belang van het verkeer</translation>
    </message>
    <message>
        <source>fighting or preventing disorder</source>
        <translation>bestrijding of voorkoming van wanordelijkheden</translation>
    </message>
    <message>
        <source>notification not on time (old record)</source>
        <translation>kennisgeving niet tijdig (oud besluit)</translation>
    </message>
    <message>
        <source>data not given on time (old record)</source>
        <translation>gegevens niet tijdig verstrekt (oud besluit)</translation>
    </message>
    <message>
        <source>near an embassy (old record; art. 9 is no ground)</source>
        <translation>nabij een ambassade (oud besluit; art. 9 is geen grond)</translation>
    </message>
    <message>
        <source>a: the notification was not made on time</source>
        <translation>a: de kennisgeving is niet tijdig gedaan</translation>
    </message>
    <message>
        <source>b: the required data were not given on time</source>
        <translation>b: de voorgeschreven gegevens zijn niet tijdig verstrekt</translation>
    </message>
    <message>
        <source>c: an interest of article 2 requires it</source>
        <translation>c: een belang van artikel 2 vereist het</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Burgemeester</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Loco-burgemeester</translation>
    </message>
    <message>
        <source>On behalf of the mayor (mandate)</source>
        <translation>Namens de burgemeester (mandaat)</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Per brief</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
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
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Radio (portofoon)</source>
        <translation>Radio (portofoon)</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms-bericht</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Oefenklok</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation>Oefenleiding</translation>
    </message>
    <message>
        <source>GRIP</source>
        <translation>GRIP</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leerpunt</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Start of the route</source>
        <translation>Begin van de route</translation>
    </message>
    <message>
        <source>Via (route)</source>
        <translation>Via (route)</translation>
    </message>
    <message>
        <source>End of the route</source>
        <translation>Einde van de route</translation>
    </message>
    <message>
        <source>Under way without a permit decision</source>
        <translation>Loopt zonder vergunningsbesluit</translation>
    </message>
    <message>
        <source>Starts before its permit decision is due</source>
        <translation>Begint vóór het vergunningsbesluit</translation>
    </message>
    <message>
        <source>Starts soon without a permit decision</source>
        <translation>Begint binnenkort, geen vergunningsbesluit</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>N/a</source>
        <translation>N.v.t.</translation>
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
        <source>Clock hours</source>
        <translation>Klokuren</translation>
    </message>
    <message>
        <source>Model APV (deadline day)</source>
        <translation>Model-APV (termijndag)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Working days, 12:00 (Utrecht)</source>
        <translation>Werkdagen, 12:00 (Utrecht)</translation>
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
    <name>Letter</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>to protect health</source>
        <translation>ter bescherming van de gezondheid</translation>
    </message>
    <message>
        <source>in the interest of traffic</source>
        <translation>in het belang van het verkeer</translation>
    </message>
    <message>
        <source>to fight or prevent disorder</source>
        <translation>ter bestrijding of voorkoming van wanordelijkheden</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per brief</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>{interests} (article 2 Wom)</source>
        <translation>{interests} (artikel 2 Wom)</translation>
    </message>
    <message>
        <source>Notification of a {kind} on {date}</source>
        <translation>Kennisgeving van een {kind} op {date}</translation>
    </message>
    <message>
        <source>ADDRESS MISSING</source>
        <translation>ADRES ONTBREEKT</translation>
    </message>
    <message>
        <source>this letter cannot be sent like this: add the organiser&apos;s address first.</source>
        <translation>deze brief kan zo niet worden verzonden: vul eerst het adres van de organisator aan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Ons kenmerk</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Geachte {name},</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Geachte heer, mevrouw,</translation>
    </message>
    <message>
        <source>The deputy mayor of {name},</source>
        <translation>De loco-burgemeester van {name},</translation>
    </message>
    <message>
        <source>on behalf of the mayor of {name},</source>
        <translation>namens de burgemeester van {name},</translation>
    </message>
    <message>
        <source>The mayor of {name},</source>
        <translation>De burgemeester van {name},</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Met vriendelijke groet,</translation>
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
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Verwachte deelnemers</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Your own measures</source>
        <translation>Uw eigen maatregelen</translation>
    </message>
    <message>
        <source>Your notification, received on {received}, was on time: the latest on-time moment was {deadline} ({source}).</source>
        <translation>Uw kennisgeving, ontvangen op {received}, is tijdig gedaan: het uiterste tijdstip was {deadline} ({source}).</translation>
    </message>
    <message>
        <source>Your notification was received on {received}, after the latest on-time moment of {deadline} ({source}).</source>
        <translation>Uw kennisgeving is ontvangen op {received}, na het uiterste tijdstip van {deadline} ({source}).</translation>
    </message>
    <message>
        <source>Because of special circumstances the mayor has shortened the term; your notification is being handled.</source>
        <translation>Vanwege bijzondere omstandigheden heeft de burgemeester de termijn verkort; uw kennisgeving wordt in behandeling genomen.</translation>
    </message>
    <message>
        <source>A late notification can be a ground for a ban (article 5, second paragraph, opening words and under a, Wom), but it does not lead to one by itself: the mayor weighs what the lateness made impossible, and may shorten the term in special circumstances. You will hear from us as soon as possible.</source>
        <translation>Een te late kennisgeving kan een grond zijn voor een verbod (artikel 5, tweede lid, aanhef en onder a, Wom), maar leidt daar niet vanzelf toe: de burgemeester weegt af wat de late melding onmogelijk maakte, en kan in bijzondere omstandigheden de termijn verkorten. U hoort zo spoedig mogelijk van ons.</translation>
    </message>
    <message>
        <source>On {received} we received your notification ({channel}). With this letter we confirm its receipt. The moment of receipt is what counts for the notification term.</source>
        <translation>Op {received} hebben wij uw kennisgeving ontvangen ({channel}). Met deze brief bevestigen wij de ontvangst. Het moment van ontvangst is bepalend voor de kennisgevingstermijn.</translation>
    </message>
    <message>
        <source>You notified the following:</source>
        <translation>U heeft het volgende gemeld:</translation>
    </message>
    <message>
        <source>Your manifestation takes place in a place that is not public. No conditions or restrictions are set there in advance; only while it takes place can the mayor order it to end, to protect health or to fight or prevent disorder (article 8 Wom).</source>
        <translation>Uw manifestatie vindt plaats op een plaats die niet openbaar is. Daar worden vooraf geen voorschriften of beperkingen gesteld; alleen tijdens de manifestatie kan de burgemeester opdracht geven haar te beëindigen, ter bescherming van de gezondheid of ter bestrijding of voorkoming van wanordelijkheden (artikel 8 Wom).</translation>
    </message>
    <message>
        <source>The mayor may set conditions or restrictions or, as a last resort, ban the manifestation (article 5 Wom), only to protect health, in the interest of traffic or to fight or prevent disorder (article 2 Wom), and never because of what you wish to express (article 5, third paragraph, Wom). Any decision will be made known to you as soon as possible (article 5, fourth paragraph, Wom).</source>
        <translation>De burgemeester kan voorschriften of beperkingen stellen of, als uiterste middel, de manifestatie verbieden (artikel 5 Wom), uitsluitend ter bescherming van de gezondheid, in het belang van het verkeer of ter bestrijding of voorkoming van wanordelijkheden (artikel 2 Wom), en nooit vanwege wat u wilt uitdragen (artikel 5, derde lid, Wom). Een besluit maken wij zo spoedig mogelijk aan u bekend (artikel 5, vierde lid, Wom).</translation>
    </message>
    <message>
        <source>We invite you to a preliminary meeting (vooroverleg) about how the manifestation will go: the route or place, the set-up, your own measures such as stewards and sound. Please contact {name}, {contact}.</source>
        <translation>Wij nodigen u uit voor een vooroverleg over het verloop van de manifestatie: de route of plaats, de opbouw, en uw eigen maatregelen zoals stewards en geluid. Neem daarvoor contact op met {name}, {contact}.</translation>
    </message>
    <message>
        <source>Do the data above change? Please let us know straight away.</source>
        <translation>Wijzigen de gegevens hierboven? Laat het ons dan direct weten.</translation>
    </message>
    <message>
        <source>This serves {interests}.</source>
        <translation>Dit dient {interests}.</translation>
    </message>
    <message>
        <source>The mayor sets no conditions or restrictions for the {kind} (article 5, first paragraph, Wom). You can hold the manifestation as you notified it.</source>
        <translation>De burgemeester stelt geen voorschriften of beperkingen aan de {kind} (artikel 5, eerste lid, Wom). U kunt de manifestatie houden zoals u die heeft gemeld.</translation>
    </message>
    <message>
        <source>the notification was not made on time</source>
        <translation>de kennisgeving is niet tijdig gedaan</translation>
    </message>
    <message>
        <source>the required data were not given on time</source>
        <translation>de voorgeschreven gegevens zijn niet tijdig verstrekt</translation>
    </message>
    <message>
        <source>the ban is necessary {interests}</source>
        <translation>het verbod is nodig {interests}</translation>
    </message>
    <message>
        <source>On the basis of article 5, first paragraph, Wom the mayor bans the {kind} on {date} at {place}.</source>
        <translation>Op grond van artikel 5, eerste lid, Wom verbiedt de burgemeester de {kind} op {date} op {place}.</translation>
    </message>
    <message>
        <source>The ban rests on article 5, second paragraph, opening words and under {letter}, Wom: {ground}.</source>
        <translation>Het verbod berust op artikel 5, tweede lid, aanhef en onder {letter}, Wom: {ground}.</translation>
    </message>
    <message>
        <source>On the basis of article 5, first paragraph, Wom the mayor sets the following conditions (voorschriften) for the {kind}:</source>
        <translation>Op grond van artikel 5, eerste lid, Wom stelt de burgemeester de volgende voorschriften aan de {kind}:</translation>
    </message>
    <message>
        <source>On the basis of article 5, first paragraph, Wom the mayor sets the following restrictions (beperkingen) and conditions for the {kind}:</source>
        <translation>Op grond van artikel 5, eerste lid, Wom stelt de burgemeester de volgende beperkingen en voorschriften aan de {kind}:</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Weighing of the late notification</source>
        <translation>Afweging van de te late kennisgeving</translation>
    </message>
    <message>
        <source>Why conditions or restrictions do not suffice</source>
        <translation>Waarom voorschriften of beperkingen niet volstaan</translation>
    </message>
    <message>
        <source>What you wish to express played no part in this decision (article 5, third paragraph, Wom).</source>
        <translation>Wat u wilt uitdragen heeft bij dit besluit geen rol gespeeld (artikel 5, derde lid, Wom).</translation>
    </message>
    <message>
        <source>The manifestation takes place near an embassy, consulate or international organisation. That alone is no ground for measures in advance: this decision rests on article 5 Wom and the interests of article 2 Wom. During the manifestation the mayor can give instructions so that the institution can keep working (article 9 Wom).</source>
        <translation>De manifestatie vindt plaats nabij een ambassade, consulaat of internationale organisatie. Dat is op zichzelf geen grond voor maatregelen vooraf: dit besluit berust op artikel 5 Wom en de belangen van artikel 2 Wom. Tijdens de manifestatie kan de burgemeester aanwijzingen geven, zodat de instelling ongestoord kan blijven werken (artikel 9 Wom).</translation>
    </message>
    <message>
        <source>article 2 and article 5, first paragraph</source>
        <translation>artikel 2 en artikel 5, eerste lid</translation>
    </message>
    <message>
        <source>article 5, first paragraph</source>
        <translation>artikel 5, eerste lid</translation>
    </message>
    <message>
        <source>article 2 and article 5, first paragraph and second paragraph, opening words and under {letter}</source>
        <translation>artikel 2, artikel 5, eerste lid, en artikel 5, tweede lid, aanhef en onder {letter}</translation>
    </message>
    <message>
        <source>article 5, first paragraph and second paragraph, opening words and under {letter}</source>
        <translation>artikel 5, eerste lid, en artikel 5, tweede lid, aanhef en onder {letter}</translation>
    </message>
    <message>
        <source>This decision rests on the Wet openbare manifestaties (Wom), {articles}.</source>
        <translation>Dit besluit berust op de Wet openbare manifestaties (Wom), {articles}.</translation>
    </message>
    <message>
        <source>The notification term follows from {source}.</source>
        <translation>De kennisgevingstermijn volgt uit {source}.</translation>
    </message>
    <message>
        <source>This decision was made known to you on {moment} {how} (article 5, fourth paragraph, Wom).</source>
        <translation>Dit besluit is op {moment} {how} aan u bekendgemaakt (artikel 5, vierde lid, Wom).</translation>
    </message>
    <message>
        <source>This decision is made known to you as soon as possible, with this letter (article 5, fourth paragraph, Wom).</source>
        <translation>Dit besluit wordt zo spoedig mogelijk aan u bekendgemaakt, met deze brief (artikel 5, vierde lid, Wom).</translation>
    </message>
    <message>
        <source>Objection (bezwaar)</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>If you do not agree with this decision, you can lodge an objection within six weeks. The term starts on the day after the day on which this decision was made known to you (articles 6:7 and 6:8 Algemene wet bestuursrecht). Send your objection to:</source>
        <translation>Bent u het niet eens met dit besluit, dan kunt u binnen zes weken een bezwaarschrift indienen. De termijn begint op de dag na de dag waarop dit besluit aan u is bekendgemaakt (artikelen 6:7 en 6:8 Algemene wet bestuursrecht). Stuur uw bezwaarschrift naar:</translation>
    </message>
    <message>
        <source>Your objection must contain at least: your name and address; the date; the decision you object to (give our reference {reference} and the date of this decision); the reasons why you do not agree. Sign it.</source>
        <translation>Vermeld in uw bezwaarschrift ten minste: uw naam en adres; de datum; het besluit waartegen u bezwaar maakt (noem ons kenmerk {reference} en de datum van dit besluit); de redenen waarom u het er niet mee eens bent. Onderteken het bezwaarschrift.</translation>
    </message>
    <message>
        <source>An objection does not suspend this decision: it stays in force while the objection is handled.</source>
        <translation>Een bezwaarschrift schorst de werking van dit besluit niet: het besluit blijft gelden zolang het bezwaar wordt behandeld.</translation>
    </message>
    <message>
        <source>If the matter is so urgent that you cannot wait for the decision on your objection, you can, once you have lodged the objection, ask the preliminary relief judge (voorzieningenrechter) of the {court} for a provisional ruling (voorlopige voorziening, article 8:81 Algemene wet bestuursrecht). A court fee (griffierecht) is charged for this request.</source>
        <translation>Is de zaak zo spoedeisend dat u de beslissing op uw bezwaar niet kunt afwachten, dan kunt u, nadat u bezwaar heeft gemaakt, de voorzieningenrechter van de {court} vragen een voorlopige voorziening te treffen (artikel 8:81 Algemene wet bestuursrecht). Voor dit verzoek is griffierecht verschuldigd.</translation>
    </message>
    <message>
        <source>The court&apos;s address: {address}.</source>
        <translation>Adres van de rechtbank: {address}.</translation>
    </message>
    <message>
        <source>On {received} we received your notification of a {kind} on {date} at {place}. The mayor has decided on it as follows.</source>
        <translation>Op {received} hebben wij uw kennisgeving ontvangen van een {kind} op {date} op {place}. De burgemeester heeft daarover als volgt besloten.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <source>Making known</source>
        <translation>Bekendmaking</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Correct log entry</source>
        <translation>Logregel corrigeren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Correct log entry #{id}</source>
        <translation>Logregel #{id} corrigeren</translation>
    </message>
    <message>
        <source>The entry needs text.</source>
        <translation>De logregel heeft tekst nodig.</translation>
    </message>
</context>
<context>
    <name>LogbookPanel</name>
    <message>
        <source>The inject this entry answers (for the response time); it applies to this one entry only</source>
        <translation>De inject waarop deze regel antwoordt (voor de reactietijd); geldt alleen voor deze ene regel</translation>
    </message>
    <message>
        <source>What was seen, judged, decided, done or communicated…</source>
        <translation>Gezien, beoordeeld, besloten, gedaan of gemeld…</translation>
    </message>
    <message>
        <source>Kind of log entry</source>
        <translation>Soort logregel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Inject answered</source>
        <translation>Beantwoorde inject</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Logregel</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Toevoegen aan logboek</translation>
    </message>
    <message>
        <source>Correct selected entry…</source>
        <translation>Geselecteerde regel corrigeren…</translation>
    </message>
    <message>
        <source>The log is append-only: a correction is a new entry that refers to the old one.</source>
        <translation>Het logboek wordt alleen aangevuld: een correctie is een nieuwe regel die naar de oude verwijst.</translation>
    </message>
    <message>
        <source>(no inject)</source>
        <translation>(geen inject)</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Select an entry written by the team first.</source>
        <translation>Selecteer eerst een regel die door het team is geschreven.</translation>
    </message>
</context>
<context>
    <name>MailIntake</name>
    <message>
        <source>the message&apos;s text</source>
        <translation>de tekst van het bericht</translation>
    </message>
    <message>
        <source>the attached PDF form</source>
        <translation>het bijgevoegde PDF-formulier</translation>
    </message>
    <message>
        <source>the sender of the message</source>
        <translation>de afzender van het bericht</translation>
    </message>
    <message>
        <source>from e-mail</source>
        <translation>uit e-mail</translation>
    </message>
    <message>
        <source>From e-mail: “{label}” in {source}.</source>
        <translation>Uit e-mail: “{label}” in {source}.</translation>
    </message>
    <message>
        <source>From e-mail: the notification came in as {how}.</source>
        <translation>Uit e-mail: de kennisgeving kwam binnen als {how}.</translation>
    </message>
    <message>
        <source>an e-form with a PDF copy</source>
        <translation>e-formulier met een PDF-kopie</translation>
    </message>
    <message>
        <source>an e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>From e-mail: the moment in the message&apos;s {header} header.</source>
        <translation>Uit e-mail: het moment in de kopregel {header} van het bericht.</translation>
    </message>
    <message>
        <source>New notification from e-mail — {name}</source>
        <translation>Nieuwe kennisgeving uit e-mail — {name}</translation>
    </message>
    <message>
        <source>New notification from e-mail</source>
        <translation>Nieuwe kennisgeving uit e-mail</translation>
    </message>
    <message>
        <source>received {moment} (from the {header} header)</source>
        <translation>ontvangen {moment} (uit de kopregel {header})</translation>
    </message>
    <message>
        <source>the moment of receipt is not in its headers: enter it</source>
        <translation>het ontvangstmoment staat niet in de kopregels: vul het in</translation>
    </message>
    <message>
        <source>From e-mail {name}: {received}.</source>
        <translation>Uit e-mail {name}: {received}.</translation>
    </message>
    <message>
        <source>{count} fields taken from the message are marked “from e-mail”.</source>
        <translation>{count} velden uit het bericht zijn gemarkeerd met “uit e-mail”.</translation>
    </message>
    <message>
        <source>Not in the message, left empty: {fields}.</source>
        <translation>Niet in het bericht, leeg gelaten: {fields}.</translation>
    </message>
    <message>
        <source>Could not read {label} “{value}”: left empty.</source>
        <translation>{label} “{value}” niet te lezen: leeg gelaten.</translation>
    </message>
    <message>
        <source>Show message…</source>
        <translation>Bericht tonen…</translation>
    </message>
    <message>
        <source>The message as received: sender, subject and text</source>
        <translation>Het bericht zoals ontvangen: afzender, onderwerp en tekst</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>Van: {sender}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>Received: {moment}</source>
        <translation>Ontvangen: {moment}</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Bijlagen: {names}</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Het bericht</translation>
    </message>
    <message>
        <source>Came in by e-mail: {name}, received {moment} (from the {header} header). The original message is kept with this notification.</source>
        <translation>Binnengekomen per e-mail: {name}, ontvangen {moment} (uit de kopregel {header}). Het oorspronkelijke bericht is bij deze kennisgeving bewaard.</translation>
    </message>
    <message>
        <source>Came in by e-mail, received {moment}; the original message was deleted on {removed} under the retention term.</source>
        <translation>Binnengekomen per e-mail, ontvangen {moment}; het oorspronkelijke bericht is op {removed} verwijderd volgens de bewaartermijn.</translation>
    </message>
    <message>
        <source>Save message…</source>
        <translation>Bericht opslaan…</translation>
    </message>
    <message>
        <source>Save the original message as a file (.eml or .msg), to open it in the mail program</source>
        <translation>Het oorspronkelijke bericht opslaan als bestand (.eml of .msg), om het in het e-mailprogramma te openen</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Bericht opslaan</translation>
    </message>
    <message>
        <source>Saved e-mails (*.eml *.msg)</source>
        <translation>Opgeslagen e-mails (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
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
        <source>Notifications</source>
        <translation>Kennisgevingen</translation>
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
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>Zoeken in kennisgevingen</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period up to and including</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Notification register</source>
        <translation>Kennisgevingenregister</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <source>&amp;New crisis scenario…</source>
        <translation>&amp;Nieuw crisisscenario…</translation>
    </message>
    <message>
        <source>This tab has no search field.</source>
        <translation>Dit tabblad heeft geen zoekveld.</translation>
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
        <source>DEMO — fictional data, not the real register</source>
        <translation>DEMO — fictieve gegevens, niet het echte register</translation>
    </message>
    <message>
        <source>Filling the demo database…</source>
        <translation>Demodatabase vullen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Crisis scenarios</source>
        <translation>Crisisscenario&apos;s</translation>
    </message>
    <message>
        <source>Event #{id} saved.</source>
        <translation>Evenement #{id} opgeslagen.</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Wijzigingsgeschiedenis…</translation>
    </message>
    <message>
        <source>Who changed the selected notification, when, and what</source>
        <translation>Wie heeft de geselecteerde kennisgeving gewijzigd, wanneer en wat</translation>
    </message>
    <message>
        <source>Select a notification first.</source>
        <translation>Selecteer eerst een kennisgeving.</translation>
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
        <source>Backup written to {path} ({count} notifications).</source>
        <translation>Back-up geschreven naar {path} ({count} kennisgevingen).</translation>
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
        <source>The backup folder cannot be reached or made. Check the backup_folder setting (crisisdesk config show) or that the network share is available.</source>
        <translation>De back-upmap is niet bereikbaar of kan niet worden aangemaakt. Controleer de instelling backup_folder (crisisdesk config show) of de netwerkschijf beschikbaar is.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten vanaf back-up</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Checklists</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Ketenpartners…</translation>
    </message>
    <message>
        <source>Actions per partner…</source>
        <translation>Actiepunten per partner…</translation>
    </message>
    <message>
        <source>Checklist templates…</source>
        <translation>Checklistsjablonen…</translation>
    </message>
    <message>
        <source>Daily backup written: {name}</source>
        <translation>Dagelijkse back-up geschreven: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>De dagelijkse back-up is mislukt: {error}</translation>
    </message>
    <message>
        <source>AVG retention: organiser data of %n notification(s) anonymised.</source>
        <translation>AVG-bewaartermijn: organisatorgegevens van %n kennisgeving(en) geanonimiseerd.</translation>
    </message>
    <message>
        <source>AVG retention failed: {error}</source>
        <translation>AVG-bewaartermijn toepassen is mislukt: {error}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export notifications and events as ICS (Outlook) or CSV (Excel)</source>
        <translation>Kennisgevingen en evenementen exporteren als ICS (Outlook) of CSV (Excel)</translation>
    </message>
    <message>
        <source>Exported {count} items to {path}.</source>
        <translation>{count} items geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>E&amp;xercise &amp;&amp; incident</source>
        <translation>&amp;Oefening &amp;&amp; incident</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Nieuwe oefening…</translation>
    </message>
    <message>
        <source>Start incident…</source>
        <translation>Incident starten…</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>Incident openen…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>There are no exercises yet.</source>
        <translation>Er zijn nog geen oefeningen.</translation>
    </message>
    <message>
        <source>Open exercise as leader…</source>
        <translation>Oefening als oefenleider openen…</translation>
    </message>
    <message>
        <source>The exercise leader&apos;s view: script, clock and release of injects</source>
        <translation>De weergave van de oefenleider: draaiboek, klok en vrijgeven van injects</translation>
    </message>
    <message>
        <source>Open exercise as player…</source>
        <translation>Oefening als speler openen…</translation>
    </message>
    <message>
        <source>Logbook, BOB, current situation and received injects; never the script</source>
        <translation>Logboek, BOB, actueel beeld en ontvangen injects; nooit het draaiboek</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Oefening:</translation>
    </message>
    <message>
        <source>Open exercise as leader</source>
        <translation>Oefening als oefenleider openen</translation>
    </message>
    <message>
        <source>This exercise is running. The leader&apos;s view shows the whole script, with every upcoming inject and its expected action.

Players use &quot;Open exercise as player…&quot;. Open the leader&apos;s view on this desk?</source>
        <translation>Deze oefening loopt. De weergave van de oefenleider toont het hele draaiboek, met elke komende inject en de verwachte actie.

Spelers gebruiken &quot;Oefening als speler openen…&quot;. De oefenleiderweergave op deze werkplek openen?</translation>
    </message>
    <message>
        <source>Open exercise as player</source>
        <translation>Oefening als speler openen</translation>
    </message>
    <message>
        <source>Start incident</source>
        <translation>Incident starten</translation>
    </message>
    <message>
        <source>e.g. Brand Hoog Catharijne</source>
        <translation>bijv. Brand Hoog Catharijne</translation>
    </message>
    <message>
        <source>GRIP level at the start</source>
        <translation>GRIP-niveau bij de start</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>There are no incidents.</source>
        <translation>Er zijn geen incidenten.</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <source>Briefing for the local triangle…</source>
        <translation>Briefing voor de lokale driehoek…</translation>
    </message>
    <message>
        <source>Term evaluation…</source>
        <translation>Evaluatie kennisgevingstermijn…</translation>
    </message>
    <message>
        <source>Receipt letter for the selected notification</source>
        <translation>Ontvangstbevestiging voor de geselecteerde kennisgeving</translation>
    </message>
    <message>
        <source>Decision letter for the selected notification</source>
        <translation>Besluitbrief voor de geselecteerde kennisgeving</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Term evaluation</source>
        <translation>Evaluatie kennisgevingstermijn</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Select a notification in the register first.</source>
        <translation>Selecteer eerst een kennisgeving in het register.</translation>
    </message>
    <message>
        <source>Notification #{id} has no decision yet.</source>
        <translation>Kennisgeving #{id} heeft nog geen besluit.</translation>
    </message>
    <message>
        <source>Letter for notification #{id}</source>
        <translation>Brief bij kennisgeving #{id}</translation>
    </message>
    <message>
        <source>&amp;Municipality profile…</source>
        <translation>&amp;Gemeenteprofiel…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnose gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>Subject access (AVG)…</source>
        <translation>Inzageverzoek (AVG)…</translation>
    </message>
    <message>
        <source>Everything held about one person, as a PDF (AVG art. 15)</source>
        <translation>Alles wat over één persoon is vastgelegd, als pdf (art. 15 AVG)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <source>Notification from &amp;e-mail…</source>
        <translation>Kennisgeving uit &amp;e-mail…</translation>
    </message>
    <message>
        <source>Register a notification from a saved e-mail (.eml or Outlook .msg); you can also drop the files on the register</source>
        <translation>Een kennisgeving registreren uit een opgeslagen e-mail (.eml of Outlook .msg); u kunt de bestanden ook op het register slepen</translation>
    </message>
    <message>
        <source>Notification from e-mail</source>
        <translation>Kennisgeving uit e-mail</translation>
    </message>
    <message>
        <source>Saved e-mails (*.eml *.msg)</source>
        <translation>Opgeslagen e-mails (*.eml *.msg)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Day shown on the map</source>
        <translation>Dag op de kaart</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>&amp;Items of the day</source>
        <translation>&amp;Items van de dag</translation>
    </message>
    <message>
        <source>Items of the day on the map</source>
        <translation>Items van de dag op de kaart</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Could not read the day: {error}</source>
        <translation>De dag kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Map of {day}</source>
        <translation>Kaart van {day}</translation>
    </message>
    <message>
        <source>Place not shown (confidential)</source>
        <translation>Plaats niet getoond (vertrouwelijk)</translation>
    </message>
    <message>
        <source>not on the map (no address found)</source>
        <translation>niet op de kaart (geen adres gevonden)</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Overlap</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the map</source>
        <translation>
            <numerusform>%n op de kaart</numerusform>
            <numerusform>%n op de kaart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clash</source>
        <translation>
            <numerusform>%n met overlap</numerusform>
            <numerusform>%n met overlap</numerusform>
        </translation>
    </message>
    <message>
        <source>the {count} with the highest risk of {total}</source>
        <translation>de {count} met het hoogste risico van {total}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risico: {risk}</translation>
    </message>
    <message>
        <source>Wom notification (circle)</source>
        <translation>Wom-kennisgeving (cirkel)</translation>
    </message>
    <message>
        <source>Event (square)</source>
        <translation>Evenement (vierkant)</translation>
    </message>
    <message>
        <source>Match or sports (diamond)</source>
        <translation>Wedstrijd of sport (ruit)</translation>
    </message>
    <message>
        <source>Visit or commemoration (triangle)</source>
        <translation>Bezoek of herdenking (driehoek)</translation>
    </message>
    <message>
        <source>City-wide day (hexagon)</source>
        <translation>Stadsbrede dag (zeshoek)</translation>
    </message>
    <message>
        <source>H: high risk</source>
        <translation>H: hoog risico</translation>
    </message>
    <message>
        <source>E: some risk</source>
        <translation>E: enig risico</translation>
    </message>
    <message>
        <source>L: low risk</source>
        <translation>L: laag risico</translation>
    </message>
    <message>
        <source>Double red ring and “!”: clash</source>
        <translation>Dubbele rode ring en „!”: overlap</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Legenda van de kaart</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Map of places and routes. Arrow keys pan, plus and minus zoom, 0 shows everything, Ctrl+Tab moves between markers, Enter opens one.</source>
        <translation>Kaart van plaatsen en routes. Pijltjestoetsen verschuiven, plus en min zoomen, 0 toont alles, Ctrl+Tab gaat naar de volgende markering, Enter opent die.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try loading the map again</source>
        <translation>De kaart opnieuw laden</translation>
    </message>
    <message>
        <source>Clashes with another item</source>
        <translation>Overlapt met een ander item</translation>
    </message>
    <message>
        <source>Map not available (offline)</source>
        <translation>Kaart niet beschikbaar (offline)</translation>
    </message>
    <message>
        <source>Map not available (the map service answered with an error)</source>
        <translation>Kaart niet beschikbaar (de kaartdienst gaf een foutmelding)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Map of this record&apos;s places</source>
        <translation>Kaart van de plaatsen van dit item</translation>
    </message>
    <message>
        <source>No address of this record was found on the map yet; choose one from the suggestions.</source>
        <translation>Van dit item is nog geen adres op de kaart gevonden; kies er een uit de suggesties.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Geen acties.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>BOB meeting {n} — {at}</source>
        <translation>BOB-overleg {n} — {at}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>1. Picture (beeld)</source>
        <translation>1. Beeld</translation>
    </message>
    <message>
        <source>2. Judgement (oordeel)</source>
        <translation>2. Oordeel</translation>
    </message>
    <message>
        <source>3. Decision (besluit)</source>
        <translation>3. Besluit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Current situation at {time}</source>
        <translation>Actueel beeld om {time}</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>Opschaling</translation>
    </message>
    <message>
        <source>Picture from the logbook (newest first)</source>
        <translation>Beeld uit het logboek (nieuwste eerst)</translation>
    </message>
    <message>
        <source>No picture lines in the logbook yet.</source>
        <translation>Nog geen beeldregels in het logboek.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <source>Latest received injects</source>
        <translation>Laatst ontvangen injects</translation>
    </message>
    <message>
        <source>Nothing received yet.</source>
        <translation>Nog niets ontvangen.</translation>
    </message>
    <message>
        <source>No BOB meeting held yet.</source>
        <translation>Nog geen BOB-overleg gehouden.</translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
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
        <source>unknown; e.g. 150 or 150-200</source>
        <translation>onbekend; bijv. 150 of 150-200</translation>
    </message>
    <message>
        <source>A number (150) or a range (150-200, 150 à 200). Leave empty when not given.</source>
        <translation>Een aantal (150) of een bereik (150-200, 150 à 200). Leeg laten als het niet is opgegeven.</translation>
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
        <source>Double-click to open event #{id}.</source>
        <translation>Dubbelklik om evenement #{id} te openen.</translation>
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
    <name>OperationModels</name>
    <message>
        <source>[correction of #{id}] </source>
        <translation>[correctie van #{id}] </translation>
    </message>
    <message>
        <source>  (corrected by #{ids})</source>
        <translation>  (gecorrigeerd door #{ids})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>nog in te spelen</translation>
    </message>
    <message>
        <source>released {time} (early)</source>
        <translation>ingespeeld {time} (vervroegd)</translation>
    </message>
    <message>
        <source>released {time}</source>
        <translation>ingespeeld {time}</translation>
    </message>
    <message>
        <source>T+</source>
        <translation>T+</translation>
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
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Verwachte actie</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
</context>
<context>
    <name>OperationsDialog</name>
    <message>
        <source>Someone else saved this after you opened it; nothing was saved. Close and open it again to see their version.</source>
        <translation>Iemand anders heeft dit opgeslagen nadat u het opende; er is niets opgeslagen. Sluit het en open het opnieuw om de andere versie te zien.</translation>
    </message>
    <message>
        <source>This was deleted by someone else; nothing was saved.</source>
        <translation>Dit is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Starting in the next 7 days</source>
        <translation>Aanvang in de komende 7 dagen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place / wijk</source>
        <translation>Plaats / wijk</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Decisions still to be made known</source>
        <translation>Nog bekend te maken besluiten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
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
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Permits: decision deadlines and events without a decision</source>
        <translation>Vergunningen: beslistermijnen en evenementen zonder besluit</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Beslissen uiterlijk</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Could not read the overview: {error}</source>
        <translation>Het overzicht kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Next 7 days: {start} – {end}</source>
        <translation>Komende 7 dagen: {start} – {end}</translation>
    </message>
    <message>
        <source>Updated {moment}</source>
        <translation>Bijgewerkt {moment}</translation>
    </message>
    <message>
        <source>clash</source>
        <translation>overlap</translation>
    </message>
    <message>
        <source>no permit decision</source>
        <translation>geen vergunningsbesluit</translation>
    </message>
    <message>
        <source>Nothing starts in the next 7 days.</source>
        <translation>In de komende 7 dagen begint er niets.</translation>
    </message>
    <message>
        <source>still to take</source>
        <translation>nog te nemen</translation>
    </message>
    <message>
        <source>Every decision for the coming week has been made known.</source>
        <translation>Alle besluiten voor de komende week zijn bekendgemaakt.</translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>{time} over tijd</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <source>No permit reaches its decision deadline this week, and no event starts without one.</source>
        <translation>Deze week verloopt geen beslistermijn en begint geen evenement zonder vergunningsbesluit.</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Zelfde plaats</translation>
    </message>
    <message>
        <source>Same wijk</source>
        <translation>Zelfde wijk</translation>
    </message>
    <message>
        <source>Counter-demonstration</source>
        <translation>Tegendemonstratie</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Dichtbij</translation>
    </message>
    <message>
        <source>No clashes in the coming week.</source>
        <translation>Geen overlap in de komende week.</translation>
    </message>
</context>
<context>
    <name>PartnerTasks</name>
    <message>
        <source>Demonstration</source>
        <translation>Betoging</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Crisis scenario</source>
        <translation>Crisisscenario</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>from {moment}</source>
        <translation>vanaf {moment}</translation>
    </message>
    <message>
        <source>Actions for {partner}</source>
        <translation>Actiepunten voor {partner}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} t/m {last}</translation>
    </message>
    <message>
        <source>Period: {period} · prepared {moment}</source>
        <translation>Periode: {period} · opgesteld {moment}</translation>
    </message>
    <message>
        <source>{n} open action(s) in {records} file(s); {late} overdue.</source>
        <translation>{n} open actiepunt(en) in {records} dossier(s); {late} te laat.</translation>
    </message>
    <message>
        <source>Nothing open for this partner in this period.</source>
        <translation>Niets open voor deze partner in deze periode.</translation>
    </message>
</context>
<context>
    <name>PartnerTasksPage</name>
    <message>
        <source>Actions per partner</source>
        <translation>Actiepunten per partner</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Afdrukken / PDF…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Actions of this partner</source>
        <translation>Actiepunten van deze partner</translation>
    </message>
    <message>
        <source>Tick an action when it is done; double-click or Enter opens its record.</source>
        <translation>Vink een actiepunt af als het gereed is; dubbelklik of Enter opent het record.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
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
        <source>Done: {action}</source>
        <translation>Gereed: {action}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>{n} open action(s); {late} overdue.</source>
        <translation>{n} open actiepunt(en); {late} te laat.</translation>
    </message>
    <message>
        <source>{n} ticked off just now.</source>
        <translation>{n} zojuist afgevinkt.</translation>
    </message>
    <message>
        <source>This action was removed by someone else.</source>
        <translation>Dit actiepunt is door iemand anders verwijderd.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Ketenpartners</translation>
    </message>
    <message>
        <source>Search by name, role or contact…</source>
        <translation>Zoek op naam, rol of contactpersoon…</translation>
    </message>
    <message>
        <source>— network partner —</source>
        <translation>— netwerkpartner —</translation>
    </message>
    <message>
        <source>Active (offered when assigning actions)</source>
        <translation>Actief (aangeboden bij het toewijzen van actiepunten)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Discipline:</source>
        <translation>&amp;Discipline:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactpersonen:</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactief)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>{user} saved partner {name} at {moment} (version {version}) after you opened it.</source>
        <translation>{user} heeft partner {name} opgeslagen op {moment} (versie {version}), nadat u deze opende.</translation>
    </message>
    <message>
        <source>This partner was deleted by someone else; nothing was saved.</source>
        <translation>Deze partner is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>De pdf kan niet worden getoond.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PermitPanel</name>
    <message>
        <source>No application</source>
        <translation>Geen aanvraag</translation>
    </message>
    <message>
        <source>Enter an existing application time.</source>
        <translation>Vul een bestaand tijdstip van aanvraag in.</translation>
    </message>
    <message>
        <source>{moment} (decided)</source>
        <translation>{moment} (besloten)</translation>
    </message>
    <message>
        <source>{moment} — overdue by {time}</source>
        <translation>{moment} — {time} over tijd</translation>
    </message>
    <message>
        <source>{moment} — {time} left</source>
        <translation>{moment} — nog {time}</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>Current situation</source>
        <translation>Actueel beeld</translation>
    </message>
    <message>
        <source>Received injects</source>
        <translation>Ontvangen injects</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>Player view</source>
        <translation>Spelersweergave</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>&lt;b&gt;{sender}&lt;/b&gt; → {receiver} ({channel}): {content}</source>
        <translation>&lt;b&gt;{sender}&lt;/b&gt; → {receiver} ({channel}): {content}</translation>
    </message>
    <message>
        <source>RECEIVED: </source>
        <translation>ONTVANGEN: </translation>
    </message>
    <message>
        <source>{mark} — {title} — player view — crisisdesk</source>
        <translation>{mark} — {title} — spelersweergave — crisisdesk</translation>
    </message>
    <message>
        <source>Received injects ({n})</source>
        <translation>Ontvangen injects ({n})</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Municipality profile</source>
        <translation>Gemeenteprofiel</translation>
    </message>
    <message>
        <source>What every letter to an organiser says about the municipality. Stored in the database, so the whole team shares it.</source>
        <translation>Wat elke brief aan een organisator over de gemeente zegt. Opgeslagen in de database, zodat het hele team het deelt.</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>e.g. Utrecht (as in: the mayor of Utrecht)</source>
        <translation>bijv. Utrecht (zoals in: de burgemeester van Utrecht)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>e.g. Public Order and Safety</source>
        <translation>bijv. Openbare Orde en Veiligheid</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Regels briefhoofd</translation>
    </message>
    <message>
        <source>Visiting address, postal address, website — one a line</source>
        <translation>Bezoekadres, postadres, website — één per regel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Objection (bezwaar) and court</source>
        <translation>Bezwaar en rechtbank</translation>
    </message>
    <message>
        <source>Send objections to</source>
        <translation>Bezwaarschriften naar</translation>
    </message>
    <message>
        <source>Addressee and postal address, one line each</source>
        <translation>Geadresseerde en postadres, één per regel</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>e.g. Rechtbank Midden-Nederland</source>
        <translation>bijv. Rechtbank Midden-Nederland</translation>
    </message>
    <message>
        <source>Court&apos;s address</source>
        <translation>Adres rechtbank</translation>
    </message>
    <message>
        <source>Optional, one line each</source>
        <translation>Niet verplicht, één per regel</translation>
    </message>
    <message>
        <source>Contact for the preliminary meeting (vooroverleg)</source>
        <translation>Contactpersoon voor het vooroverleg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The public-order advisor for the preliminary meeting</source>
        <translation>De adviseur openbare orde voor het vooroverleg</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
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
        <source>Signatories and mandate holders</source>
        <translation>Ondertekenaars en mandaathouders</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
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
        <source>Logo for the letterhead</source>
        <translation>Logo voor het briefhoofd</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <source>where objections go</source>
        <translation>waar bezwaarschriften heen gaan</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>de rechtbank</translation>
    </message>
    <message>
        <source>the contact&apos;s name</source>
        <translation>de naam van de contactpersoon</translation>
    </message>
    <message>
        <source>the contact&apos;s phone or e-mail</source>
        <translation>telefoon of e-mail van de contactpersoon</translation>
    </message>
    <message>
        <source>Letters cannot be printed without: {missing}.</source>
        <translation>Zonder dit kunnen geen brieven worden afgedrukt: {missing}.</translation>
    </message>
</context>
<context>
    <name>RecomputeDialog</name>
    <message>
        <source>Recompute notice terms</source>
        <translation>Termijnen herberekenen</translation>
    </message>
    <message>
        <source>Registered notifications keep the deadline they were registered with. Here you can apply the current rule sets to the notifications of a period: first you see every change, then you decide. Each change is written to the audit trail.</source>
        <translation>Geregistreerde kennisgevingen houden het uiterste tijdstip waarmee ze zijn geregistreerd. Hier past u de huidige regelingen toe op de kennisgevingen van een periode: eerst ziet u elke wijziging, daarna beslist u. Elke wijziging komt in de wijzigingsgeschiedenis.</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Wijzigingen tonen</translation>
    </message>
    <message>
        <source>Manifestations starting from</source>
        <translation>Manifestaties met aanvang vanaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Verdict before → after</source>
        <translation>Oordeel was → wordt</translation>
    </message>
    <message>
        <source>Deadline before</source>
        <translation>Uiterste tijdstip was</translation>
    </message>
    <message>
        <source>Deadline after</source>
        <translation>Uiterste tijdstip wordt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Recompute these notifications</source>
        <translation>Deze kennisgevingen herberekenen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tijdig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <source>{n} notification(s) would get another deadline; for {flips} of them the verdict changes (late → on time: {to_on_time}, on time → late: {to_late}). Nothing has been changed yet.</source>
        <translation>{n} kennisgeving(en) zouden een ander uiterste tijdstip krijgen; bij {flips} daarvan verandert het oordeel (te laat → tijdig: {to_on_time}, tijdig → te laat: {to_late}). Er is nog niets gewijzigd.</translation>
    </message>
    <message>
        <source>Every notification in this period already has the term of the current rule sets.</source>
        <translation>Elke kennisgeving in deze periode heeft al de termijn van de huidige regelingen.</translation>
    </message>
    <message>
        <source>A notification was deleted meanwhile.</source>
        <translation>Een kennisgeving is intussen verwijderd.</translation>
    </message>
    <message>
        <source>{n} notification(s) recomputed; the audit trail records each change.</source>
        <translation>{n} kennisgeving(en) herberekend; de wijzigingsgeschiedenis legt elke wijziging vast.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>{user} saved this record at {moment} (version {version}) after you opened it.</source>
        <translation>{user} heeft dit record opgeslagen op {moment} (versie {version}), nadat u het opende.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else; nothing was saved.</source>
        <translation>Dit record is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
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
    <message>
        <source>(deleted; audit trail only)</source>
        <translation>(verwijderd; alleen de wijzigingsgeschiedenis)</translation>
    </message>
    <message>
        <source>found in: {fields}</source>
        <translation>gevonden in: {fields}</translation>
    </message>
    <message>
        <source>Give a record as TYPE:ID, e.g. notification:12 (types: notification, event, partner_contact, log_entry).</source>
        <translation>Geef een registratie als SOORT:ID, bijv. notification:12 (soorten: notification, event, partner_contact, log_entry).</translation>
    </message>
    <message>
        <source>Give --out FILE.pdf for the export.</source>
        <translation>Geef --out BESTAND.pdf voor de export.</translation>
    </message>
    <message>
        <source>Give at least three characters of a name, e-mail address, phone number or address.</source>
        <translation>Geef minstens drie tekens van een naam, e-mailadres, telefoonnummer of adres.</translation>
    </message>
    <message>
        <source>{count} records found for &quot;{person}&quot;. Check which belong to this person:</source>
        <translation>{count} registraties gevonden voor &quot;{person}&quot;. Controleer welke over deze persoon gaan:</translation>
    </message>
    <message>
        <source>Nothing written. Choose with --record TYPE:ID (repeatable), or --all when every record above is about this person, and give --out FILE.pdf.</source>
        <translation>Niets geschreven. Kies met --record SOORT:ID (herhaalbaar), of --all als elke registratie hierboven over deze persoon gaat, en geef --out BESTAND.pdf.</translation>
    </message>
    <message>
        <source>No record {record} in this database.</source>
        <translation>Geen registratie {record} in deze database.</translation>
    </message>
    <message>
        <source>{records} records and {entries} audit entries about &quot;{person}&quot; written to {path}.</source>
        <translation>{records} registraties en {entries} regels uit de wijzigingsgeschiedenis over &quot;{person}&quot; geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>status note</source>
        <translation>toelichting bij status</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Notification #{id}</source>
        <translation>Kennisgeving #{id}</translation>
    </message>
    <message>
        <source>Event #{id}</source>
        <translation>Evenement #{id}</translation>
    </message>
    <message>
        <source>Partner contact #{id}</source>
        <translation>Contactpersoon partner #{id}</translation>
    </message>
    <message>
        <source>Logbook entry #{id}</source>
        <translation>Logboekregel #{id}</translation>
    </message>
    <message>
        <source>Full text: {what}</source>
        <translation>Volledige tekst: {what}</translation>
    </message>
    <message>
        <source>This record has been deleted; only its audit trail below is left.</source>
        <translation>Deze registratie is verwijderd; alleen de wijzigingsgeschiedenis hieronder is er nog.</translation>
    </message>
    <message>
        <source>Belongs to: {context}</source>
        <translation>Hoort bij: {context}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value held</source>
        <translation>Vastgelegde waarde</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
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
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Original e-mail</source>
        <translation>Oorspronkelijke e-mail</translation>
    </message>
    <message>
        <source>The original message ({format}, received {moment}) was deleted on {removed} under the retention term.</source>
        <translation>Het oorspronkelijke bericht ({format}, ontvangen {moment}) is op {removed} verwijderd volgens de bewaartermijn.</translation>
    </message>
    <message>
        <source>The message itself is kept with this record, as received; a copy is available on request.</source>
        <translation>Het bericht zelf is bij dit dossier bewaard zoals het is ontvangen; een kopie is op verzoek beschikbaar.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>The municipality processes these data for the mayor&apos;s tasks in public order: handling notifications of demonstrations and other manifestations under the Wet openbare manifestaties (contact with the organiser, the notification term, decisions on conditions, restrictions or a ban), preparing events and permits, and crisis management and exercises with partner organisations.</source>
        <translation>De gemeente verwerkt deze gegevens voor de taken van de burgemeester in de openbare orde: het behandelen van kennisgevingen van demonstraties en andere manifestaties onder de Wet openbare manifestaties (contact met de organisator, de kennisgevingstermijn, besluiten over voorschriften, beperkingen of een verbod), de voorbereiding van evenementen en vergunningen, en crisisbeheersing en oefeningen met partnerorganisaties.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Within the municipality: the public-order (OOV) advisors, the crisis team and the mayor. Where public order requires it: the police and the public prosecutor in the lokale driehoek, and partner organisations for the actions assigned to them. The data are not passed to countries outside the European Union.</source>
        <translation>Binnen de gemeente: de adviseurs openbare orde en veiligheid (OOV), het crisisteam en de burgemeester. Waar de openbare orde dat vraagt: de politie en de officier van justitie in de lokale driehoek, en partnerorganisaties voor de acties die aan hen zijn toegewezen. De gegevens gaan niet naar landen buiten de Europese Unie.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>{months} months after the manifestation or event has ended, the organiser&apos;s name, address, phone number and e-mail address are anonymised, also in the audit trail; backups and exports made by the desk are removed after the same term. Kind, date, place and decisions are kept without personal data for statistics.</source>
        <translation>{months} maanden na afloop van de manifestatie of het evenement worden naam, adres, telefoonnummer en e-mailadres van de organisator geanonimiseerd, ook in de wijzigingsgeschiedenis; back-ups en exports van de desk worden na dezelfde termijn verwijderd. Soort, datum, plaats en besluiten blijven zonder persoonsgegevens bewaard voor de statistiek.</translation>
    </message>
    <message>
        <source>The notification or application you made, and what municipal staff recorded while handling it. No automated decision-making or profiling takes place.</source>
        <translation>De kennisgeving of aanvraag die u deed, en wat medewerkers van de gemeente bij de behandeling vastlegden. Er vindt geen geautomatiseerde besluitvorming of profilering plaats.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>You can ask the municipality to correct (AVG art. 16) or erase (art. 17) your data, to restrict their processing (art. 18), or object to it (art. 21). Send your request to the municipality&apos;s privacy contact or data protection officer.</source>
        <translation>U kunt de gemeente vragen uw gegevens te verbeteren (art. 16 AVG) of te wissen (art. 17), de verwerking te beperken (art. 18), of bezwaar maken tegen de verwerking (art. 21). Stuur uw verzoek naar het privacyloket of de functionaris gegevensbescherming van de gemeente.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>If you believe your data are not processed properly, you can lodge a complaint with the Autoriteit Persoonsgegevens (AVG art. 77), www.autoriteitpersoonsgegevens.nl.</source>
        <translation>Vindt u dat uw gegevens niet goed worden verwerkt, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (art. 77 AVG), www.autoriteitpersoonsgegevens.nl.</translation>
    </message>
    <message>
        <source>About this processing</source>
        <translation>Over deze verwerking</translation>
    </message>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation>Inzageverzoek (art. 15 AVG)</translation>
    </message>
    <message>
        <source>Personal data held about one person</source>
        <translation>Vastgelegde persoonsgegevens over één persoon</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Gezocht naar</translation>
    </message>
    <message>
        <source>Compiled on</source>
        <translation>Samengesteld op</translation>
    </message>
    <message>
        <source>Compiled by</source>
        <translation>Samengesteld door</translation>
    </message>
    <message>
        <source>This overview holds everything the municipality holds in the records that were found for this search and checked as being about this person: every field, the status history with its notes, checklist actions and notes, logbook entries, partner contacts, and the complete audit trail of these records. Names in the status history and the audit trail are the municipal staff who made the change.</source>
        <translation>Dit overzicht bevat alles wat de gemeente heeft vastgelegd in de registraties die bij deze zoekopdracht zijn gevonden en gecontroleerd als gaande over deze persoon: elk veld, de statusgeschiedenis met toelichtingen, checklistacties en notities, logboekregels, contactpersonen van partners, en de volledige wijzigingsgeschiedenis van deze registraties. Namen in de statusgeschiedenis en de wijzigingsgeschiedenis zijn de medewerkers van de gemeente die de wijziging deden.</translation>
    </message>
    <message>
        <source>No audit entries about these records.</source>
        <translation>Geen regels in de wijzigingsgeschiedenis over deze registraties.</translation>
    </message>
    <message>
        <source>Records ({count})</source>
        <translation>Registraties ({count})</translation>
    </message>
    <message>
        <source>No records name this person.</source>
        <translation>Geen registratie noemt deze persoon.</translation>
    </message>
    <message>
        <source>Audit trail ({count})</source>
        <translation>Wijzigingsgeschiedenis ({count})</translation>
    </message>
    <message>
        <source>[shortened; the full text has {count} characters]</source>
        <translation>[ingekort; de volledige tekst heeft {count} tekens]</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>backup removed</source>
        <translation>back-up verwijderd</translation>
    </message>
    <message>
        <source>export removed</source>
        <translation>export verwijderd</translation>
    </message>
    <message>
        <source>export no longer there</source>
        <translation>export bestaat niet meer</translation>
    </message>
    <message>
        <source>export changed since, left alone</source>
        <translation>export sindsdien gewijzigd, niet aangeraakt</translation>
    </message>
    <message>
        <source>Retention: organiser data is kept {months} months after the event; due: events that ended before {cutoff}.</source>
        <translation>Bewaartermijn: gegevens van organisatoren worden {months} maanden na afloop bewaard; te anonimiseren: wat vóór {cutoff} is afgelopen.</translation>
    </message>
    <message>
        <source>original e-mail of notification #{id}</source>
        <translation>oorspronkelijke e-mail van kennisgeving #{id}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>audit history cleaned: {record}</source>
        <translation>wijzigingsgeschiedenis opgeschoond: {record}</translation>
    </message>
    <message>
        <source>{count} anonymised; logged in the audit trail.</source>
        <translation>{count} geanonimiseerd; vastgelegd in de wijzigingsgeschiedenis.</translation>
    </message>
    <message>
        <source>{count} due. Run with --apply to anonymise them.</source>
        <translation>{count} te anonimiseren. Voer uit met --apply om ze te anonimiseren.</translation>
    </message>
    <message>
        <source>{done} anonymised; {redacted} audit histories cleaned; {originals} original e-mails deleted; {removed} files removed{names}; retention {months} months; ended before {cutoff}</source>
        <translation>{done} geanonimiseerd; {redacted} wijzigingsgeschiedenissen opgeschoond; {originals} originele e-mails verwijderd; {removed} bestanden verwijderd{names}; bewaartermijn {months} maanden; afgelopen vóór {cutoff}</translation>
    </message>
</context>
<context>
    <name>RuleSetEditor</name>
    <message>
        <source>Notice-term rule sets</source>
        <translation>Regelingen kennisgevingstermijn</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON importeren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exporteren…</translation>
    </message>
    <message>
        <source>Recompute terms…</source>
        <translation>Termijnen herberekenen…</translation>
    </message>
    <message>
        <source>Registered notifications keep their deadline until you recompute a period; you see every change before it is saved.</source>
        <translation>Geregistreerde kennisgevingen houden hun uiterste tijdstip tot u een periode herberekent; u ziet elke wijziging voordat die wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Five example deadlines (next week)</source>
        <translation>Vijf voorbeelden van het uiterste tijdstip (volgende week)</translation>
    </message>
    <message>
        <source>Save rule set</source>
        <translation>Regeling opslaan</translation>
    </message>
    <message>
        <source>New rule set</source>
        <translation>Nieuwe regeling</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>open einde</translation>
    </message>
    <message>
        <source>Not allowed: {first} and {second} ({municipality}) both apply from {start} to {end}.</source>
        <translation>Niet toegestaan: {first} en {second} ({municipality}) gelden allebei van {start} tot en met {end}.</translation>
    </message>
    <message>
        <source>Warning: no rule set of {municipality} applies from {start} to {end} (between {first} and {second}); notifications received then fall back to the chosen rule set.</source>
        <translation>Let op: van {start} tot en met {end} geldt geen regeling van {municipality} (tussen {first} en {second}); voor kennisgevingen die dan binnenkomen geldt de gekozen regeling.</translation>
    </message>
    <message>
        <source>No preview until the rule set is complete.</source>
        <translation>Geen voorbeeld zolang de regeling niet compleet is.</translation>
    </message>
    <message>
        <source>Another rule set is already called {name}.</source>
        <translation>Er is al een regeling met de naam {name}.</translation>
    </message>
    <message>
        <source>start {start} → deadline {deadline}</source>
        <translation>aanvang {start} → uiterste tijdstip {deadline}</translation>
    </message>
    <message>
        <source>The rule set no longer exists.</source>
        <translation>De regeling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Delete the rule set {name}? Notifications keep the deadline they were registered with.</source>
        <translation>Regeling {name} verwijderen? Kennisgevingen houden het uiterste tijdstip waarmee ze zijn geregistreerd.</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>Regeling exporteren</translation>
    </message>
    <message>
        <source>Rule set (*.json)</source>
        <translation>Regeling (*.json)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Regeling importeren</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a usable rule set: {reason}</source>
        <translation>{path} is geen bruikbare regeling: {reason}</translation>
    </message>
    <message>
        <source>Maintain rule sets…</source>
        <translation>Regelingen beheren…</translation>
    </message>
</context>
<context>
    <name>RuleSetForm</name>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>A Friday after 12:00 moves the deadline too</source>
        <translation>Ook vrijdag na 12:00 verschuift het uiterste tijdstip</translation>
    </message>
    <message>
        <source>Good Friday counts as a holiday (Algemene termijnenwet, art. 3)</source>
        <translation>Goede Vrijdag telt als feestdag (Algemene termijnenwet, art. 3)</translation>
    </message>
    <message>
        <source>e.g. 15-05-2026, 07-05-2027</source>
        <translation>bijv. 15-05-2026, 07-05-2027</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, empty: open</source>
        <translation>dd-mm-jjjj, leeg: open</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Extra holidays</source>
        <translation>Extra feestdagen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Plain hours (start minus N hours)</source>
        <translation>Gewone uren (aanvang min N uur)</translation>
    </message>
    <message>
        <source>Model APV (a deadline on a weekend or holiday moves to 12:00)</source>
        <translation>Model-APV (valt het tijdstip in weekend of op feestdag: 12:00 op de werkdag ervoor)</translation>
    </message>
    <message>
        <source>Working hours (weekends and holidays do not count)</source>
        <translation>Werkuren (weekend en feestdagen tellen niet mee)</translation>
    </message>
    <message>
        <source>Working days before the day</source>
        <translation>Werkdagen vóór de dag</translation>
    </message>
    <message>
        <source>Working days, 12:00 before a weekend, holiday or Monday (Utrecht)</source>
        <translation>Werkdagen, 12:00 vóór weekend, feestdag of maandag (Utrecht)</translation>
    </message>
    <message>
        <source>Give the rule set a name.</source>
        <translation>Geef de regeling een naam.</translation>
    </message>
    <message>
        <source>This method counts whole working days: the term must be 24, 48, 72, … hours.</source>
        <translation>Deze methode telt hele werkdagen: de termijn moet 24, 48, 72, … uur zijn.</translation>
    </message>
    <message>
        <source>Name the source: the APV article, or the public description the rule follows.</source>
        <translation>Noem de bron: het APV-artikel, of de openbare beschrijving die de regeling volgt.</translation>
    </message>
    <message>
        <source>Give at least one working day.</source>
        <translation>Geef ten minste één werkdag op.</translation>
    </message>
    <message>
        <source>{field}: {text} is not a date (dd-mm-yyyy).</source>
        <translation>{field}: {text} is geen datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Valid to lies before valid from.</source>
        <translation>Geldig tot en met ligt vóór geldig vanaf.</translation>
    </message>
    <message>
        <source>Extra holidays: {text} is not a date (dd-mm-yyyy).</source>
        <translation>Extra feestdagen: {text} is geen datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>These settings do not go together (method, hours, days, Friday 12:00): check them.</source>
        <translation>Deze instellingen gaan niet samen (rekenwijze, uren, dagen, vrijdag 12:00): kijk ze na.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Crisis scenario</source>
        <translation>Crisisscenario</translation>
    </message>
    <message>
        <source>New crisis scenario</source>
        <translation>Nieuw crisisscenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;GRIP level</source>
        <translation>&amp;GRIP-niveau</translation>
    </message>
    <message>
        <source>For exercises only (never used for a real incident)</source>
        <translation>Alleen voor oefeningen (nooit gebruikt bij een echt incident)</translation>
    </message>
    <message>
        <source>Who and what is involved</source>
        <translation>Wie en wat zijn betrokken</translation>
    </message>
    <message>
        <source>Affected &amp;wijken</source>
        <translation>Getroffen &amp;wijken</translation>
    </message>
    <message>
        <source>D&amp;isciplines involved</source>
        <translation>Betrokken &amp;disciplines</translation>
    </message>
    <message>
        <source>&amp;Population care processes</source>
        <translation>Processen &amp;bevolkingszorg</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Ketenpartners</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Verwijde&amp;ren</translation>
    </message>
    <message>
        <source>Linked plans and draaiboeken</source>
        <translation>Gekoppelde plannen en draaiboeken</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Best&amp;and toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>&amp;Link toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
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
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Crisis scenario #{id}</source>
        <translation>Crisisscenario #{id}</translation>
    </message>
    <message>
        <source>Version {version}, last changed {moment} by {user}</source>
        <translation>Versie {version}, laatst gewijzigd {moment} door {user}</translation>
    </message>
    <message>
        <source>Crisis scenario #{id} — {title}</source>
        <translation>Crisisscenario #{id} — {title}</translation>
    </message>
    <message>
        <source>Link a plan or draaiboek</source>
        <translation>Een plan of draaiboek koppelen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address of the plan (https://…)</source>
        <translation>Adres van het plan (https://…)</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan niet gevonden</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>{user} saved this scenario at {moment} (version {version}) after you opened it.</source>
        <translation>{user} heeft dit scenario opgeslagen op {moment} (versie {version}), nadat u het opende.</translation>
    </message>
    <message>
        <source>This scenario was deleted by someone else; nothing was saved.</source>
        <translation>Dit scenario is door iemand anders verwijderd; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Show exercise-only scenarios</source>
        <translation>Scenario&apos;s alleen voor oefeningen tonen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>GRIP</source>
        <translation>GRIP</translation>
    </message>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplines</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Crisis scenarios</source>
        <translation>Crisisscenario&apos;s</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Nieuw scenario…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>[exercise only]</source>
        <translation>[alleen oefening]</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenario&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Click a line to open it.</source>
        <translation>Klik op een regel om die te openen.</translation>
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
        <source>Places closer than</source>
        <translation>Plaatsen dichter bij elkaar dan</translation>
    </message>
    <message>
        <source>Two items at the same time whose looked-up addresses lie closer than this clash; 0 switches it off.</source>
        <translation>Twee items op hetzelfde moment waarvan de opgezochte adressen dichter bij elkaar liggen dan dit, overlappen; 0 zet het uit.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Dates of new records</source>
        <translation>Datums van nieuwe registraties</translation>
    </message>
    <message>
        <source>Accepted back to</source>
        <translation>Toegestaan terug tot</translation>
    </message>
    <message>
        <source> year(s) ago</source>
        <translation> jaar geleden</translation>
    </message>
    <message>
        <source>Accepted up to</source>
        <translation>Toegestaan tot</translation>
    </message>
    <message>
        <source> year(s) ahead</source>
        <translation> jaar vooruit</translation>
    </message>
    <message>
        <source>A start or receipt outside this range is refused, so that a typing slip is not saved. Records already saved keep their dates.</source>
        <translation>Een aanvang of ontvangst buiten dit bereik wordt geweigerd, zodat een tikfout niet wordt opgeslagen. Al opgeslagen registraties houden hun datums.</translation>
    </message>
    <message>
        <source>Event permits</source>
        <translation>Evenementenvergunningen</translation>
    </message>
    <message>
        <source>Flag events without a permit decision starting within</source>
        <translation>Evenementen zonder vergunningsbesluit markeren die beginnen binnen</translation>
    </message>
    <message>
        <source>Such events are flagged in the events list, the 7-day overview and the briefing; an event that starts before its permit decision is due is always flagged.</source>
        <translation>Zulke evenementen worden gemarkeerd in de evenementenlijst, het overzicht van 7 dagen en de briefing; een evenement dat begint vóór de uiterste beslisdatum van de vergunning wordt altijd gemarkeerd.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Valid {start} – {end}.</source>
        <translation>Geldig {start} – {end}.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to crisisdesk</source>
        <translation>Welkom bij crisisdesk</translation>
    </message>
    <message>
        <source>crisisdesk is the register of the public-order advisors: notifications of demonstrations under the Wet openbare manifestaties with their notice term, clashes and decision letter; events and their permits; the calendar; checklists shared with partners; crisis scenarios and exercises.</source>
        <translation>crisisdesk is het register van de adviseurs openbare orde: kennisgevingen van betogingen onder de Wet openbare manifestaties met hun kennisgevingstermijn, overlap en besluitbrief; evenementen en hun vergunningen; de agenda; checklists met de partners; crisisscenario&apos;s en oefeningen.</translation>
    </message>
    <message>
        <source>Nothing has been registered in this database yet. Begin here:</source>
        <translation>In deze database is nog niets geregistreerd. Begin hier:</translation>
    </message>
    <message>
        <source>Register the first notification…</source>
        <translation>Eerste kennisgeving registreren…</translation>
    </message>
    <message>
        <source>Opens an empty notification; Ctrl+N does the same.</source>
        <translation>Opent een lege kennisgeving; Ctrl+N doet hetzelfde.</translation>
    </message>
    <message>
        <source>Import a rule set…</source>
        <translation>Regeling importeren…</translation>
    </message>
    <message>
        <source>Notice-term rules exported from another desk (a .json file).</source>
        <translation>Termijnregels die op een andere desk zijn geëxporteerd (een .json-bestand).</translation>
    </message>
    <message>
        <source>Import partners…</source>
        <translation>Partners importeren…</translation>
    </message>
    <message>
        <source>Partner organisations from a .toml file in the format of the shipped list.</source>
        <translation>Partnerorganisaties uit een .toml-bestand in de opmaak van de meegeleverde lijst.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Starts a second crisisdesk on a separate demo database with fictional data; this database stays as it is.</source>
        <translation>Start een tweede crisisdesk op een aparte demodatabase met fictieve gegevens; deze database blijft zoals hij is.</translation>
    </message>
    <message>
        <source>Import a rule set</source>
        <translation>Regeling importeren</translation>
    </message>
    <message>
        <source>Rule set (*.json)</source>
        <translation>Regeling (*.json)</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Partners importeren</translation>
    </message>
    <message>
        <source>Partner list (*.toml)</source>
        <translation>Partnerlijst (*.toml)</translation>
    </message>
    <message>
        <source>{name} is not a partner list crisisdesk can read. Each partner needs a [[partner]] block with at least key and name, as in the shipped partners.toml.</source>
        <translation>{name} is geen partnerlijst die crisisdesk kan lezen. Elke partner heeft een [[partner]]-blok nodig met ten minste key en name, zoals in de meegeleverde partners.toml.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added; the partners already there were kept.</source>
        <translation>
            <numerusform>%n partner toegevoegd; de partners die er al waren, zijn gebleven.</numerusform>
            <numerusform>%n partners toegevoegd; de partners die er al waren, zijn gebleven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo opens in a window of its own; it may take a few seconds.</source>
        <translation>De demo opent in een eigen venster; dat kan enkele seconden duren.</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>De demo kon niet worden gestart.</translation>
    </message>
    <message>
        <source>crisisdesk</source>
        <translation>crisisdesk</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation>Inzageverzoek (art. 15 AVG)</translation>
    </message>
    <message>
        <source>Search for a name, e-mail address, phone number or address. A name is not unique: tick only the records that belong to this person. Only those are exported.</source>
        <translation>Zoek op naam, e-mailadres, telefoonnummer of adres. Een naam is niet uniek: vink alleen de registraties aan die bij deze persoon horen. Alleen die worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Name, e-mail address, phone number or address</source>
        <translation>Naam, e-mailadres, telefoonnummer of adres</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contactpersoon partner</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>Logboekregel</translation>
    </message>
    <message>
        <source>status note</source>
        <translation>toelichting bij status</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>phone (24 hours)</source>
        <translation>telefoon (24 uur)</translation>
    </message>
    <message>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>Over deze persoon</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Data that tell people apart</source>
        <translation>Gegevens om personen te onderscheiden</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Give at least three characters.</source>
        <translation>Geef minstens drie tekens.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found. Tick those about this person.</source>
        <translation>
            <numerusform>%n registratie gevonden. Vink aan als die over deze persoon gaat.</numerusform>
            <numerusform>%n registraties gevonden. Vink aan welke over deze persoon gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the subject access PDF</source>
        <translation>Pdf van het inzageverzoek opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklistsjablonen</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Uitgaan van:</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <source>Skipped (cannot be read):</source>
        <translation>Overgeslagen (niet te lezen):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Save as new template</source>
        <translation>Opslaan als nieuw sjabloon</translation>
    </message>
    <message>
        <source>{name} (own version)</source>
        <translation>{name} (eigen versie)</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— nog niemand —</translation>
    </message>
    <message>
        <source>Row {row}: the action is empty.</source>
        <translation>Rij {row}: het actiepunt is leeg.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <source>Saved as &apos;{name}&apos;.</source>
        <translation>Opgeslagen als &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, regel {line}</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>geen geldige TOML: {error}</translation>
    </message>
    <message>
        <source>&apos;name&apos; is missing or empty</source>
        <translation>&apos;name&apos; ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>&apos;applies_to&apos; must be notification, event or scenario</source>
        <translation>&apos;applies_to&apos; moet notification, event of scenario zijn</translation>
    </message>
    <message>
        <source>the file has no [[item]]</source>
        <translation>het bestand heeft geen [[item]]</translation>
    </message>
    <message>
        <source>item {number}: &apos;text&apos; is missing or empty</source>
        <translation>item {number}: &apos;text&apos; ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>item {number}: &apos;responsible&apos; must be text</source>
        <translation>item {number}: &apos;responsible&apos; moet tekst zijn</translation>
    </message>
    <message>
        <source>item {number}: unknown partner &apos;{key}&apos; (see partners.toml)</source>
        <translation>item {number}: onbekende partner &apos;{key}&apos; (zie partners.toml)</translation>
    </message>
    <message>
        <source>&apos;due&apos; is missing</source>
        <translation>&apos;due&apos; ontbreekt</translation>
    </message>
    <message>
        <source>item {number}, due: {error}</source>
        <translation>item {number}, due: {error}</translation>
    </message>
    <message>
        <source>item {number}: &apos;required&apos; must be true or false</source>
        <translation>item {number}: &apos;required&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>a template named &apos;{name}&apos; already exists; skipped</source>
        <translation>er bestaat al een sjabloon met de naam &apos;{name}&apos;; overgeslagen</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changed this record without saving. Close it and lose the changes?</source>
        <translation>U hebt deze registratie gewijzigd zonder op te slaan. Sluiten en de wijzigingen kwijtraken?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
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
</TS>
