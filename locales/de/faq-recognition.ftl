# FAQ topic "recognition": Anerkennung ausländischer Abschlüsse.
# Facts: /work/shared/program/BRIEF.md, section "Recognition of foreign qualifications";
# sources per entry in flows/faq/recognition.yaml. No links in the texts: sources are shown below each answer.

faq-topic-recognition = Anerkennung von Abschlüssen

faq-recognition-need-q = Brauche ich eine Anerkennung für meinen Beruf?
faq-recognition-need-a =
    Das hängt von Ihrem Beruf ab.
    Manche Berufe sind in Deutschland geregelt (reglementiert).
    Zum Beispiel Arzt oder Ärztin, Pflegefachkraft oder Lehrkraft.
    Auch den Titel „Ingenieurin“ oder „Ingenieur“ dürfen Sie nur mit Erlaubnis führen. In Sachsen entscheidet das die Ingenieurkammer Sachsen.
    In einem geregelten Beruf dürfen Sie nur mit Anerkennung arbeiten.
    Die meisten Berufe sind aber nicht geregelt.
    Dann können Sie sich auch ohne Anerkennung bewerben.
    Die Anerkennung hilft trotzdem: Arbeitgeber verstehen dann besser, was Sie können.
    Ob Ihr Beruf geregelt ist, zeigt der Anerkennungs-Finder.

faq-recognition-who-q = Wer darf eine Anerkennung beantragen?
faq-recognition-who-a =
    Jede Person mit einem Abschluss aus dem Ausland darf den Antrag stellen.
    Ihr Aufenthaltsstatus spielt keine Rolle.
    Auch Ihre Staatsangehörigkeit ist egal.
    Das gilt auch mit Aufenthaltsgestattung oder Duldung.
    Wichtig ist: Sie haben im Ausland eine Ausbildung oder ein Studium abgeschlossen.
    Und Sie möchten in Deutschland in diesem Beruf arbeiten.
    Sie haben keinen Abschluss?
    Dann berät Ihre Mentorin oder Ihr Mentor Sie zu einer Ausbildung in Deutschland.

faq-recognition-finder-q = Welche Stelle ist für meine Anerkennung zuständig?
faq-recognition-finder-a =
    Das hängt von Ihrem Beruf ab und davon, wo Sie arbeiten möchten.
    Nutzen Sie den Anerkennungs-Finder.
    Er ist Teil des offiziellen Portals „Anerkennung in Deutschland“.
    Sie geben Ihren Beruf und Ihren Ort ein.
    Dann sehen Sie die zuständige Stelle mit den Kontaktdaten.
    Sie sehen auch, ob Ihr Beruf geregelt ist.
    Das Portal gibt es auch auf Englisch.
    Den Link finden Sie unten bei den Quellen.
    Ihre Mentorin oder Ihr Mentor kann die Suche mit Ihnen zusammen machen.

faq-recognition-where-ihk-q = Wo beantrage ich die Anerkennung für IHK-Berufe?
faq-recognition-where-ihk-a =
    IHK-Berufe sind Berufe aus Industrie und Handel.
    Für diese Berufe ist die IHK FOSA zuständig.
    Das ist die gemeinsame Anerkennungsstelle der Industrie- und Handelskammern.
    Sie ist auch für Menschen in Sachsen zuständig.
    Die Gebühr für den Antrag liegt zwischen 100 und 600 Euro.
    Die Höhe hängt vom Aufwand ab.
    Übersetzungen und beglaubigte Kopien bezahlen Sie extra.
    Ob Ihr Beruf ein IHK-Beruf ist, zeigt der Anerkennungs-Finder.
    Für die Kosten gibt es vielleicht Hilfe, zum Beispiel den Anerkennungszuschuss.

faq-recognition-where-trades-q = Wo beantrage ich die Anerkennung im Handwerk?
faq-recognition-where-trades-a =
    Für Handwerksberufe ist die Handwerkskammer zuständig.
    Das sind zum Beispiel Bäcker, Friseurin, Tischler oder Maurer.
    Sie wohnen oder arbeiten in Dresden?
    Oder in den Landkreisen Bautzen, Görlitz, Meißen oder Sächsische Schweiz-Osterzgebirge?
    Dann ist die Handwerkskammer Dresden zuständig.
    Chemnitz, Erzgebirgskreis, Mittelsachsen, Vogtlandkreis oder Landkreis Zwickau: Dann ist es die Handwerkskammer Chemnitz.
    Leipzig, Landkreis Leipzig oder Nordsachsen: Dann ist es die Handwerkskammer zu Leipzig.
    Für Ihren Beruf zeigt der Anerkennungs-Finder die genaue Stelle.
    Die Handwerkskammer Dresden empfiehlt zuerst ein persönliches Beratungsgespräch.
    Bringen Sie dazu Lebenslauf, Ausweis und Zeugnisse mit deutscher Übersetzung mit.

faq-recognition-where-regulated-q = Arzt, Pflege, Lehrer: Wo stelle ich den Antrag?
faq-recognition-where-regulated-a =
    Diese Berufe sind geregelt.
    Sie brauchen die Anerkennung, um darin zu arbeiten.
    In Sachsen sind diese Stellen zuständig:
    Ärztinnen und Ärzte: die Landesdirektion Sachsen.
    Pflege und andere Gesundheitsberufe: der Kommunale Sozialverband Sachsen (KSV).
    Soziale Berufe, zum Beispiel Sozialarbeit: die Landesdirektion Sachsen.
    Lehrerinnen und Lehrer: das Landesamt für Schule und Bildung (LaSuB).
    Die genaue Adresse zeigt der Anerkennungs-Finder.
    Lassen Sie sich vor dem Antrag beraten, zum Beispiel kostenlos beim IQ Netzwerk Sachsen.

faq-recognition-documents-q = Welche Unterlagen brauche ich für den Antrag?
faq-recognition-documents-a =
    Das hängt von Ihrem Beruf und von der zuständigen Stelle ab.
    Meistens brauchen Sie:
    das Antragsformular, einen Ausweis oder Pass und einen Lebenslauf.
    Dazu Ihr Abschlusszeugnis und Nachweise über Ihre Berufserfahrung.
    Schicken Sie Kopien, keine Originale.
    Manchmal verlangt die Stelle amtlich beglaubigte Kopien.
    Originale zeigen Sie nur, wenn die Stelle Sie darum bittet. Die Landesdirektion Sachsen bittet Ärztinnen und Ärzte zum Beispiel darum.
    Dokumente in einer anderen Sprache brauchen meist eine deutsche Übersetzung.
    Fragen Sie vorher bei der zuständigen Stelle, was sie genau braucht.

faq-recognition-translations-q = Wer übersetzt und beglaubigt meine Zeugnisse?
faq-recognition-translations-a =
    Die Übersetzung muss von einem vereidigten Übersetzer sein.
    Offiziell heißt das: öffentlich bestellt oder ermächtigt.
    Eine Übersetzung von Freunden oder aus dem Internet reicht nicht.
    Solche Übersetzer finden Sie in der Datenbank der Justiz: justiz-dolmetscher.de
    Eine Beglaubigung bestätigt: Die Kopie ist gleich wie das Original.
    In Sachsen beglaubigen zum Beispiel die Stadtverwaltung, die Gemeinde oder ein Notar.
    Fragen Sie vorher die zuständige Stelle, welche Form sie annimmt.
    Übersetzung und Beglaubigung kosten Geld.
    Der Anerkennungszuschuss kann diese Kosten vielleicht übernehmen.
    Auch das Jobcenter zahlt manchmal.
    Fragen Sie aber immer, bevor Sie etwas bezahlen.

faq-recognition-lost-documents-q = Meine Zeugnisse sind weg. Was kann ich tun?
faq-recognition-lost-documents-a =
    Das passiert oft, zum Beispiel auf der Flucht.
    Vielleicht gibt es dann eine Qualifikationsanalyse.
    Dabei zeigen Sie praktisch, was Sie können.
    Zum Beispiel in einem Fachgespräch, mit einer Arbeitsprobe oder bei Probearbeit im Betrieb.
    Das ist keine Prüfung mit Noten.
    Es gibt sie für Ausbildungsberufe, Meisterberufe und Fortbildungsberufe.
    Die zuständige Stelle entscheidet, ob sie möglich ist.
    Für geregelte Berufe gibt es andere Wege, zum Beispiel einen Lehrgang oder eine Prüfung.
    Die Qualifikationsanalyse kostet extra.
    Der Anerkennungszuschuss kann dafür bis zu 1.200 Euro zahlen.

faq-recognition-costs-q = Was kostet eine Anerkennung?
faq-recognition-costs-a =
    Das hängt vom Beruf und von der zuständigen Stelle ab.
    Bei der IHK FOSA kostet der Antrag zwischen 100 und 600 Euro.
    Eine Zeugnisbewertung der ZAB für ein Studium kostet 200 Euro.
    Dazu kommen oft Kosten für Übersetzungen und beglaubigte Kopien.
    Eine Qualifikationsanalyse kostet extra.
    Sie haben wenig Geld? Dann gibt es vielleicht Hilfe.
    Der Anerkennungszuschuss kann Kosten übernehmen.
    Auch das Jobcenter oder die Agentur für Arbeit zahlen manchmal.
    Wichtig: Fragen Sie vor dem Antrag.
    Kosten, die schon bezahlt sind, werden oft nicht erstattet.

faq-recognition-grant-q = Was ist der Anerkennungszuschuss?
faq-recognition-grant-a =
    Der Anerkennungszuschuss ist eine Förderung vom Bund.
    Er ist für Menschen mit wenig Einkommen.
    Er zahlt zum Beispiel Gebühren, Übersetzungen und Beglaubigungen.
    Sie bekommen bis zu 600 Euro, wenn Ihre Kosten mindestens 100 Euro sind.
    Für eine Qualifikationsanalyse gibt es bis zu 1.200 Euro.
    Für eine Qualifizierung nach einer teilweisen Anerkennung gibt es bis zu 3.000 Euro.
    Es gibt Bedingungen, zum Beispiel eine Grenze für das Einkommen.
    Sehr wichtig: Beantragen Sie den Zuschuss vor dem Anerkennungsantrag.
    Frühere Kosten werden nicht erstattet.
    Anträge sind bis zum 30. Juni 2027 möglich.
    Zahlt schon das Jobcenter? Dann gibt es den Zuschuss meist nicht.

faq-recognition-jobcenter-q = Zahlt das Jobcenter die Kosten für die Anerkennung?
faq-recognition-jobcenter-a =
    Das ist möglich.
    Das Jobcenter oder die Agentur für Arbeit kann die Kosten übernehmen.
    Das gilt vor allem, wenn Sie die Anerkennung für einen Job brauchen.
    Das Amt entscheidet in jedem Fall einzeln.
    Sprechen Sie deshalb vor dem Antrag mit Ihrer Ansprechperson dort.
    Bezahlen Sie erst, wenn Sie eine Antwort haben.
    Auch Kurse nach einer teilweisen Anerkennung kann das Amt manchmal bezahlen.
    Ihre Mentorin oder Ihr Mentor kann Sie zu diesem Termin begleiten.

faq-recognition-duration-q = Wie lange dauert die Anerkennung?
faq-recognition-duration-a =
    Meistens dauert es 3 bis 4 Monate.
    Die Zeit beginnt, wenn alle Unterlagen vollständig da sind.
    Fehlen Unterlagen, dauert es länger.
    Schicken Sie deshalb alles vollständig.
    Die Zeit für Übersetzungen und Beglaubigungen kommt noch dazu.
    Planen Sie also genug Zeit ein.
    Am Ende bekommen Sie einen Brief mit dem Ergebnis.
    Dieser Brief heißt Bescheid.
    Ihre Mentorin oder Ihr Mentor kann Ihnen den Bescheid erklären.

faq-recognition-result-q = Welches Ergebnis kann ich bekommen?
faq-recognition-result-a =
    Sie bekommen einen Bescheid. Es gibt drei mögliche Ergebnisse.
    Volle Gleichwertigkeit: Ihr Abschluss gilt wie der deutsche Abschluss.
    Bei geregelten Berufen prüft die Stelle danach noch mehr, zum Beispiel Ihr Deutsch.
    Teilweise Gleichwertigkeit: Ein Teil ist gleich, ein Teil fehlt.
    Der Bescheid nennt die Unterschiede.
    Diese Unterschiede können Sie oft ausgleichen.
    Keine Gleichwertigkeit: Die Unterschiede sind zu groß.
    Auch dann gibt es Wege, zum Beispiel eine Ausbildung.
    Lassen Sie sich beraten, zum Beispiel beim IQ Netzwerk Sachsen oder von Ihrer Mentorin oder Ihrem Mentor.

faq-recognition-partial-q = Nur teilweise anerkannt: Was kann ich jetzt tun?
faq-recognition-partial-a =
    Im Bescheid stehen die Unterschiede zum deutschen Beruf.
    Diese Unterschiede können Sie ausgleichen.
    Ist Ihr Beruf nicht geregelt?
    Dann machen Sie eine Anpassungsqualifizierung, zum Beispiel einen Kurs.
    Danach stellen Sie einen neuen Antrag (Folgeantrag) für die volle Anerkennung.
    Arbeiten dürfen Sie in diesem Beruf aber schon jetzt.
    Ist Ihr Beruf geregelt?
    Dann legt die Stelle eine Ausgleichsmaßnahme fest.
    Das ist ein Anpassungslehrgang oder eine Prüfung.
    Danach ist die volle Anerkennung möglich.
    Für die Kosten helfen vielleicht das Jobcenter oder der Anerkennungszuschuss.

faq-recognition-university-q = Ich habe studiert. Was ist die ZAB-Zeugnisbewertung?
faq-recognition-university-a =
    Führt Ihr Studium zu einem geregelten Beruf, zum Beispiel Arzt oder Lehrer?
    Dann brauchen Sie eine Anerkennung bei der zuständigen Stelle.
    Viele Studienabschlüsse sind nicht geregelt, zum Beispiel Informatik oder Betriebswirtschaft.
    Dann können Sie sich direkt bewerben.
    Eine Zeugnisbewertung der ZAB hilft Ihnen dabei.
    Sie vergleicht Ihren Abschluss mit einem deutschen Abschluss.
    Sie ist aber keine Anerkennung.
    Arbeitgeber verstehen Ihren Abschluss damit besser.
    Schon vorher können Sie selbst in der Datenbank anabin nachsehen.
    Dort steht, ob Ihre Hochschule in Deutschland als Hochschule gilt (H+) und wie Ihr Abschluss eingestuft ist.
    Der erste Antrag kostet 200 Euro.
    Der Anerkennungszuschuss kann diese Kosten übernehmen.

faq-recognition-advice-q = Wo bekomme ich kostenlose Beratung zur Anerkennung?
faq-recognition-advice-a =
    In Sachsen berät das IQ Netzwerk Sachsen kostenlos zur Anerkennung.
    Auf seiner Internetseite finden Sie die Beratungsstellen in Ihrer Nähe.
    Dort bekommen Sie Antworten auf Fragen wie diese:
    Welcher deutsche Beruf passt zu meinem Abschluss?
    Wo stelle ich den Antrag und welche Unterlagen brauche ich?
    Wie kann ich die Kosten bezahlen?
    Die Beratung ist für Menschen aus allen Ländern.
    Auch die zuständige Stelle selbst berät oft vor dem Antrag.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen, einen Termin zu bekommen.

faq-recognition-mentor-q = Hilft mir eine Mentorin oder ein Mentor bei der Anerkennung?
faq-recognition-mentor-a =
    Ja. Die Arbeitsmarktmentorinnen und -mentoren helfen auch bei der Anerkennung.
    Sie suchen zum Beispiel mit Ihnen die zuständige Stelle.
    Sie helfen Ihnen, die Unterlagen und den Antrag vorzubereiten.
    Sie können Sie zu Terminen bei Ämtern begleiten, zum Beispiel zum Jobcenter.
    Danach helfen sie bei Bewerbungen und bei der Suche nach Arbeit.
    Auch nach dem Start im Job sind sie noch für Sie da.
    Sie haben noch keine Mentorin und keinen Mentor?
    Dann können Sie über diesen Bot Kontakt zum Projekt in Ihrer Region aufnehmen.

## Added 2026-12-07: doctors and dentists, medical German, educators, ZAB online, papers from abroad

faq-recognition-doctor-dentist-q = Approbation als Ärztin, Arzt, Zahnärztin oder Zahnarzt?
faq-recognition-doctor-dentist-a =
    Ärztinnen, Ärzte, Zahnärztinnen und Zahnärzte brauchen in Deutschland eine Approbation.
    Das ist die staatliche Erlaubnis für den Beruf.
    In Sachsen stellen Sie den Antrag bei der Landesdirektion Sachsen.
    Die Landesdirektion prüft, ob Ihre Ausbildung gleichwertig ist.
    Sind alle Unterlagen da, muss sie bei Ärztinnen und Ärzten spätestens nach 3 Monaten entscheiden.
    Bei Zahnärztinnen und Zahnärzten mit Ausbildung außerhalb der EU sind es spätestens 4 Monate.
    Gibt es große Unterschiede? Dann machen Sie eine Kenntnisprüfung.
    Das ist eine mündliche und praktische Prüfung. Dort zeigen Sie Ihr Fachwissen.
    Sie brauchen auch gutes Deutsch für den Beruf. Lesen Sie dazu die Frage zur Fachsprachprüfung.
    Es gibt auch eine Erlaubnis für eine begrenzte Zeit (Berufserlaubnis).
    Apothekerinnen und Apotheker brauchen ebenfalls eine Approbation. Auch sie stellen den Antrag bei der Landesdirektion Sachsen.
    Lassen Sie sich vor dem Antrag kostenlos beraten, zum Beispiel beim IQ Netzwerk Sachsen.

faq-recognition-medical-german-q = Welche Deutschprüfung brauche ich als Ärztin oder Arzt?
faq-recognition-medical-german-a =
    Für die Approbation brauchen Sie gutes Deutsch.
    Zuerst zeigen Sie ein Sprachzertifikat mit dem Niveau B2.
    Danach machen Sie einen Fachsprachentest (Fachsprachprüfung).
    Dort zeigen Sie, dass Sie gut mit Patientinnen, Patienten und Kollegen sprechen können.
    Das Niveau ist C1 für die Medizin.
    Für Ärztinnen und Ärzte macht den Test die Sächsische Landesärztekammer.
    Für Zahnärztinnen und Zahnärzte macht ihn die Landeszahnärztekammer Sachsen.
    Die Landesdirektion Sachsen meldet Sie nach Ihrem Antrag zum Test an.
    Wichtig: Die Kenntnisprüfung ist etwas anderes. Sie prüft Ihr medizinisches Wissen.
    Zur Vorbereitung gibt es Berufssprachkurse für Menschen im Anerkennungsverfahren.

faq-recognition-educator-kita-q = Erzieherin oder Erzieher: Darf ich in einer Kita arbeiten?
faq-recognition-educator-kita-a =
    Für die Arbeit als Fachkraft in einer Kita brauchen Sie in Sachsen die volle Anerkennung.
    Zuständig ist das Landesamt für Schule und Bildung (LaSuB).
    Es prüft, ob Ihr Abschluss gleichwertig ist mit „staatlich anerkannte Erzieherin oder staatlich anerkannter Erzieher“.
    Das gilt auch für Heilerziehungspflegerinnen und Heilerziehungspfleger.
    Sie haben Kindheitspädagogik oder Soziale Arbeit studiert?
    Dann ist die Landesdirektion Sachsen zuständig.
    Gibt es Unterschiede zur deutschen Ausbildung? Lesen Sie dazu die Frage zur teilweisen Anerkennung.
    Lassen Sie sich vor dem Antrag kostenlos beraten, zum Beispiel beim IQ Netzwerk Sachsen.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen auch bei der Suche nach Arbeit in einer Kita.

faq-recognition-zab-online-q = ZAB: Wie stelle ich den Antrag und wie lange dauert es?
faq-recognition-zab-online-a =
    Die Zeugnisbewertung der ZAB beantragen Sie online.
    Sie legen ein Konto auf der Internetseite der ZAB an.
    Dann laden Sie Ihre Dokumente als PDF hoch.
    Welche Dokumente Sie brauchen, steht in der Checkliste für Ihr Land.
    Die Bearbeitung beginnt erst, wenn alle Dokumente da sind und die Gebühr bezahlt ist.
    Die erste Zeugnisbewertung kostet 200 Euro.
    Zurzeit meldet die ZAB Engpässe. Es kann also länger dauern. Planen Sie genug Zeit ein.
    Die fertige Zeugnisbewertung bekommen Sie als PDF in Ihrem Konto.

faq-recognition-apostille-abroad-q = Übersetzung aus dem Ausland oder Apostille: Was gilt?
faq-recognition-apostille-abroad-a =
    Das entscheidet die Stelle, die Ihren Antrag prüft.
    Die Übersetzung muss immer von einer vereidigten Übersetzerin oder einem vereidigten Übersetzer sein.
    Die ZAB nimmt auch Übersetzungen aus dem Ausland, wenn die Übersetzerin oder der Übersetzer dort vereidigt ist.
    Andere Stellen wollen eine Übersetzung aus Deutschland.
    Zum Beispiel die Landesdirektion Sachsen bei Sozialberufen.
    Manche Stellen wollen auch eine Apostille oder eine Legalisation.
    Damit bestätigt ein Amt im Herkunftsland oder die deutsche Botschaft dort, dass das Dokument echt ist.
    Fragen Sie deshalb zuerst die zuständige Stelle. Dann zahlen Sie nicht doppelt.
    Beglaubigte Kopien bekommen Sie in Deutschland zum Beispiel beim Bürgeramt.

faq-recognition-school-certificate-q = Wie lasse ich mein Schulzeugnis anerkennen?
faq-recognition-school-certificate-a =
    Sie haben die Schule im Ausland abgeschlossen?
    Dann können Sie Ihr Schulzeugnis in Sachsen anerkennen lassen.
    Das hilft zum Beispiel, wenn Sie eine Ausbildung suchen.
    Zuständig ist das Landesamt für Schule und Bildung (LaSuB).
    Es prüft, ob Ihr Zeugnis gleichwertig ist mit einem Hauptschulabschluss, einem mittleren Schulabschluss (Realschulabschluss) oder dem Abitur.
    Das Ergebnis bekommen Sie als Bescheid.
    Den Antrag können Sie auch online stellen.
    Sie brauchen Ihre Zeugnisse und beglaubigte Übersetzungen.
    Der Antrag kostet eine Gebühr. Fragen Sie vor dem Antrag beim Jobcenter oder bei der Agentur für Arbeit, ob sie die Kosten zahlen.
    Sie möchten bald eine Ausbildung beginnen? Schreiben Sie das in den Antrag.
    Für ein Studium entscheidet die Hochschule selbst über Ihr Zeugnis.
    Ihre Mentorin oder Ihr Mentor hilft Ihnen beim Antrag.
