# Texte des Telegram-Kanals: Befehlsmenü, Gruppen, bearbeitete Nachrichten, /reload.
tg-cmd-start = Gespräch beginnen
tg-cmd-menu = Hauptmenü
tg-cmd-back = Zur vorigen Frage
tg-cmd-language = Sprache wechseln
tg-cmd-help = Hilfe
tg-cmd-human = Mit einem Menschen sprechen
tg-cmd-mydata = Meine gespeicherten Daten ansehen
tg-cmd-delete = Meine Daten löschen
tg-cmd-restart = Von vorne beginnen
tg-edited = Geänderte Nachrichten kann ich leider nicht lesen. Bitte schicken Sie Ihre Antwort als neue Nachricht.
tg-group-private = Ich antworte nur im privaten Chat. Bitte schreiben Sie mir dort: { $link }
tg-admin-only = Diesen Befehl kann nur das Team der Arbeitsmarktmentoren nutzen. Für Ihre Fragen tippen Sie einfach auf /menu.
tg-reload-ok = Neu geladen. Die neuen Abläufe und Texte gelten ab jetzt.
tg-reload-warnings = { $count } Hinweise (keine Fehler; bitte bei Gelegenheit prüfen):
tg-reload-warnings-more = … und { $more } weitere. Alle zeigt: python -m bot validate --warnings
tg-reload-failed = Nicht neu geladen: { $count } Fehler. Die bisherige Version läuft weiter. Bitte beheben Sie diese Fehler:
tg-too-many = Sie haben viele Nachrichten auf einmal geschickt. Ich habe die ersten beantwortet, die anderen nicht gelesen. Bitte warten Sie auf meine Antwort. Dann schicken Sie, was noch fehlt.
