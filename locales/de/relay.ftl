## Nachrichten zwischen Mentorin oder Mentor und der Person, über den Bot (bot/handoff/relay.py)

# Was die Person liest (ihre Sprache)
relay-from-project = ✉️ <b>{ $project }</b> (Anfrage { $ref }):
relay-btn-write = ↩️ Antworten
relay-btn-write-mentor = ✍️ Meiner Mentorin oder meinem Mentor schreiben
relay-btn-stop = Fertig
relay-btn-send-now = 📎 Jetzt senden
relay-write-prompt =
    Schreiben Sie jetzt Ihre Nachricht an { $project }: Text, Foto, Datei oder Sprachnachricht.
    Alles, was Sie in den nächsten { $minutes } Minuten senden, geht an das Projekt.
    Zum Beenden tippen Sie auf „Fertig“ oder senden /menu.
relay-sent = ✓ An { $project } gesendet. Sie können weiter schreiben.
relay-sent-short = ✓ Gesendet
relay-stopped = In Ordnung. Ihre Nachrichten gehen wieder an den Bot.
relay-not-open = Hier können Sie Ihrer Mentorin oder Ihrem Mentor schreiben. Das geht, sobald jemand Ihre Anfrage übernommen hat und solange sie offen ist.
relay-only-these = Ich kann Text, Fotos, Dateien und Sprachnachrichten weitergeben.
relay-answer-yes = Ja, bitte
relay-answer-no = Nein, danke
relay-mydata-waiting = Nachrichten an Ihr Projekt, die noch nicht zugestellt sind: { $count }. Nach der Zustellung löschen wir sie hier.
relay-tpl-call = Ihre Mentorin oder Ihr Mentor möchte Sie anrufen. Wann passt es Ihnen?
relay-tpl-residence = Bitte senden Sie ein Foto von Ihrem Aufenthaltsdokument (beide Seiten). Nur das Projekt sieht es.
relay-tpl-certificate = Bitte senden Sie ein Foto oder eine Datei von Ihrem Zeugnis. Nur das Projekt sieht es.
relay-tpl-office = Wir können uns in unserem Büro treffen: { $office }. Schreiben Sie uns, welcher Tag Ihnen passt.
relay-tpl-still = Möchten Sie noch Unterstützung von uns?

# Was das Projekt liest (immer Deutsch)
mentor-btn-write = ✍️ Der Person schreiben
mentor-relay-prompt =
    ✍️ <b>Nachricht an die Person (Anfrage { $ref })</b>
    Antworten Sie auf diese Nachricht: Ihr Text geht so an die Person, mit dem Namen des Projekts.
    Oder wählen Sie eine Vorlage. Die Person liest sie auf { $language }.
mentor-relay-from-person = ✉️ <b>Anfrage { $ref }</b> – Nachricht der Person (Sprache: { $language }):
mentor-relay-answer = ✉️ <b>Anfrage { $ref }</b> – Antwort auf „{ $title }“: <b>{ $answer }</b>
mentor-relay-tpl-call = 📞 Anruf: Wann passt es?
mentor-relay-tpl-residence = 🪪 Bitte Foto vom Aufenthaltsdokument
mentor-relay-tpl-certificate = 📄 Bitte Foto vom Zeugnis
mentor-relay-tpl-office = 📍 Treffen im Büro
mentor-relay-tpl-still = ❓ Noch Unterstützung gewünscht?
mentor-relay-queued = Wird zugestellt …
mentor-relay-blocked = ⚠️ Nicht zugestellt: Die Person hat den Bot blockiert.
mentor-relay-not-taken = Bitte übernehmen Sie die Anfrage zuerst.
mentor-relay-ended = Diese Anfrage ist abgeschlossen oder zurückgezogen. Es wurde nichts weitergeleitet.
mentor-relay-unsupported = Weitergeleitet werden Text, Fotos, Dateien und Sprachnachrichten.
