## Hand-over to the regional project (flows/human.yaml, flows/handoff_contact.yaml, bot/handoff/).

## Privacy notice. Raise the version with every change of content – the same in all four languages.
handoff-privacy-version = 2026-2
handoff-privacy =
    Before we pass on your request, we need your consent.
    <b>What we store:</b> your name, how to reach you, your languages, a good time to call, your message, your answers in this bot and your Telegram chat number (so that we can write to you).
    <b>Who gets it:</b> only { $project } for { $region }.
    <b>Messages:</b> If you write with the project here, the messages pass through this bot. It keeps them only until they are delivered.
    <b>How long:</b> while the project works on your request, at most { $days } days. Once it is closed, at most { $closed } days after that.
    <b>Withdraw:</b> at any time with /delete. Then we delete your data and tell the project.
    Privacy notice version { $version }
    Do you agree?
handoff-project-generic = the Arbeitsmarktmentoren project
handoff-consent-yes = Yes, I agree
handoff-consent-no = No
handoff-consent-declined =
    All right. We store nothing and pass nothing on.
    You can also contact the project in { $region } yourself: { $page }
handoff-region-unknown = Without your region I cannot pass you on. You can find the projects of all regions here: https://arbeitsmarktmentoren-sachsen.de/

handoff-outside =
    The Arbeitsmarktmentoren only accompany people who live in Saxony.
    In other German states, the migration advice for adult immigrants (MBE, age 27 and older) and the youth migration services (JMD, age 12 to 27) can help. If you move to Saxony, you are welcome to come back.
    MBE near you: https://bamf-navi.bamf.de
    JMD near you: https://www.jugendmigrationsdienste.de

## Contact details
flow-handoff-contact-title = Contact details
handoff-name-ask = What should the mentors call you? Please write your name.
handoff-name-why = Why we ask: So that the person from the project can address you correctly.
handoff-name-latin-ask = How is your name written in Latin letters (as in your passport)? You can also skip this.
handoff-name-latin-why = Why we ask: Most mentors can only read Latin letters.
handoff-name-latin-invalid = Please write your name in Latin letters (A–Z), for example “Mohammed Ali”. Or tap “Skip”.
handoff-name-invalid = Please write a name (at most 60 characters).
handoff-via-ask = How can the project reach you?
handoff-via-telegram = Here in Telegram
handoff-via-phone = Phone
handoff-via-email = E-mail
handoff-phone-ask = Please write your phone number.
handoff-phone-invalid = I cannot read this number. Please write it like this: 0151 2345678 or +49 151 2345678.
handoff-email-ask = Please write your e-mail address.
handoff-email-invalid = I cannot read this e-mail address. Please write it like this: name@example.com
handoff-languages-ask = Which languages do you speak? For example: Arabic, some German.
handoff-languages-invalid = Please write the languages briefly (at most 100 characters).
handoff-time-ask = When is a good time to call you?
handoff-time-morning = Mornings
handoff-time-afternoon = Afternoons
handoff-time-evening = Evenings
handoff-time-any = Any time
handoff-note-ask = Do you want to tell the project anything else? Write briefly what you need help with.
handoff-note-invalid = Please write less (at most 500 characters).
handoff-skip = Skip
handoff-summary =
    Please check your details:
    <b>Name:</b> { $name }
    <b>Contact:</b> { $contact }
    <b>Languages:</b> { $languages }
    <b>Good time:</b> { $time }
    <b>Message:</b> { $note }
    <b>Goes to:</b> { $project }, { $region }
    Is everything correct?
handoff-summary-employer =
    Please check your details:
    <b>Company:</b> { $company }
    <b>Contact person:</b> { $name }
    <b>Contact:</b> { $contact }
    <b>Good time:</b> { $time }
    <b>Message:</b> { $note }
    <b>Goes to:</b> { $project }, { $region }
    Is everything correct?
handoff-empty = –
handoff-send = Yes, send
handoff-fix-name = Change name
handoff-fix-contact = Change contact
handoff-fix-languages = Change languages
handoff-fix-time = Change time
handoff-fix-note = Change message
handoff-cancel = Cancel
handoff-cancelled = Cancelled. We have passed nothing on.
handoff-sent =
    Thank you! Your request has arrived. Your number: <b>{ $ref }</b>
    We pass it on to { $project } in { $region }. A mentor will contact you. This can take a few days.
    You can see the status in the menu under "My request".

## Status of the request
flow-handoff-status-title = My request
handoff-status =
    Your request <b>{ $ref }</b> from { $date } ({ $region }):
    { $status ->
        [new] It has arrived. The project will contact you soon.
        [accepted] A mentor is taking care of it and will contact you.
        [contacted] A mentor has contacted you.
        [unreachable] The project could not reach you. Please get in touch yourself: { $page }
       *[closed] The request is closed.
    }
handoff-status-none = You have not sent a request yet. You can send one in the menu under "Contact a mentor".
handoff-duplicate = You sent a request a short time ago. We do not send a second one.
handoff-accepted =
    Good news: your request <b>{ $ref }</b> has been accepted.
    A mentor from { $project } in { $region } will contact you soon.

## Messages to mentors (always sent in German; these translations keep the catalogs complete).
mentor-referral-title = 🔔 <b>New request { $ref }</b> – { $region }
mentor-kind-mentee = Person looking for mentoring
mentor-kind-employer = Employer
mentor-field-kind = Type
mentor-field-name = Name
mentor-field-company = Company
mentor-field-need = Request
mentor-field-contact = Contact
mentor-field-languages = Languages
mentor-field-time = Good time
mentor-field-note = Message
mentor-field-lang = Language in the bot
mentor-field-consent = Consent
mentor-field-answers = Answers in the bot
mentor-field-district = Region
mentor-languages = { $bot } (language in the bot)
mentor-languages-given = { $bot } (language in the bot), stated: { $given }
mentor-consent = Version { $version }, { $date }
mentor-field-status = Residence
mentor-field-fiktion_for = Fiktionsbescheinigung for
mentor-field-family_protected = Family with protection status
mentor-field-work_permit = Work permitted
mentor-field-years_saxony = Years in Saxony
mentor-field-german_level = German
mentor-field-goal = Goal
mentor-field-qualification = Qualification
mentor-field-gender = Gender
mentor-value-work_permit-yes = Yes
mentor-value-work_permit-no = No, work ban
mentor-value-work_permit-unsure = Does not know
mentor-value-years_saxony-up_to_5 = 5 or fewer
mentor-value-years_saxony-over_5 = more than 5
mentor-value-years_saxony-unsure = not sure
mentor-field-outcome = Result of the check
mentor-value-outcome-target = Target group
mentor-value-outcome-secondary = Extended target group (if there are free places)
mentor-value-outcome-not_eligible = Not eligible according to the bot – please check
mentor-value-outcome-unclear = Unclear – please check
mentor-field-outcome_reason = Reason
mentor-value-outcome_reason-protection = Protection status
mentor-value-outcome_reason-asylum_seeker = In the asylum procedure (Aufenthaltsgestattung)
mentor-value-outcome_reason-tolerated = Tolerated (Duldung)
mentor-value-outcome_reason-family_member = Family member of a protected person
mentor-value-outcome_reason-eu_citizen = EU citizen, at most 5 years in Saxony
mentor-value-outcome_reason-other_title = Other residence title, at most 5 years in Saxony
mentor-value-outcome_reason-status_unknown = Residence status unknown
mentor-value-outcome_reason-family_unknown = Family's status unclear
mentor-value-outcome_reason-work_unknown = Work permission unclear
mentor-value-outcome_reason-years_unknown = Time living in Saxony unclear
mentor-value-outcome_reason-naturalised = Naturalised, at most 5 years in Saxony
mentor-value-outcome_reason-no_german = No German yet
mentor-value-outcome_reason-not_saxony = Does not live in Saxony
mentor-value-outcome_reason-work_ban = Work ban
mentor-value-outcome_reason-over_5_years = More than 5 years in Saxony
mentor-value-outcome_reason-naturalised_over_5 = Naturalised, more than 5 years in Saxony
mentor-contact-telegram = Telegram chat
mentor-contact-telegram-link = Open chat
mentor-contact-phone = Phone { $phone }
mentor-contact-email = E-mail { $email }
mentor-same-contact-open = ℹ️ Note: there is already an open request with this phone number or e-mail (from another Telegram account).
mentor-btn-accept = ✋ Take over
mentor-btn-contacted = 📞 Contacted
mentor-btn-unreachable = ❌ Not reached
mentor-btn-closed = ✅ Close
mentor-state-accepted = ✋ Taken over by { $mentor } on { $time }
mentor-state-contacted = 📞 Contacted ({ $time })
mentor-state-unreachable = ❌ Not reached ({ $time })
mentor-state-closed = ✅ Closed ({ $time })
mentor-state-outcome = 🏁 Outcome: { $outcome }
mentor-outcome-ask = How did the mentoring end? Please tap an outcome (you can change it later).
mentor-outcome-employment = Job (with social insurance)
mentor-outcome-apprenticeship = Apprenticeship
mentor-outcome-qualification = Qualification or course
mentor-outcome-other_support = Other support
mentor-outcome-not_reachable = No longer reachable
mentor-outcome-not_suitable = Not suitable for the program
mentor-taken = Taken over. The person is being told.
mentor-already-taken = { $mentor } has already taken over this request.
mentor-saved = Saved.
mentor-not-allowed = Only the project of this region can work on this request.
mentor-gone = This request no longer exists.
mentor-not-open = This request is no longer open.
mentor-reminder = ⏰ Reminder: request { $ref } from { $region } has been waiting for { $hours } hours. Please take it over with the button on the message.
mentor-escalation =
    ⚠️ Request { $ref } from { $region } has not been taken over for { $hours } hours.
    Please agree with the project who takes it over. (The contact details are only in the project's chat.)
mentor-withdrawn = 🗑 Request { $ref } has been withdrawn. The person has withdrawn their consent. Please delete their data on your side too (notes, e-mails).
mentor-withdrawn-removed = Request { $ref }: withdrawn. The person's details were removed here.
mentor-expired = 🗑 Request { $ref } has expired. The storage period is over: name, contact and message are deleted. Please delete the data on your side too when you no longer need it.
mentor-mail-subject = Request { $ref } – Arbeitsmarktmentoren { $region }
mentor-mail-withdrawn-subject = Withdrawn: request { $ref }
mentor-mail-expired-subject = Expired: request { $ref }
mentor-mail-footer = This message was sent by the bot of Arbeitsmarktmentoren Sachsen. You can take the request over in the project's Telegram chat; without Telegram, please contact the person directly.
mentor-chatid = The chat id of this chat is <code>{ $id }</code>. Enter it in the file mentors.yaml (see docs/connect-project.md).
