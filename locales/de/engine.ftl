# Texte, die der Bot selbst zeigt (Befehle, Fehler, Navigation).
language-choose = Bitte wählen Sie Ihre Sprache.
language-changed = Die Sprache ist jetzt { $language }.
help-text =
    So funktioniert der Bot:
    Tippen Sie auf die Knöpfe unter den Nachrichten.
    /menu – zum Hauptmenü
    /back – zur vorigen Frage
    /restart – von vorne beginnen
    /language – Sprache wechseln
    /human – mit einem Menschen sprechen
    /status – Stand meiner Anfrage
    /mydata – meine gespeicherten Daten
    /delete – meine Daten löschen
unknown-command = Diesen Befehl kenne ich nicht. Mit /help sehen Sie alle Befehle.
unsupported-input = Das kann ich leider nicht lesen: Ich lese nur Text. Bitte antworten Sie auf die Frage oben – tippen Sie auf einen Knopf oder schreiben Sie.
unsupported-voice = Sprachnachrichten kann ich leider nicht anhören: Ich lese nur Text. Bitte schreiben Sie Ihre Antwort auf die Frage oben. Sprechen können Sie später mit einer Mentorin oder einem Mentor am Telefon.
use-buttons = Bitte tippen Sie auf einen der Knöpfe.
not-understood = Das habe ich nicht verstanden. Hier ist das Menü.
stale-button = Dieser Knopf ist von einer älteren Nachricht. Hier ist die aktuelle Frage.
recovered-note = Dieser Teil wurde inzwischen geändert. Wir machen hier weiter.
back-nothing = Es gibt keine vorige Frage.
nav-back = ◀ Zurück
error-flow-loop = Hier ist leider ein Fehler passiert. Das Team wurde informiert. Mit /menu geht es weiter.
error-general = Hier ist leider ein Fehler passiert. Ihre Antworten sind gespeichert. Bitte versuchen Sie es noch einmal.
action-unavailable = Diese Funktion ist gerade nicht verfügbar. Wir machen weiter.
human-unavailable = Im Moment kann ich Sie nicht weiterleiten. Bitte versuchen Sie es später noch einmal.
answer-yes = Ja
answer-no = Nein
answer-unsure = Ich weiß es nicht
typed-which = Welche Antwort meinen Sie? Bitte tippen Sie darauf.
# Wörter, die als getippte Antwort "Ja", "Nein" oder "Weiß ich nicht" zählen (durch Kommas getrennt; alle
# Sprachen gelten zusammen, Groß-/Kleinschreibung und Akzente zählen nicht). Werden nie angezeigt.
answer-words-yes = ja, jo, jap, jep, joa, jawohl, genau, richtig, stimmt, klar, sicher, natürlich, okay, ok, passt
answer-words-no = nein, nee, nö, ne, nicht, niemals, falsch, stimmt nicht
answer-words-unsure = weiß nicht, weiss nicht, weiß ich nicht, weiss ich nicht, ich weiß es nicht, keine ahnung, unsicher, nicht sicher, k.a., ka
explain-button = ❓ Was bedeutet das?
