<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>Le dossier de données {folder} est inutilisable :
{error}</translation>
    </message>
</context>
<context>
    <name>CheckedLineEdit</name>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>www.company.com/policy</source>
        <translation>www.entreprise.com/politique</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Ceci ne ressemble pas à une adresse web.</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>Commentaire…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>Résoudre « {text} » ({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>Commentaires de revue — clic droit pour résoudre</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>Commentaire de revue sur {where} : {text} ({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>Commentaires de revue : {count} ouvert(s)</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
Clic droit pour résoudre.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>Qui déclare, qui répond aux questions à son sujet et qui l&apos;autorise. Les champs marqués (*) sont obligatoires. Saisissez-les une fois et enregistrez-les comme profil de votre entreprise pour les réutiliser dans votre prochaine déclaration.</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>Remplir depuis le profil de mon entreprise</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>Enregistrer comme profil de mon entreprise</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>Rempli depuis le profil de votre entreprise.</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>Enregistré comme profil de votre entreprise.</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Impossible d&apos;enregistrer le profil : {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>Remplir depuis le profil de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>Questions au niveau de l&apos;entreprise</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>Sur la politique d&apos;approvisionnement et le devoir de diligence de votre entreprise.</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>Adresse web de la politique (obligatoire si « {answer} »)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>Décrivez le format (obligatoire si « {answer} »)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>Non requis : pour {mineral}, les questions 1–2 s&apos;arrêtent ici.</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>date de la période précédente</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>couverture de l&apos;enquête</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>ancienne réponse plus proposée</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>absente de la liste du RMI</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>non repris</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}, question {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>question {letter} au niveau de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>question {letter} au niveau de l&apos;entreprise ({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Fonderie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}, ligne {n}</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>Liste des mines</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>Masquer cette liste jusqu&apos;à la prochaine ouverture de la déclaration</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Aller à ce champ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;Repris de la déclaration précédente.&lt;/b&gt; À confirmer à nouveau ({n}) — cliquez sur un élément pour aller au champ ; il quitte cette liste dès que vous le modifiez :</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…et {n} de plus.</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>Métal</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Fonderie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID de la fonderie</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Déclarée par</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>Non renseignée — choisissez une date</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Erreurs restantes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>Clients et demandes…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>EN RETARD de {days} jours</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>échéance dans {days} jours</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period} : {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;Demandes des clients&lt;/b&gt; : aucune en cours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;Demandes des clients&lt;/b&gt; : {open} en cours, {urgent} bientôt dues ou en retard</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← Toutes les déclarations</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>Champs obligatoires manquants : {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>Rien ne manque ici</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>Joindre un classeur exporté</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Préparer l&apos;e-mail</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>l&apos;e-mail du contact chez le client</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(aucune demande)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period} : {templates}, échéance {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>Joindre un autre classeur…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>E-mail du contact :</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>Une fois le message envoyé</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>Impossible de joindre {name} : {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Indiquez d&apos;abord le nom du client et l&apos;e-mail du contact.</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>Le message est ouvert dans votre messagerie ({path}). Envoyez-le depuis celle-ci, puis cliquez sur Marquer comme envoyée.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Le résumé est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marquée comme envoyée.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>Cliquez sur un constat pour aller à son champ. Les erreurs sont ce que compte le Checker du RMI ; les signaux d&apos;alerte méritent un coup d&apos;œil avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Erreurs : {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Signaux d&apos;alerte : {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>Erreurs : aucune — tous les champs obligatoires sont remplis</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>Nouvelle déclaration</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Ouvrir un classeur…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Ajouter un modèle…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>Consolider les fichiers des fournisseurs…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>Double-cliquez sur une déclaration (ou appuyez sur Entrée) pour continuer à la remplir.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans MRT Desk&lt;/h2&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Nouvelle déclaration&lt;/b&gt; pour remplir le CMRT, CRT ou EMRT demandé par votre client, ou sur &lt;b&gt;Ouvrir un classeur…&lt;/b&gt; pour reprendre un fichier que vous avez déjà (vous pouvez aussi déposer un fichier .xlsx ici).&lt;/p&gt;&lt;p&gt;Le modèle officiel vous parvient par l&apos;e-mail de votre client ou depuis le site de la Responsible Minerals Initiative (responsiblemineralsinitiative.org) : ajoutez-le une fois avec &lt;b&gt;Ajouter un modèle…&lt;/b&gt; pour que votre export soit le classeur officiel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>Modèles officiels ajoutés : {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>Aucun modèle officiel ajouté : les exports utilisent la mise en page compatible jusqu&apos;à ce que vous en ajoutiez un avec Ajouter un modèle….</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>Fonderies</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>Fonderies et affineries</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>Liste des mines</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>Facultatif : les mines d&apos;où s&apos;approvisionnent vos fonderies et transformateurs, une ligne par mine.</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>Fonderies : {count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>Mines : {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;Nouvelle déclaration…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;Ouvrir un classeur…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>&amp;Ajouter un modèle…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>&amp;Fermer la déclaration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>MRT Desk</source>
        <translation>MRT Desk</translation>
    </message>
    <message>
        <source>{title} — MRT Desk</source>
        <translation>{title} — MRT Desk</translation>
    </message>
    <message>
        <source>NOT saved: {error}</source>
        <translation>NON enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>Ouvrir un classeur CMRT, CRT ou EMRT</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>Ajouter un modèle officiel du RMI</translation>
    </message>
    <message>
        <source>Cannot add this template</source>
        <translation>Impossible d&apos;ajouter ce modèle</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>Modèle officiel {family} {version} ajouté</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>Supprimer la déclaration</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>Supprimer cette déclaration ?</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>Nouvelle déclaration</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>Qui l&apos;a demandée, p. ex. Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Période de déclaration :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>modèle officiel ajouté</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>mise en page intégrée</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>L&apos;export remplira votre exemplaire du {family} {version} officiel du RMI.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Mise en page intégrée : aucun classeur officiel {family} {version} n&apos;a été ajouté, l&apos;export sera donc la mise en page compatible. Ajoutez le modèle officiel (reçu par l&apos;e-mail de votre client ou sur le site du RMI) à tout moment avant l&apos;export.</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>Fonderie non répertoriée</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>Pour une fonderie absente de la liste du RMI : indiquez son nom et son pays. Cherchez d&apos;abord dans la liste — la plupart des fonderies y figurent sous un nom ou un autre.</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>Le nom de la fonderie tel que votre fournisseur l&apos;a donné</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>Tapez pour trouver le pays</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>Métal (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>Nom de la fonderie (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>Pays de la fonderie (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>Saisissez le nom de la fonderie.</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>Choisissez le pays dans la liste du RMI.</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>Choisissez le pays de la fonderie.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name} : ce fichier n&apos;a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Lecture de {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>Lecture de {n} fichiers …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>Modèle officiel vierge</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} est le modèle officiel RMI {family} {version} vierge, et non une déclaration remplie.

L&apos;ajouter à votre bibliothèque de modèles ? Les exports des déclarations {family} {version} rempliront alors ce classeur officiel. Pour en remplir une, cliquez sur Nouvelle déclaration.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Ouverture annulée</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>Impossible d&apos;ouvrir {n} fichiers</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>{n} classeurs importés</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value} (ne fait pas partie des options du modèle)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>Définitions…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>Ce que signifient les termes de cette question</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>Choisissez le champ que remplit chaque colonne collée (ou Ignorer). Les premières lignes sont affichées ci-dessous.</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>La première ligne contient les noms de colonnes (ne pas l&apos;ajouter)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>%1 ligne(s) sera(ont) ajoutée(s) ; %2 colonne(s) sur %3 utilisée(s).</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>Dans le modèle (répondez en anglais) : {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>Répondez pour chaque minerai. Le commentaire est facultatif.</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Minerai</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral} : question {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>Ignorée — {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>Clients et demandes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@client.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>Ajouter ou mettre à jour le client</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>Les références du client, séparées par des virgules</translation>
    </message>
    <message>
        <source>Accepts the EMRT for cobalt</source>
        <translation>Accepte l&apos;EMRT pour le cobalt</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Préréglage Lenovo</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>Supprimer la demande sélectionnée</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Modèles :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>Références :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>Redemande :</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>Indiquez un nom et un e-mail de contact valide.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Not a template: {text}</source>
        <translation>Pas un modèle : {text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>Indiquez le client, les modèles et la période.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Demande ajoutée.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>Exporter le rapport de revue (PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>Préparer l&apos;e-mail…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour revue</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>Commentaire de revue</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Commentaire sur {where} :</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Approve the declaration first.</source>
        <translation>Approuvez d&apos;abord la déclaration.</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>Modifier la déclaration {status} ?</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Rapport de revue</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>Rapport de revue écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Vérifier et exporter</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>Vérifiez ce qui reste, puis exportez le classeur pour votre client.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>Complétude :</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Signaux d&apos;alerte :</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>Fonderies par métal :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Ajouter un modèle…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exporter le classeur…</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>Mise en page compatible — PAS le modèle officiel du RMI</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>{family} {version} officiel du RMI (de votre bibliothèque)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>L&apos;application crée un classeur avec les mêmes feuilles et cellules que le {family} {version}, marqué comme non officiel. Vos clients peuvent exiger le modèle officiel : ajoutez-le (reçu par l&apos;e-mail de votre client ou sur le site du RMI) pour exporter dedans.</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>Seules les cellules de réponse du classeur officiel sont remplies.</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>Complète — tous les champs obligatoires sont remplis.</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>1 champ obligatoire manque encore (voir le panneau des constats).</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>{count} champs obligatoires manquent encore (voir le panneau des constats).</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} à examiner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Export du classeur…</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Échec de l&apos;export : {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>modèle officiel</translation>
    </message>
    <message>
        <source>compatible layout (not official)</source>
        <translation>mise en page compatible (non officielle)</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker : 1 champ obligatoire manquant.</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker : {count} champs obligatoires manquants.</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>{name} exporté ({kind}). {checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>Consolider les fichiers des fournisseurs</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>Choisissez les classeurs CMRT, CRT ou EMRT envoyés par vos fournisseurs (ou déposez-les ici). Chacun est lu et vérifié ; un fichier illisible est signalé et ignoré. Leurs fonderies sont consolidées : une ligne par métal et par fonderie, avec les fournisseurs qui l&apos;ont déclarée.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>Consolider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>Fonderies consolidées</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>Fusionner dans cette déclaration</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>Enregistrer le classeur consolidé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n fichier choisi.</numerusform>
            <numerusform>%n fichiers choisis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>Choisissez les classeurs de vos fournisseurs</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lecture de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>%1 fichier(s) lu(s), %2 illisible(s) ; %3 fonderie(s) consolidée(s).</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>Fournisseurs (%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>Fonderies consolidées (%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>La consolidation s&apos;est arrêtée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>%n fonderie ajoutée à cette déclaration (Annuler la retire).</numerusform>
            <numerusform>%n fonderies ajoutées à cette déclaration (Annuler les retire).</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>Cette déclaration contient déjà toutes les fonderies consolidées.</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>Enregistrer le classeur consolidé</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>Ajouter une fonderie</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>Ajouter une mine</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Retirer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>Coller des lignes…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Collez des lignes copiées depuis Excel ou un fichier CSV (Ctrl+V), puis associez leurs colonnes</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Rien à coller</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>Copiez d&apos;abord des lignes dans Excel (ou un fichier CSV), puis collez-les ici.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>Périmètre et produits</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>Ce que couvre cette déclaration</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>Minerais que vous déclarez (décochez ceux que votre client n&apos;a pas demandés)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>Liste des produits — obligatoire pour le périmètre « B. Product » : indiquez chaque produit couvert par cette déclaration (la référence du produit est obligatoire).</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>Liste des produits — nécessaire seulement si le périmètre est « B. Product ».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>Fonderie (nom standard)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID de la fonderie</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Métal</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 — répertoriée comme « %2 »</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Les questions sont affichées dans la traduction du RMI lorsque le modèle en contient une. Les réponses et commentaires doivent toujours être rédigés en anglais : le classeur que vous envoyez est en anglais.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>Doublon : la même fonderie qu&apos;à la ligne %1 (même métal et même ID).</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>« %1 » n&apos;est pas un minerai couvert par cette déclaration.</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 ne figure pas dans la recherche de fonderie (Smelter Look-up) du modèle.</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>Répertoriée par le RMI comme « %1 » (%2, %3) : utilisez « Appliquer la fonderie suggérée ».</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>Rechercher dans la liste des fonderies du RMI : nom, alias ou CID (p. ex. CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>Chercher uniquement les fonderies de ce métal</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>Tous les minerais du périmètre</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>Ajoutez le modèle officiel pour chercher dans la liste des fonderies du RMI (accueil → Ajouter un modèle…). D&apos;ici là, ajoutez des lignes et saisissez les fonderies.</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;Ajouter une fonderie&lt;/b&gt; — saisissez un nom, un alias ou un CID :</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>Fonderie non répertoriée…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>Une fonderie absente de la liste du RMI : saisissez son nom et son pays</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>Fonderie pas encore identifiée</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>Ajouter une ligne vide</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>Importer une liste de fonderies…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>Ajouter la liste des fonderies d&apos;un autre classeur CMRT, CRT ou EMRT</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>Fusionner les listes de fonderies des fournisseurs…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>Consolider les fichiers envoyés par vos fournisseurs et ajouter leurs fonderies ici</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>Appliquer la fonderie suggérée</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>Ajouter la fonderie %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>Ajouter %1 (non répertoriée)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>Ajouter une fonderie de %1 pas encore identifiée</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>Importer la liste des fonderies d&apos;un classeur</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 ne contient aucune fonderie.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>Importer %n fonderie</numerusform>
            <numerusform>Importer %n fonderies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>Fusionner %n fonderie des fournisseurs</numerusform>
            <numerusform>Fusionner %n fonderies des fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>Ligne %1, « %2 » (non répertoriée), ressemble à la fonderie répertoriée par le RMI « %3 » (%4, %5).</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>Utiliser %1 pour la ligne %2</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>Partir de la &amp;précédente…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>Partir de la déclaration &amp;précédente…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>Un nouveau brouillon pour la période suivante, sur le modèle le plus récent, avec les réponses de celle-ci</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>Sélectionnez d&apos;abord dans la liste la déclaration de la période précédente</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>Impossible de créer le nouveau brouillon</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>Nouveau brouillon {family} {version} : {n} élément(s) à confirmer à nouveau</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>Partir de la déclaration précédente</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>Un nouveau brouillon reprend les réponses, fonderies et produits de &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. Vous confirmez à nouveau ce qui a pu changer depuis : la date d&apos;effet, la couverture de l&apos;enquête et tout ce que la nouvelle version demande autrement.</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>p. ex. {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Période de déclaration :</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Créer le brouillon</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>modèle officiel ajouté</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>mise en page intégrée</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>Le nouveau brouillon est un {family} {version}.</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>L&apos;export remplira votre exemplaire du classeur officiel.</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>Aucun classeur officiel {family} {version} n&apos;a encore été ajouté : ajoutez-le avant l&apos;export (sinon l&apos;export est la mise en page compatible).</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>Fonderies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>%n champ obligatoire manquant</numerusform>
            <numerusform>%n champs obligatoires manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>Non requis, car la question 1 pour {mineral} est « {answer} ».</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>Non requis, car la question 2 pour {mineral} est « {answer} ».</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>Non requis, car aucun minerai n&apos;est utilisé et présent dans vos produits (chacun s&apos;arrête à la question 1 ou 2). Vous pouvez tout de même répondre.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>« Ajouté intentionnellement » signifie que le métal est utilisé délibérément pour donner au produit une propriété, une réaction ou une qualité — il ne s&apos;agit pas d&apos;un sous-produit naturel. Répondez pour vos produits (ou le périmètre choisi) et leur procédé de fabrication.</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>Le métal reste-t-il dans le ou les produits finis ? Un métal utilisé uniquement dans le procédé (p. ex. un catalyseur) et absent du produit, c&apos;est « No » (non).</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>Pays visés (terme de la SEC) : la République démocratique du Congo et ses neuf voisins — Angola, Burundi, République centrafricaine, République du Congo, Rwanda, Soudan du Sud, Tanzanie, Ouganda et Zambie.</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>Les zones de conflit et à haut risque (CAHRA) sont des zones en conflit armé, des zones fragiles d&apos;après-conflit, ou des zones où la gouvernance et la sécurité sont faibles ou inexistantes, avec des violations généralisées du droit international, y compris des atteintes aux droits humains.</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>Les sources recyclées ou de rebut sont des métaux récupérés de produits en fin d&apos;usage ou post-consommation, ou des rebuts issus de la fabrication.</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>Parmi les fournisseurs qui vous livrent ce métal, quelle part a répondu à votre enquête ?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>Avez-vous identifié chaque fonderie ou affinerie de votre chaîne d&apos;approvisionnement pour ce métal ? Une fonderie ou affinerie transforme le minerai, les scories ou les rebuts en métal raffiné.</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>Chaque fonderie déclarée par vos fournisseurs figure-t-elle dans l&apos;onglet Smelter List ?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>Avez-vous identifié chaque fonderie ou transformateur de votre chaîne d&apos;approvisionnement pour ce minerai ?</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>Les questions au niveau de l&apos;entreprise décrivent votre programme de devoir de diligence dans son ensemble : votre politique d&apos;approvisionnement, si vous interrogez vos fournisseurs et examinez leurs réponses. Une politique publiée doit avoir son adresse web (URL) dans le commentaire.</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>Le périmètre indique ce que couvre cette déclaration : « A. Company » — tout ce que fabrique votre entreprise ; « B. Product » — uniquement les produits listés ci-dessous ; « C. User defined » — décrivez-le.</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>Une fonderie ou affinerie transforme le minerai, les scories ou les rebuts en métal raffiné. Indiquez chaque fonderie déclarée par vos fournisseurs, une ligne par métal. Si vous ne la connaissez pas encore, choisissez « Smelter not yet identified » ; si elle ne figure pas dans le Smelter Look-up du RMI, choisissez « Smelter not listed » et indiquez son nom et son pays.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>Modifier {path}</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>Modifier les minerais</translation>
    </message>
</context>
</TS>
