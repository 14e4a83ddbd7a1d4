<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;Trasladado de la declaración anterior.&lt;/b&gt; Vuelva a confirmar ({n}): haga clic en uno para ir al campo; sale de esta lista en cuanto lo cambie:</translation>
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
        <source>Cannot attach {name}: {error}</source>
        <translation>No se puede adjuntar {name}: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Indique primero el nombre del cliente y el correo de contacto.</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>El mensaje está abierto en su programa de correo ({path}). Envíelo desde allí y luego haga clic en Marcar como enviada.</translation>
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
    <name>FindingsPanel</name>
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
        <source>Errors: {count}</source>
        <translation>Errores: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Señales de alerta: {count}</translation>
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
        <source>Official templates added: {names}.</source>
        <translation>Plantillas oficiales añadidas: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>Aún no se ha añadido ninguna plantilla oficial: las exportaciones usan el formato compatible hasta que añada una con Añadir plantilla….</translation>
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
        <source>Cannot add this template</source>
        <translation>No se puede añadir esta plantilla</translation>
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
        <source>official template added</source>
        <translation>plantilla oficial añadida</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>formato integrado</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>La exportación rellenará su copia del {family} {version} oficial de la RMI.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Formato integrado: no se ha añadido ningún libro oficial {family} {version}, así que la exportación tendrá el formato compatible. Añada la plantilla oficial (del correo de su cliente o del sitio web de la RMI) en cualquier momento antes de exportar.</translation>
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
        <source>Accepts the EMRT for cobalt</source>
        <translation>Acepta el EMRT para el cobalto</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Ajuste predefinido de Lenovo</translation>
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
        <source>Not a template: {text}</source>
        <translation>No es una plantilla: {text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>Indique el cliente, las plantillas y el periodo.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Solicitud añadida.</translation>
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
        <source>Approve the declaration first.</source>
        <translation>Apruebe primero la declaración.</translation>
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
        <source>Open containing folder</source>
        <translation>Abrir la carpeta</translation>
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
        <source>Exporting the workbook…</source>
        <translation>Exportando el libro…</translation>
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
        <source>compatible layout (not official)</source>
        <translation>formato compatible (no oficial)</translation>
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
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>Las preguntas se muestran con la traducción de la RMI cuando la plantilla la incluye. Las respuestas y los comentarios deben seguir escribiéndose en inglés: el libro que envía está en inglés.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>Duplicado: la misma fundición que la fila %1 (mismo metal e ID).</translation>
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
