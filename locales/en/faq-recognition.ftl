# FAQ topic "recognition": recognition of foreign qualifications.
# Facts: /work/shared/program/BRIEF.md, section "Recognition of foreign qualifications";
# sources per entry in flows/faq/recognition.yaml. No links in the texts: sources are shown below each answer.
# German official terms stay in brackets so people recognise them on letters.

faq-topic-recognition = Recognition of qualifications

faq-recognition-need-q = Do I need recognition to work in my profession?
faq-recognition-need-a =
    It depends on your profession.
    Some professions are regulated in Germany (reglementiert).
    For example doctor, nurse or teacher.
    The title "engineer" (Ingenieurin / Ingenieur) needs permission too. In Saxony, the Ingenieurkammer Sachsen decides.
    In a regulated profession, you need recognition (Anerkennung) to work.
    But most professions are not regulated.
    Then you can work and apply for jobs without recognition.
    Recognition still helps: employers understand better what you can do.
    The Anerkennungs-Finder shows if your profession is regulated.

faq-recognition-who-q = Who can apply for recognition?
faq-recognition-who-a =
    Anyone with a qualification from abroad can apply.
    Your residence status does not matter.
    Your nationality does not matter either.
    This also applies with an Aufenthaltsgestattung or a Duldung.
    What counts: you finished vocational training or university studies abroad.
    And you want to work in this profession in Germany.
    If you have no qualification, your mentor can advise you on vocational training (Ausbildung) in Germany.

faq-recognition-finder-q = Which office is responsible for my recognition?
faq-recognition-finder-a =
    It depends on your profession and on where you want to work.
    Use the Anerkennungs-Finder.
    It is part of the official portal "Anerkennung in Deutschland".
    You enter your profession and your town.
    Then you see the responsible office with its contact details.
    You also see if your profession is regulated.
    The portal is also available in English.
    You can find the link below, under the sources.
    Your mentor can do the search together with you.

faq-recognition-where-ihk-q = Where do I apply for IHK occupations?
faq-recognition-where-ihk-a =
    IHK occupations are jobs in industry and trade (Industrie und Handel).
    For these, the IHK FOSA is responsible.
    It is the joint recognition office of the chambers of industry and commerce.
    It is also responsible for people in Saxony.
    The fee for the application is between 100 and 600 euros.
    The amount depends on the work involved.
    You pay extra for translations and certified copies.
    The Anerkennungs-Finder shows if your occupation is an IHK occupation.
    There may be help with the costs, for example the Anerkennungszuschuss.

faq-recognition-where-trades-q = Where do I apply for a craft or trade?
faq-recognition-where-trades-a =
    For crafts and trades, the chamber of crafts (Handwerkskammer) is responsible.
    For example baker, hairdresser, carpenter or bricklayer.
    The Handwerkskammer Dresden is responsible for Dresden and the districts of Bautzen, Görlitz, Meißen and Sächsische Schweiz-Osterzgebirge.
    This applies if you live or work there.
    Chemnitz, Erzgebirgskreis, Mittelsachsen, Vogtlandkreis or the district of Zwickau: the Handwerkskammer Chemnitz.
    Leipzig, the district of Leipzig or Nordsachsen: the Handwerkskammer zu Leipzig.
    The Anerkennungs-Finder shows the exact office for your job.
    The Handwerkskammer Dresden recommends a personal advice meeting first.
    Bring your CV, your ID and your certificates with a German translation.

faq-recognition-where-regulated-q = Doctor, nurse, teacher: where do I apply?
faq-recognition-where-regulated-a =
    These professions are regulated.
    You need recognition to work in them.
    In Saxony, these offices are responsible:
    Doctors: the Landesdirektion Sachsen.
    Nursing and other health professions: the Kommunaler Sozialverband Sachsen (KSV).
    Social professions, for example social work: the Landesdirektion Sachsen.
    Teachers: the Landesamt für Schule und Bildung (LaSuB).
    The Anerkennungs-Finder shows the exact address.
    Get advice before you apply, for example free of charge from the IQ Netzwerk Sachsen.

faq-recognition-documents-q = Which documents do I need for the application?
faq-recognition-documents-a =
    It depends on your profession and on the responsible office.
    Usually you need:
    the application form, an ID card or passport and a CV.
    Also your final certificate (Zeugnis) and proof of your work experience.
    Send copies, not your original documents.
    Sometimes the office asks for certified copies (beglaubigte Kopien).
    Show originals only when the office asks for them. The Landesdirektion Sachsen asks doctors to do this, for example.
    Documents in another language usually need a German translation.
    Ask the responsible office first what exactly it needs.

faq-recognition-translations-q = Who translates and certifies my certificates?
faq-recognition-translations-a =
    The translation must be done by a sworn translator.
    In German this is called "öffentlich bestellt oder ermächtigt".
    A translation by friends or from the internet is not enough.
    You can find such translators in the database of the German courts: justiz-dolmetscher.de
    A certification (Beglaubigung) confirms that the copy matches the original.
    In Saxony, for example the town hall, the municipality or a notary can certify.
    Ask the responsible office first which form it accepts.
    Translation and certification cost money.
    The Anerkennungszuschuss may cover these costs.
    The Jobcenter sometimes pays, too.
    But always ask before you pay anything.

faq-recognition-lost-documents-q = My certificates are lost. What can I do?
faq-recognition-lost-documents-a =
    This happens often, for example when people flee.
    Then a skills analysis (Qualifikationsanalyse) may be possible.
    In it, you show in practice what you can do.
    For example, you talk with an expert.
    Or you do a work sample or a trial day at a company.
    It is not an exam with grades.
    It exists for training occupations, master craftsman and further training occupations.
    The responsible office decides if it is possible.
    For regulated professions there are other ways, for example a course or an exam.
    The skills analysis costs extra.
    The Anerkennungszuschuss can pay up to 1,200 euros for it.

faq-recognition-costs-q = How much does recognition cost?
faq-recognition-costs-a =
    It depends on the profession and on the responsible office.
    At the IHK FOSA, the application costs between 100 and 600 euros.
    A ZAB statement of comparability for a university degree costs 200 euros.
    Often there are also costs for translations and certified copies.
    A skills analysis costs extra.
    If you have little money, there may be help.
    The Anerkennungszuschuss can cover costs.
    The Jobcenter or the Agentur für Arbeit sometimes pay, too.
    Important: ask before you apply.
    Costs you have already paid are often not refunded.

faq-recognition-grant-q = What is the Anerkennungszuschuss?
faq-recognition-grant-a =
    The Anerkennungszuschuss is a federal grant for recognition costs.
    It is for people with a low income.
    It pays, for example, fees, translations and certifications.
    You get up to 600 euros if your costs are at least 100 euros.
    For a skills analysis you can get up to 1,200 euros.
    For training after a partial recognition you can get up to 3,000 euros.
    There are conditions, for example an income limit.
    Very important: apply for the grant before you apply for recognition.
    Earlier costs are not refunded.
    You can apply until 30 June 2027.
    If the Jobcenter already pays, you usually do not get the grant.

faq-recognition-jobcenter-q = Does the Jobcenter pay for recognition?
faq-recognition-jobcenter-a =
    This is possible.
    The Jobcenter or the Agentur für Arbeit can pay the costs.
    This applies above all if you need recognition for a job.
    The office decides case by case.
    So talk to your contact person there before you apply.
    Do not pay until you have an answer.
    The office can sometimes also pay for courses after a partial recognition.
    Your mentor can go with you to this appointment.

faq-recognition-duration-q = How long does recognition take?
faq-recognition-duration-a =
    It usually takes 3 to 4 months.
    The time starts when all your documents are complete.
    If documents are missing, it takes longer.
    So send everything complete.
    Time for translations and certifications comes on top.
    So plan enough time.
    At the end you get a letter with the result.
    This letter is called Bescheid.
    Your mentor can explain the Bescheid to you.

faq-recognition-result-q = What result can I get?
faq-recognition-result-a =
    You get a letter (Bescheid). There are three possible results.
    Full equivalence (volle Gleichwertigkeit): your qualification counts like the German one.
    For regulated professions, the office then checks more, for example your German.
    Partial equivalence (teilweise Gleichwertigkeit): one part is equal, one part is missing.
    The Bescheid lists the differences.
    You can often make up for them.
    No equivalence (keine Gleichwertigkeit): the differences are too big.
    Even then there are ways, for example vocational training.
    Get advice, for example from the IQ Netzwerk Sachsen or from your mentor.

faq-recognition-partial-q = Only partly recognised: what can I do now?
faq-recognition-partial-a =
    The Bescheid lists the differences from the German profession.
    You can make up for these differences.
    Is your profession not regulated?
    Then you do adaptation training (Anpassungsqualifizierung), for example a course.
    After that, you apply again (Folgeantrag) for full recognition.
    But you may already work in this profession now.
    Is your profession regulated?
    Then the office sets a compensation measure (Ausgleichsmaßnahme).
    This is an adaptation course (Anpassungslehrgang) or an exam.
    After that, full recognition is possible.
    The Jobcenter or the Anerkennungszuschuss may help with the costs.

faq-recognition-university-q = I studied. What is the ZAB statement?
faq-recognition-university-a =
    Does your degree lead to a regulated profession, for example doctor or teacher?
    Then you need recognition from the responsible office.
    Many degrees are not regulated, for example computer science or business studies.
    Then you can apply for jobs directly.
    A statement of comparability from the ZAB (Zeugnisbewertung) helps you.
    It compares your degree with a German degree.
    But it is not a recognition.
    With it, employers understand your degree better.
    You can check the anabin database yourself first.
    It shows if your university counts as a university in Germany (H+) and how your degree is rated.
    The first application costs 200 euros.
    The Anerkennungszuschuss can cover this cost.

faq-recognition-advice-q = Where can I get free advice on recognition?
faq-recognition-advice-a =
    In Saxony, the IQ Netzwerk Sachsen gives free advice on recognition.
    On its website you can find the advice centres near you.
    There you get answers to questions like these:
    Which German profession fits my qualification?
    Where do I apply and which documents do I need?
    How can I pay the costs?
    The advice is for people from all countries.
    The responsible office itself often gives advice before you apply, too.
    Your mentor can help you get an appointment.

faq-recognition-mentor-q = Can my mentor help me with recognition?
faq-recognition-mentor-a =
    Yes. The labour market mentors also help with recognition.
    For example, they look for the responsible office together with you.
    They help you prepare your documents and the application.
    They can go with you to appointments at offices, for example the Jobcenter.
    After that, they help with applications and the job search.
    They are still there for you after you start a job.
    You do not have a mentor yet?
    Then you can contact the project in your region through this bot.

## Added 2026-12-07: doctors and dentists, medical German, educators, ZAB online, papers from abroad

faq-recognition-doctor-dentist-q = Doctor or dentist: how do I get my licence (Approbation)?
faq-recognition-doctor-dentist-a =
    Doctors and dentists need a licence in Germany (Approbation).
    It is the state permission to work in the profession.
    In Saxony you apply to the Landesdirektion Sachsen.
    The Landesdirektion checks whether your training is equivalent.
    Once all your documents are complete, it must decide within 3 months at the latest for doctors.
    For dentists trained outside the EU, the limit is 4 months.
    Are there big differences? Then you take a knowledge test (Kenntnisprüfung).
    It is an oral and practical exam. There you show your medical knowledge.
    You also need good German for the job. Read the question about the medical language test.
    There is also a permit for a limited time (Berufserlaubnis).
    Pharmacists also need an Approbation. They also apply to the Landesdirektion Sachsen.
    Get free advice before you apply, for example from the IQ Netzwerk Sachsen.

faq-recognition-medical-german-q = Which German test do I need as a doctor?
faq-recognition-medical-german-a =
    For the licence (Approbation) you need good German.
    First you show a language certificate at level B2.
    Then you take a medical language test (Fachsprachprüfung).
    There you show that you can talk well with patients and colleagues.
    The level is C1 for medicine.
    For doctors, the Sächsische Landesärztekammer runs the test.
    For dentists, the Landeszahnärztekammer Sachsen runs it.
    The Landesdirektion Sachsen registers you for the test after you apply.
    Important: the knowledge test (Kenntnisprüfung) is something else. It tests your medical knowledge.
    To prepare, there are job-related German courses for people in a recognition procedure.

faq-recognition-educator-kita-q = I am an educator. Can I work in a Kita?
faq-recognition-educator-kita-a =
    To work as a qualified educator in a Kita in Saxony, you need full recognition.
    The Landesamt für Schule und Bildung (LaSuB) is responsible.
    It checks whether your qualification is equivalent to the German state-recognised educator (staatlich anerkannter Erzieher).
    This also applies to special needs carers (Heilerziehungspfleger).
    Did you study childhood education or social work?
    Then the Landesdirektion Sachsen is responsible.
    Is your training different from the German training? Read the question about partial recognition.
    Get free advice before you apply, for example from the IQ Netzwerk Sachsen.
    Your mentor also helps you look for work in a Kita.

faq-recognition-zab-online-q = ZAB: how do I apply and how long does it take?
faq-recognition-zab-online-a =
    You apply for the ZAB statement of comparability (Zeugnisbewertung) online.
    You open an account on the ZAB website.
    Then you upload your documents as PDF files.
    The checklist for your country shows which documents you need.
    The ZAB starts only when all documents are there and the fee is paid.
    The first statement costs 200 euros.
    At the moment the ZAB reports delays. So it can take longer. Plan enough time.
    You get the finished statement as a PDF in your account.

faq-recognition-apostille-abroad-q = Translation from abroad or apostille: what counts?
faq-recognition-apostille-abroad-a =
    The office that checks your application decides.
    The translation must always be made by a sworn translator.
    The ZAB also accepts translations from abroad if the translator is sworn there.
    Other offices want a translator from Germany.
    For example the Landesdirektion Sachsen for social professions.
    Some offices also want an apostille or a legalisation.
    With it, an authority in your home country or the German embassy there confirms that the document is real.
    So ask the responsible office first. Then you do not pay twice.
    In Germany you get certified copies at the citizens' office (Bürgeramt), for example.

faq-recognition-school-certificate-q = How do I get my school certificate recognised?
faq-recognition-school-certificate-a =
    Did you finish school abroad?
    Then you can have your school certificate recognised in Saxony.
    This helps, for example, when you look for an apprenticeship (Ausbildung).
    The responsible office is the Landesamt für Schule und Bildung (LaSuB).
    It checks if your certificate is equal to a German school-leaving certificate: Hauptschulabschluss, mittlerer Schulabschluss (Realschulabschluss) or Abitur.
    You get the result as an official letter (Bescheid).
    You can also apply online.
    You need your certificates and certified translations.
    The application costs a fee. Before you apply, ask the Jobcenter or the Agentur für Arbeit if they pay it.
    Do you want to start an apprenticeship soon? Write this in your application.
    For university studies, the university decides about your certificate itself.
    Your mentor helps you with the application.
