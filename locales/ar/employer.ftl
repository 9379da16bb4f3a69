## مسار أصحاب العمل (flows/employer.yaml)، المصدر: صفحة البرنامج «Fokus Arbeitgebende».
flow-employer-title = للشركات
employer-intro =
    هل تريدون تدريب أو توظيف لاجئين أو أشخاص آخرين من أصول مهاجرة؟ يدعمكم مرشدو سوق العمل في ذلك.
    يجب أن يكون مقر الشركة أو أحد فروعها في ساكسونيا.
    نحتاج فقط إلى بعض البيانات: الشركة، والمكان، والحاجة، وجهة التواصل.
employer-company-ask = ما اسم الشركة؟
employer-company-invalid = يرجى كتابة اسم الشركة (100 حرف على الأكثر).
employer-need-ask = في أي شيء تريدون دعم المرشدات والمرشدين؟
employer-need-hiring = أسئلة حول التوظيف أو التدريب
employer-need-funding = برامج دعم مناسبة
employer-need-admin = الدوائر الرسمية والاستمارات
employer-need-integration = الاندماج في العمل داخل الشركة
employer-need-other = شيء آخر
employer-person-ask = من هو الشخص المسؤول عن التواصل؟ يرجى كتابة الاسم.
employer-person-invalid = يرجى كتابة اسم (60 حرفًا على الأكثر).
employer-outside =
    يستطيع مرشدو سوق العمل مرافقة الشركات التي يقع مقرها أو أحد فروعها في ساكسونيا فقط.
    في الولايات الألمانية الأخرى تقدّم خدمة أصحاب العمل في وكالة العمل ({ "Agentur für Arbeit" }) الاستشارة:
    https://www.arbeitsagentur.de/unternehmen
