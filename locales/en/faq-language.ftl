## FAQ topic "language": German courses (Deutschkurse)
## Facts checked 2026-11-23 (BAMF course rules: 2026-12-07) against the sources in flows/faq/language.yaml.

faq-topic-language = German courses

## Integration course (Integrationskurs)

faq-integration-course-what-q = What is an integration course?
faq-integration-course-what-a =
    The integration course (Integrationskurs) is a German course run by the BAMF.
    It has 2 parts: a language course and an orientation course.
    The language course usually has 600 lessons.
    The orientation course has 100 lessons.
    There you learn a lot about Germany: its laws, history and culture.
    There are also special courses with up to 1,000 lessons.
    For example, for people who are learning to read and write.
    If you learn fast, you can take an intensive course with 430 lessons.
    The goal is German at level B1.
    There are full-time and part-time courses.

faq-integration-course-who-q = Who can or must take an integration course?
faq-integration-course-who-a =
    Many people with a residence permit have a right to the course.
    This includes recognised refugees, for example.
    Some people must take the course.
    The foreigners' office (Ausländerbehörde) or the Jobcenter decides this.
    Then the course is compulsory for you.
    If you then do not go to the course or stop it, this can have consequences.
    For example, the foreigners' office may not extend your residence permit. A fine is also possible.
    Do you already work full time or care for family members at home? Then you may be freed from the duty. Ask the office that made the course compulsory for you.
    Do you have problems in the course? Talk to your mentor early.
    For the course you need a certificate of eligibility (Teilnahmeberechtigung).
    With it, you register with a course provider.
    Important: since 9 February 2026 the BAMF no longer admits any voluntary participants.
    You can read more in the question about admission.

faq-integration-course-admission-stop-q = Why does the BAMF not admit me to a course?
faq-integration-course-admission-stop-a =
    Since 9 February 2026 the BAMF no longer admits any voluntary participants (§ 44 (4) Residence Act).
    This applies for the whole budget year. It affects, for example, asylum seekers, people with a Duldung, people from Ukraine and EU citizens.
    The BAMF refuses applications that are still open.
    If you already have an admission (Zulassung), it stays valid.
    If the Jobcenter or the foreigners' office obliged you to attend, you continue the course.
    Without an admission you can only pay privately: at least €4.58 per lesson, with no refund.
    Free of charge: the vhs-Lernportal online. Also ask the Jobcenter if it can oblige you to attend a course.
    Your mentor and the migration advice for adult immigrants (MBE) will help you find the best way.

faq-integration-course-cost-q = How much does an integration course cost?
faq-integration-course-cost-a =
    With a certificate of eligibility, one lesson costs €2.29.
    A general course has 700 lessons. That is €1,603. You pay for each course section of 100 lessons.
    Many people do not have to pay anything. Please read the question about free courses.
    If you paid this contribution yourself, you can get half of it back from the BAMF. You have to apply for it.
    For this you need B1 in the "German test for immigrants" (DTZ) and a pass in the test "Life in Germany".
    The deadline: 2 years from your certificate of eligibility, 3 years for special courses (for example literacy courses).
    Without a certificate of eligibility, it is a private contract with the course provider.
    Then one lesson costs at least €4.58 (about €3,200 for 700 lessons). You get nothing back.
    Free of charge: the vhs-Lernportal and, for some asylum seekers, the initial orientation course.

faq-integration-course-free-q = Can I take the integration course for free?
faq-integration-course-free-a =
    Yes, this is often possible.
    You can apply for an exemption from the costs (Kostenbefreiung).
    This is possible, for example, if you get Bürgergeld, unemployment benefit or social assistance.
    It is also possible if you work but earn little.
    Send your application to the BAMF.
    Important: apply before the course starts.
    For later course sections, the exemption only counts after your application.
    The course provider often helps with the application.
    You pay no contribution and the course is far from your home?
    Then you can also ask the BAMF for money for the trip to the course (Fahrtkostenzuschuss).
    Send this application before the course starts, too.

faq-integration-course-find-q = How do I find an integration course near me?
faq-integration-course-find-a =
    With BAMF-NAvI you can find courses near you.
    It is a website of the BAMF.
    Search there for the place where you live.
    You will see course providers, for example adult education centres (Volkshochschule).
    Take your certificate of eligibility (Teilnahmeberechtigung) to the course provider.
    There you take a placement test (Einstufungstest).
    The test shows which course is right for you.
    The course provider also tells you when the course starts.
    Your mentor can help you search.

faq-integration-course-exams-q = Which exams are there in the integration course?
faq-integration-course-exams-a =
    At the end there are 2 exams.
    The language course ends with the "German test for immigrants" (Deutsch-Test für Zuwanderer, DTZ).
    The DTZ has a written part and a spoken part.
    In the written part you listen and read. You also write a short letter.
    The spoken part takes about 15 minutes.
    The result shows your level: A2 or B1.
    You reached only A2 or less?
    Since December 2024, extra lessons to repeat exist only in literacy courses (Alphabetisierungskurs) and in courses for people who read and write little.
    There the BAMF can allow up to 300 lessons once, after the course.
    These lessons also cost €2.29 each, unless you are exempt from the costs.
    Ask your course provider if you can take the DTZ again.
    The orientation course ends with the test "Life in Germany" (Leben in Deutschland).
    If you reach B1 and pass "Life in Germany", you get the integration course certificate (Zertifikat Integrationskurs).

faq-integration-course-special-q = Are there courses for women, parents or young people?
faq-integration-course-special-a =
    Yes. There are special integration courses for certain groups.
    For example, courses for women and courses for parents.
    There are also youth integration courses for young adults.
    If you are still learning to read and write, there are literacy courses (Alphabetisierungskurs).
    These courses take longer, up to 1,000 lessons.
    There are also part-time courses. They often fit better with family or work.
    BAMF-NAvI shows which courses there are where you live.
    Also ask the course provider.

faq-course-childcare-q = Who looks after my children during the course?
faq-course-childcare-a =
    This is an important question. Please sort it out before the course starts.
    Ask the course provider if there is childcare.
    Courses for parents or for women often fit better with family life.
    Part-time courses leave more time for your children.
    Also look early for a place in a daycare centre (Kita) or with a childminder (Tagesmutter).
    Your mentor helps you look for childcare.
    This way you can manage the course, and later a job too.

## Job-related German courses (Berufssprachkurse)

faq-job-german-course-what-q = What is a job-related German course?
faq-job-german-course-what-a =
    In German, these courses are called Berufssprachkurse.
    Another name is "German for work" (Deutsch für den Beruf).
    They come after the integration course.
    There you learn German for work.
    For example, for job interviews, work contracts or e-mails.
    Since 1 January 2025 there are fewer courses, because the federal budget has less money for them.
    These courses still run:
    • courses for your workplace (Job-BSK)
    • courses for apprentices (Azubi-BSK)
    • courses for people in a recognition procedure, for example for health professions
    • most courses with the goal B2
    Suspended: courses with the goal A2, B1, C1 or C2 and the special courses for retail, trade and technology (Gewerbe-Technik) and practical skills (Fachpraxis).
    This depends on the federal budget and is checked again every year.

faq-job-german-course-how-q = How do I get a job-related German course?
faq-job-german-course-how-a =
    You need a certificate of eligibility (Teilnahmeberechtigung).
    Are you unemployed, or looking for work or an apprenticeship?
    Then ask the employment agency (Agentur für Arbeit) or the Jobcenter.
    This also applies if you get Bürgergeld or unemployment benefit.
    Do you already have a job or an apprenticeship?
    Then apply to the BAMF.
    This also applies if your qualification is being recognised right now.
    With the certificate, you register with a course provider.
    Your mentor helps you with the application.

faq-job-german-course-cost-q = How much does a job-related German course cost?
faq-job-german-course-cost-a =
    For most people the course is free.
    You only pay if you work and earn well.
    The limit is a taxable income of €20,000 a year.
    For couples who are taxed together, the limit is €40,000.
    If you earn more, you pay a contribution for each lesson.
    Your employer can pay this contribution for you.
    Ask the BAMF or the course provider about the exact amount.

## Other courses and advice

faq-first-orientation-course-q = I am an asylum seeker. Which course can I take?
faq-first-orientation-course-a =
    For asylum seekers there are initial orientation courses (Erstorientierungskurs).
    They are for people who have no access to the integration course.
    The course is free.
    It has 300 lessons in 6 modules.
    You learn simple German for everyday life.
    Topics are, for example, shopping, health, work and housing.
    Important: people from safe countries of origin cannot take part.
    You can find courses with BAMF-NAvI. Also ask at your accommodation.
    Your mentor helps you search.

faq-german-level-for-work-q = What level of German do I need for a job?
faq-german-level-for-work-a =
    There is no fixed level for all jobs.
    Each employer decides for themselves.
    For some jobs, simple German is enough.
    Other jobs ask for more.
    Some professions have fixed rules, for example when you need recognition.
    The mentoring program has no fixed level either.
    You need enough German to manage at work.
    Your mentor looks with you at what your dream job needs.
    Keep learning while you work. It always helps.

faq-german-course-next-step-q = I already speak some German. Which course is right?
faq-german-course-next-step-a =
    It depends on your level.
    At the course provider, you first take a placement test.
    If you already know some German, you can start in a later course section.
    If you do not have B1 yet, the integration course is usually right.
    If you already have B1, a job-related course with the goal B2 may be right.
    If you have a job or an apprenticeship, there are courses just for your job (Job-BSK, Azubi-BSK).
    Your mentor helps you find the right course.

faq-migration-advice-mbe-q = Where can I get advice about German courses?
faq-migration-advice-mbe-a =
    Adults over 27 can go to the migration advice for adult immigrants.
    In German it is called Migrationsberatung für erwachsene Zuwanderer (MBE).
    The MBE advises on language courses, work, housing, health and childcare.
    It is mainly there for the first 3 years after you arrive.
    Welfare organisations offer it, for example Caritas, Diakonie, AWO or the Red Cross.
    If you are 27 or younger, the youth migration service (JMD) can help you.
    Your mentor also helps you with all questions about courses.
    Are you looking for an advice centre near you, or for help with letters from the authorities? Read the question “Where do I find migration advice near me?”

faq-youth-migration-service-jmd-q = I am under 27. Who helps me learn German?
faq-youth-migration-service-jmd-a =
    For young people aged 12 to 27, there are youth migration services.
    In German they are called Jugendmigrationsdienste (JMD).
    There are about 500 JMD across Germany.
    The JMD helps you find a German course or an integration course, for example.
    It also helps with school, training and work.
    The advice is free.
    You can also ask online: at jmd4you.
    There, experts answer your questions.

## Added 2026-12-07: courses beside work, finding a local advice office

faq-course-part-time-evening-q = Are there German courses in the evening or part-time?
faq-course-part-time-evening-a =
    Yes, you can learn German while you work or look after your family.
    Integration courses are full-time or part-time.
    A part-time course has fewer hours a day.
    The course provider sets the times. Ask them about evening courses.
    BAMF-NAvI shows course providers near you.
    Do you already have a job? Then a Job-BSK may suit you.
    It has 100 to 150 lessons, can be part-time and often takes place at work.
    You need German at level A2 or higher for it.
    You can also learn online for free: in the vhs-Lernportal, also on your phone.
    Your mentor helps you find the right course.

faq-migration-advice-near-me-q = Where do I find migration advice near me?
faq-migration-advice-near-me-a =
    The migration advice for adult immigrants (MBE) has offices in more than 1,400 places in Germany.
    You find an advice centre near you with mbeon.
    It is an app and a website. Search there with your postcode.
    With mbeon you can also ask online in a chat, in many languages.
    The advice is free.
    The MBE also helps with letters from the authorities.
    They explain what the letter says and what you have to do.
    They also help with applications and forms.
    Important: many letters have a deadline. Go to the advice centre early and take the letter with you.
    Are you 27 or younger? Then the youth migration service (JMD) helps you.
