## أسئلة وأجوبة (FAQ): الشاشات حول الإجابات (bot/faq/browse.py).
## الأسئلة والأجوبة نفسها موجودة في faq-<topic>.ftl.

flow-faq-title = أسئلة وأجوبة
faq-topics = عن أي موضوع سؤالك؟ يمكنك أيضًا أن تكتب سؤالك مباشرة.
faq-topic-questions = اختر سؤالًا:
faq-answer-footer =
    { $count ->
        [one] المصدر
       *[other] المصادر
    }:
    { $sources }
    تاريخ التحقق: { $checked }

    هل ساعدتك هذه الإجابة؟
faq-helped-yes = 👍 نعم
faq-helped-no = 👎 لا
faq-thanks-yes = شكرًا على رأيك!
faq-thanks-no = شكرًا على رأيك. يستطيع مرشد أو مرشدة الإجابة عن سؤالك شخصيًا.
faq-already-voted = لقد أخبرتنا برأيك في هذه الإجابة من قبل. شكرًا!
faq-search-suggest =
    لست متأكدًا تمامًا. هل تقصد أحد هذه الأسئلة؟
    اضغط على سؤال. أو اسأل مرشدًا.
faq-search-arabizi =
    يبدو أنك كتبت بالعربية بحروف لاتينية.
    لا أستطيع قراءة ذلك بشكل موثوق. من فضلك اكتب سؤالك بالحروف العربية.
    Please write your question in Arabic letters, or change the language with /language.
    ويمكن لمرشد أن يساعدك أيضًا.
faq-search-none =
    للأسف ليست عندي إجابة مؤكدة عن هذا السؤال، ولا أريد أن أخمّن.
    يستطيع مرشد أو مرشدة مساعدتك شخصيًا. أو يمكنك تصفّح المواضيع.
faq-all-topics = كل المواضيع
faq-mentor = اسأل مرشدًا
faq-to-menu = القائمة الرئيسية
faq-gone = هذا السؤال لم يعد موجودًا. هذه هي المواضيع.
faq-empty = لا توجد أسئلة وأجوبة هنا حاليًا.
