flow-mydata-title = بياناتي
flow-delete-title = حذف البيانات
privacy-mydata =
    هذه هي البيانات التي حفظتها عنكم:
    { $items }
    تجدون كل البيانات أيضًا في الملف أدناه.
privacy-mydata-answers = إجاباتكم في البوت:
privacy-mydata-language = لغة البوت: { $language }
privacy-mydata-referral = طلبكم { $ref } إلى { $project } ({ $region }) بتاريخ { $date }: { $status ->
        [new] لم يستلمه أحد بعد
        [accepted] يهتم به مرشد أو مرشدة
        [contacted] تواصل المشروع معكم
        [unreachable] لم يتمكن المشروع من الوصول إليكم
       *[closed] مغلق
    }
privacy-mydata-referral-answers = أُرسل مع الطلب:
privacy-mydata-consent = موافقتكم (إشعار الخصوصية النسخة { $version }) بتاريخ { $date }
privacy-field-chat = رقم محادثتكم في تيليغرام (حتى يستطيع البوت مراسلتكم)
privacy-field-other = معلومة أخرى
privacy-field-district_name = مكان السكن
privacy-field-lives_in_saxony = السكن في ساكسونيا
privacy-field-handoff_kind = نوع الطلب
privacy-value-handoff_kind-mentee = مرافقة لي
privacy-value-handoff_kind-employer = كصاحب عمل
privacy-field-elig_group = المجموعة في الفحص
privacy-value-elig_group-primary = الفئة المستهدفة
privacy-value-elig_group-secondary = الفئة المستهدفة الموسعة
privacy-value-elig_group-naturalised = الحصول على الجنسية الألمانية
privacy-value-elig_group-unknown = الإقامة غير واضحة
privacy-value-elig_group-family_unknown = إقامة العائلة غير واضحة
privacy-field-handoff_review = تم التحقق من بيانات التواصل
privacy-value-yes = نعم
privacy-value-no = لا
privacy-mydata-file = بياناتكم في ملف (JSON)
privacy-mydata-end = يمكنكم حذف كل شيء بالأمر /delete
privacy-delete-ask =
    هل تريدون حذف كل بياناتكم؟
    سنحذف إجاباتكم وبيانات التواصل معكم. وإذا أرسلنا طلبكم إلى المرشدين، فسنسحبه.
    لا يمكن التراجع عن ذلك.
privacy-delete-yes = نعم، حذف كل شيء
privacy-delete-no = لا، الاحتفاظ بها
privacy-deleted = تم. حُذفت بياناتكم. إذا كتبتم لنا مرة أخرى، نبدأ من جديد.
privacy-delete-kept = حسنًا، تبقى كل البيانات محفوظة.
