## Path for employers (flows/employer.yaml), source: the program page "Fokus Arbeitgebende".
flow-employer-title = For companies
employer-intro =
    Do you want to train or employ refugees or other people with a migration background? The Arbeitsmarktmentoren support you.
    Your company must have its seat or a branch in Saxony.
    We only need a few details: company, place, what you need and a contact.
employer-company-ask = What is the name of your company?
employer-company-invalid = Please write the company's name (at most 100 characters).
employer-need-ask = What should the mentors support you with?
employer-need-hiring = Questions about employment or training
employer-need-funding = Suitable funding programs
employer-need-admin = Authorities and forms
employer-need-integration = Settling in at work
employer-need-other = Something else
employer-person-ask = Who is the contact person? Please write the name.
employer-person-invalid = Please write a name (at most 60 characters).
employer-outside =
    The Arbeitsmarktmentoren can only support companies with their seat or a branch in Saxony.
    In other German states, the employer service of the Agentur für Arbeit can advise you: https://www.arbeitsagentur.de/unternehmen
