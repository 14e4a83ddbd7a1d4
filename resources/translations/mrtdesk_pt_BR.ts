<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;Trazido da declaração anterior.&lt;/b&gt; Confirme novamente ({n}) — clique em um item para ir ao campo; ele sai desta lista assim que você o alterar:</translation>
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
        <source>Cannot attach {name}: {error}</source>
        <translation>Não é possível anexar {name}: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>Informe primeiro o nome do cliente e o e-mail de contato.</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>A mensagem está aberta no seu programa de e-mail ({path}). Envie-a de lá e depois clique em Marcar como enviada.</translation>
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
    <name>FindingsPanel</name>
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
        <source>Errors: {count}</source>
        <translation>Erros: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>Sinais de alerta: {count}</translation>
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
        <source>Official templates added: {names}.</source>
        <translation>Modelos oficiais adicionados: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>Nenhum modelo oficial adicionado ainda: as exportações usam o layout compatível até você adicionar um com Adicionar modelo….</translation>
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
        <source>Cannot add this template</source>
        <translation>Não é possível adicionar este modelo</translation>
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
        <source>official template added</source>
        <translation>modelo oficial adicionado</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>layout integrado</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>A exportação preencherá sua cópia do {family} {version} oficial da RMI.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>Layout integrado: nenhuma pasta de trabalho oficial {family} {version} foi adicionada, então a exportação terá o layout compatível. Adicione o modelo oficial (do e-mail do seu cliente ou do site da RMI) a qualquer momento antes de exportar.</translation>
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
        <source>Accepts the EMRT for cobalt</source>
        <translation>Aceita o EMRT para cobalto</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Predefinição Lenovo</translation>
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
        <source>Not a template: {text}</source>
        <translation>Não é um modelo: {text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>Informe o cliente, os modelos e o período.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>Solicitação adicionada.</translation>
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
        <source>Approve the declaration first.</source>
        <translation>Aprove a declaração primeiro.</translation>
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
        <source>Open containing folder</source>
        <translation>Abrir a pasta</translation>
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
        <source>Exporting the workbook…</source>
        <translation>Exportando a pasta de trabalho…</translation>
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
        <source>compatible layout (not official)</source>
        <translation>layout compatível (não oficial)</translation>
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
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>As perguntas aparecem na tradução da RMI quando o modelo tem uma. Respostas e comentários ainda devem ser escritos em inglês: a pasta de trabalho que você envia está em inglês.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>Duplicada: a mesma fundição da linha %1 (mesmo metal e ID).</translation>
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
