<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>Deklarierte Mineralien</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>Weitere Mineralien oder Metalle, mit englischem Namen (Komma zwischen den Namen):</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>z. B. Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} von höchstens {most} Mineralien.</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>Die Vorlage fasst {most}: bitte einige entfernen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk kann nicht starten</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden:
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(der Zeitraum)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>Was die Anfrage noch sagen soll</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>Angefragte Vorlagen:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>Anzufragende Lieferanten:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>Welcher Lieferant hat diese Datei geschickt?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — Lieferanten wählen:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>Anfrage-E-Mails vorbereiten</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>Erinnerungen vorbereiten</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>Erhaltene Dateien prüfen…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>E-Mails im Ordner zeigen</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>Rückmeldungs-E-Mail vorbereiten</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>Diese Erklärung aus den akzeptierten Dateien füllen</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Ihre Erklärung:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>Erhaltene Dateien (hier ablegen):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>Noch keine Kampagne: beginnen Sie mit „Neue Kampagne…“.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: %2 von %3 angefragten Lieferanten haben geantwortet (%4 %)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → Frage %1: „%2“</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>Antwortquote:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>Antwortquote: noch niemand angefragt.</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>%1 Anfrage-E-Mail(s) in %2 vorbereitet.</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>%1 Erinnerung(en) in %2 vorbereitet.</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>%1 Datei(en) werden geprüft…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>%1 Rückmeldungs-E-Mail(s) in %2 vorbereitet.</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>Fügen Sie diese Vorlagen der Bibliothek hinzu, um sie anzuhängen: %1.</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>Von Ihren Lieferanten gesendete Dateien</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>Prüfung abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>%1 Datei(en) geprüft: %2 grün, %3 gelb, %4 rot.</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>Wählen Sie zuerst, welcher Lieferant %1 geschickt hat.</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>%1 Schmelze(n) zur Erklärung hinzugefügt; %2 Antwort(en) aus der Antwortquote gesetzt.</translation>
    </message>
</context>
<context>
    <name>CheckedLineEdit</name>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.com</translation>
    </message>
    <message>
        <source>www.company.com/policy</source>
        <translation>www.firma.com/richtlinie</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Das sieht nicht wie eine Webadresse aus.</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>„{text}“ erledigen ({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>Prüfkommentare – Rechtsklick zum Erledigen</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>Prüfkommentar zu {where}: {text} ({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>Prüfkommentare: {count} offen</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
Rechtsklick zum Erledigen.</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where} (Zeile entfernt – erledigt): {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>Die Zeile, zu der dieser Kommentar gehörte, wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>Wer die Erklärung abgibt, wer Fragen dazu beantwortet und wer sie bevollmächtigt. Mit (*) markierte Felder sind Pflichtfelder. Geben Sie sie einmal ein und speichern Sie sie als Firmenprofil, um sie in Ihrer nächsten Erklärung wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>Aus meinem Firmenprofil ausfüllen</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>Als mein Firmenprofil speichern</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>Aus Ihrem Firmenprofil ausgefüllt.</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>Als Ihr Firmenprofil gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Das Profil konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>Aus dem Firmenprofil ausfüllen</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>Fragen auf Unternehmensebene</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>Zur Beschaffungsrichtlinie und Sorgfaltspflicht Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>Webadresse der Richtlinie (nötig bei „{answer}“)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>Format beschreiben (nötig bei „{answer}“)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>Nicht erforderlich: Für {mineral} enden die Fragen bei 1–2.</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>Datum des Vorjahres</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>Abdeckung der Umfrage</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>alte Antwort nicht mehr wählbar</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>nicht auf der RMI-Liste</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>Unverändert bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;Aus der vorigen Erklärung übernommen.&lt;/b&gt; Erneut bestätigen ({n}) – klicken Sie auf einen Eintrag, um zum Feld zu gehen; er verschwindet aus dieser Liste, sobald Sie ihn ändern oder unverändert bestätigen (✓):</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}, Frage {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>Unternehmensfrage {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>Unternehmensfrage {letter} ({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Schmelzhütte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}, Zeile {n}</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>Minenliste</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>Diese Liste ausblenden, bis die Erklärung wieder geöffnet wird</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Zu diesem Feld</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…und {n} weitere.</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>Metall</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Schmelzhütte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>Schmelzhütten-ID</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>Nicht gesetzt – Datum wählen</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Offene Fehler</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(kein Firmenname)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>Kunden und Anfragen…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>{days} Tage ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>fällig in {days} Tagen</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} – {templates} – {period}: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;Kundenanfragen&lt;/b&gt;: keine offen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;Kundenanfragen&lt;/b&gt;: {open} offen, {urgent} bald fällig oder überfällig</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← Alle Erklärungen</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>Fehlende Pflichtfelder: {count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>Zu prüfende Warnsignale: {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>Hier fehlt nichts</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>Exportierte Arbeitsmappe anhängen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>E-Mail vorbereiten</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>die Kontakt-E-Mail des Kunden</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(keine Anfrage)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}: {templates}, fällig {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>Weitere Arbeitsmappe anhängen…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>Kontakt-E-Mail:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>Nachdem Sie die Nachricht gesendet haben</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>Nachricht und Arbeitsmappe in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>Empfänger, Betreff, Text und die anzuhängenden Dateien, für Webmail</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>Webmail oder kein E-Mail-Programm?</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>{name} kann nicht angehängt werden: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Geben Sie zuerst den Namen des Kunden und die Kontakt-E-Mail an.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Fügen Sie sie mit „Nachricht kopieren“ in Ihr Webmail ein, hängen Sie die Arbeitsmappe aus „Im Ordner zeigen“ an und klicken Sie dann auf Als versendet markieren.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>Die Nachricht wurde an Ihr E-Mail-Programm übergeben ({path}). Senden Sie sie von dort und klicken Sie dann auf Als versendet markieren. Nichts geöffnet? Verwenden Sie „Nachricht kopieren“ und „Im Ordner zeigen“.</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>Die Nachricht ist in der Zwischenablage: Fügen Sie sie in eine neue E-Mail ein, hängen Sie die Arbeitsmappe an (Im Ordner zeigen), senden Sie sie und klicken Sie dann auf Als versendet markieren.</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>Die Dateien liegen in {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Als versendet markiert.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht angefragt</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>zurückgesandt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>RMI-Anlagenliste</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>Die RMI veröffentlicht, welche Schmelzen und Raffinerien konform oder aktiv sind. Öffnen Sie auf responsiblemineralsinitiative.org die Listen der konformen und der aktiven Schmelzen und Raffinerien, verwenden Sie „Download Data“ (oder speichern Sie die Tabelle als CSV oder Excel) und importieren Sie die Datei hier. Aktualisieren Sie sie monatlich: Status ändern sich.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>wie in der Datei</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>Status jeder Zeile:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>Heruntergeladene Datei wählen…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>Noch keine Liste importiert.</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>Importiert: %1 (Liste vom %2, %3 Anlagen).</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>RMI-Anlagenliste importieren</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Anlagenlisten (*.xml *.xls *.xlsx *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>%1 Anlagen importiert (Liste vom %2).</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>Gefundene Spalten: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>Nicht gefundene Spalten: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>Seit dem letzten Import: %1 neu, %2 entfallen, %3 mit neuem Status.</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>RMI-Status</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>Konform, überfällig</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>Konform, bald fällig</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht teilnehmend</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>Unbekannte CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>Die RMI-Anlagenliste kennt diese Schmelz-ID nicht.</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>Keine Schmelz-ID: nichts nachzuschlagen.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>Letzte Bewertung: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>Nächste Bewertung: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel-Arbeitsmappen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>Zeilen mit „Smelter not listed“ brauchen Namen und Land der Schmelze (Zeilen {rows}).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>„Unknown“ ist die stimmige Antwort, solange die Umfrage nicht abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>Ein benutzerdefinierter Geltungsbereich braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>Fügen Sie der Schmelzenliste mindestens eine Zeile mit dem Metall {mineral} hinzu („Smelter not yet identified“, wenn Sie sie noch nicht kennen).</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>Tragen Sie jede von Ihren Lieferanten genannte Schmelze in die Schmelzenliste ein.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>Fügen Sie die offizielle {template}-Vorlage der Bibliothek hinzu und exportieren Sie erneut, bevor Sie senden: Die Werkzeuge der Kunden erwarten RMIs eigene Arbeitsmappe.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>Fügen Sie die offizielle {template}-Vorlage der Vorlagenbibliothek hinzu, sobald Sie sie haben, und prüfen Sie die gelesenen Werte.</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>Fügen Sie die Schmelzen hinzu („Smelter not yet identified“, wenn unbekannt).</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>Beantworten Sie Frage {number}: {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Beantworten Sie: {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>Fragen Sie nach den betroffenen Schmelzen und ihrem RMAP-Status; das ist ein Prüfanlass, keine Ablehnung.</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>Bitten Sie den Lieferanten um Plan und Zeitrahmen für die Umsetzung.</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>Bitten Sie den Lieferanten, die Schmelze zu identifizieren.</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>Prüfen Sie die ID in Spalte A anhand der Schmelzen-Suchliste.</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>Prüfen Sie die Antworten auf beide Fragen.</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>Prüfen Sie die gelesenen Werte oder fragen Sie den Absender nach der aktuellen Vorlage.</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>Prüfen Sie das Jahr: Die Erklärung sollte das Datum tragen, an dem sie ausgefüllt wurde.</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>Wählen Sie „{option}“ aus der Liste.</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>Wählen Sie Yes, No oder Unknown in Spalte P.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>Wählen Sie eine dieser Antworten: {options}.</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>Löschen Sie die Antwort oder korrigieren Sie die Fragen 1 und 2.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>Unternehmensfrage {letter} für {mineral} ist „No“: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>Unternehmensfrage {letter} für {mineral} ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>Unternehmensfrage {letter} ist „No“: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>Unternehmensfrage {letter} ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Unternehmensfrage {letter}: „{value}“ unterscheidet sich vom Listenwert „{option}“ nur in der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Unternehmensfrage {letter}: „{value}“ ist keine Antwort der Vorlage.</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>Korrigieren Sie Frage {number} oder entfernen Sie die {mineral}-Schmelzen.</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>Korrigieren Sie Frage {number} oder Spalte P der Schmelzen.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Geltungsbereich: „{value}“ unterscheidet sich vom Listenwert „{option}“ nur in der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Geltungsbereich: „{value}“ ist keine Antwort der Vorlage.</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>Beschreiben Sie das Umfrageformat im Kommentar.</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>Beschreiben Sie, welche Produkte oder Unternehmensteile diese Erklärung abdeckt.</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>Geben Sie eine Adresse ein, z. B. name@company.com.</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>Geben Sie den Namen der unterzeichnenden Person selbst ein, auch wenn sie die Kontaktperson ist.</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>Geben Sie das Datum als DD-MMM-YYYY ein, z. B. 31-Aug-2025.</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>Geben Sie das Datum ein, an dem das Formular ausgefüllt wurde, z. B. 31-Aug-2026.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>Geben Sie die Angaben zur Schmelze ein oder wählen Sie sie aus der Suchliste.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>Geben Sie den Namen der Schmelze in Spalte D und ihr Land in Spalte E ein.</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>Füllen Sie {field} im Blatt Declaration aus.</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>Fassen Sie bei Lieferanten nach, die nicht geantwortet haben.</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>Geben Sie Adressen wie name@company.com ein, getrennt durch ; oder ,.</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>Fragen Sie den Absender, was der Wert aussagen soll; Steuerzeichen stammen meist vom Kopieren aus einem anderen Programm.</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>Fragen Sie den Absender, ob das Mineral in die Erklärung gehört.</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>Fragen Sie den Absender, welches Mineral gemeint war.</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>Fragen Sie den Lieferanten, ob er von einer konformen Schmelze beziehen kann.</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>Aus der vorigen Erklärung übernommen ({reason}): bitte bestätigen.</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>Prüfen Sie das Datum mit dem Absender und geben Sie es als DD-MMM-YYYY ein, z. B. 03-Apr-2025.</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>Prüfen Sie die Schmelzen-ID mit dem Lieferanten: Das RMI führt diese Anlage nicht.</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>Prüfen Sie den Wert und ändern Sie ihn oder wählen Sie „Unverändert bestätigen“.</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>Prüfen Sie die gelesenen Werte: Die RMI hat Texte womöglich umformuliert.</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>Laden Sie die aktuelle Liste von der RMI-Website herunter und importieren Sie sie erneut; in Listen, die älter als {max_age} Tage sind, fehlen Statusänderungen.</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>Geben Sie das tatsächliche Datum ein.</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Excel-Daten reichen vom 1. März 1900 bis zum 31. Dezember 9999: Fragen Sie nach dem tatsächlichen Datum.</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel selbst kann diese Zelle nicht erzeugt haben: Fragen Sie den Absender, was sie enthalten soll.</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>Die Konformität kann erlöschen: Suchen Sie in der RMI-Liste nach einer neueren Bewertung.</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>Lassen Sie in den Zellen {first}–{last} mindestens ein Mineral stehen.</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>Behalten Sie höchstens zehn Minerale oder teilen Sie sie auf zwei Erklärungen auf.</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>Führen Sie ab Zeile 6 die Produktnummern auf, die diese Erklärung abdeckt.</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>Mineralzelle {mineral_cell} sagt „{option}“, aber in {other_cell} ist kein Mineral genannt; der Eintrag wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>Benennen Sie jedes Mineral auf Englisch (z. B. Aluminum): Das RMI verlangt Englisch, und die Vorlage sortiert ihre Antwortzeilen nach den Namen.</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>Für diese Erklärung ist kein Mineral ausgewählt.</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>Keine {mineral}-Schmelze ist aufgeführt.</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>Nicht alle erhaltenen Angaben zu {mineral}-Schmelzen sind gemeldet.</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>Tragen Sie die URL der veröffentlichten Richtlinie in den Kommentar ein, z. B. www.company.com/policy.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>Frage {letter} ist „{answer}“, aber der Kommentar „{value}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>Frage {letter} ist „{answer}“, aber die Webadresse der Richtlinie fehlt.</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>Frage {letter} gibt an, dass ein anderes Format verwendet wird, beschreibt es aber nicht.</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>Frage {letter} gibt an, dass ein anderes Umfrageformat verwendet wird, beschreibt es aber nicht.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>Frage {number} für {mineral} ist „{value}“: Einige Schmelzen beziehen aus erfassten oder von Konflikten betroffenen Hochrisikogebieten.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>Frage {number} für {mineral} ist beantwortet, obwohl die Fragen 1–2 sagen, dass das Mineral nicht verwendet wird; die Vorlage erlaubt hier keine Antwort.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>Frage {number} für {mineral} ist nicht beantwortet (sie wird nur gelesen, wenn die vorherigen Antworten „Yes“ sind).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>Frage {number} für {mineral} ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>Frage {number} für {mineral} sagt „No“, obwohl nicht alle Lieferanten geantwortet haben (Frage {survey}) oder nicht alle Schmelzen identifiziert sind (Frage {identified}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>Frage {number} für {mineral} sagt, dass alle Schmelzen identifiziert sind, aber nur „{value}“ der Lieferanten haben geantwortet (Frage {survey}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Frage {number} für {mineral}: „{value}“ unterscheidet sich vom Listenwert „{option}“ nur in der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Frage {number} für {mineral}: „{value}“ ist keine Antwort der Vorlage.</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>Frage {number} sagt, dass alles {mineral} recycelt oder Schrott ist, aber {count} {mineral}-Schmelze(n) geben an, dass ihr Einsatzmaterial das nicht ist.</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>RMI-Vorlagen haben keine Makros: Jemand hat diese Datei verändert.</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>RMI-Vorlagen müssen auf Englisch ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>Entfernen Sie das „!“; es kennzeichnet meist eine Suche ohne Treffer.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Entfernen Sie die doppelte Zeile.</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>Entfernen Sie diese Zeilen oder nehmen Sie das Mineral in die Erklärung auf.</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>Schmelzenzeile {row} ist „Smelter not yet identified“.</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>Schmelzenzeile {row} wiederholt Zeile {first}.</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>Schmelzenzeile {row} enthält noch „{value}“.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>Schmelzenzeile {row}: „{value}“ enthält „!“.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>Schmelzenzeile {row}: „{value}“ ist nicht Yes, No oder Unknown.</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>Schmelzenzeile {row}: Die eingegebene ID „{value}“ passt nicht zur ID der Schmelze „{id}“.</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>Jemand hat die Vorlage verändert; prüfen Sie, ob die Erklärung verändert wurde.</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>Jemand hat Zeilen hinter dem Ende der Vorlage eingefügt; die Formeln der Vorlage und der Checker ignorieren sie.</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>Jemand hat das Blatt der Vorlage ersetzt: Fragen Sie den Absender nach der Erklärung auf der RMI-Vorlage.</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>Die Rücklaufquote der Lieferantenumfrage für {mineral} ist „{value}“.</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>Das Blatt Minerals Scope nennt einen Grund für „{mineral}“, das kein Mineral dieser Erklärung ist; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>Die RMI-Anlagenliste ist {age} Tage alt (vom {date}).</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>Als unterzeichnende Person ist „{value}“ statt eines Namens angegeben.</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>Der Kommentar zu Unternehmensfrage {letter} ist nicht auf Englisch.</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>Der Kommentar zu Frage {number} für {mineral} ist nicht auf Englisch.</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>Die Erklärung nennt {count} Minerale; die Vorlage {template} fasst {capacity}.</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>Das Gültigkeitsdatum „{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>Das Gültigkeitsdatum {date} liegt vor 2007.</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>Das Gültigkeitsdatum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>Die Datei ist {template}, eine Revision, für die MRT Desk keine Definition hat; sie wurde mit dem Layout {layout} gelesen.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>Die Datei ist {template}, neuer als die neueste Vorlage, die MRT Desk kennt ({newest}); sie wurde mit dem Layout {layout} gelesen.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>Die Datei ist {template}, neuer als die neueste Vorlage, die MRT Desk kennt; ihr Aufbau entspricht {layout} (geprüft), und sie wurde mit diesem Layout gelesen: {template} — Layout von {layout}, geprüft.</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>Die Datei ist beschädigt oder wurde von einem fehlerhaften Programm erstellt: Prüfen Sie diesen Wert mit dem Absender.</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>Das Mineral „{mineral}“ ist nicht auf Englisch benannt.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>Der Geltungsbereich ist „Product“, aber die Produktliste ist leer.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>Der Umfang ist „Produkt“, aber die erste Zeile der Produktliste hat keine Produktnummer.</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>Die Arbeitsmappe enthält Makros; MRT Desk hat ihre Werte gelesen und nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>Die Arbeitsmappe hat Blätter, die die offizielle {template} nicht hat: {sheets}.</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>Der Arbeitsmappe fehlen die Blätter {sheets} der Vorlage; ihre Zeilen werden als leer gelesen.</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>Die {list} hat Daten unterhalb der letzten Zeile der Vorlage ({last_row}), bis Zeile {row}; diese Zeilen wurden mitgelesen.</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>Die {sheet_name} ist vom Typ {kind}, kein Arbeitsblatt; daraus wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>Diese Arbeitsmappe ist das kompatible Layout von MRT Desk für {template}, nicht die offizielle RMI-Vorlage.</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>Verwenden Sie ein Datum, das die Vorlage akzeptiert.</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>Verwenden Sie das Datum, an dem das Formular ausgefüllt wurde, nicht ein geplantes Datum.</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>Verwenden Sie {better}, das dieses Datum akzeptiert (fragen Sie Ihren Kunden danach, wenn er {template} geschickt hat), oder ein Datum, das die Vorlage akzeptiert.</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>Achten Sie nach diesem Datum auf die erneuerte Konformität.</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid} ({name}) steht nicht auf der RMI-Anlagenliste.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} Schmelzenzeile(n) haben das Metall „{value}“, das kein Mineral dieser Vorlage ist.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} Schmelzenzeile(n) haben das Metall „{value}“, das nicht im Geltungsbereich liegt.</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{count} Wert(e) in der {list} sind nicht auf Englisch.</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>{count} {mineral}-Schmelzenzeile(n) sind aufgeführt, obwohl Frage {number} sagt, dass {mineral} nicht verwendet wird oder nicht verbleibt.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} „{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field} enthält {value}, ein Datum, das Excel nicht darstellen kann; der Wert wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field} enthält {value}, das kein Datum ist; der Wert wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} fehlt.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field} ist keine E-Mail-Adresse (es fehlt das „@“).</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field} ist nicht auf Englisch.</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field} ist {value}, ein Datum, das Excel nicht darstellen kann (Excel kennt den 1. März 1900 bis 31. Dezember 9999); es wurde als Text geschrieben.</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field} wurde als Text eingegeben, in dem Tag und Monat vertauscht sein könnten: gelesen als {read}; es könnte auch {other} bedeuten.</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}, Zeile {row}: „{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location} enthielt Zeichen, die nicht gespeichert oder gesendet werden können (ein defekter Zeichencode oder NUL); jedes wurde durch � ersetzt.</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location} enthält unsichtbare Steuerzeichen (etwa ESC); sie wurden unverändert übernommen.</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location} enthält {length} Zeichen, mehr als eine Excel-Zelle fassen kann ({limit}); der Wert wurde gelesen, kann aber erst nach dem Kürzen exportiert werden.</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>{mineral} wird in den Produkten verwendet, aber keine {mineral}-Schmelze ist aufgeführt.</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name} ist im RMI-Programm weder konform noch aktiv („{status}“).</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name} ist im RMI-Programm weder konform noch aktiv.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>Die Neubewertung von {name} ist am {date} fällig.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>Die Neubewertung von {name} war am {date} fällig.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} akzeptiert Daten ab {first} ohne Ende; {date} besteht die Datumsprüfung der Arbeitsmappe nicht.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} akzeptiert Daten von {first} bis {last}; {date} besteht die Datumsprüfung der Arbeitsmappe nicht.</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>Schmelzenliste</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>Minenliste</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>Produktliste</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>Liste Minerals Scope</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>Gültigkeitsdatum bestätigen</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>Abdeckung der Umfrage</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>Option gibt es nicht mehr</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>Schmelze nicht mehr in der Referenzliste</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>die neue Vorlage hat keine Minenliste</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>direkte Lieferanten müssen keine auditierten Schmelzen verwenden</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>es sind keine Sorgfaltsmaßnahmen umgesetzt</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>keine öffentlich zugängliche Richtlinie zur Kobaltbeschaffung</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>keine Richtlinie zur verantwortungsvollen Mineralienbeschaffung</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>die Sorgfaltsangaben der Lieferanten werden nicht geprüft</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>die Sorgfaltspflicht der Lieferanten muss die Risiken aus Anhang II nicht abdecken</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>Lieferanten müssen keine Sorgfaltspflicht ausüben</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>die Richtlinie deckt die Risiken aus Anhang II der OECD nicht ab</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>der Prüfprozess hat kein Management von Korrekturmaßnahmen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>Befunde zeigen ({count} Fehler)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>Befundbereich einklappen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>Klicken Sie auf einen Befund, um zu seinem Feld zu springen. Fehler zählt der Checker der RMI; Warnsignale sollten Sie sich vor dem Versand ansehen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Fehler: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Warnsignale: {count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>Zu bestätigen: {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>Fehler: keine – alle Pflichtfelder sind ausgefüllt</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>Neue Erklärung</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Arbeitsmappe öffnen…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>Lieferantendateien zusammenführen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>Doppelklicken Sie auf eine Erklärung (oder drücken Sie die Eingabetaste), um weiter auszufüllen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei MRT Desk&lt;/h2&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Neue Erklärung&lt;/b&gt;, um das CMRT, CRT oder EMRT auszufüllen, das Ihr Kunde angefordert hat, oder auf &lt;b&gt;Arbeitsmappe öffnen…&lt;/b&gt;, um eine vorhandene Datei zu übernehmen (Sie können eine .xlsx-Datei auch hierher ziehen).&lt;/p&gt;&lt;p&gt;Die offizielle Vorlage erhalten Sie per E-Mail von Ihrem Kunden oder auf der Website der Responsible Minerals Initiative (responsiblemineralsinitiative.org): Fügen Sie sie einmal mit &lt;b&gt;Vorlage hinzufügen…&lt;/b&gt; hinzu, damit Ihr Export die offizielle Arbeitsmappe ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>Meine Erklärungen ({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>Von Lieferanten erhalten ({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>Hinzugefügte offizielle Vorlagen: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>Noch keine offizielle Vorlage hinzugefügt: Exporte verwenden das kompatible Layout, bis Sie eine hinzufügen (Vorlage hinzufügen…).</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>grün: akzeptiert</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>gelb: akzeptiert, prüfenswert</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>rot: nicht akzeptiert</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(kein Lieferant zugeordnet)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (bitte bestätigen)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>nichts zu melden</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>Schmelzhütten</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>Schmelzhütten und Raffinerien</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>Minenliste</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>Optional: die Minen, aus denen Ihre Schmelzhütten und Verarbeiter beziehen, eine Zeile je Mine.</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>Schmelzhütten: {count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>Minen: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;Neue Erklärung…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>Arbeitsmappe ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>Vorlage &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>RMI-&amp;Anlagenliste importieren…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>&amp;Lieferanten und Kampagnen…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>Erklärung &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>MRT Desk</source>
        <translation>MRT Desk</translation>
    </message>
    <message>
        <source>{title} — MRT Desk</source>
        <translation>{title} – MRT Desk</translation>
    </message>
    <message>
        <source>NOT saved: {error}</source>
        <translation>NICHT gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>CMRT-, CRT- oder EMRT-Arbeitsmappe öffnen</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>Offizielle RMI-Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>Hinzufügen der Vorlage abgebrochen</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>Offizielle Vorlage {family} {version} hinzugefügt</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>Erklärung löschen</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>Diese Erklärung löschen?</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>Neue Erklärung</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>Wer sie angefordert hat, z. B. Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Berichtszeitraum:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>Zu erklärende Minerale</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>offizielle Vorlage hinzugefügt</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>integriertes Layout</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>Der Export füllt Ihre Kopie der offiziellen RMI-Vorlage {label} aus.</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} ist älter als {family} {newest}: {what}. Wählen Sie sie nur, wenn Ihr Kunde diese Version verlangt.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Integriertes Layout: Es wurde keine offizielle {family}-{version}-Arbeitsmappe hinzugefügt, daher wird das kompatible Layout exportiert. Fügen Sie die offizielle Vorlage (aus der E-Mail Ihres Kunden oder von der RMI-Website) jederzeit vor dem Export hinzu.</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>Kreuzen Sie die Minerale an, nach denen Ihr Kunde fragt: Jedes bringt seine eigenen Fragen mit.</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>Schmelzhütte nicht gelistet</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>Für eine Schmelzhütte, die nicht auf der RMI-Liste steht: Name und Land angeben. Durchsuchen Sie zuerst die Liste – die meisten Schmelzhütten stehen unter irgendeinem Namen darauf.</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>Der Name der Schmelzhütte, wie ihn Ihr Lieferant angegeben hat</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>Tippen, um das Land zu finden</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>Metall (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>Name der Schmelzhütte (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>Land der Schmelzhütte (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>Geben Sie den Namen der Schmelzhütte ein.</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>Wählen Sie das Land aus der Liste der RMI.</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>Wählen Sie das Land der Schmelzhütte.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}: Diese Datei konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>{n} Dateien werden gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>Leere offizielle Vorlage</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} ist die leere offizielle RMI-Vorlage {family} {version}, keine ausgefüllte Erklärung.

Zur Vorlagenbibliothek hinzufügen? Exporte von {family}-{version}-Erklärungen füllen dann diese offizielle Arbeitsmappe aus. Um eine Erklärung auszufüllen, klicken Sie auf „Neue Erklärung“.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>{n} Dateien können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>{n} Arbeitsmappen importiert</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value} (keine Auswahlmöglichkeit der Vorlage)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>Begriffe…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>Was die Begriffe dieser Frage bedeuten</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>Wählen Sie, welches Feld jede eingefügte Spalte füllt (oder Ignorieren). Unten sehen Sie die ersten Zeilen.</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>Die erste Zeile enthält Spaltennamen (nicht hinzufügen)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>%1 Zeile(n) werden hinzugefügt; %2 von %3 Spalte(n) werden verwendet.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>Was der Kunde akzeptiert: eine Erklärung je „;“, Alternativen mit „or“ verbunden, jeweils eine Vorlagenfamilie mit Mindestversion und in Klammern die Mineralien.</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>Ihr Ansprechpartner beim Kunden</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Mit dem Lenovo-Profil beginnen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>Anfrage aus Profil</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>Akzeptiert:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Fälligkeiten:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>Startprofil ({name}), bearbeitbar: Gleichen Sie es mit der letzten Anfrage Ihres Kunden ab, ändern Sie Abweichungen und speichern Sie es.</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>Für diesen Kunden ist noch kein Profil gespeichert.</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>keine Vorlage akzeptiert</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>In der Vorlage (auf Englisch antworten): {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>Antworten Sie für jedes Mineral. Ein Kommentar ist optional.</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}: Frage {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>Übersprungen – {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>Kunden und Anfragen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>kontakt@kunde.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>Kunde hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>Die Teilenummern des Kunden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>Im Profil nicht verstanden: {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Kunden an.</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>Profil von {name} gespeichert.</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>Nicht in Ihrer Vorlagenbibliothek: {what}. Die Anfrage nennt die neueste eingebaute Version; fügen Sie vor dem Export die offizielle Vorlage hinzu.</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>Geben Sie den Kunden an, haken Sie die Vorlagen an und geben Sie den Zeitraum an.</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>Ausgewählte Anfrage entfernen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>Teilenummern:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>Fragt erneut:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>Geben Sie einen Namen und eine gültige Kontakt-E-Mail an.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Anfrage hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>Wählen Sie eine Sicherung, die an die Stelle der Datenbank tritt. Die ersetzte Datenbank bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>In diesem Datenordner gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>Die Sicherung {name} an die Stelle der Datenbank setzen?</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>Prüfbericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>E-Mail vorbereiten…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Kommentar zu {where}:</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von einem Lieferanten erhalten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>Diese Erklärung wurde von einem Lieferanten empfangen.</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Als versandbereit markieren</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>Geben Sie die Erklärung zuerst frei (oder wählen Sie in den Einstellungen „Ich arbeite allein“, wenn niemand Ihre Erklärungen prüft).</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>Die Erklärung im Status „{status}“ bearbeiten?</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>Prüfbericht gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Prüfen und exportieren</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>Prüfen Sie, was noch fehlt, und exportieren Sie dann die Arbeitsmappe für Ihren Kunden.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>Vollständigkeit:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Warnsignale:</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>Schmelzhütten je Metall:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Letzter Export</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>Kompatibles Layout – NICHT die offizielle RMI-Vorlage</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>Offizielle RMI-Vorlage {family} {version} (aus Ihrer Bibliothek)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>Die App erstellt eine Arbeitsmappe mit denselben Blättern und Zellen wie {family} {version}, als nicht offiziell gekennzeichnet. Kunden können die offizielle Vorlage verlangen: Fügen Sie sie hinzu (aus der E-Mail Ihres Kunden oder von der RMI-Website), um in sie zu exportieren.</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>Nur die Antwortzellen der offiziellen Arbeitsmappe werden ausgefüllt.</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>Vollständig – alle Pflichtfelder sind ausgefüllt.</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>1 Pflichtfeld fehlt noch (siehe Befundliste).</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>{count} Pflichtfelder fehlen noch (siehe Befundliste).</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} zu prüfen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>{count} aus der vorigen Erklärung übernommene(r) Wert(e) noch zu bestätigen.</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>RMI-Status:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: %2 konform, %3 aktiv, %4 sonstige</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Arbeitsmappe wird exportiert…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>Mit fehlenden Pflichtfeldern exportieren?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>1 Pflichtfeld fehlt noch.</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>{count} Pflichtfelder fehlen noch.</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>Der Checker der RMI in der exportierten Arbeitsmappe zählt sie, und Ihr Kunde erhält eine unvollständige Erklärung. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>offizielle Vorlage</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>kompatibles Layout, nicht offiziell</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>Gespeichert in: {folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker: 1 Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker: {count} Pflichtfelder fehlen.</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>{name} exportiert ({kind}). {checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>Lieferantendateien zusammenführen</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>Wählen Sie die CMRT-, CRT- oder EMRT-Arbeitsmappen Ihrer Lieferanten (oder ziehen Sie sie hierher). Jede wird gelesen und geprüft; eine unlesbare Datei wird gemeldet und übersprungen. Ihre Schmelzhütten werden zusammengeführt: eine Zeile je Metall und Schmelzhütte, mit den Lieferanten, die sie gemeldet haben.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>Zusammengeführte Schmelzhütten</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>In diese Erklärung übernehmen</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>Zusammengeführte Arbeitsmappe speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n Datei gewählt.</numerusform>
            <numerusform>%n Dateien gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>Arbeitsmappen Ihrer Lieferanten wählen</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>%1 Datei(en) gelesen, %2 nicht lesbar; %3 zusammengeführte Schmelzhütte(n).</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>Lieferanten (%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>Zusammengeführte Schmelzhütten (%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>Das Zusammenführen wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>%n Schmelzhütte zu dieser Erklärung hinzugefügt (Rückgängig entfernt sie).</numerusform>
            <numerusform>%n Schmelzhütten zu dieser Erklärung hinzugefügt (Rückgängig entfernt sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>Diese Erklärung enthält bereits jede zusammengeführte Schmelzhütte.</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>Zusammengeführte Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>„%1“ in Zeile %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>Schmelzhütte hinzufügen</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>Mine hinzufügen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Ausgewählte Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>Zeilen einfügen…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Aus Excel oder einer CSV-Datei kopierte Zeilen einfügen (Strg+V) und ihre Spalten zuordnen</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts einzufügen</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>Kopieren Sie zuerst Zeilen in Excel (oder einer CSV-Datei) und fügen Sie sie dann hier ein.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} Änderung(en) warten: {problem} Ihre Eingaben bleiben erhalten und werden gespeichert, sobald er wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>Geltungsbereich und Produkte</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>Was diese Erklärung abdeckt</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>Mineralien, die Sie erklären (entfernen Sie den Haken bei denen, die Ihr Kunde nicht angefragt hat)</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>Warum jedes Mineral in dieser Erklärung steht (Blatt Minerals Scope)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>Produktliste – erforderlich beim Geltungsbereich „B. Product“: Führen Sie jedes Produkt auf, das diese Erklärung abdeckt (die Produktnummer ist Pflicht).</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>Produktliste – nur nötig, wenn der Geltungsbereich „B. Product“ ist.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>Schmelzhütte (Standardname)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>Schmelzhütten-ID</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metall</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 – gelistet als „%2“</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>RMI-Neubewertungen &amp;fällig innerhalb von:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>Ich arbeite allein: Niemand prüft meine Erklärungen, bevor sie versendet werden</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Die Fragen werden in der Übersetzung der RMI angezeigt, wenn die Vorlage eine enthält. Antworten und Kommentare müssen weiterhin auf Englisch verfasst werden: Die Arbeitsmappe, die Sie senden, ist auf Englisch.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>Duplikat: dieselbe Schmelzhütte wie in Zeile %1 (gleiches Metall, gleiche ID und gleiche Herkunftsmine).</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>Nicht in der Schmelzhüttenliste der RMI gefunden: Prüfen Sie den Namen oder belassen Sie „Smelter not listed“ mit dem Land.</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>Die ID %1 passt nicht zum Namen der Schmelzhütte, deren ID %2 lautet.</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>„%1“ ist kein Mineral im Geltungsbereich dieser Erklärung.</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 steht nicht in der Schmelzhüttensuche (Smelter Look-up) der Vorlage.</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>Von der RMI gelistet als „%1“ (%2, %3): Verwenden Sie „Vorgeschlagene Schmelzhütte übernehmen“.</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>RMI-Schmelzhüttenliste durchsuchen: Name, Alias oder CID (z. B. CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>Nur Schmelzhütten dieses Metalls suchen</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>Alle Mineralien im Geltungsbereich</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>Fügen Sie die offizielle Vorlage hinzu, um die Schmelzhüttenliste der RMI zu durchsuchen (Startseite → Vorlage hinzufügen…). Bis dahin Zeilen hinzufügen und die Schmelzhütten eintippen.</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;Schmelzhütte hinzufügen&lt;/b&gt; – Name, Alias oder CID eingeben:</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>Schmelzhütte nicht gelistet…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>Eine Schmelzhütte, die nicht auf der RMI-Liste steht: Name und Land eingeben</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>Schmelzhütte noch nicht ermittelt</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>Leere Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>Schmelzhüttenliste importieren…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>Die Schmelzhüttenliste einer anderen CMRT-, CRT- oder EMRT-Arbeitsmappe hinzufügen</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>Schmelzhüttenlisten der Lieferanten zusammenführen…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>Die Dateien Ihrer Lieferanten zusammenführen und ihre Schmelzhütten hier hinzufügen</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>Vorgeschlagene Schmelzhütte übernehmen</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>Um zu sehen, welche Schmelzen RMI-konform oder aktiv sind, laden Sie die Anlagenlisten der RMI herunter (responsiblemineralsinitiative.org, konforme und aktive Schmelzen und Raffinerien, „Download Data“) und importieren Sie sie mit Datei ▸ RMI-Anlagenliste importieren…</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>Schmelzhütte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>%1 hinzufügen (nicht gelistet)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>Noch nicht ermittelte %1-Schmelzhütte hinzufügen</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>Schmelzhüttenliste einer Arbeitsmappe importieren</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 enthält keine Schmelzhütten.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>%n Schmelzhütte importieren</numerusform>
            <numerusform>%n Schmelzhütten importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>%n Schmelzhütte von Lieferanten übernehmen</numerusform>
            <numerusform>%n Schmelzhütten von Lieferanten übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>Zeile %1, „%2“ (nicht gelistet), sieht aus wie die von der RMI gelistete Schmelzhütte „%3“ (%4, %5).</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>%1 für Zeile %2 verwenden</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>Aus &amp;vorheriger beginnen…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>Aus &amp;vorheriger Erklärung beginnen…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>Ein neuer Entwurf für den nächsten Zeitraum auf der neuesten Vorlage, mit den Antworten dieser Erklärung</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>Wählen Sie zuerst die Erklärung des vorigen Zeitraums in der Liste</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>Der neue Entwurf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>Neuer {family}-{version}-Entwurf: {n} Angabe(n) erneut zu bestätigen</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>Aus vorheriger Erklärung beginnen</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>Ein neuer Entwurf übernimmt die Antworten, Schmelzhütten und Produkte von &lt;b&gt;{who} – {source}{period}&lt;/b&gt;. Was sich seitdem geändert haben kann, bestätigen Sie erneut: das Gültigkeitsdatum, die Abdeckung der Umfrage und alles, was die neue Version anders fragt.</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>z. B. {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Berichts&amp;zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>Entwurf &amp;anlegen</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>offizielle Vorlage hinzugefügt</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>integriertes Layout</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>Der neue Entwurf ist ein {family} {version}.</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>Der Export füllt Ihr Exemplar der offiziellen Arbeitsmappe aus.</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>Noch keine offizielle {family}-{version}-Arbeitsmappe hinzugefügt: Fügen Sie sie vor dem Export hinzu (sonst wird das kompatible Layout exportiert).</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — einer pro Zeile</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>z. B. Tin, Gold — leer für alle</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>Gelieferte Metalle:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>Schmelzhütten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>%n Pflichtfeld fehlt</numerusform>
            <numerusform>%n Pflichtfelder fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Metalle</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>Lieferanten und Kampagnen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>Aus einer erhaltenen Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>Lieferanten importieren</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>Abgebrochen: nichts importiert.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>%1 Lieferant(en) hinzugefügt, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>Eine von einem Lieferanten gesendete Datei</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>Abgebrochen: kein Lieferant hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 nennt keinen Firmennamen.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Team-Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>Versuchen Sie es erneut oder arbeiten Sie solange im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>Meinen lokalen Speicher öffnen</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} hat diese Erklärung geändert (jetzt {status}).</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseBox</name>
    <message>
        <source>postgresql://login@server/mrtdesk?sslmode=require</source>
        <translation>postgresql://login@server/mrtdesk?sslmode=require</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>&amp;Verbinden und verwenden</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>Meinen &amp;lokalen Speicher verwenden</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>keine Team-Rolle</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>Arbeit in der Team-Datenbank {where} als {user} ({role}).</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>Arbeit im lokalen Speicher dieses Computers.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — nur {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (eingebautes Layout: vor dem Export die offizielle Vorlage hinzufügen)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>Diese Vorlage kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} wurde nicht hinzugefügt: Ihr Aufbau weicht von der genannten RMI-Vorlage ab, daher schreibt MRT Desk keine Erklärung hinein.

Was abweicht:
{lines}

Verwenden Sie die leere Vorlage genau so, wie sie von der RMI heruntergeladen oder von Ihrem Kunden gesendet wurde. Ist sie echt, hat die RMI die Vorlage geändert und MRT Desk braucht ein Update.</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>Nicht die Vorlage, die sie zu sein vorgibt</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>Prüfung vor dem Versand</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>Prüft und genehmigt eine Kollegin oder ein Kollege Ihre Erklärungen, bevor sie versendet werden?

Ja: den Prüfablauf beibehalten (einreichen, freigeben, dann die E-Mail vorbereiten).
Nein, ich arbeite allein: Eine Erklärung geht direkt vom Entwurf zu „versandbereit“.

Sie können dies später in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>Nicht erforderlich, da Frage 1 für {mineral} „{answer}“ lautet.</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>Nicht erforderlich, da Frage 2 für {mineral} „{answer}“ lautet.</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>Nicht erforderlich: Der Checker der RMI zählt diese Frage nicht. Sie können trotzdem antworten.</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>Nicht erforderlich, da kein Mineral in Ihren Produkten verwendet wird und darin verbleibt (jedes endet bei Frage 1 oder 2). Sie können trotzdem antworten.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>„Absichtlich zugesetzt“ heißt, dass das Metall bewusst eingesetzt wird, um dem Produkt eine Eigenschaft, Reaktion oder Qualität zu geben – kein natürlich vorkommendes Nebenprodukt. Antworten Sie für Ihre Produkte (oder den gewählten Geltungsbereich) und deren Herstellungsprozess.</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>Verbleibt das Metall im fertigen Produkt? Ein Metall, das nur im Prozess verwendet wird (z. B. als Katalysator) und nicht im Produkt bleibt, ist „No“ (nein).</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>Betroffene Länder (SEC-Begriff): die Demokratische Republik Kongo und ihre neun Nachbarn – Angola, Burundi, Zentralafrikanische Republik, Republik Kongo, Ruanda, Südsudan, Tansania, Uganda und Sambia.</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>Konflikt- und Hochrisikogebiete (CAHRA) sind Gebiete mit bewaffneten Konflikten, fragile Postkonfliktgebiete oder Gebiete mit schwacher oder fehlender Staatsführung und Sicherheit sowie weitverbreiteten Verstößen gegen das Völkerrecht, einschließlich Menschenrechtsverletzungen.</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>Recycling- oder Schrottquellen sind Metalle, die aus Endnutzer- oder Post-Consumer-Produkten zurückgewonnen werden, oder Schrott aus der Herstellung.</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>Welcher Anteil der Lieferanten, die Ihnen dieses Metall liefern, hat Ihre Umfrage beantwortet?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>Haben Sie jede Schmelzhütte oder Raffinerie in Ihrer Lieferkette für dieses Metall ermittelt? Eine Schmelzhütte oder Raffinerie macht aus Erz, Schlacke oder Schrott raffiniertes Metall.</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>Steht jede Schmelzhütte, die Ihre Lieferanten gemeldet haben, im Blatt „Smelter List“?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>Haben Sie jede Schmelzhütte oder jeden Verarbeiter in Ihrer Lieferkette für dieses Mineral ermittelt?</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>Die Fragen auf Unternehmensebene beschreiben Ihr Sorgfaltspflichtprogramm als Ganzes: Ihre Beschaffungsrichtlinie, ob Sie Lieferanten befragen und deren Antworten prüfen. Für eine veröffentlichte Richtlinie gehört ihre Webadresse (URL) in den Kommentar.</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>Der Geltungsbereich gibt an, was diese Erklärung abdeckt: „A. Company“ – alles, was Ihr Unternehmen herstellt; „B. Product“ – nur die unten aufgeführten Produkte; „C. User defined“ – beschreiben Sie ihn.</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>Eine Schmelzhütte oder Raffinerie macht aus Erz, Schlacke oder Schrott raffiniertes Metall. Führen Sie jede Schmelzhütte auf, die Ihre Lieferanten gemeldet haben, eine Zeile je Metall. Wenn Sie sie noch nicht kennen, wählen Sie „Smelter not yet identified“; steht sie nicht im Smelter Look-up der RMI, wählen Sie „Smelter not listed“ und geben Name und Land an.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>{path} bearbeiten</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>Mineralien ändern</translation>
    </message>
</context>
</TS>
