flow-mydata-title = بياناتي
flow-delete-title = حذف البيانات
privacy-mydata =
    هذه هي البيانات التي حفظتها عنك:
    { $items }
    تجد كل البيانات أيضًا في الملف أدناه.
privacy-mydata-answers = إجاباتك في البوت:
privacy-mydata-language = لغة البوت: { $language }
privacy-mydata-referral = طلبك { $ref } إلى { $project } ({ $region }) بتاريخ { $date }: { $status ->
        [new] لم يستلمه أحد بعد
        [accepted] يهتم به مرشد أو مرشدة
        [contacted] تواصل المشروع معك
        [unreachable] لم يتمكن المشروع من الوصول إليك
       *[closed] مغلق
    }
privacy-mydata-referral-answers = أُرسل مع الطلب:
privacy-mydata-consent = موافقتك (إشعار الخصوصية النسخة { $version }) بتاريخ { $date }
privacy-field-chat = رقم محادثتك في تيليغرام (حتى يستطيع البوت مراسلتك)
privacy-field-other = معلومة أخرى
privacy-field-district_name = مكان سكنك
privacy-field-lives_in_saxony = يسكن في ساكسونيا
privacy-field-handoff_kind = نوع الطلب
privacy-value-handoff_kind-mentee = مرافقة لي
privacy-value-handoff_kind-employer = كصاحب عمل
privacy-field-elig_group = المجموعة في الفحص
privacy-value-elig_group-primary = الفئة المستهدفة
privacy-value-elig_group-secondary = الفئة المستهدفة الموسعة
privacy-value-elig_group-naturalised = حاصل على الجنسية
privacy-value-elig_group-unknown = الإقامة غير واضحة
privacy-value-elig_group-family_unknown = إقامة العائلة غير واضحة
privacy-field-handoff_review = تم التحقق من بيانات التواصل
privacy-value-yes = نعم
privacy-value-no = لا
privacy-mydata-file = بياناتك في ملف (JSON)
privacy-mydata-end = يمكنك حذف كل شيء بالأمر /delete
privacy-delete-ask =
    هل تريد حذف كل بياناتك؟
    سنحذف إجاباتك وبيانات التواصل معك. وإذا أرسلنا طلبك إلى المرشدين، فسنسحبه.
    لا يمكن التراجع عن ذلك.
privacy-delete-yes = نعم، احذف كل شيء
privacy-delete-no = لا، احتفظ بها
privacy-deleted = تم. حُذفت بياناتك. إذا كتبت لنا مرة أخرى، نبدأ من جديد.
privacy-delete-kept = حسنًا، تبقى كل البيانات محفوظة.
