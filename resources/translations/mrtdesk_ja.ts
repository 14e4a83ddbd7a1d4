<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk を起動できません</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>データフォルダー {folder} を使用できません：
{error}</translation>
    </message>
</context>
<context>
    <name>CheckedLineEdit</name>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>www.company.com/policy</source>
        <translation>www.company.com/policy</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>メールアドレスの形式ではないようです。</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Web アドレスの形式ではないようです。</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>コメント…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>「{text}」を解決済みにする（{author}）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決済みにする</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>レビューコメント — 右クリックで解決済みにします</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>{where} へのレビューコメント：{text}（{author}）</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>レビューコメント：未解決 {count} 件</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
右クリックで解決済みにします。</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>貴社の情報</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>申告する会社、内容についての問い合わせ先、申告を承認する責任者を入力します。(*) の項目は必須です。一度入力して会社プロファイルとして保存すれば、次回の申告書で再利用できます。</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>会社プロファイルから入力</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>会社プロファイルとして保存</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>会社プロファイルから入力しました。</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>会社プロファイルとして保存しました。</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>プロファイルを保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>会社プロファイルから入力</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>会社レベルの質問</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>貴社の調達方針とデューデリジェンスについて。</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>方針の Web アドレス（「{answer}」の場合は必須）</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>形式を記述してください（「{answer}」の場合は必須）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>備考（任意）</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>不要：{mineral} は質問 1～2 で終了しています。</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>前回の日付</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>調査の回答率</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>以前の回答は選択肢にありません</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>RMI のリストにありません</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>引き継がれません</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}、質問 {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>会社レベルの質問 {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>会社レベルの質問 {letter}（{mineral}）</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>製錬所</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>鉱山</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind} {n} 行目</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>鉱山リスト</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>この申告書を次に開くまでこのリストを非表示にします</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>この項目へ移動</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;前回の申告書から引き継いだ内容です。&lt;/b&gt;再確認してください（{n}）。クリックするとその項目に移動し、変更するとこのリストから消えます：</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…ほか {n} 件。</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>製錬所</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>製錬所 ID</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告したサプライヤー</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>サプライヤー</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>未設定 — 日付を選択してください</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>残りのエラー</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>修正依頼あり</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（顧客なし）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>顧客と依頼…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>{days} 日超過</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>あと {days} 日で期限</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>期限 {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}：{when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;顧客からの依頼&lt;/b&gt;：未対応の依頼はありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;顧客からの依頼&lt;/b&gt;：未対応 {open} 件、期限間近または超過 {urgent} 件</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← 申告書の一覧</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 前へ</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>未記入の必須項目：{count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>未記入の項目はありません</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>エクスポートしたブックを添付</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>メールの準備</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>顧客の連絡先メールアドレス</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>（依頼なし）</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}：{templates}、期限 {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>別のブックを添付…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客：</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>連絡先メール：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>依頼：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名：</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>メールソフトで開く</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>概要をコピー</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>送付済みにする</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>メールを送信した後に</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>{name} を添付できません：{error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>先に顧客名と連絡先メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>メールソフトでメッセージを開きました（{path}）。そこから送信した後、「送付済みにする」をクリックしてください。</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>送付済みにしました。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>指摘事項をクリックするとその項目に移動します。エラーは RMI の Checker が数える未記入項目、レッドフラグは送付前に確認しておきたい点です。</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>エラー：{count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>レッドフラグ：{count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>エラー：なし — 必須項目はすべて記入済みです</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>新しい申告書</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>ブックを開く…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>テンプレートを追加…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>サプライヤーのファイルを集約…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>申告書をダブルクリック（または Enter キー）すると記入を続けられます。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MRT Desk へようこそ&lt;/h2&gt;&lt;p&gt;&lt;b&gt;新しい申告書&lt;/b&gt;をクリックして顧客から依頼された CMRT、CRT または EMRT を記入するか、&lt;b&gt;ブックを開く…&lt;/b&gt;で手元のファイルを取り込みます（.xlsx ファイルをここにドロップすることもできます）。&lt;/p&gt;&lt;p&gt;公式テンプレートは顧客からのメール、または Responsible Minerals Initiative（RMI）の Web サイト（responsiblemineralsinitiative.org）から入手できます。&lt;b&gt;テンプレートを追加…&lt;/b&gt;で一度追加すれば、公式ブックとしてエクスポートされます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>追加済みの公式テンプレート：{names}。</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>公式テンプレートはまだ追加されていません：「テンプレートを追加…」で追加するまで、エクスポートは互換レイアウトになります。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>製錬所</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>製錬所・精製所</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>鉱山リスト</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>任意：製錬所・加工業者の調達元の鉱山を、1 鉱山につき 1 行で記載します。</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>製錬所：{count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>鉱山：{count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>新しい申告書(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>ブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>テンプレートを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったもの(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>申告書を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
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
        <translation>保存されていません：{error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>保存済み {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（顧客なし）</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>CMRT、CRT または EMRT のブックを開く</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>RMI 公式テンプレートを追加</translation>
    </message>
    <message>
        <source>Cannot add this template</source>
        <translation>このテンプレートを追加できません</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>公式 {family} {version} テンプレートを追加しました</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>申告書の削除</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>この申告書を削除しますか？</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>顧客なし</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>新しい申告書</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>依頼元（例：Lenovo）</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客：</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>報告期間：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>公式テンプレート追加済み</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>内蔵レイアウト</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>エクスポートでは、保存済みの RMI 公式 {family} {version} に記入します。</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>内蔵レイアウト：公式の {family} {version} ブックがまだ追加されていないため、エクスポートは互換レイアウトになります。公式テンプレート（顧客からのメールまたは RMI の Web サイトから入手）は、エクスポート前ならいつでも追加できます。</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>製錬所がリストにない</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>RMI のリストにない製錬所の場合：名称と所在国を入力します。先にリストを検索してください。ほとんどの製錬所は何らかの名称で掲載されています。</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>サプライヤーから伝えられた製錬所名</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>入力して国を検索</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>金属 (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>製錬所名 (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>製錬所の所在国 (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>製錬所名を入力してください。</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>RMI のリストから国を選択してください。</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>製錬所の所在国を選択してください。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}：このファイルを読み込めませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>{n} 個のファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>空の公式テンプレート</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} は RMI 公式 {family} {version} の空のテンプレートで、記入済みの申告書ではありません。

テンプレートライブラリに追加しますか？追加すると、{family} {version} 申告書のエクスポートはこの公式ブックに記入されます。申告書を記入するには「新しい申告書」をクリックしてください。</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>開くのをキャンセルしました</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>このファイルを開けません</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>{n} 個のファイルを開けません</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} を開きました</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>{n} 個のブックをインポートしました</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value}（テンプレートの選択肢にありません）</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>用語の定義…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>この質問の用語の意味</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>行の貼り付け</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>貼り付けた各列をどの項目に入れるか選択します（または「無視」）。最初の数行を下に表示しています。</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>1 行目は列名（追加しない）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>%1 行を追加します。%3 列のうち %2 列を使用します。</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>質問 {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>テンプレートの原文（回答は英語で）：{text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>鉱物ごとに回答してください。備考は任意です。</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>鉱物</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}：質問 {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>備考（任意）</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>スキップ — {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>顧客と依頼</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>連絡先メール</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@customer.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>顧客を追加・更新</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>顧客の品番（カンマ区切り）</translation>
    </message>
    <message>
        <source>Accepts the EMRT for cobalt</source>
        <translation>コバルトについて EMRT を受け付ける</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Lenovo のプリセット</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>依頼を追加</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>選択した依頼を削除</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客：</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>範囲：</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>品番：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>再依頼：</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>依頼</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>名前と有効な連絡先メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} を保存しました。</translation>
    </message>
    <message>
        <source>Not a template: {text}</source>
        <translation>テンプレートではありません：{text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>顧客、テンプレート、期間を入力してください。</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>依頼を追加しました。</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>レビューレポートをエクスポート（PDF）…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>メールの準備…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>レビューに提出</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>修正を依頼</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>送付済みにする</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>修正依頼あり</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>レビューコメント</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>{where} へのコメント：</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>ステータス：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Approve the declaration first.</source>
        <translation>先に申告書を承認してください。</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>{status}の申告書を編集しますか？</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>レビューレポート</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>レビューレポートを {path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>ブックのエクスポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>確認とエクスポート</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>残りの項目を確認し、顧客向けにブックをエクスポートします。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>記入状況：</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>レッドフラグ：</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>金属ごとの製錬所：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ファイル名：</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>テンプレートを追加…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>ブックをエクスポート…</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>互換レイアウト — RMI 公式テンプレートではありません</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>RMI 公式 {family} {version}（ライブラリから）</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>このアプリは {family} {version} と同じシート・セルを持ち、非公式と明記したブックを作成します。顧客が公式テンプレートを求める場合があります。公式テンプレート（顧客からのメールまたは RMI の Web サイトから入手）を追加すれば、そこにエクスポートできます。</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>公式ブックの回答セルだけに記入します。</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>完了 — 必須項目はすべて記入済みです。</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>未記入の必須項目が 1 件あります（指摘事項パネルを参照）。</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>未記入の必須項目が {count} 件あります（指摘事項パネルを参照）。</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>確認が必要な項目 {count} 件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>ブックをエクスポートしています…</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>エクスポートに失敗しました：{error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>公式テンプレート</translation>
    </message>
    <message>
        <source>compatible layout (not official)</source>
        <translation>互換レイアウト（非公式）</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker：未記入の必須項目 1 件。</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker：未記入の必須項目 {count} 件。</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>{name} をエクスポートしました（{kind}）。{checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>レビューレポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>サプライヤーのファイルを集約</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>サプライヤーから届いた CMRT、CRT または EMRT のブックを選択します（ここにドロップしても構いません）。各ファイルを読み込んでチェックし、読み込めないファイルは報告してスキップします。製錬所は集約され、金属と製錬所ごとに 1 行で、報告したサプライヤーが示されます。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>集約</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ファイルがまだ選択されていません。</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>集約した製錬所</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>この申告書に統合</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>集約したブックを保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>%n 個のファイルを選択しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>サプライヤーのブックを選択</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>現在のファイルの後で停止します…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 を読み込んでいます（%3 件中 %2 件目）…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>読み込んだファイル %1 件、読み込めなかったファイル %2 件、集約した製錬所 %3 件。</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>サプライヤー（%1）</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>集約した製錬所（%1）</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>集約が停止しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>この申告書に製錬所を %n 件追加しました（元に戻すで取り消せます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>この申告書には集約した製錬所がすべて記載済みです。</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>集約したブックの保存</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>製錬所を追加</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>製品を追加</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>鉱山を追加</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選択項目を削除</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>選択した行を削除（Delete）</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>行を貼り付け…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Excel や CSV ファイルからコピーした行を貼り付け（Ctrl+V）、列を対応付けます</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>行を絞り込み…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>貼り付けるものがありません</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>先に Excel（または CSV ファイル）で行をコピーしてから、ここに貼り付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n 行を貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>範囲と製品</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>この申告書の対象範囲</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>申告する鉱物（顧客が求めていないものはチェックを外します）</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>製品リスト — 範囲が「B. Product」の場合は必須：この申告書の対象製品をすべて記載してください（製品番号は必須）。</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>製品リスト — 範囲が「B. Product」の場合のみ必要です。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>製錬所（標準名）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>製錬所 ID</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 —「%2」として掲載</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>テンプレートに RMI の翻訳がある場合、質問はその翻訳で表示されます。ただし、回答と備考は英語で記入してください。送付するブックは英語です。</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>重複：%1 行目と同じ製錬所です（金属と ID が同じ）。</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>「%1」はこの申告書の対象鉱物ではありません。</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 はテンプレートの Smelter Look-up（製錬所検索）にありません。</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>RMI には「%1」（%2、%3）として掲載されています：「提案された製錬所を適用」を使用してください。</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>RMI の製錬所リストを検索：名称、別名または CID（例：CID002763）…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>この金属の製錬所だけを検索</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>対象範囲のすべての鉱物</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>RMI の製錬所リストを検索するには公式テンプレートを追加してください（ホーム → テンプレートを追加…）。それまでは行を追加して製錬所を入力してください。</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;製錬所を追加&lt;/b&gt; — 名称、別名または CID を入力：</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>リストにない製錬所…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>RMI のリストにない製錬所：名称と国を入力します</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>製錬所未特定</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>空の行を追加</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>製錬所リストをインポート…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>別の CMRT、CRT または EMRT ブックの製錬所リストを追加</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>サプライヤーの製錬所リストを統合…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>サプライヤーから届いたファイルを集約し、その製錬所をここに追加します</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>提案された製錬所を適用</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>製錬所 %1 を追加</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>%1 を追加（リストにない）</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>未特定の %1 製錬所を追加</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>ブックの製錬所リストをインポート</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>このファイルをインポートできません</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>インポートするものがありません</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 には製錬所が記載されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>%n 件の製錬所をインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>サプライヤーから %n 件の製錬所を統合</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>%1 行目の「%2」（リストにない）は、RMI 掲載の製錬所「%3」（%4、%5）のようです。</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>%2 行目に %1 を使用</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>前回から作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>前回の申告書から作成(&amp;P)…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>次の期間の新しい下書きを最新のテンプレートで作成し、この申告書の回答を引き継ぎます</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>先にリストから前回の申告書を選択してください</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>新しい下書きを作成できません</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>新しい {family} {version} の下書き：再確認が必要な項目 {n} 件</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>前回の申告書から作成</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（顧客なし）</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>新しい下書きは &lt;b&gt;{who} — {source}{period}&lt;/b&gt; の回答、製錬所、製品を引き継ぎます。変わった可能性のある項目（発効日、調査の回答率、新しいバージョンで質問が変わった項目）は再確認が必要です。</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>例：{year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>バージョン(&amp;V)：</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>報告期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>下書きを作成(&amp;C)</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>公式テンプレート追加済み</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>内蔵レイアウト</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>新しい下書きは {family} {version} です。</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>エクスポートでは、保存済みの公式ブックに記入します。</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>公式の {family} {version} ブックがまだ追加されていません：エクスポート前に追加してください（追加しないと互換レイアウトでエクスポートされます）。</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>記入状況</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>レッドフラグ</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>製錬所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>未記入の必須項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>不要：{mineral} の質問 1 の回答が「{answer}」のためです。</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>不要：{mineral} の質問 2 の回答が「{answer}」のためです。</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>不要：製品に使用され残存している鉱物がないためです（どの鉱物も質問 1 または 2 で終了）。回答することもできます。</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>「意図的な添加」とは、製品に特定の性質・反応・品質を与えるために金属を意図して使用することで、自然に生じる副産物は含みません。製品（または選択した範囲）とその製造工程について回答してください。</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>金属は最終製品に残っていますか？工程でのみ使用され（触媒など）製品に残らない金属は「No」（いいえ）です。</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>対象国（SEC の用語）：コンゴ民主共和国とその近隣 9 か国 — アンゴラ、ブルンジ、中央アフリカ共和国、コンゴ共和国、ルワンダ、南スーダン、タンザニア、ウガンダ、ザンビア。</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>紛争地域および高リスク地域（CAHRA）とは、武力紛争下にある地域、紛争後の不安定な地域、または統治や治安が脆弱・欠如し、人権侵害を含む国際法違反が広く見られる地域をいいます。</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>再生利用品およびスクラップ起源とは、最終使用者の製品や使用済み製品から回収された金属、または製造工程で生じたスクラップをいいます。</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>この金属を供給しているサプライヤーのうち、調査に回答したのはどれくらいの割合ですか？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>サプライチェーン上のこの金属の製錬所・精製所をすべて特定しましたか？製錬所・精製所とは、鉱石、スラグまたはスクラップから精製金属を作る施設です。</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>サプライヤーから報告された製錬所はすべて Smelter List（製錬所リスト）タブに記載されていますか？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>サプライチェーン上のこの鉱物の製錬所・加工業者をすべて特定しましたか？</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>会社レベルの質問は、デューデリジェンスの取り組み全体について尋ねます：調達方針、サプライヤーへの調査の有無、回答内容の確認などです。公開している方針は、その Web アドレス（URL）を備考に記入します。</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>範囲はこの申告書の対象を示します：「A. Company」— 貴社が製造するすべての製品、「B. Product」— 下に記載する製品のみ、「C. User defined」— 内容を記述します。</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>製錬所・精製所とは、鉱石、スラグまたはスクラップから精製金属を作る施設です。サプライヤーが報告した製錬所を金属ごとに 1 行ずつすべて記載してください。まだ分からない場合は「Smelter not yet identified」（製錬所未特定）を、RMI の Smelter Look-up にない場合は「Smelter not listed」（リストにない製錬所）を選び、名称と国を入力します。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>{path} の編集</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>鉱物の変更</translation>
    </message>
</context>
</TS>
