<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
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
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it:</source>
        <translation>&lt;b&gt;นำมาจากคำประกาศฉบับก่อน&lt;/b&gt; โปรดยืนยันอีกครั้ง ({n}) — คลิกรายการเพื่อไปยังช่องนั้น เมื่อแก้ไขแล้วรายการจะหายไปจากรายการนี้:</translation>
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
        <source>Cannot attach {name}: {error}</source>
        <translation>ไม่สามารถแนบ {name} ได้: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>กรอกชื่อลูกค้าและอีเมลผู้ติดต่อก่อน</translation>
    </message>
    <message>
        <source>The message is open in your mail program ({path}). Send it from there, then click Mark as sent.</source>
        <translation>เปิดข้อความในโปรแกรมอีเมลแล้ว ({path}) ส่งจากที่นั่น แล้วคลิก “ทำเครื่องหมายว่าส่งแล้ว”</translation>
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
    <name>FindingsPanel</name>
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
        <source>Errors: {count}</source>
        <translation>ข้อผิดพลาด: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>สัญญาณเตือน: {count}</translation>
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
        <source>Official templates added: {names}.</source>
        <translation>แม่แบบทางการที่เพิ่มแล้ว: {names}</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one with Add template….</source>
        <translation>ยังไม่ได้เพิ่มแม่แบบทางการ: การส่งออกจะใช้รูปแบบที่เข้ากันได้จนกว่าคุณจะเพิ่มแม่แบบด้วย “เพิ่มแม่แบบ…”</translation>
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
        <source>Cannot add this template</source>
        <translation>ไม่สามารถเพิ่มแม่แบบนี้ได้</translation>
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
        <source>official template added</source>
        <translation>เพิ่มแม่แบบทางการแล้ว</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>รูปแบบในตัว</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {family} {version}.</source>
        <translation>การส่งออกจะกรอกลงในสำเนา {family} {version} ทางการของ RMI ที่คุณมี</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>รูปแบบในตัว: ยังไม่ได้เพิ่มเวิร์กบุ๊กทางการ {family} {version} ไฟล์ที่ส่งออกจึงเป็นรูปแบบที่เข้ากันได้ คุณเพิ่มแม่แบบทางการ (จากอีเมลของลูกค้าหรือเว็บไซต์ RMI) ได้ทุกเมื่อก่อนส่งออก</translation>
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
        <source>Accepts the EMRT for cobalt</source>
        <translation>รับ EMRT สำหรับโคบอลต์</translation>
    </message>
    <message>
        <source>Lenovo preset</source>
        <translation>ค่าที่ตั้งไว้สำหรับ Lenovo</translation>
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
        <source>Not a template: {text}</source>
        <translation>ไม่ใช่แม่แบบ: {text}</translation>
    </message>
    <message>
        <source>Give the customer, the templates and the period.</source>
        <translation>กรอกลูกค้า แม่แบบ และรอบระยะเวลา</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>เพิ่มคำขอแล้ว</translation>
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
        <source>Approve the declaration first.</source>
        <translation>อนุมัติคำประกาศก่อน</translation>
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
        <source>Open containing folder</source>
        <translation>เปิดโฟลเดอร์ที่เก็บไฟล์</translation>
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
        <source>Exporting the workbook…</source>
        <translation>กำลังส่งออกเวิร์กบุ๊ก…</translation>
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
        <source>compatible layout (not official)</source>
        <translation>รูปแบบที่เข้ากันได้ (ไม่ใช่ฉบับทางการ)</translation>
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
        <source>System language ({language})</source>
        <translation>ภาษาของระบบ ({language})</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>หากแม่แบบมีคำแปลของ RMI คำถามจะแสดงตามคำแปลนั้น แต่คำตอบและความเห็นยังต้องเขียนเป็นภาษาอังกฤษ เพราะเวิร์กบุ๊กที่คุณส่งเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal and ID).</source>
        <translation>ซ้ำ: เป็นโรงถลุงเดียวกับแถวที่ %1 (โลหะและรหัสเดียวกัน)</translation>
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
