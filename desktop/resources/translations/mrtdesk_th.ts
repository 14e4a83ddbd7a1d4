<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>แร่ที่คุณประกาศ</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>แร่หรือโลหะอื่น ๆ ตามชื่อภาษาอังกฤษ (คั่นชื่อด้วยจุลภาค):</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>เช่น Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n} จากสูงสุด {most} แร่</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>แม่แบบรองรับได้ {most} แร่: โปรดลบบางรายการ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>ไม่สามารถเริ่ม MRT Desk ได้</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>ไม่สามารถใช้โฟลเดอร์ข้อมูล {folder} ได้:
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>แคมเปญใหม่</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(ช่วงเวลา)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>สิ่งอื่นที่คำขอควรระบุ</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>วันครบกำหนด:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>แม่แบบที่จะขอ:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>ซัพพลายเออร์ที่จะขอ:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>คำแนะนำ:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>ไฟล์นี้ส่งมาจากซัพพลายเออร์รายใด?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — เลือกซัพพลายเออร์:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>แคมเปญใหม่…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>แคมเปญ:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>เตรียมอีเมลคำขอ</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>เตรียมอีเมลเตือน</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>ตรวจไฟล์ที่ได้รับ…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>แสดงอีเมลในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>เตรียมอีเมลแจ้งผล</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>กรอกคำประกาศนี้จากไฟล์ที่ยอมรับแล้ว</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>คำประกาศของคุณ:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>ไฟล์ที่ได้รับ (ลากมาวางที่นี่):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>ครบกำหนด %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>ยังไม่มีแคมเปญ: เริ่มด้วย “แคมเปญใหม่…”</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: ซัพพลายเออร์ที่ขอไป %3 ราย ตอบกลับ %2 ราย (%4%)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → คำถาม %1: “%2”</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>สัดส่วนการตอบกลับ:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>สัดส่วนการตอบกลับ: ยังไม่ได้ขอจากผู้ใด</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>เตรียมอีเมลคำขอ %1 ฉบับไว้ใน %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>เตรียมอีเมลเตือน %1 ฉบับไว้ใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>กำลังตรวจ %1 ไฟล์…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>เตรียมอีเมลแจ้งผล %1 ฉบับไว้ใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>เพิ่มแม่แบบเหล่านี้ในคลังเพื่อแนบไฟล์: %1</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>ไฟล์ที่ซัพพลายเออร์ส่งมา</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>การตรวจหยุดลง: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>ตรวจแล้ว %1 ไฟล์: เขียว %2, เหลือง %3, แดง %4</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>โปรดเลือกก่อนว่าซัพพลายเออร์รายใดส่ง %1</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>เพิ่มโรงถลุง %1 แห่งในคำประกาศ และตั้งคำตอบ %2 ข้อจากสัดส่วนการตอบกลับ</translation>
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
        <translation>ดูเหมือนไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>ดูเหมือนไม่ใช่ที่อยู่เว็บ</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>ความเห็น…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>แก้ไขแล้ว “{text}” ({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>ความเห็นจากการตรวจทาน — คลิกขวาเพื่อทำเครื่องหมายว่าแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>ความเห็นจากการตรวจทานเรื่อง {where}: {text} ({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>ความเห็นจากการตรวจทาน: ยังเปิดอยู่ {count} รายการ</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
คลิกขวาเพื่อทำเครื่องหมายว่าแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where} (ลบแถวแล้ว — ถือว่าแก้ไขแล้ว): {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>แถวที่ความเห็นนี้อยู่ถูกลบไปแล้ว</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>บริษัทของคุณ</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>ผู้ที่ทำคำประกาศ ผู้ที่ตอบคำถามเกี่ยวกับคำประกาศ และผู้ที่อนุมัติคำประกาศ ช่องที่มีเครื่องหมาย (*) ต้องกรอก กรอกเพียงครั้งเดียวแล้วบันทึกเป็นโปรไฟล์บริษัทเพื่อใช้ซ้ำในคำประกาศฉบับถัดไป</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>กรอกจากโปรไฟล์บริษัทของฉัน</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>บันทึกเป็นโปรไฟล์บริษัทของฉัน</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>กรอกจากโปรไฟล์บริษัทแล้ว</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>บันทึกเป็นโปรไฟล์บริษัทแล้ว</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>ไม่สามารถบันทึกโปรไฟล์ได้: {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>กรอกจากโปรไฟล์บริษัท</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>คำถามระดับบริษัท</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>เกี่ยวกับนโยบายการจัดหาและการตรวจสอบวิเคราะห์สถานะ (due diligence) ของบริษัทคุณ</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>ที่อยู่เว็บของนโยบาย (ต้องกรอกเมื่อตอบ “{answer}”)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>อธิบายรูปแบบ (ต้องกรอกเมื่อตอบ “{answer}”)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>ความเห็น (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>ไม่จำเป็นต้องตอบ เพราะ {mineral} จบที่คำถามข้อ 1–2</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>วันที่ของรอบก่อน</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>ความครอบคลุมของการสำรวจ</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>คำตอบเดิมไม่มีในตัวเลือกแล้ว</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>ไม่อยู่ในรายชื่อของ RMI</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>ไม่ได้นำมาใช้ต่อ</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>ยืนยันว่าไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;ยกมาจากคำประกาศครั้งก่อน&lt;/b&gt; ต้องยืนยันอีกครั้ง ({n}) — คลิกรายการเพื่อไปยังช่องนั้น รายการจะหายจากรายชื่อนี้เมื่อคุณแก้ไขหรือยืนยันว่าไม่เปลี่ยนแปลง (✓):</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral} คำถามข้อ {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>คำถามระดับบริษัทข้อ {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>คำถามระดับบริษัทข้อ {letter} ({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>โรงถลุง</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>เหมือง</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind} แถวที่ {n}</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>รายชื่อเหมือง</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>ซ่อนรายการนี้จนกว่าจะเปิดคำประกาศนี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>ไปยังช่องนี้</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…และอีก {n} รายการ</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>โลหะ</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>โรงถลุง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>รหัสโรงถลุง</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>รายงานโดย</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>ยังไม่ได้ตั้งค่า — เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>รอบระยะเวลา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>ข้อผิดพลาดที่เหลือ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>อยู่ระหว่างตรวจทาน</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ไม่มีลูกค้า)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(ไม่มีชื่อบริษัท)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>ลูกค้าและคำขอ…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>เกินกำหนด {days} วัน</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>ครบกำหนดในอีก {days} วัน</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>ครบกำหนด {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;คำขอจากลูกค้า&lt;/b&gt;: ไม่มีคำขอที่ค้างอยู่</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;คำขอจากลูกค้า&lt;/b&gt;: ค้างอยู่ {open} รายการ ใกล้ครบกำหนดหรือเกินกำหนด {urgent} รายการ</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← คำประกาศทั้งหมด</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>ถัดไป →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>ช่องที่ต้องกรอกแต่ยังว่าง: {count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>สัญญาณเตือนที่ควรตรวจดู: {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>ไม่มีช่องที่ขาด</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>แนบเวิร์กบุ๊กที่ส่งออก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>เตรียมอีเมล</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>อีเมลผู้ติดต่อของลูกค้า</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(ไม่มีคำขอ)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}: {templates} ครบกำหนด {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>แนบเวิร์กบุ๊กอื่น…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>ลูกค้า:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>อีเมลผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>คำขอ:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>ไฟล์แนบ:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>เปิดในโปรแกรมอีเมล</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>คัดลอกสรุป</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>หลังจากส่งข้อความแล้ว</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>แสดงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>แสดงข้อความและเวิร์กบุ๊กในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>คัดลอกข้อความ</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>ผู้รับ หัวเรื่อง เนื้อความ และไฟล์ที่ต้องแนบ สำหรับเว็บเมล</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>ใช้เว็บเมลหรือไม่มีโปรแกรมอีเมล?</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>ไม่สามารถแนบ {name} ได้: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>กรอกชื่อลูกค้าและอีเมลผู้ติดต่อก่อน</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>ไม่มีโปรแกรมอีเมลใดเปิดข้อความนี้ ใช้ “คัดลอกข้อความ” เพื่อวางในเว็บเมล แล้วแนบเวิร์กบุ๊กจาก “แสดงในโฟลเดอร์” จากนั้นคลิก ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>ส่งข้อความให้โปรแกรมอีเมลของคุณแล้ว ({path}) ส่งจากโปรแกรมนั้น แล้วคลิก ทำเครื่องหมายว่าส่งแล้ว ไม่มีอะไรเปิดขึ้นมา? ใช้ “คัดลอกข้อความ” และ “แสดงในโฟลเดอร์”</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>คัดลอกข้อความไว้ในคลิปบอร์ดแล้ว: วางลงในอีเมลใหม่ แนบเวิร์กบุ๊ก (แสดงในโฟลเดอร์) ส่ง แล้วคลิก ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>ไฟล์อยู่ที่ {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>คัดลอกสรุปไปยังคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>ขอเมื่อ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจ</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ยังไม่ได้ขอ</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>ขอแล้ว</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>ยอมรับแล้ว</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>ส่งกลับแล้ว</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>รายชื่อโรงงานของ RMI</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>RMI เผยแพร่ว่าโรงถลุงและโรงกลั่นใดผ่านการรับรอง (Conformant) หรืออยู่ระหว่างดำเนินการ (Active) ที่ responsiblemineralsinitiative.org ให้เปิดรายชื่อโรงถลุงและโรงกลั่นที่ Conformant และ Active ใช้ “Download Data” (หรือบันทึกตารางเป็น CSV หรือ Excel) แล้วนำเข้าไฟล์ที่นี่ ควรอัปเดตทุกเดือน เพราะสถานะเปลี่ยนแปลงได้</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>ตามที่ไฟล์ระบุ</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>ผ่านการรับรอง</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>สถานะของแต่ละแถว:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>เลือกไฟล์ที่ดาวน์โหลด…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>ยังไม่ได้นำเข้ารายชื่อ</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>นำเข้าแล้ว: %1 (รายชื่อ ณ %2, %3 โรงงาน)</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>นำเข้ารายชื่อโรงงานของ RMI</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>รายชื่อโรงงาน (*.xml *.xls *.xlsx *.csv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>ไม่ได้นำเข้า: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>นำเข้า %1 โรงงานแล้ว (รายชื่อ ณ %2)</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>คอลัมน์ที่พบ: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>คอลัมน์ที่ไม่พบ: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>ตั้งแต่การนำเข้าครั้งก่อน: ใหม่ %1, ถูกนำออก %2, สถานะเปลี่ยน %3</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>สถานะ RMI</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>ผ่านการรับรอง, เลยกำหนด</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>ผ่านการรับรอง, ใกล้ครบกำหนด</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>ผ่านการรับรอง</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>ไม่ได้เข้าร่วม</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>ไม่รู้จัก CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>รายชื่อโรงงานของ RMI ไม่มีรหัสโรงถลุงนี้</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>ไม่มีรหัสโรงถลุง: ไม่มีอะไรให้ค้นหา</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>โครงการ: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>การประเมินครั้งล่าสุด: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>การประเมินครั้งถัดไป: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>ไฟล์ทั้งหมด</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>แถว &quot;Smelter not listed&quot; ต้องมีชื่อโรงถลุงและประเทศ (แถว {rows})</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>&quot;Unknown&quot; คือคำตอบที่สอดคล้องกันจนกว่าการสำรวจจะเสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>ขอบเขตที่ผู้ใช้กำหนดต้องมีคำอธิบาย</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>เพิ่มอย่างน้อยหนึ่งแถวที่มีโลหะ {mineral} ในรายการโรงถลุง (เลือก &quot;Smelter not yet identified&quot; หากยังไม่ทราบ)</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>เพิ่มโรงถลุงทุกแห่งที่ผู้จัดหาระบุลงในรายการโรงถลุง</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>เพิ่มแม่แบบ {template} ทางการลงในคลังแม่แบบแล้วส่งออกอีกครั้งก่อนส่ง: เครื่องมือของลูกค้าต้องการเวิร์กบุ๊กของ RMI เอง</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>เมื่อได้แม่แบบ {template} ทางการแล้ว ให้เพิ่มลงในคลังแม่แบบและตรวจสอบค่าที่อ่านได้</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>เพิ่มโรงถลุง (เลือก &quot;Smelter not yet identified&quot; หากไม่ทราบ)</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>ตอบคำถามข้อ {number}: {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>ตอบ: {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>ขอรายชื่อโรงถลุงที่เกี่ยวข้องและสถานะ RMAP; นี่คือสัญญาณให้ตรวจสอบ ไม่ใช่การปฏิเสธ</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>ขอแผนและกำหนดเวลาในการดำเนินการเรื่องนี้จากผู้จัดหา</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>ขอให้ผู้จัดหาระบุโรงถลุง</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>ตรวจสอบ ID ในคอลัมน์ A กับตารางค้นหาโรงถลุง</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>ตรวจสอบคำตอบของทั้งสองคำถาม</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>ตรวจสอบค่าที่อ่านได้ หรือขอแม่แบบปัจจุบันจากผู้ส่ง</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>ตรวจสอบปี: วันที่ของคำประกาศควรเป็นวันที่กรอกเสร็จ</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>เลือก &quot;{option}&quot; จากรายการ</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>เลือก Yes, No หรือ Unknown ในคอลัมน์ P</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>เลือกหนึ่งรายการจาก: {options}</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>ล้างคำตอบ หรือแก้ไขคำถามข้อ 1 และ 2</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>คำถามระดับบริษัท {letter} สำหรับ {mineral} ตอบว่า &quot;No&quot;: {what}</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>ยังไม่ได้ตอบคำถามระดับบริษัท {letter} สำหรับ {mineral}</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>คำถามระดับบริษัท {letter} ตอบว่า &quot;No&quot;: {what}</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>ยังไม่ได้ตอบคำถามระดับบริษัท {letter}</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>คำถามระดับบริษัท {letter}: &quot;{value}&quot; ต่างจากค่าในรายการ &quot;{option}&quot; เฉพาะตัวพิมพ์เล็กใหญ่</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>คำถามระดับบริษัท {letter}: &quot;{value}&quot; ไม่ใช่คำตอบหนึ่งของแม่แบบ</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>แก้ไขคำถามข้อ {number} หรือลบโรงถลุง {mineral}</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>แก้ไขคำถามข้อ {number} หรือคอลัมน์ P ของโรงถลุง</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>ขอบเขตคำประกาศ: &quot;{value}&quot; ต่างจากค่าในรายการ &quot;{option}&quot; เฉพาะตัวพิมพ์เล็กใหญ่</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>ขอบเขตคำประกาศ: &quot;{value}&quot; ไม่ใช่คำตอบหนึ่งของแม่แบบ</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>อธิบายรูปแบบการสำรวจในช่องความคิดเห็น</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>อธิบายว่าคำประกาศนี้ครอบคลุมผลิตภัณฑ์ใดหรือส่วนใดของบริษัท</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>ป้อนที่อยู่ เช่น name@company.com</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>ป้อนชื่อของผู้มีอำนาจอนุมัติเอง แม้จะเป็นคนเดียวกับผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>ป้อนวันที่ในรูปแบบ DD-MMM-YYYY เช่น 31-Aug-2025</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>ป้อนวันที่กรอกแบบฟอร์มเสร็จ เช่น 31-Aug-2026</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>ป้อนรายละเอียดของโรงถลุง หรือเลือกจากรายการค้นหา</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>ป้อนชื่อโรงถลุงในคอลัมน์ D และประเทศในคอลัมน์ E</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>กรอก {field} ในแท็บคำประกาศ</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>ติดตามผู้จัดหาที่ยังไม่ตอบกลับ</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>ป้อนที่อยู่ เช่น name@company.com หากมีหลายที่อยู่ให้คั่นด้วย ; หรือ ,</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>สอบถามผู้ส่งว่าค่านี้ควรเป็นอะไร; อักขระควบคุมมักมาจากการคัดลอกจากโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>สอบถามผู้ส่งว่าแร่นี้อยู่ในคำประกาศหรือไม่</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>สอบถามผู้ส่งว่าหมายถึงแร่ชนิดใด</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>สอบถามผู้จัดหาว่าสามารถจัดหาจากโรงถลุงที่ผ่านการรับรองได้หรือไม่</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>ยกมาจากคำประกาศก่อนหน้า ({reason}): โปรดยืนยัน</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>ตรวจสอบวันที่กับผู้ส่ง แล้วป้อนในรูปแบบ DD-MMM-YYYY เช่น 03-Apr-2025</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>ตรวจสอบรหัสโรงถลุงกับผู้จัดหา: RMI ไม่มีโรงงานนี้ในรายชื่อ</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>ตรวจสอบค่า แล้วแก้ไขหรือเลือก &quot;ยืนยันว่าไม่เปลี่ยนแปลง&quot;</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>ตรวจสอบค่าที่อ่านได้: RMI อาจเปลี่ยนถ้อยคำ</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>ดาวน์โหลดรายชื่อล่าสุดจากเว็บไซต์ของ RMI แล้วนำเข้าอีกครั้ง; รายชื่อที่เก่ากว่า {max_age} วันจะขาดการเปลี่ยนแปลงสถานะ</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>ป้อนวันที่จริง</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>วันที่ของ Excel อยู่ระหว่าง 1 มีนาคม 1900 ถึง 31 ธันวาคม 9999: ขอวันที่จริงจากผู้ส่ง</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel เองไม่สามารถสร้างเซลล์แบบนี้ได้: สอบถามผู้ส่งว่าควรเป็นอะไร</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>การรับรองอาจหมดอายุ: ตรวจสอบรายชื่อของ RMI ว่ามีการประเมินที่ใหม่กว่าหรือไม่</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>เก็บแร่อย่างน้อยหนึ่งชนิดไว้ในเซลล์ {first}–{last}</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>เก็บแร่ไว้ไม่เกินสิบชนิด หรือแยกเป็นสองคำประกาศ</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>ระบุหมายเลขผลิตภัณฑ์ที่คำประกาศนี้ครอบคลุม เริ่มที่แถว 6</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>เซลล์แร่ {mineral_cell} ระบุ &quot;{option}&quot; แต่ไม่มีชื่อแร่ใน {other_cell}; จึงไม่ได้นำมาใช้</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>ตั้งชื่อแร่ทุกชนิดเป็นภาษาอังกฤษ (เช่น Aluminum): RMI กำหนดให้ใช้ภาษาอังกฤษ และแม่แบบจะเรียงแถวคำตอบตามชื่อ</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>คำประกาศนี้ยังไม่ได้เลือกแร่ใด</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>ไม่มีโรงถลุง {mineral} ในรายการ</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>ข้อมูลโรงถลุง {mineral} ที่ได้รับยังรายงานไม่ครบ</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>ใส่ URL ของนโยบายที่เผยแพร่ในช่องความคิดเห็น เช่น www.company.com/policy</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>คำถามข้อ {letter} ตอบว่า &quot;{answer}&quot; แต่ความคิดเห็น &quot;{value}&quot; ไม่ใช่ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>คำถามข้อ {letter} ตอบว่า &quot;{answer}&quot; แต่ไม่มีที่อยู่เว็บของนโยบาย</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>คำถามข้อ {letter} ระบุว่าใช้รูปแบบอื่น แต่ไม่ได้อธิบาย</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>คำถามข้อ {letter} ระบุว่าใช้รูปแบบการสำรวจอื่น แต่ไม่ได้อธิบาย</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral} ตอบว่า &quot;{value}&quot;: โรงถลุงบางแห่งจัดหาจากพื้นที่ที่ครอบคลุม หรือพื้นที่ได้รับผลกระทบจากความขัดแย้งและมีความเสี่ยงสูง</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral} มีคำตอบ แม้คำถามข้อ 1–2 ระบุว่าไม่ได้ใช้แร่นี้ แม่แบบไม่อนุญาตให้ตอบที่นี่</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>ยังไม่ได้ตอบคำถามข้อ {number} สำหรับ {mineral} (จะอ่านเฉพาะเมื่อคำตอบก่อนหน้าเป็น &quot;Yes&quot;)</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>ยังไม่ได้ตอบคำถามข้อ {number} สำหรับ {mineral}</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral} ตอบว่า &quot;No&quot; แม้ผู้จัดหาบางรายยังไม่ตอบ (คำถามข้อ {survey}) หรือยังระบุโรงถลุงไม่ครบ (คำถามข้อ {identified})</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral} ระบุว่าระบุโรงถลุงครบแล้ว แต่ผู้จัดหาตอบกลับเพียง &quot;{value}&quot; (คำถามข้อ {survey})</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral}: &quot;{value}&quot; ต่างจากค่าในรายการ &quot;{option}&quot; เฉพาะตัวพิมพ์เล็กใหญ่</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>คำถามข้อ {number} สำหรับ {mineral}: &quot;{value}&quot; ไม่ใช่คำตอบหนึ่งของแม่แบบ</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>คำถามข้อ {number} ระบุว่า {mineral} ทั้งหมดเป็นวัสดุรีไซเคิลหรือเศษ แต่โรงถลุง {mineral} {count} แห่งระบุว่าวัตถุดิบไม่ใช่</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>แม่แบบ RMI ไม่มีแมโคร: มีผู้แก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>ต้องตอบแม่แบบ RMI เป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>ลบ &quot;!&quot; ออก; มักหมายถึงการค้นหาที่ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>ลบแถวที่ซ้ำ</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>ลบแถวเหล่านั้น หรือเพิ่มแร่นั้นในคำประกาศ</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>แถวโรงถลุง {row} เป็น &quot;Smelter not yet identified&quot;</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>แถวโรงถลุง {row} ซ้ำกับแถว {first}</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>แถวโรงถลุง {row} ยังคงเป็น &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>แถวโรงถลุง {row}: &quot;{value}&quot; มี &quot;!&quot;</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>แถวโรงถลุง {row}: &quot;{value}&quot; ไม่ใช่ Yes, No หรือ Unknown</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>แถวโรงถลุง {row}: ID ที่พิมพ์ &quot;{value}&quot; ไม่ตรงกับ ID ของโรงถลุง &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>มีผู้แก้ไขแม่แบบ; ตรวจสอบว่าคำประกาศไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>มีผู้วางแถวเกินท้ายแม่แบบ; สูตรของแม่แบบและตัวตรวจสอบจะไม่สนใจแถวเหล่านั้น</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>มีผู้แทนที่แผ่นงานของแม่แบบ: ขอคำประกาศที่กรอกบนแม่แบบ RMI จากผู้ส่ง</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>อัตราการตอบแบบสำรวจของผู้จัดหาสำหรับ {mineral} คือ &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>แผ่นงาน Minerals Scope ให้เหตุผลสำหรับ &quot;{mineral}&quot; ซึ่งไม่ใช่แร่ของคำประกาศนี้; จึงไม่ได้นำมาใช้</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>รายชื่อโรงงานของ RMI มีอายุ {age} วัน (ณ วันที่ {date})</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>ผู้มีอำนาจอนุมัติระบุเป็น &quot;{value}&quot; แทนที่จะเป็นชื่อ</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>ความคิดเห็นของคำถามระดับบริษัท {letter} ไม่ใช่ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>ความคิดเห็นของคำถามข้อ {number} สำหรับ {mineral} ไม่ใช่ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>คำประกาศระบุแร่ {count} ชนิด; {template} รองรับได้ {capacity} ชนิด</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>วันที่มีผลบังคับ &quot;{value}&quot; ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>วันที่มีผลบังคับ {date} อยู่ก่อนปี 2007</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>วันที่มีผลบังคับ {date} อยู่ในอนาคต</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>ไฟล์นี้เป็น {template} ซึ่ง MRT Desk ไม่มีคำจำกัดความของฉบับแก้ไขนี้; อ่านด้วยโครงร่าง {layout}</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>ไฟล์นี้เป็น {template} ซึ่งใหม่กว่าแม่แบบล่าสุดที่ MRT Desk รู้จัก ({newest}); อ่านด้วยโครงร่าง {layout}</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>ไฟล์นี้เป็น {template} ซึ่งใหม่กว่าแม่แบบล่าสุดที่ MRT Desk รู้จัก โครงสร้างตรงกับ {layout} (ตรวจสอบแล้ว) และอ่านด้วยรูปแบบนั้น: {template} — รูปแบบของ {layout} ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>ไฟล์เสียหายหรือสร้างโดยโปรแกรมที่ทำงานผิดพลาด: ตรวจสอบค่านี้กับผู้ส่ง</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>แร่ &quot;{mineral}&quot; ไม่ได้ตั้งชื่อเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>ขอบเขตเป็น &quot;Product&quot; แต่รายการผลิตภัณฑ์ว่างเปล่า</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>ขอบเขตคือ “ผลิตภัณฑ์” แต่แถวแรกของรายการผลิตภัณฑ์ไม่มีหมายเลขผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>เวิร์กบุ๊กนี้มีแมโคร; MRT Desk อ่านเฉพาะค่าและไม่ได้เรียกใช้สิ่งใด</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>เวิร์กบุ๊กนี้มีชีตที่ {template} ทางการไม่มี: {sheets}</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>เวิร์กบุ๊กนี้ไม่มีชีต {sheets} ของแม่แบบ; แถวของชีตเหล่านั้นถูกอ่านเป็นค่าว่าง</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>{list}มีข้อมูลต่ำกว่าแถวสุดท้ายของแม่แบบ ({last_row}) ลงไปถึงแถว {row}; แถวเหล่านั้นถูกอ่านด้วย</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>{sheet_name}เป็น {kind} ไม่ใช่เวิร์กชีต; ไม่ได้อ่านข้อมูลใดจากแผ่นงานนี้</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>เวิร์กบุ๊กนี้เป็นโครงร่างที่เข้ากันได้ของ {template} จาก MRT Desk ไม่ใช่แม่แบบทางการของ RMI</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>ใช้วันที่ที่แม่แบบยอมรับ</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>ใช้วันที่กรอกแบบฟอร์มเสร็จ ไม่ใช่วันที่วางแผนไว้</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>ใช้ {better} ซึ่งยอมรับวันที่นี้ (ขอจากลูกค้าหากลูกค้าส่ง {template} มา) หรือใช้วันที่ที่แม่แบบยอมรับ</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>ติดตามการต่ออายุการรับรองหลังวันที่ดังกล่าว</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid} ({name}) ไม่อยู่ในรายชื่อโรงงานของ RMI</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>โรงถลุง {count} แถวมีโลหะ &quot;{value}&quot; ซึ่งไม่ใช่แร่ของแม่แบบนี้</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>โรงถลุง {count} แถวมีโลหะ &quot;{value}&quot; ซึ่งไม่อยู่ในขอบเขต</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>ค่า {count} รายการใน{list}ไม่ใช่ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>มีโรงถลุง {mineral} {count} แถว แม้คำถามข้อ {number} ระบุว่าไม่ได้ใช้ {mineral} หรือไม่หลงเหลืออยู่</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} &quot;{value}&quot; ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field} มีค่า {value} ซึ่งเป็นวันที่ที่ Excel เก็บไม่ได้; เก็บไว้ตามที่เขียน</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field} มีค่า {value} ซึ่งไม่ใช่วันที่; เก็บไว้ตามที่เขียน</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>ไม่มี{field}</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field}ไม่ใช่ที่อยู่อีเมล (ไม่มี &quot;@&quot;)</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field}ไม่ใช่ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field} เป็น {value} ซึ่งเป็นวันที่ที่ Excel เก็บไม่ได้ (Excel รองรับ 1 มีนาคม 1900 ถึง 31 ธันวาคม 9999); จึงเขียนเป็นข้อความ</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field} ถูกพิมพ์เป็นข้อความที่วันและเดือนอาจสลับกันได้: อ่านเป็น {read}; แต่อาจหมายถึง {other} ก็ได้</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list} แถว {row}: &quot;{value}&quot; ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location} มีอักขระที่จัดเก็บหรือส่งไม่ได้ (รหัสอักขระเสียหายหรือ NUL); แต่ละตัวถูกแทนที่ด้วย �</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location} มีอักขระควบคุมที่มองไม่เห็น (เช่น ESC); เก็บไว้ตามที่เขียน</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location} มี {length} อักขระ เกินกว่าที่เซลล์ Excel จะเก็บได้ ({limit}); อ่านแล้ว แต่ส่งออกไม่ได้จนกว่าจะย่อให้สั้นลง</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>มีการใช้ {mineral} ในผลิตภัณฑ์ แต่ไม่มีโรงถลุง {mineral} ในรายการ</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name} ไม่ได้ผ่านการรับรองและไม่ได้อยู่ระหว่างดำเนินการในโครงการของ RMI (&quot;{status}&quot;)</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name} ไม่ได้ผ่านการรับรองและไม่ได้อยู่ระหว่างดำเนินการในโครงการของ RMI</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>การประเมินซ้ำของ {name} ครบกำหนดวันที่ {date}</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>การประเมินซ้ำของ {name} ครบกำหนดไปแล้วเมื่อวันที่ {date}</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} ยอมรับวันที่ตั้งแต่ {first} โดยไม่มีวันสิ้นสุด; {date} ไม่ผ่านการตรวจวันที่ของเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template} ยอมรับวันที่ตั้งแต่ {first} ถึง {last}; {date} ไม่ผ่านการตรวจวันที่ของเวิร์กบุ๊ก</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>รายการโรงถลุง</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>รายการเหมือง</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>รายการผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>แผ่นงาน Minerals Scope</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>ยืนยันวันที่มีผลบังคับ</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>ความครอบคลุมของการสำรวจ</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>ไม่มีตัวเลือกนี้แล้ว</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>โรงถลุงไม่อยู่ในรายชื่ออ้างอิงแล้ว</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>แม่แบบใหม่ไม่มีรายการเหมือง</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>ไม่ได้กำหนดให้ผู้จัดหาโดยตรงใช้โรงถลุงที่ผ่านการตรวจประเมิน</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>ไม่มีการดำเนินมาตรการตรวจสอบสถานะ</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>ไม่มีนโยบายการจัดหาโคบอลต์ที่เปิดเผยต่อสาธารณะ</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>ไม่มีนโยบายการจัดหาแร่อย่างรับผิดชอบ</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>ไม่มีการทบทวนข้อมูลการตรวจสอบสถานะของผู้จัดหา</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>การตรวจสอบสถานะของผู้จัดหาไม่จำเป็นต้องครอบคลุมความเสี่ยงตามภาคผนวก II</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>ไม่ได้กำหนดให้ผู้จัดหาดำเนินการตรวจสอบสถานะ</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>นโยบายไม่ครอบคลุมความเสี่ยงตามภาคผนวก II ของ OECD</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>กระบวนการทบทวนไม่มีการจัดการมาตรการแก้ไข</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>แสดงข้อตรวจพบ (ข้อผิดพลาด {count} รายการ)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>พับแผงข้อตรวจพบ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ข้อตรวจพบ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>คลิกข้อตรวจพบเพื่อไปยังช่องนั้น ข้อผิดพลาดคือสิ่งที่ Checker ของ RMI นับ สัญญาณเตือนคือสิ่งที่ควรตรวจดูก่อนส่ง</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ข้อตรวจพบ</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>ข้อผิดพลาด: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>สัญญาณเตือน: {count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>รอยืนยัน: {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>ข้อผิดพลาด: ไม่มี — กรอกช่องที่ต้องกรอกครบทุกช่องแล้ว</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>คำประกาศใหม่</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>เปิดเวิร์กบุ๊ก…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>เพิ่มแม่แบบ…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>รวบรวมไฟล์ของซัพพลายเออร์…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>ดับเบิลคลิกคำประกาศ (หรือกด Enter) เพื่อกรอกต่อ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ยินดีต้อนรับสู่ MRT Desk&lt;/h2&gt;&lt;p&gt;คลิก &lt;b&gt;คำประกาศใหม่&lt;/b&gt; เพื่อกรอก CMRT, CRT หรือ EMRT ที่ลูกค้าขอ หรือ &lt;b&gt;เปิดเวิร์กบุ๊ก…&lt;/b&gt; เพื่อนำไฟล์ที่คุณมีอยู่แล้วเข้ามา (หรือลากไฟล์ .xlsx มาวางที่นี่ก็ได้)&lt;/p&gt;&lt;p&gt;แม่แบบทางการได้มาจากอีเมลของลูกค้าหรือจากเว็บไซต์ของ Responsible Minerals Initiative (responsiblemineralsinitiative.org) เพิ่มเพียงครั้งเดียวด้วย &lt;b&gt;เพิ่มแม่แบบ…&lt;/b&gt; แล้วไฟล์ที่ส่งออกจะเป็นเวิร์กบุ๊กทางการ&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>คำประกาศของฉัน ({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>ได้รับจากซัพพลายเออร์ ({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>แม่แบบทางการที่เพิ่มแล้ว: {names}</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>ยังไม่ได้เพิ่มแม่แบบทางการ: การส่งออกจะใช้รูปแบบที่เข้ากันได้จนกว่าคุณจะเพิ่มแม่แบบ (เพิ่มแม่แบบ…)</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>เขียว: ยอมรับ</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>เหลือง: ยอมรับ ควรตรวจดู</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>แดง: ไม่ยอมรับ</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(ไม่พบซัพพลายเออร์ที่ตรงกัน)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (โปรดยืนยัน)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>ไม่มีสิ่งที่ต้องรายงาน</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>โรงถลุง</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>โรงถลุงและโรงกลั่น</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>รายชื่อเหมือง</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>ไม่บังคับ: เหมืองที่โรงถลุงและผู้แปรรูปของคุณจัดหาแร่มา หนึ่งแถวต่อหนึ่งเหมือง</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>โรงถลุง: {count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>เหมือง: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>คำประกาศใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>เปิดเวิร์กบุ๊ก(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>เพิ่มแม่แบบ(&amp;A)…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>นำเข้ารายชื่อโรงงานของ RMI (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>ซัพพลายเออร์และแคมเปญ (&amp;S)…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>กู้คืนข้อมูลสำรอง(&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>ที่เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>ปิดคำประกาศ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
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
        <translation>ยังไม่ได้บันทึก: {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>บันทึกแล้ว {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ไม่มีลูกค้า)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(ยังไม่มี)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>เปิดเวิร์กบุ๊ก CMRT, CRT หรือ EMRT</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>เพิ่มแม่แบบทางการของ RMI</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>ยกเลิกการเพิ่มเทมเพลตแล้ว</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>เพิ่มแม่แบบทางการ {family} {version} แล้ว</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>ลบคำประกาศ</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>ลบคำประกาศนี้หรือไม่</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>ไม่มีลูกค้า</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>คำประกาศใหม่</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>ใครเป็นผู้ขอ เช่น Lenovo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>ลูกค้า:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>รอบระยะเวลารายงาน:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>แม่แบบ:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>เวอร์ชัน:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>แร่ที่จะประกาศ</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>เพิ่มแม่แบบทางการแล้ว</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>รูปแบบในตัว</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>การส่งออกจะกรอกลงในสำเนา RMI {label} ฉบับทางการของคุณ</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version} เก่ากว่า {family} {newest}: {what} เลือกเฉพาะเมื่อลูกค้าขอรุ่นนี้</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>รูปแบบในตัว: ยังไม่ได้เพิ่มเวิร์กบุ๊กทางการ {family} {version} ไฟล์ที่ส่งออกจึงเป็นรูปแบบที่เข้ากันได้ คุณเพิ่มแม่แบบทางการ (จากอีเมลของลูกค้าหรือเว็บไซต์ RMI) ได้ทุกเมื่อก่อนส่งออก</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>เลือกแร่ที่ลูกค้าสอบถาม: แร่แต่ละชนิดจะเพิ่มคำถามที่ต้องตอบ</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>โรงถลุงที่ไม่อยู่ในรายชื่อ</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>สำหรับโรงถลุงที่ไม่อยู่ในรายชื่อของ RMI: กรอกชื่อและประเทศที่ตั้ง ค้นหาในรายชื่อก่อน — โรงถลุงส่วนใหญ่มีอยู่ในรายชื่อภายใต้ชื่อใดชื่อหนึ่ง</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>ชื่อโรงถลุงตามที่ซัพพลายเออร์แจ้ง</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>พิมพ์เพื่อค้นหาประเทศ</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>โลหะ (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>ชื่อโรงถลุง (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>ประเทศของโรงถลุง (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>กรอกชื่อโรงถลุง</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>เลือกประเทศจากรายชื่อของ RMI</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>เลือกประเทศของโรงถลุง</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}: ไม่สามารถอ่านไฟล์นี้ได้ ({error})</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>กำลังอ่าน {name} …</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>กำลังอ่าน {n} ไฟล์ …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>แม่แบบทางการที่ยังว่างอยู่</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name} เป็นแม่แบบทางการ {family} {version} ของ RMI ที่ยังว่างอยู่ ไม่ใช่คำประกาศที่กรอกแล้ว

ต้องการเพิ่มลงในคลังแม่แบบหรือไม่ จากนั้นการส่งออกคำประกาศ {family} {version} จะกรอกลงในเวิร์กบุ๊กทางการนี้ หากต้องการกรอกคำประกาศ ให้คลิก “คำประกาศใหม่”</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>ยกเลิกการเปิดแล้ว</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>ไม่สามารถเปิดไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>ไม่สามารถเปิด {n} ไฟล์ได้</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>เปิด {name} แล้ว</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>นำเข้าเวิร์กบุ๊ก {n} ไฟล์แล้ว</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value} (ไม่ใช่ตัวเลือกของแม่แบบ)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>คำจำกัดความ…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>ความหมายของคำในคำถามนี้</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>วางแถว</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>เลือกว่าแต่ละคอลัมน์ที่วางจะกรอกลงในช่องใด (หรือ “ละเว้น”) แถวแรก ๆ แสดงอยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>แถวแรกเป็นชื่อคอลัมน์ (ไม่ต้องเพิ่ม)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>จะเพิ่ม %1 แถว ใช้ %2 จาก %3 คอลัมน์</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>โปรไฟล์ลูกค้า</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>สิ่งที่ลูกค้ายอมรับ: แยกแต่ละคำประกาศด้วย &apos;;&apos; ทางเลือกเชื่อมด้วย &apos;or&apos; แต่ละรายการคือชนิดแม่แบบพร้อมรุ่นต่ำสุด และแร่ในวงเล็บ</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>ผู้ติดต่อของคุณที่ฝั่งลูกค้า</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>เริ่มจากโปรไฟล์ Lenovo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>บันทึกโปรไฟล์</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>สร้างคำขอจากโปรไฟล์</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>ยอมรับ:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>วันครบกำหนด:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>โปรไฟล์เริ่มต้น ({name}) แก้ไขได้: ตรวจสอบกับคำขอล่าสุดของลูกค้า แก้ส่วนที่ต่างแล้วบันทึก</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>ยังไม่มีโปรไฟล์ที่บันทึกไว้สำหรับลูกค้ารายนี้</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>ไม่มีแม่แบบที่ยอมรับ</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>คำถามข้อ {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>ข้อความในแม่แบบ (ตอบเป็นภาษาอังกฤษ): {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>ตอบสำหรับแร่แต่ละชนิด ความเห็นไม่บังคับ</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>แร่</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}: คำถามข้อ {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>ความเห็น (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>ข้าม — {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>ลูกค้าและคำขอ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>อีเมลผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>ชื่อลูกค้า</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@customer.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>เพิ่มหรือปรับปรุงลูกค้า</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>รอบระยะเวลา</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>หมายเลขชิ้นส่วนของลูกค้า คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>ส่วนที่ไม่เข้าใจในโปรไฟล์: {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>กรุณาใส่ชื่อลูกค้าก่อน</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>บันทึกโปรไฟล์ของ {name} แล้ว</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>ไม่มีในคลังแม่แบบของคุณ: {what} คำขอจะระบุรุ่นในตัวล่าสุด กรุณาเพิ่มแม่แบบทางการก่อนส่งออก</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>กรุณาระบุลูกค้า เลือกแม่แบบ และระบุช่วงเวลา</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>เพิ่มคำขอ</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>ลบคำขอที่เลือก</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>ลูกค้า:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>แม่แบบ:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>ขอบเขต:</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>หมายเลขชิ้นส่วน:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>รอบระยะเวลา:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>กำหนดส่ง:</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>ขออีกครั้ง:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>กรอกชื่อและอีเมลผู้ติดต่อที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>บันทึก {name} แล้ว</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>เพิ่มคำขอแล้ว</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>เลือกข้อมูลสำรองที่จะใช้แทนฐานข้อมูล ฐานข้อมูลที่ถูกแทนที่จะเก็บไว้ในโฟลเดอร์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>คำประกาศ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>ไม่มีข้อมูลสำรองในโฟลเดอร์ข้อมูลนี้</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>ใช้ข้อมูลสำรอง {name} แทนฐานข้อมูลหรือไม่?</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>ส่งออกรายงานการตรวจทาน (PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>เตรียมอีเมล…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ส่งตรวจทาน</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>กลับเป็นฉบับร่าง</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>อยู่ระหว่างตรวจทาน</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>ความเห็นจากการตรวจทาน</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>ความเห็นเรื่อง {where}:</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>สถานะ: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;ได้รับจากซัพพลายเออร์&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>คำประกาศนี้ได้รับมาจากซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>ทำเครื่องหมายว่าพร้อมส่ง</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>อนุมัติคำประกาศก่อน (หรือเลือก “ฉันทำงานคนเดียว” ในการตั้งค่า หากไม่มีเพื่อนร่วมงานตรวจทานคำประกาศของคุณ)</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>แก้ไขคำประกาศที่มีสถานะ {status} หรือไม่</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>รายงานการตรวจทาน</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>เขียนรายงานการตรวจทานไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>ส่งออกเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>ตรวจทานและส่งออก</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>ตรวจสอบสิ่งที่ยังเหลือ แล้วส่งออกเวิร์กบุ๊กให้ลูกค้า</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>ความครบถ้วน:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>สัญญาณเตือน:</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>โรงถลุงแยกตามโลหะ:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>แม่แบบ:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>เพิ่มแม่แบบ…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>ส่งออกเวิร์กบุ๊ก…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>การส่งออกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>แสดงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>รูปแบบที่เข้ากันได้ — ไม่ใช่แม่แบบทางการของ RMI</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>{family} {version} ทางการของ RMI (จากคลังของคุณ)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>แอปจะสร้างเวิร์กบุ๊กที่มีชีตและเซลล์เหมือน {family} {version} โดยระบุว่าไม่ใช่ฉบับทางการ ลูกค้าอาจต้องการแม่แบบทางการ: เพิ่มแม่แบบทางการ (จากอีเมลของลูกค้าหรือเว็บไซต์ RMI) เพื่อส่งออกลงในแม่แบบนั้น</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>กรอกเฉพาะเซลล์คำตอบของเวิร์กบุ๊กทางการ</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>ครบถ้วน — กรอกช่องที่ต้องกรอกครบทุกช่องแล้ว</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>ยังขาดช่องที่ต้องกรอก 1 ช่อง (ดูแผงข้อตรวจพบ)</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>ยังขาดช่องที่ต้องกรอก {count} ช่อง (ดูแผงข้อตรวจพบ)</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>มี {count} รายการที่ควรตรวจดู</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>ยังมีค่าที่ยกมาจากคำประกาศครั้งก่อนรอการยืนยัน {count} รายการ</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>สถานะ RMI:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: ผ่านการรับรอง %2, อยู่ระหว่างดำเนินการ %3, อื่น ๆ %4</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>กำลังส่งออกเวิร์กบุ๊ก…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>ส่งออกทั้งที่ยังขาดช่องที่ต้องกรอก?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>ยังขาดช่องที่ต้องกรอก 1 ช่อง</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>ยังขาดช่องที่ต้องกรอก {count} ช่อง</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>Checker ของ RMI ในเวิร์กบุ๊กที่ส่งออกจะนับช่องเหล่านี้ และลูกค้าจะได้รับคำประกาศที่ไม่ครบถ้วน ต้องการส่งออกต่อหรือไม่?</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>ส่งออกไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>แม่แบบทางการ</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>รูปแบบที่เข้ากันได้ ไม่ใช่แม่แบบทางการ</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>บันทึกไว้ที่: {folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker: ขาดช่องที่ต้องกรอก 1 ช่อง</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker: ขาดช่องที่ต้องกรอก {count} ช่อง</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>ส่งออก {name} แล้ว ({kind}) {checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>ส่งออกรายงานการตรวจทาน</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>รวบรวมไฟล์ของซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>เลือกเวิร์กบุ๊ก CMRT, CRT หรือ EMRT ที่ซัพพลายเออร์ส่งมา (หรือลากมาวางที่นี่) แต่ละไฟล์จะถูกอ่านและตรวจสอบ ไฟล์ที่อ่านไม่ได้จะถูกรายงานและข้ามไป โรงถลุงจะถูกรวมเป็นหนึ่งแถวต่อโลหะและโรงถลุง พร้อมรายชื่อซัพพลายเออร์ที่รายงาน</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>รวบรวม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>โรงถลุงที่รวบรวมแล้ว</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>รวมเข้ากับคำประกาศนี้</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>บันทึกเวิร์กบุ๊กที่รวบรวมแล้ว…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>เลือกแล้ว %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>เลือกเวิร์กบุ๊กของซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>จะหยุดหลังจากไฟล์ปัจจุบัน…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>กำลังอ่าน %1 (%2 จาก %3)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>อ่านแล้ว %1 ไฟล์ อ่านไม่ได้ %2 ไฟล์ รวบรวมโรงถลุงได้ %3 แห่ง</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>ยกเลิกแล้ว </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>ซัพพลายเออร์ (%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>โรงถลุงที่รวบรวมแล้ว (%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>การรวบรวมหยุดลง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>เพิ่มโรงถลุง %n แห่งในคำประกาศนี้แล้ว (เลิกทำเพื่อนำออก)</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>คำประกาศนี้มีโรงถลุงที่รวบรวมแล้วครบทุกแห่ง</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>บันทึกเวิร์กบุ๊กที่รวบรวมแล้ว</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>ไม่สามารถบันทึก %1 ได้: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>แก้ไข “%1” ในแถว %2</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>ลบแถว (หลายแถว)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ลบแถว</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>เพิ่มโรงถลุง</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>เพิ่มผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>เพิ่มเหมือง</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>นำรายการที่เลือกออก</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>นำแถวที่เลือกออก (Delete)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>วางแถว…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>วางแถวที่คัดลอกจาก Excel หรือไฟล์ CSV (Ctrl+V) แล้วจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>กรองแถว…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>ไม่มีสิ่งที่จะวาง</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>คัดลอกแถวใน Excel (หรือไฟล์ CSV) ก่อน แล้ววางที่นี่</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>วาง %n แถว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>การเปลี่ยนแปลง {n} รายการรออยู่: {problem} สิ่งที่คุณพิมพ์ยังอยู่ และจะบันทึกเมื่อเซิร์ฟเวอร์ตอบกลับอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>ขอบเขตและผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>สิ่งที่คำประกาศนี้ครอบคลุม</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>แร่ที่คุณประกาศ (ยกเลิกเครื่องหมายแร่ที่ลูกค้าไม่ได้ขอ)</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>เหตุผลที่แร่แต่ละชนิดอยู่ในคำประกาศนี้ (แผ่นงาน Minerals Scope)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>รายการผลิตภัณฑ์ — ต้องกรอกเมื่อขอบเขตเป็น “B. Product”: ระบุผลิตภัณฑ์ทุกรายการที่คำประกาศนี้ครอบคลุม (ต้องมีหมายเลขผลิตภัณฑ์)</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>รายการผลิตภัณฑ์ — ต้องกรอกเฉพาะเมื่อขอบเขตเป็น “B. Product”</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>โรงถลุง (ชื่อมาตรฐาน)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>รหัสโรงถลุง</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>โลหะ</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 — อยู่ในรายชื่อเป็น “%2”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>แจ้งการประเมินซ้ำของ RMI ล่วงหน้า (&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>ภาษาของระบบ ({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>ฉันทำงานคนเดียว: ไม่มีเพื่อนร่วมงานตรวจทานคำประกาศของฉันก่อนส่ง</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>หากแม่แบบมีคำแปลของ RMI คำถามจะแสดงตามคำแปลนั้น แต่คำตอบและความเห็นยังต้องเขียนเป็นภาษาอังกฤษ เพราะเวิร์กบุ๊กที่คุณส่งเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>ซ้ำ: เป็นโรงถลุงเดียวกับแถว %1 (โลหะ รหัส และเหมืองต้นทางเหมือนกัน)</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>ไม่พบในรายชื่อโรงถลุงของ RMI: ตรวจสอบชื่อ หรือคงไว้เป็น “Smelter not listed” (โรงถลุงที่ไม่อยู่ในรายชื่อ) พร้อมประเทศ</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>รหัส %1 ไม่ตรงกับชื่อโรงถลุง ซึ่งมีรหัส %2</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>“%1” ไม่ใช่แร่ในขอบเขตของคำประกาศนี้</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1 ไม่อยู่ใน Smelter Look-up ของแม่แบบ</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>RMI ระบุเป็น “%1” (%2, %3): ใช้ “ใช้โรงถลุงที่แนะนำ”</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>ค้นหาในรายชื่อโรงถลุงของ RMI: ชื่อ ชื่อเรียกอื่น หรือ CID (เช่น CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>ค้นหาเฉพาะโรงถลุงของโลหะนี้</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>แร่ทั้งหมดในขอบเขต</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>เพิ่มแม่แบบทางการเพื่อค้นหาในรายชื่อโรงถลุงของ RMI (หน้าแรก → เพิ่มแม่แบบ…) ระหว่างนี้ให้เพิ่มแถวแล้วพิมพ์ชื่อโรงถลุงเอง</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;เพิ่มโรงถลุง&lt;/b&gt; — พิมพ์ชื่อ ชื่อเรียกอื่น หรือ CID:</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>โรงถลุงที่ไม่อยู่ในรายชื่อ…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>โรงถลุงที่ไม่อยู่ในรายชื่อของ RMI: กรอกชื่อและประเทศ</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>ยังไม่ทราบโรงถลุง</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>เพิ่มแถวว่าง</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>นำเข้ารายชื่อโรงถลุง…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>เพิ่มรายชื่อโรงถลุงจากเวิร์กบุ๊ก CMRT, CRT หรือ EMRT อื่น</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>รวมรายชื่อโรงถลุงของซัพพลายเออร์…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>รวบรวมไฟล์ที่ซัพพลายเออร์ส่งมา แล้วเพิ่มโรงถลุงของไฟล์เหล่านั้นที่นี่</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>ใช้โรงถลุงที่แนะนำ</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>หากต้องการดูว่าโรงถลุงใดผ่านการรับรองหรืออยู่ระหว่างดำเนินการของ RMI ให้ดาวน์โหลดรายชื่อโรงงานของ RMI (responsiblemineralsinitiative.org, โรงถลุงและโรงกลั่นที่ Conformant และ Active, “Download Data”) แล้วนำเข้าด้วย ไฟล์ ▸ นำเข้ารายชื่อโรงงานของ RMI…</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>เพิ่มโรงถลุง %1</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>เพิ่ม %1 (ไม่อยู่ในรายชื่อ)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>เพิ่มโรงถลุง %1 ที่ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>นำเข้ารายชื่อโรงถลุงจากเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>ไม่สามารถนำเข้าไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>ไม่มีสิ่งที่จะนำเข้า</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1 ไม่มีรายชื่อโรงถลุง</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>นำเข้าโรงถลุง %n แห่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>รวมโรงถลุง %n แห่งจากซัพพลายเออร์</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>แถวที่ %1 “%2” (ไม่อยู่ในรายชื่อ) ดูเหมือนเป็นโรงถลุง “%3” ที่อยู่ในรายชื่อของ RMI (%4, %5)</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>ใช้ %1 สำหรับแถวที่ %2</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>เริ่มจากฉบับก่อน(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>เริ่มจากคำประกาศฉบับก่อน(&amp;P)…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>ฉบับร่างใหม่สำหรับรอบถัดไป บนแม่แบบล่าสุด พร้อมคำตอบของฉบับนี้</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>เลือกคำประกาศของรอบก่อนในรายการก่อน</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>ไม่สามารถเริ่มฉบับร่างใหม่ได้</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>ฉบับร่าง {family} {version} ใหม่: มี {n} รายการที่ต้องยืนยันอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>เริ่มจากคำประกาศฉบับก่อน</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(ไม่มีลูกค้า)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>ฉบับร่างใหม่จะได้คำตอบ โรงถลุง และผลิตภัณฑ์ของ &lt;b&gt;{who} — {source}{period}&lt;/b&gt; คุณต้องยืนยันอีกครั้งในสิ่งที่อาจเปลี่ยนไป ได้แก่ วันที่มีผล ความครอบคลุมของการสำรวจ และทุกอย่างที่เวอร์ชันใหม่ถามต่างออกไป</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>เช่น {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>แม่แบบ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>เวอร์ชัน(&amp;V):</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>รอบระยะเวลารายงาน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>สร้างฉบับร่าง(&amp;C)</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>เพิ่มแม่แบบทางการแล้ว</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>รูปแบบในตัว</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>ฉบับร่างใหม่เป็น {family} {version}</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>การส่งออกจะกรอกลงในสำเนาเวิร์กบุ๊กทางการของคุณ</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>ยังไม่ได้เพิ่มเวิร์กบุ๊กทางการ {family} {version}: เพิ่มก่อนส่งออก (มิฉะนั้นไฟล์ที่ส่งออกจะเป็นรูปแบบที่เข้ากันได้)</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — บรรทัดละหนึ่งราย</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>เช่น Tin, Gold — เว้นว่างหมายถึงทั้งหมด</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>บริษัท:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>ผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>โลหะที่จัดหา:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>ชิ้นส่วน:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>ความครบถ้วน</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>สัญญาณเตือน</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>โรงถลุง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>ขาดช่องที่ต้องกรอก %n ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>อ่านแล้ว</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>โลหะ</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>ชิ้นส่วน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>ซัพพลายเออร์และแคมเปญ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>นำเข้ารายชื่อ…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>เพิ่มจากไฟล์ที่ได้รับ…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>ซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>นำเข้าซัพพลายเออร์</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>ไม่ได้นำเข้า: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>เพิ่มซัพพลายเออร์ %1 ราย ปรับปรุง %2 ราย</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>ไฟล์ที่ซัพพลายเออร์ส่งมา</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้เพิ่มซัพพลายเออร์</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1 ไม่ได้ระบุชื่อบริษัท</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>ฐานข้อมูลทีม</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>เชื่อมต่อฐานข้อมูลทีมไม่ได้</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>ลองอีกครั้ง หรือทำงานในที่เก็บข้อมูลในเครื่องไปก่อน</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>เปิดที่เก็บข้อมูลในเครื่องของฉัน</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who} เปลี่ยนแปลงแบบแจ้งนี้ (ขณะนี้ {status})</translation>
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
        <translation>ฐานข้อมูลทีม</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ที่อยู่(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>เชื่อมต่อและใช้งาน(&amp;C)</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>ใช้ที่เก็บข้อมูลในเครื่องของฉัน(&amp;L)</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>ไม่มีบทบาทในทีม</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>กำลังทำงานในฐานข้อมูลทีม {where} ในชื่อ {user} ({role})</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>กำลังทำงานในที่เก็บข้อมูลบนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — เฉพาะ {minerals}</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (เลย์เอาต์ในตัว: กรุณาเพิ่มแม่แบบทางการก่อนส่งออก)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>ไม่สามารถเพิ่มแม่แบบนี้</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… และอีก {n} รายการ</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>ไม่ได้เพิ่ม {name}: โครงสร้างต่างจากแม่แบบ RMI ที่ระบุ MRT Desk จึงจะไม่เขียนคำประกาศลงไป

สิ่งที่ต่างกัน:
{lines}

ใช้แม่แบบเปล่าตามที่ดาวน์โหลดจาก RMI หรือที่ลูกค้าส่งมาโดยไม่แก้ไข หากเป็นของแท้ แสดงว่า RMI เปลี่ยนแม่แบบและ MRT Desk ต้องได้รับการอัปเดต</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>ไม่ใช่แม่แบบที่ระบุไว้</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>ตรวจทานก่อนส่ง</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>มีเพื่อนร่วมงานตรวจทานและอนุมัติคำประกาศของคุณก่อนส่งหรือไม่?

ใช่: คงขั้นตอนการตรวจทานไว้ (ส่งตรวจทาน อนุมัติ แล้วจึงเตรียมอีเมล)
ไม่ใช่ ฉันทำงานคนเดียว: คำประกาศจะเปลี่ยนจากฉบับร่างเป็นพร้อมส่งทันที

คุณเปลี่ยนตัวเลือกนี้ได้ภายหลังในการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>ไม่จำเป็นต้องตอบ เพราะคำถามข้อ 1 ของ {mineral} ตอบว่า “{answer}”</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>ไม่จำเป็นต้องตอบ เพราะคำถามข้อ 2 ของ {mineral} ตอบว่า “{answer}”</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>ไม่บังคับ: ตัวตรวจของ RMI ไม่นับคำถามนี้ คุณยังตอบได้</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>ไม่จำเป็นต้องตอบ เพราะไม่มีแร่ใดที่ใช้และยังคงอยู่ในผลิตภัณฑ์ของคุณ (ทุกชนิดจบที่คำถามข้อ 1 หรือ 2) แต่คุณยังตอบได้</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>“เจตนาเติม” หมายถึงการใช้โลหะโดยตั้งใจเพื่อให้ผลิตภัณฑ์มีคุณสมบัติ ปฏิกิริยา หรือคุณภาพบางอย่าง ไม่ใช่ผลพลอยได้ที่เกิดขึ้นเองตามธรรมชาติ ตอบสำหรับผลิตภัณฑ์ของคุณ (หรือขอบเขตที่คุณเลือก) และกระบวนการผลิต</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>โลหะยังคงอยู่ในผลิตภัณฑ์สำเร็จรูปหรือไม่ โลหะที่ใช้เฉพาะในกระบวนการ (เช่น ตัวเร่งปฏิกิริยา) และไม่เหลืออยู่ในผลิตภัณฑ์ ให้ตอบ “No” (ไม่)</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>ประเทศที่ครอบคลุม (คำของ SEC): สาธารณรัฐประชาธิปไตยคองโกและประเทศเพื่อนบ้านเก้าประเทศ — แองโกลา บุรุนดี สาธารณรัฐแอฟริกากลาง สาธารณรัฐคองโก รวันดา ซูดานใต้ แทนซาเนีย ยูกันดา และแซมเบีย</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>พื้นที่ได้รับผลกระทบจากความขัดแย้งและมีความเสี่ยงสูง (CAHRA) คือพื้นที่ที่มีความขัดแย้งทางอาวุธ พื้นที่เปราะบางหลังความขัดแย้ง หรือพื้นที่ที่การปกครองและความมั่นคงอ่อนแอหรือไม่มีเลย และมีการละเมิดกฎหมายระหว่างประเทศอย่างกว้างขวาง รวมถึงการละเมิดสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>แหล่งรีไซเคิลหรือเศษโลหะ คือโลหะที่นำกลับมาจากผลิตภัณฑ์ของผู้ใช้ปลายทางหรือผลิตภัณฑ์หลังการบริโภค หรือเศษที่เกิดขึ้นระหว่างการผลิต</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>ในบรรดาซัพพลายเออร์ที่จัดหาโลหะนี้ให้คุณ มีสัดส่วนเท่าใดที่ตอบแบบสำรวจของคุณ</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>คุณระบุโรงถลุงหรือโรงกลั่นทุกแห่งในห่วงโซ่อุปทานของโลหะนี้แล้วหรือไม่ โรงถลุงหรือโรงกลั่นคือสถานที่ที่เปลี่ยนสินแร่ ตะกรัน หรือเศษโลหะให้เป็นโลหะบริสุทธิ์</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>โรงถลุงทุกแห่งที่ซัพพลายเออร์รายงานให้คุณ อยู่ในแท็บ Smelter List แล้วหรือไม่</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>คุณระบุโรงถลุงหรือผู้แปรรูปทุกแห่งในห่วงโซ่อุปทานของแร่นี้แล้วหรือไม่</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>คำถามระดับบริษัทอธิบายโครงการตรวจสอบวิเคราะห์สถานะ (due diligence) ของคุณโดยรวม ได้แก่ นโยบายการจัดหา การสำรวจซัพพลายเออร์ และการตรวจทานสิ่งที่ได้รับกลับมา นโยบายที่เผยแพร่แล้วต้องใส่ที่อยู่เว็บ (URL) ในช่องความเห็น</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>ขอบเขตระบุว่าคำประกาศนี้ครอบคลุมอะไร: “A. Company” — ทุกอย่างที่บริษัทของคุณผลิต “B. Product” — เฉพาะผลิตภัณฑ์ที่คุณระบุด้านล่าง “C. User defined” — อธิบายเอง</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>โรงถลุงหรือโรงกลั่นคือสถานที่ที่เปลี่ยนสินแร่ ตะกรัน หรือเศษโลหะให้เป็นโลหะบริสุทธิ์ ระบุโรงถลุงทุกแห่งที่ซัพพลายเออร์รายงาน หนึ่งแถวต่อโลหะหนึ่งชนิด หากยังไม่ทราบ ให้เลือก “Smelter not yet identified” หากไม่อยู่ใน Smelter Look-up ของ RMI ให้เลือก “Smelter not listed” แล้วกรอกชื่อและประเทศ</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>แก้ไข {path}</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>เปลี่ยนแร่</translation>
    </message>
</context>
</TS>
