<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AmrtMineralsBox</name>
    <message>
        <source>Minerals you declare</source>
        <translation>신고하는 광물</translation>
    </message>
    <message>
        <source>Other minerals or metals, by their English names (comma between names):</source>
        <translation>기타 광물 또는 금속(영문 이름, 이름 사이는 쉼표로 구분):</translation>
    </message>
    <message>
        <source>e.g. Gallium, Bismuth</source>
        <translation>예: Gallium, Bismuth</translation>
    </message>
    <message>
        <source>{n} of at most {most} minerals.</source>
        <translation>{n}개 / 최대 {most}개 광물.</translation>
    </message>
    <message>
        <source>The template holds {most}: remove some.</source>
        <translation>템플릿에는 최대 {most}개까지 들어갑니다. 일부를 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MRT Desk cannot start</source>
        <translation>MRT Desk를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used:
{error}</source>
        <translation>데이터 폴더 {folder}을(를) 사용할 수 없습니다:
{error}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>새 캠페인</translation>
    </message>
    <message>
        <source>(the period)</source>
        <translation>(기간)</translation>
    </message>
    <message>
        <source>Anything else the request should say</source>
        <translation>요청에 덧붙일 내용</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>마감일:</translation>
    </message>
    <message>
        <source>Templates to request:</source>
        <translation>요청할 템플릿:</translation>
    </message>
    <message>
        <source>Suppliers to ask:</source>
        <translation>요청할 공급업체:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>안내:</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Which supplier sent this file?</source>
        <translation>이 파일은 어느 공급업체가 보냈습니까?</translation>
    </message>
    <message>
        <source>%1 — choose the supplier:</source>
        <translation>%1 — 공급업체를 선택하십시오:</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>새 캠페인…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>캠페인:</translation>
    </message>
    <message>
        <source>Prepare request e-mails</source>
        <translation>요청 메일 준비</translation>
    </message>
    <message>
        <source>Prepare reminders</source>
        <translation>독촉 메일 준비</translation>
    </message>
    <message>
        <source>Check received files…</source>
        <translation>받은 파일 검사…</translation>
    </message>
    <message>
        <source>Show e-mails in folder</source>
        <translation>폴더에서 메일 보기</translation>
    </message>
    <message>
        <source>Prepare feedback e-mail</source>
        <translation>피드백 메일 준비</translation>
    </message>
    <message>
        <source>Fill this declaration from the accepted files</source>
        <translation>승인된 파일로 이 신고서 채우기</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>내 신고서:</translation>
    </message>
    <message>
        <source>Received files (drop them here):</source>
        <translation>받은 파일(여기에 끌어다 놓기):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>No campaign yet: start one with “New campaign…”.</source>
        <translation>캠페인이 아직 없습니다. “새 캠페인…”으로 시작하십시오.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 asked suppliers answered (%4%)</source>
        <translation>%1: 요청한 공급업체 %3곳 중 %2곳 응답(%4%)</translation>
    </message>
    <message>
        <source> → question %1: “%2”</source>
        <translation> → 질문 %1: “%2”</translation>
    </message>
    <message>
        <source>Response share:</source>
        <translation>응답률:</translation>
    </message>
    <message>
        <source>Response share: nobody asked yet.</source>
        <translation>응답률: 아직 아무에게도 요청하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 request e-mail(s) prepared in %2.</source>
        <translation>요청 메일 %1통을 %2에 준비했습니다.</translation>
    </message>
    <message>
        <source>%1 reminder(s) prepared in %2.</source>
        <translation>독촉 메일 %1통을 %2에 준비했습니다.</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>파일 %1개 검사 중…</translation>
    </message>
    <message>
        <source>%1 feedback e-mail(s) prepared in %2.</source>
        <translation>피드백 메일 %1통을 %2에 준비했습니다.</translation>
    </message>
    <message>
        <source>Add these templates to the library to attach them: %1.</source>
        <translation>첨부하려면 이 템플릿을 라이브러리에 추가하십시오: %1.</translation>
    </message>
    <message>
        <source>Files your suppliers sent</source>
        <translation>공급업체가 보낸 파일</translation>
    </message>
    <message>
        <source>Intake stopped: %1</source>
        <translation>검사가 중단됨: %1</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 green, %3 amber, %4 red.</source>
        <translation>파일 %1개 검사: 녹색 %2, 황색 %3, 적색 %4.</translation>
    </message>
    <message>
        <source>Choose which supplier sent %1 first.</source>
        <translation>먼저 %1을(를) 보낸 공급업체를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 smelter(s) added to the declaration; %2 answer(s) set from the response share.</source>
        <translation>신고서에 제련소 %1개를 추가하고 응답률에 따라 답변 %2개를 설정했습니다.</translation>
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
        <translation>이메일 주소 형식이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>웹 주소 형식이 아닌 것 같습니다.</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Comment…</source>
        <translation>의견…</translation>
    </message>
    <message>
        <source>Resolve “{text}” ({author})</source>
        <translation>&apos;{text}&apos; 해결({author})</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Review comments — right-click to resolve</source>
        <translation>검토 의견 — 마우스 오른쪽 버튼을 클릭하면 해결됩니다</translation>
    </message>
    <message>
        <source>Review comment on {where}: {text} ({author})</source>
        <translation>{where}에 대한 검토 의견: {text}({author})</translation>
    </message>
    <message>
        <source>Review comments: {count} open</source>
        <translation>검토 의견: 미해결 {count}개</translation>
    </message>
    <message>
        <source>{text}
Right-click to resolve.</source>
        <translation>{text}
마우스 오른쪽 버튼을 클릭하면 해결됩니다.</translation>
    </message>
    <message>
        <source>{where} (row removed — resolved): {text}</source>
        <translation>{where}(행 삭제됨 — 해결됨): {text}</translation>
    </message>
    <message>
        <source>The row this comment was on has been removed.</source>
        <translation>이 의견이 달린 행이 삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>귀사 정보</translation>
    </message>
    <message>
        <source>Who is declaring, who answers questions about it, and who authorises it. Fields marked (*) are required. Enter them once and save them as your company profile to reuse them in your next declaration.</source>
        <translation>신고하는 회사, 신고 내용에 대한 문의 담당자, 신고를 승인하는 책임자를 입력합니다. (*) 표시 항목은 필수입니다. 한 번 입력해 회사 프로필로 저장하면 다음 신고서에서 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Fill from my company profile</source>
        <translation>회사 프로필에서 채우기</translation>
    </message>
    <message>
        <source>Save as my company profile</source>
        <translation>회사 프로필로 저장</translation>
    </message>
    <message>
        <source>Filled from your company profile.</source>
        <translation>회사 프로필에서 채웠습니다.</translation>
    </message>
    <message>
        <source>Saved as your company profile.</source>
        <translation>회사 프로필로 저장했습니다.</translation>
    </message>
    <message>
        <source>Could not save the profile: {error}</source>
        <translation>프로필을 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Fill from company profile</source>
        <translation>회사 프로필에서 채우기</translation>
    </message>
</context>
<context>
    <name>CompanyQuestionsPage</name>
    <message>
        <source>Company-level questions</source>
        <translation>회사 차원 질문</translation>
    </message>
    <message>
        <source>About your company’s sourcing policy and due diligence.</source>
        <translation>귀사의 조달 정책과 실사에 관한 질문입니다.</translation>
    </message>
    <message>
        <source>Web address of the policy (needed when “{answer}”)</source>
        <translation>정책의 웹 주소(&apos;{answer}&apos;인 경우 필수)</translation>
    </message>
    <message>
        <source>Describe the format (needed when “{answer}”)</source>
        <translation>형식을 설명하십시오(&apos;{answer}&apos;인 경우 필수)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>추가 내용(선택)</translation>
    </message>
    <message>
        <source>Not required because questions 1–2 for {mineral} stop here.</source>
        <translation>필수 아님: {mineral}은(는) 질문 1–2에서 끝납니다.</translation>
    </message>
</context>
<context>
    <name>ConfirmBanner</name>
    <message>
        <source>last period&apos;s date</source>
        <translation>지난 기간의 날짜</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>조사 응답 범위</translation>
    </message>
    <message>
        <source>old answer not offered</source>
        <translation>이전 답변은 선택지에 없음</translation>
    </message>
    <message>
        <source>not on RMI&apos;s list</source>
        <translation>RMI 목록에 없음</translation>
    </message>
    <message>
        <source>not carried over</source>
        <translation>이월되지 않음</translation>
    </message>
    <message>
        <source>Confirm unchanged</source>
        <translation>변경 없음으로 확인</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried over from the previous declaration.&lt;/b&gt; Confirm again ({n}) — click one to go to the field; it leaves this list once you change it or confirm it unchanged (✓):</source>
        <translation>&lt;b&gt;이전 신고서에서 가져온 값입니다.&lt;/b&gt; 다시 확인하십시오({n}) — 항목을 클릭하면 해당 필드로 이동하며, 값을 변경하거나 변경 없음으로 확인(✓)하면 목록에서 사라집니다:</translation>
    </message>
    <message>
        <source>{mineral}, question {n}</source>
        <translation>{mineral}, 질문 {n}</translation>
    </message>
    <message>
        <source>Company question {letter}</source>
        <translation>회사 차원 질문 {letter}</translation>
    </message>
    <message>
        <source>Company question {letter} ({mineral})</source>
        <translation>회사 차원 질문 {letter}({mineral})</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>제련소</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>광산</translation>
    </message>
    <message>
        <source>{kind} row {n}</source>
        <translation>{kind} {n}행</translation>
    </message>
    <message>
        <source>Mine list</source>
        <translation>광산 목록</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Hide this list until the declaration is opened again</source>
        <translation>이 신고서를 다시 열 때까지 이 목록을 숨깁니다</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>이 필드로 이동</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…외 {n}개.</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>Metal</source>
        <translation>금속</translation>
    </message>
    <message>
        <source>Smelter</source>
        <translation>제련소</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>제련소 ID</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>보고한 공급업체</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>공급업체</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Not set — pick a date</source>
        <translation>설정되지 않음 — 날짜를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Customer</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>남은 오류</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 날짜</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>변경 요청됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(고객사 없음)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(회사명 없음)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Customers and requests…</source>
        <translation>고객사 및 요청…</translation>
    </message>
    <message>
        <source>OVERDUE by {days} days</source>
        <translation>{days}일 지연</translation>
    </message>
    <message>
        <source>due in {days} days</source>
        <translation>{days}일 후 마감</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>마감 {date}</translation>
    </message>
    <message>
        <source>{customer} — {templates} — {period}: {when}</source>
        <translation>{customer} — {templates} — {period}: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: none open.</source>
        <translation>&lt;b&gt;고객사 요청&lt;/b&gt;: 미결 요청이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer requests&lt;/b&gt;: {open} open, {urgent} due soon or overdue</source>
        <translation>&lt;b&gt;고객사 요청&lt;/b&gt;: 미결 {open}건, 마감 임박 또는 지연 {urgent}건</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← All declarations</source>
        <translation>← 모든 신고서</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>Required fields missing: {count}</source>
        <translation>누락된 필수 항목: {count}</translation>
    </message>
    <message>
        <source>Red flags to look at: {count}</source>
        <translation>확인할 위험 신호: {count}</translation>
    </message>
    <message>
        <source>Nothing missing here</source>
        <translation>누락된 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Attach an exported workbook</source>
        <translation>내보낸 통합 문서 첨부</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>이메일 준비</translation>
    </message>
    <message>
        <source>the customer&apos;s contact e-mail</source>
        <translation>고객사 담당자 이메일</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(요청 없음)</translation>
    </message>
    <message>
        <source>{period}: {templates}, due {due}</source>
        <translation>{period}: {templates}, 마감 {due}</translation>
    </message>
    <message>
        <source>Attach another workbook…</source>
        <translation>다른 통합 문서 첨부…</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>고객사:</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>담당자 이메일:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>요청:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>첨부 파일:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>메일 프로그램에서 열기</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>요약 복사</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>발송됨으로 표시</translation>
    </message>
    <message>
        <source>After you have sent the message</source>
        <translation>메일을 보낸 후에</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Show the message and workbook in their folder</source>
        <translation>메시지와 통합 문서를 폴더에서 보기</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>메시지 복사</translation>
    </message>
    <message>
        <source>Recipient, subject, text and the files to attach, for webmail</source>
        <translation>웹메일용 받는 사람, 제목, 본문 및 첨부할 파일</translation>
    </message>
    <message>
        <source>Webmail or no mail program?</source>
        <translation>웹메일을 쓰거나 메일 프로그램이 없습니까?</translation>
    </message>
    <message>
        <source>Cannot attach {name}: {error}</source>
        <translation>{name}을(를) 첨부할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name and contact e-mail first.</source>
        <translation>먼저 고객사 이름과 담당자 이메일을 입력하십시오.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use “Copy message” to paste it into your webmail and attach the workbook from “Show in folder”, then click Mark as sent.</source>
        <translation>메시지를 연 메일 프로그램이 없습니다. &apos;메시지 복사&apos;로 웹메일에 붙여 넣고 &apos;폴더에서 보기&apos;에서 통합 문서를 첨부한 다음 &apos;발송됨으로 표시&apos;를 클릭하십시오.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program ({path}). Send it from there, then click Mark as sent. Nothing opened? Use “Copy message” and “Show in folder”.</source>
        <translation>메시지를 메일 프로그램에 넘겼습니다({path}). 메일 프로그램에서 보낸 다음 &apos;발송됨으로 표시&apos;를 클릭하십시오. 아무것도 열리지 않았습니까? &apos;메시지 복사&apos;와 &apos;폴더에서 보기&apos;를 사용하십시오.</translation>
    </message>
    <message>
        <source>The message is on the clipboard: paste it into a new e-mail, attach the workbook (Show in folder), send it, then click Mark as sent.</source>
        <translation>메시지를 클립보드에 복사했습니다. 새 이메일에 붙여 넣고 통합 문서를 첨부(폴더에서 보기)하여 보낸 다음 &apos;발송됨으로 표시&apos;를 클릭하십시오.</translation>
    </message>
    <message>
        <source>The files are in {folder}</source>
        <translation>파일 위치: {folder}</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>요약을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>발송됨으로 표시했습니다.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Supplier</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>요청 안 함</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>요청함</translation>
    </message>
    <message>
        <source>received</source>
        <translation>수신함</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>반송</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 지남</translation>
    </message>
</context>
<context>
    <name>FacilitiesDialog</name>
    <message>
        <source>RMI facility list</source>
        <translation>RMI 시설 목록</translation>
    </message>
    <message>
        <source>RMI publishes which smelters and refiners are conformant or active. On responsiblemineralsinitiative.org open the Conformant and the Active smelters and refiners lists, use “Download Data” (or save the table as CSV or Excel), and import the file here. Refresh it every month: statuses change.</source>
        <translation>RMI는 어떤 제련소와 정련소가 적합(Conformant) 또는 활성(Active) 상태인지 공개합니다. responsiblemineralsinitiative.org에서 적합 및 활성 제련소·정련소 목록을 열고 “Download Data”를 사용(또는 표를 CSV나 Excel로 저장)한 다음 여기에서 파일을 가져오십시오. 매월 새로 가져오십시오. 상태는 바뀝니다.</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>파일에 적힌 대로</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Status of each row:</source>
        <translation>각 행의 상태:</translation>
    </message>
    <message>
        <source>Choose the downloaded file…</source>
        <translation>다운로드한 파일 선택…</translation>
    </message>
    <message>
        <source>No list imported yet.</source>
        <translation>아직 가져온 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Imported: %1 (list of %2, %3 facilities).</source>
        <translation>가져옴: %1 (%2 기준 목록, 시설 %3개).</translation>
    </message>
    <message>
        <source>Import RMI facility list</source>
        <translation>RMI 시설 목록 가져오기</translation>
    </message>
    <message>
        <source>Facility lists (*.xml *.xls *.xlsx *.csv *.txt);;All files (*)</source>
        <translation>시설 목록 (*.xml *.xls *.xlsx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 못함: %1</translation>
    </message>
    <message>
        <source>Imported %1 facilities (list of %2).</source>
        <translation>시설 %1개를 가져왔습니다 (%2 기준 목록).</translation>
    </message>
    <message>
        <source>Columns found: %1</source>
        <translation>찾은 열: %1</translation>
    </message>
    <message>
        <source>Columns not found: %1</source>
        <translation>찾지 못한 열: %1</translation>
    </message>
    <message>
        <source>Since the last import: %1 new, %2 dropped, %3 with a new status.</source>
        <translation>지난번 가져오기 이후: 신규 %1개, 제외 %2개, 상태 변경 %3개.</translation>
    </message>
</context>
<context>
    <name>FacilityStatus</name>
    <message>
        <source>RMI status</source>
        <translation>RMI 상태</translation>
    </message>
    <message>
        <source>Conformant, overdue</source>
        <translation>적합, 기한 지남</translation>
    </message>
    <message>
        <source>Conformant, due soon</source>
        <translation>적합, 기한 임박</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>미참여</translation>
    </message>
    <message>
        <source>Unknown CID</source>
        <translation>알 수 없는 CID</translation>
    </message>
    <message>
        <source>RMI&apos;s facility list does not know this smelter ID.</source>
        <translation>RMI 시설 목록에 이 제련소 ID가 없습니다.</translation>
    </message>
    <message>
        <source>No smelter ID: nothing to look up.</source>
        <translation>제련소 ID가 없어 조회할 수 없습니다.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>프로그램: %1</translation>
    </message>
    <message>
        <source>Last assessment: %1</source>
        <translation>마지막 평가: %1</translation>
    </message>
    <message>
        <source>Next assessment: %1</source>
        <translation>다음 평가: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>&quot;Smelter not listed&quot; rows need a smelter name and country (rows {rows}).</source>
        <translation>&quot;Smelter not listed&quot; 행에는 제련소 이름과 국가가 필요합니다({rows}행).</translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; is the consistent answer until the survey is complete.</source>
        <translation>조사가 끝날 때까지는 &quot;Unknown&quot;이 일관된 답변입니다.</translation>
    </message>
    <message>
        <source>A user-defined scope needs a description.</source>
        <translation>사용자 정의 범위에는 설명이 필요합니다.</translation>
    </message>
    <message>
        <source>Add at least one row with metal {mineral} on the Smelter List (&quot;Smelter not yet identified&quot; if you do not know it yet).</source>
        <translation>제련소 목록에 금속이 {mineral}인 행을 하나 이상 추가하십시오(아직 모르면 &quot;Smelter not yet identified&quot;).</translation>
    </message>
    <message>
        <source>Add every smelter your suppliers named to the Smelter List.</source>
        <translation>공급업체가 언급한 모든 제련소를 제련소 목록에 추가하십시오.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the library and export again before you send it: customers&apos; tools expect RMI&apos;s own workbook.</source>
        <translation>보내기 전에 공식 {template} 템플릿을 라이브러리에 추가하고 다시 내보내십시오. 고객의 도구는 RMI 자체 통합 문서를 기대합니다.</translation>
    </message>
    <message>
        <source>Add the official {template} template to the template library when you have it, and check the values read.</source>
        <translation>공식 {template} 템플릿을 구하면 템플릿 라이브러리에 추가하고 읽은 값을 확인하십시오.</translation>
    </message>
    <message>
        <source>Add the smelters (&quot;Smelter not yet identified&quot; when unknown).</source>
        <translation>제련소를 추가하십시오(모르면 &quot;Smelter not yet identified&quot;).</translation>
    </message>
    <message>
        <source>Answer question {number}: {question}</source>
        <translation>질문 {number}에 답하십시오: {question}</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>답하십시오: {question}</translation>
    </message>
    <message>
        <source>Ask for the smelters concerned and their RMAP status; this is a review trigger, not a rejection.</source>
        <translation>해당 제련소와 RMAP 상태를 요청하십시오. 이는 검토 계기이며 거부 사유가 아닙니다.</translation>
    </message>
    <message>
        <source>Ask the supplier for its plan and timeline to put this in place.</source>
        <translation>이를 마련할 계획과 일정을 공급업체에 요청하십시오.</translation>
    </message>
    <message>
        <source>Ask the supplier to identify the smelter.</source>
        <translation>공급업체에 제련소를 확인해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>Check the ID in column A against the Smelter Look-up.</source>
        <translation>A열의 ID를 제련소 조회표와 대조하십시오.</translation>
    </message>
    <message>
        <source>Check the answer to both questions.</source>
        <translation>두 질문의 답변을 확인하십시오.</translation>
    </message>
    <message>
        <source>Check the values read, or ask the sender for the current template.</source>
        <translation>읽은 값을 확인하거나 보낸 사람에게 최신 템플릿을 요청하십시오.</translation>
    </message>
    <message>
        <source>Check the year: the declaration should be dated when it was completed.</source>
        <translation>연도를 확인하십시오. 신고서 날짜는 작성을 마친 날이어야 합니다.</translation>
    </message>
    <message>
        <source>Choose &quot;{option}&quot; from the list.</source>
        <translation>목록에서 &quot;{option}&quot;을(를) 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose Yes, No or Unknown in column P.</source>
        <translation>P열에서 Yes, No 또는 Unknown을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>다음 중 하나를 선택하십시오: {options}.</translation>
    </message>
    <message>
        <source>Clear the answer, or correct questions 1 and 2.</source>
        <translation>답변을 지우거나 질문 1과 2를 수정하십시오.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is &quot;No&quot;: {what}.</source>
        <translation>회사 수준 질문 {letter}({mineral})의 답변이 &quot;No&quot;입니다: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} for {mineral} is not answered.</source>
        <translation>회사 수준 질문 {letter}({mineral})에 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Company question {letter} is &quot;No&quot;: {what}.</source>
        <translation>회사 수준 질문 {letter}의 답변이 &quot;No&quot;입니다: {what}.</translation>
    </message>
    <message>
        <source>Company question {letter} is not answered.</source>
        <translation>회사 수준 질문 {letter}에 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>회사 수준 질문 {letter}: &quot;{value}&quot;은(는) 드롭다운 값 &quot;{option}&quot;과(와) 대소문자만 다릅니다.</translation>
    </message>
    <message>
        <source>Company question {letter}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>회사 수준 질문 {letter}: &quot;{value}&quot;은(는) 템플릿의 답변이 아닙니다.</translation>
    </message>
    <message>
        <source>Correct question {number} or remove the {mineral} smelters.</source>
        <translation>질문 {number}을(를) 수정하거나 {mineral} 제련소를 삭제하십시오.</translation>
    </message>
    <message>
        <source>Correct question {number} or the smelters&apos; column P.</source>
        <translation>질문 {number} 또는 제련소의 P열을 수정하십시오.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>신고 범위: &quot;{value}&quot;은(는) 드롭다운 값 &quot;{option}&quot;과(와) 대소문자만 다릅니다.</translation>
    </message>
    <message>
        <source>Declaration scope: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>신고 범위: &quot;{value}&quot;은(는) 템플릿의 답변이 아닙니다.</translation>
    </message>
    <message>
        <source>Describe the survey format in the comment.</source>
        <translation>설문 형식을 의견란에 설명하십시오.</translation>
    </message>
    <message>
        <source>Describe which products or parts of the company this declaration covers.</source>
        <translation>이 신고서가 어떤 제품이나 회사의 어느 부분을 다루는지 설명하십시오.</translation>
    </message>
    <message>
        <source>Enter an address such as name@company.com.</source>
        <translation>name@company.com 같은 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the authorizer&apos;s own name, even when it is the contact person.</source>
        <translation>담당자와 같더라도 승인자 본인의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the date as DD-MMM-YYYY, e.g. 31-Aug-2025.</source>
        <translation>날짜를 DD-MMM-YYYY 형식으로 입력하십시오(예: 31-Aug-2025).</translation>
    </message>
    <message>
        <source>Enter the date the form was completed, e.g. 31-Aug-2026.</source>
        <translation>양식 작성을 마친 날짜를 입력하십시오(예: 31-Aug-2026).</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s details, or pick it from the look-up list.</source>
        <translation>제련소 세부 정보를 입력하거나 조회 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name in column D and its country in column E.</source>
        <translation>D열에 제련소 이름을, E열에 국가를 입력하십시오.</translation>
    </message>
    <message>
        <source>Fill in {field} on the Declaration tab.</source>
        <translation>신고서 탭에서 {field}을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>Follow up with the suppliers that have not responded.</source>
        <translation>응답하지 않은 공급업체에 후속 조치를 하십시오.</translation>
    </message>
    <message>
        <source>Enter addresses such as name@company.com, separated by ; or ,.</source>
        <translation>name@company.com 같은 주소를 입력하고, 여러 개는 ; 또는 , 로 구분하십시오.</translation>
    </message>
    <message>
        <source>Ask the sender what the value should say; control characters usually come from copying out of another program.</source>
        <translation>값이 무엇이어야 하는지 보낸 사람에게 물어보십시오. 제어 문자는 보통 다른 프로그램에서 복사할 때 들어옵니다.</translation>
    </message>
    <message>
        <source>Ask the sender whether the mineral belongs in the declaration.</source>
        <translation>해당 광물이 신고에 포함되어야 하는지 보낸 사람에게 물어보십시오.</translation>
    </message>
    <message>
        <source>Ask the sender which mineral they meant.</source>
        <translation>어떤 광물을 뜻했는지 보낸 사람에게 물어보십시오.</translation>
    </message>
    <message>
        <source>Ask the supplier whether it can source from a conformant smelter.</source>
        <translation>적합 제련소에서 조달할 수 있는지 공급업체에 물어보십시오.</translation>
    </message>
    <message>
        <source>Carried over from the previous declaration ({reason}): confirm it.</source>
        <translation>이전 신고에서 가져온 값입니다({reason}). 확인하십시오.</translation>
    </message>
    <message>
        <source>Check the date with the sender and enter it as DD-MMM-YYYY, e.g. 03-Apr-2025.</source>
        <translation>보낸 사람과 날짜를 확인하고 DD-MMM-YYYY 형식으로 입력하십시오(예: 03-Apr-2025).</translation>
    </message>
    <message>
        <source>Check the smelter ID with the supplier: RMI does not list this facility.</source>
        <translation>공급업체와 제련소 ID를 확인하십시오. RMI 목록에 없는 시설입니다.</translation>
    </message>
    <message>
        <source>Check the value, then change it or choose &quot;Confirm unchanged&quot;.</source>
        <translation>값을 확인한 다음 변경하거나 &quot;변경 없음으로 확인&quot;을 선택하십시오.</translation>
    </message>
    <message>
        <source>Check the values read: RMI may have reworded texts.</source>
        <translation>읽은 값을 확인하십시오. RMI가 문구를 바꿨을 수 있습니다.</translation>
    </message>
    <message>
        <source>Download the current list from RMI&apos;s website and import it again; lists older than {max_age} days miss status changes.</source>
        <translation>RMI 웹사이트에서 최신 목록을 내려받아 다시 가져오십시오. {max_age}일보다 오래된 목록에는 상태 변경이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>Enter the real date.</source>
        <translation>실제 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Excel dates run from 1 March 1900 to 31 December 9999: ask for the real date.</source>
        <translation>Excel 날짜는 1900년 3월 1일부터 9999년 12월 31일까지입니다. 실제 날짜를 요청하십시오.</translation>
    </message>
    <message>
        <source>Excel itself cannot have made this cell: ask the sender what it should say.</source>
        <translation>Excel 자체로는 이런 셀을 만들 수 없습니다. 무엇이어야 하는지 보낸 사람에게 물어보십시오.</translation>
    </message>
    <message>
        <source>Its conformance may lapse: check RMI&apos;s list for a newer assessment.</source>
        <translation>적합 상태가 만료될 수 있습니다. RMI 목록에서 더 최근 평가를 확인하십시오.</translation>
    </message>
    <message>
        <source>Keep at least one mineral in cells {first}–{last}.</source>
        <translation>셀 {first}–{last}에 광물을 하나 이상 남겨 두십시오.</translation>
    </message>
    <message>
        <source>Keep at most ten minerals, or split them over two declarations.</source>
        <translation>광물은 최대 10개까지 두거나 두 개의 신고로 나누십시오.</translation>
    </message>
    <message>
        <source>List the product numbers this declaration covers, starting in row 6.</source>
        <translation>이 신고서가 다루는 제품 번호를 6행부터 나열하십시오.</translation>
    </message>
    <message>
        <source>Mineral cell {mineral_cell} says &quot;{option}&quot; but no mineral is named in {other_cell}; it was left out.</source>
        <translation>광물 셀 {mineral_cell}이(가) &quot;{option}&quot;이지만 {other_cell}에 광물 이름이 없습니다. 제외했습니다.</translation>
    </message>
    <message>
        <source>Name every mineral in English (e.g. Aluminum): RMI asks for English, and the template sorts its answer rows by the names.</source>
        <translation>모든 광물 이름을 영어로 입력하십시오(예: Aluminum). RMI는 영어를 요구하며, 템플릿은 이름순으로 답변 행을 정렬합니다.</translation>
    </message>
    <message>
        <source>No mineral is selected for this declaration.</source>
        <translation>이 신고서에 선택된 광물이 없습니다.</translation>
    </message>
    <message>
        <source>No {mineral} smelter is listed.</source>
        <translation>{mineral} 제련소가 나열되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not all smelter information received for {mineral} is reported.</source>
        <translation>받은 {mineral} 제련소 정보가 모두 보고되지 않았습니다.</translation>
    </message>
    <message>
        <source>Put the URL of the published policy in the comment, e.g. www.company.com/policy.</source>
        <translation>공개된 정책의 URL을 의견란에 입력하십시오(예: www.company.com/policy).</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the comment &quot;{value}&quot; is not a web address.</source>
        <translation>질문 {letter}은(는) &quot;{answer}&quot;이지만 의견 &quot;{value}&quot;은(는) 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Question {letter} is &quot;{answer}&quot; but the policy&apos;s web address is missing.</source>
        <translation>질문 {letter}은(는) &quot;{answer}&quot;이지만 정책의 웹 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Question {letter} says another format is used but does not describe it.</source>
        <translation>질문 {letter}에서 다른 형식을 사용한다고 했지만 설명이 없습니다.</translation>
    </message>
    <message>
        <source>Question {letter} says another survey format is used but does not describe it.</source>
        <translation>질문 {letter}에서 다른 설문 형식을 사용한다고 했지만 설명이 없습니다.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is &quot;{value}&quot;: some smelters source from covered or conflict-affected and high-risk areas.</source>
        <translation>{mineral}의 질문 {number}이(가) &quot;{value}&quot;입니다: 일부 제련소가 대상 지역 또는 분쟁 영향 및 고위험 지역에서 조달합니다.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is answered although questions 1–2 say the mineral is not used; the template does not allow an answer here.</source>
        <translation>{mineral}의 질문 {number}에 답변이 있지만 질문 1–2에서는 광물을 사용하지 않는다고 합니다. 템플릿은 여기에 답변을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered (it is only read when the earlier answers are &quot;Yes&quot;).</source>
        <translation>{mineral}의 질문 {number}에 답하지 않았습니다(앞의 답변이 &quot;Yes&quot;일 때만 읽힙니다).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} is not answered.</source>
        <translation>{mineral}의 질문 {number}에 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says &quot;No&quot; although not every supplier answered (question {survey}) or not every smelter is identified (question {identified}).</source>
        <translation>{mineral}의 질문 {number}이(가) &quot;No&quot;이지만 모든 공급업체가 응답하지 않았거나(질문 {survey}) 모든 제련소가 확인되지 않았습니다(질문 {identified}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral} says all smelters are identified, but only &quot;{value}&quot; of suppliers responded (question {survey}).</source>
        <translation>{mineral}의 질문 {number}에서 모든 제련소가 확인되었다고 했지만 공급업체 중 &quot;{value}&quot;만 응답했습니다(질문 {survey}).</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; differs from the drop-down value &quot;{option}&quot; in letter case.</source>
        <translation>{mineral}의 질문 {number}: &quot;{value}&quot;은(는) 드롭다운 값 &quot;{option}&quot;과(와) 대소문자만 다릅니다.</translation>
    </message>
    <message>
        <source>Question {number} for {mineral}: &quot;{value}&quot; is not one of the template&apos;s answers.</source>
        <translation>{mineral}의 질문 {number}: &quot;{value}&quot;은(는) 템플릿의 답변이 아닙니다.</translation>
    </message>
    <message>
        <source>Question {number} says all {mineral} is recycled or scrap, but {count} {mineral} smelter(s) say their feedstock is not.</source>
        <translation>질문 {number}에서는 모든 {mineral}이(가) 재활용 또는 스크랩이라고 했지만 {mineral} 제련소 {count}곳은 원료가 그렇지 않다고 합니다.</translation>
    </message>
    <message>
        <source>RMI templates have no macros: someone changed this file.</source>
        <translation>RMI 템플릿에는 매크로가 없습니다. 누군가 이 파일을 변경했습니다.</translation>
    </message>
    <message>
        <source>RMI templates must be answered in English.</source>
        <translation>RMI 템플릿은 영어로 작성해야 합니다.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot;; it usually marks a look-up that did not match.</source>
        <translation>&quot;!&quot;를 삭제하십시오. 보통 조회가 일치하지 않았음을 나타냅니다.</translation>
    </message>
    <message>
        <source>Remove the duplicate row.</source>
        <translation>중복된 행을 삭제하십시오.</translation>
    </message>
    <message>
        <source>Remove those rows or add the mineral to the declaration.</source>
        <translation>해당 행을 삭제하거나 광물을 신고서에 추가하십시오.</translation>
    </message>
    <message>
        <source>Smelter row {row} is &quot;Smelter not yet identified&quot;.</source>
        <translation>제련소 {row}행이 &quot;Smelter not yet identified&quot;입니다.</translation>
    </message>
    <message>
        <source>Smelter row {row} repeats row {first}.</source>
        <translation>제련소 {row}행이 {first}행과 중복됩니다.</translation>
    </message>
    <message>
        <source>Smelter row {row} still says &quot;{value}&quot;.</source>
        <translation>제련소 {row}행이 아직 &quot;{value}&quot;입니다.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; contains &quot;!&quot;.</source>
        <translation>제련소 {row}행: &quot;{value}&quot;에 &quot;!&quot;가 있습니다.</translation>
    </message>
    <message>
        <source>Smelter row {row}: &quot;{value}&quot; is not Yes, No or Unknown.</source>
        <translation>제련소 {row}행: &quot;{value}&quot;은(는) Yes, No, Unknown이 아닙니다.</translation>
    </message>
    <message>
        <source>Smelter row {row}: the typed ID &quot;{value}&quot; does not match the smelter&apos;s ID &quot;{id}&quot;.</source>
        <translation>제련소 {row}행: 입력한 ID &quot;{value}&quot;이(가) 제련소 ID &quot;{id}&quot;와(과) 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Someone changed the template; check that the declaration was not altered.</source>
        <translation>누군가 템플릿을 변경했습니다. 신고 내용이 바뀌지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Someone pasted rows past the template&apos;s end; the template&apos;s formulas and the Checker ignore them.</source>
        <translation>누군가 템플릿 끝 이후에 행을 붙여 넣었습니다. 템플릿의 수식과 검사기는 이 행을 무시합니다.</translation>
    </message>
    <message>
        <source>Someone replaced the template&apos;s sheet: ask the sender for the declaration on the RMI template.</source>
        <translation>누군가 템플릿의 시트를 바꿨습니다. RMI 템플릿으로 작성된 신고를 보낸 사람에게 요청하십시오.</translation>
    </message>
    <message>
        <source>Supplier survey response for {mineral} is &quot;{value}&quot;.</source>
        <translation>{mineral}의 공급업체 설문 응답률이 &quot;{value}&quot;입니다.</translation>
    </message>
    <message>
        <source>The Minerals Scope sheet gives a reason for &quot;{mineral}&quot;, which is not a mineral of this declaration; it was left out.</source>
        <translation>Minerals Scope 시트에 &quot;{mineral}&quot;에 대한 이유가 있지만, 이 신고의 광물이 아닙니다. 제외했습니다.</translation>
    </message>
    <message>
        <source>The RMI facility list is {age} days old (from {date}).</source>
        <translation>RMI 시설 목록이 {age}일 지났습니다({date} 기준).</translation>
    </message>
    <message>
        <source>The authorizer is given as &quot;{value}&quot; instead of a name.</source>
        <translation>승인자가 이름 대신 &quot;{value}&quot;(으)로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The comment on company question {letter} is not in English.</source>
        <translation>회사 수준 질문 {letter}의 의견이 영어가 아닙니다.</translation>
    </message>
    <message>
        <source>The comment on question {number} for {mineral} is not in English.</source>
        <translation>{mineral}의 질문 {number}에 대한 의견이 영어가 아닙니다.</translation>
    </message>
    <message>
        <source>The declaration names {count} minerals; the {template} holds {capacity}.</source>
        <translation>신고에 광물이 {count}개 있지만 {template}에는 {capacity}개까지 들어갑니다.</translation>
    </message>
    <message>
        <source>The effective date &quot;{value}&quot; is not a date.</source>
        <translation>발효일 &quot;{value}&quot;은(는) 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>The effective date {date} is before 2007.</source>
        <translation>발효일 {date}이(가) 2007년 이전입니다.</translation>
    </message>
    <message>
        <source>The effective date {date} is in the future.</source>
        <translation>발효일 {date}이(가) 미래 날짜입니다.</translation>
    </message>
    <message>
        <source>The file is {template}, a revision MRT Desk has no definition for; it was read with the {layout} layout.</source>
        <translation>이 파일은 {template}로, MRT Desk에 정의가 없는 개정판입니다. {layout} 레이아웃으로 읽었습니다.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows ({newest}); it was read with the {layout} layout.</source>
        <translation>이 파일은 {template}로, MRT Desk가 아는 최신 템플릿({newest})보다 새롭습니다. {layout} 레이아웃으로 읽었습니다.</translation>
    </message>
    <message>
        <source>The file is {template}, newer than the newest template MRT Desk knows; its structure matches {layout} (verified), and it was read with that layout: {template} — layout of {layout}, verified.</source>
        <translation>이 파일은 MRT Desk가 아는 최신 템플릿보다 새로운 {template}입니다. 구조가 {layout}와(과) 일치하여(검증됨) 그 레이아웃으로 읽었습니다: {template} — {layout} 레이아웃, 검증됨.</translation>
    </message>
    <message>
        <source>The file was damaged or made by a faulty program: check this value with the sender.</source>
        <translation>파일이 손상되었거나 결함 있는 프로그램으로 만들어졌습니다. 보낸 사람과 이 값을 확인하십시오.</translation>
    </message>
    <message>
        <source>The mineral &quot;{mineral}&quot; is not named in English.</source>
        <translation>광물 &quot;{mineral}&quot;의 이름이 영어가 아닙니다.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the Product List is empty.</source>
        <translation>범위가 &quot;Product&quot;이지만 제품 목록이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The scope is &quot;Product&quot; but the first Product List row has no product number.</source>
        <translation>범위가 “제품”이지만 제품 목록의 첫 행에 제품 번호가 없습니다.</translation>
    </message>
    <message>
        <source>The workbook contains macros; MRT Desk read its values and ran nothing.</source>
        <translation>이 통합 문서에는 매크로가 있습니다. MRT Desk는 값만 읽었고 아무것도 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>The workbook has sheets the official {template} does not: {sheets}.</source>
        <translation>이 통합 문서에는 공식 {template}에 없는 시트가 있습니다: {sheets}.</translation>
    </message>
    <message>
        <source>The workbook lacks the template&apos;s sheet(s) {sheets}; their rows are read as empty.</source>
        <translation>이 통합 문서에는 템플릿의 시트 {sheets}이(가) 없습니다. 해당 행은 빈 것으로 읽습니다.</translation>
    </message>
    <message>
        <source>The {list} has data below the template&apos;s last row ({last_row}), down to row {row}; those rows were read too.</source>
        <translation>{list}에 템플릿의 마지막 행({last_row}) 아래로 {row}행까지 데이터가 있습니다. 이 행도 읽었습니다.</translation>
    </message>
    <message>
        <source>The {sheet_name} is a {kind}, not a worksheet; nothing was read from it.</source>
        <translation>{sheet_name}은(는) {kind}이며 워크시트가 아닙니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>This workbook is MRT Desk&apos;s compatible layout of {template}, not the official RMI template.</source>
        <translation>이 통합 문서는 MRT Desk의 {template} 호환 레이아웃이며 RMI 공식 템플릿이 아닙니다.</translation>
    </message>
    <message>
        <source>Use a date the template accepts.</source>
        <translation>템플릿이 허용하는 날짜를 사용하십시오.</translation>
    </message>
    <message>
        <source>Use the date the form was completed, not a planned date.</source>
        <translation>계획된 날짜가 아니라 양식 작성을 마친 날짜를 사용하십시오.</translation>
    </message>
    <message>
        <source>Use {better}, which accepts this date (ask your customer for it if they sent {template}), or a date the template accepts.</source>
        <translation>이 날짜를 허용하는 {better}을(를) 사용하거나(고객이 {template}을(를) 보냈다면 요청하십시오) 템플릿이 허용하는 날짜를 사용하십시오.</translation>
    </message>
    <message>
        <source>Watch for its renewed conformance after that date.</source>
        <translation>그 날짜 이후 적합 상태가 갱신되는지 지켜보십시오.</translation>
    </message>
    <message>
        <source>{cid} ({name}) is not on RMI&apos;s facility list.</source>
        <translation>{cid}({name})은(는) RMI 시설 목록에 없습니다.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not a mineral of this template.</source>
        <translation>제련소 {count}행의 금속이 &quot;{value}&quot;인데, 이는 이 템플릿의 광물이 아닙니다.</translation>
    </message>
    <message>
        <source>{count} smelter row(s) have metal &quot;{value}&quot;, which is not in scope.</source>
        <translation>제련소 {count}행의 금속이 &quot;{value}&quot;인데, 이는 범위에 없습니다.</translation>
    </message>
    <message>
        <source>{count} value(s) on the {list} are not in English.</source>
        <translation>{list}의 값 {count}개가 영어가 아닙니다.</translation>
    </message>
    <message>
        <source>{count} {mineral} smelter row(s) are listed although question {number} says {mineral} is not used or does not remain.</source>
        <translation>질문 {number}에서 {mineral}을(를) 사용하지 않거나 남지 않는다고 했지만 {mineral} 제련소가 {count}행 나열되어 있습니다.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{field} &quot;{value}&quot;은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>{field} holds {value}, a date Excel cannot hold; it was kept as written.</source>
        <translation>{field}의 값 {value}은(는) Excel이 담을 수 없는 날짜입니다. 입력된 그대로 유지했습니다.</translation>
    </message>
    <message>
        <source>{field} holds {value}, which is not a date; it was kept as written.</source>
        <translation>{field}의 값 {value}은(는) 날짜가 아닙니다. 입력된 그대로 유지했습니다.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{field} is not an e-mail address (it has no &quot;@&quot;).</source>
        <translation>{field}은(는) 이메일 주소가 아닙니다(&quot;@&quot;가 없음).</translation>
    </message>
    <message>
        <source>{field} is not in English.</source>
        <translation>{field}이(가) 영어가 아닙니다.</translation>
    </message>
    <message>
        <source>{field} is {value}, a date Excel cannot hold (it knows 1 March 1900 to 31 December 9999); it was written as text.</source>
        <translation>{field}이(가) {value}이며, Excel이 담을 수 없는 날짜입니다(Excel은 1900년 3월 1일부터 9999년 12월 31일까지 지원). 텍스트로 기록했습니다.</translation>
    </message>
    <message>
        <source>{field} was typed as text in which day and month could be swapped: read as {read}; it could also mean {other}.</source>
        <translation>{field}이(가) 일과 월이 바뀔 수 있는 텍스트로 입력되었습니다. {read}(으)로 읽었지만 {other}일 수도 있습니다.</translation>
    </message>
    <message>
        <source>{list} row {row}: &quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>{list} {row}행: &quot;{value}&quot;은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>{location} held characters that cannot be stored or sent (a broken character code or NUL); each was replaced by �.</source>
        <translation>{location}에 저장하거나 보낼 수 없는 문자(깨진 문자 코드 또는 NUL)가 있었습니다. 각각 �(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>{location} holds invisible control characters (such as ESC); they were kept as written.</source>
        <translation>{location}에 보이지 않는 제어 문자(ESC 등)가 있습니다. 입력된 그대로 유지했습니다.</translation>
    </message>
    <message>
        <source>{location} holds {length} characters, more than an Excel cell can hold ({limit}); it was read, but cannot be exported until shortened.</source>
        <translation>{location}에 {length}자가 있어 Excel 셀 한도({limit})를 넘습니다. 읽기는 했지만 줄이기 전에는 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>{mineral} is used in the products, but no {mineral} smelter is listed.</source>
        <translation>제품에 {mineral}이(가) 사용되지만 {mineral} 제련소가 나열되지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme (“{status}”).</source>
        <translation>{name}은(는) RMI 프로그램에서 적합도 활성도 아닙니다(&quot;{status}&quot;).</translation>
    </message>
    <message>
        <source>{name} is neither conformant nor active in RMI&apos;s programme.</source>
        <translation>{name}은(는) RMI 프로그램에서 적합도 활성도 아닙니다.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment is due on {date}.</source>
        <translation>{name}의 재평가 기한은 {date}입니다.</translation>
    </message>
    <message>
        <source>{name}&apos;s re-assessment was due on {date}.</source>
        <translation>{name}의 재평가 기한은 {date}이었습니다.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to no end; {date} fails the workbook&apos;s date check.</source>
        <translation>{template}은(는) {first}부터 종료일 없이 날짜를 허용합니다. {date}은(는) 통합 문서의 날짜 검사를 통과하지 못합니다.</translation>
    </message>
    <message>
        <source>{template} accepts dates from {first} to {last}; {date} fails the workbook&apos;s date check.</source>
        <translation>{template}은(는) {first}부터 {last}까지의 날짜를 허용합니다. {date}은(는) 통합 문서의 날짜 검사를 통과하지 못합니다.</translation>
    </message>
</context>
<context>
    <name>FindingTerm</name>
    <message>
        <source>Smelter List</source>
        <translation>제련소 목록</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>광산 목록</translation>
    </message>
    <message>
        <source>Product List</source>
        <translation>제품 목록</translation>
    </message>
    <message>
        <source>Minerals Scope</source>
        <translation>Minerals Scope 시트</translation>
    </message>
    <message>
        <source>confirm the effective date</source>
        <translation>발효일 확인</translation>
    </message>
    <message>
        <source>survey coverage</source>
        <translation>조사 응답 범위</translation>
    </message>
    <message>
        <source>option no longer exists</source>
        <translation>선택지가 더 이상 없음</translation>
    </message>
    <message>
        <source>smelter no longer in the reference list</source>
        <translation>참조 목록에 더 이상 없는 제련소</translation>
    </message>
    <message>
        <source>the new template has no mine list</source>
        <translation>새 템플릿에 광산 목록이 없음</translation>
    </message>
    <message>
        <source>direct suppliers are not required to use audited smelters</source>
        <translation>직접 공급업체에 감사받은 제련소 사용을 요구하지 않음</translation>
    </message>
    <message>
        <source>no due diligence measures are implemented</source>
        <translation>실사 조치를 시행하지 않음</translation>
    </message>
    <message>
        <source>no publicly available cobalt sourcing policy</source>
        <translation>공개된 코발트 조달 정책이 없음</translation>
    </message>
    <message>
        <source>no responsible minerals sourcing policy</source>
        <translation>책임 있는 광물 조달 정책이 없음</translation>
    </message>
    <message>
        <source>supplier due diligence information is not reviewed</source>
        <translation>공급업체 실사 정보를 검토하지 않음</translation>
    </message>
    <message>
        <source>supplier due diligence need not cover Annex II risks</source>
        <translation>공급업체 실사가 부속서 II 위험을 다루지 않아도 됨</translation>
    </message>
    <message>
        <source>suppliers are not required to exercise due diligence</source>
        <translation>공급업체에 실사를 요구하지 않음</translation>
    </message>
    <message>
        <source>the policy does not cover the OECD Annex II risks</source>
        <translation>정책이 OECD 부속서 II 위험을 다루지 않음</translation>
    </message>
    <message>
        <source>the review process has no corrective action management</source>
        <translation>검토 절차에 시정 조치 관리가 없음</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Show the findings ({count} errors)</source>
        <translation>검토 결과 보기(오류 {count}개)</translation>
    </message>
    <message>
        <source>Fold the findings panel away</source>
        <translation>검토 결과 패널 접기</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <source>Click a finding to go to its field. Errors are what RMI&apos;s Checker counts; red flags are worth a look before sending.</source>
        <translation>검토 결과를 클릭하면 해당 필드로 이동합니다. 오류는 RMI Checker가 세는 항목이며, 위험 신호는 보내기 전에 확인해 볼 만한 항목입니다.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>오류: {count}</translation>
    </message>
    <message>
        <source>Red flags: {count}</source>
        <translation>위험 신호: {count}</translation>
    </message>
    <message>
        <source>To confirm: {count}</source>
        <translation>확인 필요: {count}</translation>
    </message>
    <message>
        <source>Errors: none — every required field is filled in</source>
        <translation>오류: 없음 — 모든 필수 항목이 입력되었습니다</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>New declaration</source>
        <translation>새 신고서</translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation>통합 문서 열기…</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>템플릿 추가…</translation>
    </message>
    <message>
        <source>Roll up suppliers&apos; files…</source>
        <translation>공급업체 파일 취합…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Double-click a declaration (or press Enter) to continue filling it in.</source>
        <translation>신고서를 두 번 클릭(또는 Enter 키)하면 계속 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MRT Desk&lt;/h2&gt;&lt;p&gt;Click &lt;b&gt;New declaration&lt;/b&gt; to fill in the CMRT, CRT or EMRT your customer asked for, or &lt;b&gt;Open workbook…&lt;/b&gt; to bring in one you already have (you can also drop a .xlsx file here).&lt;/p&gt;&lt;p&gt;The official template comes from your customer&apos;s e-mail or from the Responsible Minerals Initiative&apos;s website (responsiblemineralsinitiative.org): add it once with &lt;b&gt;Add template…&lt;/b&gt; so that your export is the official workbook.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MRT Desk에 오신 것을 환영합니다&lt;/h2&gt;&lt;p&gt;&lt;b&gt;새 신고서&lt;/b&gt;를 클릭해 고객사가 요청한 CMRT, CRT 또는 EMRT를 작성하거나, &lt;b&gt;통합 문서 열기…&lt;/b&gt;로 가지고 있는 파일을 가져오십시오(.xlsx 파일을 여기에 끌어다 놓아도 됩니다).&lt;/p&gt;&lt;p&gt;공식 템플릿은 고객사의 이메일이나 Responsible Minerals Initiative(RMI) 웹사이트(responsiblemineralsinitiative.org)에서 받을 수 있습니다. &lt;b&gt;템플릿 추가…&lt;/b&gt;로 한 번 추가하면 공식 통합 문서로 내보냅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My declarations ({count})</source>
        <translation>내 신고서({count})</translation>
    </message>
    <message>
        <source>Received from suppliers ({count})</source>
        <translation>공급업체에서 받은 신고서({count})</translation>
    </message>
    <message>
        <source>Official templates added: {names}.</source>
        <translation>추가된 공식 템플릿: {names}.</translation>
    </message>
    <message>
        <source>No official template added yet: exports use the compatible layout until you add one (Add template…).</source>
        <translation>아직 공식 템플릿이 추가되지 않았습니다. 템플릿을 추가(템플릿 추가…)할 때까지 내보내기는 호환 레이아웃을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>green: accepted</source>
        <translation>녹색: 승인</translation>
    </message>
    <message>
        <source>amber: accepted, worth a look</source>
        <translation>황색: 승인, 확인 필요</translation>
    </message>
    <message>
        <source>red: not accepted</source>
        <translation>적색: 승인 안 됨</translation>
    </message>
    <message>
        <source>(no supplier matched)</source>
        <translation>(일치하는 공급업체 없음)</translation>
    </message>
    <message>
        <source>%1 (please confirm)</source>
        <translation>%1 (확인 필요)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>보고할 내용 없음</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Smelters</source>
        <translation>제련소</translation>
    </message>
    <message>
        <source>Smelters and refiners</source>
        <translation>제련소 및 정련소</translation>
    </message>
    <message>
        <source>Mine List</source>
        <translation>광산 목록</translation>
    </message>
    <message>
        <source>Optional: the mines your smelters and processors source from, one row per mine.</source>
        <translation>선택 사항: 제련소와 가공업체가 원료를 조달하는 광산을 광산별로 한 행씩 기재합니다.</translation>
    </message>
    <message>
        <source>Smelters: {count}</source>
        <translation>제련소: {count}</translation>
    </message>
    <message>
        <source>Mines: {count}</source>
        <translation>광산: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New declaration…</source>
        <translation>새 신고서(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>통합 문서 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add template…</source>
        <translation>템플릿 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Import RMI &amp;facility list…</source>
        <translation>RMI 시설 목록 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Suppliers and campaigns…</source>
        <translation>공급업체 및 캠페인(&amp;S)…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>백업 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close declaration</source>
        <translation>신고서 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
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
        <translation>저장되지 않음: {error}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>저장됨 {time}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(고객사 없음)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Open a CMRT, CRT or EMRT workbook</source>
        <translation>CMRT, CRT 또는 EMRT 통합 문서 열기</translation>
    </message>
    <message>
        <source>Add an official RMI template</source>
        <translation>RMI 공식 템플릿 추가</translation>
    </message>
    <message>
        <source>Adding the template cancelled</source>
        <translation>템플릿 추가를 취소했습니다</translation>
    </message>
    <message>
        <source>Added the official {family} {version} template</source>
        <translation>공식 {family} {version} 템플릿을 추가했습니다</translation>
    </message>
    <message>
        <source>Delete declaration</source>
        <translation>신고서 삭제</translation>
    </message>
    <message>
        <source>Delete this declaration?</source>
        <translation>이 신고서를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>고객사 없음</translation>
    </message>
</context>
<context>
    <name>NewDeclarationDialog</name>
    <message>
        <source>New declaration</source>
        <translation>새 신고서</translation>
    </message>
    <message>
        <source>Who asked for it, e.g. Lenovo</source>
        <translation>요청한 고객사(예: Lenovo)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>고객사:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>보고 기간:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Minerals to declare</source>
        <translation>신고할 광물</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>공식 템플릿 추가됨</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>기본 제공 레이아웃</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official RMI {label}.</source>
        <translation>내보내기는 공식 RMI {label} 사본에 작성합니다.</translation>
    </message>
    <message>
        <source>{family} {version} is older than {family} {newest}: {what}. Pick it only when your customer asks for this version.</source>
        <translation>{family} {version}은(는) {family} {newest}보다 오래된 버전입니다: {what}. 고객이 이 버전을 요청할 때만 선택하십시오.</translation>
    </message>
    <message>
        <source>Built-in layout: no official {family} {version} workbook has been added, so the export will be the compatible layout. Add the official template (from your customer&apos;s e-mail or RMI&apos;s website) at any time before exporting.</source>
        <translation>기본 제공 레이아웃: 공식 {family} {version} 통합 문서가 추가되지 않아 호환 레이아웃으로 내보냅니다. 공식 템플릿(고객사 이메일 또는 RMI 웹사이트에서 받은 것)은 내보내기 전에 언제든 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Tick the minerals your customer asked about: each one adds its questions to fill in.</source>
        <translation>고객사가 요청한 광물을 선택하십시오. 선택한 광물마다 작성할 질문이 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>NotListedDialog</name>
    <message>
        <source>Smelter not listed</source>
        <translation>목록에 없는 제련소</translation>
    </message>
    <message>
        <source>For a smelter that is not in RMI&apos;s list: give its name and the country it is in. Search the list first — most smelters are in it under some name.</source>
        <translation>RMI 목록에 없는 제련소의 경우 이름과 소재 국가를 입력합니다. 먼저 목록을 검색하십시오. 대부분의 제련소는 어떤 이름으로든 목록에 있습니다.</translation>
    </message>
    <message>
        <source>The smelter&apos;s name as your supplier gave it</source>
        <translation>공급업체가 알려준 제련소 이름</translation>
    </message>
    <message>
        <source>Type to find the country</source>
        <translation>입력하여 국가 찾기</translation>
    </message>
    <message>
        <source>Metal (*)</source>
        <translation>금속 (*)</translation>
    </message>
    <message>
        <source>Smelter name (*)</source>
        <translation>제련소 이름 (*)</translation>
    </message>
    <message>
        <source>Smelter country (*)</source>
        <translation>제련소 국가 (*)</translation>
    </message>
    <message>
        <source>Enter the smelter&apos;s name.</source>
        <translation>제련소 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the country from RMI&apos;s list.</source>
        <translation>RMI 목록에서 국가를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the smelter&apos;s country.</source>
        <translation>제련소 국가를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{name}: this file could not be read ({error}).</source>
        <translation>{name}: 이 파일을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>Reading {n} files …</source>
        <translation>파일 {n}개 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Blank official template</source>
        <translation>빈 공식 템플릿</translation>
    </message>
    <message>
        <source>{name} is the blank official RMI {family} {version} template, not a filled-in declaration.

Add it to your template library? Exports of {family} {version} declarations will then fill in this official workbook. To fill one in, click New declaration.</source>
        <translation>{name}은(는) 작성된 신고서가 아니라 비어 있는 RMI 공식 {family} {version} 템플릿입니다.

템플릿 라이브러리에 추가하시겠습니까? 추가하면 {family} {version} 신고서를 내보낼 때 이 공식 통합 문서에 기입됩니다. 신고서를 작성하려면 &apos;새 신고서&apos;를 클릭하십시오.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>열기를 취소했습니다</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>이 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open {n} files</source>
        <translation>파일 {n}개를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Imported {n} workbooks</source>
        <translation>통합 문서 {n}개를 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>OptionCombo</name>
    <message>
        <source>{value} (not one of the template&apos;s options)</source>
        <translation>{value}(템플릿의 선택지가 아님)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Definitions…</source>
        <translation>용어 정의…</translation>
    </message>
    <message>
        <source>What the terms in this question mean</source>
        <translation>이 질문에 쓰인 용어의 뜻</translation>
    </message>
</context>
<context>
    <name>PasteMappingDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>행 붙여넣기</translation>
    </message>
    <message>
        <source>Choose which field each pasted column fills (or Ignore). The first rows are shown below.</source>
        <translation>붙여넣은 각 열이 채울 필드를 선택하십시오(또는 무시). 처음 몇 행이 아래에 표시됩니다.</translation>
    </message>
    <message>
        <source>The first row holds column names (do not add it)</source>
        <translation>첫 행은 열 이름(추가하지 않음)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>%1 row(s) will be added; %2 of %3 column(s) are used.</source>
        <translation>%1개 행이 추가됩니다. 열 %3개 중 %2개를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Customer profile</source>
        <translation>고객 프로필</translation>
    </message>
    <message>
        <source>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</source>
        <translation>CMRT ≥ 6.6; EMRT ≥ 2.11 (Cobalt) or CRT ≥ 2.21</translation>
    </message>
    <message>
        <source>What the customer accepts: one declaration per &apos;;&apos;, alternatives joined by &apos;or&apos;, each a family with its minimum version and, in brackets, the minerals.</source>
        <translation>고객이 받는 것: 신고서마다 &apos;;&apos;로 구분하고, 대안은 &apos;or&apos;로 연결하며, 각각 템플릿 종류와 최소 버전, 괄호 안에 광물을 씁니다.</translation>
    </message>
    <message>
        <source>31 May, 30 Nov</source>
        <translation>31 May, 30 Nov</translation>
    </message>
    <message>
        <source>Who you deal with at the customer</source>
        <translation>고객사 담당자</translation>
    </message>
    <message>
        <source>Start from the Lenovo profile</source>
        <translation>Lenovo 프로필로 시작</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Request from profile</source>
        <translation>프로필로 요청 만들기</translation>
    </message>
    <message>
        <source>Accepts:</source>
        <translation>허용:</translation>
    </message>
    <message>
        <source>Due dates:</source>
        <translation>마감일:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Starting profile ({name}), editable: check it against your customer&apos;s latest request, change what differs and save it.</source>
        <translation>시작 프로필({name}), 편집 가능: 고객의 최신 요청과 대조하여 다른 점을 고친 뒤 저장하십시오.</translation>
    </message>
    <message>
        <source>No profile saved for this customer yet.</source>
        <translation>이 고객의 프로필이 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>no template accepted</source>
        <translation>허용되는 템플릿이 없습니다</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>질문 {number}</translation>
    </message>
    <message>
        <source>In the template (answer in English): {text}</source>
        <translation>템플릿 원문(영어로 답변): {text}</translation>
    </message>
    <message>
        <source>Answer for each mineral. A comment is optional.</source>
        <translation>광물별로 답변하십시오. 추가 내용은 선택 사항입니다.</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>광물</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>추가 내용</translation>
    </message>
    <message>
        <source>{mineral}: question {number}</source>
        <translation>{mineral}: 질문 {number}</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>추가 내용(선택)</translation>
    </message>
    <message>
        <source>Skipped — {reason}</source>
        <translation>건너뜀 — {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Customers and requests</source>
        <translation>고객사 및 요청</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객사 이름</translation>
    </message>
    <message>
        <source>contact@customer.com</source>
        <translation>contact@customer.com</translation>
    </message>
    <message>
        <source>Add or update customer</source>
        <translation>고객사 추가 또는 업데이트</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <source>The customer&apos;s part numbers, comma-separated</source>
        <translation>고객사 부품 번호(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Not understood in the profile: {text}</source>
        <translation>프로필에서 이해할 수 없는 부분: {text}</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name first.</source>
        <translation>먼저 고객 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Saved the profile of {name}.</source>
        <translation>{name}의 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>Not in your template library: {what}. The request names the newest built-in version; add the official template before exporting.</source>
        <translation>템플릿 라이브러리에 없음: {what}. 요청에는 최신 내장 버전이 지정됩니다. 내보내기 전에 공식 템플릿을 추가하십시오.</translation>
    </message>
    <message>
        <source>Give the customer, tick the templates and give the period.</source>
        <translation>고객을 입력하고 템플릿을 선택한 뒤 기간을 입력하십시오.</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>요청 추가</translation>
    </message>
    <message>
        <source>Remove selected request</source>
        <translation>선택한 요청 삭제</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>고객사:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Part numbers:</source>
        <translation>부품 번호:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>마감일:</translation>
    </message>
    <message>
        <source>Asks again:</source>
        <translation>재요청:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Give a name and a valid contact e-mail.</source>
        <translation>이름과 올바른 담당자 이메일을 입력하십시오.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Request added.</source>
        <translation>요청을 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database it replaces is kept in the backups folder.</source>
        <translation>데이터베이스를 대체할 백업을 선택하세요. 대체되는 데이터베이스는 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>신고서</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>There are no backups in this data folder.</source>
        <translation>이 데이터 폴더에 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database?</source>
        <translation>백업 {name}(으)로 데이터베이스를 대체할까요?</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Export review report (PDF)…</source>
        <translation>검토 보고서 내보내기(PDF)…</translation>
    </message>
    <message>
        <source>Prepare e-mail…</source>
        <translation>이메일 준비…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>변경 요청</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>발송됨으로 표시</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>초안으로 되돌리기</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>변경 요청됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
</context>
<context>
    <name>ReviewComments</name>
    <message>
        <source>Review comment</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>{where}에 대한 의견:</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>상태: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from a supplier&lt;/b&gt;</source>
        <translation>&lt;b&gt;공급업체에서 받음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This declaration was received from a supplier.</source>
        <translation>이 신고서는 공급업체에서 받은 것입니다.</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>발송 준비됨으로 표시</translation>
    </message>
    <message>
        <source>Approve the declaration first (or choose “I work alone” in Settings when no colleague reviews your declarations).</source>
        <translation>먼저 신고서를 승인하십시오(신고서를 검토하는 동료가 없으면 설정에서 &apos;혼자 작업합니다&apos;를 선택하십시오).</translation>
    </message>
    <message>
        <source>Edit the {status} declaration?</source>
        <translation>{status} 상태의 신고서를 편집하시겠습니까?</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>검토 보고서</translation>
    </message>
    <message>
        <source>Review report written to {path}</source>
        <translation>검토 보고서를 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export workbook</source>
        <translation>통합 문서 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>검토 및 내보내기</translation>
    </message>
    <message>
        <source>Check what is left, then export the workbook for your customer.</source>
        <translation>남은 항목을 확인한 다음 고객사에 보낼 통합 문서를 내보냅니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Completeness:</source>
        <translation>완성도:</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>위험 신호:</translation>
    </message>
    <message>
        <source>Smelters per metal:</source>
        <translation>금속별 제련소:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>파일 이름:</translation>
    </message>
    <message>
        <source>Add template…</source>
        <translation>템플릿 추가…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>통합 문서 내보내기…</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>마지막 내보내기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Compatible layout — NOT the official RMI template</source>
        <translation>호환 레이아웃 — RMI 공식 템플릿이 아님</translation>
    </message>
    <message>
        <source>Official RMI {family} {version} (from your library)</source>
        <translation>RMI 공식 {family} {version}(라이브러리에서)</translation>
    </message>
    <message>
        <source>The app builds a workbook with the same sheets and cells as {family} {version}, marked as not official. Customers may require the official template: add it (from your customer&apos;s e-mail or RMI&apos;s website) to export into it.</source>
        <translation>이 앱은 {family} {version}과(와) 시트와 셀이 같고 비공식으로 표시된 통합 문서를 만듭니다. 고객사가 공식 템플릿을 요구할 수 있습니다. 공식 템플릿(고객사 이메일 또는 RMI 웹사이트에서 받은 것)을 추가하면 그 템플릿으로 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the answer cells of the official workbook are filled in.</source>
        <translation>공식 통합 문서의 답변 셀만 채웁니다.</translation>
    </message>
    <message>
        <source>Complete — every required field is filled in.</source>
        <translation>완료 — 모든 필수 항목이 입력되었습니다.</translation>
    </message>
    <message>
        <source>1 required field still missing (see the findings panel).</source>
        <translation>필수 항목 1개가 아직 비어 있습니다(검토 결과 패널 참조).</translation>
    </message>
    <message>
        <source>{count} required fields still missing (see the findings panel).</source>
        <translation>필수 항목 {count}개가 아직 비어 있습니다(검토 결과 패널 참조).</translation>
    </message>
    <message>
        <source>{count} to look at</source>
        <translation>확인할 항목 {count}개</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{count} value(s) carried over from the previous declaration still to confirm.</source>
        <translation>이전 신고서에서 가져온 값 {count}개를 아직 확인해야 합니다.</translation>
    </message>
    <message>
        <source>RMI status:</source>
        <translation>RMI 상태:</translation>
    </message>
    <message>
        <source>%1: %2 conformant, %3 active, %4 other</source>
        <translation>%1: 적합 %2, 활성 %3, 기타 %4</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>통합 문서를 내보내는 중…</translation>
    </message>
    <message>
        <source>Export with missing fields?</source>
        <translation>필수 항목이 누락된 채로 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>1 required field is still missing.</source>
        <translation>필수 항목 1개가 아직 누락되었습니다.</translation>
    </message>
    <message>
        <source>{count} required fields are still missing.</source>
        <translation>필수 항목 {count}개가 아직 누락되었습니다.</translation>
    </message>
    <message>
        <source>RMI&apos;s Checker in the exported workbook will count them, and your customer will see an incomplete declaration. Export anyway?</source>
        <translation>내보낸 통합 문서에서 RMI의 Checker가 이를 집계하며, 고객사는 미완성 신고서를 받게 됩니다. 그래도 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
        <source>official template</source>
        <translation>공식 템플릿</translation>
    </message>
    <message>
        <source>compatible layout, not official</source>
        <translation>호환 레이아웃, 공식 아님</translation>
    </message>
    <message>
        <source>Saved in: {folder}</source>
        <translation>저장 위치: {folder}</translation>
    </message>
    <message>
        <source>Checker: 1 required field missing.</source>
        <translation>Checker: 필수 항목 1개 누락.</translation>
    </message>
    <message>
        <source>Checker: {count} required fields missing.</source>
        <translation>Checker: 필수 항목 {count}개 누락.</translation>
    </message>
    <message>
        <source>Exported {name} ({kind}). {checker}</source>
        <translation>{name}을(를) 내보냈습니다({kind}). {checker}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Export review report</source>
        <translation>검토 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up suppliers&apos; files</source>
        <translation>공급업체 파일 취합</translation>
    </message>
    <message>
        <source>Choose the CMRT, CRT or EMRT workbooks your suppliers sent (or drop them here). Each is read and checked; a file that cannot be read is reported and skipped. Their smelters are consolidated: one row per metal and smelter, with the suppliers that reported it.</source>
        <translation>공급업체가 보낸 CMRT, CRT 또는 EMRT 통합 문서를 선택하십시오(여기에 끌어다 놓아도 됩니다). 각 파일을 읽고 검사하며, 읽을 수 없는 파일은 보고하고 건너뜁니다. 제련소는 통합되어 금속과 제련소별로 한 행에 보고한 공급업체와 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Roll up</source>
        <translation>취합</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>아직 선택한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>Consolidated smelters</source>
        <translation>통합된 제련소</translation>
    </message>
    <message>
        <source>Merge into this declaration</source>
        <translation>이 신고서에 병합</translation>
    </message>
    <message>
        <source>Save consolidated workbook…</source>
        <translation>통합 문서 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen.</source>
        <translation>
            <numerusform>파일 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your suppliers&apos; workbooks</source>
        <translation>공급업체 통합 문서 선택</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>현재 파일을 마친 후 중지합니다…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 읽는 중(%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>%1 file(s) read, %2 not readable; %3 consolidated smelter(s).</source>
        <translation>파일 %1개를 읽었고 %2개는 읽을 수 없었습니다. 통합된 제련소 %3개.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>취소되었습니다. </translation>
    </message>
    <message>
        <source>Suppliers (%1)</source>
        <translation>공급업체(%1)</translation>
    </message>
    <message>
        <source>Consolidated smelters (%1)</source>
        <translation>통합된 제련소(%1)</translation>
    </message>
    <message>
        <source>The roll-up stopped: %1</source>
        <translation>취합이 중지되었습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smelter(s) added to this declaration (Undo removes them).</source>
        <translation>
            <numerusform>이 신고서에 제련소 %n개를 추가했습니다(실행 취소로 제거됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>This declaration already lists every consolidated smelter.</source>
        <translation>이 신고서에는 통합된 제련소가 모두 있습니다.</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>통합 문서 저장</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Edit “%1” in row %2</source>
        <translation>%2행의 &apos;%1&apos; 편집</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>행 삭제(여러 개)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add smelter</source>
        <translation>제련소 추가</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>제품 추가</translation>
    </message>
    <message>
        <source>Add mine</source>
        <translation>광산 추가</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 제거</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>선택한 행 제거(Delete)</translation>
    </message>
    <message>
        <source>Paste rows…</source>
        <translation>행 붙여넣기…</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or a CSV file (Ctrl+V), then map their columns</source>
        <translation>Excel 또는 CSV 파일에서 복사한 행을 붙여넣은 다음(Ctrl+V) 열을 매핑합니다</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>행 필터…</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>붙여넣을 내용이 없습니다</translation>
    </message>
    <message>
        <source>Copy rows in Excel (or a CSV file) first, then paste them here.</source>
        <translation>먼저 Excel(또는 CSV 파일)에서 행을 복사한 다음 여기에 붙여넣으십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n개 행 붙여넣기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>{n} change(s) wait: {problem} What you typed is kept and saved when it answers again.</source>
        <translation>변경 {n}건 대기 중: {problem} 입력한 내용은 유지되며 응답이 돌아오면 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope &amp; products</source>
        <translation>범위 및 제품</translation>
    </message>
    <message>
        <source>What this declaration covers</source>
        <translation>이 신고서의 범위</translation>
    </message>
    <message>
        <source>Minerals you declare (uncheck those your customer did not ask for)</source>
        <translation>신고할 광물(고객사가 요청하지 않은 광물은 선택 해제)</translation>
    </message>
    <message>
        <source>Why each mineral is in this declaration (Minerals Scope sheet)</source>
        <translation>각 광물이 이 신고에 포함된 이유(Minerals Scope 시트)</translation>
    </message>
    <message>
        <source>Product List — required for scope “B. Product”: list each product this declaration covers (the product number is required).</source>
        <translation>제품 목록 — 범위가 &apos;B. Product&apos;인 경우 필수: 이 신고서가 다루는 제품을 모두 기재하십시오(제품 번호 필수).</translation>
    </message>
    <message>
        <source>Product List — only needed when the scope is “B. Product”.</source>
        <translation>제품 목록 — 범위가 &apos;B. Product&apos;인 경우에만 필요합니다.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Smelter (standard name)</source>
        <translation>제련소(표준 이름)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Smelter ID</source>
        <translation>제련소 ID</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>금속</translation>
    </message>
    <message>
        <source>%1 — listed as “%2”</source>
        <translation>%1 — &apos;%2&apos;(으)로 등재</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Flag RMI re-assessments &amp;due within:</source>
        <translation>RMI 재평가 기한 미리 표시(&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>시스템 언어({language})</translation>
    </message>
    <message>
        <source>I work alone: no colleague reviews my declarations before they are sent</source>
        <translation>혼자 작업합니다: 발송 전에 신고서를 검토하는 동료가 없음</translation>
    </message>
    <message>
        <source>The questions are shown in RMI&apos;s translation where the template has one. Answers and comments must still be written in English: the workbook you send is in English.</source>
        <translation>템플릿에 RMI 번역이 있으면 질문이 그 번역으로 표시됩니다. 하지만 답변과 추가 내용은 영어로 작성해야 합니다. 보내는 통합 문서는 영어로 되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>SmelterRowsModel</name>
    <message>
        <source>Duplicate: the same smelter as row %1 (same metal, ID and mine of origin).</source>
        <translation>중복: %1행과 같은 제련소입니다(금속, ID, 원산 광산이 같음).</translation>
    </message>
    <message>
        <source>Not found in RMI&apos;s smelter list: check the name, or keep it as “Smelter not listed” with its country.</source>
        <translation>RMI 제련소 목록에 없습니다. 이름을 확인하거나, &apos;Smelter not listed&apos;(목록에 없는 제련소)로 두고 국가를 입력하십시오.</translation>
    </message>
    <message>
        <source>The ID %1 does not match the smelter&apos;s name, whose ID is %2.</source>
        <translation>ID %1이(가) 제련소 이름의 ID %2와(과) 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a mineral in the scope of this declaration.</source>
        <translation>&apos;%1&apos;은(는) 이 신고서 범위의 광물이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not in the template&apos;s Smelter Look-up.</source>
        <translation>%1은(는) 템플릿의 Smelter Look-up(제련소 찾기)에 없습니다.</translation>
    </message>
    <message>
        <source>Listed by RMI as “%1” (%2, %3): use “Apply suggested smelter”.</source>
        <translation>RMI에 &apos;%1&apos;(%2, %3)(으)로 등재되어 있습니다. &apos;제안된 제련소 적용&apos;을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>SmelterSearch</name>
    <message>
        <source>Search RMI&apos;s smelter list: name, alias or CID (e.g. CID002763)…</source>
        <translation>RMI 제련소 목록 검색: 이름, 별칭 또는 CID(예: CID002763)…</translation>
    </message>
    <message>
        <source>Search the smelters of this metal only</source>
        <translation>이 금속의 제련소만 검색</translation>
    </message>
    <message>
        <source>All minerals in scope</source>
        <translation>범위 내 모든 광물</translation>
    </message>
    <message>
        <source>Add the official template to search RMI&apos;s smelter list (home page → Add template…). Until then, add rows and type the smelters in.</source>
        <translation>RMI 제련소 목록을 검색하려면 공식 템플릿을 추가하십시오(홈 → 템플릿 추가…). 그때까지는 행을 추가하고 제련소를 직접 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SmeltersPage</name>
    <message>
        <source>&lt;b&gt;Add a smelter&lt;/b&gt; — type a name, an alias or a CID:</source>
        <translation>&lt;b&gt;제련소 추가&lt;/b&gt; — 이름, 별칭 또는 CID 입력:</translation>
    </message>
    <message>
        <source>Smelter not listed…</source>
        <translation>목록에 없는 제련소…</translation>
    </message>
    <message>
        <source>A smelter that is not in RMI&apos;s list: enter its name and country</source>
        <translation>RMI 목록에 없는 제련소: 이름과 국가 입력</translation>
    </message>
    <message>
        <source>Smelter not yet identified</source>
        <translation>제련소 미확인</translation>
    </message>
    <message>
        <source>Add a blank row</source>
        <translation>빈 행 추가</translation>
    </message>
    <message>
        <source>Import Smelter List…</source>
        <translation>제련소 목록 가져오기…</translation>
    </message>
    <message>
        <source>Add the Smelter List of another CMRT, CRT or EMRT workbook</source>
        <translation>다른 CMRT, CRT 또는 EMRT 통합 문서의 제련소 목록 추가</translation>
    </message>
    <message>
        <source>Merge suppliers&apos; smelter lists…</source>
        <translation>공급업체 제련소 목록 병합…</translation>
    </message>
    <message>
        <source>Roll up the files your suppliers sent and add their smelters here</source>
        <translation>공급업체가 보낸 파일을 취합해 그 제련소를 여기에 추가합니다</translation>
    </message>
    <message>
        <source>Apply suggested smelter</source>
        <translation>제안된 제련소 적용</translation>
    </message>
    <message>
        <source>To see which smelters are RMI-conformant or active, download RMI&apos;s facility lists (responsiblemineralsinitiative.org, Conformant and Active smelters and refiners, “Download Data”) and import them with File ▸ Import RMI facility list…</source>
        <translation>어떤 제련소가 RMI 적합 또는 활성 상태인지 보려면 RMI 시설 목록(responsiblemineralsinitiative.org, 적합 및 활성 제련소·정련소, “Download Data”)을 다운로드한 뒤 파일 ▸ RMI 시설 목록 가져오기…로 가져오십시오.</translation>
    </message>
    <message>
        <source>Add smelter %1</source>
        <translation>제련소 %1 추가</translation>
    </message>
    <message>
        <source>Add %1 (not listed)</source>
        <translation>%1 추가(목록에 없음)</translation>
    </message>
    <message>
        <source>Add %1 smelter not yet identified</source>
        <translation>미확인 %1 제련소 추가</translation>
    </message>
    <message>
        <source>Import the Smelter List of a workbook</source>
        <translation>통합 문서의 제련소 목록 가져오기</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>이 파일을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>가져올 내용이 없습니다</translation>
    </message>
    <message>
        <source>%1 lists no smelters.</source>
        <translation>%1에는 제련소가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n smelter(s)</source>
        <translation>
            <numerusform>제련소 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n smelter(s) from suppliers</source>
        <translation>
            <numerusform>공급업체에서 제련소 %n개 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, “%2” (not listed), looks like RMI&apos;s listed smelter “%3” (%4, %5).</source>
        <translation>%1행의 &apos;%2&apos;(목록에 없음)은(는) RMI에 등재된 제련소 &apos;%3&apos;(%4, %5)인 것 같습니다.</translation>
    </message>
    <message>
        <source>Use %1 for row %2</source>
        <translation>%2행에 %1 사용</translation>
    </message>
</context>
<context>
    <name>StartFromPrevious</name>
    <message>
        <source>Start from &amp;previous…</source>
        <translation>이전 신고서에서 시작(&amp;P)…</translation>
    </message>
    <message>
        <source>Start from &amp;previous declaration…</source>
        <translation>이전 신고서에서 시작(&amp;P)…</translation>
    </message>
    <message>
        <source>A new draft for the next period, on the newest template, with this one&apos;s answers</source>
        <translation>최신 템플릿으로 다음 기간의 새 초안을 만들고 이 신고서의 답변을 가져옵니다</translation>
    </message>
    <message>
        <source>Select last period&apos;s declaration in the list first</source>
        <translation>먼저 목록에서 지난 기간의 신고서를 선택하십시오</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the new draft</source>
        <translation>새 초안을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>New {family} {version} draft: {n} item(s) to confirm again</source>
        <translation>새 {family} {version} 초안: 다시 확인할 항목 {n}개</translation>
    </message>
</context>
<context>
    <name>StartFromPreviousDialog</name>
    <message>
        <source>Start from previous declaration</source>
        <translation>이전 신고서에서 시작</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(고객사 없음)</translation>
    </message>
    <message>
        <source>A new draft gets the answers, smelters and products of &lt;b&gt;{who} — {source}{period}&lt;/b&gt;. You confirm again what may have changed since: the effective date, the survey coverage and anything the new version asks differently.</source>
        <translation>새 초안은 &lt;b&gt;{who} — {source}{period}&lt;/b&gt;의 답변, 제련소, 제품을 가져옵니다. 그 사이 바뀌었을 수 있는 항목(유효 날짜, 조사 응답 범위, 새 버전에서 질문이 달라진 항목)은 다시 확인합니다.</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>예: {year}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>보고 기간(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>초안 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>official template added</source>
        <translation>공식 템플릿 추가됨</translation>
    </message>
    <message>
        <source>built-in layout</source>
        <translation>기본 제공 레이아웃</translation>
    </message>
    <message>
        <source>The new draft is a {family} {version}.</source>
        <translation>새 초안은 {family} {version}입니다.</translation>
    </message>
    <message>
        <source>Export will fill in your copy of the official workbook.</source>
        <translation>내보낼 때 보관된 공식 통합 문서에 기입합니다.</translation>
    </message>
    <message>
        <source>No official {family} {version} workbook has been added yet: add it before exporting (otherwise the export is the compatible layout).</source>
        <translation>공식 {family} {version} 통합 문서가 아직 추가되지 않았습니다. 내보내기 전에 추가하십시오(추가하지 않으면 호환 레이아웃으로 내보냅니다).</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>Supplier</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>Li Wei &lt;li.wei@example.com&gt; — one per line</source>
        <translation>Li Wei &lt;li.wei@example.com&gt; — 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>e.g. Tin, Gold — empty for all</source>
        <translation>예: Tin, Gold — 비워 두면 전체</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>회사:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <source>Metals supplied:</source>
        <translation>공급 금속:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>부품:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>완성도</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>위험 신호</translation>
    </message>
    <message>
        <source>Smelters</source>
        <translation>제련소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) missing</source>
        <translation>
            <numerusform>필수 항목 %n개 누락</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>읽지 못함: %1</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Metals</source>
        <translation>금속</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>부품</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message>
        <source>Suppliers and campaigns</source>
        <translation>공급업체 및 캠페인</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>목록 가져오기…</translation>
    </message>
    <message>
        <source>Add from a received file…</source>
        <translation>받은 파일에서 추가…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>공급업체</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation>공급업체 가져오기</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported.</source>
        <translation>취소됨: 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 못함: %1</translation>
    </message>
    <message>
        <source>%1 supplier(s) added, %2 updated.</source>
        <translation>공급업체 %1곳 추가, %2곳 갱신.</translation>
    </message>
    <message>
        <source>A file a supplier sent</source>
        <translation>공급업체가 보낸 파일</translation>
    </message>
    <message>
        <source>Cancelled: no supplier added.</source>
        <translation>취소됨: 공급업체를 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 does not name its company.</source>
        <translation>%1에 회사 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>팀 데이터베이스에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Try again, or work in your local store meanwhile.</source>
        <translation>다시 시도하거나 그동안 로컬 저장소에서 작업하세요.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Open my local store</source>
        <translation>내 로컬 저장소 열기</translation>
    </message>
    <message>
        <source>{who} changed this declaration (now {status}).</source>
        <translation>{who}님이 이 신고서를 변경했습니다(현재 {status}).</translation>
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
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Connect and use it</source>
        <translation>연결하여 사용(&amp;C)</translation>
    </message>
    <message>
        <source>Use my &amp;local store</source>
        <translation>내 로컬 저장소 사용(&amp;L)</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>팀 역할 없음</translation>
    </message>
    <message>
        <source>Working in the team database {where} as {user} ({role}).</source>
        <translation>팀 데이터베이스 {where}에서 {user}({role})(으)로 작업 중입니다.</translation>
    </message>
    <message>
        <source>Working in the local store on this computer.</source>
        <translation>이 컴퓨터의 로컬 저장소에서 작업 중입니다.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source> — {minerals} only</source>
        <translation> — {minerals}만</translation>
    </message>
    <message>
        <source>  (built-in layout: add the official template before exporting)</source>
        <translation>  (내장 레이아웃: 내보내기 전에 공식 템플릿을 추가하십시오)</translation>
    </message>
</context>
<context>
    <name>TemplateRefusal</name>
    <message>
        <source>Cannot add this template</source>
        <translation>이 템플릿을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 외 {n}개</translation>
    </message>
    <message>
        <source>{name} was not added: its structure differs from the RMI template it names, so MRT Desk will not write a declaration into it.

What differs:
{lines}

Use the blank template exactly as downloaded from RMI or sent by your customer. If it is genuine, RMI changed the template and MRT Desk needs an update for it.</source>
        <translation>{name}을(를) 추가하지 않았습니다: 표시된 RMI 템플릿과 구조가 달라 MRT Desk가 신고서를 기록하지 않습니다.

다른 점:
{lines}

RMI에서 내려받았거나 고객이 보낸 그대로의 빈 템플릿을 사용하십시오. 정품이라면 RMI가 템플릿을 변경한 것이며 MRT Desk 업데이트가 필요합니다.</translation>
    </message>
    <message>
        <source>Not the template it claims to be</source>
        <translation>표시된 템플릿이 아닙니다</translation>
    </message>
</context>
<context>
    <name>WorkAlone</name>
    <message>
        <source>Review before sending</source>
        <translation>발송 전 검토</translation>
    </message>
    <message>
        <source>Does a colleague review and approve your declarations before they are sent?

Yes: keep the review workflow (submit, approve, then prepare the e-mail).
No, I work alone: a declaration goes straight from draft to ready to send.

You can change this later in Settings.</source>
        <translation>신고서를 발송하기 전에 동료가 검토하고 승인합니까?

예: 검토 절차를 유지합니다(제출, 승인 후 이메일 준비).
아니요, 혼자 작업합니다: 신고서가 초안에서 바로 발송 준비 상태가 됩니다.

이 설정은 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>gating</name>
    <message>
        <source>Not required because Q1 for {mineral} is “{answer}”.</source>
        <translation>필수 아님: {mineral}의 질문 1 답변이 &apos;{answer}&apos;입니다.</translation>
    </message>
    <message>
        <source>Not required because Q2 for {mineral} is “{answer}”.</source>
        <translation>필수 아님: {mineral}의 질문 2 답변이 &apos;{answer}&apos;입니다.</translation>
    </message>
    <message>
        <source>Not required: RMI&apos;s Checker does not count this question. You may still answer.</source>
        <translation>필수 아님: RMI 검사기는 이 질문을 세지 않습니다. 그래도 답할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not required because no mineral is used and remaining in your products (each one stops at question 1 or 2). You may still answer.</source>
        <translation>필수 아님: 제품에 사용되어 남아 있는 광물이 없습니다(모든 광물이 질문 1 또는 2에서 끝남). 그래도 답변할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>“Intentionally added” means the metal is used on purpose to give the product a property, reaction or quality — not a naturally occurring by-product. Answer for your products (or the scope you chose) and their production process.</source>
        <translation>&apos;의도적 첨가&apos;란 제품에 특정 특성, 반응 또는 품질을 부여하기 위해 금속을 의도적으로 사용하는 것을 말하며, 자연적으로 생기는 부산물은 해당하지 않습니다. 귀사 제품(또는 선택한 범위)과 그 생산 공정에 대해 답변하십시오.</translation>
    </message>
    <message>
        <source>Does the metal remain in the finished product(s)? A metal used only in the process (e.g. a catalyst) and not left in the product is “No”.</source>
        <translation>금속이 완제품에 남아 있습니까? 공정에서만 쓰이고(예: 촉매) 제품에 남지 않는 금속은 &apos;No&apos;(아니요)입니다.</translation>
    </message>
    <message>
        <source>Covered countries (SEC term): the Democratic Republic of the Congo and its nine neighbours — Angola, Burundi, Central African Republic, Republic of the Congo, Rwanda, South Sudan, Tanzania, Uganda and Zambia.</source>
        <translation>대상 국가(SEC 용어): 콩고민주공화국과 인접 9개국 — 앙골라, 부룬디, 중앙아프리카공화국, 콩고공화국, 르완다, 남수단, 탄자니아, 우간다, 잠비아.</translation>
    </message>
    <message>
        <source>Conflict-affected and high-risk areas (CAHRA) are areas in armed conflict, fragile post-conflict areas, or areas with weak or no governance and security, and widespread violations of international law including human-rights abuses.</source>
        <translation>분쟁 및 고위험 지역(CAHRA)은 무력 분쟁 중인 지역, 분쟁 후 불안정한 지역, 또는 통치와 치안이 취약하거나 없고 인권 침해를 포함한 국제법 위반이 만연한 지역을 말합니다.</translation>
    </message>
    <message>
        <source>Recycled or scrap sources are metals reclaimed from end-user or post-consumer products, or scrap created during manufacturing.</source>
        <translation>재활용 및 스크랩 원료란 최종 사용자 제품이나 사용 후 제품에서 회수한 금속, 또는 제조 중에 생긴 스크랩을 말합니다.</translation>
    </message>
    <message>
        <source>Of the suppliers that supply this metal to you, what share answered your survey?</source>
        <translation>이 금속을 공급하는 공급업체 중 귀사의 조사에 응답한 비율은 얼마입니까?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or refiner in your supply chain for this metal? A smelter or refiner turns ore, slag or scrap into refined metal.</source>
        <translation>공급망에서 이 금속의 제련소 또는 정련소를 모두 확인했습니까? 제련소 또는 정련소는 광석, 슬래그 또는 스크랩을 정제 금속으로 만드는 시설입니다.</translation>
    </message>
    <message>
        <source>Is every smelter your suppliers reported to you listed on the Smelter List tab?</source>
        <translation>공급업체가 보고한 모든 제련소가 Smelter List(제련소 목록) 탭에 기재되어 있습니까?</translation>
    </message>
    <message>
        <source>Have you identified every smelter or processor in your supply chain for this mineral?</source>
        <translation>공급망에서 이 광물의 제련소 또는 가공업체를 모두 확인했습니까?</translation>
    </message>
    <message>
        <source>Company-level questions describe your due-diligence programme as a whole: your sourcing policy, whether you survey suppliers and review what they send back. A policy that is published needs its web address (URL) in the comment.</source>
        <translation>회사 차원 질문은 실사 프로그램 전체에 관한 것입니다: 조달 정책, 공급업체 조사 여부, 받은 답변의 검토 여부 등. 공개된 정책은 추가 내용에 웹 주소(URL)를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Scope says what this declaration covers: “A. Company” — everything your company makes; “B. Product” — only the products you list below; “C. User defined” — describe it.</source>
        <translation>범위는 이 신고서가 다루는 대상을 나타냅니다: &apos;A. Company&apos; — 귀사가 만드는 모든 제품, &apos;B. Product&apos; — 아래에 기재한 제품만, &apos;C. User defined&apos; — 직접 설명.</translation>
    </message>
    <message>
        <source>A smelter or refiner turns ore, slag or scrap into refined metal. List every smelter your suppliers reported, one row per metal. If you do not know it yet, choose “Smelter not yet identified”; if it is not on RMI&apos;s Smelter Look-up, choose “Smelter not listed” and give its name and country.</source>
        <translation>제련소 또는 정련소는 광석, 슬래그 또는 스크랩을 정제 금속으로 만드는 시설입니다. 공급업체가 보고한 모든 제련소를 금속별로 한 행씩 기재하십시오. 아직 모르면 &apos;Smelter not yet identified&apos;(제련소 미확인)를, RMI의 Smelter Look-up에 없으면 &apos;Smelter not listed&apos;(목록에 없는 제련소)를 선택하고 이름과 국가를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>{path} 편집</translation>
    </message>
    <message>
        <source>Change minerals</source>
        <translation>광물 변경</translation>
    </message>
</context>
</TS>
