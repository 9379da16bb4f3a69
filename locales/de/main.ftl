flow-main-title = Hauptmenü
main-welcome =
    Willkommen bei den Arbeitsmarktmentoren Sachsen!
    Unsere Mentorinnen und Mentoren helfen geflüchteten und zugewanderten Menschen in Sachsen auf dem Weg zu Ausbildung und Arbeit. Die Hilfe ist kostenlos.
main-menu = Was möchten Sie tun?
main-menu-check = Kann ich mitmachen?
main-menu-about = Was ist das Programm?
main-menu-faq = Fragen und Antworten
main-menu-contact = Kontakt zu Mentorin oder Mentor
main-menu-status = Meine Anfrage
main-menu-employer = Für Unternehmen
main-about =
    Die Arbeitsmarktmentoren begleiten Sie auf dem Weg zu Ausbildung und Arbeit.
    Sie helfen bei der Suche nach Arbeit, bei Bewerbungen, bei Terminen mit Ämtern und bei der Anerkennung von Abschlüssen. Auch nach dem Start im Job sind sie für Sie da.
    Das Programm gibt es in ganz Sachsen. Es wird vom Freistaat Sachsen bezahlt.
flow-human-title = Mit einem Menschen sprechen
human-info = Auf der Seite des Programms finden Sie die Projekte in Ihrer Region: https://arbeitsmarktmentoren-sachsen.de/
