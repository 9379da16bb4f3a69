# نصوص قناة تيليغرام: قائمة الأوامر، المجموعات، الرسائل المعدّلة، /reload.
tg-cmd-start = بدء المحادثة
tg-cmd-menu = القائمة الرئيسية
tg-cmd-back = العودة إلى السؤال السابق
tg-cmd-language = تغيير اللغة
tg-cmd-help = المساعدة
tg-cmd-human = التحدث مع شخص
tg-cmd-mydata = عرض بياناتي المحفوظة
tg-cmd-delete = حذف بياناتي
tg-cmd-restart = البدء من جديد
tg-edited = عذرًا، لا يمكنني قراءة الرسائل المعدّلة. يرجى إرسال الإجابة في رسالة جديدة.
tg-group-private = أنا أجيب في المحادثة الخاصة فقط. يرجى الكتابة لي هناك: { $link }
tg-admin-only = هذا الأمر متاح لفريق Arbeitsmarktmentoren فقط. لأسئلتكم، اضغطوا على /menu.
tg-reload-ok = تمت إعادة التحميل. المسارات والنصوص الجديدة تعمل الآن.
tg-reload-warnings = عدد التنبيهات: { $count } (ليست أخطاء؛ يرجى مراجعتها عند الإمكان):
tg-reload-warnings-more = … و{ $more } تنبيهات أخرى. لعرضها كلها: python -m bot validate --warnings
tg-reload-failed = لم تتم إعادة التحميل: عدد الأخطاء { $count }. النسخة الحالية تبقى تعمل. يرجى تصحيح هذه الأخطاء:
