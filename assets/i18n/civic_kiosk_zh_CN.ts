<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/home.py" line="48"/>
        <source>Welcome to %1</source>
        <translation>欢迎来到 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="51"/>
        <source>Self-service for %1. Touch a button to start.</source>
        <translation>%1自助服务。请触摸按钮开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="54"/>
        <source>Find a council service</source>
        <translation>查找市政服务</translation>
    </message>
    <message>
        <location filename="../../kiosk/home.py" line="55"/>
        <source>Give feedback</source>
        <translation>提供反馈</translation>
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
        <location filename="../../kiosk/shell.py" line="272"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="273"/>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="274"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="275"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="276"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="277"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="278"/>
        <source>Get help</source>
        <translation>寻求帮助</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="279"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="300"/>
        <source>Starting read aloud…</source>
        <translation>正在启动朗读…</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="316"/>
        <source>Read aloud is not available on this kiosk. Press Get help and a member of staff will come to help you.</source>
        <translation>这台自助机不支持朗读。请按“寻求帮助”，工作人员会来帮助您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="340"/>
        <source>Help is on the way. A member of staff will come to this kiosk. Please stay here.</source>
        <translation>已为您呼叫帮助。工作人员会来到这台自助机旁。请在此等候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/shell.py" line="347"/>
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
    <name>StaffExitPad</name>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="71"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="86"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>无法核对 PIN 码。请重试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="96"/>
        <source>Staff only: enter the PIN to leave kiosk mode</source>
        <translation>仅限工作人员：输入 PIN 码以退出自助机模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="97"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/staff_exit_pad.py" line="98"/>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
</context>
</TS>
