## FAQ topic "language": German courses (Deutschkurse)
## Facts checked 2026-11-23 (BAMF course rules: 2026-12-07) against the sources in flows/faq/language.yaml.

faq-topic-language = Cursos de alemán

## Integration course (Integrationskurs)

faq-integration-course-what-q = ¿Qué es un curso de integración?
faq-integration-course-what-a =
    El curso de integración (Integrationskurs) es un curso de alemán del BAMF.
    Tiene 2 partes: un curso de idioma y un curso de orientación.
    El curso de idioma tiene normalmente 600 clases.
    El curso de orientación tiene 100 clases.
    Allí aprende mucho sobre Alemania: sus leyes, su historia y su cultura.
    También hay cursos especiales de hasta 1.000 clases.
    Por ejemplo, para personas que aprenden a leer y escribir.
    ¿Aprende rápido? Entonces puede hacer un curso intensivo de 430 clases.
    El objetivo es un alemán de nivel B1.
    Hay cursos a tiempo completo y a tiempo parcial.

faq-integration-course-who-q = ¿Quién puede o debe hacer el curso de integración?
faq-integration-course-who-a =
    Muchas personas con permiso de residencia tienen derecho al curso.
    Por ejemplo, las personas reconocidas como refugiadas.
    Algunas personas deben hacer el curso.
    Eso lo decide la oficina de extranjería (Ausländerbehörde) o el Jobcenter.
    Entonces el curso es obligatorio para usted.
    Si entonces no va al curso o lo deja, puede tener consecuencias.
    Por ejemplo, la oficina de extranjería quizás no prolongue su permiso de residencia. También es posible una multa.
    ¿Ya trabaja a tiempo completo o cuida a familiares en casa? Entonces quizás le liberan de la obligación. Pregunte en la oficina que le obligó al curso.
    ¿Tiene problemas en el curso? Hable pronto con su mentor o mentora.
    Para el curso necesita una autorización de participación (Teilnahmeberechtigung).
    Con ella se inscribe en un centro de cursos.
    Importante: desde el 9 de febrero de 2026 el BAMF ya no admite a ningún participante voluntario.
    Lea más en la pregunta sobre la admisión.

faq-integration-course-admission-stop-q = ¿Por qué el BAMF no me admite en el curso?
faq-integration-course-admission-stop-a =
    Desde el 9 de febrero de 2026 el BAMF ya no admite a ningún participante voluntario en el curso de integración (§ 44, apartado 4, de la Ley de Residencia).
    Esto vale para todo el año presupuestario. Afecta, por ejemplo, a solicitantes de asilo, personas con Duldung, personas de Ucrania y ciudadanos de la UE.
    El BAMF rechaza las solicitudes que todavía están abiertas.
    ¿Ya tiene una admisión (Zulassung)? Entonces sigue siendo válida.
    ¿El Jobcenter o la oficina de extranjería le obligó a hacer el curso? Entonces sigue con el curso.
    Sin admisión solo puede pagar el curso de forma privada: al menos 4,58 € por clase, sin reembolso.
    Gratis: el vhs-Lernportal en internet. Pregunte también al Jobcenter si puede obligarle a hacer un curso.
    Su mentor o mentora y la asesoría para personas migrantes adultas (MBE) le ayudan a encontrar el mejor camino.

faq-integration-course-cost-q = ¿Cuánto cuesta un curso de integración?
faq-integration-course-cost-a =
    Con autorización de participación, una clase cuesta 2,29 €.
    Un curso general tiene 700 clases. Son 1.603 €. Paga por cada parte del curso de 100 clases.
    Muchas personas no tienen que pagar nada. Lea la pregunta sobre el curso gratis.
    ¿Pagó usted mismo esta aportación? Entonces recibe la mitad si lo solicita al BAMF.
    Para eso necesita B1 en el «Examen de alemán para inmigrantes» (DTZ) y aprobar el test «Vivir en Alemania».
    El plazo: 2 años desde su autorización de participación; en los cursos especiales (por ejemplo de alfabetización), 3 años.
    Sin autorización de participación es un contrato privado con el centro de cursos.
    Entonces una clase cuesta al menos 4,58 € (unos 3.200 € por 700 clases). No se devuelve nada.
    Gratis: el vhs-Lernportal y, para algunos solicitantes de asilo, el curso de primera orientación.

faq-integration-course-free-q = ¿Puedo hacer el curso de integración gratis?
faq-integration-course-free-a =
    Sí, muchas veces es posible.
    Puede pedir que le liberen de los costos (Kostenbefreiung).
    Es posible, por ejemplo, si recibe Bürgergeld, prestación por desempleo o ayuda social.
    También es posible si trabaja pero gana poco.
    Presente la solicitud al BAMF.
    Importante: haga la solicitud antes de empezar el curso.
    Para las partes siguientes del curso, la exención solo vale después de su solicitud.
    El centro de cursos muchas veces ayuda con la solicitud.
    ¿No paga la contribución y el curso está lejos de su casa?
    Entonces también puede pedir al BAMF dinero para el viaje al curso (Fahrtkostenzuschuss).
    Haga también esta solicitud antes del inicio del curso.

faq-integration-course-find-q = ¿Cómo encuentro un curso de integración cerca?
faq-integration-course-find-a =
    Con BAMF-NAvI puede encontrar cursos cerca de usted.
    Es una página web del BAMF.
    Busque allí el lugar donde vive.
    Verá centros de cursos, por ejemplo escuelas de adultos (Volkshochschule).
    Lleve su autorización de participación (Teilnahmeberechtigung) al centro de cursos.
    Allí hace una prueba de nivel (Einstufungstest).
    La prueba muestra qué curso es el adecuado para usted.
    El centro de cursos también le dice cuándo empieza el curso.
    Su mentor o mentora puede ayudarle a buscar.

faq-integration-course-exams-q = ¿Qué exámenes hay en el curso de integración?
faq-integration-course-exams-a =
    Al final hay 2 exámenes.
    El curso de idioma termina con el «Examen de alemán para inmigrantes» (Deutsch-Test für Zuwanderer, DTZ).
    El DTZ tiene una parte escrita y una parte oral.
    En la parte escrita escucha y lee. También escribe una carta corta.
    La parte oral dura unos 15 minutos.
    El resultado muestra su nivel: A2 o B1.
    ¿Solo alcanzó A2 o menos?
    Desde diciembre de 2024 solo hay clases para repetir en los cursos de alfabetización (Alphabetisierungskurs) y en los cursos para personas que leen y escriben poco.
    Allí el BAMF puede permitir una vez, después del curso, hasta 300 clases más.
    Estas clases también cuestan 2,29 € cada una, salvo que esté exento de los costos.
    Pregunte en su centro de cursos si puede volver a hacer el DTZ.
    El curso de orientación termina con el test «Vivir en Alemania» (Leben in Deutschland).
    ¿Alcanza el nivel B1 y aprueba «Vivir en Alemania»?
    Entonces recibe el certificado del curso de integración (Zertifikat Integrationskurs).

faq-integration-course-special-q = ¿Hay cursos para mujeres, padres o jóvenes?
faq-integration-course-special-a =
    Sí. Hay cursos de integración especiales para algunos grupos.
    Por ejemplo, cursos para mujeres y cursos para padres y madres.
    También hay cursos de integración para jóvenes adultos.
    ¿Todavía aprende a leer y escribir? Para eso hay cursos de alfabetización (Alphabetisierungskurs).
    Estos cursos duran más, hasta 1.000 clases.
    También hay cursos a tiempo parcial. Muchas veces encajan mejor con la familia o el trabajo.
    BAMF-NAvI muestra qué cursos hay donde usted vive.
    Pregunte también en el centro de cursos.

faq-course-childcare-q = ¿Quién cuida a mis hijos durante el curso?
faq-course-childcare-a =
    Es una pregunta importante. Aclárela antes de empezar el curso.
    Pregunte en el centro de cursos si hay cuidado de niños.
    Los cursos para padres o para mujeres muchas veces encajan mejor con la familia.
    Los cursos a tiempo parcial dejan más tiempo para los niños.
    Busque pronto un lugar en una guardería (Kita) o con una cuidadora (Tagesmutter).
    Su mentor o mentora le ayuda a buscar cuidado para sus hijos.
    Así puede hacer el curso y, más tarde, también trabajar.

## Job-related German courses (Berufssprachkurse)

faq-job-german-course-what-q = ¿Qué es un curso de alemán para el trabajo?
faq-job-german-course-what-a =
    En alemán estos cursos se llaman Berufssprachkurse.
    Otro nombre es «alemán para el trabajo» (Deutsch für den Beruf).
    Vienen después del curso de integración.
    Allí aprende alemán para el trabajo.
    Por ejemplo, para entrevistas de trabajo, contratos o correos electrónicos.
    Desde el 1 de enero de 2025 hay menos cursos, porque el presupuesto federal tiene menos dinero para ellos.
    Siguen estos cursos:
    • cursos para su puesto de trabajo (Job-BSK)
    • cursos para aprendices (Azubi-BSK)
    • cursos para personas en un proceso de reconocimiento, por ejemplo para profesiones de salud
    • la mayoría de los cursos con objetivo B2
    Suspendidos: los cursos con objetivo A2, B1, C1 o C2 y los cursos especiales de comercio minorista, industria y técnica (Gewerbe-Technik) y práctica profesional (Fachpraxis).
    Esto depende del presupuesto federal y se revisa de nuevo cada año.

faq-job-german-course-how-q = ¿Cómo consigo un curso de alemán para el trabajo?
faq-job-german-course-how-a =
    Necesita una autorización de participación (Teilnahmeberechtigung).
    ¿Está sin trabajo o busca trabajo o una formación profesional?
    Entonces pregunte en la Agencia de Empleo (Agentur für Arbeit) o en el Jobcenter.
    Lo mismo vale si recibe Bürgergeld o prestación por desempleo.
    ¿Ya tiene trabajo o una formación profesional?
    Entonces presente la solicitud al BAMF.
    Lo mismo vale si ahora están reconociendo su título profesional.
    Con la autorización se inscribe en un centro de cursos.
    Su mentor o mentora le ayuda con la solicitud.

faq-job-german-course-cost-q = ¿Cuánto cuesta un curso de alemán para el trabajo?
faq-job-german-course-cost-a =
    Para la mayoría de las personas el curso es gratis.
    Solo paga si trabaja y gana bien.
    El límite son 20.000 € de ingresos imponibles al año.
    Para parejas que declaran impuestos juntas, el límite es 40.000 €.
    ¿Gana más? Entonces paga una parte por cada clase.
    Su empresa puede pagar esa parte por usted.
    Pregunte al BAMF o al centro de cursos por el importe exacto.

## Other courses and advice

faq-first-orientation-course-q = Solicito asilo. ¿Qué curso de alemán puedo hacer?
faq-first-orientation-course-a =
    Para solicitantes de asilo hay cursos de primera orientación (Erstorientierungskurs).
    Son para personas que no tienen acceso al curso de integración.
    El curso es gratis.
    Tiene 300 clases en 6 módulos.
    Aprende un alemán sencillo para el día a día.
    Los temas son, por ejemplo, compras, salud, trabajo y vivienda.
    Importante: las personas de países de origen seguros no pueden participar.
    Puede encontrar cursos con BAMF-NAvI. Pregunte también en su alojamiento.
    Su mentor o mentora le ayuda a buscar.

faq-german-level-for-work-q = ¿Qué nivel de alemán necesito para trabajar?
faq-german-level-for-work-a =
    No hay un nivel fijo para todos los trabajos.
    Cada empresa decide por sí misma.
    Para algunos trabajos basta un alemán sencillo.
    Otros puestos piden más.
    Algunas profesiones tienen reglas fijas, por ejemplo si necesita un reconocimiento.
    El programa de mentoría tampoco pide un nivel fijo.
    Necesita suficiente alemán para manejarse en el trabajo.
    Su mentor o mentora ve con usted qué pide el trabajo que usted desea.
    Siga aprendiendo mientras trabaja. Siempre ayuda.

faq-german-course-next-step-q = Ya hablo algo de alemán. ¿Qué curso me sirve?
faq-german-course-next-step-a =
    Depende de su nivel.
    En el centro de cursos primero hace una prueba de nivel.
    Si ya sabe algo de alemán, puede empezar en una parte más avanzada del curso.
    ¿Todavía no tiene B1? Entonces normalmente le sirve el curso de integración.
    ¿Ya tiene B1? Entonces quizás le sirve un curso para el trabajo con objetivo B2.
    ¿Tiene trabajo o hace una formación profesional?
    Entonces hay cursos para su trabajo (Job-BSK, Azubi-BSK).
    Su mentor o mentora le ayuda a encontrar el curso adecuado.

faq-migration-advice-mbe-q = ¿Dónde recibo asesoría sobre cursos de alemán?
faq-migration-advice-mbe-a =
    Las personas adultas de más de 27 años pueden ir a la asesoría para personas migrantes adultas.
    En alemán se llama Migrationsberatung für erwachsene Zuwanderer (MBE).
    La MBE asesora sobre cursos de idioma, trabajo, vivienda, salud y cuidado de niños.
    Está pensada sobre todo para los primeros 3 años después de llegar.
    La ofrecen organizaciones sociales, por ejemplo Caritas, Diakonie, AWO o la Cruz Roja.
    ¿Tiene 27 años o menos? Entonces le ayuda el servicio de migración juvenil (JMD).
    Su mentor o mentora también le ayuda con todas las preguntas sobre cursos.
    ¿Busca una oficina cerca de usted o ayuda con cartas de las oficinas públicas? Lea la pregunta «¿Dónde encuentro una oficina de asesoría cerca de mí?»

faq-youth-migration-service-jmd-q = Tengo menos de 27 años. ¿Quién me ayuda con el alemán?
faq-youth-migration-service-jmd-a =
    Para jóvenes de 12 a 27 años existen los servicios de migración juvenil.
    En alemán se llaman Jugendmigrationsdienste (JMD).
    Hay unos 500 JMD en toda Alemania.
    El JMD le ayuda, por ejemplo, a encontrar un curso de alemán o de integración.
    También ayuda con la escuela, la formación profesional y el trabajo.
    La asesoría es gratis.
    También puede preguntar en línea: en jmd4you.
    Allí le responden personas expertas.

## Added 2026-12-07: courses beside work, finding a local advice office

faq-course-part-time-evening-q = ¿Hay cursos de alemán por la noche o a tiempo parcial?
faq-course-part-time-evening-a =
    Sí, puede aprender alemán aunque trabaje o cuide a su familia.
    Los cursos de integración son a tiempo completo o a tiempo parcial.
    Un curso a tiempo parcial tiene menos horas al día.
    El centro de cursos decide los horarios. Pregunte allí por cursos de tarde o de noche.
    Con BAMF-NAvI encuentra centros de cursos cerca de usted.
    ¿Ya tiene trabajo? Entonces quizás le sirva un Job-BSK.
    Tiene de 100 a 150 horas, puede ser a tiempo parcial y a menudo es en la empresa.
    Para este curso necesita como mínimo alemán de nivel A2.
    También puede aprender gratis en línea: en el vhs-Lernportal, también desde el teléfono.
    Su mentor o mentora le ayuda a encontrar el curso adecuado.

faq-migration-advice-near-me-q = ¿Dónde encuentro una oficina de asesoría cerca de mí?
faq-migration-advice-near-me-a =
    La asesoría para personas migrantes adultas (MBE) está en más de 1.400 lugares de Alemania.
    Encuentra una oficina cerca de usted con mbeon.
    Es una aplicación y una página web. Busque allí con su código postal.
    En mbeon también puede preguntar en línea por chat, en muchos idiomas.
    La asesoría es gratis.
    La MBE también ayuda con cartas de las oficinas públicas.
    Le explican qué dice la carta y qué tiene que hacer.
    También ayudan con solicitudes y formularios.
    Importante: muchas cartas tienen un plazo. Vaya pronto a la asesoría y lleve la carta.
    ¿Tiene 27 años o menos? Entonces le ayuda el servicio de migración juvenil (JMD).
