<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>Minéraux déclarés</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>Autres minéraux ou métaux, par leur nom anglais (virgule entre les noms) :</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>p. ex. Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} sur {most} minéraux au plus.</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>Le modèle en contient {most} : retirez-en.</translation>
    </message>
</context>
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
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(la période)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>Ce que la demande doit dire de plus</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>Modèles à demander :</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>Fournisseurs à solliciter :</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions :</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>Quel fournisseur a envoyé ce fichier ?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — choisissez le fournisseur :</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>Préparer les e-mails de demande</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>Préparer les relances</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>Vérifier les fichiers reçus…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>Afficher les e-mails dans le dossier</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>Préparer l’e-mail de retour</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>Remplir cette déclaration à partir des fichiers acceptés</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Votre déclaration :</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>Fichiers reçus (déposez-les ici) :</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>Aucune campagne : commencez avec « Nouvelle campagne… ».</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1 : %2 des %3 fournisseurs sollicités ont répondu (%4 %)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → question %1 : « %2 »</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>Taux de réponse :</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>Taux de réponse : personne n’a encore été sollicité.</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>%1 e-mail(s) de demande préparé(s) dans %2.</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>%1 relance(s) préparée(s) dans %2.</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>Vérification de %1 fichier(s)…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>%1 e-mail(s) de retour préparé(s) dans %2.</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>Ajoutez ces modèles à la bibliothèque pour les joindre : %1.</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>Fichiers envoyés par vos fournisseurs</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>Vérification interrompue : %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>%1 fichier(s) vérifié(s) : %2 vert(s), %3 orange(s), %4 rouge(s).</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>Choisissez d’abord quel fournisseur a envoyé %1.</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>%1 fonderie(s) ajoutée(s) à la déclaration ; %2 réponse(s) fixée(s) d’après le taux de réponse.</translation>
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
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where} (ligne supprimée — résolu) : {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>La ligne sur laquelle portait ce commentaire a été supprimée.</translation>
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
        <source>Confirm unchanged</source>
        <translation>Confirmer sans changement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;Repris de la déclaration précédente.&lt;/b&gt; À confirmer de nouveau ({n}) — cliquez sur un élément pour aller au champ ; il quitte cette liste dès que vous le modifiez ou le confirmez sans changement (✓) :</translation>
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
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
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
    <message>
        <source>(no company name)</source>
        <translation>(sans nom de société)</translation>
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
        <source>Red flags to look at: {count}</source>
        <translation>Signaux d&apos;alerte à examiner : {count}</translation>
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
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>Afficher le message et le classeur dans leur dossier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>Destinataire, objet, texte et fichiers à joindre, pour un webmail</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>Webmail ou aucun logiciel de messagerie ?</translation>
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
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>Aucun logiciel de messagerie n&apos;a ouvert le message. Utilisez « Copier le message » pour le coller dans votre webmail, joignez le classeur depuis « Afficher dans le dossier », puis cliquez sur Marquer comme envoyée.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>Le message a été transmis à votre logiciel de messagerie ({path}). Envoyez-le depuis celui-ci, puis cliquez sur Marquer comme envoyée. Rien ne s&apos;est ouvert ? Utilisez « Copier le message » et « Afficher dans le dossier ».</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>Le message est dans le presse-papiers : collez-le dans un nouvel e-mail, joignez le classeur (Afficher dans le dossier), envoyez-le, puis cliquez sur Marquer comme envoyée.</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>Les fichiers se trouvent dans {folder}</translation>
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
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Sollicité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non sollicité</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>sollicité</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>Liste des installations RMI</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>Le RMI publie quelles fonderies et affineries sont conformes ou actives. Sur responsiblemineralsinitiative.org, ouvrez les listes des fonderies et affineries conformes et actives, utilisez « Download Data » (ou enregistrez le tableau en CSV ou Excel) et importez le fichier ici. Actualisez-le chaque mois : les statuts changent.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>selon le fichier</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>Statut de chaque ligne :</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>Choisir le fichier téléchargé…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>Aucune liste importée pour l’instant.</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>Importée : %1 (liste du %2, %3 installations).</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>Importer la liste des installations RMI</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Listes d’installations (*.xml *.xls *.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée : %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>%1 installations importées (liste du %2).</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>Colonnes trouvées : %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>Colonnes introuvables : %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>Depuis le dernier import : %1 nouvelles, %2 retirées, %3 avec un nouveau statut.</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>Statut RMI</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>Conforme, en retard</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>Conforme, bientôt due</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrite</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>CID inconnu</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>La liste des installations du RMI ne connaît pas cet identifiant de fonderie.</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>Pas d’identifiant de fonderie : rien à rechercher.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>Dernière évaluation : %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>Prochaine évaluation : %1</translation>
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
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>Les lignes « Smelter not listed » doivent indiquer le nom et le pays de la fonderie (lignes {rows}).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>« Unknown » est la réponse cohérente tant que l&apos;enquête n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>Un périmètre défini par l&apos;utilisateur doit être décrit.</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>Ajoutez au moins une ligne avec le métal {mineral} à la liste des fonderies (« Smelter not yet identified » si vous ne la connaissez pas encore).</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>Ajoutez à la liste des fonderies chaque fonderie citée par vos fournisseurs.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>Ajoutez le modèle officiel {template} à la bibliothèque et exportez à nouveau avant l&apos;envoi : les outils des clients attendent le classeur de RMI.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>Ajoutez le modèle officiel {template} à la bibliothèque de modèles dès que vous l&apos;avez, et vérifiez les valeurs lues.</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>Ajoutez les fonderies (« Smelter not yet identified » si inconnue).</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>Répondez à la question {number} : {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Répondez : {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>Demandez les fonderies concernées et leur statut RMAP ; c&apos;est un motif d&apos;examen, pas un rejet.</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>Demandez au fournisseur son plan et son calendrier de mise en place.</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>Demandez au fournisseur d&apos;identifier la fonderie.</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>Vérifiez l&apos;ID de la colonne A dans la table de recherche des fonderies.</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>Vérifiez la réponse aux deux questions.</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>Vérifiez les valeurs lues ou demandez le modèle actuel à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>Vérifiez l&apos;année : la déclaration doit être datée du jour où elle a été remplie.</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>Choisissez « {option} » dans la liste.</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>Choisissez Yes, No ou Unknown dans la colonne P.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>Choisissez l&apos;une des réponses : {options}.</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>Effacez la réponse ou corrigez les questions 1 et 2.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>La question d&apos;entreprise {letter} pour {mineral} est « No » : {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>La question d&apos;entreprise {letter} pour {mineral} n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>La question d&apos;entreprise {letter} est « No » : {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>La question d&apos;entreprise {letter} n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Question d&apos;entreprise {letter} : « {value} » ne diffère de la valeur de la liste « {option} » que par la casse.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Question d&apos;entreprise {letter} : « {value} » n&apos;est pas une réponse du modèle.</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>Corrigez la question {number} ou supprimez les fonderies de {mineral}.</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>Corrigez la question {number} ou la colonne P des fonderies.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Périmètre de la déclaration : « {value} » ne diffère de la valeur de la liste « {option} » que par la casse.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Périmètre de la déclaration : « {value} » n&apos;est pas une réponse du modèle.</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>Décrivez le format d&apos;enquête dans le commentaire.</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>Décrivez les produits ou les parties de l&apos;entreprise couverts par cette déclaration.</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>Saisissez une adresse, par exemple name@company.com.</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>Saisissez le nom du signataire lui-même, même s&apos;il s&apos;agit de la personne de contact.</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>Saisissez la date au format DD-MMM-YYYY, par ex. 31-Aug-2025.</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>Saisissez la date à laquelle le formulaire a été rempli, par ex. 31-Aug-2026.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>Saisissez les coordonnées de la fonderie ou choisissez-la dans la liste de recherche.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>Saisissez le nom de la fonderie en colonne D et son pays en colonne E.</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>Renseignez {field} dans l&apos;onglet Declaration.</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>Relancez les fournisseurs qui n&apos;ont pas répondu.</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>Saisissez des adresses comme name@company.com, séparées par ; ou ,.</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>Demandez à l&apos;expéditeur ce que la valeur doit dire ; les caractères de contrôle viennent en général d&apos;un copier-coller depuis un autre programme.</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>Demandez à l&apos;expéditeur si le minéral fait partie de la déclaration.</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>Demandez à l&apos;expéditeur de quel minéral il s&apos;agit.</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>Demandez au fournisseur s&apos;il peut s&apos;approvisionner auprès d&apos;une fonderie conforme.</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>Valeur reprise de la déclaration précédente ({reason}) : confirmez-la.</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>Vérifiez la date avec l&apos;expéditeur et saisissez-la au format DD-MMM-YYYY, par ex. 03-Apr-2025.</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>Vérifiez l&apos;identifiant de la fonderie avec le fournisseur : le RMI ne répertorie pas cette installation.</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>Vérifiez la valeur, puis modifiez-la ou choisissez « Confirmer sans changement ».</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>Vérifiez les valeurs lues : le RMI a peut-être reformulé des textes.</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>Téléchargez la liste actuelle sur le site du RMI et importez-la à nouveau ; les listes de plus de {max_age} jours ne reflètent pas les changements de statut.</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>Saisissez la date réelle.</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Les dates Excel vont du 1er mars 1900 au 31 décembre 9999 : demandez la date réelle.</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel lui-même n&apos;a pas pu produire cette cellule : demandez à l&apos;expéditeur ce qu&apos;elle doit dire.</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>Sa conformité risque d&apos;expirer : cherchez une évaluation plus récente dans la liste du RMI.</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>Gardez au moins un minerai dans les cellules {first}–{last}.</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>Gardez au plus dix minéraux, ou répartissez-les sur deux déclarations.</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>Indiquez les numéros de produit couverts par cette déclaration, à partir de la ligne 6.</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>La cellule de minéral {mineral_cell} indique « {option} » mais aucun minéral n&apos;est nommé en {other_cell} ; l&apos;entrée a été ignorée.</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>Nommez chaque minéral en anglais (p. ex. Aluminum) : le RMI demande l&apos;anglais, et le modèle trie ses lignes de réponse par nom.</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>Aucun minerai n&apos;est sélectionné pour cette déclaration.</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>Aucune fonderie de {mineral} n&apos;est listée.</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>Les informations reçues sur les fonderies de {mineral} ne sont pas toutes déclarées.</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>Indiquez l&apos;URL de la politique publiée dans le commentaire, par ex. www.company.com/policy.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>La question {letter} est « {answer} » mais le commentaire « {value} » n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>La question {letter} est « {answer} » mais l&apos;adresse web de la politique manque.</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>La question {letter} indique qu&apos;un autre format est utilisé mais ne le décrit pas.</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>La question {letter} indique qu&apos;un autre format d&apos;enquête est utilisé mais ne le décrit pas.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>La question {number} pour {mineral} est « {value} » : certaines fonderies s&apos;approvisionnent dans des zones couvertes ou touchées par des conflits et à haut risque.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>La question {number} pour {mineral} a une réponse alors que les questions 1–2 indiquent que le minerai n&apos;est pas utilisé ; le modèle n&apos;autorise pas de réponse ici.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>La question {number} pour {mineral} n&apos;a pas de réponse (elle n&apos;est lue que si les réponses précédentes sont « Yes »).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>La question {number} pour {mineral} n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>La question {number} pour {mineral} dit « No » alors que tous les fournisseurs n&apos;ont pas répondu (question {survey}) ou que toutes les fonderies ne sont pas identifiées (question {identified}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>La question {number} pour {mineral} indique que toutes les fonderies sont identifiées, mais seuls « {value} » des fournisseurs ont répondu (question {survey}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Question {number} pour {mineral} : « {value} » ne diffère de la valeur de la liste « {option} » que par la casse.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Question {number} pour {mineral} : « {value} » n&apos;est pas une réponse du modèle.</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>La question {number} indique que tout le {mineral} est recyclé ou de récupération, mais {count} fonderie(s) de {mineral} déclarent le contraire pour leur matière première.</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>Les modèles RMI n&apos;ont pas de macros : quelqu&apos;un a modifié ce fichier.</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>Les modèles RMI doivent être remplis en anglais.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>Supprimez le « ! » ; il signale en général une recherche sans résultat.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Supprimez la ligne en double.</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>Supprimez ces lignes ou ajoutez le minerai à la déclaration.</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>La ligne de fonderie {row} est « Smelter not yet identified ».</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>La ligne de fonderie {row} répète la ligne {first}.</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>La ligne de fonderie {row} indique encore « {value} ».</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>Ligne de fonderie {row} : « {value} » contient « ! ».</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>Ligne de fonderie {row} : « {value} » n&apos;est pas Yes, No ou Unknown.</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>Ligne de fonderie {row} : l&apos;ID saisi « {value} » ne correspond pas à l&apos;ID de la fonderie « {id} ».</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>Quelqu&apos;un a modifié le modèle ; vérifiez que la déclaration n&apos;a pas été altérée.</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>Quelqu&apos;un a collé des lignes après la fin du modèle ; les formules du modèle et le Checker les ignorent.</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>Quelqu&apos;un a remplacé la feuille du modèle : demandez à l&apos;expéditeur la déclaration sur le modèle du RMI.</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>Le taux de réponse des fournisseurs pour {mineral} est « {value} ».</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>La feuille Minerals Scope donne une raison pour « {mineral} », qui n&apos;est pas un minéral de cette déclaration ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>La liste des installations du RMI date de {age} jours (du {date}).</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>Le signataire est indiqué comme « {value} » au lieu d&apos;un nom.</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>Le commentaire de la question d&apos;entreprise {letter} n&apos;est pas en anglais.</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>Le commentaire de la question {number} pour {mineral} n&apos;est pas en anglais.</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>La déclaration nomme {count} minéraux ; le modèle {template} en contient {capacity}.</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>La date d&apos;effet « {value} » n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>La date d&apos;effet {date} est antérieure à 2007.</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>La date d&apos;effet {date} est dans le futur.</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>Le fichier est un {template}, une révision que MRT Desk ne connaît pas ; il a été lu avec la mise en page {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>Le fichier est un {template}, plus récent que le dernier modèle connu de MRT Desk ({newest}) ; il a été lu avec la mise en page {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>Le fichier est {template}, plus récent que le dernier modèle connu de MRT Desk ; sa structure correspond à {layout} (vérifié) et il a été lu avec cette mise en page : {template} — mise en page de {layout}, vérifiée.</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>Le fichier est endommagé ou a été créé par un programme défectueux : vérifiez cette valeur avec l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>Le minéral « {mineral} » n&apos;est pas nommé en anglais.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>Le périmètre est « Product » mais la liste des produits est vide.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>La portée est « Produit » mais la première ligne de la liste des produits n’a pas de numéro de produit.</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>Le classeur contient des macros ; MRT Desk en a lu les valeurs et n&apos;a rien exécuté.</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>Le classeur a des feuilles que le {template} officiel n&apos;a pas : {sheets}.</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>Il manque au classeur les feuilles du modèle {sheets} ; leurs lignes sont lues comme vides.</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>La {list} contient des données sous la dernière ligne du modèle ({last_row}), jusqu&apos;à la ligne {row} ; ces lignes ont été lues aussi.</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>La {sheet_name} est de type {kind}, pas une feuille de calcul ; rien n&apos;y a été lu.</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>Ce classeur est la mise en page compatible de MRT Desk pour {template}, pas le modèle officiel de RMI.</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>Utilisez une date que le modèle accepte.</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>Utilisez la date à laquelle le formulaire a été rempli, pas une date prévue.</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>Utilisez {better}, qui accepte cette date (demandez-le à votre client s’il a envoyé {template}), ou une date que le modèle accepte.</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>Surveillez le renouvellement de sa conformité après cette date.</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid} ({name}) ne figure pas dans la liste des installations du RMI.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} ligne(s) de fonderie ont le métal « {value} », qui n&apos;est pas un minerai de ce modèle.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} ligne(s) de fonderie ont le métal « {value} », qui n&apos;est pas dans le périmètre.</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{count} valeur(s) de la {list} ne sont pas en anglais.</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>{count} ligne(s) de fonderie de {mineral} sont listées alors que la question {number} indique que le {mineral} n&apos;est pas utilisé ou ne subsiste pas.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} « {value} » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field} contient {value}, une date qu&apos;Excel ne peut pas gérer ; la valeur est conservée telle quelle.</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field} contient {value}, qui n&apos;est pas une date ; la valeur est conservée telle quelle.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} manque.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field} n&apos;est pas une adresse e-mail (pas de « @ »).</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field} n&apos;est pas en anglais.</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field} vaut {value}, une date qu&apos;Excel ne peut pas gérer (Excel va du 1er mars 1900 au 31 décembre 9999) ; elle a été écrite sous forme de texte.</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field} a été saisi sous forme de texte où le jour et le mois peuvent être inversés : lu comme {read} ; cela pourrait aussi signifier {other}.</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}, ligne {row} : « {value} » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location} contenait des caractères impossibles à stocker ou à envoyer (un code de caractère corrompu ou NUL) ; chacun a été remplacé par �.</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location} contient des caractères de contrôle invisibles (comme ESC) ; ils ont été conservés tels quels.</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location} contient {length} caractères, plus qu&apos;une cellule Excel ne peut en contenir ({limit}) ; le contenu a été lu, mais ne pourra être exporté qu&apos;une fois raccourci.</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>Le {mineral} est utilisé dans les produits, mais aucune fonderie de {mineral} n&apos;est listée.</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name} n&apos;est ni conforme ni active dans le programme du RMI (« {status} »).</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name} n&apos;est ni conforme ni active dans le programme du RMI.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>La réévaluation de {name} est prévue le {date}.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>La réévaluation de {name} était due le {date}.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} accepte les dates à partir du {first}, sans fin ; {date} échoue au contrôle de date du classeur.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} accepte les dates du {first} au {last} ; {date} échoue au contrôle de date du classeur.</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>liste des fonderies</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>liste des mines</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>liste des produits</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>liste Minerals Scope</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>confirmer la date d&apos;effet</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>couverture de l&apos;enquête</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>l&apos;option n&apos;existe plus</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>fonderie absente de la liste de référence</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>le nouveau modèle n&apos;a pas de liste des mines</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>les fournisseurs directs ne sont pas tenus d&apos;utiliser des fonderies auditées</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>aucune mesure de diligence raisonnable n&apos;est mise en œuvre</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>aucune politique d&apos;approvisionnement en cobalt publique</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>aucune politique d&apos;approvisionnement responsable en minerais</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>les informations de diligence raisonnable des fournisseurs ne sont pas examinées</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>la diligence raisonnable des fournisseurs n&apos;a pas à couvrir les risques de l&apos;annexe II</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>les fournisseurs ne sont pas tenus d&apos;exercer une diligence raisonnable</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>la politique ne couvre pas les risques de l&apos;annexe II de l&apos;OCDE</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>le processus d&apos;examen n&apos;a pas de gestion des actions correctives</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>Afficher les constats ({count} erreurs)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>Replier le panneau des constats</translation>
    </message>
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
        <source>Findings</source>
        <translation>Constats</translation>
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
        <source>To confirm: {count}</source>
        <translation>À confirmer : {count}</translation>
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
        <source>My declarations ({count})</source>
        <translation>Mes déclarations ({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>Reçues des fournisseurs ({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>Modèles officiels ajoutés : {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>Aucun modèle officiel ajouté pour l&apos;instant : les exports utilisent la mise en page compatible jusqu&apos;à ce que vous en ajoutiez un (Ajouter un modèle…).</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>vert : accepté</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>orange : accepté, à examiner</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>rouge : non accepté</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(aucun fournisseur correspondant)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (à confirmer)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>rien à signaler</translation>
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
        <source>Import RMI &amp;facility list…</source>
        <translation>Importer la liste des &amp;installations RMI…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>&amp;Fournisseurs et campagnes…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
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
        <source>Adding the template cancelled</source>
        <translation>Ajout du modèle annulé</translation>
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
        <source>Minerals to declare</source>
        <translation>Minerais à déclarer</translation>
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
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>L&apos;export remplira votre copie du modèle officiel RMI {label}.</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} est plus ancien que {family} {newest} : {what}. Ne le choisissez que si votre client demande cette version.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Mise en page intégrée : aucun classeur officiel {family} {version} n&apos;a été ajouté, l&apos;export sera donc la mise en page compatible. Ajoutez le modèle officiel (reçu par l&apos;e-mail de votre client ou sur le site du RMI) à tout moment avant l&apos;export.</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>Cochez les minerais sur lesquels votre client vous interroge : chacun ajoute ses questions à remplir.</translation>
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
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>Ce que le client accepte : une déclaration par « ; », les alternatives reliées par « or », chacune une famille avec sa version minimale et, entre parenthèses, les minerais.</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>Votre interlocuteur chez le client</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Partir du profil Lenovo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>Demande depuis le profil</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>Accepte :</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Échéances :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>Profil de départ ({name}), modifiable : comparez-le à la dernière demande de votre client, corrigez ce qui diffère et enregistrez-le.</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>Aucun profil enregistré pour ce client.</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>aucun modèle accepté</translation>
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
        <source>Not understood in the profile: {text}</source>
        <translation>Non compris dans le profil : {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>Indiquez d&apos;abord le nom du client.</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>Profil de {name} enregistré.</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>Absent de votre bibliothèque de modèles : {what}. La demande indique la version intégrée la plus récente ; ajoutez le modèle officiel avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>Indiquez le client, cochez les modèles et indiquez la période.</translation>
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
        <source>Request added.</source>
        <translation>Demande ajoutée.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>Choisissez une sauvegarde à mettre à la place de la base de données. La base remplacée est conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>Ce dossier de données ne contient aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>Mettre la sauvegarde {name} à la place de la base de données ?</translation>
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
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reçue d&apos;un fournisseur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>Cette déclaration a été reçue d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Marquer prête à envoyer</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>Approuvez d&apos;abord la déclaration (ou choisissez « Je travaille seul » dans les Paramètres si aucun collègue ne revoit vos déclarations).</translation>
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
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
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
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>{count} valeur(s) reprise(s) de la déclaration précédente encore à confirmer.</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>Statut RMI :</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1 : %2 conformes, %3 actives, %4 autres</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Export du classeur…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>Exporter avec des champs manquants ?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>1 champ obligatoire manque encore.</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>{count} champs obligatoires manquent encore.</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>Le Checker du RMI dans le classeur exporté les comptera, et votre client verra une déclaration incomplète. Exporter quand même ?</translation>
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
        <source>compatible layout, not official</source>
        <translation>mise en page compatible, non officielle</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>Enregistré dans : {folder}</translation>
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
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>Modifier « %1 » à la ligne %2</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Supprimer des lignes</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
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
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} modification(s) en attente : {problem} Ce que vous avez saisi est conservé et sera enregistré dès qu’il répondra.</translation>
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
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>Pourquoi chaque minéral figure dans cette déclaration (feuille Minerals Scope)</translation>
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
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>Signaler les réévaluations RMI &amp;dues dans :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>Je travaille seul : aucun collègue ne revoit mes déclarations avant leur envoi</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Les questions sont affichées dans la traduction du RMI lorsque le modèle en contient une. Les réponses et commentaires doivent toujours être rédigés en anglais : le classeur que vous envoyez est en anglais.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>Doublon : la même fonderie que la ligne %1 (même métal, même identifiant et même mine d&apos;origine).</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>Introuvable dans la liste des fonderies du RMI : vérifiez le nom, ou gardez « Smelter not listed » avec son pays.</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>L&apos;identifiant %1 ne correspond pas au nom de la fonderie, dont l&apos;identifiant est %2.</translation>
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
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>Pour voir quelles fonderies sont conformes ou actives selon le RMI, téléchargez les listes d’installations du RMI (responsiblemineralsinitiative.org, fonderies et affineries conformes et actives, « Download Data ») et importez-les avec Fichier ▸ Importer la liste des installations RMI…</translation>
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
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — un par ligne</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>p. ex. Tin, Gold — vide pour tous</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts :</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>Métaux fournis :</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Pièces :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
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
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Métaux</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>Fournisseurs et campagnes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>Ajouter depuis un fichier reçu…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>Importer des fournisseurs</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>%1 fournisseur(s) ajouté(s), %2 mis à jour.</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>Un fichier envoyé par un fournisseur</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>Annulé : aucun fournisseur ajouté.</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 ne nomme pas son entreprise.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>Base de données d’équipe</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Base de données d’équipe injoignable</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>Réessayez, ou travaillez dans votre stockage local en attendant.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>Ouvrir mon stockage local</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} a modifié cette déclaration (maintenant {status}).</translation>
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
        <translation>Base de données d’équipe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>Se &amp;connecter et l’utiliser</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>Utiliser mon stockage &amp;local</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>aucun rôle d’équipe</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>Travail dans la base de données d’équipe {where} en tant que {user} ({role}).</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>Travail dans le stockage local de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — {minerals} uniquement</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (mise en page intégrée : ajoutez le modèle officiel avant d&apos;exporter)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>Impossible d&apos;ajouter ce modèle</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} n&apos;a pas été ajouté : sa structure diffère du modèle RMI qu&apos;il indique, MRT Desk n&apos;y écrira donc pas de déclaration.

Ce qui diffère :
{lines}

Utilisez le modèle vierge tel que téléchargé depuis le RMI ou envoyé par votre client. S&apos;il est authentique, le RMI a modifié le modèle et MRT Desk doit être mis à jour.</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>Ce n&apos;est pas le modèle annoncé</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>Revue avant envoi</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>Un collègue revoit-il et approuve-t-il vos déclarations avant leur envoi ?

Oui : garder le circuit de revue (soumettre, approuver, puis préparer l&apos;e-mail).
Non, je travaille seul : une déclaration passe directement du brouillon à « prête à envoyer ».

Vous pourrez modifier ce choix plus tard dans les Paramètres.</translation>
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
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>Facultatif : le Checker du RMI ne compte pas cette question. Vous pouvez quand même répondre.</translation>
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
