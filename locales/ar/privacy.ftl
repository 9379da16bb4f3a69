flow-mydata-title = بياناتي
flow-delete-title = حذف البيانات
privacy-mydata =
    هذه هي البيانات التي حفظتها عنك:
    { $answers }
    تجد كل البيانات أيضًا في الملف أدناه.
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
