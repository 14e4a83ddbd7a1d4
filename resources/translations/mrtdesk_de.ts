<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;Aus der vorigen Erklärung übernommen.&lt;/b&gt; Bitte erneut bestätigen ({n}) – ein Klick führt zum Feld; sobald Sie es ändern, verschwindet es aus dieser Liste:</translation>
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
        <source>Cannot attach {name}: {error}</source>
        <translation>{name} kann nicht angehängt werden: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Geben Sie zuerst den Namen des Kunden und die Kontakt-E-Mail an.</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>Die Nachricht ist in Ihrem E-Mail-Programm geöffnet ({path}). Senden Sie sie von dort und klicken Sie dann auf „Als versendet markieren“.</translation>
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
    <name>FindingsPanel</name>
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
        <source>Errors: {count}</source>
        <translation>Fehler: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Warnsignale: {count}</translation>
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
        <source>Official templates added: {names}.</source>
        <translation>Hinzugefügte offizielle Vorlagen: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>Noch keine offizielle Vorlage hinzugefügt: Exporte verwenden das kompatible Layout, bis Sie eine mit „Vorlage hinzufügen…“ hinzufügen.</translation>
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
        <source>Cannot add this template</source>
        <translation>Diese Vorlage kann nicht hinzugefügt werden</translation>
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
        <source>official template added</source>
        <translation>offizielle Vorlage hinzugefügt</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>integriertes Layout</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>Der Export füllt Ihr Exemplar der offiziellen RMI-Vorlage {family} {version} aus.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Integriertes Layout: Es wurde keine offizielle {family}-{version}-Arbeitsmappe hinzugefügt, daher wird das kompatible Layout exportiert. Fügen Sie die offizielle Vorlage (aus der E-Mail Ihres Kunden oder von der RMI-Website) jederzeit vor dem Export hinzu.</translation>
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
        <source>Accepts the EMRT for cobalt</source>
        <translation>Akzeptiert das EMRT für Kobalt</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Lenovo-Voreinstellung</translation>
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
        <source>Not a template: {text}</source>
        <translation>Keine Vorlage: {text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>Geben Sie Kunde, Vorlagen und Zeitraum an.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Anfrage hinzugefügt.</translation>
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
        <source>Approve the declaration first.</source>
        <translation>Geben Sie die Erklärung zuerst frei.</translation>
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
        <source>Open containing folder</source>
        <translation>Ordner öffnen</translation>
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
        <source>Exporting the workbook…</source>
        <translation>Arbeitsmappe wird exportiert…</translation>
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
        <source>compatible layout (not official)</source>
        <translation>kompatibles Layout (nicht offiziell)</translation>
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
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Die Fragen werden in der Übersetzung der RMI angezeigt, wenn die Vorlage eine enthält. Antworten und Kommentare müssen weiterhin auf Englisch verfasst werden: Die Arbeitsmappe, die Sie senden, ist auf Englisch.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>Duplikat: dieselbe Schmelzhütte wie in Zeile %1 (gleiches Metall und gleiche ID).</translation>
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
