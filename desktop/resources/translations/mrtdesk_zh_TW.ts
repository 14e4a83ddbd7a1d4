<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>您申報的礦產</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>其他礦產或金屬（請用英文名稱，名稱之間以逗號分隔）：</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>例如 Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} 種，最多 {most} 種礦產。</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>範本最多容納 {most} 種：請刪除一些。</translation>
    </message>
</context>
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
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>（期間）</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>請求中還需說明的內容</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>要請求的範本：</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>要詢問的供應商：</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>說明：</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>這個檔案是哪家供應商寄來的？</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — 請選擇供應商：</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新增活動…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>活動：</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>準備請求郵件</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>準備提醒郵件</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>檢查收到的檔案…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>在資料夾中顯示郵件</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>準備回饋郵件</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>用已接受的檔案填寫此申報</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>您的申報：</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>收到的檔案（拖放到此處）：</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>尚無活動：請用「新增活動…」開始。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1：已詢問的 %3 家供應商中有 %2 家回覆（%4%）</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → 問題 %1：「%2」</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>回覆比例：</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>回覆比例：尚未詢問任何供應商。</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>已在 %2 中準備 %1 封請求郵件。</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>已在 %2 中準備 %1 封提醒郵件。</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>正在檢查 %1 個檔案…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>已在 %2 中準備 %1 封回饋郵件。</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>請將這些範本加入範本庫以便附上：%1。</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>供應商寄來的檔案</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>檢查已停止：%1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>已檢查 %1 個檔案：綠色 %2，黃色 %3，紅色 %4。</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>請先選擇 %1 是哪家供應商寄來的。</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>已在申報中加入 %1 個冶煉廠；依回覆比例設定了 %2 個答案。</translation>
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
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where}（該列已刪除，視為已解決）：{text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>此評論所在的列已被刪除。</translation>
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
        <source>Confirm unchanged</source>
        <translation>確認無需變更</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;沿用自上一份申報。&lt;/b&gt;需再次確認（{n}）——點選任一項可跳到該欄位；修改後或確認無需變更（✓）後，該項會從清單中移除：</translation>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
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
    <message>
        <source>(no company name)</source>
        <translation>（無公司名稱）</translation>
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
        <source>Red flags to look at: {count}</source>
        <translation>待查看的風險警示：{count}</translation>
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
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>在資料夾中顯示郵件和活頁簿</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>複製郵件</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>收件人、主旨、內文及需附加的檔案，供網頁郵件使用</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>使用網頁郵件或沒有郵件程式？</translation>
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
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>沒有郵件程式開啟該郵件。請用「複製郵件」將其貼到網頁郵件，並從「在資料夾中顯示」找到活頁簿作為附件加入，然後點選「標記為已寄出」。</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>郵件已交給您的郵件程式（{path}）。請在郵件程式中寄出，然後點選「標記為已寄出」。沒有開啟任何程式？請使用「複製郵件」和「在資料夾中顯示」。</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>郵件已複製到剪貼簿：請貼到新郵件中，加入活頁簿附件（在資料夾中顯示），寄出後點選「標記為已寄出」。</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>檔案位於 {folder}</translation>
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
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已詢問</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>已詢問</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>RMI 設施清單</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>RMI 公布哪些冶煉廠和精煉廠為合規或活躍。在 responsiblemineralsinitiative.org 開啟「合規」與「活躍」冶煉廠及精煉廠清單，使用「Download Data」（或將表格另存為 CSV 或 Excel），然後在此匯入該檔案。請每月更新：狀態會改變。</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>依檔案所載</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>合規</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>每列的狀態：</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>選擇下載的檔案…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>尚未匯入清單。</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>已匯入：%1（%2 的清單，%3 個設施）。</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>匯入 RMI 設施清單</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>設施清單 (*.xml *.xls *.xlsx *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未匯入：%1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>已匯入 %1 個設施（%2 的清單）。</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>找到的欄位：%1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>未找到的欄位：%1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>自上次匯入以來：新增 %1 個，移除 %2 個，狀態改變 %3 個。</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>RMI 狀態</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>合規，已逾期</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>合規，即將到期</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>合規</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未參與</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>未知 CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>RMI 設施清單中沒有此冶煉廠 ID。</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>無冶煉廠 ID：無法查詢。</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>計畫：%1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>上次評估：%1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>下次評估：%1</translation>
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
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>「未列出冶煉廠」的列需要填寫冶煉廠名稱和國家（第 {rows} 列）。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>在調查完成之前，「Unknown」才是一致的回答。</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>使用者自訂的範圍需要說明。</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>在冶煉廠清單上至少新增一列金屬為 {mineral} 的資料（若尚不清楚，請選擇「Smelter not yet identified」）。</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>將供應商提到的每一家冶煉廠都加入冶煉廠清單。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>請將官方 {template} 範本加入範本庫並重新匯出後再傳送：客戶的工具需要 RMI 自己的活頁簿。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>取得官方 {template} 範本後請將其加入範本庫，並檢查讀取的值。</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>新增冶煉廠（不清楚時選擇「Smelter not yet identified」）。</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>回答問題 {number}：{question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>回答：{question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>請索取相關冶煉廠及其 RMAP 狀態；這是需要審查的提示，而非拒收。</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>請供應商提供落實此項的計畫與時程。</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>請供應商確認該冶煉廠。</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>對照冶煉廠查詢表檢查 A 欄中的 ID。</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>請檢查這兩個問題的回答。</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>請檢查讀取的值，或向寄件者索取目前的範本。</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>請檢查年份：聲明日期應為填寫完成的日期。</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>從清單中選擇「{option}」。</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>在 P 欄中選擇 Yes、No 或 Unknown。</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>請選擇下列其中之一：{options}。</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>清除該回答，或更正問題 1 和 2。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>公司層級問題 {letter}（{mineral}）的回答是「No」：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>公司層級問題 {letter}（{mineral}）未回答。</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>公司層級問題 {letter} 的回答是「No」：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>公司層級問題 {letter} 未回答。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>公司層級問題 {letter}：「{value}」與下拉選項「{option}」僅大小寫不同。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>公司層級問題 {letter}：「{value}」不是範本提供的回答之一。</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>請更正問題 {number}，或刪除 {mineral} 冶煉廠。</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>請更正問題 {number} 或冶煉廠的 P 欄。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>聲明範圍：「{value}」與下拉選項「{option}」僅大小寫不同。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>聲明範圍：「{value}」不是範本提供的回答之一。</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>請在備註中說明調查所用的格式。</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>說明本聲明涵蓋哪些產品或公司的哪些部分。</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>請輸入地址，例如 name@company.com。</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>請輸入授權人本人的姓名，即使與聯絡人相同。</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>請以 DD-MMM-YYYY 格式輸入日期，例如 31-Aug-2025。</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>請輸入表格填寫完成的日期，例如 31-Aug-2026。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>請輸入冶煉廠的詳細資料，或從查詢清單中選擇。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>在 D 欄輸入冶煉廠名稱，在 E 欄輸入其所在國家。</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>請在聲明頁填寫 {field}。</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>請追蹤尚未回覆的供應商。</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>請輸入如 name@company.com 的地址，多個地址以 ; 或 , 分隔。</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>請向寄件者確認該值應為何內容；控制字元通常來自從其他程式複製的內容。</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>請向寄件者確認該礦產是否屬於本申報。</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>請向寄件者確認其所指的是哪種礦產。</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>請詢問供應商能否改從合規冶煉廠採購。</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>沿用自上一份申報（{reason}）：請確認。</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>請與寄件者核對日期，並以 DD-MMM-YYYY 格式輸入，例如 03-Apr-2025。</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>請與供應商核對冶煉廠 ID：RMI 未列出此設施。</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>請檢查該值，然後修改它或選擇「確認無需變更」。</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>請檢查讀取的值：RMI 可能改寫了文字。</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>請從 RMI 網站下載最新清單並重新匯入；超過 {max_age} 天的清單會遺漏狀態變更。</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>請輸入真實日期。</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Excel 日期範圍為 1900 年 3 月 1 日至 9999 年 12 月 31 日：請索取真實日期。</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel 本身不可能產生這樣的儲存格：請詢問寄件者其內容應為何。</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>其合規狀態可能失效：請在 RMI 清單中查看是否有較新的評估。</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>請在儲存格 {first}–{last} 中至少保留一種礦產。</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>最多保留十種礦產，或將其分成兩份申報。</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>列出本聲明涵蓋的產品編號，從第 6 列開始。</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>礦產儲存格 {mineral_cell} 為「{option}」，但 {other_cell} 中未填寫礦產名稱；已略去。</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>請以英文命名每種礦產（例如 Aluminum）：RMI 要求使用英文，且範本依名稱排序回答列。</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>本聲明未選擇任何礦產。</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>未列出 {mineral} 冶煉廠。</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>收到的 {mineral} 冶煉廠資訊未全部報告。</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>在備註中填寫已公布政策的網址，例如 www.company.com/policy。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>問題 {letter} 的回答是「{answer}」，但備註「{value}」不是網址。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>問題 {letter} 的回答是「{answer}」，但缺少政策的網址。</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>問題 {letter} 表示使用了其他格式，但沒有說明是什麼格式。</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>問題 {letter} 表示使用了其他調查格式，但沒有說明是什麼格式。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>{mineral} 的問題 {number} 的回答是「{value}」：部分冶煉廠的來源涉及受關注或受衝突影響的高風險地區。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>{mineral} 的問題 {number} 有回答，但問題 1–2 表示未使用該礦產；範本不允許在此回答。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>{mineral} 的問題 {number} 未回答（只有前面的回答為「Yes」時才會讀取此處）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>{mineral} 的問題 {number} 未回答。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>{mineral} 的問題 {number} 回答「No」，但並非所有供應商都已回覆（問題 {survey}），或並非所有冶煉廠都已確認（問題 {identified}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>{mineral} 的問題 {number} 表示所有冶煉廠均已確認，但只有「{value}」的供應商回覆（問題 {survey}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>{mineral} 的問題 {number}：「{value}」與下拉選項「{option}」僅大小寫不同。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>{mineral} 的問題 {number}：「{value}」不是範本提供的回答之一。</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>問題 {number} 表示所有 {mineral} 均為回收料或廢料，但有 {count} 家 {mineral} 冶煉廠表示其原料並非如此。</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>RMI 範本不含巨集：有人修改過此檔案。</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>RMI 範本必須以英文填寫。</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>刪除「!」；它通常表示查詢未匹配。</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>刪除重複的列。</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>刪除這些列，或將該礦產加入聲明。</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>冶煉廠第 {row} 列為「Smelter not yet identified」。</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>冶煉廠第 {row} 列與第 {first} 列重複。</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>冶煉廠第 {row} 列仍為「{value}」。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>冶煉廠第 {row} 列：「{value}」包含「!」。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>冶煉廠第 {row} 列：「{value}」不是 Yes、No 或 Unknown。</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>冶煉廠第 {row} 列：輸入的 ID「{value}」與冶煉廠的 ID「{id}」不符。</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>有人修改過範本；請檢查聲明是否遭到變更。</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>有人在範本結尾之後貼上了列；範本的公式和檢查器會忽略這些列。</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>有人替換了範本的工作表：請向寄件者索取以 RMI 範本填寫的申報。</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>{mineral} 的供應商調查回覆率為「{value}」。</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>Minerals Scope 工作表為「{mineral}」提供了原因，但它不是本申報的礦產；已略去。</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>RMI 設施清單已有 {age} 天（日期為 {date}）。</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>授權人填寫為「{value}」，而不是姓名。</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>公司層級問題 {letter} 的備註不是英文。</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>{mineral} 的問題 {number} 的備註不是英文。</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>本申報列出了 {count} 種礦產；{template} 最多容納 {capacity} 種。</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>生效日期「{value}」不是日期。</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>生效日期 {date} 早於 2007 年。</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>生效日期 {date} 是未來的日期。</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>此檔案是 {template}，MRT Desk 沒有此修訂版的定義；已依 {layout} 版面讀取。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>此檔案是 {template}，比 MRT Desk 已知的最新範本（{newest}）更新；已依 {layout} 版面讀取。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>此檔案是 {template}，比 MRT Desk 已知的最新範本更新；其結構與 {layout} 相符（已驗證），並依該版面讀取：{template} — {layout} 版面，已驗證。</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>檔案已損壞或由有缺陷的程式產生：請與寄件者核對該值。</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>礦產「{mineral}」的名稱不是英文。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>範圍為「Product」，但產品清單是空的。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>範圍為「產品」，但產品清單第一列沒有產品編號。</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>此活頁簿包含巨集；MRT Desk 只讀取了其中的值，沒有執行任何內容。</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>此活頁簿含有官方 {template} 沒有的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>此活頁簿缺少範本的工作表 {sheets}；其中的列以空白讀取。</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>{list}在範本最後一列（{last_row}）之下還有資料，直到第 {row} 列；這些列也已讀取。</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>{sheet_name}是 {kind}，不是工作表；未從中讀取任何內容。</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>此活頁簿是 MRT Desk 的 {template} 相容版面，不是 RMI 官方範本。</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>請使用範本接受的日期。</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>請使用表格填寫完成的日期，而非預定日期。</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>請使用 {better}，它接受此日期（若客戶寄來的是 {template}，請向其索取），或使用範本接受的日期。</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>請留意其在該日期之後是否重新取得合規認證。</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid}（{name}）不在 RMI 設施清單中。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} 列冶煉廠的金屬為「{value}」，它不是本範本的礦產。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} 列冶煉廠的金屬為「{value}」，它不在範圍內。</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{list}上有 {count} 個值不是英文。</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>列出了 {count} 列 {mineral} 冶煉廠，但問題 {number} 表示未使用 {mineral} 或其未殘留於產品中。</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field}「{value}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field}的值為 {value}，是 Excel 無法儲存的日期；已依原樣保留。</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field}的值為 {value}，不是日期；已依原樣保留。</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>缺少{field}。</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field}不是電子郵件地址（沒有「@」）。</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field}不是英文。</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field}為 {value}，是 Excel 無法儲存的日期（Excel 支援 1900 年 3 月 1 日至 9999 年 12 月 31 日）；已以文字寫入。</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field}以文字形式輸入，日和月可能顛倒：已讀取為 {read}；也可能是 {other}。</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}第 {row} 列：「{value}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location}含有無法儲存或傳送的字元（損壞的字元編碼或 NUL）；每個都已取代為 �。</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location}含有不可見的控制字元（例如 ESC）；已依原樣保留。</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location}含有 {length} 個字元，超過 Excel 儲存格的上限（{limit}）；已讀取，但在縮短之前無法匯出。</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>產品中使用了 {mineral}，但未列出 {mineral} 冶煉廠。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name}在 RMI 計畫中既非合規也非活躍（「{status}」）。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name}在 RMI 計畫中既非合規也非活躍。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>{name}的複評將於 {date} 到期。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>{name}的複評已於 {date} 到期。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} 接受從 {first} 起的日期，沒有截止日；{date} 無法通過活頁簿的日期檢查。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} 接受 {first} 至 {last} 的日期；{date} 無法通過活頁簿的日期檢查。</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>冶煉廠清單</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>礦場清單</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>產品清單</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>Minerals Scope 工作表</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>確認生效日期</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>調查涵蓋率</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>該選項已不存在</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>冶煉廠已不在參考清單中</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>新範本沒有礦場清單</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>未要求直接供應商使用經稽核的冶煉廠</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>未實施盡職調查措施</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>沒有公開的鈷採購政策</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>沒有負責任礦產採購政策</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>未審查供應商的盡職調查資訊</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>供應商盡職調查無須涵蓋附件二風險</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>未要求供應商進行盡職調查</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>該政策未涵蓋 OECD 附件二風險</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>審查流程沒有矯正措施管理</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>顯示檢查結果（{count} 個錯誤）</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>收起檢查結果面板</translation>
    </message>
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
        <source>Findings</source>
        <translation>檢查結果</translation>
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
        <source>To confirm: {count}</source>
        <translation>待確認：{count}</translation>
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
        <source>My declarations ({count})</source>
        <translation>我的申報（{count}）</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>供應商提交的申報（{count}）</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>已加入的官方範本：{names}。</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>尚未加入官方範本：在您加入官方範本（加入範本…）之前，匯出將使用相容格式。</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>綠色：已接受</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>黃色：已接受，值得一看</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>紅色：未接受</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>（未比對到供應商）</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1（請確認）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>無需報告</translation>
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
        <source>Import RMI &amp;facility list…</source>
        <translation>匯入 RMI 設施清單(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>供應商與活動(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>還原備份(&amp;B)…</translation>
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
        <source>Adding the template cancelled</source>
        <translation>已取消新增範本</translation>
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
        <source>Minerals to declare</source>
        <translation>要申報的礦產</translation>
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
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>匯出將填寫您的官方 RMI {label} 副本。</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} 早於 {family} {newest}：{what}。僅當客戶要求此版本時才選擇它。</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>內建格式：尚未加入官方 {family} {version} 活頁簿，因此匯出的將是相容格式。您可以在匯出前隨時加入官方範本（來自客戶的電子郵件或 RMI 網站）。</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>請勾選客戶詢問的礦產：每勾選一種，都會增加相應需要填寫的問題。</translation>
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
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>客戶接受的內容：每份申報以「;」分隔，備選項以「or」連接，每項為範本系列及其最低版本，括號內為礦產。</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>您在客戶處的聯絡人</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>從聯想檔案開始</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>儲存檔案</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>依檔案建立請求</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>接受：</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>初始檔案（{name}），可編輯：請與客戶的最新要求核對，修改不同之處後儲存。</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>此客戶尚未儲存檔案。</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>未接受任何範本</translation>
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
        <source>Not understood in the profile: {text}</source>
        <translation>檔案中無法識別：{text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>請先填寫客戶名稱。</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>已儲存 {name} 的檔案。</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>您的範本庫中沒有：{what}。請求將使用最新的內建版本；匯出前請加入官方範本。</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>請填寫客戶、勾選範本並填寫期間。</translation>
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
        <source>Request added.</source>
        <translation>已加入請求。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>選擇一個備份來取代資料庫。被取代的資料庫會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>申報</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>此資料夾中沒有備份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>要以備份 {name} 取代資料庫嗎？</translation>
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
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;來自供應商&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>此申報是從供應商處收到的。</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>標記為可寄出</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>請先核准該申報（如果沒有同事審核您的申報，也可在「設定」中選擇「我獨自工作」）。</translation>
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
        <source>Last export</source>
        <translation>上次匯出</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
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
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>還有 {count} 個沿用自上一份申報的值待確認。</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>RMI 狀態：</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1：合規 %2，活躍 %3，其他 %4</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>正在匯出活頁簿…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>在缺少必填欄位的情況下匯出？</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>仍缺少 1 個必填欄位。</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>仍缺少 {count} 個必填欄位。</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>匯出的活頁簿中 RMI 的 Checker 會計算這些缺漏，您的客戶將看到一份不完整的申報。仍要匯出嗎？</translation>
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
        <source>compatible layout, not official</source>
        <translation>相容格式，非官方範本</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>儲存位置：{folder}</translation>
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
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>編輯第 %2 列的「%1」</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>刪除多列</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>刪除列</translation>
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
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} 項變更等待中：{problem} 您輸入的內容已保留，伺服器恢復回應後即儲存。</translation>
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
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>每種礦產納入本申報的原因（Minerals Scope 工作表）</translation>
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
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>提前標示 RMI 複評(&amp;D)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系統語言（{language}）</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>我獨自工作：我的申報在寄出前沒有同事審核</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>若範本中有 RMI 的譯文，問題將以該譯文顯示。但回答和備註仍須以英文填寫：您寄出的活頁簿是英文的。</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>重複：與第 %1 列是同一冶煉廠（金屬、編號和來源礦山皆相同）。</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>在 RMI 冶煉廠清單中找不到：請檢查名稱，或保留為「Smelter not listed」（冶煉廠未列出）並填寫其國家或地區。</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>編號 %1 與冶煉廠名稱不符，該名稱對應的編號是 %2。</translation>
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
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>若要查看哪些冶煉廠為 RMI 合規或活躍，請下載 RMI 的設施清單（responsiblemineralsinitiative.org，「合規」與「活躍」冶煉廠及精煉廠，「Download Data」），然後透過 檔案 ▸ 匯入 RMI 設施清單… 匯入。</translation>
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
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — 每行一個</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>例如 Tin, Gold — 留空表示全部</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>供應的金屬：</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>零件：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
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
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>供應商與活動</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>匯入清單…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>從收到的檔案新增…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>匯入供應商</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>已取消：未匯入任何內容。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未匯入：%1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>已新增 %1 家供應商，更新 %2 家。</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>供應商寄來的檔案</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>已取消：未新增供應商。</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 未寫明其公司名稱。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>團隊資料庫</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>無法連線團隊資料庫</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>請重試，或在此期間使用您的本機儲存。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>開啟我的本機儲存</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} 變更了此聲明（現為 {status}）。</translation>
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
        <translation>團隊資料庫</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>連線並使用(&amp;C)</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>使用我的本機儲存(&amp;L)</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>無團隊角色</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>正在以 {user}（{role}）身分使用團隊資料庫 {where}。</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>正在使用本電腦上的本機儲存。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — 僅 {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  （內建版面：匯出前請加入官方範本）</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>無法加入此範本</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 還有 {n} 項</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} 未加入：其結構與其所稱的 RMI 範本不同，因此 MRT Desk 不會寫入申報。

不同之處：
{lines}

請使用從 RMI 下載或客戶寄來的原樣空白範本。如果它是正版，表示 RMI 變更了範本，MRT Desk 需要更新。</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>並非其所稱的範本</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>寄出前審核</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>在寄出之前，是否有同事審核並核准您的申報？

是：保留審核流程（提交、核准，然後準備電子郵件）。
否，我獨自工作：申報將從草稿直接變為可寄出。

您之後可以在「設定」中變更此選項。</translation>
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
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>不需要：RMI 的檢查表不計此問題。您仍可作答。</translation>
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
