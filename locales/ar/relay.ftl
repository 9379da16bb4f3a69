## الرسائل بين المرشدة أو المرشد والشخص عبر البوت (bot/handoff/relay.py)

# ما يقرؤه الشخص (بلغته)
relay-from-project = ✉️ <b>{ $project }</b> (الطلب { $ref }):
relay-btn-write = ↩️ رد
relay-btn-write-mentor = ✍️ الكتابة إلى المرشدة أو المرشد
relay-btn-stop = انتهيت
relay-btn-send-now = 📎 الإرسال الآن
relay-write-prompt =
    اكتبوا الآن رسالتكم إلى { $project }: نص أو صورة أو ملف أو رسالة صوتية.
    كل ما ترسلونه في الدقائق الـ { $minutes } القادمة يصل إلى المشروع.
    للإنهاء اضغطوا على «انتهيت» أو أرسلوا /menu
relay-sent = ✓ أُرسلت إلى { $project }. يمكنكم متابعة الكتابة.
relay-sent-short = ✓ أُرسلت
relay-stopped = حسنًا. رسائلكم تذهب الآن إلى البوت من جديد.
relay-not-open = هنا يمكنكم الكتابة إلى المرشدة أو المرشد. هذا ممكن بعد أن يستلم أحدٌ طلبكم، وما دام الطلب مفتوحًا.
relay-only-these = أستطيع أن أنقل النصوص والصور والملفات والرسائل الصوتية.
relay-answer-yes = نعم، من فضلكم
relay-answer-no = لا، شكرًا
relay-mydata-waiting = رسائل إلى مشروعكم لم تصل بعد: { $count }. نحذفها هنا بعد وصولها.
relay-tpl-call = المرشدة أو المرشد يريد الاتصال بكم هاتفيًا. متى يناسبكم الوقت؟
relay-tpl-residence = من فضلكم أرسلوا صورة لوثيقة الإقامة (الوجهان). المشروع وحده يراها.
relay-tpl-certificate = من فضلكم أرسلوا صورة أو ملفًا لشهادتكم. المشروع وحده يراها.
relay-tpl-office = يمكننا أن نلتقي في مكتبنا: { $office }. اكتبوا لنا أي يوم يناسبكم.
relay-tpl-still = هل ما زلتم تريدون دعمنا؟

# ما يقرؤه المشروع (بالألمانية عمليًا؛ هذه النسخ العربية)
mentor-btn-write = ✍️ الكتابة إلى الشخص
mentor-relay-prompt =
    ✍️ <b>رسالة إلى الشخص (الطلب { $ref })</b>
    ردّوا على هذه الرسالة: يصل نصكم إلى الشخص كما كتبتموه، باسم المشروع.
    أو اختاروا رسالة جاهزة. يقرؤها الشخص باللغة: { $language }.
mentor-relay-from-person = ✉️ <b>الطلب { $ref }</b> – رسالة من الشخص (اللغة: { $language }):
mentor-relay-answer = ✉️ <b>الطلب { $ref }</b> – الرد على «{ $title }»: <b>{ $answer }</b>
mentor-relay-tpl-call = 📞 اتصال: متى يناسب؟
mentor-relay-tpl-residence = 🪪 طلب صورة وثيقة الإقامة
mentor-relay-tpl-certificate = 📄 طلب صورة الشهادة
mentor-relay-tpl-office = 📍 لقاء في المكتب
mentor-relay-tpl-still = ❓ هل ما زال الدعم مطلوبًا؟
mentor-relay-queued = جارٍ الإرسال …
mentor-relay-blocked = ⚠️ لم تصل: الشخص حظر البوت.
mentor-relay-not-taken = من فضلكم استلموا الطلب أولًا.
mentor-relay-ended = هذا الطلب مغلق أو مسحوب. لم يُنقل شيء.
mentor-relay-unsupported = يُنقل النص والصور والملفات والرسائل الصوتية.
