# "¿Puedo participar?" (flows/eligibility.yaml) y la pregunta de dónde vive la persona (acción "district").
# Español neutro y sencillo, trato de "usted". Cada mensaje existe también en de, en y ar.

flow-eligibility-title = ¿Puedo participar?
elig-intro =
    Le haré unas preguntas cortas. Así sabrá si los mentores del mercado laboral pueden acompañarle.
    No tiene que decir su nombre. Con «{ nav-back }» puede cambiar una respuesta.

## Dónde vive (acción "district")

district-ask = ¿Dónde vive? Escriba su código postal (por ejemplo 01067) o el nombre de su localidad. O elija de la lista.
district-why = Por qué preguntamos: el programa es para personas que viven en Sajonia. Así también encontramos a los mentores cerca de usted.
district-list-button = Elegir de la lista
district-outside-button = No vivo en Sajonia
district-list-ask = ¿En qué distrito o ciudad vive?
district-ambiguous-code = El código postal { $code } pertenece a más de un distrito. ¿Dónde vive usted?
district-ambiguous-place = En Sajonia hay más de un lugar con este nombre. ¿Cuál quiere decir?
district-guess = ¿Quiere decir este lugar?
district-guess-none = No, elegir de la lista
district-outside-code = El código postal { $code } no está en Sajonia. ¿Se equivocó al escribirlo? Entonces escríbalo otra vez, por favor.
district-unknown-place = No encuentro este lugar en Sajonia. Por favor, escriba su código postal (5 cifras). O elija de la lista.
district-invalid = No lo he entendido. Por favor, escriba su código postal (5 cifras) o el nombre de su localidad.

elig-where-confirm = Usted vive aquí: { $district_name }. ¿Es correcto?
elig-where-confirm-yes = Sí, es correcto
elig-where-confirm-change = No, otro lugar

## Situación de residencia

elig-status-ask =
    ¿Qué documento de residencia tiene usted?
    • Permiso de residencia con protección (Aufenthaltserlaubnis): recibió protección como refugiado, con asilo, con protección subsidiaria, por razones humanitarias o porque viene de Ucrania.
    • Aufenthaltsgestattung: su procedimiento de asilo todavía está en curso.
    • Duldung: puede quedarse por ahora porque su expulsión está suspendida.
    • Fiktionsbescheinigung: un documento para el tiempo en que la oficina de extranjería decide sobre su solicitud.
    • Otro permiso de residencia: por ejemplo, por trabajo, estudios o familia.
elig-status-why = Por qué preguntamos: el programa es sobre todo para personas refugiadas y sus familias. Otras personas migrantes pueden participar si los mentores tienen tiempo libre.
elig-status-protection = Permiso de residencia con protección
elig-status-asylum = Aufenthaltsgestattung (asilo)
elig-status-duldung = Duldung
elig-status-fiktion = Fiktionsbescheinigung
elig-status-eu = Pasaporte de un país de la UE
elig-status-other = Otro permiso de residencia
elig-status-german = Pasaporte alemán (naturalizado)
elig-status-unknown = No lo sé / otra cosa

elig-fiktion-ask = ¿De qué permiso de residencia trata su Fiktionsbescheinigung? ¿Cuál tenía antes o cuál ha solicitado?
elig-fiktion-why = Por qué preguntamos: la Fiktionsbescheinigung vale hasta que decide la oficina de extranjería. Para el programa cuenta el permiso de residencia del que se trata.
elig-fiktion-protection = Protección (refugio, humanitaria, Ucrania)
elig-fiktion-other = Otro (trabajo, estudios, familia)

elig-family-ask = ¿Alguien de su familia ha recibido protección en Alemania? Por ejemplo, su esposo o esposa, sus padres o su hijo o hija: como refugiado, con asilo, con protección subsidiaria o porque viene de Ucrania.
elig-family-why = Por qué preguntamos: el programa también es para familiares de personas con protección.

## Prohibición de trabajar, años en Sajonia, alemán

elig-work-ask = ¿Puede trabajar en Alemania? Eso está escrito en su documento. ¿Dice que puede trabajar con permiso de la oficina de extranjería? Entonces elija «Sí».
elig-work-why = Por qué preguntamos: los mentores le acompañan hacia un trabajo o una formación. Con una prohibición de trabajar, por desgracia, todavía no es posible.
elig-work-yes = Sí, puedo trabajar
elig-work-no = No, tengo prohibido trabajar

elig-years-ask = ¿Cuánto tiempo lleva viviendo en Sajonia? Solo cuenta el tiempo en Sajonia, no en toda Alemania.
elig-years-why = Por qué preguntamos: las personas que no llegaron como refugiadas pueden participar si viven en Sajonia desde hace 5 años o menos.
elig-years-up-to-5 = 5 años o menos
elig-years-over-5 = Más de 5 años
elig-years-unsure = No lo sé exactamente

elig-german-ask =
    ¿Qué tan bien habla alemán? Solo díganos lo que usted cree.
    A1: palabras y frases sueltas · A2: conversaciones sencillas · B1: se defiende bien en el día a día · B2: también puede hablar de trabajo · C1: entiende casi todo.
elig-german-why = Por qué preguntamos: el programa pide conocimientos suficientes de alemán. No hay un nivel fijo. Incluso con poco alemán buscaremos juntos el siguiente paso.
elig-german-none = Todavía nada de alemán
elig-german-a1 = A1
elig-german-a2 = A2
elig-german-b1 = B1
elig-german-b2 = B2
elig-german-c1 = C1 o más

## Resultados

elig-result-target-protection =
    Buenas noticias: usted pertenece al grupo destinatario de los mentores del mercado laboral.
    El motivo: recibió protección en Alemania y vive en Sajonia. El programa existe para personas como usted.
    Un proyecto de mentores de su región ({ $district_name }) puede acompañarle. En la primera conversación, su mentor o mentora revisa todo otra vez con usted.
elig-result-target-asylum =
    Buenas noticias: usted pertenece al grupo destinatario de los mentores del mercado laboral.
    El motivo: está en el procedimiento de asilo (Aufenthaltsgestattung), puede trabajar y vive en Sajonia. El programa también es para solicitantes de asilo.
    Un proyecto de mentores de su región ({ $district_name }) puede acompañarle. En la primera conversación, su mentor o mentora revisa todo otra vez con usted.
elig-result-target-duldung =
    Buenas noticias: usted pertenece al grupo destinatario de los mentores del mercado laboral.
    El motivo: tiene una Duldung, puede trabajar y vive en Sajonia. El programa también es para personas con Duldung.
    Un proyecto de mentores de su región ({ $district_name }) puede acompañarle. En la primera conversación, su mentor o mentora revisa todo otra vez con usted.
elig-result-target-family =
    Buenas noticias: usted pertenece al grupo destinatario de los mentores del mercado laboral.
    El motivo: alguien de su familia recibió protección en Alemania y usted vive en Sajonia. El programa también es para familiares.
    Un proyecto de mentores de su región ({ $district_name }) puede acompañarle. En la primera conversación, su mentor o mentora revisa todo otra vez con usted.
elig-result-secondary-eu =
    Probablemente puede participar si los mentores de su región ({ $district_name }) tienen lugares disponibles.
    El motivo: el programa es sobre todo para personas refugiadas. Los mentores acompañan a otras personas migrantes, por ejemplo de países de la UE, cuando tienen lugares disponibles. Para ello debe vivir en Sajonia desde hace 5 años o menos. Eso se cumple en su caso.
    El proyecto le dirá si hay una plaza libre.
elig-result-secondary-other =
    Probablemente puede participar si los mentores de su región ({ $district_name }) tienen lugares disponibles.
    El motivo: el programa es sobre todo para personas refugiadas. Los mentores acompañan a otras personas migrantes, por ejemplo con un permiso de residencia por trabajo, estudios o familia, cuando tienen lugares disponibles. Para ello debe vivir en Sajonia desde hace 5 años o menos. Eso se cumple en su caso.
    El proyecto le dirá si hay una plaza libre.
elig-result-unclear-status =
    Todavía no puedo decirlo con seguridad.
    El motivo: su situación de residencia todavía no está clara. No es un problema. Un mentor o una mentora puede mirar sus documentos con usted y comprobar si puede participar.
elig-result-unclear-family =
    Todavía no puedo decirlo con seguridad.
    El motivo: todavía no está claro si alguien de su familia recibió protección en Alemania. Los familiares de personas con protección pertenecen al grupo destinatario. Un mentor o una mentora lo comprueba con gusto con usted.
elig-result-unclear-work =
    Todavía no puedo decirlo con seguridad.
    El motivo: no sabe con seguridad si puede trabajar. Eso está escrito en su documento de residencia. Un mentor o una mentora lo comprueba con gusto con usted.
elig-result-unclear-years =
    Todavía no puedo decirlo con seguridad.
    El motivo: otras personas migrantes pueden participar si viven en Sajonia desde hace 5 años o menos. En su caso todavía no está claro. Un mentor o una mentora lo comprueba con gusto con usted.
elig-result-unclear-naturalised =
    Todavía no puedo decirlo con seguridad.
    El motivo: usted tiene la nacionalidad alemana. El programa es sobre todo para personas refugiadas y otras personas migrantes. Un mentor o una mentora comprobará con usted si pueden acompañarle.
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-unclear-german =
    Todavía no puedo decirlo con seguridad.
    El motivo: el programa pide conocimientos suficientes de alemán. No hay un nivel fijo. Hable de todos modos con un mentor o una mentora: juntos encontrarán el siguiente paso.
    Encontrará cursos de alemán (cursos de integración) cerca de usted con BAMF-NAvI: https://bamf-navi.bamf.de
    Importante: desde febrero de 2026 el BAMF ya no admite a participantes voluntarios. Los solicitantes de asilo y las personas con Duldung de países de origen seguros no pueden hacer el curso de integración ni el curso de primera orientación. El vhs-Lernportal es gratis para todos: https://www.vhs-lernportal.de
elig-result-out-not-saxony =
    Lo sentimos: los mentores del mercado laboral de Sajonia no pueden acompañarle.
    El motivo: el programa es solo para personas que viven en Sajonia. Cuenta el lugar donde vive, no donde trabaja.
    Si se muda a Sajonia, será muy bienvenido. También donde vive ahora hay ayuda:
# Fact from the FAQ entries integration-course-admission-stop / first-orientation-course (review_by:
# budget year in flows/faq/language.yaml): when `validate` reminds you of them, check this text too.
elig-result-out-work-ban =
    Lo sentimos: en este momento los mentores del mercado laboral no pueden acompañarle.
    El motivo: tiene prohibido trabajar. Los mentores acompañan hacia un trabajo o una formación. Eso solo es posible cuando puede trabajar.
    Una prohibición de trabajar puede cambiar. ¡Entonces vuelva con gusto!
    ¿Viene de un país de origen seguro? Entonces, lamentablemente, el curso de integración y el curso de primera orientación no están abiertos para usted. Aun así puede aprender alemán: gratis en internet con el vhs-Lernportal (https://www.vhs-lernportal.de). La asesoría para personas migrantes adultas (MBE) puede asesorarle.
    Mientras tanto, aquí encontrará ayuda:
elig-result-out-over-5 =
    Lo sentimos: los mentores del mercado laboral no pueden acompañarle.
    El motivo: el programa es sobre todo para personas refugiadas. Otras personas migrantes solo pueden participar si viven en Sajonia desde hace 5 años o menos. Usted vive aquí desde hace más tiempo.
    Aquí encontrará ayuda:
elig-result-out-naturalised =
    Lo sentimos: los mentores del mercado laboral no pueden acompañarle.
    El motivo: usted tiene la nacionalidad alemana y vive en Sajonia desde hace más de 5 años. El programa es para personas refugiadas y para personas migrantes que viven en Sajonia desde hace 5 años o menos.
    Aquí encontrará ayuda:
elig-alternatives =
    • Asesoría para personas migrantes adultas (MBE): para personas de 27 años o más. Encuentre una oficina cerca de usted con BAMF-NAvI:
      https://bamf-navi.bamf.de
    • Servicios de migración juvenil (JMD): para jóvenes de 12 a 27 años, también en línea (jmd4you). Encuentre el JMD cerca de usted aquí:
      https://www.jugendmigrationsdienste.de
    • Jobcenter o Agentur für Arbeit (agencia de empleo): ayuda para buscar trabajo y formación. Encuentre la oficina cerca de usted aquí:
      https://web.arbeitsagentur.de/portal/metasuche/suche/dienststellen

## Para su mentor o mentora (no cambia el resultado)

elig-profile-intro = Unas preguntas cortas más. Ayudan a su mentor o mentora a aconsejarle bien. No cambian el resultado.
elig-goal-ask = ¿Qué le gustaría conseguir?
elig-goal-why = Por qué preguntamos: así su mentor o mentora sabe enseguida en qué quiere ayuda.
elig-goal-job = Encontrar un trabajo
elig-goal-apprenticeship = Hacer una formación profesional
elig-goal-recognition = Reconocer mi título
elig-goal-course = Encontrar un curso de idioma
elig-goal-unsure = Todavía no lo sé
elig-qual-ask = ¿Ha terminado una formación profesional o estudios universitarios? También cuenta un título de su país de origen.
elig-qual-why = Por qué preguntamos: sin título profesional, los mentores ayudan sobre todo en el camino hacia una formación profesional. Con título, buscan con usted un trabajo acorde con él.
elig-qual-vocational = Sí, una formación profesional
elig-qual-university = Sí, estudios universitarios
elig-qual-none = No
elig-skip = Prefiero no decirlo
elig-gender-ask = ¿Es usted mujer, hombre o de género diverso? Esta pregunta es voluntaria.
elig-gender-why = Por qué preguntamos: el programa apoya especialmente a mujeres refugiadas. Su respuesta no cambia si puede participar.
elig-gender-female = Mujer
elig-gender-male = Hombre
elig-gender-diverse = Diverso
elig-focus-women = ¡Nos alegra que esté aquí! De 2025 a 2027 el programa apoya especialmente a mujeres refugiadas.
elig-focus-training = ¿Todavía no tiene un título profesional? De 2025 a 2027 el programa ayuda especialmente a personas refugiadas a conseguir uno, por ejemplo con una formación profesional.
elig-focus-matching = Con su título, los mentores buscan con usted un trabajo acorde con su cualificación. También le ayudan con el reconocimiento de su título.

## ¿Cómo sigue?

elig-next-ask = ¿Cómo quiere continuar?
elig-next-mentor = Hablar con los mentores
elig-next-mentor-anyway = Preguntar a los mentores de todos modos
elig-next-faq = Preguntas y respuestas
elig-next-menu = Menú principal
elig-next-change-place = En realidad vivo en Sajonia
