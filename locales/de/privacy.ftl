flow-mydata-title = Meine Daten
flow-delete-title = Daten löschen
privacy-mydata =
    Das habe ich über Sie gespeichert:
    { $items }
    Alle Daten finden Sie auch in der Datei unten.
privacy-mydata-answers = Ihre Antworten im Bot:
privacy-mydata-language = Sprache im Bot: { $language }
privacy-mydata-referral = Ihre Anfrage { $ref } an { $project } ({ $region }) vom { $date }: { $status ->
        [new] noch nicht übernommen
        [accepted] eine Mentorin oder ein Mentor kümmert sich
        [contacted] das Projekt hat Sie kontaktiert
        [unreachable] das Projekt hat Sie nicht erreicht
       *[closed] abgeschlossen
    }
privacy-mydata-referral-answers = Mit der Anfrage weitergegeben:
privacy-mydata-consent = Ihre Einwilligung (Datenschutzhinweis Version { $version }) vom { $date }
privacy-field-chat = Ihre Telegram-Chat-Nummer (damit der Bot Ihnen schreiben kann)
privacy-field-other = Weitere Angabe
privacy-field-district_name = Wo Sie wohnen
privacy-field-lives_in_saxony = Wohnt in Sachsen
privacy-field-handoff_kind = Art der Anfrage
privacy-value-handoff_kind-mentee = Begleitung für mich
privacy-value-handoff_kind-employer = als Arbeitgeber
privacy-field-elig_group = Gruppe in der Prüfung
privacy-value-elig_group-primary = Zielgruppe
privacy-value-elig_group-secondary = erweiterte Zielgruppe
privacy-value-elig_group-naturalised = eingebürgert
privacy-value-elig_group-unknown = Aufenthalt unklar
privacy-value-elig_group-family_unknown = Aufenthalt der Familie unklar
privacy-field-handoff_review = Kontaktdaten geprüft
privacy-value-yes = ja
privacy-value-no = nein
privacy-mydata-file = Ihre Daten als Datei (JSON)
privacy-mydata-end = Mit /delete können Sie alles löschen.
privacy-delete-ask =
    Wollen Sie alle Ihre Daten löschen?
    Ihre Antworten und Kontaktdaten werden gelöscht. Eine Vermittlung an Mentoren wird zurückgezogen.
    Das kann man nicht rückgängig machen.
privacy-delete-yes = Ja, alles löschen
privacy-delete-no = Nein, behalten
privacy-deleted = Erledigt. Ihre Daten sind gelöscht. Wenn Sie wieder schreiben, fangen wir neu an.
privacy-delete-kept = Gut, es bleibt alles gespeichert.
