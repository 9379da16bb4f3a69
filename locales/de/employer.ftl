## Weg für Arbeitgebende (flows/employer.yaml), Quelle: Programmseite „Fokus Arbeitgebende“.
flow-employer-title = Für Unternehmen
employer-intro =
    Sie möchten Geflüchtete oder andere Menschen mit Migrationshintergrund ausbilden oder beschäftigen? Die Arbeitsmarktmentoren unterstützen Sie dabei.
    Ihr Unternehmen muss seinen Sitz oder eine Niederlassung in Sachsen haben.
    Wir brauchen nur wenige Angaben: Unternehmen, Ort, Anliegen und Kontakt.
employer-company-ask = Wie heißt Ihr Unternehmen?
employer-company-invalid = Bitte schreiben Sie den Namen des Unternehmens (höchstens 100 Zeichen).
employer-need-ask = Wobei sollen die Mentorinnen und Mentoren Sie unterstützen?
employer-need-hiring = Fragen zur Beschäftigung oder Ausbildung
employer-need-funding = Passende Förderangebote
employer-need-admin = Behörden und Formulare
employer-need-integration = Einarbeitung im Betrieb
employer-need-other = Etwas anderes
employer-person-ask = Wer ist die Ansprechperson? Bitte schreiben Sie den Namen.
employer-person-invalid = Bitte schreiben Sie einen Namen (höchstens 60 Zeichen).
employer-outside =
    Die Arbeitsmarktmentoren können nur Unternehmen mit Sitz oder Niederlassung in Sachsen begleiten.
    In anderen Bundesländern berät Sie der Arbeitgeber-Service der Agentur für Arbeit: https://www.arbeitsagentur.de/unternehmen
