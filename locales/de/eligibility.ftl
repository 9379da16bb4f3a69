# "Kann ich mitmachen?" (flows/eligibility.yaml) und die Frage nach dem Wohnort (Aktion "district").
# Einfache Sprache: kurze Sätze, Alltagswörter, "Sie". Jede Nachricht gibt es auch in en, ar und es.
# Variablen: { $district_name } = Name der Region aus flows/regions.yaml, { $code } = Postleitzahl.

flow-eligibility-title = Kann ich mitmachen?
elig-intro =
    Ich stelle Ihnen ein paar kurze Fragen. Dann wissen Sie, ob die Arbeitsmarktmentoren Sie begleiten können.
    Sie müssen keinen Namen nennen. Mit „{ nav-back }“ können Sie eine Antwort ändern.

## Wohnort (Aktion "district")

district-ask = Wo wohnen Sie? Schreiben Sie Ihre Postleitzahl (zum Beispiel 01067) oder den Namen Ihres Ortes. Oder wählen Sie aus der Liste.
district-why = Warum wir fragen: Das Programm ist für Menschen, die in Sachsen wohnen. So finden wir auch die Mentorinnen und Mentoren in Ihrer Nähe.
district-list-button = Aus der Liste wählen
district-outside-button = Ich wohne nicht in Sachsen
district-list-ask = In welchem Landkreis oder in welcher Stadt wohnen Sie?
district-ambiguous-code = Die Postleitzahl { $code } gibt es in mehr als einem Landkreis. Wo wohnen Sie?
district-ambiguous-place = Diesen Ort gibt es in Sachsen mehrmals. Welchen meinen Sie?
district-guess = Meinen Sie diesen Ort?
district-guess-none = Nein, aus der Liste wählen
district-outside-code = Die Postleitzahl { $code } liegt nicht in Sachsen. Haben Sie sich vertippt? Dann schreiben Sie sie bitte noch einmal.
district-unknown-place = Diesen Ort finde ich in Sachsen nicht. Bitte schreiben Sie Ihre Postleitzahl (5 Ziffern). Oder wählen Sie aus der Liste.
district-invalid = Das habe ich nicht verstanden. Bitte schreiben Sie Ihre Postleitzahl (5 Ziffern) oder den Namen Ihres Ortes.

elig-where-confirm = Sie wohnen hier: { $district_name }. Stimmt das?
elig-where-confirm-yes = Ja, das stimmt
elig-where-confirm-change = Nein, anderer Ort

## Aufenthaltsstatus

elig-status-ask =
    Welches Papier für Ihren Aufenthalt haben Sie?
    • Aufenthaltserlaubnis mit Schutz: Sie haben Schutz bekommen – als Flüchtling, mit Asyl, mit subsidiärem Schutz, aus humanitären Gründen oder weil Sie aus der Ukraine kommen.
    • Aufenthaltsgestattung: Ihr Asylverfahren läuft noch.
    • Duldung: Sie dürfen vorerst bleiben, weil Ihre Abschiebung ausgesetzt ist.
    • Fiktionsbescheinigung: ein Papier für die Zeit, in der die Ausländerbehörde über Ihren Antrag entscheidet.
    • Andere Aufenthaltserlaubnis: zum Beispiel für Arbeit, Studium oder Familie.
elig-status-why = Warum wir fragen: Das Programm ist vor allem für Geflüchtete und ihre Familien. Andere Zugewanderte können mitmachen, wenn die Mentorinnen und Mentoren noch Zeit frei haben.
elig-status-protection = Aufenthaltserlaubnis mit Schutz
elig-status-asylum = Aufenthaltsgestattung
elig-status-duldung = Duldung
elig-status-fiktion = Fiktionsbescheinigung
elig-status-eu = Pass aus einem EU-Land
elig-status-other = Andere Aufenthaltserlaubnis
elig-status-german = Deutscher Pass (eingebürgert)
elig-status-unknown = Weiß ich nicht / etwas anderes

elig-fiktion-ask = Um welche Aufenthaltserlaubnis geht es bei Ihrer Fiktionsbescheinigung? Welche hatten Sie vorher oder welche haben Sie beantragt?
elig-fiktion-why = Warum wir fragen: Die Fiktionsbescheinigung gilt, bis die Ausländerbehörde entscheidet. Für das Programm zählt, um welche Aufenthaltserlaubnis es geht.
elig-fiktion-protection = Schutz (Flucht, humanitär, Ukraine)
elig-fiktion-other = Andere (Arbeit, Studium, Familie)

elig-family-ask = Hat jemand aus Ihrer Familie in Deutschland Schutz bekommen? Zum Beispiel Ihr Ehepartner, Ihre Ehepartnerin, Ihre Eltern oder Ihr Kind – als Flüchtling, mit Asyl, mit subsidiärem Schutz oder weil er oder sie aus der Ukraine kommt.
elig-family-why = Warum wir fragen: Das Programm ist auch für Familienangehörige von Menschen mit Schutz.

## Arbeitsverbot, Jahre in Sachsen, Deutsch

elig-work-ask = Dürfen Sie in Deutschland arbeiten? Das steht auf Ihrem Papier. Steht dort, dass Sie mit Erlaubnis der Ausländerbehörde arbeiten dürfen? Dann wählen Sie „Ja“.
elig-work-why = Warum wir fragen: Die Mentorinnen und Mentoren begleiten Sie in Arbeit und Ausbildung. Mit einem Arbeitsverbot geht das leider noch nicht.
elig-work-yes = Ja, ich darf arbeiten
elig-work-no = Nein, ich habe ein Arbeitsverbot

elig-years-ask = Wie lange wohnen Sie schon in Sachsen? Es zählt nur die Zeit in Sachsen, nicht in ganz Deutschland.
elig-years-why = Warum wir fragen: Menschen ohne Fluchtgeschichte können mitmachen, wenn sie höchstens 5 Jahre in Sachsen wohnen.
elig-years-up-to-5 = 5 Jahre oder weniger
elig-years-over-5 = Mehr als 5 Jahre
elig-years-unsure = Weiß ich nicht genau

elig-german-ask =
    Wie gut sprechen Sie Deutsch? Schätzen Sie sich einfach selbst ein.
    A1: einzelne Wörter und Sätze · A2: einfache Gespräche · B1: Sie kommen im Alltag gut zurecht · B2: Sie können auch über Arbeit sprechen · C1: Sie verstehen fast alles.
elig-german-why = Warum wir fragen: Für das Programm braucht man ausreichende Deutschkenntnisse. Eine feste Stufe gibt es dafür nicht. Auch mit wenig Deutsch suchen wir gemeinsam den nächsten Schritt.
elig-german-none = Noch gar kein Deutsch
elig-german-a1 = A1
elig-german-a2 = A2
elig-german-b1 = B1
elig-german-b2 = B2
elig-german-c1 = C1 oder besser

## Ergebnisse

elig-result-target-protection =
    Gute Nachricht: Sie gehören zur Zielgruppe der Arbeitsmarktmentoren.
    Der Grund: Sie haben in Deutschland Schutz bekommen und wohnen in Sachsen. Für Menschen wie Sie ist das Programm da.
    Ein Mentoren-Projekt in Ihrer Region ({ $district_name }) kann Sie begleiten. Im ersten Gespräch prüft die Mentorin oder der Mentor alles noch einmal mit Ihnen.
elig-result-target-asylum =
    Gute Nachricht: Sie gehören zur Zielgruppe der Arbeitsmarktmentoren.
    Der Grund: Sie sind im Asylverfahren (Aufenthaltsgestattung), dürfen arbeiten und wohnen in Sachsen. Das Programm ist auch für Asylsuchende da.
    Ein Mentoren-Projekt in Ihrer Region ({ $district_name }) kann Sie begleiten. Im ersten Gespräch prüft die Mentorin oder der Mentor alles noch einmal mit Ihnen.
elig-result-target-duldung =
    Gute Nachricht: Sie gehören zur Zielgruppe der Arbeitsmarktmentoren.
    Der Grund: Sie haben eine Duldung, dürfen arbeiten und wohnen in Sachsen. Das Programm ist auch für Menschen mit Duldung da.
    Ein Mentoren-Projekt in Ihrer Region ({ $district_name }) kann Sie begleiten. Im ersten Gespräch prüft die Mentorin oder der Mentor alles noch einmal mit Ihnen.
elig-result-target-family =
    Gute Nachricht: Sie gehören zur Zielgruppe der Arbeitsmarktmentoren.
    Der Grund: Jemand aus Ihrer Familie hat in Deutschland Schutz bekommen, und Sie wohnen in Sachsen. Das Programm ist auch für Familienangehörige da.
    Ein Mentoren-Projekt in Ihrer Region ({ $district_name }) kann Sie begleiten. Im ersten Gespräch prüft die Mentorin oder der Mentor alles noch einmal mit Ihnen.
elig-result-secondary-eu =
    Sie können wahrscheinlich mitmachen – wenn die Mentorinnen und Mentoren in Ihrer Region ({ $district_name }) noch Zeit frei haben.
    Der Grund: Das Programm ist vor allem für Geflüchtete. Andere Zugewanderte, zum Beispiel aus EU-Ländern, begleiten die Mentorinnen und Mentoren, wenn sie Zeit frei haben. Dafür dürfen Sie höchstens 5 Jahre in Sachsen wohnen. Das ist bei Ihnen so.
    Ob gerade ein Platz frei ist, sagt Ihnen das Projekt.
elig-result-secondary-other =
    Sie können wahrscheinlich mitmachen – wenn die Mentorinnen und Mentoren in Ihrer Region ({ $district_name }) noch Zeit frei haben.
    Der Grund: Das Programm ist vor allem für Geflüchtete. Andere Zugewanderte, zum Beispiel mit einer Aufenthaltserlaubnis für Arbeit, Studium oder Familie, begleiten die Mentorinnen und Mentoren, wenn sie Zeit frei haben. Dafür dürfen Sie höchstens 5 Jahre in Sachsen wohnen. Das ist bei Ihnen so.
    Ob gerade ein Platz frei ist, sagt Ihnen das Projekt.
elig-result-unclear-status =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Ihr Aufenthaltsstatus ist noch unklar. Das ist kein Problem. Eine Mentorin oder ein Mentor kann Ihre Papiere mit Ihnen ansehen und prüfen, ob Sie mitmachen können.
elig-result-unclear-family =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Es ist noch unklar, ob jemand aus Ihrer Familie in Deutschland Schutz bekommen hat. Familienangehörige von Menschen mit Schutz gehören zur Zielgruppe. Eine Mentorin oder ein Mentor prüft das gern mit Ihnen.
elig-result-unclear-work =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Sie wissen nicht sicher, ob Sie arbeiten dürfen. Das steht auf Ihrem Aufenthaltspapier. Eine Mentorin oder ein Mentor prüft das gern mit Ihnen.
elig-result-unclear-years =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Andere Zugewanderte können mitmachen, wenn sie höchstens 5 Jahre in Sachsen wohnen. Bei Ihnen ist das noch unklar. Eine Mentorin oder ein Mentor prüft das gern mit Ihnen.
elig-result-unclear-naturalised =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Sie haben die deutsche Staatsangehörigkeit. Das Programm ist vor allem für Geflüchtete und andere Zugewanderte. Ob das Programm Sie begleiten kann, prüft eine Mentorin oder ein Mentor mit Ihnen.
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-unclear-german =
    Das kann ich noch nicht sicher sagen.
    Der Grund: Für das Programm braucht man ausreichende Deutschkenntnisse. Eine feste Stufe gibt es dafür nicht. Sprechen Sie trotzdem mit einer Mentorin oder einem Mentor – gemeinsam finden Sie den nächsten Schritt.
    Deutschkurse (Integrationskurse) in Ihrer Nähe finden Sie mit BAMF-NAvI: https://bamf-navi.bamf.de
    Wichtig: Seit Februar 2026 nimmt das BAMF keine freiwilligen Teilnehmenden mehr auf. Asylbewerber und Menschen mit Duldung aus sicheren Herkunftsländern können weder den Integrationskurs noch den Erstorientierungskurs machen. Kostenlos für alle ist das vhs-Lernportal: https://www.vhs-lernportal.de
elig-result-out-not-saxony =
    Die Arbeitsmarktmentoren Sachsen können Sie leider nicht begleiten.
    Der Grund: Das Programm ist nur für Menschen, die in Sachsen wohnen. Es zählt der Wohnort, nicht der Arbeitsort.
    Wenn Sie nach Sachsen ziehen, sind Sie herzlich willkommen. Auch dort, wo Sie jetzt wohnen, gibt es Hilfe:
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-out-work-ban =
    Im Moment können die Arbeitsmarktmentoren Sie leider nicht begleiten.
    Der Grund: Sie haben ein Arbeitsverbot. Die Mentorinnen und Mentoren begleiten in Arbeit und Ausbildung. Das geht erst, wenn Sie arbeiten dürfen.
    Ein Arbeitsverbot kann sich ändern. Dann kommen Sie gern wieder!
    Kommen Sie aus einem sicheren Herkunftsland? Dann sind der Integrationskurs und der Erstorientierungskurs für Sie leider geschlossen. Deutsch lernen können Sie trotzdem: kostenlos im Internet mit dem vhs-Lernportal (https://www.vhs-lernportal.de). Die Migrationsberatung (MBE) berät Sie.
    Bis dahin bekommen Sie hier Hilfe:
elig-result-out-over-5 =
    Die Arbeitsmarktmentoren können Sie leider nicht begleiten.
    Der Grund: Das Programm ist vor allem für Geflüchtete. Andere Zugewanderte können nur mitmachen, wenn sie höchstens 5 Jahre in Sachsen wohnen. Sie wohnen schon länger hier.
    Hier bekommen Sie Hilfe:
elig-result-out-naturalised =
    Die Arbeitsmarktmentoren können Sie leider nicht begleiten.
    Der Grund: Sie haben die deutsche Staatsangehörigkeit und wohnen schon mehr als 5 Jahre in Sachsen. Das Programm ist für Geflüchtete und für Zugewanderte, die höchstens 5 Jahre in Sachsen wohnen.
    Hier bekommen Sie Hilfe:
elig-alternatives =
    • Migrationsberatung für erwachsene Zuwanderer (MBE): für Menschen ab 27 Jahren. Beratungsstellen in Ihrer Nähe finden Sie mit BAMF-NAvI:
      https://bamf-navi.bamf.de
    • Jugendmigrationsdienste (JMD): für junge Menschen von 12 bis 27 Jahren, auch online (jmd4you). Den JMD in Ihrer Nähe finden Sie hier:
      https://www.jugendmigrationsdienste.de
    • Jobcenter oder Agentur für Arbeit: Hilfe bei der Suche nach Arbeit und Ausbildung. Die Stelle in Ihrer Nähe finden Sie hier:
      https://web.arbeitsagentur.de/portal/metasuche/suche/dienststellen

## Für die Mentorin oder den Mentor (ändert das Ergebnis nicht)

elig-profile-intro = Noch ein paar kurze Fragen. Sie helfen Ihrer Mentorin oder Ihrem Mentor, Sie gut zu beraten. Am Ergebnis ändern sie nichts.
elig-goal-ask = Was möchten Sie erreichen?
elig-goal-why = Warum wir fragen: So weiß Ihre Mentorin oder Ihr Mentor gleich, wobei Sie Hilfe möchten.
elig-goal-job = Eine Arbeit finden
elig-goal-apprenticeship = Eine Ausbildung machen
elig-goal-recognition = Meinen Abschluss anerkennen lassen
elig-goal-course = Einen Sprachkurs finden
elig-goal-unsure = Weiß ich noch nicht
elig-qual-ask = Haben Sie eine Berufsausbildung oder ein Studium abgeschlossen? Auch ein Abschluss aus Ihrem Herkunftsland zählt.
elig-qual-why = Warum wir fragen: Ohne Berufsabschluss helfen die Mentoren vor allem auf dem Weg in eine Ausbildung. Mit Abschluss suchen sie mit Ihnen eine Arbeit, die dazu passt.
elig-qual-vocational = Ja, eine Berufsausbildung
elig-qual-university = Ja, ein Studium
elig-qual-none = Nein
elig-skip = Möchte ich nicht sagen
elig-gender-ask = Sind Sie eine Frau, ein Mann oder divers? Diese Frage ist freiwillig.
elig-gender-why = Warum wir fragen: Das Programm unterstützt besonders geflüchtete Frauen. Ihre Antwort ändert nichts daran, ob Sie mitmachen können.
elig-gender-female = Frau
elig-gender-male = Mann
elig-gender-diverse = Divers
elig-focus-women = Schön, dass Sie da sind! Das Programm unterstützt in den Jahren 2025 bis 2027 besonders geflüchtete Frauen.
elig-focus-training = Sie haben noch keinen Berufsabschluss? Das Programm hilft in den Jahren 2025 bis 2027 besonders Geflüchteten, einen Abschluss zu machen – zum Beispiel mit einer Ausbildung.
elig-focus-matching = Mit Ihrem Abschluss suchen die Mentoren mit Ihnen eine Arbeit, die zu Ihrer Qualifikation passt. Sie helfen auch bei der Anerkennung Ihres Abschlusses.

## Wie geht es weiter?

elig-next-ask = Wie möchten Sie weitermachen?
elig-next-mentor = Kontakt zu den Mentoren
elig-next-mentor-anyway = Trotzdem die Mentoren fragen
elig-next-faq = Fragen und Antworten
elig-next-menu = Zum Hauptmenü
elig-next-change-place = Ich wohne doch in Sachsen
