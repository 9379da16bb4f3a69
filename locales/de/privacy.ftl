flow-mydata-title = Meine Daten
flow-delete-title = Daten löschen
privacy-mydata =
    Das habe ich über Sie gespeichert:
    { $answers }
    Alle Daten finden Sie auch in der Datei unten.
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
