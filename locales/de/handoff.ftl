## Übergabe an das Projekt der Region (flows/human.yaml, flows/handoff_contact.yaml, bot/handoff/).

## Datenschutzhinweis. Bei jeder inhaltlichen Änderung die Version erhöhen – in allen vier Sprachen gleich.
handoff-privacy-version = 2026-2
handoff-privacy =
    Bevor wir Ihre Anfrage weitergeben, brauchen wir Ihre Zustimmung.
    <b>Was wir speichern:</b> Ihren Namen, wie man Sie erreicht, Ihre Sprachen, eine gute Zeit für einen Anruf, Ihre Nachricht, Ihre Antworten im Bot und Ihre Telegram-Chat-Nummer (damit wir Ihnen schreiben können).
    <b>Wer es bekommt:</b> nur { $project } für { $region }.
    <b>Nachrichten:</b> Wenn Sie hier mit dem Projekt schreiben, gehen die Nachrichten durch diesen Bot. Er speichert sie nur, bis sie zugestellt sind.
    <b>Wie lange:</b> solange das Projekt Ihre Anfrage bearbeitet, höchstens { $days } Tage. Ist sie abgeschlossen, höchstens { $closed } Tage danach.
    <b>Widerruf:</b> jederzeit mit /delete. Dann löschen wir Ihre Daten und sagen es dem Projekt.
    Datenschutzhinweis Version { $version }
    Sind Sie einverstanden?
handoff-project-generic = das Projekt der Arbeitsmarktmentoren
handoff-consent-yes = Ja, ich bin einverstanden
handoff-consent-no = Nein
handoff-consent-declined =
    In Ordnung. Wir speichern nichts und geben nichts weiter.
    Sie können das Projekt in { $region } auch selbst kontaktieren: { $page }
handoff-region-unknown = Ohne Ihre Region kann ich Sie nicht weiterleiten. Die Projekte in allen Regionen finden Sie hier: https://arbeitsmarktmentoren-sachsen.de/

handoff-outside =
    Die Arbeitsmarktmentoren begleiten nur Menschen, die in Sachsen wohnen.
    In anderen Bundesländern helfen die Migrationsberatung für erwachsene Zuwanderer (MBE, ab 27 Jahren) und die Jugendmigrationsdienste (JMD, 12 bis 27 Jahre). Wenn Sie nach Sachsen ziehen, kommen Sie gern wieder.
    MBE in Ihrer Nähe: https://bamf-navi.bamf.de
    JMD in Ihrer Nähe: https://www.jugendmigrationsdienste.de

## Kontaktdaten
flow-handoff-contact-title = Kontaktdaten
handoff-name-ask = Wie sollen die Mentorinnen und Mentoren Sie nennen? Schreiben Sie Ihren Namen.
handoff-name-why = Warum wir fragen: Damit die Person aus dem Projekt Sie richtig ansprechen kann.
handoff-name-latin-ask = Wie schreibt man Ihren Namen mit lateinischen Buchstaben (wie im Pass)? Sie können das auch überspringen.
handoff-name-latin-why = Warum wir fragen: Die Mentorinnen und Mentoren lesen meist nur lateinische Buchstaben.
handoff-name-latin-invalid = Bitte schreiben Sie Ihren Namen mit lateinischen Buchstaben (A–Z), zum Beispiel „Mohammed Ali“. Oder tippen Sie auf „Überspringen“.
handoff-name-invalid = Bitte schreiben Sie einen Namen (höchstens 60 Zeichen).
handoff-via-ask = Wie kann das Projekt Sie erreichen?
handoff-via-telegram = Hier in Telegram
handoff-via-phone = Telefon
handoff-via-email = E-Mail
handoff-phone-ask = Bitte schreiben Sie Ihre Telefonnummer.
handoff-phone-invalid = Diese Nummer kann ich nicht lesen. Bitte schreiben Sie sie so: 0151 2345678 oder +49 151 2345678.
handoff-email-ask = Bitte schreiben Sie Ihre E-Mail-Adresse.
handoff-email-invalid = Diese E-Mail-Adresse kann ich nicht lesen. Bitte schreiben Sie sie so: name@example.org
handoff-languages-ask = Welche Sprachen sprechen Sie? Zum Beispiel: Arabisch, etwas Deutsch.
handoff-languages-invalid = Bitte schreiben Sie die Sprachen kurz (höchstens 100 Zeichen).
handoff-time-ask = Wann passt ein Anruf gut?
handoff-time-morning = Vormittags
handoff-time-afternoon = Nachmittags
handoff-time-evening = Abends
handoff-time-any = Egal
handoff-note-ask = Möchten Sie dem Projekt noch etwas sagen? Schreiben Sie kurz, wobei Sie Hilfe brauchen.
handoff-note-invalid = Bitte schreiben Sie kürzer (höchstens 500 Zeichen).
handoff-skip = Überspringen
handoff-summary =
    Bitte prüfen Sie Ihre Angaben:
    <b>Name:</b> { $name }
    <b>Kontakt:</b> { $contact }
    <b>Sprachen:</b> { $languages }
    <b>Gute Zeit:</b> { $time }
    <b>Nachricht:</b> { $note }
    <b>Geht an:</b> { $project }, { $region }
    Ist alles richtig?
handoff-summary-employer =
    Bitte prüfen Sie Ihre Angaben:
    <b>Unternehmen:</b> { $company }
    <b>Ansprechperson:</b> { $name }
    <b>Kontakt:</b> { $contact }
    <b>Gute Zeit:</b> { $time }
    <b>Nachricht:</b> { $note }
    <b>Geht an:</b> { $project }, { $region }
    Ist alles richtig?
handoff-empty = –
handoff-send = Ja, senden
handoff-fix-name = Name ändern
handoff-fix-contact = Kontakt ändern
handoff-fix-languages = Sprachen ändern
handoff-fix-time = Zeit ändern
handoff-fix-note = Nachricht ändern
handoff-cancel = Abbrechen
handoff-cancelled = Abgebrochen. Wir haben nichts weitergegeben.
handoff-sent =
    Danke! Ihre Anfrage ist angekommen. Ihre Nummer: <b>{ $ref }</b>
    Wir geben sie an { $project } in { $region } weiter. Eine Mentorin oder ein Mentor meldet sich bei Ihnen. Das kann ein paar Tage dauern.
    Den Stand sehen Sie im Menü unter „Meine Anfrage“.

## Stand der Anfrage
flow-handoff-status-title = Meine Anfrage
handoff-status =
    Ihre Anfrage <b>{ $ref }</b> vom { $date } ({ $region }):
    { $status ->
        [new] Sie ist angekommen. Das Projekt meldet sich bald bei Ihnen.
        [accepted] Eine Mentorin oder ein Mentor kümmert sich darum und meldet sich bei Ihnen.
        [contacted] Eine Mentorin oder ein Mentor hat Sie kontaktiert.
        [unreachable] Das Projekt konnte Sie nicht erreichen. Bitte melden Sie sich selbst: { $page }
       *[closed] Die Anfrage ist abgeschlossen.
    }
handoff-status-none = Sie haben noch keine Anfrage geschickt. Im Menü unter „Kontakt zu Mentorin oder Mentor“ können Sie eine schicken.
handoff-duplicate = Sie haben vor Kurzem schon eine Anfrage geschickt. Wir schicken keine zweite.
handoff-accepted =
    Gute Nachricht: Ihre Anfrage <b>{ $ref }</b> wurde angenommen.
    Eine Mentorin oder ein Mentor von { $project } in { $region } meldet sich bald bei Ihnen.

## Nachrichten an Mentorinnen und Mentoren (werden immer auf Deutsch verschickt).
mentor-referral-title = 🔔 <b>Neue Anfrage { $ref }</b> – { $region }
mentor-kind-mentee = Person, die Begleitung sucht
mentor-kind-employer = Arbeitgeber
mentor-field-kind = Art
mentor-field-name = Name
mentor-field-company = Unternehmen
mentor-field-need = Anliegen
mentor-field-contact = Kontakt
mentor-field-languages = Sprachen
mentor-field-time = Gute Zeit
mentor-field-note = Nachricht
mentor-field-lang = Sprache im Bot
mentor-field-consent = Einwilligung
mentor-field-answers = Antworten im Bot
mentor-field-district = Region
mentor-languages = { $bot } (Sprache im Bot)
mentor-languages-given = { $bot } (Sprache im Bot), selbst angegeben: { $given }
mentor-consent = Version { $version }, { $date }
mentor-field-status = Aufenthalt
mentor-field-fiktion_for = Fiktionsbescheinigung für
mentor-field-family_protected = Familie mit Schutzstatus
mentor-field-work_permit = Arbeit erlaubt
mentor-field-years_saxony = Jahre in Sachsen
mentor-field-german_level = Deutsch
mentor-field-goal = Ziel
mentor-field-qualification = Abschluss
mentor-field-gender = Geschlecht
mentor-value-work_permit-yes = Ja
mentor-value-work_permit-no = Nein, Arbeitsverbot
mentor-value-work_permit-unsure = Weiß nicht
mentor-value-years_saxony-up_to_5 = höchstens 5
mentor-value-years_saxony-over_5 = mehr als 5
mentor-value-years_saxony-unsure = weiß nicht genau
mentor-field-outcome = Ergebnis der Prüfung
mentor-value-outcome-target = Zielgruppe
mentor-value-outcome-secondary = Erweiterte Zielgruppe (nach freien Kapazitäten)
mentor-value-outcome-not_eligible = Laut Bot nicht teilnahmeberechtigt – bitte prüfen
mentor-value-outcome-unclear = Unklar – bitte prüfen
mentor-field-outcome_reason = Grund
mentor-value-outcome_reason-protection = Schutzstatus
mentor-value-outcome_reason-asylum_seeker = Im Asylverfahren (Aufenthaltsgestattung)
mentor-value-outcome_reason-tolerated = Geduldet (Duldung)
mentor-value-outcome_reason-family_member = Familienangehörige einer geschützten Person
mentor-value-outcome_reason-eu_citizen = EU-Bürger, höchstens 5 Jahre in Sachsen
mentor-value-outcome_reason-other_title = Anderer Aufenthaltstitel, höchstens 5 Jahre in Sachsen
mentor-value-outcome_reason-status_unknown = Aufenthaltsstatus unbekannt
mentor-value-outcome_reason-family_unknown = Status der Familie unklar
mentor-value-outcome_reason-work_unknown = Arbeitserlaubnis unklar
mentor-value-outcome_reason-years_unknown = Wohndauer in Sachsen unklar
mentor-value-outcome_reason-naturalised = Eingebürgert, höchstens 5 Jahre in Sachsen
mentor-value-outcome_reason-no_german = Noch keine Deutschkenntnisse
mentor-value-outcome_reason-not_saxony = Wohnt nicht in Sachsen
mentor-value-outcome_reason-work_ban = Arbeitsverbot
mentor-value-outcome_reason-over_5_years = Mehr als 5 Jahre in Sachsen
mentor-value-outcome_reason-naturalised_over_5 = Eingebürgert, mehr als 5 Jahre in Sachsen
mentor-contact-telegram = Telegram-Chat
mentor-contact-telegram-link = Chat öffnen
mentor-contact-phone = Telefon { $phone }
mentor-contact-email = E-Mail { $email }
mentor-same-contact-open = ℹ️ Hinweis: Zu diesem Telefon oder dieser E-Mail gibt es bereits eine offene Anfrage (von einem anderen Telegram-Konto).
mentor-btn-accept = ✋ Übernehmen
mentor-btn-contacted = 📞 Kontaktiert
mentor-btn-unreachable = ❌ Nicht erreicht
mentor-btn-closed = ✅ Abschließen
mentor-state-accepted = ✋ Übernommen von { $mentor } am { $time }
mentor-state-contacted = 📞 Kontaktiert ({ $time })
mentor-state-unreachable = ❌ Nicht erreicht ({ $time })
mentor-state-closed = ✅ Abgeschlossen ({ $time })
mentor-state-outcome = 🏁 Ergebnis: { $outcome }
mentor-outcome-ask = Wie ist die Begleitung ausgegangen? Bitte tippen Sie auf ein Ergebnis (später änderbar).
mentor-outcome-employment = Arbeit (sozialversicherungspflichtig)
mentor-outcome-apprenticeship = Ausbildung
mentor-outcome-qualification = Qualifizierung oder Kurs
mentor-outcome-other_support = Andere Unterstützung
mentor-outcome-not_reachable = Nicht mehr erreichbar
mentor-outcome-not_suitable = Passt nicht ins Programm
mentor-taken = Übernommen. Die Person wird benachrichtigt.
mentor-already-taken = Diese Anfrage hat schon { $mentor } übernommen.
mentor-saved = Gespeichert.
mentor-not-allowed = Nur das Projekt dieser Region kann diese Anfrage bearbeiten.
mentor-gone = Diese Anfrage gibt es nicht mehr.
mentor-not-open = Diese Anfrage ist nicht mehr offen.
mentor-reminder = ⏰ Erinnerung: Die Anfrage { $ref } aus { $region } wartet seit { $hours } Stunden. Bitte übernehmen Sie sie mit dem Knopf an der Nachricht.
mentor-escalation =
    ⚠️ Die Anfrage { $ref } aus { $region } ist seit { $hours } Stunden nicht übernommen.
    Bitte klären Sie mit dem Projekt, wer sie übernimmt. (Die Kontaktdaten stehen nur im Chat des Projekts.)
mentor-withdrawn = 🗑 Die Anfrage { $ref } wurde zurückgezogen. Die Person hat ihre Einwilligung widerrufen. Bitte löschen Sie ihre Daten auch bei sich (Notizen, E-Mails).
mentor-withdrawn-removed = Anfrage { $ref }: zurückgezogen. Die Angaben der Person wurden hier entfernt.
mentor-expired = 🗑 Die Anfrage { $ref } ist abgelaufen. Die Speicherfrist ist vorbei: Name, Kontakt und Nachricht sind gelöscht. Bitte löschen Sie die Daten auch bei sich, wenn Sie sie nicht mehr brauchen.
mentor-mail-subject = Anfrage { $ref } – Arbeitsmarktmentoren { $region }
mentor-mail-withdrawn-subject = Zurückgezogen: Anfrage { $ref }
mentor-mail-expired-subject = Abgelaufen: Anfrage { $ref }
mentor-mail-footer = Diese Nachricht hat der Bot der Arbeitsmarktmentoren Sachsen geschickt. Übernehmen können Sie die Anfrage im Telegram-Chat des Projekts; ohne Telegram nehmen Sie bitte direkt Kontakt auf.
mentor-chatid = Die Chat-ID dieses Chats ist <code>{ $id }</code>. Tragen Sie sie in die Datei mentors.yaml ein (siehe docs/connect-project.md).
