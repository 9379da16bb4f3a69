language-choose = يرجى اختيار لغتك.
language-changed = اللغة الآن: { $language }.
help-text =
    كيف يعمل البوت:
    اضغطوا على الأزرار تحت الرسائل.
    /menu – القائمة الرئيسية
    /back – السؤال السابق
    /restart – البدء من جديد
    /language – تغيير اللغة
    /human – التحدث مع شخص
    /mydata – بياناتي المحفوظة
    /delete – حذف بياناتي
unknown-command = لا أعرف هذا الأمر. الأمر /help يعرض كل الأوامر.
unsupported-input = عذرًا، لا أستطيع قراءة هذا. يرجى كتابة نص أو الضغط على زر.
use-buttons = يرجى الضغط على أحد الأزرار.
not-understood = لم أفهم ذلك. هذه هي القائمة.
stale-button = هذا الزر من رسالة قديمة. هذا هو السؤال الحالي.
recovered-note = تغيّر هذا الجزء في هذه الأثناء. سنكمل من هنا.
back-nothing = لا يوجد سؤال سابق.
nav-back = رجوع ▶
error-flow-loop = عذرًا، حدث خطأ هنا. تم إبلاغ الفريق. للمتابعة: /menu
error-general = عذرًا، حدث خطأ. الإجابات محفوظة. يرجى المحاولة مرة أخرى.
action-unavailable = هذه الخدمة غير متاحة الآن. سنكمل.
human-unavailable = لا أستطيع التحويل الآن. يرجى المحاولة لاحقًا.
answer-yes = نعم
answer-no = لا
answer-unsure = لا أعرف
