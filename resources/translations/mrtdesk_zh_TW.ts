<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk 無法啟動</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>無法使用資料夾 {folder}：
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
        <translation>這看起來不像電子郵件地址。</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>這看起來不像網址。</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>評論…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>解決「{text}」（{author}）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>審核評論——按右鍵可標記為已解決</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>關於{where}的審核評論：{text}（{author}）</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>審核評論：{count} 則未解決</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
按右鍵可標記為已解決。</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>貴公司</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>誰在申報、誰負責解答相關問題、誰授權本申報。標有 (*) 的欄位為必填。只需輸入一次並儲存為公司資料，下次申報即可重複使用。</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>從我的公司資料填入</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>儲存為我的公司資料</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>已從公司資料填入。</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>已儲存為公司資料。</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>無法儲存公司資料：{error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>從公司資料填入</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>公司層面問題</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>關於貴公司的採購政策和盡職調查。</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>政策的網址（回答「{answer}」時必填）</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>說明所用格式（回答「{answer}」時必填）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>無需填寫：{mineral} 在問題 1–2 處已結束。</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>上期日期</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>調查涵蓋率</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>舊回答已不是選項</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>不在 RMI 清單中</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>未沿用</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}，問題 {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>公司層面問題 {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>公司層面問題 {letter}（{mineral}）</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>冶煉廠</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>礦場</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}第 {n} 列</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>礦場清單</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>在重新開啟此申報之前隱藏此清單</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>前往此欄位</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;沿用自上一份申報。&lt;/b&gt;請重新確認（{n}）——點選一項即可前往該欄位；修改後它就會從此清單中消失：</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>……還有 {n} 項。</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>冶煉廠</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>冶煉廠 ID</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告方</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供應商</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>未設定——請選擇日期</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>剩餘錯誤</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（無客戶）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>客戶與請求…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>{days} 天後到期</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}：{when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;客戶請求&lt;/b&gt;：沒有未完成的請求。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;客戶請求&lt;/b&gt;：{open} 項未完成，{urgent} 項即將到期或已逾期</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← 全部申報</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>缺少的必填欄位：{count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>此處沒有缺漏</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>附加匯出的活頁簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>準備電子郵件</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>客戶的聯絡人電子郵件</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>（無請求）</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}：{templates}，{due} 到期</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>附加其他活頁簿…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>聯絡人電子郵件：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>請求：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主旨：</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>在郵件程式中開啟</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>複製摘要</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>標記為已寄出</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>在您寄出郵件之後</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>無法附加 {name}：{error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>請先填寫客戶名稱和聯絡人電子郵件。</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>郵件已在您的郵件程式中開啟（{path}）。請從那裡寄出，然後點選「標記為已寄出」。</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>摘要已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>已標記為已寄出。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel 活頁簿</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 活頁簿</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>儲存格</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>點選一項檢查結果即可前往對應欄位。錯誤即 RMI Checker 統計的缺漏；風險警示值得在寄出前查看。</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>錯誤：{count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>風險警示：{count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>錯誤：無——所有必填欄位均已填寫</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>新增申報</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>開啟活頁簿…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>加入範本…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>彙總供應商檔案…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>按兩下一份申報（或按 Enter）即可繼續填寫。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 MRT Desk&lt;/h2&gt;&lt;p&gt;點選&lt;b&gt;新增申報&lt;/b&gt;填寫客戶要求的 CMRT、CRT 或 EMRT，或點選&lt;b&gt;開啟活頁簿…&lt;/b&gt;匯入您已有的檔案（也可以將 .xlsx 檔案拖放到這裡）。&lt;/p&gt;&lt;p&gt;官方範本來自客戶的電子郵件或負責任礦產倡議（RMI）的網站（responsiblemineralsinitiative.org）：用&lt;b&gt;加入範本…&lt;/b&gt;加入一次，匯出的就是官方活頁簿。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>已加入的官方範本：{names}。</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>尚未加入官方範本：在您用「加入範本…」加入之前，匯出將使用相容格式。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>冶煉廠</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>冶煉廠和精煉廠</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>礦場清單</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>選填：您的冶煉廠和加工廠採購來源的礦場，每個礦場一列。</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>冶煉廠：{count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>礦場：{count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>新增申報(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>開啟活頁簿(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>加入範本(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>關閉申報(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
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
        <translation>未儲存：{error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已儲存 {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（無客戶）</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>開啟 CMRT、CRT 或 EMRT 活頁簿</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>加入 RMI 官方範本</translation>
    </message>
    <message>
        <source>Cannot add this template</source>
        <translation>無法加入此範本</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>已加入官方 {family} {version} 範本</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>刪除申報</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>刪除此申報？</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>無客戶</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>新增申報</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>由誰要求，例如 Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>報告期間：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>範本：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>已加入官方範本</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>內建格式</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>匯出時將填入您保存的 RMI 官方 {family} {version}。</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>內建格式：尚未加入官方 {family} {version} 活頁簿，因此匯出的將是相容格式。您可以在匯出前隨時加入官方範本（來自客戶的電子郵件或 RMI 網站）。</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>冶煉廠未列出</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>用於不在 RMI 清單中的冶煉廠：填寫其名稱和所在國家或地區。請先搜尋清單——大多數冶煉廠都以某個名稱列在其中。</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>供應商提供的冶煉廠名稱</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>輸入以尋找國家或地區</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>金屬 (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>冶煉廠名稱 (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>冶煉廠所在國家或地區 (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>請輸入冶煉廠名稱。</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>請從 RMI 的清單中選擇國家或地區。</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>請選擇冶煉廠所在國家或地區。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}：無法讀取此檔案（{error}）。</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>正在讀取 {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>正在讀取 {n} 個檔案 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>空白的官方範本</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} 是空白的 RMI 官方 {family} {version} 範本，而不是已填寫的申報。

要將它加入範本庫嗎？之後 {family} {version} 申報的匯出將填入此官方活頁簿。如需填寫申報，請點選「新增申報」。</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消開啟</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>無法開啟此檔案</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>無法開啟 {n} 個檔案</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已開啟 {name}</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>已匯入 {n} 個活頁簿</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value}（不是範本的選項）</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>定義…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>此問題中術語的含義</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>貼上列</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>選擇每個貼上欄要填入的欄位（或選擇「忽略」）。下方顯示前幾列。</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>第一列是欄名（不加入）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>將加入 %1 列；使用 %3 欄中的 %2 欄。</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>問題 {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>範本原文（請以英文作答）：{text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>請為每種礦產作答。備註為選填。</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>礦產</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}：問題 {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>已略過——{reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>客戶與請求</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@customer.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>加入或更新客戶</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>客戶的料號，以逗號分隔</translation>
    </message>
    <message>
        <source>Accepts the EMRT for cobalt</source>
        <translation>接受鈷的 EMRT</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>Lenovo 預設</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>加入請求</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>刪除所選請求</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>範本：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>料號：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>再次要求：</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>請填寫名稱和有效的聯絡人電子郵件。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已儲存 {name}。</translation>
    </message>
    <message>
        <source>Not a template: {text}</source>
        <translation>不是範本：{text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>請填寫客戶、範本和期間。</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>已加入請求。</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>匯出審核報告（PDF）…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>準備電子郵件…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交審核</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>標記為已寄出</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>審核評論</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>關於{where}的評論：</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>狀態：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Approve the declaration first.</source>
        <translation>請先核准此申報。</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>要編輯{status}的申報嗎？</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>審核報告</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>審核報告已寫入 {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>匯出活頁簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>檢查與匯出</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>檢查還剩什麼，然後為客戶匯出活頁簿。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>完整性：</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>風險警示：</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>各金屬的冶煉廠：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>範本：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>檔案名稱：</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>加入範本…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>匯出活頁簿…</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>開啟所在資料夾</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>相容格式——不是 RMI 官方範本</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>RMI 官方 {family} {version}（來自您的範本庫）</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>本應用程式會產生一個與 {family} {version} 工作表和儲存格相同、並標明非官方的活頁簿。客戶可能要求使用官方範本：加入官方範本（來自客戶的電子郵件或 RMI 網站）即可匯出到其中。</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>只填寫官方活頁簿中的回答儲存格。</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>已完成——所有必填欄位均已填寫。</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>仍缺少 1 個必填欄位（見檢查結果面板）。</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>仍缺少 {count} 個必填欄位（見檢查結果面板）。</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} 項需要查看</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>正在匯出活頁簿…</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>匯出失敗：{error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>官方範本</translation>
    </message>
    <message>
        <source>compatible layout (not official)</source>
        <translation>相容格式（非官方）</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker：缺少 1 個必填欄位。</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker：缺少 {count} 個必填欄位。</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>已匯出 {name}（{kind}）。{checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>匯出審核報告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>彙總供應商檔案</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>選擇供應商寄來的 CMRT、CRT 或 EMRT 活頁簿（或拖放到這裡）。每個檔案都會被讀取和檢查；無法讀取的檔案會被報告並略過。其中的冶煉廠會被合併：每種金屬和冶煉廠一列，並列出報告它的供應商。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>彙總</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>合併後的冶煉廠</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>合併到此申報</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>儲存合併後的活頁簿…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>已選擇 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>選擇供應商的活頁簿</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>目前檔案完成後停止…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在讀取 %1（第 %2 個，共 %3 個）…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>已讀取 %1 個檔案，%2 個無法讀取；合併出 %3 個冶煉廠。</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>供應商（%1）</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>合併後的冶煉廠（%1）</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>彙總已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>已向此申報加入 %n 個冶煉廠（復原可將其移除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>此申報已列出所有合併後的冶煉廠。</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>儲存合併後的活頁簿</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>加入冶煉廠</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>加入產品</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>加入礦場</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>加入列</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>刪除所選列（Delete）</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>貼上列…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>貼上從 Excel 或 CSV 檔案複製的列（Ctrl+V），然後對應各欄</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>篩選列…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>沒有可貼上的內容</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>請先在 Excel（或 CSV 檔案）中複製列，然後貼上到這裡。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>貼上 %n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>範圍與產品</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>本申報涵蓋的範圍</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>您申報的礦產（取消勾選客戶未要求的礦產）</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>產品清單——範圍為「B. Product」時必填：列出本申報涵蓋的每個產品（產品編號為必填）。</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>產品清單——僅當範圍為「B. Product」時需要。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>冶煉廠（標準名稱）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>冶煉廠 ID</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1——列為「%2」</translation>
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
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系統語言（{language}）</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>若範本中有 RMI 的譯文，問題將以該譯文顯示。但回答和備註仍須以英文填寫：您寄出的活頁簿是英文的。</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>重複：與第 %1 列是同一冶煉廠（金屬和 ID 相同）。</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>「%1」不是本申報範圍內的礦產。</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 不在範本的冶煉廠查找清單（Smelter Look-up）中。</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>RMI 列為「%1」（%2，%3）：請使用「套用建議的冶煉廠」。</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>搜尋 RMI 冶煉廠清單：名稱、別名或 CID（例如 CID002763）…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>只搜尋此金屬的冶煉廠</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>範圍內的所有礦產</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>加入官方範本後即可搜尋 RMI 冶煉廠清單（首頁 → 加入範本…）。在此之前，請加入列並手動輸入冶煉廠。</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;加入冶煉廠&lt;/b&gt;——輸入名稱、別名或 CID：</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>冶煉廠未列出…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>不在 RMI 清單中的冶煉廠：輸入其名稱和國家或地區</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>冶煉廠尚未確定</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>加入空白列</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>匯入冶煉廠清單…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>加入另一個 CMRT、CRT 或 EMRT 活頁簿的冶煉廠清單</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>合併供應商的冶煉廠清單…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>彙總供應商寄來的檔案，並將其中的冶煉廠加入這裡</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>套用建議的冶煉廠</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>加入冶煉廠 %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>加入 %1（未列出）</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>加入尚未確定的 %1 冶煉廠</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>匯入活頁簿的冶煉廠清單</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>沒有可匯入的內容</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 中沒有冶煉廠。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>匯入 %n 個冶煉廠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>從供應商合併 %n 個冶煉廠</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>第 %1 列「%2」（未列出）看起來是 RMI 已列出的冶煉廠「%3」（%4，%5）。</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>將 %1 用於第 %2 列</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>從上一份開始(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>從上一份申報開始(&amp;P)…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>為下一期建立新草稿：使用最新範本，並沿用本份的回答</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>請先在清單中選擇上一期的申報</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>無法建立新草稿</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>新的 {family} {version} 草稿：{n} 項需要重新確認</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>從上一份申報開始</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（無客戶）</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>新草稿將沿用 &lt;b&gt;{who} — {source}{period}&lt;/b&gt; 的回答、冶煉廠和產品。可能已變化的內容需要您重新確認：生效日期、調查涵蓋率，以及新版本問法不同的任何內容。</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>例如 {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>報告期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>建立草稿(&amp;C)</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>已加入官方範本</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>內建格式</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>新草稿為 {family} {version}。</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>匯出時將填入您保存的官方活頁簿。</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>尚未加入官方 {family} {version} 活頁簿：請在匯出前加入（否則匯出的是相容格式）。</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>風險警示</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>冶煉廠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>缺少 %n 個必填欄位</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀取</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>未讀取：%1</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>無需填寫：{mineral} 的問題 1 回答為「{answer}」。</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>無需填寫：{mineral} 的問題 2 回答為「{answer}」。</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>無需填寫：您的產品中沒有使用並殘留任何礦產（每種礦產都在問題 1 或 2 處結束）。您仍可作答。</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>「有意添加」是指為了使產品具有某種特性、反應或品質而特意使用該金屬，而不是自然產生的副產品。請針對您的產品（或您選擇的範圍）及其生產過程作答。</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>該金屬是否殘留在成品中？僅在生產過程中使用（例如作為觸媒）而未殘留在產品中的金屬，應回答「No」（否）。</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>所指明的國家（SEC 術語）：剛果民主共和國及其九個鄰國——安哥拉、蒲隆地、中非共和國、剛果共和國、盧安達、南蘇丹、坦尚尼亞、烏干達和尚比亞。</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>受衝突影響和高風險地區（CAHRA）是指處於武裝衝突中的地區、脆弱的衝突後地區，或治理與安全薄弱甚至缺失、並普遍存在違反國際法（包括侵犯人權）行為的地區。</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>回收料或廢料來源是指從最終使用者或消費後產品中回收的金屬，或在製造過程中產生的廢料。</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>在向您供應此金屬的供應商中，有多大比例回覆了您的調查？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>您是否已識別出供應鏈中此金屬的所有冶煉廠或精煉廠？冶煉廠或精煉廠是將礦石、礦渣或廢料煉成精煉金屬的工廠。</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>您的供應商向您報告的每個冶煉廠都列在「冶煉廠清單」（Smelter List）工作表上了嗎？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>您是否已識別出供應鏈中此礦產的所有冶煉廠或加工廠？</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>公司層面問題描述您的整體盡職調查計畫：您的採購政策、是否調查供應商並審查他們的回覆。已公開發布的政策需要在備註中填寫其網址（URL）。</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>範圍說明本申報涵蓋的內容：「A. Company」——貴公司生產的全部產品；「B. Product」——僅下方列出的產品；「C. User defined」——請自行說明。</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>冶煉廠或精煉廠是將礦石、礦渣或廢料煉成精煉金屬的工廠。請列出供應商報告的每個冶煉廠，每種金屬一列。如果尚不清楚，請選擇「Smelter not yet identified」（冶煉廠尚未確定）；如果它不在 RMI 的冶煉廠查找清單（Smelter Look-up）中，請選擇「Smelter not listed」（冶煉廠未列出）並填寫其名稱和國家或地區。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>編輯 {path}</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>變更礦產</translation>
    </message>
</context>
</TS>
