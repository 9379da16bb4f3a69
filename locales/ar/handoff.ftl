## التحويل إلى مشروع المنطقة (flows/human.yaml, flows/handoff_contact.yaml, bot/handoff/).

## إشعار حماية البيانات. ارفع رقم الإصدار مع كل تغيير في المحتوى – بالرقم نفسه في اللغات الأربع.
handoff-privacy-version = 2026-1
handoff-privacy =
    قبل أن نرسل طلبك، نحتاج إلى موافقتك.
    <b>ماذا نحفظ:</b> اسمك، وطريقة التواصل معك، ولغاتك، ووقتًا مناسبًا للاتصال، ورسالتك، وإجاباتك في هذا البوت.
    <b>من يحصل عليها:</b> فقط { $project } في { $region }.
    <b>الرسائل:</b> إذا كتبتم هنا مع المشروع، تمر الرسائل عبر هذا البوت. ولا يحفظها إلا حتى تصل.
    <b>إلى متى:</b> حتى تنتهي مرافقتك، وبعدها { $days } يومًا على الأكثر.
    <b>سحب الموافقة:</b> في أي وقت بالأمر /delete. عندها نحذف بياناتك ونخبر المشروع.
    إشعار حماية البيانات، الإصدار { $version }
    هل توافق؟
handoff-project-generic = مشروع مرشدي سوق العمل
handoff-consent-yes = نعم، أوافق
handoff-consent-no = لا
handoff-consent-declined =
    حسنًا. لن نحفظ شيئًا ولن نرسل شيئًا.
    يمكنك أيضًا التواصل بنفسك مع المشروع في { $region }: { $page }
handoff-region-unknown = لا أستطيع تحويلك دون معرفة منطقتك. تجد مشاريع كل المناطق هنا:
    https://arbeitsmarktmentoren-sachsen.de/

handoff-outside =
    يرافق مرشدو سوق العمل فقط الأشخاص الذين يسكنون في ساكسونيا.
    في الولايات الألمانية الأخرى يمكن أن تساعدك استشارة الهجرة للبالغين (MBE، من عمر 27 سنة) وخدمات هجرة الشباب (JMD، من 12 إلى 27 سنة). إذا انتقلت إلى ساكسونيا، فأنت مرحّب بك من جديد.

## بيانات التواصل
flow-handoff-contact-title = بيانات التواصل
handoff-name-ask = بأي اسم يناديك المرشدون؟ اكتب اسمك من فضلك.
handoff-name-why = حتى يخاطبك الشخص من المشروع بشكل صحيح.
handoff-name-invalid = يرجى كتابة اسم (60 حرفًا على الأكثر).
handoff-via-ask = كيف يستطيع المشروع التواصل معك؟
handoff-via-telegram = هنا في تيليغرام
handoff-via-phone = الهاتف
handoff-via-email = البريد الإلكتروني
handoff-phone-ask = يرجى كتابة رقم هاتفك.
handoff-phone-invalid = لا أستطيع قراءة هذا الرقم. يرجى كتابته هكذا: 0151 2345678 أو +49 151 2345678.
handoff-email-ask = يرجى كتابة عنوان بريدك الإلكتروني.
handoff-email-invalid = لا أستطيع قراءة هذا العنوان. يرجى كتابته هكذا: name@example.com
handoff-languages-ask = ما اللغات التي تتحدثها؟ مثلًا: العربية، وقليل من الألمانية.
handoff-languages-invalid = يرجى كتابة اللغات باختصار (100 حرف على الأكثر).
handoff-time-ask = متى يناسبك الاتصال؟
handoff-time-morning = صباحًا
handoff-time-afternoon = بعد الظهر
handoff-time-evening = مساءً
handoff-time-any = أي وقت
handoff-note-ask = هل تريد أن تقول شيئًا آخر للمشروع؟ اكتب باختصار في أي شيء تحتاج إلى مساعدة.
handoff-note-invalid = يرجى الكتابة باختصار أكثر (500 حرف على الأكثر).
handoff-skip = تخطٍّ
handoff-summary =
    يرجى التحقق من بياناتك:
    <b>الاسم:</b> { $name }
    <b>التواصل:</b> { $contact }
    <b>اللغات:</b> { $languages }
    <b>الوقت المناسب:</b> { $time }
    <b>الرسالة:</b> { $note }
    <b>تُرسل إلى:</b> { $project }، { $region }
    هل كل شيء صحيح؟
handoff-summary-employer =
    يرجى التحقق من بياناتك:
    <b>الشركة:</b> { $company }
    <b>الشخص المسؤول:</b> { $name }
    <b>التواصل:</b> { $contact }
    <b>الوقت المناسب:</b> { $time }
    <b>الرسالة:</b> { $note }
    <b>تُرسل إلى:</b> { $project }، { $region }
    هل كل شيء صحيح؟
handoff-empty = –
handoff-send = نعم، أرسل
handoff-fix-name = تغيير الاسم
handoff-fix-contact = تغيير طريقة التواصل
handoff-fix-languages = تغيير اللغات
handoff-fix-time = تغيير الوقت
handoff-fix-note = تغيير الرسالة
handoff-cancel = إلغاء
handoff-cancelled = تم الإلغاء. لم نرسل شيئًا.
handoff-sent =
    شكرًا! وصل طلبك. رقم طلبك: <b>{ $ref }</b>
    سنرسله إلى { $project } في { $region }. سيتواصل معك مرشد أو مرشدة. قد يستغرق ذلك بضعة أيام.
    يمكنك رؤية حالة الطلب في القائمة تحت «طلبي».

## حالة الطلب
flow-handoff-status-title = طلبي
handoff-status =
    طلبك <b>{ $ref }</b> بتاريخ { $date } ({ $region }):
    { $status ->
        [new] وصل الطلب. سيتواصل معك المشروع قريبًا.
        [accepted] يهتم به مرشد أو مرشدة وسيتواصل معك.
        [contacted] تواصل معك مرشد أو مرشدة.
        [unreachable] لم يستطع المشروع الوصول إليك. يرجى التواصل بنفسك: { $page }
       *[closed] تم إغلاق الطلب.
    }
handoff-status-none = لم ترسل أي طلب بعد. يمكنك إرسال طلب من القائمة تحت «التواصل مع مرشد».
handoff-duplicate = أرسلت طلبًا قبل وقت قصير. لن نرسل طلبًا ثانيًا.
handoff-accepted =
    خبر جيد: تم قبول طلبك <b>{ $ref }</b>.
    سيتواصل معك قريبًا مرشد أو مرشدة من { $project } في { $region }.

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
mentor-field-outcome = نتيجة الفحص
mentor-value-outcome-target = الفئة المستهدفة (بالأولوية)
mentor-value-outcome-secondary = الفئة الموسعة (حسب القدرة المتاحة)
mentor-value-outcome-not_eligible = غير مؤهل حسب البوت – يرجى التحقق
mentor-value-outcome-unclear = غير واضح – يرجى التحقق
mentor-field-outcome_reason = السبب
mentor-value-outcome_reason-protection = وضع حماية أو إقامة إنسانية
mentor-value-outcome_reason-asylum_seeker = في إجراءات اللجوء (Aufenthaltsgestattung)
mentor-value-outcome_reason-tolerated = إقامة تسامح (Duldung)
mentor-value-outcome_reason-family_member = فرد من عائلة شخص محمي
mentor-value-outcome_reason-eu_citizen = مواطن من الاتحاد الأوروبي، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-other_title = إقامة أخرى، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-status_unknown = وضع الإقامة غير معروف
mentor-value-outcome_reason-family_unknown = وضع العائلة غير واضح
mentor-value-outcome_reason-work_unknown = إذن العمل غير واضح
mentor-value-outcome_reason-years_unknown = مدة السكن في ساكسونيا غير واضحة
mentor-value-outcome_reason-naturalised = حاصل على الجنسية، 5 سنوات على الأكثر في ساكسونيا
mentor-value-outcome_reason-no_german = لا توجد معرفة بالألمانية بعد
mentor-value-outcome_reason-not_saxony = لا يسكن في ساكسونيا
mentor-value-outcome_reason-work_ban = منع من العمل
mentor-value-outcome_reason-over_5_years = أكثر من 5 سنوات في ساكسونيا
mentor-value-outcome_reason-naturalised_over_5 = حاصل على الجنسية، أكثر من 5 سنوات في ساكسونيا
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
mentor-mail-subject = الطلب { $ref } – Arbeitsmarktmentoren { $region }
mentor-mail-withdrawn-subject = مسحوب: الطلب { $ref }
mentor-mail-footer = أرسل هذه الرسالة بوت Arbeitsmarktmentoren Sachsen. يمكنكم استلام الطلب في محادثة تيليغرام الخاصة بالمشروع؛ ودون تيليغرام يرجى التواصل مع الشخص مباشرة.
mentor-chatid = رقم هذه المحادثة (Chat-ID) هو <code>{ $id }</code>. أدخلوه في الملف mentors.yaml (انظر docs/connect-project.md).
