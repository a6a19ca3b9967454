<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssistedBar</name>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <location filename="../../kiosk/assisted_bar.py" line="146"/>
        <location filename="../../kiosk/assisted_bar.py" line="179"/>
        <source>Assisted by %1</source>
        <translation>协助人员：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="138"/>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="148"/>
        <source>Check overridden.</source>
        <translation>已跳过检查。</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="167"/>
        <source>There is no check on this page that staff can override.</source>
        <translation>此页面没有工作人员可以跳过的检查。</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="180"/>
        <source>Staff tools</source>
        <translation>工作人员工具</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="181"/>
        <source>Visit assisted</source>
        <translation>已协助</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="182"/>
        <source>Priority visit</source>
        <translation>优先办理</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="183"/>
        <source>Add a staff note</source>
        <translation>添加工作人员备注</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="184"/>
        <source>Leave kiosk mode</source>
        <translation>退出自助机模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="185"/>
        <source>Override a check</source>
        <translation>跳过检查</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="186"/>
        <source>Book an appointment</source>
        <translation>安排预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="187"/>
        <source>Hand back</source>
        <translation>交还</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="188"/>
        <location filename="../../kiosk/assisted_bar.py" line="231"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="189"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="191"/>
        <source>Only the council can read this note (up to %1 characters).</source>
        <translation>只有市政部门可以阅读此备注（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="226"/>
        <source>Override this check: “%1” Give the reason.</source>
        <translation>跳过此项检查：“%1” 请说明原因。</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="228"/>
        <source>Override the check</source>
        <translation>跳过此项检查</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="230"/>
        <source>Staff note</source>
        <translation>工作人员备注</translation>
    </message>
    <message>
        <location filename="../../kiosk/assisted_bar.py" line="240"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="312"/>
        <source>Looking for free times…</source>
        <translation>正在查找空闲时段…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="322"/>
        <source>The free times could not be read. Try again.</source>
        <translation>无法读取空闲时段。请重试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="351"/>
        <source>Choose a service to see its free times.</source>
        <translation>请选择一项服务，查看它的空闲时段。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="354"/>
        <source>No free times are left today for this service. Book another way.</source>
        <translation>此服务今天已没有空闲时段。请通过其他方式预约。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="357"/>
        <source>Free times today (30 minutes each):</source>
        <translation>今天的空闲时段（每个 30 分钟）：</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="389"/>
        <source>Booking…</source>
        <translation>正在预约…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="404"/>
        <source>%1, today at</source>
        <translation>%1，今天时间：</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="416"/>
        <source>Printing the appointment slip…</source>
        <translation>正在打印预约单…</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="425"/>
        <source>Take the appointment slip from the printer.</source>
        <translation>请从打印机取走预约单。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="428"/>
        <source>The printer is not working. Please note the reference: %1</source>
        <translation>打印机无法使用。请记下预约编号：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="446"/>
        <source>Not booked: this kiosk&apos;s storage is failing. Tell IT support.</source>
        <translation>未能预约：这台自助机的存储出现故障。请告知 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="448"/>
        <source>Not booked because of a fault (%1). Try again, or tell IT support.</source>
        <translation>因故障未能预约（%1）。请重试，或告知 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="486"/>
        <source>Choose a service.</source>
        <translation>请选择一项服务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="487"/>
        <source>Choose a time.</source>
        <translation>请选择一个时间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="489"/>
        <source>That is not one of the times on offer. Choose one of the times shown.</source>
        <translation>该时间不在可选范围内。请从显示的时间中选择一个。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="492"/>
        <source>That time has passed or is too soon to book. Choose a later time.</source>
        <translation>该时间已过，或离现在太近，无法预约。请选择更晚的时间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="494"/>
        <source>Someone has just booked that time. Choose another time.</source>
        <translation>该时间刚刚被别人预约了。请选择其他时间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="495"/>
        <source>Enter the resident&apos;s surname, in letters.</source>
        <translation>请用文字输入居民的姓氏。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="496"/>
        <source>The surname is too long. Use up to 80 characters.</source>
        <translation>姓氏太长。最多可输入 80 个字符。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="497"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>请输入有效的出生日期，例如 27 3 1985。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="498"/>
        <source>The date of birth must be in the past.</source>
        <translation>出生日期必须是过去的日期。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="500"/>
        <source>This kiosk has no appointment list for today, so it cannot book. Tell IT support.</source>
        <translation>这台自助机没有今天的预约名单，因此无法预约。请告知 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="506"/>
        <source>Book an appointment for later today</source>
        <translation>预约今天稍后的时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="507"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="510"/>
        <source>This kiosk can only book a time later today, here in this building. For another day, the resident needs to contact the council.</source>
        <translation>这台自助机只能预约今天稍后的时间，地点就在这栋楼。如需预约其他日期，居民需要联系市政部门。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="514"/>
        <source>There is a problem</source>
        <translation>有问题需要处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="515"/>
        <source>1. Service</source>
        <translation>1. 服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="518"/>
        <source>2. Time</source>
        <translation>2. 时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="520"/>
        <source>3. Resident</source>
        <translation>3. 居民</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="521"/>
        <location filename="../../kiosk/booking_panel.py" line="522"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="523"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="524"/>
        <source>For example, 27 3 1985</source>
        <translation>例如：27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="526"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="527"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="528"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="534"/>
        <source>The kiosk keeps only a code made from the surname and date of birth. Only the council can read them.</source>
        <translation>自助机只保存由姓氏和出生日期生成的代码。只有市政部门可以读取姓氏和出生日期。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="538"/>
        <source>Book appointment</source>
        <translation>确认预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="539"/>
        <source>Appointment booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="540"/>
        <source>Reference</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="542"/>
        <source>Check in at any kiosk with this reference, or your surname and date of birth.</source>
        <translation>您可以在任何一台自助机上用此编号签到，也可以用您的姓氏和出生日期签到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="544"/>
        <source>Write the reference down, or take a photo of it.</source>
        <translation>请记下编号，或拍照保存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="545"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/booking_panel.py" line="546"/>
        <source>Book another appointment</source>
        <translation>再预约一次</translation>
    </message>
</context>
<context>
    <name>CheckInPages</name>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="232"/>
        <source>Today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="296"/>
        <source>Enter your booking reference</source>
        <translation>请输入预约编号</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="297"/>
        <source>Enter your surname</source>
        <translation>请输入您的姓氏</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="298"/>
        <source>That code is too long to be one of ours.</source>
        <translation>此代码太长，不是我们的代码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="304"/>
        <source>A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2.</source>
        <translation>预约编号由2个字母和5个字母或数字组成，例如 TH-4K7Q2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="307"/>
        <source>We cannot find an appointment today with that reference.</source>
        <translation>我们找不到与此预约编号对应的今天的预约。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="309"/>
        <source>That code is not one of our booking codes.</source>
        <translation>此代码不是我们的预约代码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="310"/>
        <source>That booking is for a different council building.</source>
        <translation>此预约属于另一处市政办公楼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="311"/>
        <source>Enter a real date of birth, for example 27 3 1985.</source>
        <translation>请输入有效的出生日期，例如 27 3 1985。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="313"/>
        <source>We cannot find an appointment today for that surname and date of birth.</source>
        <translation>我们找不到与此姓氏和出生日期对应的今天的预约。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="315"/>
        <source>You are early. You can check in from %1.</source>
        <translation>您来早了。您可以从 %1 起签到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="317"/>
        <source>Your appointment time has passed. Please take a ticket or ask a member of staff.</source>
        <translation>您的预约时间已过。请取号，或询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="319"/>
        <source>You have already checked in. Your number is %1.</source>
        <translation>您已经签到。您的号码是 %1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="327"/>
        <source>How do you want to find your appointment?</source>
        <translation>您想如何查找您的预约？</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="328"/>
        <source>Type your booking reference</source>
        <translation>输入预约编号</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="329"/>
        <location filename="../../kiosk/checkin_pages.py" line="335"/>
        <source>Scan the QR code on your letter</source>
        <translation>扫描信件上的 QR 码</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="330"/>
        <source>Use your surname and date of birth</source>
        <translation>使用姓氏和出生日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="331"/>
        <source>What is your booking reference?</source>
        <translation>您的预约编号是什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="333"/>
        <source>It is on your appointment letter or text message, for example TH-4K7Q2.</source>
        <translation>预约编号在您的预约信件或短信中，例如 TH-4K7Q2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="336"/>
        <source>Hold the QR code on your letter under the scanner.</source>
        <translation>请将信件上的 QR 码放在扫描器下方。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="337"/>
        <source>Or hold it up to the camera above the screen.</source>
        <translation>也可以将它对准屏幕上方的摄像头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="338"/>
        <source>Type your booking reference instead</source>
        <translation>改为输入预约编号</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="339"/>
        <source>What is your surname?</source>
        <translation>您的姓氏是什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="340"/>
        <source>What is your date of birth?</source>
        <translation>您的出生日期是哪天？</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="341"/>
        <source>For example, 27 3 1985</source>
        <translation>例如：27 3 1985</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="342"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="343"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="344"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="348"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="349"/>
        <source>Your appointment</source>
        <translation>您的预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="350"/>
        <source>Check this is your appointment, then press Check in.</source>
        <translation>请确认这是您的预约，然后按“签到”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="351"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="352"/>
        <source>Take a ticket instead</source>
        <translation>改为取号</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin_pages.py" line="354"/>
        <source>You are checked in</source>
        <translation>您已签到</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../kiosk/board.py" line="227"/>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="228"/>
        <source>Please wait for your number to be called.</source>
        <translation>请等候叫号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="229"/>
        <source>Called recently</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../../kiosk/board.py" line="230"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
</context>
<context>
    <name>DocumentCapture</name>
    <message>
        <location filename="../../ui/scan_words.py" line="16"/>
        <source>The scanner is not connected.</source>
        <translation>扫描器未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="19"/>
        <source>Paper is stuck in the feeder. Open the feeder cover, take the paper out gently, then scan again.</source>
        <translation>进纸器卡纸了。请打开进纸器盖板，轻轻取出纸张，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="24"/>
        <source>There is no paper in the feeder. Put your pages in face up, then scan again.</source>
        <translation>进纸器里没有纸。请将页面正面朝上放入，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="28"/>
        <source>The scanner&apos;s cover is open. Close it, then scan again.</source>
        <translation>扫描器盖板开着。请盖好，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="31"/>
        <source>The scanner is busy. Wait a moment, then scan again.</source>
        <translation>扫描器正忙。请稍等片刻，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="34"/>
        <source>The scanner sent a page we could not read. Scan it again.</source>
        <translation>扫描器传来的页面无法读取。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="37"/>
        <source>There are more pages in the feeder than this document can have. Take the rest out of the feeder.</source>
        <translation>进纸器里的页数超过了此文件允许的页数。请从进纸器中取出多余的页面。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="42"/>
        <source>The scanner is not working.</source>
        <translation>扫描器无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="52"/>
        <source>This page looks blank. Check the page is face down on the glass, then scan it again.</source>
        <translation>此页看起来是空白的。请检查页面是否正面朝下放在玻璃上，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="56"/>
        <source>This page is too dark to read. Close the lid fully, then scan it again.</source>
        <translation>此页太暗，无法看清。请把盖板完全盖好，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="60"/>
        <source>This page is very faint. Check it can be read.</source>
        <translation>此页非常浅淡。请检查是否能看清。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="63"/>
        <source>This page looks blurred. Keep the page flat and still, then scan it again.</source>
        <translation>此页看起来模糊。请将页面放平并保持不动，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="67"/>
        <source>Part of this page may be cut off. Move the page into the corner, then scan it again.</source>
        <translation>此页可能有部分没有扫到。请将页面移到角上，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_words.py" line="71"/>
        <source>This page is very crooked. Line it up with the edge of the glass, then scan it again.</source>
        <translation>此页放得很歪。请将它与玻璃边缘对齐，然后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="383"/>
        <source>Put the page face down on the glass, in the corner with the mark. Close the lid, then tap Scan.</source>
        <translation>请将页面正面朝下放在玻璃上，对齐有标记的角。盖好盖板，然后点按“扫描”。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="387"/>
        <source>Put the pages face up in the feeder, top edge first. Then tap Scan.</source>
        <translation>请将页面正面朝上放入进纸器，顶端先放入。然后点按“扫描”。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="390"/>
        <source>Put the page face up under the camera, inside the marked area. Then tap Scan.</source>
        <translation>请将页面正面朝上放在摄像头下方的标记区域内。然后点按“扫描”。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="394"/>
        <source>One page on the glass</source>
        <translation>玻璃上放一页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="395"/>
        <source>Several pages in the feeder</source>
        <translation>进纸器放多页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="396"/>
        <source>Under the camera</source>
        <translation>摄像头下方</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="398"/>
        <source>The scanner is not working. You can bring this document to a desk instead.</source>
        <translation>扫描器无法使用。您可以改为将此文件带到服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="401"/>
        <source>Scanning page %1 again</source>
        <translation>正在重新扫描第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="403"/>
        <source>Scan the pages in the feeder</source>
        <translation>扫描进纸器中的页面</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="405"/>
        <source>Scan another page</source>
        <translation>再扫描一页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="407"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="410"/>
        <source>Scanning. Please wait.</source>
        <translation>正在扫描，请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="412"/>
        <source>Scanning. %1 pages done so far.</source>
        <translation>正在扫描。已完成 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="418"/>
        <source>The pages you scanned before are kept.</source>
        <translation>您之前扫描的页面仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="420"/>
        <source>Please ask a member of staff for help.</source>
        <translation>请向工作人员寻求帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="424"/>
        <source>This document can have up to %1 pages, so we kept the first ones.</source>
        <translation>此文件最多可以有 %1 页，所以我们保留了前面的页面。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="429"/>
        <source>No pages scanned yet. This document can have up to %1 pages.</source>
        <translation>尚未扫描任何页面。此文件最多可以有 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="431"/>
        <source>1 page scanned. This document can have up to %1 pages.</source>
        <translation>已扫描 1 页。此文件最多可以有 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="433"/>
        <source>%2 pages scanned. This document can have up to %1 pages.</source>
        <translation>已扫描 %2 页。此文件最多可以有 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="438"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="444"/>
        <source>We straightened this page for you.</source>
        <translation>我们已为您把此页摆正。</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="447"/>
        <source>Scan this page again</source>
        <translation>重新扫描此页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="448"/>
        <source>Remove this page</source>
        <translation>删除此页</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="450"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>DocumentsPages</name>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="214"/>
        <source>Enter your case reference, claim number or account number</source>
        <translation>请输入您的案件编号、申领编号或账户号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="217"/>
        <source>That is too long for a case reference, claim number or account number</source>
        <translation>输入的内容太长，不是案件编号、申领编号或账户号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="220"/>
        <source>Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X or 12345678</source>
        <translation>请按信件上所印的样子输入编号或号码，例如 HB-7K3M-9Q2D-X 或 12345678</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="223"/>
        <source>Scan at least one page</source>
        <translation>请至少扫描一页</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="231"/>
        <source>Which case are these documents for?</source>
        <translation>这些文件属于哪个案件？</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="234"/>
        <source>Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, or your claim number or council tax account number.</source>
        <translation>请输入我们的信件或回执上的编号，例如 HB-7K3M-9Q2D-X，或者输入您的申领编号或市政税账户号码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="238"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="239"/>
        <source>Which document are you sending?</source>
        <translation>您要发送哪份文件？</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="243"/>
        <source>Send this document</source>
        <translation>发送此文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="244"/>
        <source>Sending. Please wait.</source>
        <translation>正在发送，请稍候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="246"/>
        <source>Document sent</source>
        <translation>文件已发送</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="247"/>
        <source>Send another document for this case</source>
        <translation>为此案件发送另一份文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="248"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="258"/>
        <source>Scan your %1</source>
        <translation>扫描您的%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="267"/>
        <source>Your receipt number is %1</source>
        <translation>您的回执编号是 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="269"/>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="271"/>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="274"/>
        <source>%1 of your %2, for %3.</source>
        <translation>您的%2（%1），用于案件 %3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="281"/>
        <source>Your document is sealed so that only the council can open it, and this kiosk keeps no copy you could see. It goes to the team dealing with your case. They will contact you if they need anything else.</source>
        <translation>您的文件已加密封存，只有市政部门才能打开，这台自助机也不会保留任何可查看的副本。文件会送到负责您案件的团队。如果他们还需要其他材料，会与您联系。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="287"/>
        <source>Your receipt is printing.</source>
        <translation>正在打印您的回执。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="288"/>
        <source>Take your receipt from the printer.</source>
        <translation>请从打印机取走您的回执。</translation>
    </message>
    <message>
        <location filename="../../kiosk/documents_pages.py" line="289"/>
        <source>We cannot print a receipt. Please note your receipt number.</source>
        <translation>无法打印回执。请记下您的回执编号。</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="68"/>
        <source>There is a problem</source>
        <translation>有问题需要处理</translation>
    </message>
</context>
<context>
    <name>FeedbackFaces</name>
    <message>
        <location filename="../../ui/feedback_faces.py" line="340"/>
        <source>How was using this kiosk today? (optional)</source>
        <translation>您今天使用这台自助机感觉如何？（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="342"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="343"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="344"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="345"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="346"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="351"/>
        <source>Thank you for your comment.</source>
        <translation>感谢您的意见。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="353"/>
        <source>Thank you for your feedback.</source>
        <translation>感谢您的反馈。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="354"/>
        <source>Add a comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="357"/>
        <source>How could we improve? Do not include personal details such as your name, address or phone number.</source>
        <translation>我们可以如何改进？请勿填写姓名、地址或电话号码等个人信息。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="361"/>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="362"/>
        <source>Send comment</source>
        <translation>发送意见</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="369"/>
        <source>You have 1 character left</source>
        <translation>还可输入 1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="371"/>
        <source>You have %1 characters left</source>
        <translation>还可输入 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="373"/>
        <source>You have 1 character too many</source>
        <translation>超出 1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="375"/>
        <source>You have %1 characters too many</source>
        <translation>超出 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="384"/>
        <source>This kiosk could not save your feedback just now. You can try again, or carry on without it.</source>
        <translation>这台自助机暂时无法保存您的反馈。您可以重试，也可以跳过，继续操作。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="388"/>
        <source>Something went wrong. You can try again, or carry on without it.</source>
        <translation>出现错误。您可以重试，也可以跳过，继续操作。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="392"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>您的意见有%1个字符。请缩短到%2个字符以内。</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_faces.py" line="399"/>
        <source>Write your comment, or carry on without one.</source>
        <translation>请写下您的意见，或不写意见直接继续。</translation>
    </message>
</context>
<context>
    <name>FeedbackPages</name>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="181"/>
        <source>This kiosk could not save your feedback just now. Nothing has been sent. Please try again, or ask a member of staff.</source>
        <translation>这台自助机暂时无法保存您的反馈，未发送任何内容。请重试，或询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="185"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>出现错误。请重试，或询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="216"/>
        <source>Choose a service, or choose ‘Not about one service’.</source>
        <translation>请选择一项服务，或选择“不针对某一项服务”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="218"/>
        <source>Choose how satisfied you are.</source>
        <translation>请选择您的满意程度。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="222"/>
        <source>Your comment is %1 characters long. Please shorten it to %2 characters or fewer.</source>
        <translation>您的意见有%1个字符。请缩短到%2个字符以内。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="240"/>
        <source>Not about one service</source>
        <translation>不针对某一项服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="245"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="246"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="247"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="248"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="249"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="257"/>
        <source>No comment</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="262"/>
        <source>There is a problem</source>
        <translation>有问题需要处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="263"/>
        <source>Which service is your feedback about?</source>
        <translation>您的反馈是关于哪项服务的？</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="267"/>
        <source>Overall, how did you feel about our service today?</source>
        <translation>总的来说，您对我们今天的服务感觉如何？</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="270"/>
        <source>How could we improve? (optional)</source>
        <translation>我们可以如何改进？（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="272"/>
        <source>Do not include personal details such as your name, address or phone number.</source>
        <translation>请勿填写姓名、地址或电话号码等个人信息。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="275"/>
        <source>Check your answers before sending your feedback</source>
        <translation>发送反馈前，请检查您的回答</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="277"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="278"/>
        <source>How you felt</source>
        <translation>您的评价</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="279"/>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="283"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="284"/>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Send feedback</source>
        <translation>发送反馈</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="289"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="291"/>
        <source>Thank you for your feedback</source>
        <translation>感谢您的反馈</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="294"/>
        <source>We read all feedback and use it to improve our services. You will not get a reply. If you want to make a complaint, please ask a member of staff.</source>
        <translation>我们会阅读所有反馈，并用来改进我们的服务。您不会收到回复。如需投诉，请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="299"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/feedback_pages.py" line="304"/>
        <source>%1 of %2 characters</source>
        <translation>%1/%2 个字符</translation>
    </message>
</context>
<context>
    <name>FormAnswers</name>
    <message>
        <location filename="../../kiosk/form_address.py" line="199"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="201"/>
        <source>Find address</source>
        <translation>查找地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="203"/>
        <source>My address is not listed</source>
        <translation>我的地址不在列表中</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="205"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="213"/>
        <source>Enter a postcode</source>
        <translation>请输入邮编</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="219"/>
        <source>We could not find any addresses for %1. Check the postcode, or enter your address.</source>
        <translation>找不到与 %1 对应的地址。请检查邮编，或输入您的地址。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="225"/>
        <source>1 address found for %1</source>
        <translation>%1：找到 1 个地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_address.py" line="227"/>
        <source>%2 addresses found for %1</source>
        <translation>%1：找到 %2 个地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="275"/>
        <source>You have 1 character remaining</source>
        <translation>还可输入 1 个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="277"/>
        <source>You have %1 characters remaining</source>
        <translation>还可输入 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="279"/>
        <source>You have 1 character too many</source>
        <translation>超出 1 个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="281"/>
        <source>You have %1 characters too many</source>
        <translation>超出 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="329"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="330"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="331"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="404"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="405"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="412"/>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_answers.py" line="451"/>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_document.py" line="119"/>
        <source>Which document are you scanning?</source>
        <translation>您要扫描哪份文件？</translation>
    </message>
</context>
<context>
    <name>FormJourney</name>
    <message>
        <location filename="../../kiosk/form_pages.py" line="167"/>
        <source>You will need:</source>
        <translation>您需要准备：</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="174"/>
        <source>It takes about 1 minute.</source>
        <translation>大约需要 1 分钟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="176"/>
        <source>It takes about %1 minutes.</source>
        <translation>大约需要 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="179"/>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="192"/>
        <source>%1 (optional)</source>
        <translation>%1（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="212"/>
        <location filename="../../kiosk/form_pages.py" line="250"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="226"/>
        <location filename="../../kiosk/form_pages.py" line="284"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="232"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="241"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="242"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="263"/>
        <source>Check your answers before sending</source>
        <translation>发送前，请检查您的回答</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="293"/>
        <source>Now send your form</source>
        <translation>现在发送您的表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="298"/>
        <source>By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.</source>
        <translation>发送此表格即表示您确认，据您所知，您提供的信息准确无误。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="304"/>
        <source>Accept and send</source>
        <translation>同意并发送</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="324"/>
        <location filename="../../kiosk/form_pages.py" line="369"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="328"/>
        <source>Saving your answers for the officer…</source>
        <translation>正在为工作人员保存您的回答…</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="329"/>
        <source>Show this reference to the officer, so you do not have to answer again: %1</source>
        <translation>请向工作人员出示此编号，这样您就不必再回答一遍：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="342"/>
        <source>Form sent</source>
        <translation>表格已发送</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="344"/>
        <source>Your reference number</source>
        <translation>您的参考编号</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="356"/>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="366"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="380"/>
        <source>Your receipt is printing. Take it with you.</source>
        <translation>正在打印您的回执。请随身带走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="384"/>
        <source>Take your receipt from the printer.</source>
        <translation>请从打印机取走您的回执。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="385"/>
        <source>This kiosk cannot print your receipt. Please write down your reference: %1</source>
        <translation>这台自助机无法打印您的回执。请记下您的编号：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_pages.py" line="545"/>
        <source>Please tell the officer your answers when you see them.</source>
        <translation>见到工作人员时，请告诉对方您的回答。</translation>
    </message>
</context>
<context>
    <name>FormOutcome</name>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="46"/>
        <source>Please talk to a member of staff</source>
        <translation>请与工作人员交谈</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="49"/>
        <source>What you can do next</source>
        <translation>您接下来可以做什么</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="60"/>
        <source>Get a ticket to talk to someone today</source>
        <translation>取号，今天就与工作人员面谈</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="69"/>
        <source>Please ask at the desk to talk to someone today.</source>
        <translation>如需今天与工作人员面谈，请到服务台询问。</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="79"/>
        <source>Fill in: %1</source>
        <translation>填写：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/form_outcome.py" line="88"/>
        <source>Other organisations that can help</source>
        <translation>其他可以提供帮助的机构</translation>
    </message>
</context>
<context>
    <name>FormsScreen</name>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="39"/>
        <source>Report something</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="40"/>
        <source>Apply for something</source>
        <translation>申请办理</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="41"/>
        <source>Book something</source>
        <translation>预约服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="42"/>
        <source>Tell us something</source>
        <translation>告知我们</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="43"/>
        <source>Ask us something</source>
        <translation>向我们咨询</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="44"/>
        <source>Not sure where to start?</source>
        <translation>不知道从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="104"/>
        <source>What do you want to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/forms_screen.py" line="149"/>
        <source>%1 – sent, reference %2</source>
        <translation>%1 – 已发送，编号 %2</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="64"/>
        <source>Welcome to %1</source>
        <translation>欢迎来到 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="67"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>%1自助服务。请触摸按钮开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="70"/>
        <source>Find a council service</source>
        <translation>查找市政服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="71"/>
        <source>Give feedback</source>
        <translation>提供反馈</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="72"/>
        <source>Take a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="73"/>
        <source>Check in for an appointment</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="74"/>
        <source>Report, apply, book, tell us or ask</source>
        <translation>报告、申请、预约、告知或咨询</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="75"/>
        <source>Track a request</source>
        <translation>查询申请进度</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="76"/>
        <source>Send documents for my case</source>
        <translation>为我的案件发送文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="77"/>
        <source>Business visitor sign-in</source>
        <translation>商务访客登记</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="83"/>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="85"/>
        <source>This screen will clear in %1 seconds to protect your privacy.</source>
        <translation>为保护您的隐私，本屏幕将在%1秒后清空。</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="89"/>
        <source>Yes, I need more time</source>
        <translation>是，我需要更多时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_prompt.py" line="90"/>
        <source>No, I have finished</source>
        <translation>不，我已办完</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/shell.py" line="401"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="402"/>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="403"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="404"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="405"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="406"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="407"/>
        <source>Get help</source>
        <translation>寻求帮助</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="408"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="430"/>
        <source>Starting read aloud…</source>
        <translation>正在启动朗读…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="446"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>这台自助机不支持朗读。请按“寻求帮助”，工作人员会来帮助您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="470"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>已为您呼叫帮助。工作人员会来到这台自助机旁。请在此等候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="477"/>
        <source>We could not call for help from this kiosk. Please ask at the desk.</source>
        <translation>无法从这台自助机呼叫帮助。请到服务台询问。</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/language_picker.py" line="48"/>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>QueueJourney</name>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="29"/>
        <source>Sorry, this kiosk cannot save right now. Please ask a member of staff.</source>
        <translation>抱歉，这台自助机暂时无法保存。请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/queue_widgets.py" line="33"/>
        <source>Something went wrong. Please try again, or ask a member of staff.</source>
        <translation>出现错误。请重试，或询问工作人员。</translation>
    </message>
</context>
<context>
    <name>ServicesInfo</name>
    <message>
        <location filename="../../kiosk/services_info.py" line="82"/>
        <source>You can come to us to:</source>
        <translation>您可以来这里办理：</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="86"/>
        <source>Take a seat or ask at the desk. Staff can help you use this kiosk.</source>
        <translation>请就座，或到服务台询问。工作人员可以帮助您使用这台自助机。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services_info.py" line="105"/>
        <source>Which service do you need?</source>
        <translation>您需要哪项服务？</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="120"/>
        <source>Checking your card…</source>
        <translation>正在核对您的卡…</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="125"/>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="127"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="128"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="129"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="142"/>
        <source>Enter your card PIN.</source>
        <translation>请输入您的卡 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/staff_sign_in.py" line="145"/>
        <source>Put your staff card in the reader and leave it there while you work.</source>
        <translation>请将您的员工卡插入读卡器，工作期间请一直插着。</translation>
    </message>
</context>
<context>
    <name>TicketConfirmation</name>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="174"/>
        <source>Your number is</source>
        <translation>您的号码是</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="175"/>
        <source>Watch the screen for your number.</source>
        <translation>请留意屏幕，等候叫到您的号码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="176"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="194"/>
        <source>It is your turn. Please go to %1.</source>
        <translation>轮到您了。请前往 %1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="197"/>
        <source>You are next in the queue.</source>
        <translation>下一位就是您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="198"/>
        <source>Your place in the queue: %1</source>
        <translation>您的排队位置：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="203"/>
        <source>You should be seen very soon.</source>
        <translation>很快就会轮到您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="205"/>
        <source>Estimated wait: about 1 minute</source>
        <translation>预计等候：约 1 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="206"/>
        <source>Estimated wait: about %1 minutes</source>
        <translation>预计等候：约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="211"/>
        <source>Printing your ticket…</source>
        <translation>正在打印您的号码票…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="213"/>
        <source>Please take your ticket from the printer.</source>
        <translation>请从打印机取走您的号码票。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_confirmation.py" line="215"/>
        <source>The printer is not working. Please note your number: %1</source>
        <translation>打印机无法使用。请记下您的号码：%1</translation>
    </message>
</context>
<context>
    <name>TicketPages</name>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="118"/>
        <source>Which service do you need?</source>
        <translation>您需要哪项服务？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="121"/>
        <source>Do you have an appointment today?</source>
        <translation>您今天有预约吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="123"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="124"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="125"/>
        <source>Do you need extra help or a priority visit?</source>
        <translation>您是否需要额外帮助或优先办理？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="128"/>
        <source>For example, if you use a wheelchair, have a disability, are unwell, or need an interpreter. This is optional and will not be shown on your ticket.</source>
        <translation>例如，您使用轮椅、有残障、身体不适，或需要口译员。此项为选填，不会显示在您的号码票上。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="132"/>
        <source>Getting your number…</source>
        <translation>正在取号…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ticket_pages.py" line="133"/>
        <source>Here is your ticket</source>
        <translation>这是您的号码票</translation>
    </message>
</context>
<context>
    <name>TrackPages</name>
    <message>
        <location filename="../../kiosk/track_pages.py" line="82"/>
        <source>Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X</source>
        <translation>请按回执上所印的样子输入编号，例如 MB-7K3M-9Q2D-X</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="88"/>
        <source>Your request %1</source>
        <translation>您的申请 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="92"/>
        <source>We cannot find a request with this reference. Check it against your receipt, or ask a member of staff.</source>
        <translation>找不到与此编号对应的申请。请与回执核对，或询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="96"/>
        <source>This kiosk has your request. It will reach the council as soon as this kiosk can connect. You do not need to do anything.</source>
        <translation>您的申请已保存在这台自助机中。这台自助机一旦联网，就会将其发送至市政部门。您无需做任何操作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="100"/>
        <source>We cannot check requests right now because this kiosk cannot reach the council&apos;s system. Please try again later, or ask a member of staff.</source>
        <translation>这台自助机暂时无法连接市政部门的系统，因此现在无法查询申请。请稍后重试，或询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="104"/>
        <source>This kiosk cannot check requests. Please ask a member of staff.</source>
        <translation>这台自助机无法查询申请。请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="113"/>
        <source>We have received your request.</source>
        <translation>我们已收到您的申请。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="114"/>
        <source>We are working on your request.</source>
        <translation>我们正在处理您的申请。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="115"/>
        <source>Your request is closed.</source>
        <translation>您的申请已办结。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="120"/>
        <source>Received %1. Last updated %2.</source>
        <translation>收到日期：%1。最近更新：%2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="129"/>
        <source>Track a request</source>
        <translation>查询申请进度</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="130"/>
        <source>Enter the reference number from your receipt or confirmation.</source>
        <translation>请输入回执或确认信息上的参考编号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="131"/>
        <source>Find my request</source>
        <translation>查找我的申请</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="132"/>
        <source>Looking for your request…</source>
        <translation>正在查找您的申请…</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="133"/>
        <source>Track another request</source>
        <translation>查询其他申请</translation>
    </message>
    <message>
        <location filename="../../kiosk/track_pages.py" line="134"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>VisitorPages</name>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="230"/>
        <source>Choose who you are here to see</source>
        <translation>请选择您要拜访的人</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="239"/>
        <source>Your name must be %1 characters or fewer</source>
        <translation>姓名不能超过%1个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="242"/>
        <source>Enter your full name</source>
        <translation>请输入您的全名</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="244"/>
        <source>The company name must be %1 characters or fewer</source>
        <translation>公司名称不能超过%1个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="247"/>
        <source>Enter the company or organisation you are from</source>
        <translation>请输入您所在的公司或机构</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="252"/>
        <source>What is your full name?</source>
        <translation>您的全名是什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="253"/>
        <source>Which company or organisation are you from?</source>
        <translation>您来自哪家公司或机构？</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="255"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="256"/>
        <source>Who are you here to see?</source>
        <translation>您要拜访谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="257"/>
        <source>Type part of their name or team to find them.</source>
        <translation>输入对方姓名或所在团队名称的一部分即可查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="259"/>
        <source>Nobody matches that. Check the spelling, or ask at reception.</source>
        <translation>没有找到匹配的人。请检查拼写，或到前台询问。</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="261"/>
        <source>Check your answers before you sign in</source>
        <translation>登记前，请检查您的回答</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="263"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="264"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="265"/>
        <source>Here to see</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="269"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="270"/>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="271"/>
        <source>Sign in</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="272"/>
        <source>You are signed in</source>
        <translation>您已登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="273"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="282"/>
        <source>Your badge number is %1</source>
        <translation>您的访客证号码是 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="285"/>
        <source>We have told %1 that you are here. Please take a seat and they will come to meet you.</source>
        <translation>我们已通知 %1 您已到达。请就座，对方会来接您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="291"/>
        <source>Please wear your badge while you are in the building, and sign out at reception when you leave.</source>
        <translation>在楼内期间请佩戴访客证，离开时请到前台办理签退。</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="300"/>
        <source>Printing your badge…</source>
        <translation>正在打印您的访客证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="301"/>
        <source>Please take your badge from the printer.</source>
        <translation>请从打印机取走您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/visitor_pages.py" line="303"/>
        <source>The printer is not working. Please note your badge number: %1</source>
        <translation>打印机无法使用。请记下您的访客证号码：%1</translation>
    </message>
</context>
</TS>
