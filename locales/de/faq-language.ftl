## FAQ topic "language": German courses (Deutschkurse)
## Facts checked 2026-11-23 (BAMF course rules: 2026-12-07) against the sources in flows/faq/language.yaml.

faq-topic-language = Deutschkurse

## Integration course (Integrationskurs)

faq-integration-course-what-q = Was ist ein Integrationskurs?
faq-integration-course-what-a =
    Der Integrationskurs ist ein Deutschkurs vom BAMF.
    Er hat 2 Teile: einen Sprachkurs und einen Orientierungskurs.
    Der Sprachkurs hat meistens 600 Unterrichtsstunden.
    Der Orientierungskurs hat 100 Stunden.
    Dort lernen Sie viel über Deutschland: Gesetze, Geschichte und Kultur.
    Es gibt auch besondere Kurse mit bis zu 1.000 Stunden.
    Zum Beispiel für Menschen, die lesen und schreiben lernen.
    Sie lernen schnell? Dann können Sie einen Intensivkurs mit 430 Stunden machen.
    Das Ziel ist Deutsch auf dem Niveau B1.
    Es gibt Kurse in Vollzeit und in Teilzeit.

faq-integration-course-who-q = Wer darf oder muss einen Integrationskurs machen?
faq-integration-course-who-a =
    Viele Menschen mit einer Aufenthaltserlaubnis haben ein Recht auf den Kurs.
    Das gilt zum Beispiel für anerkannte Flüchtlinge.
    Manche Menschen müssen den Kurs machen.
    Das entscheidet die Ausländerbehörde oder das Jobcenter.
    Dann ist der Kurs für Sie Pflicht.
    Gehen Sie dann nicht zum Kurs oder brechen ihn ab, kann das Folgen haben.
    Zum Beispiel verlängert die Ausländerbehörde Ihre Aufenthaltserlaubnis vielleicht nicht. Auch ein Bußgeld ist möglich.
    Sie arbeiten schon Vollzeit oder pflegen Angehörige zu Hause? Dann können Sie vielleicht von der Pflicht befreit werden. Fragen Sie die Stelle, die Sie verpflichtet hat.
    Haben Sie Probleme im Kurs? Sprechen Sie früh mit Ihrer Mentorin oder Ihrem Mentor.
    Für den Kurs brauchen Sie eine Teilnahmeberechtigung.
    Damit melden Sie sich bei einem Kursträger an.
    Wichtig: Seit 9. Februar 2026 nimmt das BAMF keine freiwilligen Teilnehmenden mehr auf.
    Mehr dazu lesen Sie in der Frage zur Zulassung.

faq-integration-course-admission-stop-q = Warum lässt mich das BAMF nicht zum Kurs zu?
faq-integration-course-admission-stop-a =
    Seit 9. Februar 2026 nimmt das BAMF keine freiwilligen Teilnehmenden mehr auf (§ 44 Absatz 4 Aufenthaltsgesetz).
    Das gilt für das ganze Haushaltsjahr. Es betrifft zum Beispiel Asylbewerber, Menschen mit Duldung, Menschen aus der Ukraine und EU-Bürger.
    Offene Anträge lehnt das BAMF ab.
    Sie haben schon eine Zulassung? Dann bleibt sie gültig.
    Das Jobcenter oder die Ausländerbehörde hat Sie zum Kurs verpflichtet? Dann machen Sie den Kurs weiter.
    Ohne Zulassung können Sie den Kurs nur privat bezahlen: mindestens 4,58 € pro Stunde, ohne Erstattung.
    Kostenlos: das vhs-Lernportal im Internet. Fragen Sie auch das Jobcenter, ob es Sie zum Kurs verpflichten kann.
    Ihre Mentorin oder Ihr Mentor und die Migrationsberatung (MBE) helfen Ihnen, den besten Weg zu finden.

faq-integration-course-cost-q = Was kostet ein Integrationskurs?
faq-integration-course-cost-a =
    Mit Teilnahmeberechtigung kostet eine Unterrichtsstunde 2,29 €.
    Ein allgemeiner Kurs hat 700 Stunden. Das sind 1.603 €. Sie zahlen für jeden Kursabschnitt mit 100 Stunden.
    Viele Menschen müssen gar nichts zahlen. Lesen Sie dazu die Frage zum kostenlosen Kurs.
    Sie haben den Beitrag selbst bezahlt? Dann bekommen Sie auf Antrag beim BAMF die Hälfte zurück.
    Dafür brauchen Sie B1 im „Deutsch-Test für Zuwanderer“ und den bestandenen Test „Leben in Deutschland“.
    Die Frist: 2 Jahre ab der Teilnahmeberechtigung, bei besonderen Kursen (zum Beispiel Alphabetisierung) 3 Jahre.
    Ohne Teilnahmeberechtigung ist es ein privater Vertrag mit dem Kursträger.
    Dann kostet eine Stunde mindestens 4,58 € (rund 3.200 € für 700 Stunden). Es gibt nichts zurück.
    Kostenlos sind das vhs-Lernportal und, für manche Asylbewerber, der Erstorientierungskurs.

faq-integration-course-free-q = Kann ich den Integrationskurs kostenlos machen?
faq-integration-course-free-a =
    Ja, das ist oft möglich.
    Sie können sich von den Kosten befreien lassen (Kostenbefreiung).
    Das geht zum Beispiel, wenn Sie Bürgergeld, Arbeitslosengeld oder Sozialhilfe bekommen.
    Es geht auch, wenn Sie arbeiten, aber wenig verdienen.
    Stellen Sie den Antrag beim BAMF.
    Wichtig: Stellen Sie den Antrag vor dem Kursbeginn.
    Für spätere Kursabschnitte gilt die Befreiung erst nach Ihrem Antrag.
    Der Kursträger hilft oft beim Antrag.
    Sie zahlen keinen Kostenbeitrag und der Kurs ist weit von Ihrer Wohnung?
    Dann können Sie beim BAMF auch Geld für die Fahrt zum Kurs beantragen (Fahrtkostenzuschuss).
    Auch diesen Antrag stellen Sie vor dem Kursbeginn.

faq-integration-course-find-q = Wie finde ich einen Integrationskurs in meiner Nähe?
faq-integration-course-find-a =
    Mit BAMF-NAvI finden Sie Kurse in Ihrer Nähe.
    Das ist eine Internetseite vom BAMF.
    Suchen Sie dort nach Ihrem Wohnort.
    Sie sehen dann Kursträger, zum Beispiel Volkshochschulen.
    Nehmen Sie Ihre Teilnahmeberechtigung mit zum Kursträger.
    Dort machen Sie einen Einstufungstest.
    Der Test zeigt, welcher Kurs für Sie passt.
    Der Kursträger sagt Ihnen auch, wann der Kurs beginnt.
    Ihre Mentorin oder Ihr Mentor kann Ihnen bei der Suche helfen.

faq-integration-course-exams-q = Welche Prüfungen gibt es im Integrationskurs?
faq-integration-course-exams-a =
    Am Ende gibt es 2 Prüfungen.
    Der Sprachkurs endet mit dem „Deutsch-Test für Zuwanderer“ (DTZ).
    Der DTZ hat einen schriftlichen und einen mündlichen Teil.
    Im schriftlichen Teil hören und lesen Sie. Sie schreiben auch einen kurzen Brief.
    Der mündliche Teil dauert etwa 15 Minuten.
    Das Ergebnis zeigt Ihr Niveau: A2 oder B1.
    Sie haben nur A2 oder weniger?
    Stunden zum Wiederholen gibt es seit Dezember 2024 nur noch in Alphabetisierungskursen und in Kursen für Menschen, die wenig lesen und schreiben können.
    Dort kann das BAMF nach dem Kurs einmal bis zu 300 Stunden erlauben.
    Auch diese Stunden kosten 2,29 € pro Stunde, außer Sie sind von den Kosten befreit.
    Fragen Sie Ihren Kursträger, ob Sie den DTZ noch einmal machen können.
    Der Orientierungskurs endet mit dem Test „Leben in Deutschland“.
    Sie haben B1 und bestehen den Test „Leben in Deutschland“?
    Dann bekommen Sie das „Zertifikat Integrationskurs“.

faq-integration-course-special-q = Gibt es Kurse für Frauen, Eltern oder Jugendliche?
faq-integration-course-special-a =
    Ja. Es gibt besondere Integrationskurse für bestimmte Gruppen.
    Zum Beispiel Kurse für Frauen und Kurse für Eltern.
    Es gibt auch Jugendintegrationskurse für junge Erwachsene.
    Sie lernen noch lesen und schreiben? Dafür gibt es Alphabetisierungskurse.
    Diese Kurse dauern länger, bis zu 1.000 Stunden.
    Es gibt auch Kurse in Teilzeit. Sie passen oft besser zu Familie oder Arbeit.
    BAMF-NAvI zeigt, welche Kurse es an Ihrem Wohnort gibt.
    Fragen Sie auch den Kursträger.

faq-course-childcare-q = Wer betreut meine Kinder während des Kurses?
faq-course-childcare-a =
    Das ist eine wichtige Frage. Klären Sie sie bitte vor dem Kursbeginn.
    Fragen Sie den Kursträger, ob es Kinderbetreuung gibt.
    Kurse für Eltern oder für Frauen passen oft besser zu Familien.
    Kurse in Teilzeit lassen mehr Zeit für die Kinder.
    Suchen Sie auch früh einen Platz in einer Kita oder bei einer Tagesmutter.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen bei der Suche nach Kinderbetreuung.
    So schaffen Sie den Kurs und später auch eine Arbeit.

## Job-related German courses (Berufssprachkurse)

faq-job-german-course-what-q = Was ist ein Berufssprachkurs?
faq-job-german-course-what-a =
    Berufssprachkurse heißen auch „Deutsch für den Beruf“.
    Sie kommen nach dem Integrationskurs.
    Dort lernen Sie Deutsch für die Arbeit.
    Zum Beispiel für Vorstellungsgespräche, Arbeitsverträge oder E-Mails.
    Seit 1. Januar 2025 gibt es weniger Kurse, weil der Bund weniger Geld dafür hat.
    Diese Kurse laufen noch:
    • Kurse für den Arbeitsplatz (Job-BSK)
    • Kurse für Auszubildende (Azubi-BSK)
    • Kurse für Menschen im Anerkennungsverfahren, zum Beispiel für Gesundheitsberufe
    • die meisten Kurse mit dem Ziel B2
    Ausgesetzt sind: Kurse mit dem Ziel A2, B1, C1 oder C2 und die Spezialkurse Einzelhandel, Gewerbe-Technik und Fachpraxis.
    Das hängt vom Haushalt des Bundes ab und wird jedes Jahr neu geprüft.

faq-job-german-course-how-q = Wie bekomme ich einen Berufssprachkurs?
faq-job-german-course-how-a =
    Sie brauchen eine Teilnahmeberechtigung.
    Sie sind arbeitslos oder suchen Arbeit oder eine Ausbildung?
    Dann fragen Sie die Agentur für Arbeit oder das Jobcenter.
    Das gilt auch, wenn Sie Bürgergeld oder Arbeitslosengeld bekommen.
    Sie haben schon Arbeit oder eine Ausbildung?
    Dann stellen Sie den Antrag beim BAMF.
    Das gilt auch, wenn Ihr Berufsabschluss gerade anerkannt wird.
    Mit der Teilnahmeberechtigung melden Sie sich bei einem Kursträger an.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen beim Antrag.

faq-job-german-course-cost-q = Was kostet ein Berufssprachkurs?
faq-job-german-course-cost-a =
    Für die meisten Menschen ist der Berufssprachkurs kostenlos.
    Sie zahlen nur, wenn Sie arbeiten und gut verdienen.
    Die Grenze ist ein zu versteuerndes Einkommen von 20.000 € im Jahr.
    Für Paare, die gemeinsam Steuern zahlen, liegt die Grenze bei 40.000 €.
    Sie verdienen mehr? Dann zahlen Sie einen Eigenbeitrag für jede Stunde.
    Ihr Arbeitgeber kann diesen Beitrag für Sie zahlen.
    Fragen Sie das BAMF oder den Kursträger nach dem genauen Betrag.

## Other courses and advice

faq-first-orientation-course-q = Ich bin im Asylverfahren. Welchen Kurs kann ich machen?
faq-first-orientation-course-a =
    Für Asylbewerber gibt es Erstorientierungskurse.
    Sie sind für Menschen, die keinen Zugang zum Integrationskurs haben.
    Der Kurs ist kostenlos.
    Er hat 300 Unterrichtsstunden in 6 Modulen.
    Sie lernen einfaches Deutsch für den Alltag.
    Themen sind zum Beispiel Einkaufen, Gesundheit, Arbeit und Wohnen.
    Wichtig: Menschen aus sicheren Herkunftsländern können nicht teilnehmen.
    Kurse finden Sie mit BAMF-NAvI. Fragen Sie auch in Ihrer Unterkunft.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen bei der Suche.

faq-german-level-for-work-q = Welches Deutsch-Niveau brauche ich für eine Arbeit?
faq-german-level-for-work-a =
    Es gibt kein festes Niveau für alle Arbeitsstellen.
    Jeder Arbeitgeber entscheidet selbst.
    Für manche Arbeit reicht einfaches Deutsch.
    Andere Stellen verlangen mehr.
    Für manche Berufe gibt es feste Regeln, zum Beispiel bei einer Anerkennung.
    Auch für das Mentoring gibt es kein festes Niveau.
    Sie brauchen genug Deutsch, um im Arbeitsleben klarzukommen.
    Ihre Mentorin oder Ihr Mentor schaut mit Ihnen, was Ihr Wunschberuf verlangt.
    Lernen Sie neben der Arbeit weiter. Das hilft immer.

faq-german-course-next-step-q = Ich spreche schon etwas Deutsch. Welcher Kurs passt?
faq-german-course-next-step-a =
    Das hängt von Ihrem Niveau ab.
    Beim Kursträger machen Sie zuerst einen Einstufungstest.
    Mit Vorkenntnissen können Sie in einem späteren Kursabschnitt anfangen.
    Sie haben noch kein B1? Dann passt meistens der Integrationskurs.
    Sie haben schon B1? Dann passt vielleicht ein Berufssprachkurs mit dem Ziel B2.
    Sie haben eine Arbeit oder eine Ausbildung?
    Dann gibt es Kurse direkt für Ihren Job (Job-BSK, Azubi-BSK).
    Ihre Mentorin oder Ihr Mentor hilft Ihnen, den passenden Kurs zu finden.

faq-migration-advice-mbe-q = Wo bekomme ich Beratung zu Deutschkursen?
faq-migration-advice-mbe-a =
    Erwachsene über 27 Jahre können zur Migrationsberatung gehen.
    Sie heißt „Migrationsberatung für erwachsene Zuwanderer“ (MBE).
    Die MBE berät zu Sprachkursen, Arbeit, Wohnen, Gesundheit und Kinderbetreuung.
    Sie ist vor allem für die ersten 3 Jahre nach der Ankunft da.
    Wohlfahrtsverbände bieten sie an, zum Beispiel Caritas, Diakonie, AWO oder das Rote Kreuz.
    Sie sind 27 oder jünger? Dann hilft Ihnen der Jugendmigrationsdienst (JMD).
    Auch Ihre Mentorin oder Ihr Mentor hilft Ihnen bei allen Fragen zu Kursen.
    Sie suchen eine Beratungsstelle in Ihrer Nähe oder Hilfe bei Briefen vom Amt? Lesen Sie die Frage „Wo finde ich eine Migrationsberatung in meiner Nähe?“

faq-youth-migration-service-jmd-q = Ich bin unter 27. Wer hilft mir beim Deutschlernen?
faq-youth-migration-service-jmd-a =
    Für junge Menschen von 12 bis 27 Jahren gibt es die Jugendmigrationsdienste (JMD).
    Es gibt rund 500 JMD in ganz Deutschland.
    Der JMD hilft Ihnen zum Beispiel, einen Deutschkurs oder Integrationskurs zu finden.
    Er hilft auch bei Schule, Ausbildung und Arbeit.
    Die Beratung ist kostenlos.
    Sie können auch online fragen: bei jmd4you.
    Dort antworten Fachleute auf Ihre Fragen.

## Added 2026-12-07: courses beside work, finding a local advice office

faq-course-part-time-evening-q = Gibt es Deutschkurse am Abend oder neben der Arbeit?
faq-course-part-time-evening-a =
    Ja, Sie können auch neben Arbeit oder Familie Deutsch lernen.
    Integrationskurse gibt es in Vollzeit und in Teilzeit.
    Ein Teilzeitkurs hat weniger Stunden am Tag.
    Die Uhrzeiten legt der Kursträger fest. Fragen Sie dort nach Kursen am Abend.
    Kursträger in Ihrer Nähe finden Sie mit BAMF-NAvI.
    Sie haben schon Arbeit? Dann passt vielleicht ein Job-BSK.
    Er hat 100 bis 150 Stunden, geht auch in Teilzeit und oft direkt im Betrieb.
    Dafür brauchen Sie mindestens Deutsch auf dem Niveau A2.
    Sie können auch kostenlos online lernen: im vhs-Lernportal, auch mit dem Handy.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen, den passenden Kurs zu finden.

faq-migration-advice-near-me-q = Wo finde ich eine Migrationsberatung in meiner Nähe?
faq-migration-advice-near-me-a =
    Die Migrationsberatung für erwachsene Zuwanderer (MBE) gibt es an über 1.400 Orten in Deutschland.
    Eine Beratungsstelle in Ihrer Nähe finden Sie bei mbeon.
    Das ist eine App und eine Internetseite. Suchen Sie dort mit Ihrer Postleitzahl.
    Bei mbeon können Sie auch online im Chat fragen, in vielen Sprachen.
    Die Beratung ist kostenlos.
    Die MBE hilft auch bei Briefen von Ämtern.
    Sie erklärt Ihnen, was im Brief steht und was Sie tun müssen.
    Sie hilft auch bei Anträgen und Formularen.
    Wichtig: Viele Briefe haben eine Frist. Gehen Sie früh zur Beratung und nehmen Sie den Brief mit.
    Sie sind 27 oder jünger? Dann hilft der Jugendmigrationsdienst (JMD).
