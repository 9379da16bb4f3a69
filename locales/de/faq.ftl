## Fragen und Antworten (FAQ): die Bildschirme rund um die Antworten (bot/faq/browse.py).
## Die Fragen und Antworten selbst stehen in faq-<thema>.ftl.

flow-faq-title = Fragen und Antworten
faq-topics = Zu welchem Thema haben Sie eine Frage? Sie können Ihre Frage auch einfach eintippen.
faq-topic-questions = Wählen Sie eine Frage:
faq-answer-footer =
    { $count ->
        [one] Quelle
       *[other] Quellen
    }:
    { $sources }
    Geprüft am { $checked }

    Hat Ihnen diese Antwort geholfen?
faq-helped-yes = 👍 Ja
faq-helped-no = 👎 Nein
faq-thanks-yes = Danke für Ihre Rückmeldung!
faq-thanks-no = Danke für Ihre Rückmeldung. Eine Mentorin oder ein Mentor kann Ihre Frage persönlich beantworten.
faq-already-voted = Zu dieser Antwort haben Sie uns schon geantwortet. Danke!
faq-search-suggest =
    Ich bin nicht ganz sicher. Meinten Sie eine dieser Fragen?
    Tippen Sie auf eine Frage. Oder fragen Sie eine Mentorin oder einen Mentor.
faq-search-arabizi =
    Sie haben wohl Arabisch mit lateinischen Buchstaben geschrieben.
    Das kann ich leider nicht sicher lesen. Bitte schreiben Sie Ihre Frage mit arabischen Buchstaben.
    Oder schreiben Sie auf Deutsch. Eine Mentorin oder ein Mentor kann Ihnen auch helfen.
faq-search-none =
    Dazu habe ich leider keine sichere Antwort. Ich möchte nicht raten.
    Eine Mentorin oder ein Mentor kann Ihnen persönlich helfen. Oder Sie schauen in die Themen.
faq-all-topics = Alle Themen
faq-mentor = Mentorin oder Mentor fragen
faq-to-menu = Hauptmenü
faq-gone = Diese Frage gibt es nicht mehr. Hier sind die Themen.
faq-empty = Im Moment gibt es hier keine Fragen und Antworten.
