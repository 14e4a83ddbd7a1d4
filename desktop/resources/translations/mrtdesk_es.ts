<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>Minerales que declara</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>Otros minerales o metales, por su nombre en inglés (coma entre nombres):</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>p. ej. Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} de un máximo de {most} minerales.</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>La plantilla admite {most}: elimine algunos.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk no puede iniciarse</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>No se puede usar la carpeta de datos {folder}:
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(el período)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>Algo más que deba decir la solicitud</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>Plantillas que solicitar:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>Proveedores a consultar:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrucciones:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>¿Qué proveedor envió este archivo?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — elija el proveedor:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>Preparar correos de solicitud</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>Preparar recordatorios</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>Revisar archivos recibidos…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>Mostrar correos en la carpeta</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>Preparar correo de respuesta</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>Completar esta declaración con los archivos aceptados</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Su declaración:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>Archivos recibidos (suéltelos aquí):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>Aún no hay campañas: empiece con «Nueva campaña…».</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: %2 de %3 proveedores consultados respondieron (%4 %)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → pregunta %1: «%2»</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>Tasa de respuesta:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>Tasa de respuesta: aún no se ha consultado a nadie.</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>%1 correo(s) de solicitud preparado(s) en %2.</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>%1 recordatorio(s) preparado(s) en %2.</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>Revisando %1 archivo(s)…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>%1 correo(s) de respuesta preparado(s) en %2.</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>Añada estas plantillas a la biblioteca para adjuntarlas: %1.</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>Archivos enviados por sus proveedores</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>Revisión detenida: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>%1 archivo(s) revisado(s): %2 verde(s), %3 ámbar, %4 rojo(s).</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>Elija primero qué proveedor envió %1.</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>%1 fundición(es) añadida(s) a la declaración; %2 respuesta(s) fijada(s) según la tasa de respuesta.</translation>
    </message>
</context>
<context>
    <name>CheckedLineEdit</name>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>www.company.com/policy</source>
        <translation>www.empresa.com/politica</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Esto no parece una dirección web.</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>Comentario…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>Resolver «{text}» ({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>Comentarios de revisión: clic derecho para resolver</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>Comentario de revisión sobre {where}: {text} ({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>Comentarios de revisión: {count} abiertos</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
Clic derecho para resolver.</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where} (fila eliminada — resuelto): {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>Se eliminó la fila en la que estaba este comentario.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>Quién declara, quién responde a las preguntas sobre la declaración y quién la autoriza. Los campos marcados con (*) son obligatorios. Introdúzcalos una vez y guárdelos como perfil de su empresa para reutilizarlos en su próxima declaración.</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>Rellenar con el perfil de mi empresa</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>Guardar como perfil de mi empresa</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>Rellenado con el perfil de su empresa.</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>Guardado como perfil de su empresa.</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>No se pudo guardar el perfil: {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>Rellenar con el perfil de la empresa</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>Preguntas a nivel de empresa</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>Sobre la política de abastecimiento y la diligencia debida de su empresa.</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>Dirección web de la política (obligatoria si «{answer}»)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>Describa el formato (obligatorio si «{answer}»)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>No es obligatorio: para {mineral} las preguntas 1–2 terminan aquí.</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>fecha del periodo anterior</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>cobertura de la encuesta</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>la respuesta anterior ya no es una opción</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>no está en la lista de la RMI</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>no trasladado</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>Confirmar sin cambios</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;Traído de la declaración anterior.&lt;/b&gt; Confirme de nuevo ({n}): haga clic en uno para ir al campo; sale de esta lista en cuanto lo cambie o lo confirme sin cambios (✓):</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}, pregunta {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>pregunta {letter} a nivel de empresa</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>pregunta {letter} a nivel de empresa ({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Fundición</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}, fila {n}</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>Lista de minas</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>Ocultar esta lista hasta que se vuelva a abrir la declaración</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Ir a este campo</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…y {n} más.</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Fundición</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID de la fundición</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Declarada por</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>Sin fecha: elija una</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Errores pendientes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(sin nombre de empresa)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>Clientes y solicitudes…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>VENCIDA hace {days} días</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>vence en {days} días</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;Solicitudes de clientes&lt;/b&gt;: ninguna abierta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;Solicitudes de clientes&lt;/b&gt;: {open} abiertas, {urgent} próximas a vencer o vencidas</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← Todas las declaraciones</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>Campos obligatorios pendientes: {count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>Señales de alerta por revisar: {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>No falta nada aquí</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>Adjuntar un libro exportado</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Preparar correo electrónico</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>el correo del contacto del cliente</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(sin solicitud)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}: {templates}, vence {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>Adjuntar otro libro…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>Correo de contacto:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>Después de enviar el mensaje</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>Mostrar el mensaje y el libro en su carpeta</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>Destinatario, asunto, texto y archivos que adjuntar, para correo web</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>¿Correo web o sin programa de correo?</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>No se puede adjuntar {name}: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Indique primero el nombre del cliente y el correo de contacto.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>Ningún programa de correo abrió el mensaje. Use «Copiar mensaje» para pegarlo en su correo web, adjunte el libro desde «Mostrar en la carpeta» y luego haga clic en Marcar como enviada.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>El mensaje se entregó a su programa de correo ({path}). Envíelo desde allí y luego haga clic en Marcar como enviada. ¿No se abrió nada? Use «Copiar mensaje» y «Mostrar en la carpeta».</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>El mensaje está en el portapapeles: péguelo en un correo nuevo, adjunte el libro (Mostrar en la carpeta), envíelo y luego haga clic en Marcar como enviada.</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>Los archivos están en {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>El resumen está en el portapapeles.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Marcada como enviada.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no consultado</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>consultado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>Lista de instalaciones de la RMI</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>La RMI publica qué fundiciones y refinerías son conformes o activas. En responsiblemineralsinitiative.org abra las listas de fundiciones y refinerías conformes y activas, use «Download Data» (o guarde la tabla como CSV o Excel) e importe el archivo aquí. Actualícela cada mes: los estados cambian.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>según el archivo</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>Estado de cada fila:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>Elegir el archivo descargado…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>Todavía no se ha importado ninguna lista.</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>Importada: %1 (lista del %2, %3 instalaciones).</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>Importar la lista de instalaciones de la RMI</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Listas de instalaciones (*.xml *.xls *.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importada: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>%1 instalaciones importadas (lista del %2).</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>Columnas encontradas: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>Columnas no encontradas: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>Desde la última importación: %1 nuevas, %2 retiradas, %3 con un estado nuevo.</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>Estado RMI</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>Conforme, vencida</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>Conforme, vence pronto</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrita</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>CID desconocido</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>La lista de instalaciones de la RMI no conoce este ID de fundición.</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>Sin ID de fundición: nada que buscar.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>Última evaluación: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>Próxima evaluación: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>Las filas «Smelter not listed» necesitan el nombre y el país de la fundición (filas {rows}).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>«Unknown» es la respuesta coherente hasta que la encuesta esté completa.</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>Un alcance definido por el usuario necesita una descripción.</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>Añada al menos una fila con el metal {mineral} a la lista de fundiciones («Smelter not yet identified» si aún no la conoce).</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>Añada a la lista de fundiciones cada fundición que nombraron sus proveedores.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>Añada la plantilla oficial {template} a la biblioteca y exporte de nuevo antes de enviarla: las herramientas de los clientes esperan el libro de RMI.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>Añada la plantilla oficial {template} a la biblioteca de plantillas cuando la tenga y compruebe los valores leídos.</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>Añada las fundiciones («Smelter not yet identified» si se desconoce).</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>Responda la pregunta {number}: {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Responda: {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>Pida las fundiciones afectadas y su estado RMAP; es un motivo de revisión, no un rechazo.</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>Pida al proveedor su plan y calendario para implantarlo.</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>Pida al proveedor que identifique la fundición.</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>Compruebe el ID de la columna A con la tabla de búsqueda de fundiciones.</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>Compruebe la respuesta a ambas preguntas.</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>Compruebe los valores leídos o pida al remitente la plantilla actual.</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>Compruebe el año: la declaración debe llevar la fecha en que se completó.</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>Elija «{option}» en la lista.</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>Elija Yes, No o Unknown en la columna P.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>Elija una de estas respuestas: {options}.</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>Borre la respuesta o corrija las preguntas 1 y 2.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>La pregunta de empresa {letter} para {mineral} es «No»: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>La pregunta de empresa {letter} para {mineral} no está respondida.</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>La pregunta de empresa {letter} es «No»: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>La pregunta de empresa {letter} no está respondida.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Pregunta de empresa {letter}: «{value}» solo difiere del valor de la lista «{option}» en mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Pregunta de empresa {letter}: «{value}» no es una de las respuestas de la plantilla.</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>Corrija la pregunta {number} o elimine las fundiciones de {mineral}.</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>Corrija la pregunta {number} o la columna P de las fundiciones.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Alcance de la declaración: «{value}» solo difiere del valor de la lista «{option}» en mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Alcance de la declaración: «{value}» no es una de las respuestas de la plantilla.</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>Describa el formato de la encuesta en el comentario.</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>Describa qué productos o partes de la empresa cubre esta declaración.</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>Introduzca una dirección, por ejemplo name@company.com.</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>Introduzca el nombre de la persona autorizada, aunque sea la persona de contacto.</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>Introduzca la fecha como DD-MMM-YYYY, p. ej. 31-Aug-2025.</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>Introduzca la fecha en que se completó el formulario, p. ej. 31-Aug-2026.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>Introduzca los datos de la fundición o elíjala en la lista de búsqueda.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>Introduzca el nombre de la fundición en la columna D y su país en la columna E.</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>Rellene {field} en la pestaña Declaration.</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>Haga seguimiento a los proveedores que no han respondido.</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>Introduzca direcciones como name@company.com, separadas por ; o ,.</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>Pregunte al remitente qué debe decir el valor; los caracteres de control suelen venir de copiar desde otro programa.</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>Pregunte al remitente si el mineral pertenece a la declaración.</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>Pregunte al remitente a qué mineral se refería.</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>Pregunte al proveedor si puede abastecerse de una fundición conforme.</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>Traído de la declaración anterior ({reason}): confírmelo.</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>Compruebe la fecha con el remitente e introdúzcala como DD-MMM-YYYY, p. ej. 03-Apr-2025.</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>Compruebe el ID de la fundición con el proveedor: la RMI no incluye esta instalación.</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>Compruebe el valor y luego cámbielo o elija «Confirmar sin cambios».</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>Revise los valores leídos: la RMI puede haber reformulado textos.</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>Descargue la lista actual del sitio web de la RMI e impórtela de nuevo; las listas de más de {max_age} días no recogen los cambios de estado.</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>Introduzca la fecha real.</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Las fechas de Excel van del 1 de marzo de 1900 al 31 de diciembre de 9999: pida la fecha real.</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel no puede haber creado esta celda: pregunte al remitente qué debe decir.</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>Su conformidad puede caducar: busque una evaluación más reciente en la lista de la RMI.</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>Mantenga al menos un mineral en las celdas {first}–{last}.</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>Mantenga como máximo diez minerales o repártalos en dos declaraciones.</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>Indique los números de producto que cubre esta declaración, a partir de la fila 6.</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>La celda de mineral {mineral_cell} dice «{option}», pero no se nombra ningún mineral en {other_cell}; se omitió.</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>Nombre cada mineral en inglés (p. ej., Aluminum): la RMI pide inglés y la plantilla ordena sus filas de respuesta por los nombres.</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>No hay ningún mineral seleccionado para esta declaración.</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>No hay ninguna fundición de {mineral} en la lista.</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>No se ha comunicado toda la información recibida sobre fundiciones de {mineral}.</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>Ponga en el comentario la URL de la política publicada, p. ej. www.company.com/policy.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>La pregunta {letter} es «{answer}» pero el comentario «{value}» no es una dirección web.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>La pregunta {letter} es «{answer}» pero falta la dirección web de la política.</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>La pregunta {letter} dice que se usa otro formato pero no lo describe.</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>La pregunta {letter} dice que se usa otro formato de encuesta pero no lo describe.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>La pregunta {number} para {mineral} es «{value}»: algunas fundiciones se abastecen en zonas cubiertas o afectadas por conflictos y de alto riesgo.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>La pregunta {number} para {mineral} tiene respuesta aunque las preguntas 1–2 dicen que el mineral no se usa; la plantilla no permite responder aquí.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>La pregunta {number} para {mineral} no está respondida (solo se lee cuando las respuestas anteriores son «Yes»).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>La pregunta {number} para {mineral} no está respondida.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>La pregunta {number} para {mineral} dice «No» aunque no todos los proveedores respondieron (pregunta {survey}) o no todas las fundiciones están identificadas (pregunta {identified}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>La pregunta {number} para {mineral} dice que todas las fundiciones están identificadas, pero solo respondió «{value}» de los proveedores (pregunta {survey}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Pregunta {number} para {mineral}: «{value}» solo difiere del valor de la lista «{option}» en mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Pregunta {number} para {mineral}: «{value}» no es una de las respuestas de la plantilla.</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>La pregunta {number} dice que todo el {mineral} es reciclado o chatarra, pero {count} fundición(es) de {mineral} dicen que su materia prima no lo es.</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>Las plantillas de RMI no tienen macros: alguien modificó este archivo.</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>Las plantillas de RMI deben responderse en inglés.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>Quite el «!»; suele indicar una búsqueda sin coincidencia.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Elimine la fila duplicada.</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>Elimine esas filas o añada el mineral a la declaración.</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>La fila de fundición {row} es «Smelter not yet identified».</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>La fila de fundición {row} repite la fila {first}.</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>La fila de fundición {row} todavía dice «{value}».</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>Fila de fundición {row}: «{value}» contiene «!».</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>Fila de fundición {row}: «{value}» no es Yes, No o Unknown.</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>Fila de fundición {row}: el ID escrito «{value}» no coincide con el ID de la fundición «{id}».</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>Alguien modificó la plantilla; compruebe que la declaración no se ha alterado.</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>Alguien pegó filas después del final de la plantilla; las fórmulas de la plantilla y el Checker las ignoran.</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>Alguien sustituyó la hoja de la plantilla: pida al remitente la declaración en la plantilla de la RMI.</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>La tasa de respuesta de la encuesta a proveedores para {mineral} es «{value}».</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>La hoja Minerals Scope da un motivo para «{mineral}», que no es un mineral de esta declaración; se omitió.</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>La lista de instalaciones de la RMI tiene {age} días (del {date}).</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>La persona autorizada figura como «{value}» en lugar de un nombre.</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>El comentario de la pregunta de empresa {letter} no está en inglés.</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>El comentario de la pregunta {number} para {mineral} no está en inglés.</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>La declaración nombra {count} minerales; la plantilla {template} admite {capacity}.</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>La fecha de vigencia «{value}» no es una fecha.</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>La fecha de vigencia {date} es anterior a 2007.</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>La fecha de vigencia {date} está en el futuro.</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>El archivo es {template}, una revisión que MRT Desk no tiene definida; se leyó con el diseño {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>El archivo es {template}, más reciente que la última plantilla que conoce MRT Desk ({newest}); se leyó con el diseño {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>El archivo es {template}, más reciente que la última plantilla que conoce MRT Desk; su estructura coincide con {layout} (verificado) y se leyó con ese diseño: {template} — diseño de {layout}, verificado.</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>El archivo está dañado o lo creó un programa defectuoso: compruebe este valor con el remitente.</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>El mineral «{mineral}» no está nombrado en inglés.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>El alcance es «Product» pero la lista de productos está vacía.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>El alcance es «Producto», pero la primera fila de la lista de productos no tiene número de producto.</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>El libro contiene macros; MRT Desk leyó sus valores y no ejecutó nada.</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>El libro tiene hojas que la {template} oficial no tiene: {sheets}.</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>Al libro le faltan las hojas de la plantilla {sheets}; sus filas se leen como vacías.</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>La {list} tiene datos debajo de la última fila de la plantilla ({last_row}), hasta la fila {row}; esas filas también se leyeron.</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>La {sheet_name} es de tipo {kind}, no una hoja de cálculo; no se leyó nada de ella.</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>Este libro es el diseño compatible de MRT Desk para {template}, no la plantilla oficial de RMI.</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>Use una fecha que la plantilla acepte.</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>Use la fecha en que se completó el formulario, no una fecha prevista.</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>Use {better}, que acepta esta fecha (pídala a su cliente si le envió {template}), o una fecha que la plantilla acepte.</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>Esté atento a la renovación de su conformidad después de esa fecha.</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid} ({name}) no está en la lista de instalaciones de la RMI.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} fila(s) de fundición tienen el metal «{value}», que no es un mineral de esta plantilla.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} fila(s) de fundición tienen el metal «{value}», que no está en el alcance.</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{count} valor(es) de la {list} no están en inglés.</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>Hay {count} fila(s) de fundiciones de {mineral} aunque la pregunta {number} dice que el {mineral} no se usa o no permanece.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} «{value}» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field} contiene {value}, una fecha que Excel no puede contener; se conservó tal como está.</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field} contiene {value}, que no es una fecha; se conservó tal como está.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>Falta {field}.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field} no es una dirección de correo (no tiene «@»).</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field} no está en inglés.</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field} es {value}, una fecha que Excel no puede contener (admite del 1 de marzo de 1900 al 31 de diciembre de 9999); se escribió como texto.</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field} se escribió como texto en el que el día y el mes podrían estar intercambiados: se leyó como {read}; también podría significar {other}.</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}, fila {row}: «{value}» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location} contenía caracteres que no se pueden guardar ni enviar (un código de carácter dañado o NUL); cada uno se sustituyó por �.</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location} contiene caracteres de control invisibles (como ESC); se conservaron tal como están.</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location} contiene {length} caracteres, más de los que admite una celda de Excel ({limit}); se leyó, pero no se puede exportar hasta acortarlo.</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>El {mineral} se usa en los productos, pero no hay ninguna fundición de {mineral} en la lista.</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name} no es conforme ni activa en el programa de la RMI («{status}»).</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name} no es conforme ni activa en el programa de la RMI.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>La reevaluación de {name} vence el {date}.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>La reevaluación de {name} venció el {date}.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} acepta fechas desde el {first} sin fin; {date} no supera la comprobación de fecha del libro.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} acepta fechas del {first} al {last}; {date} no supera la comprobación de fecha del libro.</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>lista de fundiciones</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>lista de minas</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>lista de productos</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>lista Minerals Scope</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>confirmar la fecha de vigencia</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>cobertura de la encuesta</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>la opción ya no existe</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>fundición que ya no está en la lista de referencia</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>la nueva plantilla no tiene lista de minas</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>no se exige a los proveedores directos usar fundiciones auditadas</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>no se aplican medidas de diligencia debida</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>no hay una política pública de abastecimiento de cobalto</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>no hay una política de abastecimiento responsable de minerales</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>no se revisa la información de diligencia debida de los proveedores</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>la diligencia debida de los proveedores no tiene que cubrir los riesgos del anexo II</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>no se exige a los proveedores ejercer la diligencia debida</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>la política no cubre los riesgos del anexo II de la OCDE</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>el proceso de revisión no gestiona acciones correctivas</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>Mostrar los hallazgos ({count} errores)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>Plegar el panel de hallazgos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>Haga clic en un hallazgo para ir a su campo. Los errores son lo que cuenta el Checker de la RMI; las señales de alerta conviene revisarlas antes de enviar.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Errores: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Señales de alerta: {count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>Por confirmar: {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>Errores: ninguno; todos los campos obligatorios están completos</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Abrir libro…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Añadir plantilla…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>Consolidar archivos de proveedores…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>Haga doble clic en una declaración (o pulse Intro) para seguir rellenándola.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a MRT Desk&lt;/h2&gt;&lt;p&gt;Haga clic en &lt;b&gt;Nueva declaración&lt;/b&gt; para rellenar el CMRT, CRT o EMRT que le pidió su cliente, o en &lt;b&gt;Abrir libro…&lt;/b&gt; para traer uno que ya tenga (también puede soltar aquí un archivo .xlsx).&lt;/p&gt;&lt;p&gt;La plantilla oficial le llega en el correo de su cliente o desde el sitio web de la Responsible Minerals Initiative (responsiblemineralsinitiative.org): añádala una vez con &lt;b&gt;Añadir plantilla…&lt;/b&gt; para que su exportación sea el libro oficial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>Mis declaraciones ({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>Recibidas de proveedores ({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>Plantillas oficiales añadidas: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>Aún no se ha añadido ninguna plantilla oficial: las exportaciones usan el formato compatible hasta que añada una (Añadir plantilla…).</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>verde: aceptado</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>ámbar: aceptado, conviene revisarlo</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>rojo: no aceptado</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(ningún proveedor coincide)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (confirme)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>nada que informar</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>Fundiciones</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>Fundiciones y refinerías</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>Lista de minas</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>Opcional: las minas de las que se abastecen sus fundiciones y procesadores, una fila por mina.</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>Fundiciones: {count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>Minas: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;Nueva declaración…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>Añadir &amp;plantilla…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>Importar la lista de &amp;instalaciones de la RMI…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>&amp;Proveedores y campañas…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>&amp;Cerrar declaración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
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
        <translation>NO guardado: {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada todavía)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>Abrir un libro CMRT, CRT o EMRT</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>Añadir una plantilla oficial de la RMI</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>Se canceló la adición de la plantilla</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>Plantilla oficial {family} {version} añadida</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>Eliminar declaración</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>¿Eliminar esta declaración?</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>Quién la pidió, p. ej., Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Periodo de declaración:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>Minerales que declarar</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>plantilla oficial añadida</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>formato integrado</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>La exportación rellenará su copia de la plantilla oficial RMI {label}.</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} es anterior a {family} {newest}: {what}. Elíjala solo si su cliente pide esta versión.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Formato integrado: no se ha añadido ningún libro oficial {family} {version}, así que la exportación tendrá el formato compatible. Añada la plantilla oficial (del correo de su cliente o del sitio web de la RMI) en cualquier momento antes de exportar.</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>Marque los minerales por los que pregunta su cliente: cada uno añade sus preguntas por responder.</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>Fundición no listada</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>Para una fundición que no está en la lista de la RMI: indique su nombre y el país donde está. Busque primero en la lista; la mayoría de las fundiciones figuran con algún nombre.</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>El nombre de la fundición tal como lo dio su proveedor</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>Escriba para buscar el país</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>Metal (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>Nombre de la fundición (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>País de la fundición (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>Introduzca el nombre de la fundición.</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>Elija el país de la lista de la RMI.</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>Elija el país de la fundición.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}: no se pudo leer este archivo ({error}).</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Leyendo {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>Leyendo {n} archivos …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>Plantilla oficial en blanco</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} es la plantilla oficial RMI {family} {version} en blanco, no una declaración completada.

¿Añadirla a su biblioteca de plantillas? Las exportaciones de declaraciones {family} {version} rellenarán entonces este libro oficial. Para rellenar una, haga clic en Nueva declaración.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Apertura cancelada</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>No se pueden abrir {n} archivos</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} abierto</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>{n} libros importados</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value} (no es una opción de la plantilla)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>Definiciones…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>Qué significan los términos de esta pregunta</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>Elija qué campo rellena cada columna pegada (o Ignorar). Abajo se muestran las primeras filas.</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>La primera fila contiene los nombres de columna (no añadirla)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>Se añadirán %1 fila(s); se usan %2 de %3 columna(s).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>Lo que acepta el cliente: una declaración por «;», alternativas unidas con «or», cada una una familia con su versión mínima y, entre paréntesis, los minerales.</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>Su contacto en el cliente</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Empezar con el perfil de Lenovo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>Solicitud desde el perfil</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>Acepta:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Fechas límite:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>Perfil inicial ({name}), editable: compárelo con la última solicitud de su cliente, cambie lo que difiera y guárdelo.</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>Aún no hay un perfil guardado para este cliente.</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>ninguna plantilla aceptada</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>En la plantilla (responda en inglés): {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>Responda para cada mineral. El comentario es opcional.</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}: pregunta {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>Omitida: {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>Clientes y solicitudes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contacto@cliente.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>Añadir o actualizar cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>Los números de pieza del cliente, separados por comas</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>No se entiende en el perfil: {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>Indique primero el nombre del cliente.</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>Perfil de {name} guardado.</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>No está en su biblioteca de plantillas: {what}. La solicitud indica la versión integrada más reciente; añada la plantilla oficial antes de exportar.</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>Indique el cliente, marque las plantillas e indique el periodo.</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Añadir solicitud</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>Quitar la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Plantillas:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>Números de pieza:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha de vencimiento:</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>Vuelve a pedir:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>Indique un nombre y un correo de contacto válido.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Solicitud añadida.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>Elija una copia de seguridad para poner en lugar de la base de datos. La base de datos reemplazada se conserva en la carpeta de copias.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>No hay copias de seguridad en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>¿Poner la copia {name} en lugar de la base de datos?</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>Exportar informe de revisión (PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>Preparar correo electrónico…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Comentario sobre {where}:</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recibida de un proveedor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>Esta declaración se recibió de un proveedor.</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Marcar lista para enviar</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>Apruebe primero la declaración (o elija «Trabajo solo» en Configuración si ningún colega revisa sus declaraciones).</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>¿Editar la declaración {status}?</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Informe de revisión</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>Informe de revisión guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>Revise lo que falta y luego exporte el libro para su cliente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>Completitud:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Señales de alerta:</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>Fundiciones por metal:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Añadir plantilla…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exportar libro…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>Formato compatible: NO es la plantilla oficial de la RMI</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>{family} {version} oficial de la RMI (de su biblioteca)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>La aplicación crea un libro con las mismas hojas y celdas que el {family} {version}, marcado como no oficial. Los clientes pueden exigir la plantilla oficial: añádala (del correo de su cliente o del sitio web de la RMI) para exportar en ella.</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>Solo se rellenan las celdas de respuesta del libro oficial.</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>Completa: todos los campos obligatorios están rellenados.</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>Falta todavía 1 campo obligatorio (vea el panel de hallazgos).</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>Faltan todavía {count} campos obligatorios (vea el panel de hallazgos).</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} para revisar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>{count} valor(es) traído(s) de la declaración anterior aún por confirmar.</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>Estado RMI:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: %2 conformes, %3 activas, %4 otras</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Exportando el libro…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>¿Exportar con campos obligatorios vacíos?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>Aún falta 1 campo obligatorio.</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>Aún faltan {count} campos obligatorios.</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>El Checker de la RMI en el libro exportado los contará y su cliente verá una declaración incompleta. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error en la exportación: {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>plantilla oficial</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>formato compatible, no oficial</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>Guardado en: {folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker: falta 1 campo obligatorio.</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker: faltan {count} campos obligatorios.</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>{name} exportado ({kind}). {checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>Exportar informe de revisión</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>Consolidar archivos de proveedores</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>Elija los libros CMRT, CRT o EMRT que le enviaron sus proveedores (o suéltelos aquí). Cada uno se lee y se comprueba; un archivo ilegible se informa y se omite. Sus fundiciones se consolidan: una fila por metal y fundición, con los proveedores que la declararon.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>Fundiciones consolidadas</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>Combinar en esta declaración</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>Guardar libro consolidado…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n archivo elegido.</numerusform>
            <numerusform>%n archivos elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>Elija los libros de sus proveedores</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Se detendrá tras el archivo actual…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Leyendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>%1 archivo(s) leído(s), %2 ilegible(s); %3 fundición(es) consolidada(s).</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>Proveedores (%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>Fundiciones consolidadas (%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>La consolidación se detuvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>%n fundición añadida a esta declaración (Deshacer la quita).</numerusform>
            <numerusform>%n fundiciones añadidas a esta declaración (Deshacer las quita).</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>Esta declaración ya incluye todas las fundiciones consolidadas.</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>Guardar el libro consolidado</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>Editar «%1» en la fila %2</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Eliminar fila</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>Añadir fundición</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>Añadir mina</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Quitar las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>Pegar filas…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Pegue filas copiadas de Excel o de un archivo CSV (Ctrl+V) y asigne sus columnas</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>Copie primero las filas en Excel (o en un archivo CSV) y luego péguelas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Pegar %n fila</numerusform>
            <numerusform>Pegar %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} cambio(s) en espera: {problem} Lo que escribió se conserva y se guardará cuando vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>Alcance y productos</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>Qué cubre esta declaración</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>Minerales que declara (desmarque los que su cliente no pidió)</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>Por qué cada mineral está en esta declaración (hoja Minerals Scope)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>Lista de productos: obligatoria para el alcance «B. Product»; indique cada producto que cubre esta declaración (el número de producto es obligatorio).</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>Lista de productos: solo es necesaria si el alcance es «B. Product».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>Fundición (nombre estándar)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID de la fundición</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 — figura como «%2»</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>Señalar reevaluaciones de la RMI &amp;pendientes en:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>Trabajo solo: ningún colega revisa mis declaraciones antes de enviarlas</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Las preguntas se muestran con la traducción de la RMI cuando la plantilla la incluye. Las respuestas y los comentarios deben seguir escribiéndose en inglés: el libro que envía está en inglés.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>Duplicado: la misma fundición que la fila %1 (mismo metal, ID y mina de origen).</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>No se encontró en la lista de fundiciones de la RMI: revise el nombre o déjela como «Smelter not listed» con su país.</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>El ID %1 no coincide con el nombre de la fundición, cuyo ID es %2.</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>«%1» no es un mineral del alcance de esta declaración.</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 no está en la búsqueda de fundiciones (Smelter Look-up) de la plantilla.</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>La RMI la lista como «%1» (%2, %3): use «Aplicar la fundición sugerida».</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>Buscar en la lista de fundiciones de la RMI: nombre, alias o CID (p. ej., CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>Buscar solo las fundiciones de este metal</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>Todos los minerales del alcance</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>Añada la plantilla oficial para buscar en la lista de fundiciones de la RMI (inicio → Añadir plantilla…). Mientras tanto, añada filas y escriba las fundiciones.</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;Añadir una fundición&lt;/b&gt;: escriba un nombre, un alias o un CID:</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>Fundición no listada…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>Una fundición que no está en la lista de la RMI: introduzca su nombre y país</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>Fundición aún no identificada</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>Añadir una fila vacía</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>Importar lista de fundiciones…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>Añadir la lista de fundiciones de otro libro CMRT, CRT o EMRT</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>Combinar las listas de fundiciones de los proveedores…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>Consolidar los archivos que enviaron sus proveedores y añadir aquí sus fundiciones</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>Aplicar la fundición sugerida</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>Para ver qué fundiciones son conformes o activas según la RMI, descargue las listas de instalaciones de la RMI (responsiblemineralsinitiative.org, fundiciones y refinerías conformes y activas, «Download Data») e impórtelas con Archivo ▸ Importar la lista de instalaciones de la RMI…</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>Añadir la fundición %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>Añadir %1 (no listada)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>Añadir una fundición de %1 aún no identificada</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>Importar la lista de fundiciones de un libro</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 no incluye fundiciones.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>Importar %n fundición</numerusform>
            <numerusform>Importar %n fundiciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>Combinar %n fundición de proveedores</numerusform>
            <numerusform>Combinar %n fundiciones de proveedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>La fila %1, «%2» (no listada), parece la fundición listada por la RMI «%3» (%4, %5).</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>Usar %1 para la fila %2</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>Partir de la &amp;anterior…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>Partir de la declaración &amp;anterior…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>Un nuevo borrador para el siguiente periodo, en la plantilla más reciente, con las respuestas de esta</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>Seleccione primero en la lista la declaración del periodo anterior</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>No se puede crear el nuevo borrador</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>Nuevo borrador {family} {version}: {n} elemento(s) que volver a confirmar</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>Partir de la declaración anterior</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>Un nuevo borrador recibe las respuestas, fundiciones y productos de &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. Usted vuelve a confirmar lo que puede haber cambiado: la fecha de vigencia, la cobertura de la encuesta y todo lo que la nueva versión pregunte de otra forma.</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>p. ej., {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Periodo de declaración:</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Crear borrador</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>plantilla oficial añadida</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>formato integrado</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>El nuevo borrador es un {family} {version}.</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>La exportación rellenará su copia del libro oficial.</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>Aún no se ha añadido ningún libro oficial {family} {version}: añádalo antes de exportar (si no, la exportación tendrá el formato compatible).</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — uno por línea</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>p. ej. Tin, Gold — vacío para todos</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>Metales suministrados:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Piezas:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>Fundiciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>Falta %n campo obligatorio</numerusform>
            <numerusform>Faltan %n campos obligatorios</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>No leído: %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Metales</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Piezas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>Proveedores y campañas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>Añadir desde un archivo recibido…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>Importar proveedores</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>%1 proveedor(es) añadido(s), %2 actualizado(s).</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>Un archivo enviado por un proveedor</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>Cancelado: no se añadió ningún proveedor.</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 no indica el nombre de su empresa.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>No se puede acceder a la base de datos del equipo</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>Vuelva a intentarlo o trabaje mientras tanto en su almacén local.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>Abrir mi almacén local</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} cambió esta declaración (ahora {status}).</translation>
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
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>&amp;Conectar y usarla</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>Usar mi almacén &amp;local</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>sin rol en el equipo</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>Trabajando en la base de datos del equipo {where} como {user} ({role}).</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>Trabajando en el almacén local de este equipo.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — solo {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (diseño integrado: añada la plantilla oficial antes de exportar)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>No se puede añadir esta plantilla</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} no se añadió: su estructura difiere de la plantilla RMI que indica, por lo que MRT Desk no escribirá una declaración en ella.

Qué difiere:
{lines}

Use la plantilla en blanco tal como se descargó del RMI o la envió su cliente. Si es auténtica, el RMI cambió la plantilla y MRT Desk necesita una actualización.</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>No es la plantilla que dice ser</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>Revisión antes del envío</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>¿Un colega revisa y aprueba sus declaraciones antes de enviarlas?

Sí: mantener el flujo de revisión (enviar a revisión, aprobar y luego preparar el correo).
No, trabajo solo: una declaración pasa directamente de borrador a lista para enviar.

Puede cambiarlo más adelante en Configuración.</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>No es obligatorio porque la pregunta 1 para {mineral} es «{answer}».</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>No es obligatorio porque la pregunta 2 para {mineral} es «{answer}».</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>No obligatorio: el Checker de la RMI no cuenta esta pregunta. Aun así puede responder.</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>No es obligatorio porque ningún mineral se usa y permanece en sus productos (cada uno termina en la pregunta 1 o 2). Aun así puede responder.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>«Añadido intencionadamente» significa que el metal se usa a propósito para dar al producto una propiedad, reacción o calidad; no es un subproducto natural. Responda para sus productos (o el alcance elegido) y su proceso de producción.</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>¿Permanece el metal en el producto terminado? Un metal usado solo en el proceso (p. ej., un catalizador) que no queda en el producto es «No».</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>Países cubiertos (término de la SEC): la República Democrática del Congo y sus nueve vecinos: Angola, Burundi, República Centroafricana, República del Congo, Ruanda, Sudán del Sur, Tanzania, Uganda y Zambia.</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>Las zonas de conflicto y de alto riesgo (CAHRA) son zonas en conflicto armado, zonas frágiles tras un conflicto o zonas con gobernanza y seguridad débiles o inexistentes, y violaciones generalizadas del derecho internacional, incluidos abusos de los derechos humanos.</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>Las fuentes recicladas o de chatarra son metales recuperados de productos de usuario final o posconsumo, o chatarra generada durante la fabricación.</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>De los proveedores que le suministran este metal, ¿qué proporción respondió a su encuesta?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>¿Ha identificado todas las fundiciones o refinerías de su cadena de suministro para este metal? Una fundición o refinería convierte mineral, escoria o chatarra en metal refinado.</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>¿Figura en la pestaña Smelter List cada fundición que le informaron sus proveedores?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>¿Ha identificado todas las fundiciones o procesadores de su cadena de suministro para este mineral?</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>Las preguntas a nivel de empresa describen su programa de diligencia debida en conjunto: su política de abastecimiento, si encuesta a sus proveedores y revisa lo que le envían. Una política publicada necesita su dirección web (URL) en el comentario.</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>El alcance indica qué cubre esta declaración: «A. Company», todo lo que fabrica su empresa; «B. Product», solo los productos que indique abajo; «C. User defined», descríbalo.</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>Una fundición o refinería convierte mineral, escoria o chatarra en metal refinado. Indique cada fundición que le informaron sus proveedores, una fila por metal. Si aún no la conoce, elija «Smelter not yet identified»; si no está en el Smelter Look-up de la RMI, elija «Smelter not listed» e indique su nombre y país.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>Editar {path}</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>Cambiar minerales</translation>
    </message>
</context>
</TS>
