# "Can I take part?" (flows/eligibility.yaml) and the question where the person lives (action "district").
# Plain English: short sentences, everyday words. Every message also exists in de, ar and es.

flow-eligibility-title = Can I take part?
elig-intro =
    I will ask you a few short questions. Then you will know if the labour market mentors can support you.
    You do not have to give your name. With “{ nav-back }” you can change an answer.

## Where you live (action "district")

district-ask = Where do you live? Write your postal code (for example 01067) or the name of your town. Or choose from the list.
district-why = Why we ask: The program is for people who live in Saxony. This also helps us find the mentors near you.
district-list-button = Choose from the list
district-outside-button = I do not live in Saxony
district-list-ask = In which district or city do you live?
district-ambiguous-code = The postal code { $code } belongs to more than one district. Where do you live?
district-ambiguous-place = There is more than one place with this name in Saxony. Which one do you mean?
district-guess = Do you mean this place?
district-guess-none = No, choose from the list
district-outside-code = The postal code { $code } is not in Saxony. Did you mistype it? Then please write it again.
district-unknown-place = I cannot find this place in Saxony. Please write your postal code (5 digits). Or choose from the list.
district-invalid = I did not understand that. Please write your postal code (5 digits) or the name of your town.

elig-where-confirm = You live here: { $district_name }. Is that right?
elig-where-confirm-yes = Yes, that is right
elig-where-confirm-change = No, another place

## Residence status

elig-status-ask =
    Which paper for your stay in Germany do you have?
    • Residence permit with protection (Aufenthaltserlaubnis): you got protection – as a refugee, with asylum, with subsidiary protection, for humanitarian reasons or because you come from Ukraine.
    • Aufenthaltsgestattung: your asylum procedure is still running.
    • Duldung: you may stay for now because your deportation is suspended.
    • Fiktionsbescheinigung: a paper for the time while the foreigners' office decides on your application.
    • Other residence permit: for example for work, study or family.
elig-status-why = Why we ask: The program is mainly for refugees and their families. Other migrants can take part if the mentors have time free.
elig-status-protection = Residence permit with protection
elig-status-asylum = Aufenthaltsgestattung (asylum)
elig-status-duldung = Duldung
elig-status-fiktion = Fiktionsbescheinigung
elig-status-eu = Passport from an EU country
elig-status-other = Other residence permit
elig-status-german = German passport (naturalised)
elig-status-unknown = I don't know / something else

elig-fiktion-ask = Which residence permit is your Fiktionsbescheinigung about? Which one did you have before, or which one did you apply for?
elig-fiktion-why = Why we ask: The Fiktionsbescheinigung is valid until the foreigners' office decides. For the program, the residence permit behind it counts.
elig-fiktion-protection = Protection (refugee, humanitarian, Ukraine)
elig-fiktion-other = Other (work, study, family)

elig-family-ask = Has someone in your family got protection in Germany? For example your husband or wife, your parents or your child – as a refugee, with asylum, with subsidiary protection or because they come from Ukraine.
elig-family-why = Why we ask: The program is also for family members of people with protection.

## Work ban, years in Saxony, German

elig-work-ask = Are you allowed to work in Germany? This is written on your paper. Does it say you may work with permission from the foreigners' office? Then choose “Yes”.
elig-work-why = Why we ask: The mentors support you on the way into work and training. With a work ban this is not possible yet, sadly.
elig-work-yes = Yes, I may work
elig-work-no = No, I have a work ban

elig-years-ask = How long have you lived in Saxony? Only the time in Saxony counts, not in the whole of Germany.
elig-years-why = Why we ask: People who did not come as refugees can take part if they have lived in Saxony for 5 years or less.
elig-years-up-to-5 = 5 years or less
elig-years-over-5 = More than 5 years
elig-years-unsure = I am not sure

elig-german-ask =
    How good is your German? Just give your own guess.
    A1: single words and sentences · A2: simple conversations · B1: you manage well in everyday life · B2: you can also talk about work · C1: you understand almost everything.
elig-german-why = Why we ask: The program needs sufficient German. There is no fixed level for this. Even with little German we will find the next step together.
elig-german-none = No German yet
elig-german-a1 = A1
elig-german-a2 = A2
elig-german-b1 = B1
elig-german-b2 = B2
elig-german-c1 = C1 or better

## Outcomes

elig-result-target-protection =
    Good news: you are in the target group of the labour market mentors.
    The reason: you got protection in Germany and you live in Saxony. The program is there for people like you.
    A mentor project in your region ({ $district_name }) can support you. In the first meeting your mentor checks everything with you once more.
elig-result-target-asylum =
    Good news: you are in the target group of the labour market mentors.
    The reason: you are in the asylum procedure (Aufenthaltsgestattung), you may work and you live in Saxony. The program is also there for asylum seekers.
    A mentor project in your region ({ $district_name }) can support you. In the first meeting your mentor checks everything with you once more.
elig-result-target-duldung =
    Good news: you are in the target group of the labour market mentors.
    The reason: you have a Duldung, you may work and you live in Saxony. The program is also there for people with a Duldung.
    A mentor project in your region ({ $district_name }) can support you. In the first meeting your mentor checks everything with you once more.
elig-result-target-family =
    Good news: you are in the target group of the labour market mentors.
    The reason: someone in your family got protection in Germany, and you live in Saxony. The program is also there for family members.
    A mentor project in your region ({ $district_name }) can support you. In the first meeting your mentor checks everything with you once more.
elig-result-secondary-eu =
    You can probably take part – if the mentors in your region ({ $district_name }) have free places.
    The reason: the program is mainly for refugees. The mentors support other migrants, for example from EU countries, when they have free places. For this you must have lived in Saxony for 5 years or less. That is true for you.
    The project will tell you if a place is free.
elig-result-secondary-other =
    You can probably take part – if the mentors in your region ({ $district_name }) have free places.
    The reason: the program is mainly for refugees. The mentors support other migrants, for example with a residence permit for work, study or family, when they have free places. For this you must have lived in Saxony for 5 years or less. That is true for you.
    The project will tell you if a place is free.
elig-result-unclear-status =
    I cannot say this for sure yet.
    The reason: your residence status is not clear yet. That is no problem. A mentor can look at your papers with you and check if you can take part.
elig-result-unclear-family =
    I cannot say this for sure yet.
    The reason: it is not clear yet if someone in your family got protection in Germany. Family members of people with protection are in the target group. A mentor will gladly check this with you.
elig-result-unclear-work =
    I cannot say this for sure yet.
    The reason: you are not sure if you may work. This is written on your residence paper. A mentor will gladly check this with you.
elig-result-unclear-years =
    I cannot say this for sure yet.
    The reason: other migrants can take part if they have lived in Saxony for 5 years or less. For you this is not clear yet. A mentor will gladly check this with you.
elig-result-unclear-naturalised =
    I cannot say this for sure yet.
    The reason: you have German citizenship. The program is mainly for refugees and other migrants. A mentor will check with you if the mentors can support you.
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-unclear-german =
    I cannot say this for sure yet.
    The reason: the program needs sufficient German. There is no fixed level for this. Please talk to a mentor anyway – together you will find the next step.
    You can find German courses (integration courses) near you with BAMF-NAvI: https://bamf-navi.bamf.de
    Important: since February 2026 the BAMF no longer admits voluntary participants. Asylum seekers and people with a Duldung from safe countries of origin cannot take the integration course or the initial orientation course. The vhs-Lernportal is free for everyone: https://www.vhs-lernportal.de
elig-result-out-not-saxony =
    Sadly, the labour market mentors of Saxony cannot support you.
    The reason: the program is only for people who live in Saxony. Where you live counts, not where you work.
    If you move to Saxony, you are very welcome. There is help where you live now, too:
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-out-work-ban =
    Sadly, the labour market mentors cannot support you at the moment.
    The reason: you have a work ban. The mentors support people on the way into work and training. This is only possible when you may work.
    A work ban can change. Then you are welcome to come back!
    If you come from a safe country of origin, the integration course and the initial orientation course are sadly closed to you. You can still learn German: free of charge online with the vhs-Lernportal (https://www.vhs-lernportal.de). The migration advice for adult immigrants (MBE) can advise you.
    Until then you can get help here:
elig-result-out-over-5 =
    Sadly, the labour market mentors cannot support you.
    The reason: the program is mainly for refugees. Other migrants can only take part if they have lived in Saxony for 5 years or less. You have lived here longer.
    You can get help here:
elig-result-out-naturalised =
    Sadly, the labour market mentors cannot support you.
    The reason: you have German citizenship and have lived in Saxony for more than 5 years. The program is for refugees and for migrants who have lived in Saxony for 5 years or less.
    You can get help here:
elig-alternatives =
    • Migration advice for adult immigrants (MBE): for people aged 27 and over. Find an advice centre near you with BAMF-NAvI:
      https://bamf-navi.bamf.de
    • Youth migration services (JMD): for young people aged 12 to 27, also online (jmd4you). Find the JMD near you here:
      https://www.jugendmigrationsdienste.de
    • Jobcenter or Agentur für Arbeit (employment agency): help with finding work and training. Find the office near you here:
      https://web.arbeitsagentur.de/portal/metasuche/suche/dienststellen

## For your mentor (does not change the outcome)

elig-profile-intro = A few more short questions. They help your mentor to advise you well. They do not change the outcome.
elig-goal-ask = What would you like to achieve?
elig-goal-why = Why we ask: So your mentor knows right away what you would like help with.
elig-goal-job = Find a job
elig-goal-apprenticeship = Do an apprenticeship
elig-goal-recognition = Get my qualification recognised
elig-goal-course = Find a language course
elig-goal-unsure = I don't know yet
elig-qual-ask = Have you finished vocational training or university studies? A qualification from your home country counts too.
elig-qual-why = Why we ask: Without a vocational qualification, the mentors mainly help you on the way into an apprenticeship. With a qualification, they look with you for work that matches it.
elig-qual-vocational = Yes, vocational training
elig-qual-university = Yes, university
elig-qual-none = No
elig-skip = I prefer not to say
elig-gender-ask = Are you a woman, a man or diverse? This question is voluntary.
elig-gender-why = Why we ask: The program especially supports refugee women. Your answer does not change whether you can take part.
elig-gender-female = Woman
elig-gender-male = Man
elig-gender-diverse = Diverse
elig-focus-women = We are glad you are here! In 2025 to 2027 the program especially supports refugee women.
elig-focus-training = You do not have a vocational qualification yet? In 2025 to 2027 the program especially helps refugees to gain one – for example through an apprenticeship.
elig-focus-matching = With your qualification, the mentors look with you for work that matches it. They also help with the recognition of your qualification.

## What next?

elig-next-ask = How would you like to go on?
elig-next-mentor = Contact the mentors
elig-next-mentor-anyway = Ask the mentors anyway
elig-next-faq = Questions and answers
elig-next-menu = Main menu
elig-next-change-place = I do live in Saxony
