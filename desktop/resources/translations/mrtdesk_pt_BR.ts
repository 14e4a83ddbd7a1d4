<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>Minerais que você declara</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>Outros minerais ou metais, pelo nome em inglês (vírgula entre os nomes):</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>ex.: Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} de no máximo {most} minerais.</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>O modelo comporta {most}: remova alguns.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>O MRT Desk não pode iniciar</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>A pasta de dados {folder} não pode ser usada:
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(o período)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>Algo mais que a solicitação deva dizer</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>Modelos a solicitar:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>Fornecedores a consultar:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instruções:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>Qual fornecedor enviou este arquivo?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — escolha o fornecedor:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nova campanha…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campanha:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>Preparar e-mails de solicitação</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>Preparar lembretes</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>Verificar arquivos recebidos…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>Mostrar e-mails na pasta</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>Preparar e-mail de retorno</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>Preencher esta declaração com os arquivos aceitos</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Sua declaração:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>Arquivos recebidos (solte-os aqui):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prazo %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>Nenhuma campanha ainda: comece com “Nova campanha…”.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: %2 de %3 fornecedores consultados responderam (%4%)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → pergunta %1: “%2”</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>Taxa de resposta:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>Taxa de resposta: ninguém foi consultado ainda.</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>%1 e-mail(s) de solicitação preparado(s) em %2.</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>%1 lembrete(s) preparado(s) em %2.</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>Verificando %1 arquivo(s)…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>%1 e-mail(s) de retorno preparado(s) em %2.</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>Adicione estes modelos à biblioteca para anexá-los: %1.</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>Arquivos enviados pelos seus fornecedores</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>Verificação interrompida: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>%1 arquivo(s) verificado(s): %2 verde(s), %3 âmbar, %4 vermelho(s).</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>Escolha primeiro qual fornecedor enviou %1.</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>%1 fundição(ões) adicionada(s) à declaração; %2 resposta(s) definida(s) pela taxa de resposta.</translation>
    </message>
</context>
<context>
    <name>CheckedLineEdit</name>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.com</translation>
    </message>
    <message>
        <source>www.company.com/policy</source>
        <translation>www.empresa.com/politica</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Isto não parece um endereço de e-mail.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Isto não parece um endereço da web.</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>Comentário…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>Resolver “{text}” ({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>Comentários de revisão — clique com o botão direito para resolver</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>Comentário de revisão sobre {where}: {text} ({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>Comentários de revisão: {count} em aberto</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
Clique com o botão direito para resolver.</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where} (linha removida — resolvido): {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>A linha em que este comentário estava foi removida.</translation>
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
        <translation>Sua empresa</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>Quem declara, quem responde a perguntas sobre a declaração e quem a autoriza. Os campos marcados com (*) são obrigatórios. Preencha-os uma vez e salve-os como perfil da sua empresa para reutilizá-los na próxima declaração.</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>Preencher com o perfil da minha empresa</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>Salvar como perfil da minha empresa</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>Preenchido com o perfil da sua empresa.</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>Salvo como perfil da sua empresa.</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>Não foi possível salvar o perfil: {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>Preencher com o perfil da empresa</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>Perguntas no nível da empresa</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>Sobre a política de fornecimento e a devida diligência da sua empresa.</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>Endereço da política na web (obrigatório se “{answer}”)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>Descreva o formato (obrigatório se “{answer}”)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>Não obrigatório: para {mineral}, as perguntas 1–2 terminam aqui.</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>data do período anterior</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>cobertura da pesquisa</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>a resposta antiga não é mais uma opção</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>fora da lista da RMI</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>não transferido</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>Confirmar sem alteração</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;Trazido da declaração anterior.&lt;/b&gt; Confirme novamente ({n}) — clique em um item para ir ao campo; ele sai desta lista quando você o altera ou o confirma sem alteração (✓):</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}, pergunta {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>pergunta {letter} no nível da empresa</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>pergunta {letter} no nível da empresa ({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>Fundição</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}, linha {n}</translation>
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
        <translation>Ocultar esta lista até a declaração ser aberta novamente</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Ir para este campo</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…e mais {n}.</translation>
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
        <translation>Fundição</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID da fundição</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informada por</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fornecedores</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>Não definida — escolha uma data</translation>
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
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Erros restantes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(sem nome da empresa)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>Clientes e solicitações…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>ATRASADA há {days} dias</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>vence em {days} dias</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence em {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;Solicitações de clientes&lt;/b&gt;: nenhuma em aberto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;Solicitações de clientes&lt;/b&gt;: {open} em aberto, {urgent} perto do prazo ou atrasadas</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← Todas as declarações</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Próximo →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>Campos obrigatórios faltando: {count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>Sinais de alerta a verificar: {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>Nada faltando aqui</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>Anexar uma pasta de trabalho exportada</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Preparar e-mail</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>o e-mail do contato no cliente</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(sem solicitação)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}: {templates}, prazo {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>Anexar outra pasta de trabalho…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>E-mail de contato:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitação:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir no programa de e-mail</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumo</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>Depois de enviar a mensagem</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>Mostrar a mensagem e a pasta de trabalho na pasta delas</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>Destinatário, assunto, texto e arquivos a anexar, para webmail</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>Webmail ou nenhum programa de e-mail?</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>Não é possível anexar {name}: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Informe primeiro o nome do cliente e o e-mail de contato.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>Nenhum programa de e-mail abriu a mensagem. Use “Copiar mensagem” para colá-la no seu webmail, anexe a pasta de trabalho a partir de “Mostrar na pasta” e depois clique em Marcar como enviada.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>A mensagem foi entregue ao seu programa de e-mail ({path}). Envie-a por ele e depois clique em Marcar como enviada. Nada abriu? Use “Copiar mensagem” e “Mostrar na pasta”.</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>A mensagem está na área de transferência: cole-a em um novo e-mail, anexe a pasta de trabalho (Mostrar na pasta), envie e depois clique em Marcar como enviada.</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>Os arquivos estão em {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>O resumo está na área de transferência.</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>não consultado</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>consultado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebido</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>devolvido</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>Lista de instalações da RMI</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>A RMI publica quais fundições e refinarias são conformes ou ativas. Em responsiblemineralsinitiative.org abra as listas de fundições e refinarias conformes e ativas, use “Download Data” (ou salve a tabela como CSV ou Excel) e importe o arquivo aqui. Atualize-a todo mês: os status mudam.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>conforme o arquivo</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>Status de cada linha:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>Escolher o arquivo baixado…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>Nenhuma lista importada ainda.</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>Importada: %1 (lista de %2, %3 instalações).</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>Importar a lista de instalações da RMI</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Listas de instalações (*.xml *.xls *.xlsx *.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importada: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>%1 instalações importadas (lista de %2).</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>Colunas encontradas: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>Colunas não encontradas: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>Desde a última importação: %1 novas, %2 removidas, %3 com novo status.</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>Status RMI</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>Conforme, atrasada</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>Conforme, vence em breve</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Não inscrita</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>CID desconhecido</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>A lista de instalações da RMI não conhece este ID de fundição.</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>Sem ID de fundição: nada a consultar.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>Última avaliação: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>Próxima avaliação: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Pastas de trabalho do Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>As linhas “Smelter not listed” precisam do nome e do país da fundição (linhas {rows}).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>“Unknown” é a resposta coerente até a pesquisa estar concluída.</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>Um escopo definido pelo usuário precisa de uma descrição.</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>Adicione pelo menos uma linha com o metal {mineral} à lista de fundições (“Smelter not yet identified” se ainda não a conhecer).</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>Adicione à lista de fundições todas as fundições citadas pelos seus fornecedores.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>Adicione o modelo oficial {template} à biblioteca e exporte de novo antes de enviar: as ferramentas dos clientes esperam a planilha da própria RMI.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>Adicione o modelo oficial {template} à biblioteca de modelos quando o tiver e confira os valores lidos.</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>Adicione as fundições (“Smelter not yet identified” se desconhecida).</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>Responda à pergunta {number}: {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>Responda: {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>Peça as fundições envolvidas e seu status RMAP; isto é um motivo de revisão, não uma rejeição.</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>Peça ao fornecedor o plano e o prazo para implantar isso.</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>Peça ao fornecedor que identifique a fundição.</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>Confira o ID da coluna A na tabela de consulta de fundições.</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>Confira a resposta às duas perguntas.</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>Confira os valores lidos ou peça ao remetente o modelo atual.</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>Confira o ano: a declaração deve ter a data em que foi preenchida.</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>Escolha “{option}” na lista.</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>Escolha Yes, No ou Unknown na coluna P.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>Escolha uma destas respostas: {options}.</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>Apague a resposta ou corrija as perguntas 1 e 2.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>A pergunta da empresa {letter} para {mineral} é “No”: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>A pergunta da empresa {letter} para {mineral} não foi respondida.</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>A pergunta da empresa {letter} é “No”: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>A pergunta da empresa {letter} não foi respondida.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Pergunta da empresa {letter}: “{value}” difere do valor da lista “{option}” apenas em maiúsculas e minúsculas.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Pergunta da empresa {letter}: “{value}” não é uma das respostas do modelo.</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>Corrija a pergunta {number} ou remova as fundições de {mineral}.</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>Corrija a pergunta {number} ou a coluna P das fundições.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Escopo da declaração: “{value}” difere do valor da lista “{option}” apenas em maiúsculas e minúsculas.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Escopo da declaração: “{value}” não é uma das respostas do modelo.</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>Descreva o formato da pesquisa no comentário.</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>Descreva quais produtos ou partes da empresa esta declaração abrange.</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>Digite um endereço, por exemplo name@company.com.</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>Digite o nome do próprio responsável pela autorização, mesmo que seja a pessoa de contato.</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>Digite a data como DD-MMM-YYYY, p. ex. 31-Aug-2025.</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>Digite a data em que o formulário foi preenchido, p. ex. 31-Aug-2026.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>Digite os dados da fundição ou escolha-a na lista de consulta.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>Digite o nome da fundição na coluna D e o país na coluna E.</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>Preencha {field} na aba Declaration.</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>Cobre os fornecedores que não responderam.</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>Informe endereços como name@company.com, separados por ; ou ,.</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>Pergunte ao remetente o que o valor deveria dizer; caracteres de controle costumam vir de cópias feitas em outro programa.</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>Pergunte ao remetente se o mineral pertence à declaração.</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>Pergunte ao remetente a qual mineral ele se referia.</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>Pergunte ao fornecedor se ele pode se abastecer em uma fundição conforme.</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>Trazido da declaração anterior ({reason}): confirme.</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>Confira a data com o remetente e digite-a como DD-MMM-YYYY, p. ex. 03-Apr-2025.</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>Confira o ID da fundição com o fornecedor: a RMI não lista esta instalação.</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>Confira o valor e depois altere-o ou escolha “Confirmar sem alteração”.</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>Confira os valores lidos: a RMI pode ter reescrito textos.</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>Baixe a lista atual no site da RMI e importe-a novamente; listas com mais de {max_age} dias não trazem as mudanças de status.</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>Digite a data real.</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>As datas do Excel vão de 1º de março de 1900 a 31 de dezembro de 9999: peça a data real.</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>O próprio Excel não poderia ter criado esta célula: pergunte ao remetente o que ela deveria dizer.</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>A conformidade pode expirar: procure uma avaliação mais recente na lista da RMI.</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>Mantenha pelo menos um mineral nas células {first}–{last}.</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>Mantenha no máximo dez minerais ou divida-os em duas declarações.</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>Liste os números de produto abrangidos por esta declaração, a partir da linha 6.</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>A célula de mineral {mineral_cell} diz “{option}”, mas nenhum mineral está nomeado em {other_cell}; a entrada foi deixada de fora.</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>Dê a cada mineral um nome em inglês (p. ex. Aluminum): a RMI pede inglês, e o modelo ordena as linhas de resposta pelos nomes.</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>Nenhum mineral está selecionado para esta declaração.</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>Nenhuma fundição de {mineral} está listada.</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>Nem todas as informações recebidas sobre fundições de {mineral} foram informadas.</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>Coloque no comentário a URL da política publicada, p. ex. www.company.com/policy.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>A pergunta {letter} é “{answer}”, mas o comentário “{value}” não é um endereço web.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>A pergunta {letter} é “{answer}”, mas falta o endereço web da política.</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>A pergunta {letter} diz que outro formato é usado, mas não o descreve.</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>A pergunta {letter} diz que outro formato de pesquisa é usado, mas não o descreve.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>A pergunta {number} para {mineral} é “{value}”: algumas fundições se abastecem em áreas abrangidas ou afetadas por conflitos e de alto risco.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>A pergunta {number} para {mineral} tem resposta, embora as perguntas 1–2 digam que o mineral não é usado; o modelo não permite resposta aqui.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>A pergunta {number} para {mineral} não foi respondida (só é lida quando as respostas anteriores são “Yes”).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>A pergunta {number} para {mineral} não foi respondida.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>A pergunta {number} para {mineral} diz “No”, embora nem todos os fornecedores tenham respondido (pergunta {survey}) ou nem todas as fundições estejam identificadas (pergunta {identified}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>A pergunta {number} para {mineral} diz que todas as fundições estão identificadas, mas só “{value}” dos fornecedores responderam (pergunta {survey}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>Pergunta {number} para {mineral}: “{value}” difere do valor da lista “{option}” apenas em maiúsculas e minúsculas.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>Pergunta {number} para {mineral}: “{value}” não é uma das respostas do modelo.</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>A pergunta {number} diz que todo o {mineral} é reciclado ou sucata, mas {count} fundição(ões) de {mineral} dizem que sua matéria-prima não é.</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>Os modelos da RMI não têm macros: alguém alterou este arquivo.</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>Os modelos da RMI devem ser respondidos em inglês.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>Remova o “!”; geralmente indica uma consulta sem correspondência.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>Remova a linha duplicada.</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>Remova essas linhas ou adicione o mineral à declaração.</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>A linha de fundição {row} é “Smelter not yet identified”.</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>A linha de fundição {row} repete a linha {first}.</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>A linha de fundição {row} ainda diz “{value}”.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>Linha de fundição {row}: “{value}” contém “!”.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>Linha de fundição {row}: “{value}” não é Yes, No ou Unknown.</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>Linha de fundição {row}: o ID digitado “{value}” não corresponde ao ID da fundição “{id}”.</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>Alguém alterou o modelo; confira se a declaração não foi modificada.</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>Alguém colou linhas após o fim do modelo; as fórmulas do modelo e o Checker as ignoram.</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>Alguém substituiu a planilha do modelo: peça ao remetente a declaração no modelo da RMI.</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>A taxa de resposta da pesquisa de fornecedores para {mineral} é “{value}”.</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>A planilha Minerals Scope dá um motivo para “{mineral}”, que não é um mineral desta declaração; ele foi deixado de fora.</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>A lista de instalações da RMI tem {age} dias (de {date}).</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>O responsável pela autorização aparece como “{value}” em vez de um nome.</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>O comentário da pergunta da empresa {letter} não está em inglês.</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>O comentário da pergunta {number} para {mineral} não está em inglês.</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>A declaração nomeia {count} minerais; o modelo {template} comporta {capacity}.</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>A data de vigência “{value}” não é uma data.</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>A data de vigência {date} é anterior a 2007.</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>A data de vigência {date} está no futuro.</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>O arquivo é {template}, uma revisão que o MRT Desk não conhece; foi lido com o layout {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>O arquivo é {template}, mais recente que o modelo mais novo que o MRT Desk conhece ({newest}); foi lido com o layout {layout}.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>O arquivo é {template}, mais novo que o modelo mais recente que o MRT Desk conhece; sua estrutura corresponde a {layout} (verificado) e ele foi lido com esse layout: {template} — layout de {layout}, verificado.</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>O arquivo está danificado ou foi criado por um programa com defeito: confira este valor com o remetente.</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>O mineral “{mineral}” não está nomeado em inglês.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>O escopo é “Product”, mas a lista de produtos está vazia.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>O escopo é “Produto”, mas a primeira linha da lista de produtos não tem número de produto.</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>A planilha contém macros; o MRT Desk leu os valores e não executou nada.</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>A planilha tem abas que o {template} oficial não tem: {sheets}.</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>Faltam na planilha as abas {sheets} do modelo; suas linhas são lidas como vazias.</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>A {list} tem dados abaixo da última linha do modelo ({last_row}), até a linha {row}; essas linhas também foram lidas.</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>A {sheet_name} é do tipo {kind}, não uma planilha; nada foi lido dela.</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>Esta planilha é o layout compatível do MRT Desk para {template}, não o modelo oficial da RMI.</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>Use uma data que o modelo aceite.</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>Use a data em que o formulário foi preenchido, não uma data planejada.</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>Use {better}, que aceita esta data (peça ao seu cliente se ele enviou {template}), ou uma data que o modelo aceite.</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>Acompanhe a renovação da conformidade após essa data.</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid} ({name}) não está na lista de instalações da RMI.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} linha(s) de fundição têm o metal “{value}”, que não é um mineral deste modelo.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} linha(s) de fundição têm o metal “{value}”, que não está no escopo.</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{count} valor(es) na {list} não estão em inglês.</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>Há {count} linha(s) de fundições de {mineral}, embora a pergunta {number} diga que o {mineral} não é usado ou não permanece.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} “{value}” não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field} contém {value}, uma data que o Excel não consegue armazenar; foi mantido como escrito.</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field} contém {value}, que não é uma data; foi mantido como escrito.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>Falta {field}.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field} não é um endereço de e-mail (não tem “@”).</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field} não está em inglês.</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field} é {value}, uma data que o Excel não consegue armazenar (ele aceita de 1º de março de 1900 a 31 de dezembro de 9999); foi gravado como texto.</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field} foi digitado como texto em que dia e mês podem estar trocados: lido como {read}; também pode significar {other}.</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}, linha {row}: “{value}” não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location} continha caracteres que não podem ser armazenados nem enviados (um código de caractere corrompido ou NUL); cada um foi substituído por �.</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location} contém caracteres de controle invisíveis (como ESC); eles foram mantidos como escritos.</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location} contém {length} caracteres, mais do que uma célula do Excel comporta ({limit}); o valor foi lido, mas não pode ser exportado até ser encurtado.</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>O {mineral} é usado nos produtos, mas nenhuma fundição de {mineral} está listada.</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name} não é conforme nem ativa no programa da RMI (“{status}”).</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name} não é conforme nem ativa no programa da RMI.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>A reavaliação de {name} vence em {date}.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>A reavaliação de {name} venceu em {date}.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} aceita datas a partir de {first}, sem fim; {date} não passa na verificação de data da planilha.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} aceita datas de {first} a {last}; {date} não passa na verificação de data da planilha.</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>lista de fundições</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>lista de minas</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>lista de produtos</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>lista Minerals Scope</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>confirmar a data de vigência</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>cobertura da pesquisa</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>a opção não existe mais</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>fundição que não está mais na lista de referência</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>o novo modelo não tem lista de minas</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>os fornecedores diretos não são obrigados a usar fundições auditadas</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>nenhuma medida de due diligence foi implementada</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>não há política pública de compra de cobalto</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>não há política de compra responsável de minerais</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>as informações de due diligence dos fornecedores não são revisadas</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>a due diligence dos fornecedores não precisa cobrir os riscos do Anexo II</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>os fornecedores não são obrigados a exercer due diligence</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>a política não cobre os riscos do Anexo II da OCDE</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>o processo de revisão não tem gestão de ações corretivas</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>Mostrar os apontamentos ({count} erros)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>Recolher o painel de apontamentos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Apontamento</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>Clique em um apontamento para ir ao campo. Erros são o que o Checker da RMI conta; sinais de alerta merecem uma olhada antes do envio.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Erros: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Sinais de alerta: {count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>A confirmar: {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>Erros: nenhum — todos os campos obrigatórios estão preenchidos</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>Nova declaração</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>Abrir pasta de trabalho…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Adicionar modelo…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>Consolidar arquivos de fornecedores…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>Clique duas vezes em uma declaração (ou pressione Enter) para continuar a preenchê-la.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo ao MRT Desk&lt;/h2&gt;&lt;p&gt;Clique em &lt;b&gt;Nova declaração&lt;/b&gt; para preencher o CMRT, CRT ou EMRT que seu cliente pediu, ou em &lt;b&gt;Abrir pasta de trabalho…&lt;/b&gt; para trazer um arquivo que você já tem (também é possível soltar um arquivo .xlsx aqui).&lt;/p&gt;&lt;p&gt;O modelo oficial vem no e-mail do seu cliente ou no site da Responsible Minerals Initiative (responsiblemineralsinitiative.org): adicione-o uma vez com &lt;b&gt;Adicionar modelo…&lt;/b&gt; para que sua exportação seja a pasta de trabalho oficial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>Minhas declarações ({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>Recebidas de fornecedores ({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>Modelos oficiais adicionados: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>Nenhum modelo oficial adicionado ainda: as exportações usam o layout compatível até você adicionar um (Adicionar modelo…).</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>verde: aceito</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>âmbar: aceito, vale conferir</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>vermelho: não aceito</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(nenhum fornecedor correspondente)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (confirme)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>nada a relatar</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>Fundições</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>Fundições e refinarias</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>Lista de minas</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>Opcional: as minas de onde suas fundições e processadores se abastecem, uma linha por mina.</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>Fundições: {count}</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>&amp;Nova declaração…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;Abrir pasta de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>Adicionar &amp;modelo…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>Importar a lista de &amp;instalações da RMI…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>&amp;Fornecedores e campanhas…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar um &amp;backup…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>&amp;Fechar declaração</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
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
        <translation>NÃO salvo: {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Salvo às {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(nada ainda)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>Abrir uma pasta de trabalho CMRT, CRT ou EMRT</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>Adicionar um modelo oficial da RMI</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>Adição do modelo cancelada</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>Modelo oficial {family} {version} adicionado</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>Excluir declaração</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>Excluir esta declaração?</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sem cliente</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>Nova declaração</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>Quem pediu, por exemplo, Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Período de declaração:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>Minerais a declarar</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>modelo oficial adicionado</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>layout integrado</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>A exportação preencherá sua cópia do modelo oficial RMI {label}.</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} é mais antigo que {family} {newest}: {what}. Escolha-o somente se o seu cliente pedir esta versão.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Layout integrado: nenhuma pasta de trabalho oficial {family} {version} foi adicionada, então a exportação terá o layout compatível. Adicione o modelo oficial (do e-mail do seu cliente ou do site da RMI) a qualquer momento antes de exportar.</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>Marque os minerais sobre os quais seu cliente perguntou: cada um acrescenta as perguntas a preencher.</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>Fundição não listada</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>Para uma fundição que não está na lista da RMI: informe o nome e o país onde fica. Pesquise a lista primeiro — a maioria das fundições está nela com algum nome.</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>O nome da fundição como seu fornecedor informou</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>Digite para encontrar o país</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>Metal (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>Nome da fundição (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>País da fundição (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>Informe o nome da fundição.</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>Escolha o país na lista da RMI.</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>Escolha o país da fundição.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}: não foi possível ler este arquivo ({error}).</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Lendo {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>Lendo {n} arquivos …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>Modelo oficial em branco</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} é o modelo oficial RMI {family} {version} em branco, não uma declaração preenchida.

Adicioná-lo à sua biblioteca de modelos? As exportações de declarações {family} {version} passarão a preencher esta pasta de trabalho oficial. Para preencher uma, clique em Nova declaração.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Abertura cancelada</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Não é possível abrir este arquivo</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>Não é possível abrir {n} arquivos</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} aberto</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>{n} pastas de trabalho importadas</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value} (não é uma opção do modelo)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>O que significam os termos desta pergunta</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Colar linhas</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>Escolha qual campo cada coluna colada preenche (ou Ignorar). As primeiras linhas aparecem abaixo.</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>A primeira linha contém os nomes das colunas (não adicionar)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>%1 linha(s) será(ão) adicionada(s); %2 de %3 coluna(s) usada(s).</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>Perfil do cliente</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>O que o cliente aceita: uma declaração por “;”, alternativas ligadas por “or”, cada uma uma família com sua versão mínima e, entre parênteses, os minerais.</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>Seu contato no cliente</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Começar pelo perfil Lenovo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>Solicitação a partir do perfil</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>Aceita:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>Prazos:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contato:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>Perfil inicial ({name}), editável: compare-o com a última solicitação do seu cliente, altere o que for diferente e salve.</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>Ainda não há perfil salvo para este cliente.</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>nenhum modelo aceito</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>Pergunta {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>No modelo (responda em inglês): {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>Responda para cada mineral. O comentário é opcional.</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}: pergunta {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>Ignorada — {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>Clientes e solicitações</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail de contato</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contato@cliente.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>Adicionar ou atualizar cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>Os números de peça do cliente, separados por vírgula</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>Não entendido no perfil: {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>Informe primeiro o nome do cliente.</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>Perfil de {name} salvo.</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>Não está na sua biblioteca de modelos: {what}. A solicitação indica a versão embutida mais recente; adicione o modelo oficial antes de exportar.</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>Informe o cliente, marque os modelos e informe o período.</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Adicionar solicitação</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>Remover a solicitação selecionada</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>Números de peça:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>Pede novamente:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>Informe um nome e um e-mail de contato válido.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Solicitação adicionada.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>Escolha um backup para colocar no lugar do banco de dados. O banco de dados substituído fica guardado na pasta de backups.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarações</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>Não há backups nesta pasta de dados.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>Colocar o backup {name} no lugar do banco de dados?</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>Exportar relatório de revisão (PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>Preparar e-mail…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para revisão</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar alterações</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Voltar a rascunho</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
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
        <translation>Comentário de revisão</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Comentário sobre {where}:</translation>
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
        <translation>&lt;b&gt;Recebida de um fornecedor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>Esta declaração foi recebida de um fornecedor.</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Marcar como pronta para envio</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>Aprove a declaração primeiro (ou escolha “Trabalho sozinho” em Configurações se nenhum colega revisa suas declarações).</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>Editar a declaração {status}?</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Relatório de revisão</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>Relatório de revisão gravado em {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>Exportar pasta de trabalho</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>Revisar e exportar</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>Verifique o que falta e depois exporte a pasta de trabalho para o seu cliente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>Completude:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Sinais de alerta:</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>Fundições por metal:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome do arquivo:</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>Adicionar modelo…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>Exportar pasta de trabalho…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportação</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>Layout compatível — NÃO é o modelo oficial da RMI</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>{family} {version} oficial da RMI (da sua biblioteca)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>O aplicativo cria uma pasta de trabalho com as mesmas planilhas e células do {family} {version}, marcada como não oficial. Os clientes podem exigir o modelo oficial: adicione-o (do e-mail do seu cliente ou do site da RMI) para exportar nele.</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>Somente as células de resposta da pasta de trabalho oficial são preenchidas.</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>Completa — todos os campos obrigatórios estão preenchidos.</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>Ainda falta 1 campo obrigatório (veja o painel de apontamentos).</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>Ainda faltam {count} campos obrigatórios (veja o painel de apontamentos).</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} para verificar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>{count} valor(es) trazido(s) da declaração anterior ainda a confirmar.</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>Status RMI:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: %2 conformes, %3 ativas, %4 outras</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>Exportando a pasta de trabalho…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>Exportar com campos obrigatórios faltando?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>Ainda falta 1 campo obrigatório.</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>Ainda faltam {count} campos obrigatórios.</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>O Checker da RMI na pasta de trabalho exportada vai contá-los, e seu cliente verá uma declaração incompleta. Exportar mesmo assim?</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Falha na exportação: {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>modelo oficial</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>layout compatível, não oficial</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>Salvo em: {folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker: falta 1 campo obrigatório.</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker: faltam {count} campos obrigatórios.</translation>
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
        <translation>Exportar relatório de revisão</translation>
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
        <translation>Consolidar arquivos de fornecedores</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>Escolha as pastas de trabalho CMRT, CRT ou EMRT que seus fornecedores enviaram (ou solte-as aqui). Cada uma é lida e verificada; um arquivo ilegível é informado e ignorado. As fundições são consolidadas: uma linha por metal e fundição, com os fornecedores que a informaram.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Nenhum arquivo escolhido ainda.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fornecedores</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>Fundições consolidadas</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>Mesclar nesta declaração</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>Salvar pasta de trabalho consolidada…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n arquivo escolhido.</numerusform>
            <numerusform>%n arquivos escolhidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>Escolha as pastas de trabalho dos seus fornecedores</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Parando após o arquivo atual…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>%1 arquivo(s) lido(s), %2 ilegível(is); %3 fundição(ões) consolidada(s).</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>Fornecedores (%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>Fundições consolidadas (%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>A consolidação parou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>%n fundição adicionada a esta declaração (Desfazer a remove).</numerusform>
            <numerusform>%n fundições adicionadas a esta declaração (Desfazer as remove).</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>Esta declaração já lista todas as fundições consolidadas.</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>Salvar a pasta de trabalho consolidada</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>Editar “%1” na linha %2</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Remover linhas</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remover linha</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>Adicionar fundição</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>Adicionar mina</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remover seleção</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Remover as linhas selecionadas (Delete)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>Colar linhas…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Cole linhas copiadas do Excel ou de um arquivo CSV (Ctrl+V) e depois mapeie as colunas</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar linhas…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada para colar</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>Copie primeiro as linhas no Excel (ou em um arquivo CSV) e depois cole-as aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Colar %n linha</numerusform>
            <numerusform>Colar %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} alteração(ões) aguardando: {problem} O que você digitou é mantido e será salvo quando ele responder novamente.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>Escopo e produtos</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>O que esta declaração abrange</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>Minerais que você declara (desmarque os que seu cliente não pediu)</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>Por que cada mineral está nesta declaração (planilha Minerals Scope)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>Lista de produtos — obrigatória para o escopo “B. Product”: informe cada produto que esta declaração abrange (o número do produto é obrigatório).</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>Lista de produtos — necessária somente quando o escopo for “B. Product”.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>Fundição (nome padrão)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>ID da fundição</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 — listada como “%2”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>Sinalizar reavaliações da RMI &amp;devidas em:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>Trabalho sozinho: nenhum colega revisa minhas declarações antes do envio</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>As perguntas aparecem na tradução da RMI quando o modelo tem uma. Respostas e comentários ainda devem ser escritos em inglês: a pasta de trabalho que você envia está em inglês.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>Duplicata: a mesma fundição da linha %1 (mesmo metal, ID e mina de origem).</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>Não encontrada na lista de fundições da RMI: verifique o nome ou mantenha como “Smelter not listed” com o país.</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>O ID %1 não corresponde ao nome da fundição, cujo ID é %2.</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>“%1” não é um mineral do escopo desta declaração.</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 não está na Smelter Look-up do modelo.</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>Listada pela RMI como “%1” (%2, %3): use “Aplicar fundição sugerida”.</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>Pesquisar a lista de fundições da RMI: nome, apelido ou CID (por exemplo, CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>Pesquisar somente fundições deste metal</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>Todos os minerais do escopo</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>Adicione o modelo oficial para pesquisar a lista de fundições da RMI (início → Adicionar modelo…). Até lá, adicione linhas e digite as fundições.</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;Adicionar uma fundição&lt;/b&gt; — digite um nome, um apelido ou um CID:</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>Fundição não listada…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>Uma fundição que não está na lista da RMI: informe o nome e o país</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>Fundição ainda não identificada</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>Adicionar uma linha em branco</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>Importar lista de fundições…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>Adicionar a lista de fundições de outra pasta de trabalho CMRT, CRT ou EMRT</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>Mesclar as listas de fundições dos fornecedores…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>Consolidar os arquivos que seus fornecedores enviaram e adicionar as fundições deles aqui</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>Aplicar fundição sugerida</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>Para ver quais fundições são conformes ou ativas segundo a RMI, baixe as listas de instalações da RMI (responsiblemineralsinitiative.org, fundições e refinarias conformes e ativas, “Download Data”) e importe-as com Arquivo ▸ Importar a lista de instalações da RMI…</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>Adicionar a fundição %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>Adicionar %1 (não listada)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>Adicionar uma fundição de %1 ainda não identificada</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>Importar a lista de fundições de uma pasta de trabalho</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada para importar</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 não lista nenhuma fundição.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>Importar %n fundição</numerusform>
            <numerusform>Importar %n fundições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>Mesclar %n fundição de fornecedores</numerusform>
            <numerusform>Mesclar %n fundições de fornecedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>A linha %1, “%2” (não listada), parece ser a fundição listada pela RMI “%3” (%4, %5).</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>Usar %1 na linha %2</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>Começar da &amp;anterior…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>Começar da declaração &amp;anterior…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>Um novo rascunho para o próximo período, no modelo mais recente, com as respostas desta</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>Selecione primeiro na lista a declaração do período anterior</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>Não é possível criar o novo rascunho</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>Novo rascunho {family} {version}: {n} item(ns) para confirmar novamente</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>Começar da declaração anterior</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>Um novo rascunho recebe as respostas, fundições e produtos de &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. Você confirma novamente o que pode ter mudado: a data de vigência, a cobertura da pesquisa e tudo o que a nova versão pergunta de outra forma.</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>por exemplo, {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versão:</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de declaração:</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Criar rascunho</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>modelo oficial adicionado</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>layout integrado</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>O novo rascunho é um {family} {version}.</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>A exportação preencherá sua cópia da pasta de trabalho oficial.</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>Nenhuma pasta de trabalho oficial {family} {version} foi adicionada ainda: adicione-a antes de exportar (caso contrário, a exportação terá o layout compatível).</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — um por linha</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>ex.: Tin, Gold — vazio para todos</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>Metais fornecidos:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Peças:</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completude</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Sinais de alerta</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>Fundições</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>Falta %n campo obrigatório</numerusform>
            <numerusform>Faltam %n campos obrigatórios</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Não lido: %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>Metais</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Peças</translation>
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
        <translation>Fornecedores e campanhas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>Adicionar de um arquivo recebido…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fornecedores</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>Importar fornecedores</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>Cancelado: nada foi importado.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>%1 fornecedor(es) adicionado(s), %2 atualizado(s).</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>Um arquivo enviado por um fornecedor</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>Cancelado: nenhum fornecedor adicionado.</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 não informa o nome da empresa.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Banco de dados da equipe inacessível</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>Tente novamente ou trabalhe no seu armazenamento local enquanto isso.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>Abrir meu armazenamento local</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} alterou esta declaração (agora {status}).</translation>
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
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>&amp;Conectar e usar</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>Usar meu armazenamento &amp;local</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>sem função na equipe</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>Trabalhando no banco de dados da equipe {where} como {user} ({role}).</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>Trabalhando no armazenamento local deste computador.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — somente {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (layout embutido: adicione o modelo oficial antes de exportar)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>Não é possível adicionar este modelo</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… e mais {n}</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} não foi adicionado: sua estrutura difere do modelo RMI que ele indica, por isso o MRT Desk não escreverá uma declaração nele.

O que difere:
{lines}

Use o modelo em branco exatamente como baixado do RMI ou enviado pelo seu cliente. Se for autêntico, o RMI alterou o modelo e o MRT Desk precisa de uma atualização.</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>Não é o modelo que diz ser</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>Revisão antes do envio</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>Um colega revisa e aprova suas declarações antes do envio?

Sim: manter o fluxo de revisão (enviar para revisão, aprovar e depois preparar o e-mail).
Não, trabalho sozinho: a declaração passa direto de rascunho para pronta para envio.

Você pode mudar isso depois em Configurações.</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>Não obrigatório porque a pergunta 1 para {mineral} é “{answer}”.</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>Não obrigatório porque a pergunta 2 para {mineral} é “{answer}”.</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>Não obrigatório: o Checker da RMI não conta esta pergunta. Você ainda pode responder.</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>Não obrigatório porque nenhum mineral é usado e permanece nos seus produtos (cada um termina na pergunta 1 ou 2). Você ainda pode responder.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>“Adicionado intencionalmente” significa que o metal é usado de propósito para dar ao produto uma propriedade, reação ou qualidade — não é um subproduto natural. Responda para seus produtos (ou o escopo escolhido) e o processo de produção deles.</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>O metal permanece no(s) produto(s) acabado(s)? Um metal usado só no processo (por exemplo, um catalisador) e que não fica no produto é “No” (não).</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>Países abrangidos (termo da SEC): a República Democrática do Congo e seus nove vizinhos — Angola, Burundi, República Centro-Africana, República do Congo, Ruanda, Sudão do Sul, Tanzânia, Uganda e Zâmbia.</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>Áreas afetadas por conflitos e de alto risco (CAHRA) são áreas em conflito armado, áreas frágeis pós-conflito ou áreas com governança e segurança fracas ou inexistentes e violações generalizadas do direito internacional, incluindo abusos de direitos humanos.</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>Fontes recicladas ou de sucata são metais recuperados de produtos do usuário final ou pós-consumo, ou sucata gerada na fabricação.</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>Dos fornecedores que lhe fornecem este metal, qual parcela respondeu à sua pesquisa?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>Você identificou todas as fundições ou refinarias da sua cadeia de suprimentos para este metal? Uma fundição ou refinaria transforma minério, escória ou sucata em metal refinado.</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>Cada fundição que seus fornecedores informaram está na guia Smelter List?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>Você identificou todas as fundições ou processadores da sua cadeia de suprimentos para este mineral?</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>As perguntas no nível da empresa descrevem seu programa de devida diligência como um todo: sua política de fornecimento, se você pesquisa os fornecedores e analisa o que eles enviam. Uma política publicada precisa do endereço na web (URL) no comentário.</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>O escopo diz o que esta declaração abrange: “A. Company” — tudo o que sua empresa fabrica; “B. Product” — somente os produtos listados abaixo; “C. User defined” — descreva-o.</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>Uma fundição ou refinaria transforma minério, escória ou sucata em metal refinado. Informe cada fundição que seus fornecedores relataram, uma linha por metal. Se ainda não a conhece, escolha “Smelter not yet identified”; se não estiver na Smelter Look-up da RMI, escolha “Smelter not listed” e informe o nome e o país.</translation>
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
        <translation>Alterar minerais</translation>
    </message>
</context>
</TS>
