<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>您申报的矿产</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>其他矿产或金属（请用英文名称，名称之间用逗号分隔）：</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>例如 Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} 种，最多 {most} 种矿产。</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>模板最多容纳 {most} 种：请删除一些。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk 无法启动</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>无法使用数据文件夹 {folder}：
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>（期间）</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>请求中还需说明的内容</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>要请求的模板：</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>要询问的供应商：</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>这个文件是哪家供应商发来的？</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — 请选择供应商：</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>准备请求邮件</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>准备提醒邮件</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>检查收到的文件…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>在文件夹中显示邮件</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>准备反馈邮件</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>用已接受的文件填写此申报</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>您的申报：</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>收到的文件（拖放到此处）：</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>尚无活动：请用“新建活动…”开始。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1：已询问的 %3 家供应商中有 %2 家回复（%4%）</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → 问题 %1：“%2”</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>回复比例：</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>回复比例：尚未询问任何供应商。</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>已在 %2 中准备 %1 封请求邮件。</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>已在 %2 中准备 %1 封提醒邮件。</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>正在检查 %1 个文件…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>已在 %2 中准备 %1 封反馈邮件。</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>请将这些模板添加到模板库以便附上：%1。</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>供应商发来的文件</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>检查已停止：%1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>已检查 %1 个文件：绿色 %2，黄色 %3，红色 %4。</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>请先选择 %1 是哪家供应商发来的。</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>已向申报添加 %1 个冶炼厂；根据回复比例设置了 %2 个答案。</translation>
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
        <translation>这看起来不像电子邮件地址。</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>这看起来不像网址。</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>解决“{text}”（{author}）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>审核评论——右键单击可标记为已解决</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>关于{where}的审核评论：{text}（{author}）</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>审核评论：{count} 条未解决</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
右键单击可标记为已解决。</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where}（该行已删除，视为已解决）：{text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>此评论所在的行已被删除。</translation>
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
        <translation>贵公司</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>谁在申报、谁负责解答相关问题、谁授权本申报。标有 (*) 的字段为必填项。只需输入一次并保存为公司资料，下次申报即可重复使用。</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>从我的公司资料填入</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>保存为我的公司资料</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>已从公司资料填入。</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>已保存为公司资料。</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>无法保存公司资料：{error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>从公司资料填入</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>公司层面问题</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>关于贵公司的采购政策和尽职调查。</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>政策的网址（回答“{answer}”时必填）</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>说明所用格式（回答“{answer}”时必填）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>无需填写：{mineral} 在问题 1–2 处已结束。</translation>
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
        <translation>调查覆盖率</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>旧回答已不是选项</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>不在 RMI 列表中</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>未沿用</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>确认无需更改</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;沿用自上一份申报。&lt;/b&gt;需再次确认（{n}）——点击任一项可跳转到该字段；修改后或确认无需更改（✓）后，该项会从列表中移除：</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}，问题 {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>公司层面问题 {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>公司层面问题 {letter}（{mineral}）</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>冶炼厂</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿场</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind}第 {n} 行</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>矿场列表</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>在重新打开此申报之前隐藏此列表</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>转到此字段</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>……还有 {n} 项。</translation>
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
        <translation>冶炼厂</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>冶炼厂 ID</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告方</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>未设置——请选择日期</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>剩余错误</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>（无公司名称）</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>客户与请求…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>{days} 天后到期</translation>
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
        <translation>&lt;b&gt;客户请求&lt;/b&gt;：没有未完成的请求。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;客户请求&lt;/b&gt;：{open} 项未完成，{urgent} 项即将到期或已逾期</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← 全部申报</translation>
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
        <translation>缺少的必填项：{count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>待查看的风险警示：{count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>此处没有缺漏</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>附加导出的工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>准备电子邮件</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>客户的联系人电子邮件</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>（无请求）</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}：{templates}，{due} 到期</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>附加其他工作簿…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>联系人电子邮件：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>在邮件程序中打开</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>在您发送邮件之后</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>在文件夹中显示邮件和工作簿</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制邮件</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>收件人、主题、正文及需附加的文件，供网页邮箱使用</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>使用网页邮箱或没有邮件程序？</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>无法附加 {name}：{error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>请先填写客户名称和联系人电子邮件。</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>没有邮件程序打开该邮件。请用“复制邮件”将其粘贴到网页邮箱，并从“在文件夹中显示”找到工作簿作为附件添加，然后点击“标记为已发送”。</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>邮件已交给您的邮件程序（{path}）。请在邮件程序中发送，然后点击“标记为已发送”。没有打开任何程序？请使用“复制邮件”和“在文件夹中显示”。</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>邮件已复制到剪贴板：请粘贴到新邮件中，添加工作簿附件（在文件夹中显示），发送后点击“标记为已发送”。</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>文件位于 {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>已标记为已发送。</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已询问</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>已询问</translation>
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
        <translation>RMI 设施清单</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>RMI 公布哪些冶炼厂和精炼厂是合规或活跃的。在 responsiblemineralsinitiative.org 打开“合规”和“活跃”冶炼厂与精炼厂清单，使用“Download Data”（或将表格另存为 CSV 或 Excel），然后在此导入该文件。请每月更新：状态会变化。</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>按文件所写</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>每行的状态：</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>选择下载的文件…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>尚未导入清单。</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>已导入：%1（%2 的清单，%3 个设施）。</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>导入 RMI 设施清单</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>设施清单 (*.xml *.xls *.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>已导入 %1 个设施（%2 的清单）。</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>找到的列：%1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>未找到的列：%1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>自上次导入以来：新增 %1 个，移除 %2 个，状态变化 %3 个。</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>RMI 状态</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>合规，已逾期</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>合规，即将到期</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未参与</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>未知 CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>RMI 设施清单中没有此冶炼厂 ID。</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>无冶炼厂 ID：无法查询。</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>上次评估：%1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>下次评估：%1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>“未列出冶炼厂”的行需要填写冶炼厂名称和国家（第 {rows} 行）。</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>在调查完成之前，“Unknown”才是一致的回答。</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>用户自定义的范围需要说明。</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>在冶炼厂清单上至少添加一行金属为 {mineral} 的记录（如果尚不清楚，请选择“Smelter not yet identified”）。</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>将供应商提到的每一家冶炼厂都添加到冶炼厂清单中。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>请将官方 {template} 模板添加到模板库并重新导出后再发送：客户的工具需要 RMI 自己的工作簿。</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>获得官方 {template} 模板后请将其添加到模板库，并检查读取的值。</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>添加冶炼厂（不清楚时选择“Smelter not yet identified”）。</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>回答问题 {number}：{question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>回答：{question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>请索取相关冶炼厂及其 RMAP 状态；这是需要审核的提示，而不是拒收。</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>请供应商提供落实此项的计划和时间表。</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>请供应商确认该冶炼厂。</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>对照冶炼厂查询表检查 A 列中的 ID。</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>请检查这两个问题的回答。</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>请检查读取的值，或向发送方索取当前模板。</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>请检查年份：声明日期应为填写完成的日期。</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>从列表中选择“{option}”。</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>在 P 列中选择 Yes、No 或 Unknown。</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>请选择以下之一：{options}。</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>清除该回答，或更正问题 1 和 2。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>公司层面问题 {letter}（{mineral}）的回答是“No”：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>公司层面问题 {letter}（{mineral}）未回答。</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>公司层面问题 {letter} 的回答是“No”：{what}。</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>公司层面问题 {letter} 未回答。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>公司层面问题 {letter}：“{value}”与下拉选项“{option}”仅大小写不同。</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>公司层面问题 {letter}：“{value}”不是模板提供的回答之一。</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>请更正问题 {number}，或删除 {mineral} 冶炼厂。</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>请更正问题 {number} 或冶炼厂的 P 列。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>声明范围：“{value}”与下拉选项“{option}”仅大小写不同。</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>声明范围：“{value}”不是模板提供的回答之一。</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>请在备注中说明调查所用的格式。</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>说明本声明涵盖哪些产品或公司的哪些部分。</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>请输入地址，例如 name@company.com。</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>请输入授权人本人的姓名，即使与联系人相同。</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>请按 DD-MMM-YYYY 格式输入日期，例如 31-Aug-2025。</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>请输入表格填写完成的日期，例如 31-Aug-2026。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>请输入冶炼厂的详细信息，或从查询列表中选择。</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>在 D 列输入冶炼厂名称，在 E 列输入其所在国家。</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>请在声明页填写 {field}。</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>请跟进尚未回复的供应商。</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>请输入如 name@company.com 的地址，多个地址用 ; 或 , 分隔。</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>请向发送方确认该值应为何内容；控制字符通常来自从其他程序复制的内容。</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>请向发送方确认该矿产是否属于本申报。</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>请向发送方确认其所指的是哪种矿产。</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>请询问供应商能否改从合规冶炼厂采购。</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>沿用自上一份申报（{reason}）：请确认。</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>请与发送方核对日期，并按 DD-MMM-YYYY 格式输入，例如 03-Apr-2025。</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>请与供应商核对冶炼厂 ID：RMI 未列出该设施。</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>请检查该值，然后修改它或选择“确认无需更改”。</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>请检查读取的值：RMI 可能改写了文字。</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>请从 RMI 网站下载最新清单并重新导入；超过 {max_age} 天的清单会遗漏状态变化。</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>请输入真实日期。</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Excel 日期范围为 1900 年 3 月 1 日至 9999 年 12 月 31 日：请索取真实日期。</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel 本身不可能生成这样的单元格：请询问发送方其内容应为何。</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>其合规状态可能失效：请在 RMI 清单中查看是否有更新的评估。</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>请在单元格 {first}–{last} 中至少保留一种矿产。</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>最多保留十种矿产，或将其拆分到两份申报中。</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>列出本声明涵盖的产品编号，从第 6 行开始。</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>矿产单元格 {mineral_cell} 为“{option}”，但 {other_cell} 中未填写矿产名称；已略去。</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>请用英文命名每种矿产（例如 Aluminum）：RMI 要求使用英文，且模板按名称对回答行排序。</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>本声明未选择任何矿产。</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>未列出 {mineral} 冶炼厂。</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>收到的 {mineral} 冶炼厂信息未全部报告。</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>在备注中填写已发布政策的网址，例如 www.company.com/policy。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>问题 {letter} 的回答是“{answer}”，但备注“{value}”不是网址。</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>问题 {letter} 的回答是“{answer}”，但缺少政策的网址。</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>问题 {letter} 表示使用了其他格式，但没有说明是什么格式。</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>问题 {letter} 表示使用了其他调查格式，但没有说明是什么格式。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>{mineral} 的问题 {number} 的回答是“{value}”：部分冶炼厂的来源涉及受关注或受冲突影响的高风险地区。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>{mineral} 的问题 {number} 有回答，但问题 1–2 表明未使用该矿产；模板不允许在此处回答。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>{mineral} 的问题 {number} 未回答（只有前面的回答为“Yes”时才会读取此处）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>{mineral} 的问题 {number} 未回答。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>{mineral} 的问题 {number} 回答“No”，但并非所有供应商都已回复（问题 {survey}），或并非所有冶炼厂都已确认（问题 {identified}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>{mineral} 的问题 {number} 表示所有冶炼厂均已确认，但只有“{value}”的供应商回复了（问题 {survey}）。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>{mineral} 的问题 {number}：“{value}”与下拉选项“{option}”仅大小写不同。</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>{mineral} 的问题 {number}：“{value}”不是模板提供的回答之一。</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>问题 {number} 表示所有 {mineral} 均为回收料或废料，但有 {count} 家 {mineral} 冶炼厂表示其原料并非如此。</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>RMI 模板不含宏：有人修改过此文件。</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>RMI 模板必须用英文填写。</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>删除“!”；它通常表示查询未匹配。</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>删除重复的行。</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>删除这些行，或将该矿产添加到声明中。</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>冶炼厂第 {row} 行为“Smelter not yet identified”。</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>冶炼厂第 {row} 行与第 {first} 行重复。</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>冶炼厂第 {row} 行仍为“{value}”。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>冶炼厂第 {row} 行：“{value}”包含“!”。</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>冶炼厂第 {row} 行：“{value}”不是 Yes、No 或 Unknown。</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>冶炼厂第 {row} 行：输入的 ID“{value}”与冶炼厂的 ID“{id}”不符。</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>有人修改过模板；请检查声明是否被改动。</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>有人在模板末尾之后粘贴了行；模板的公式和检查器会忽略这些行。</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>有人替换了模板的工作表：请向发送方索取使用 RMI 模板填写的申报。</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>{mineral} 的供应商调查回复率为“{value}”。</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>Minerals Scope 工作表为“{mineral}”给出了原因，但它不是本申报的矿产；已略去。</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>RMI 设施清单已有 {age} 天（日期为 {date}）。</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>授权人填写为“{value}”，而不是姓名。</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>公司层面问题 {letter} 的备注不是英文。</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>{mineral} 的问题 {number} 的备注不是英文。</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>本申报列出了 {count} 种矿产；{template} 最多容纳 {capacity} 种。</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>生效日期“{value}”不是日期。</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>生效日期 {date} 早于 2007 年。</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>生效日期 {date} 是将来的日期。</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>该文件是 {template}，MRT Desk 没有此修订版的定义；已按 {layout} 版式读取。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>该文件是 {template}，比 MRT Desk 已知的最新模板（{newest}）更新；已按 {layout} 版式读取。</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>该文件是 {template}，比 MRT Desk 已知的最新模板更新；其结构与 {layout} 相符（已验证），并按该布局读取：{template} — {layout} 布局，已验证。</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>文件已损坏或由有缺陷的程序生成：请与发送方核对该值。</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>矿产“{mineral}”的名称不是英文。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>范围为“Product”，但产品清单为空。</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>范围为“产品”，但产品清单第一行没有产品编号。</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>该工作簿包含宏；MRT Desk 只读取了其中的值，没有运行任何内容。</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>该工作簿含有官方 {template} 没有的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>该工作簿缺少模板的工作表 {sheets}；其中的行按空读取。</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>{list}在模板最后一行（{last_row}）之下还有数据，直到第 {row} 行；这些行也已读取。</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>{sheet_name}是 {kind}，不是工作表；未从中读取任何内容。</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>该工作簿是 MRT Desk 的 {template} 兼容版式，不是 RMI 官方模板。</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>请使用模板接受的日期。</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>请使用表格填写完成的日期，而不是计划日期。</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>请使用 {better}，它接受此日期（如果客户发来的是 {template}，请向其索取），或使用模板接受的日期。</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>请关注其在该日期之后是否重新获得合规认证。</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid}（{name}）不在 RMI 设施清单中。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>{count} 行冶炼厂的金属为“{value}”，它不是本模板的矿产。</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>{count} 行冶炼厂的金属为“{value}”，它不在范围内。</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{list}上有 {count} 个值不是英文。</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>列出了 {count} 行 {mineral} 冶炼厂，但问题 {number} 表示未使用 {mineral} 或其未残留在产品中。</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field}“{value}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field}的值为 {value}，是 Excel 无法存储的日期；已按原样保留。</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field}的值为 {value}，不是日期；已按原样保留。</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>缺少{field}。</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field}不是电子邮件地址（没有“@”）。</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field}不是英文。</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field}为 {value}，是 Excel 无法存储的日期（Excel 支持 1900 年 3 月 1 日至 9999 年 12 月 31 日）；已作为文本写入。</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field}以文本形式输入，日和月可能颠倒：已读取为 {read}；也可能是 {other}。</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list}第 {row} 行：“{value}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location}含有无法存储或发送的字符（损坏的字符编码或 NUL）；每个都已替换为 �。</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location}含有不可见的控制字符（例如 ESC）；已按原样保留。</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location}含有 {length} 个字符，超过 Excel 单元格的上限（{limit}）；已读取，但在缩短之前无法导出。</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>产品中使用了 {mineral}，但未列出 {mineral} 冶炼厂。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name}在 RMI 计划中既非合规也非活跃（“{status}”）。</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name}在 RMI 计划中既非合规也非活跃。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>{name}的复评将于 {date} 到期。</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>{name}的复评已于 {date} 到期。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} 接受从 {first} 起的日期，无截止日期；{date} 无法通过工作簿的日期检查。</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} 接受 {first} 至 {last} 的日期；{date} 无法通过工作簿的日期检查。</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>冶炼厂清单</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>矿山清单</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>产品清单</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>Minerals Scope 工作表</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>确认生效日期</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>调查覆盖率</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>该选项已不存在</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>冶炼厂已不在参考清单中</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>新模板没有矿山清单</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>未要求直接供应商使用经审核的冶炼厂</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>未实施尽职调查措施</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>没有公开的钴采购政策</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>没有负责任矿产采购政策</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>未审核供应商的尽职调查信息</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>供应商尽职调查无需涵盖附件二风险</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>未要求供应商开展尽职调查</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>该政策未涵盖经合组织附件二风险</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>审核流程没有纠正措施管理</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>显示检查结果（{count} 个错误）</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>收起检查结果面板</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>点击一条检查结果即可转到对应字段。错误即 RMI Checker 统计的缺漏；风险警示值得在发送前查看。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>错误：{count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>风险警示：{count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>待确认：{count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>错误：无——所有必填项均已填写</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>新建申报</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>打开工作簿…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>添加模板…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>汇总供应商文件…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>双击一份申报（或按 Enter）即可继续填写。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 MRT Desk&lt;/h2&gt;&lt;p&gt;点击&lt;b&gt;新建申报&lt;/b&gt;填写客户要求的 CMRT、CRT 或 EMRT，或点击&lt;b&gt;打开工作簿…&lt;/b&gt;导入您已有的文件（也可以将 .xlsx 文件拖放到这里）。&lt;/p&gt;&lt;p&gt;官方模板来自客户的电子邮件或负责任矿产倡议（RMI）的网站（responsiblemineralsinitiative.org）：用&lt;b&gt;添加模板…&lt;/b&gt;添加一次，导出的就是官方工作簿。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>我的申报（{count}）</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>供应商提交的申报（{count}）</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>已添加的官方模板：{names}。</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>尚未添加官方模板：在您添加官方模板（添加模板…）之前，导出将使用兼容格式。</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>绿色：已接受</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>黄色：已接受，值得一看</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>红色：未接受</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>（未匹配到供应商）</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1（请确认）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>无需报告</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>冶炼厂</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>冶炼厂和精炼厂</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>矿场列表</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>选填：您的冶炼厂和加工厂采购来源的矿场，每个矿场一行。</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>冶炼厂：{count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>矿场：{count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>新建申报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>打开工作簿(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>添加模板(&amp;A)…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>导入 RMI 设施清单(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>供应商与活动(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>关闭申报(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
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
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>打开 CMRT、CRT 或 EMRT 工作簿</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>添加 RMI 官方模板</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>已取消添加模板</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>已添加官方 {family} {version} 模板</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>删除申报</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>删除此申报？</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>无客户</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>新建申报</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>由谁要求，例如 Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>报告期间：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>要申报的矿产</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>已添加官方模板</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>内置格式</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>导出将填写您的官方 RMI {label} 副本。</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} 早于 {family} {newest}：{what}。仅当客户要求此版本时才选择它。</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>内置格式：尚未添加官方 {family} {version} 工作簿，因此导出的将是兼容格式。您可以在导出前随时添加官方模板（来自客户的电子邮件或 RMI 网站）。</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>请勾选客户询问的矿产：每勾选一种，都会增加相应需要填写的问题。</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>冶炼厂未列出</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>用于不在 RMI 列表中的冶炼厂：填写其名称和所在国家或地区。请先搜索列表——大多数冶炼厂都以某个名称列在其中。</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>供应商提供的冶炼厂名称</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>输入以查找国家或地区</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>金属 (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>冶炼厂名称 (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>冶炼厂所在国家或地区 (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>请输入冶炼厂名称。</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>请从 RMI 的列表中选择国家或地区。</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>请选择冶炼厂所在国家或地区。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}：无法读取此文件（{error}）。</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>正在读取 {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>正在读取 {n} 个文件 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>空白的官方模板</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} 是空白的 RMI 官方 {family} {version} 模板，而不是已填写的申报。

要将它添加到模板库吗？之后 {family} {version} 申报的导出将填入此官方工作簿。如需填写申报，请点击“新建申报”。</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>无法打开此文件</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>无法打开 {n} 个文件</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>已导入 {n} 个工作簿</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value}（不是模板的选项）</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>定义…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>此问题中术语的含义</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>选择每个粘贴列要填入的字段（或选择“忽略”）。下方显示前几行。</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>第一行是列名（不添加）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>将添加 %1 行；使用 %3 列中的 %2 列。</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>客户接受的内容：每份申报用“;”分隔，备选项用“or”连接，每项为模板系列及其最低版本，括号内为矿产。</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>您在客户处的联系人</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>从联想档案开始</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存档案</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>按档案创建请求</translation>
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
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>初始档案（{name}），可编辑：请与客户的最新要求核对，修改不同之处后保存。</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>此客户尚未保存档案。</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>未接受任何模板</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>问题 {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>模板原文（请用英文作答）：{text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>请为每种矿产作答。备注为选填。</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>矿产</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}：问题 {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>已跳过——{reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>客户与请求</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人电子邮件</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@customer.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>添加或更新客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>客户的料号，以逗号分隔</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>档案中无法识别：{text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>请先填写客户名称。</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>已保存 {name} 的档案。</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>您的模板库中没有：{what}。请求将使用最新的内置版本；导出前请添加官方模板。</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>请填写客户、勾选模板并填写期间。</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>添加请求</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>删除所选请求</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>料号：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
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
        <translation>请求</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>请填写名称和有效的联系人电子邮件。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>已添加请求。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>选择一个备份来替换数据库。被替换的数据库会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>此数据文件夹中没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>用备份 {name} 替换数据库吗？</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>导出审核报告（PDF）…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>准备电子邮件…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
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
        <translation>审核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>审核评论</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>关于{where}的评论：</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;来自供应商&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>此申报是从供应商处收到的。</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>标记为可发送</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>请先批准该申报（如果没有同事审核您的申报，也可在“设置”中选择“我独自工作”）。</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>要编辑{status}的申报吗？</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>审核报告已写入 {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>检查与导出</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>检查还剩什么，然后为客户导出工作簿。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>完整性：</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>风险警示：</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>各金属的冶炼厂：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>添加模板…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>上次导出</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>兼容格式——不是 RMI 官方模板</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>RMI 官方 {family} {version}（来自您的模板库）</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>本应用会生成一个与 {family} {version} 工作表和单元格相同、并标明非官方的工作簿。客户可能要求使用官方模板：添加官方模板（来自客户的电子邮件或 RMI 网站）即可导出到其中。</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>只填写官方工作簿中的回答单元格。</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>已完成——所有必填项均已填写。</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>仍缺少 1 个必填项（见检查结果面板）。</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>仍缺少 {count} 个必填项（见检查结果面板）。</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>{count} 项需要查看</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>还有 {count} 个沿用自上一份申报的值待确认。</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>RMI 状态：</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1：合规 %2，活跃 %3，其他 %4</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>正在导出工作簿…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>在缺少必填项的情况下导出？</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>仍缺少 1 个必填项。</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>仍缺少 {count} 个必填项。</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>导出的工作簿中 RMI 的 Checker 会统计这些缺失项，您的客户将看到一份不完整的申报。仍要导出吗？</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>官方模板</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>兼容格式，非官方模板</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>保存位置：{folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker：缺少 1 个必填项。</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker：缺少 {count} 个必填项。</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>已导出 {name}（{kind}）。{checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>导出审核报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>汇总供应商文件</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>选择供应商发来的 CMRT、CRT 或 EMRT 工作簿（或拖放到这里）。每个文件都会被读取和检查；无法读取的文件会被报告并跳过。其中的冶炼厂会被合并：每种金属和冶炼厂一行，并列出报告它的供应商。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>合并后的冶炼厂</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>合并到此申报</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>保存合并后的工作簿…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>选择供应商的工作簿</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>当前文件完成后停止…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>已读取 %1 个文件，%2 个无法读取；合并出 %3 个冶炼厂。</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>供应商（%1）</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>合并后的冶炼厂（%1）</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>汇总已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>已向此申报添加 %n 个冶炼厂（撤销可将其移除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>此申报已列出所有合并后的冶炼厂。</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>保存合并后的工作簿</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>编辑第 %2 行的“%1”</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>删除多行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>添加冶炼厂</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>添加矿场</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>粘贴行…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>粘贴从 Excel 或 CSV 文件复制的行（Ctrl+V），然后对应各列</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>请先在 Excel（或 CSV 文件）中复制行，然后粘贴到这里。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>{n} 项更改等待中：{problem} 您输入的内容已保留，服务器恢复响应后即保存。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>范围与产品</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>本申报涵盖的范围</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>您申报的矿产（取消勾选客户未要求的矿产）</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>每种矿产纳入本申报的原因（Minerals Scope 工作表）</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>产品列表——范围为“B. Product”时必填：列出本申报涵盖的每个产品（产品编号为必填）。</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>产品列表——仅当范围为“B. Product”时需要。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>冶炼厂（标准名称）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>冶炼厂 ID</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1——列为“%2”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>提前标记 RMI 复评(&amp;D)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>我独自工作：我的申报在发送前没有同事审核</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>若模板中有 RMI 的译文，问题将以该译文显示。但回答和备注仍须用英文填写：您发送的工作簿是英文的。</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>重复：与第 %1 行是同一冶炼厂（金属、编号和原产矿山均相同）。</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>在 RMI 冶炼厂列表中未找到：请检查名称，或保留为“Smelter not listed”（冶炼厂未列出）并填写其国家或地区。</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>编号 %1 与冶炼厂名称不符，该名称对应的编号是 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>“%1”不是本申报范围内的矿产。</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 不在模板的冶炼厂查找列表（Smelter Look-up）中。</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>RMI 列为“%1”（%2，%3）：请使用“应用建议的冶炼厂”。</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>搜索 RMI 冶炼厂列表：名称、别名或 CID（例如 CID002763）…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>只搜索此金属的冶炼厂</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>范围内的所有矿产</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>添加官方模板后即可搜索 RMI 冶炼厂列表（主页 → 添加模板…）。在此之前，请添加行并手动输入冶炼厂。</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;添加冶炼厂&lt;/b&gt;——输入名称、别名或 CID：</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>冶炼厂未列出…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>不在 RMI 列表中的冶炼厂：输入其名称和国家或地区</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>冶炼厂尚未确定</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>添加空白行</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>导入冶炼厂列表…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>添加另一个 CMRT、CRT 或 EMRT 工作簿的冶炼厂列表</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>合并供应商的冶炼厂列表…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>汇总供应商发来的文件，并将其中的冶炼厂添加到这里</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>应用建议的冶炼厂</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>要查看哪些冶炼厂是 RMI 合规或活跃的，请下载 RMI 的设施清单（responsiblemineralsinitiative.org，“合规”和“活跃”冶炼厂与精炼厂，“Download Data”），然后通过 文件 ▸ 导入 RMI 设施清单… 导入。</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>添加冶炼厂 %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>添加 %1（未列出）</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>添加尚未确定的 %1 冶炼厂</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>导入工作簿的冶炼厂列表</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 中没有冶炼厂。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>导入 %n 个冶炼厂</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>从供应商合并 %n 个冶炼厂</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>第 %1 行“%2”（未列出）看起来是 RMI 已列出的冶炼厂“%3”（%4，%5）。</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>将 %1 用于第 %2 行</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>从上一份开始(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>从上一份申报开始(&amp;P)…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>为下一期创建新草稿：使用最新模板，并沿用本份的回答</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>请先在列表中选择上一期的申报</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>无法创建新草稿</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>新的 {family} {version} 草稿：{n} 项需要重新确认</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>从上一份申报开始</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>新草稿将沿用 &lt;b&gt;{who} — {source}{period}&lt;/b&gt; 的回答、冶炼厂和产品。可能已变化的内容需要您重新确认：生效日期、调查覆盖率，以及新版本问法不同的任何内容。</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>例如 {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>报告期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>创建草稿(&amp;C)</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>已添加官方模板</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>内置格式</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>新草稿为 {family} {version}。</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>导出时将填入您保存的官方工作簿。</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>尚未添加官方 {family} {version} 工作簿：请在导出前添加（否则导出的是兼容格式）。</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — 每行一个</translation>
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
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>供应的金属：</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>零件：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险警示</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>冶炼厂</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>缺少 %n 个必填项</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>供应商与活动</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入列表…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>从收到的文件添加…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>导入供应商</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>已添加 %1 家供应商，更新 %2 家。</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>供应商发来的文件</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>已取消：未添加供应商。</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 未写明其公司名称。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>无法连接团队数据库</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>请重试，或在此期间使用您的本地存储。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>打开我的本地存储</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} 更改了此声明（现为 {status}）。</translation>
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
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>连接并使用(&amp;C)</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>使用我的本地存储(&amp;L)</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>无团队角色</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>正在以 {user}（{role}）身份使用团队数据库 {where}。</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>正在使用本计算机上的本地存储。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — 仅 {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  （内置布局：导出前请添加官方模板）</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>无法添加此模板</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 还有 {n} 项</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name} 未添加：其结构与其所称的 RMI 模板不同，因此 MRT Desk 不会向其中写入申报。

不同之处：
{lines}

请使用从 RMI 下载或客户发送的原样空白模板。如果它是正版，说明 RMI 更改了模板，MRT Desk 需要更新。</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>并非其所称的模板</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>发送前审核</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>在发送之前，是否有同事审核并批准您的申报？

是：保留审核流程（提交、批准，然后准备电子邮件）。
否，我独自工作：申报将从草稿直接变为可发送。

您之后可以在“设置”中更改此选项。</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>无需填写：{mineral} 的问题 1 回答为“{answer}”。</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>无需填写：{mineral} 的问题 2 回答为“{answer}”。</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>不需要：RMI 的检查表不计此问题。您仍可作答。</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>无需填写：您的产品中没有使用并残留任何矿产（每种矿产都在问题 1 或 2 处结束）。您仍可作答。</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>“有意添加”是指为了使产品具有某种特性、反应或品质而特意使用该金属，而不是自然产生的副产品。请针对您的产品（或您选择的范围）及其生产过程作答。</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>该金属是否残留在成品中？仅在生产过程中使用（例如作为催化剂）而未残留在产品中的金属，应回答“No”（否）。</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>所指明的国家（SEC 术语）：刚果民主共和国及其九个邻国——安哥拉、布隆迪、中非共和国、刚果共和国、卢旺达、南苏丹、坦桑尼亚、乌干达和赞比亚。</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>受冲突影响和高风险地区（CAHRA）是指处于武装冲突中的地区、脆弱的冲突后地区，或治理与安全薄弱甚至缺失、并普遍存在违反国际法（包括侵犯人权）行为的地区。</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>回收料或废料来源是指从最终用户或消费后产品中回收的金属，或在制造过程中产生的废料。</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>在向您供应此金属的供应商中，有多大比例答复了您的调查？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>您是否已识别出供应链中此金属的所有冶炼厂或精炼厂？冶炼厂或精炼厂是将矿石、矿渣或废料炼成精炼金属的工厂。</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>您的供应商向您报告的每个冶炼厂都列在“冶炼厂列表”（Smelter List）选项卡上了吗？</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>您是否已识别出供应链中此矿产的所有冶炼厂或加工厂？</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>公司层面问题描述您的整体尽职调查计划：您的采购政策、是否调查供应商并审查他们的答复。已公开发布的政策需要在备注中填写其网址（URL）。</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>范围说明本申报涵盖的内容：“A. Company”——贵公司生产的全部产品；“B. Product”——仅下方列出的产品；“C. User defined”——请自行说明。</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>冶炼厂或精炼厂是将矿石、矿渣或废料炼成精炼金属的工厂。请列出供应商报告的每个冶炼厂，每种金属一行。如果尚不清楚，请选择“Smelter not yet identified”（冶炼厂尚未确定）；如果它不在 RMI 的冶炼厂查找列表（Smelter Look-up）中，请选择“Smelter not listed”（冶炼厂未列出）并填写其名称和国家或地区。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>编辑 {path}</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>更改矿产</translation>
    </message>
</context>
</TS>
