## التحويل إلى مشروع المنطقة (flows/human.yaml, flows/handoff_contact.yaml, bot/handoff/).

## إشعار حماية البيانات. ارفع رقم الإصدار مع كل تغيير في المحتوى – بالرقم نفسه في اللغات الأربع.
handoff-privacy-version = 2026-2
handoff-privacy =
    قبل أن نرسل طلبكم، نحتاج إلى موافقتكم.
    <b>ماذا نحفظ:</b> الاسم، وطريقة التواصل معكم، واللغات، ووقتًا مناسبًا للاتصال، ورسالتكم، وإجاباتكم في هذا البوت، ورقم محادثتكم في تيليغرام (حتى نستطيع مراسلتكم).
    <b>من يحصل عليها:</b> فقط { $project } في { $region }.
    <b>الرسائل:</b> إذا كتبتم هنا مع المشروع، تمر الرسائل عبر هذا البوت. ولا يحفظها إلا حتى تصل.
    <b>إلى متى:</b> ما دام المشروع يعمل على طلبكم، { $days } يومًا على الأكثر. وبعد إغلاقه، { $closed } يومًا على الأكثر.
    <b>سحب الموافقة:</b> في أي وقت بالأمر /delete. عندها نحذف بياناتكم ونخبر المشروع.
    إشعار حماية البيانات، الإصدار { $version }
    هل توافقون؟
handoff-project-generic = مشروع مرشدي سوق العمل
handoff-consent-yes = نعم، أوافق
handoff-consent-no = لا
handoff-consent-declined =
    حسنًا. لن نحفظ شيئًا ولن نرسل شيئًا.
    يمكنكم أيضًا التواصل بأنفسكم مع المشروع في { $region }: { $page }
handoff-region-unknown = لا أستطيع التحويل دون معرفة المنطقة. مشاريع كل المناطق موجودة هنا:
    https://arbeitsmarktmentoren-sachsen.de/

handoff-outside =
    يرافق مرشدو سوق العمل فقط الأشخاص الذين يسكنون في ساكسونيا.
    في الولايات الألمانية الأخرى يمكن أن تساعدكم استشارة الهجرة للبالغين (MBE، من عمر 27 سنة) وخدمات هجرة الشباب (JMD، من 12 إلى 27 سنة). وعند الانتقال إلى ساكسونيا يسعدنا التواصل من جديد.
    أقرب مكتب ({ "MBE" }):
    https://bamf-navi.bamf.de
    أقرب مكتب ({ "JMD" }):
    https://www.jugendmigrationsdienste.de

## بيانات التواصل
flow-handoff-contact-title = بيانات التواصل
handoff-name-ask = بأي اسم تناديكم المرشدات والمرشدون؟ يرجى كتابة الاسم.
handoff-name-why = لماذا نسأل: حتى يخاطبكم الشخص من المشروع بشكل صحيح.
handoff-name-latin-ask = كيف يُكتب الاسم بالحروف اللاتينية (كما في جواز السفر)؟ يمكن أيضًا تخطي هذا السؤال.
handoff-name-latin-why = لماذا نسأل: أغلب المرشدات والمرشدين يقرؤون الحروف اللاتينية فقط.
handoff-name-latin-invalid = يرجى كتابة الاسم بالحروف اللاتينية (A–Z)، مثلًا { "Mohammed Ali" }، أو الضغط على «تخطٍّ».
handoff-name-invalid = يرجى كتابة اسم (60 حرفًا على الأكثر).
handoff-via-ask = كيف يستطيع المشروع التواصل معكم؟
handoff-via-telegram = هنا في تيليغرام
handoff-via-phone = الهاتف
handoff-via-email = البريد الإلكتروني
handoff-phone-ask = يرجى كتابة رقم الهاتف.
handoff-phone-invalid = لا أستطيع قراءة هذا الرقم. يرجى كتابته هكذا: 0151 2345678 أو +49 151 2345678.
handoff-email-ask = يرجى كتابة عنوان البريد الإلكتروني.
handoff-email-invalid = لا أستطيع قراءة هذا العنوان. يرجى كتابته هكذا: name@example.com
handoff-languages-ask = ما اللغات التي تتحدثونها؟ مثلًا: العربية، وقليل من الألمانية.
handoff-languages-invalid = يرجى كتابة اللغات باختصار (100 حرف على الأكثر).
handoff-time-ask = متى يناسبكم الاتصال؟
handoff-time-morning = صباحًا
handoff-time-afternoon = بعد الظهر
handoff-time-evening = مساءً
handoff-time-any = أي وقت
handoff-note-ask = هل هناك شيء آخر للمشروع؟ يرجى كتابة الحاجة إلى المساعدة باختصار.
handoff-note-invalid = يرجى الكتابة باختصار أكثر (500 حرف على الأكثر).
handoff-skip = تخطٍّ
handoff-summary =
    يرجى التحقق من البيانات:
    <b>الاسم:</b> { $name }
    <b>التواصل:</b> { $contact }
    <b>اللغات:</b> { $languages }
    <b>الوقت المناسب:</b> { $time }
    <b>الرسالة:</b> { $note }
    <b>تُرسل إلى:</b> { $project }، { $region }
    هل كل شيء صحيح؟
handoff-summary-employer =
    يرجى التحقق من البيانات:
    <b>الشركة:</b> { $company }
    <b>الشخص المسؤول:</b> { $name }
    <b>التواصل:</b> { $contact }
    <b>الوقت المناسب:</b> { $time }
    <b>الرسالة:</b> { $note }
    <b>تُرسل إلى:</b> { $project }، { $region }
    هل كل شيء صحيح؟
handoff-empty = –
handoff-send = نعم، أرسلوا الطلب
handoff-fix-name = تغيير الاسم
handoff-fix-contact = تغيير طريقة التواصل
handoff-fix-languages = تغيير اللغات
handoff-fix-time = تغيير الوقت
handoff-fix-note = تغيير الرسالة
handoff-cancel = إلغاء
handoff-cancelled = تم الإلغاء. لم نرسل شيئًا.
handoff-sent =
    شكرًا! وصل الطلب. رقم الطلب: <b>{ $ref }</b>
    سنرسله إلى { $project } في { $region }. ستتواصل معكم مرشدة أو مرشد. قد يستغرق ذلك بضعة أيام.
    حالة الطلب موجودة في القائمة تحت «طلبي».

## حالة الطلب
flow-handoff-status-title = طلبي
handoff-status =
    الطلب <b>{ $ref }</b> بتاريخ { $date } ({ $region }):
    { $status ->
        [new] وصل الطلب. سيتواصل معكم المشروع قريبًا.
        [accepted] تهتم به مرشدة أو مرشد وسيكون التواصل معكم قريبًا.
        [contacted] تواصلت معكم مرشدة أو مرشد.
        [unreachable] لم يستطع المشروع الوصول إليكم. يرجى التواصل مباشرة: { $page }
       *[closed] تم إغلاق الطلب.
    }
handoff-status-none = لا يوجد طلب بعد. يمكن إرسال طلب من القائمة تحت «التواصل مع مرشدة أو مرشد».
handoff-duplicate = وصل منكم طلب قبل وقت قصير. لن نرسل طلبًا ثانيًا.
handoff-accepted =
    خبر جيد: تم قبول الطلب <b>{ $ref }</b>.
    ستتواصل معكم قريبًا مرشدة أو مرشد من { $project } في { $region }.

## رسائل إلى المرشدين (تُرسل دائمًا بالألمانية؛ هذه الترجمة تُبقي الملفات كاملة).
mentor-referral-title = 🔔 <b>طلب جديد { $ref }</b> – { $region }
mentor-kind-mentee = شخص يبحث عن مرافقة
mentor-kind-employer = صاحب عمل
mentor-field-kind = النوع
mentor-field-name = الاسم
mentor-field-company = الشركة
mentor-field-need = الطلب
mentor-field-contact = التواصل
mentor-field-languages = اللغات
mentor-field-time = الوقت المناسب
mentor-field-note = الرسالة
mentor-field-lang = لغة البوت
mentor-field-consent = الموافقة
mentor-field-answers = الإجابات في البوت
mentor-field-district = المنطقة
mentor-languages = { $bot } (لغة البوت)
mentor-languages-given = { $bot } (لغة البوت)، حسب قوله: { $given }
mentor-consent = الإصدار { $version }، { $date }
mentor-field-status = الإقامة
mentor-field-fiktion_for = الشهادة المؤقتة من أجل
mentor-field-family_protected = عائلة لديها حماية
mentor-field-work_permit = العمل مسموح
mentor-field-years_saxony = سنوات في ساكسونيا
mentor-field-german_level = الألمانية
mentor-field-goal = الهدف
mentor-field-qualification = الشهادة
mentor-field-gender = الجنس
mentor-value-work_permit-yes = نعم
mentor-value-work_permit-no = لا، منع من العمل
mentor-value-work_permit-unsure = لا يعرف
mentor-value-years_saxony-up_to_5 = 5 أو أقل
mentor-value-years_saxony-over_5 = أكثر من 5
mentor-value-years_saxony-unsure = غير متأكد
mentor-field-outcome = نتيجة الفحص
mentor-value-outcome-target = الفئة المستهدفة
mentor-value-outcome-secondary = الفئة الموسعة (حسب الأماكن المتاحة)
mentor-value-outcome-not_eligible = شروط المشاركة غير مستوفاة حسب البوت – يرجى التحقق
mentor-value-outcome-unclear = غير واضح – يرجى التحقق
mentor-field-outcome_reason = السبب
mentor-value-outcome_reason-protection = وضع حماية
mentor-value-outcome_reason-asylum_seeker = في إجراءات اللجوء (Aufenthaltsgestattung)
mentor-value-outcome_reason-tolerated = تعليق الترحيل (Duldung)
mentor-value-outcome_reason-family_member = فرد من عائلة شخص محمي
mentor-value-outcome_reason-eu_citizen = جنسية من الاتحاد الأوروبي، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-other_title = إقامة أخرى، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-status_unknown = وضع الإقامة غير معروف
mentor-value-outcome_reason-family_unknown = وضع العائلة غير واضح
mentor-value-outcome_reason-work_unknown = إذن العمل غير واضح
mentor-value-outcome_reason-years_unknown = مدة السكن في ساكسونيا غير واضحة
mentor-value-outcome_reason-naturalised = تجنيس، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-no_german = لا توجد معرفة بالألمانية بعد
mentor-value-outcome_reason-not_saxony = السكن خارج ساكسونيا
mentor-value-outcome_reason-work_ban = منع من العمل
mentor-value-outcome_reason-over_5_years = أكثر من 5 سنوات في ساكسونيا
mentor-value-outcome_reason-naturalised_over_5 = تجنيس، أكثر من 5 سنوات في ساكسونيا
mentor-contact-telegram = محادثة تيليغرام
mentor-contact-telegram-link = فتح المحادثة
mentor-contact-phone = الهاتف { $phone }
mentor-contact-email = البريد الإلكتروني { $email }
mentor-same-contact-open = ℹ️ ملاحظة: يوجد طلب مفتوح آخر بنفس رقم الهاتف أو البريد الإلكتروني (من حساب تيليغرام آخر).
mentor-btn-accept = ✋ استلام
mentor-btn-contacted = 📞 تم التواصل
mentor-btn-unreachable = ❌ لم يتم الوصول
mentor-btn-closed = ✅ إغلاق
mentor-state-accepted = ✋ استلمه { $mentor } في { $time }
mentor-state-contacted = 📞 تم التواصل ({ $time })
mentor-state-unreachable = ❌ لم يتم الوصول ({ $time })
mentor-state-closed = ✅ مغلق ({ $time })
mentor-state-outcome = 🏁 النتيجة: { $outcome }
mentor-outcome-ask = كيف انتهت المرافقة؟ يرجى الضغط على نتيجة (يمكن تغييرها لاحقًا).
mentor-outcome-employment = عمل (مع تأمين اجتماعي)
mentor-outcome-apprenticeship = تدريب مهني (Ausbildung)
mentor-outcome-qualification = تأهيل أو دورة
mentor-outcome-other_support = دعم آخر
mentor-outcome-not_reachable = لم يعد التواصل ممكنًا
mentor-outcome-not_suitable = لا يناسب البرنامج
mentor-taken = تم الاستلام. سيتم إبلاغ الشخص.
mentor-already-taken = استلم { $mentor } هذا الطلب من قبل.
mentor-saved = تم الحفظ.
mentor-not-allowed = فقط مشروع هذه المنطقة يمكنه العمل على هذا الطلب.
mentor-gone = هذا الطلب لم يعد موجودًا.
mentor-not-open = هذا الطلب لم يعد مفتوحًا.
mentor-reminder = ⏰ تذكير: الطلب { $ref } من { $region } ينتظر منذ { $hours } ساعة. يرجى استلامه بالزر الموجود في الرسالة.
mentor-escalation =
    ⚠️ لم يستلم أحد الطلب { $ref } من { $region } منذ { $hours } ساعة.
    يرجى الاتفاق مع المشروع على من يستلمه. (بيانات التواصل موجودة فقط في محادثة المشروع.)
mentor-withdrawn = 🗑 تم سحب الطلب { $ref }. سحب الشخص موافقته. يرجى حذف بياناته لديكم أيضًا (الملاحظات، الرسائل الإلكترونية).
mentor-withdrawn-removed = الطلب { $ref }: مسحوب. حُذفت بيانات الشخص من هنا.
mentor-expired = 🗑 انتهت صلاحية الطلب { $ref }. انتهت مدة الحفظ: تم حذف الاسم وبيانات التواصل والرسالة. يرجى حذف البيانات لديكم أيضًا عندما لا تحتاجونها.
mentor-mail-subject = الطلب { $ref } – Arbeitsmarktmentoren { $region }
mentor-mail-withdrawn-subject = مسحوب: الطلب { $ref }
mentor-mail-expired-subject = منتهي الصلاحية: الطلب { $ref }
mentor-mail-footer = أرسل هذه الرسالة بوت Arbeitsmarktmentoren Sachsen. يمكنكم استلام الطلب في محادثة تيليغرام الخاصة بالمشروع؛ ودون تيليغرام يرجى التواصل مع الشخص مباشرة.
mentor-chatid = رقم هذه المحادثة (Chat-ID) هو <code>{ $id }</code>. أدخلوه في الملف mentors.yaml (انظر docs/connect-project.md).
