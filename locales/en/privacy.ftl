flow-mydata-title = My data
flow-delete-title = Delete data
privacy-mydata =
    This is what I have stored about you:
    { $items }
    You also find all data in the file below.
privacy-mydata-answers = Your answers in the bot:
privacy-mydata-language = Language in the bot: { $language }
privacy-mydata-referral = Your request { $ref } to { $project } ({ $region }) of { $date }: { $status ->
        [new] not taken over yet
        [accepted] a mentor is taking care of it
        [contacted] the project has contacted you
        [unreachable] the project could not reach you
       *[closed] closed
    }
privacy-mydata-referral-answers = Passed on with the request:
privacy-mydata-consent = Your consent (privacy notice version { $version }) of { $date }
privacy-field-chat = Your Telegram chat number (so the bot can write to you)
privacy-field-other = Other information
privacy-field-district_name = Where you live
privacy-field-lives_in_saxony = Lives in Saxony
privacy-field-handoff_kind = Kind of request
privacy-value-handoff_kind-mentee = support for me
privacy-value-handoff_kind-employer = as an employer
privacy-field-elig_group = Group in the check
privacy-value-elig_group-primary = target group
privacy-value-elig_group-secondary = extended target group
privacy-value-elig_group-naturalised = naturalised
privacy-value-elig_group-unknown = residence unclear
privacy-value-elig_group-family_unknown = family's residence unclear
privacy-field-handoff_review = Contact details checked
privacy-value-yes = yes
privacy-value-no = no
privacy-mydata-file = Your data as a file (JSON)
privacy-mydata-end = With /delete you can delete everything.
privacy-delete-ask =
    Do you want to delete all your data?
    Your answers and contact details will be deleted. A referral to mentors will be withdrawn.
    This cannot be undone.
privacy-delete-yes = Yes, delete everything
privacy-delete-no = No, keep it
privacy-deleted = Done. Your data is deleted. If you write again, we start fresh.
privacy-delete-kept = All right, everything stays stored.
