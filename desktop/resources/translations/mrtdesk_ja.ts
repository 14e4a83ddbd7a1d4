<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>申告する鉱物</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>その他の鉱物・金属（英語名で、名前の間はカンマで区切る）：</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>例: Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} 種類（最大 {most} 種類）。</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>テンプレートに入るのは {most} 種類までです。減らしてください。</translation>
    </message>
</context>
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
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新しいキャンペーン</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>（期間）</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>依頼に書き添えること</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>依頼するテンプレート:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>依頼するサプライヤー:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>説明:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>このファイルはどのサプライヤーからですか？</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — サプライヤーを選択してください:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新しいキャンペーン…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>キャンペーン:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>依頼メールを準備</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>リマインダーを準備</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>受け取ったファイルを確認…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>メールをフォルダーで表示</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>フィードバックメールを準備</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>受理したファイルからこの申告に記入</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>あなたの申告:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>受け取ったファイル（ここにドロップ）:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>キャンペーンはまだありません。「新しいキャンペーン…」で始めてください。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: 依頼したサプライヤー %3 社中 %2 社が回答（%4%）</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → 質問 %1:「%2」</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>回答率:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>回答率: まだ誰にも依頼していません。</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>依頼メール %1 通を %2 に準備しました。</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>リマインダー %1 通を %2 に準備しました。</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>%1 件のファイルを確認中…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>フィードバックメール %1 通を %2 に準備しました。</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>添付するには、これらのテンプレートをライブラリに追加してください: %1。</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>サプライヤーから届いたファイル</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>確認を中止しました: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>%1 件のファイルを確認: 緑 %2、黄 %3、赤 %4。</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>まず %1 をどのサプライヤーが送ったか選んでください。</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>申告に製錬所 %1 件を追加し、回答率から回答 %2 件を設定しました。</translation>
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
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where}（行は削除済み・解決済み）：{text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>このコメントが付いていた行は削除されました。</translation>
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
        <source>Confirm unchanged</source>
        <translation>変更なしで確認</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;前回の申告から引き継がれました。&lt;/b&gt;再確認が必要です（{n}）— 項目をクリックするとその欄に移動します。変更するか、変更なしで確認（✓）すると一覧から消えます：</translation>
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
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領日時</translation>
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
    <message>
        <source>(no company name)</source>
        <translation>（会社名なし）</translation>
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
        <source>Red flags to look at: {count}</source>
        <translation>確認すべきレッドフラグ：{count}</translation>
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
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>メールとワークブックをフォルダーに表示します</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>宛先、件名、本文、添付するファイル（Web メール用）</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>Web メールを使っている、またはメールソフトがない場合</translation>
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
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>メッセージを開いたメールソフトはありません。「メッセージをコピー」で Web メールに貼り付け、「フォルダーに表示」からワークブックを添付してから、「送付済みにする」をクリックしてください。</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>メッセージをメールソフトに渡しました（{path}）。メールソフトから送信してから「送付済みにする」をクリックしてください。何も開かない場合は「メッセージをコピー」と「フォルダーに表示」を使ってください。</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>メッセージをクリップボードにコピーしました。新しいメールに貼り付け、ワークブックを添付（フォルダーに表示）して送信してから、「送付済みにする」をクリックしてください。</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>ファイルの場所：{folder}</translation>
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
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未依頼</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受領済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>RMI 施設リスト</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>RMI は、どの製錬所・精錬所がコンフォーマントまたはアクティブかを公表しています。responsiblemineralsinitiative.org でコンフォーマントとアクティブの製錬所・精錬所リストを開き、「Download Data」を使う（または表を CSV か Excel で保存する）と、そのファイルをここで取り込めます。毎月更新してください。ステータスは変わります。</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>ファイルのとおり</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>コンフォーマント</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>各行のステータス:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>ダウンロードしたファイルを選択…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>リストはまだ取り込まれていません。</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>取り込み済み: %1（%2 時点のリスト、%3 施設）。</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>RMI 施設リストを取り込む</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>施設リスト (*.xml *.xls *.xlsx *.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>取り込めませんでした: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>%1 施設を取り込みました（%2 時点のリスト）。</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>見つかった列: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>見つからなかった列: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>前回の取り込みから: 新規 %1、削除 %2、ステータス変更 %3。</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>RMI ステータス</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>コンフォーマント、期限切れ</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>コンフォーマント、期限間近</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>コンフォーマント</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未参加</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>不明な CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>RMI の施設リストにこの製錬所 ID はありません。</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>製錬所 ID がないため照会できません。</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>プログラム: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>前回の評価: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>次回の評価: %1</translation>
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
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>「Smelter not listed」の行には製錬所名と国が必要です（{rows} 行目）。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>調査が完了するまでは「Unknown」が矛盾のない回答です。</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>ユーザー定義の範囲には説明が必要です。</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>製錬所リストに金属が {mineral} の行を少なくとも 1 行追加してください（不明な場合は「Smelter not yet identified」）。</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>サプライヤーが挙げたすべての製錬所を製錬所リストに追加してください。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>送信する前に公式の {template} テンプレートをライブラリに追加し、もう一度エクスポートしてください。顧客のツールは RMI 自身のワークブックを前提としています。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>公式の {template} テンプレートを入手したらテンプレートライブラリに追加し、読み取った値を確認してください。</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>製錬所を追加してください（不明な場合は「Smelter not yet identified」）。</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>質問 {number} に回答してください：{question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>回答してください：{question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>該当する製錬所とその RMAP ステータスを確認してください。これはレビューのきっかけであり、却下ではありません。</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>これを整備する計画とスケジュールをサプライヤーに求めてください。</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>製錬所を特定するようサプライヤーに依頼してください。</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>A 列の ID を製錬所ルックアップと照合してください。</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>両方の質問の回答を確認してください。</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>読み取った値を確認するか、送信者に最新のテンプレートを求めてください。</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>年を確認してください。申告書の日付は記入が完了した日にしてください。</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>リストから「{option}」を選択してください。</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>P 列で Yes、No、Unknown のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>次のいずれかを選択してください：{options}。</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>回答を消去するか、質問 1 と 2 を修正してください。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>会社レベルの質問 {letter}（{mineral}）が「No」です：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>会社レベルの質問 {letter}（{mineral}）が未回答です。</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>会社レベルの質問 {letter} が「No」です：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>会社レベルの質問 {letter} が未回答です。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>会社レベルの質問 {letter}：「{value}」はドロップダウンの値「{option}」と大文字・小文字だけが異なります。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>会社レベルの質問 {letter}：「{value}」はテンプレートの回答のいずれでもありません。</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>質問 {number} を修正するか、{mineral} の製錬所を削除してください。</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>質問 {number} または製錬所の P 列を修正してください。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>申告範囲：「{value}」はドロップダウンの値「{option}」と大文字・小文字だけが異なります。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>申告範囲：「{value}」はテンプレートの回答のいずれでもありません。</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>調査の形式をコメントに記入してください。</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>この申告がどの製品または会社のどの部分を対象とするかを記入してください。</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>name@company.com のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>連絡担当者と同じ場合でも、承認者本人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>日付は DD-MMM-YYYY 形式で入力してください（例：31-Aug-2025）。</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>フォームの記入が完了した日付を入力してください（例：31-Aug-2026）。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>製錬所の詳細を入力するか、ルックアップリストから選択してください。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>D 列に製錬所名、E 列にその国を入力してください。</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>申告シートで {field} を入力してください。</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>未回答のサプライヤーにフォローアップしてください。</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>name@company.com のようなアドレスを入力し、複数の場合は ; または , で区切ってください。</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>値が何であるべきか送信者に確認してください。制御文字は通常、別のプログラムからコピーしたときに入り込みます。</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>その鉱物が申告に含まれるべきか送信者に確認してください。</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>どの鉱物のことか送信者に確認してください。</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>コンフォーマントの製錬所から調達できるかサプライヤーに確認してください。</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>前回の申告から引き継いだ値です（{reason}）。確認してください。</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>送信者に日付を確認し、DD-MMM-YYYY 形式で入力してください（例：03-Apr-2025）。</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>サプライヤーに製錬所 ID を確認してください。RMI はこの施設を掲載していません。</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>値を確認し、変更するか「変更なしで確認」を選んでください。</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>読み取った値を確認してください。RMI が文言を変えている可能性があります。</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>RMI のウェブサイトから最新のリストをダウンロードして再度インポートしてください。{max_age} 日より古いリストにはステータスの変更が反映されていません。</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>正しい日付を入力してください。</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Excel の日付は 1900 年 3 月 1 日から 9999 年 12 月 31 日までです。正しい日付を確認してください。</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel 自体がこのようなセルを作ることはありません。内容がどうあるべきか送信者に確認してください。</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>コンフォーマンスが失効するおそれがあります。RMI のリストで新しい評価を確認してください。</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>セル {first}–{last} に少なくとも 1 つの鉱物を残してください。</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>鉱物は最大 10 種類までにするか、2 つの申告に分けてください。</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>この申告の対象となる製品番号を 6 行目から記入してください。</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>鉱物のセル {mineral_cell} は「{option}」ですが、{other_cell} に鉱物名がありません。除外しました。</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>すべての鉱物を英語で記入してください（例：Aluminum）。RMI は英語を求めており、テンプレートは名称で回答行を並べ替えます。</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>この申告では鉱物が選択されていません。</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>{mineral} の製錬所が記載されていません。</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>受け取った {mineral} の製錬所情報の一部が報告されていません。</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>公開されている方針の URL をコメントに記入してください（例：www.company.com/policy）。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>質問 {letter} は「{answer}」ですが、コメント「{value}」はウェブアドレスではありません。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>質問 {letter} は「{answer}」ですが、方針のウェブアドレスがありません。</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>質問 {letter} では別の形式を使用するとしていますが、その説明がありません。</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>質問 {letter} では別の調査形式を使用するとしていますが、その説明がありません。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>{mineral} の質問 {number} は「{value}」です：一部の製錬所が対象地域または紛争地域・高リスク地域から調達しています。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>{mineral} の質問 {number} に回答がありますが、質問 1–2 ではその鉱物は使用されていません。テンプレートではここに回答できません。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>{mineral} の質問 {number} が未回答です（前の回答が「Yes」の場合にのみ読み取られます）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>{mineral} の質問 {number} が未回答です。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>{mineral} の質問 {number} は「No」ですが、すべてのサプライヤーが回答したわけではないか（質問 {survey}）、すべての製錬所が特定されたわけではありません（質問 {identified}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>{mineral} の質問 {number} ではすべての製錬所が特定されたとしていますが、回答したサプライヤーは「{value}」のみです（質問 {survey}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>{mineral} の質問 {number}：「{value}」はドロップダウンの値「{option}」と大文字・小文字だけが異なります。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>{mineral} の質問 {number}：「{value}」はテンプレートの回答のいずれでもありません。</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>質問 {number} ではすべての {mineral} がリサイクル品またはスクラップとしていますが、{count} 件の {mineral} 製錬所は原料がそうではないとしています。</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>RMI テンプレートにはマクロはありません。誰かがこのファイルを変更しました。</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>RMI テンプレートは英語で回答する必要があります。</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>「!」を削除してください。通常、ルックアップが一致しなかったことを示します。</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>重複した行を削除してください。</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>これらの行を削除するか、その鉱物を申告に追加してください。</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>製錬所 {row} 行目は「Smelter not yet identified」です。</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>製錬所 {row} 行目は {first} 行目と重複しています。</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>製錬所 {row} 行目はまだ「{value}」のままです。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>製錬所 {row} 行目：「{value}」に「!」が含まれています。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>製錬所 {row} 行目：「{value}」は Yes、No、Unknown のいずれでもありません。</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>製錬所 {row} 行目：入力された ID「{value}」が製錬所の ID「{id}」と一致しません。</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>誰かがテンプレートを変更しました。申告内容が改変されていないか確認してください。</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>誰かがテンプレートの末尾より後に行を貼り付けました。テンプレートの数式とチェッカーはそれらを無視します。</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>テンプレートのシートが差し替えられています。RMI テンプレートで記入した申告を送信者に求めてください。</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>{mineral} のサプライヤー調査の回答率は「{value}」です。</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>Minerals Scope シートに「{mineral}」の理由がありますが、この申告の鉱物ではありません。除外しました。</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>RMI 施設リストは {age} 日前のものです（{date} 時点）。</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>承認者が氏名ではなく「{value}」となっています。</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>会社レベルの質問 {letter} のコメントが英語ではありません。</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>{mineral} の質問 {number} のコメントが英語ではありません。</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>申告には {count} 種類の鉱物がありますが、{template} に入るのは {capacity} 種類です。</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>発効日「{value}」は日付ではありません。</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>発効日 {date} は 2007 年より前です。</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>発効日 {date} は未来の日付です。</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>このファイルは {template} で、MRT Desk に定義のない改訂版です。{layout} のレイアウトで読み取りました。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>このファイルは {template} で、MRT Desk が知る最新のテンプレート（{newest}）より新しいものです。{layout} のレイアウトで読み取りました。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>このファイルは {template} で、MRT Desk が知る最新のテンプレートより新しいものです。構造は {layout} と一致する（検証済み）ため、そのレイアウトで読み取りました: {template} — {layout} のレイアウト、検証済み。</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>ファイルが破損しているか、不具合のあるプログラムで作成されています。この値を送信者に確認してください。</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>鉱物「{mineral}」が英語で記入されていません。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>範囲は「Product」ですが、製品リストが空です。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>範囲は「製品」ですが、製品リストの最初の行に製品番号がありません。</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>このワークブックにはマクロが含まれています。MRT Desk は値を読み取っただけで、何も実行していません。</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>このワークブックには公式の {template} にないシートがあります：{sheets}。</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>このワークブックにはテンプレートのシート {sheets} がありません。その行は空として読み取ります。</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>{list}にはテンプレートの最終行（{last_row}）より下、{row} 行目までデータがあります。それらの行も読み取りました。</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>{sheet_name}は {kind} であり、ワークシートではありません。何も読み取っていません。</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>このワークブックは MRT Desk の {template} 互換レイアウトであり、RMI の公式テンプレートではありません。</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>テンプレートが受け付ける日付を使ってください。</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>予定日ではなく、フォームの記入が完了した日付を使用してください。</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>この日付を受け付ける {better} を使う（顧客から {template} が届いた場合は依頼してください）か、テンプレートが受け付ける日付を使ってください。</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>その日以降にコンフォーマンスが更新されるか注視してください。</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid}（{name}）は RMI の施設リストにありません。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} 行の製錬所の金属が「{value}」ですが、これはこのテンプレートの鉱物ではありません。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} 行の製錬所の金属が「{value}」ですが、これは範囲外です。</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{list}の {count} 個の値が英語ではありません。</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>質問 {number} では {mineral} は使用されていないか残存しないとしていますが、{mineral} の製錬所が {count} 行記載されています。</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field}「{value}」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field}の値 {value} は Excel で扱えない日付です。記入どおりに保持しました。</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field}の値 {value} は日付ではありません。記入どおりに保持しました。</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field}がありません。</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field}はメールアドレスではありません（「@」がありません）。</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field}が英語ではありません。</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field}は {value} で、Excel で扱えない日付です（Excel は 1900 年 3 月 1 日から 9999 年 12 月 31 日まで）。テキストとして書き込みました。</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field}は日と月が入れ替わる可能性のあるテキストで入力されています。{read} として読み取りましたが、{other} の可能性もあります。</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list} {row} 行目：「{value}」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location}に保存・送信できない文字（壊れた文字コードまたは NUL）がありました。それぞれ � に置き換えました。</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location}に目に見えない制御文字（ESC など）があります。記入どおりに保持しました。</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location}は {length} 文字あり、Excel のセルの上限（{limit}）を超えています。読み取りましたが、短くするまでエクスポートできません。</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>製品に {mineral} が使用されていますが、{mineral} の製錬所が記載されていません。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name}は RMI のプログラムでコンフォーマントでもアクティブでもありません（「{status}」）。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name}は RMI のプログラムでコンフォーマントでもアクティブでもありません。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>{name}の再評価期限は {date} です。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>{name}の再評価期限は {date} でした。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} は {first} 以降の日付（終了日なし）を受け付けます。{date} はワークブックの日付チェックを通りません。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} は {first} から {last} までの日付を受け付けます。{date} はワークブックの日付チェックを通りません。</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>製錬所リスト</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>鉱山リスト</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>製品リスト</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>Minerals Scope シート</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>発効日の確認</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>調査の回答率</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>選択肢がなくなった</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>参照リストにない製錬所</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>新しいテンプレートには鉱山リストがない</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>直接のサプライヤーに監査済み製錬所の使用を求めていない</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>デューデリジェンス措置が実施されていない</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>公開されたコバルト調達方針がない</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>責任ある鉱物調達方針がない</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>サプライヤーのデューデリジェンス情報をレビューしていない</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>サプライヤーのデューデリジェンスが附属書 II のリスクを対象としなくてよい</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>サプライヤーにデューデリジェンスの実施を求めていない</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>方針が OECD 附属書 II のリスクを対象としていない</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>レビュープロセスに是正措置の管理がない</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>指摘事項を表示（エラー {count} 件）</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>指摘事項パネルを折りたたむ</translation>
    </message>
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
        <source>Findings</source>
        <translation>指摘事項</translation>
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
        <source>To confirm: {count}</source>
        <translation>要確認：{count}</translation>
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
        <source>My declarations ({count})</source>
        <translation>自社の申告（{count}）</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>サプライヤーから受領（{count}）</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>追加済みの公式テンプレート：{names}。</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>公式テンプレートはまだ追加されていません。追加する（テンプレートを追加…）まで、エクスポートは互換レイアウトになります。</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>緑: 受理</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>黄: 受理、確認の価値あり</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>赤: 不受理</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>（該当するサプライヤーなし）</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1（確認してください）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>報告事項なし</translation>
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
        <source>Import RMI &amp;facility list…</source>
        <translation>RMI 施設リストを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>サプライヤーとキャンペーン(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>バックアップを復元(&amp;B)…</translation>
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
        <source>Adding the template cancelled</source>
        <translation>テンプレートの追加をキャンセルしました</translation>
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
        <source>Minerals to declare</source>
        <translation>申告する鉱物</translation>
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
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>エクスポートでは、お手元の公式 RMI {label} のコピーに記入します。</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} は {family} {newest} より古い版です：{what}。顧客がこの版を求めている場合にのみ選んでください。</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>内蔵レイアウト：公式の {family} {version} ブックがまだ追加されていないため、エクスポートは互換レイアウトになります。公式テンプレート（顧客からのメールまたは RMI の Web サイトから入手）は、エクスポート前ならいつでも追加できます。</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>顧客から問い合わせのあった鉱物にチェックを付けてください。チェックした鉱物ごとに回答する質問が増えます。</translation>
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
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>顧客プロファイル</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>顧客が受け付けるもの：申告ごとに「;」で区切り、代替は「or」でつなぎ、それぞれテンプレートの種類と最低バージョン、括弧内に鉱物を書きます。</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>顧客側の担当者</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Lenovo のプロファイルから始める</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>プロファイルから依頼を作成</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>受付：</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>初期プロファイル（{name}）、編集可能：顧客の最新の依頼と照らし合わせ、違う点を直して保存してください。</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>この顧客のプロファイルはまだ保存されていません。</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>受け付けるテンプレートがありません</translation>
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
        <source>Not understood in the profile: {text}</source>
        <translation>プロファイルの解釈できない部分：{text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>先に顧客名を入力してください。</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>{name} のプロファイルを保存しました。</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>テンプレートライブラリにありません：{what}。依頼には最新の組み込みバージョンを指定します。エクスポート前に公式テンプレートを追加してください。</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>顧客を入力し、テンプレートにチェックを付け、期間を入力してください。</translation>
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
        <source>Request added.</source>
        <translation>依頼を追加しました。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>データベースと置き換えるバックアップを選んでください。置き換えられるデータベースはバックアップフォルダーに残ります。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>このデータフォルダーにはバックアップがありません。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>バックアップ {name} でデータベースを置き換えますか？</translation>
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
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;サプライヤーから受領&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>この申告はサプライヤーから受け取ったものです。</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>送付可能にする</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>先に申告を承認してください（申告をレビューする同僚がいない場合は、設定で「一人で作業する」を選んでください）。</translation>
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
        <source>Last export</source>
        <translation>前回のエクスポート</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
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
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>前回の申告から引き継いだ値のうち、{count} 件がまだ確認されていません。</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>RMI ステータス:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: コンフォーマント %2、アクティブ %3、その他 %4</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>ブックをエクスポートしています…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>必須項目が未記入のままエクスポートしますか？</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>必須項目が 1 件未記入です。</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>必須項目が {count} 件未記入です。</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>エクスポートしたワークブックでは RMI の Checker がこれらを数え、顧客には不完全な申告が届きます。それでもエクスポートしますか？</translation>
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
        <source>compatible layout, not official</source>
        <translation>互換レイアウト（公式ではありません）</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>保存先：{folder}</translation>
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
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>%2 行目の「%1」を編集</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>行を削除（複数）</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
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
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} 件の変更が待機中：{problem} 入力した内容は保持され、応答が戻り次第保存されます。</translation>
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
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>各鉱物をこの申告に含める理由（Minerals Scope シート）</translation>
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
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>RMI 再評価の期限を事前に警告(&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>一人で作業する：送付前に申告をレビューする同僚はいない</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>テンプレートに RMI の翻訳がある場合、質問はその翻訳で表示されます。ただし、回答と備考は英語で記入してください。送付するブックは英語です。</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>重複：%1 行目と同じ製錬所です（金属、ID、原産鉱山が同じ）。</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>RMI の製錬所リストに見つかりません。名前を確認するか、「Smelter not listed」（リストにない製錬所）のまま国を入力してください。</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>ID %1 は製錬所名に対応する ID %2 と一致しません。</translation>
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
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>どの製錬所が RMI コンフォーマントまたはアクティブかを見るには、RMI の施設リスト（responsiblemineralsinitiative.org、コンフォーマントとアクティブの製錬所・精錬所、「Download Data」）をダウンロードし、ファイル ▸ RMI 施設リストを取り込む… で取り込んでください。</translation>
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
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — 1 行に 1 件</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>例: Tin, Gold — 空欄はすべて</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>供給する金属:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>部品:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
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
    <message>
        <source>Supplier</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部品</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>サプライヤーとキャンペーン</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>リストを取り込む…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>受け取ったファイルから追加…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>サプライヤー</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>サプライヤーを取り込む</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>キャンセルしました：何もインポートしていません。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>取り込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>サプライヤー %1 件を追加、%2 件を更新しました。</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>サプライヤーから届いたファイル</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>キャンセルしました：サプライヤーは追加していません。</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 には会社名がありません。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>チームデータベースに接続できません</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>再試行するか、その間はローカルストアで作業してください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>ローカルストアを開く</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} がこの申告を変更しました（現在 {status}）。</translation>
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
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>接続して使用(&amp;C)</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>ローカルストアを使用(&amp;L)</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>チームの役割なし</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>チームデータベース {where} を {user}（{role}）として使用中です。</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>このコンピューターのローカルストアを使用中です。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — {minerals} のみ</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  （組み込みレイアウト：エクスポート前に公式テンプレートを追加してください）</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>このテンプレートを追加できません</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… ほか {n} 件</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} は追加されませんでした：名乗っている RMI テンプレートと構造が異なるため、MRT Desk は申告を書き込みません。

異なる点：
{lines}

RMI からダウンロードした、または顧客から届いたままの空のテンプレートを使ってください。本物であれば、RMI がテンプレートを変更しており、MRT Desk の更新が必要です。</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>名乗っているテンプレートではありません</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>送付前のレビュー</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>申告を送付する前に、同僚がレビューして承認しますか？

はい：レビューの流れを維持します（提出、承認の後にメールを準備）。
いいえ、一人で作業する：申告は下書きから直接送付可能になります。

この設定は後で「設定」から変更できます。</translation>
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
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>必須ではありません。RMI のチェッカーはこの質問を数えません。回答してもかまいません。</translation>
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
