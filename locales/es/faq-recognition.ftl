# FAQ topic "recognition": reconocimiento de títulos extranjeros.
# Facts: /work/shared/program/BRIEF.md, section "Recognition of foreign qualifications";
# sources per entry in flows/faq/recognition.yaml. No links in the texts: sources are shown below each answer.
# German official terms stay in brackets so people recognise them on letters. Formal address (usted).

faq-topic-recognition = Reconocimiento de títulos

faq-recognition-need-q = ¿Necesito el reconocimiento para mi profesión?
faq-recognition-need-a =
    Depende de su profesión.
    Algunas profesiones están reguladas en Alemania (reglementiert).
    Por ejemplo médico, enfermera o profesor.
    El título de ingeniera o ingeniero (Ingenieurin / Ingenieur) también solo se puede usar con permiso. En Sajonia lo decide la Ingenieurkammer Sachsen.
    En una profesión regulada, solo puede trabajar con reconocimiento (Anerkennung).
    Pero la mayoría de las profesiones no están reguladas.
    Entonces puede buscar trabajo también sin reconocimiento.
    Aun así, el reconocimiento ayuda: las empresas entienden mejor lo que usted sabe hacer.
    El Anerkennungs-Finder le muestra si su profesión está regulada.

faq-recognition-who-q = ¿Quién puede pedir el reconocimiento?
faq-recognition-who-a =
    Toda persona con un título del extranjero puede hacer la solicitud.
    Su situación de residencia no importa.
    Su nacionalidad tampoco importa.
    Esto vale también con Aufenthaltsgestattung o con Duldung.
    Lo importante: usted terminó una formación profesional o una carrera en el extranjero.
    Y quiere trabajar en esa profesión en Alemania.
    ¿No tiene ningún título?
    Entonces su mentor o mentora le aconseja sobre una formación (Ausbildung) en Alemania.

faq-recognition-finder-q = ¿Qué oficina es responsable de mi reconocimiento?
faq-recognition-finder-a =
    Depende de su profesión y de dónde quiere trabajar.
    Use el Anerkennungs-Finder.
    Es parte del portal oficial «Anerkennung in Deutschland».
    Usted escribe su profesión y su ciudad.
    Luego ve la oficina responsable con sus datos de contacto.
    También ve si su profesión está regulada.
    El portal también está en inglés.
    El enlace está abajo, en las fuentes.
    Su mentor o mentora puede hacer la búsqueda con usted.

faq-recognition-where-ihk-q = ¿Dónde pido el reconocimiento de oficios IHK?
faq-recognition-where-ihk-a =
    Los oficios IHK son profesiones de la industria y el comercio.
    Para ellos es responsable la IHK FOSA.
    Es la oficina común de reconocimiento de las cámaras de comercio (IHK).
    También es responsable para las personas en Sajonia.
    La tasa de la solicitud está entre 100 y 600 euros.
    El importe depende del trabajo que cause su caso.
    Las traducciones y las copias certificadas las paga aparte.
    El Anerkennungs-Finder le muestra si su profesión es un oficio IHK.
    Quizás hay ayuda para los costos, por ejemplo el Anerkennungszuschuss.

faq-recognition-where-trades-q = ¿Dónde pido el reconocimiento de un oficio artesanal?
faq-recognition-where-trades-a =
    Para los oficios artesanales es responsable la Cámara de Artesanía (Handwerkskammer).
    Por ejemplo panadero, peluquera, carpintero o albañil.
    ¿Vive o trabaja en Dresde?
    ¿O en los distritos de Bautzen, Görlitz, Meißen o Sächsische Schweiz-Osterzgebirge?
    Entonces es responsable la Handwerkskammer Dresden.
    ¿Chemnitz, Erzgebirgskreis, Mittelsachsen, Vogtlandkreis o el distrito de Zwickau? Entonces es la Handwerkskammer Chemnitz.
    ¿Leipzig, el distrito de Leipzig o Nordsachsen? Entonces es la Handwerkskammer zu Leipzig.
    El Anerkennungs-Finder le muestra la oficina exacta para su profesión.
    La Handwerkskammer Dresden recomienda primero una cita personal de asesoramiento.
    Lleve su currículum, su documento de identidad y sus certificados con traducción al alemán.

faq-recognition-where-regulated-q = Médico, enfermería, profesor: ¿dónde lo pido?
faq-recognition-where-regulated-a =
    Estas profesiones están reguladas.
    Necesita el reconocimiento para trabajar en ellas.
    En Sajonia son responsables estas oficinas:
    Médicos: la Landesdirektion Sachsen.
    Enfermería y otras profesiones sanitarias: el Kommunaler Sozialverband Sachsen (KSV).
    Profesiones sociales, por ejemplo trabajo social: la Landesdirektion Sachsen.
    Profesores: el Landesamt für Schule und Bildung (LaSuB).
    El Anerkennungs-Finder le muestra la dirección exacta.
    Pida asesoramiento antes de la solicitud, por ejemplo gratis en el IQ Netzwerk Sachsen.

faq-recognition-documents-q = ¿Qué documentos necesito para la solicitud?
faq-recognition-documents-a =
    Depende de su profesión y de la oficina responsable.
    Normalmente necesita:
    el formulario de solicitud, un documento de identidad o pasaporte y un currículum.
    Además su título o certificado final (Zeugnis) y pruebas de su experiencia laboral.
    Envíe copias, no los originales.
    A veces la oficina pide copias certificadas (beglaubigte Kopien).
    Muestre los originales solo si la oficina se lo pide. La Landesdirektion Sachsen se lo pide, por ejemplo, a los médicos.
    Los documentos en otro idioma normalmente necesitan una traducción al alemán.
    Pregunte antes a la oficina responsable qué necesita exactamente.

faq-recognition-translations-q = ¿Quién traduce y certifica mis documentos?
faq-recognition-translations-a =
    La traducción debe hacerla un traductor oficial (jurado).
    En alemán se dice «öffentlich bestellt oder ermächtigt».
    Una traducción de amigos o de internet no sirve.
    Puede buscar estos traductores en la base de datos de la justicia alemana: justiz-dolmetscher.de
    Una certificación (Beglaubigung) confirma que la copia es igual al original.
    En Sajonia pueden certificar copias, por ejemplo, la administración municipal o un notario.
    Pregunte antes a la oficina responsable qué forma acepta.
    La traducción y la certificación cuestan dinero.
    Quizás el Anerkennungszuschuss cubre estos costos.
    A veces también paga el Jobcenter.
    Pero pregunte siempre antes de pagar algo.

faq-recognition-lost-documents-q = Perdí mis certificados. ¿Qué puedo hacer?
faq-recognition-lost-documents-a =
    Esto pasa a menudo, por ejemplo durante la huida.
    Quizás entonces es posible un análisis de cualificación (Qualifikationsanalyse).
    En él usted muestra en la práctica lo que sabe hacer.
    Por ejemplo, en una entrevista técnica.
    O con una prueba de trabajo o un día de prueba en una empresa.
    No es un examen con notas.
    Existe para oficios con formación, maestría y formación continua.
    La oficina responsable decide si es posible.
    Para las profesiones reguladas hay otros caminos, por ejemplo un curso o un examen.
    El análisis de cualificación cuesta aparte.
    El Anerkennungszuschuss puede pagar hasta 1.200 euros para ello.

faq-recognition-costs-q = ¿Cuánto cuesta el reconocimiento?
faq-recognition-costs-a =
    Depende de la profesión y de la oficina responsable.
    En la IHK FOSA la solicitud cuesta entre 100 y 600 euros.
    Una evaluación de la ZAB para un título universitario cuesta 200 euros.
    A menudo hay además costos de traducciones y copias certificadas.
    Un análisis de cualificación cuesta aparte.
    ¿Tiene poco dinero? Entonces quizás hay ayuda.
    El Anerkennungszuschuss puede cubrir costos.
    A veces también pagan el Jobcenter o la Agentur für Arbeit.
    Importante: pregunte antes de la solicitud.
    Los costos que ya pagó muchas veces no se devuelven.

faq-recognition-grant-q = ¿Qué es el Anerkennungszuschuss?
faq-recognition-grant-a =
    El Anerkennungszuschuss es una ayuda del Estado federal para los costos del reconocimiento.
    Es para personas con pocos ingresos.
    Paga, por ejemplo, tasas, traducciones y certificaciones.
    Recibe hasta 600 euros si sus costos son de al menos 100 euros.
    Para un análisis de cualificación puede recibir hasta 1.200 euros.
    Para una formación después de un reconocimiento parcial puede recibir hasta 3.000 euros.
    Hay condiciones, por ejemplo un límite de ingresos.
    Muy importante: pida la ayuda antes de pedir el reconocimiento.
    Los costos anteriores no se devuelven.
    Puede pedir la ayuda hasta el 30 de junio de 2027.
    ¿Ya paga el Jobcenter? Entonces normalmente no recibe la ayuda.

faq-recognition-jobcenter-q = ¿Paga el Jobcenter los costos del reconocimiento?
faq-recognition-jobcenter-a =
    Es posible.
    El Jobcenter o la Agentur für Arbeit pueden pagar los costos.
    Esto vale sobre todo si necesita el reconocimiento para un trabajo.
    La oficina decide en cada caso.
    Por eso hable con su persona de contacto allí antes de la solicitud.
    No pague nada hasta tener una respuesta.
    A veces la oficina también paga cursos después de un reconocimiento parcial.
    Su mentor o mentora puede acompañarle a esa cita.

faq-recognition-duration-q = ¿Cuánto tarda el reconocimiento?
faq-recognition-duration-a =
    Normalmente tarda de 3 a 4 meses.
    El plazo empieza cuando todos sus documentos están completos.
    Si faltan documentos, tarda más.
    Por eso envíe todo completo.
    Hay que sumar el tiempo para traducciones y certificaciones.
    Por eso planifique bastante tiempo.
    Al final recibe una carta con el resultado.
    Esta carta se llama Bescheid.
    Su mentor o mentora puede explicarle el Bescheid.

faq-recognition-result-q = ¿Qué resultado puedo recibir?
faq-recognition-result-a =
    Usted recibe una carta (Bescheid). Hay tres resultados posibles.
    Equivalencia total (volle Gleichwertigkeit): su título vale como el alemán.
    En las profesiones reguladas la oficina revisa después otras cosas, por ejemplo su alemán.
    Equivalencia parcial (teilweise Gleichwertigkeit): una parte es igual, otra parte falta.
    El Bescheid nombra las diferencias.
    A menudo puede compensarlas.
    Sin equivalencia (keine Gleichwertigkeit): las diferencias son demasiado grandes.
    También entonces hay caminos, por ejemplo una formación profesional.
    Pida asesoramiento, por ejemplo en el IQ Netzwerk Sachsen o a su mentor o mentora.

faq-recognition-partial-q = Solo reconocido en parte: ¿qué puedo hacer?
faq-recognition-partial-a =
    En el Bescheid están las diferencias con la profesión alemana.
    Usted puede compensar estas diferencias.
    ¿Su profesión no está regulada?
    Entonces hace una cualificación de adaptación (Anpassungsqualifizierung), por ejemplo un curso.
    Después pide otra vez el reconocimiento completo (Folgeantrag).
    Pero ya puede trabajar ahora en esa profesión.
    ¿Su profesión está regulada?
    Entonces la oficina fija una medida compensatoria (Ausgleichsmaßnahme).
    Es un curso de adaptación (Anpassungslehrgang) o un examen.
    Después es posible el reconocimiento completo.
    Con los costos quizás ayudan el Jobcenter o el Anerkennungszuschuss.

faq-recognition-university-q = Estudié en la universidad. ¿Qué es la evaluación ZAB?
faq-recognition-university-a =
    ¿Su carrera lleva a una profesión regulada, por ejemplo médico o profesor?
    Entonces necesita el reconocimiento de la oficina responsable.
    Muchas carreras no están reguladas, por ejemplo informática o administración de empresas.
    Entonces puede buscar trabajo directamente.
    Una evaluación de su título por la ZAB (Zeugnisbewertung) le ayuda.
    Compara su título con un título alemán.
    Pero no es un reconocimiento.
    Con ella las empresas entienden mejor su título.
    Antes puede buscar usted mismo en la base de datos anabin.
    Allí ve si su universidad cuenta como universidad en Alemania (H+) y cómo se valora su título.
    La primera solicitud cuesta 200 euros.
    El Anerkennungszuschuss puede cubrir este costo.

faq-recognition-advice-q = ¿Dónde recibo asesoramiento gratis?
faq-recognition-advice-a =
    En Sajonia, la red IQ Netzwerk Sachsen asesora gratis sobre el reconocimiento.
    En su página web encuentra los centros de asesoramiento cerca de usted.
    Allí recibe respuestas a preguntas como estas:
    ¿Qué profesión alemana corresponde a mi título?
    ¿Dónde hago la solicitud y qué documentos necesito?
    ¿Cómo puedo pagar los costos?
    El asesoramiento es para personas de todos los países.
    La oficina responsable también asesora a menudo antes de la solicitud.
    Su mentor o mentora le ayuda a conseguir una cita.

faq-recognition-mentor-q = ¿Me ayuda un mentor o una mentora con el reconocimiento?
faq-recognition-mentor-a =
    Sí. Las mentoras y los mentores del programa también ayudan con el reconocimiento.
    Por ejemplo, buscan con usted la oficina responsable.
    Le ayudan a preparar los documentos y la solicitud.
    Pueden acompañarle a citas en oficinas públicas, por ejemplo al Jobcenter.
    Después le ayudan con las solicitudes de empleo y la búsqueda de trabajo.
    También siguen a su lado después de empezar un trabajo.
    ¿Todavía no tiene mentor o mentora?
    Entonces puede comunicarse con el proyecto de su región a través de este bot.
## Added 2026-12-07: doctors and dentists, medical German, educators, ZAB online, papers from abroad
faq-recognition-doctor-dentist-q = Médico, médica o dentista: ¿cómo obtengo la Approbation?
faq-recognition-doctor-dentist-a =
    Para trabajar como médico, médica o dentista en Alemania se necesita una licencia (Approbation).
    Es el permiso del Estado para ejercer la profesión.
    En Sajonia se solicita en la Landesdirektion Sachsen.
    La Landesdirektion revisa si su formación es equivalente.
    Cuando todos sus documentos están completos, debe decidir en un máximo de 3 meses para médicos.
    Para dentistas con formación fuera de la UE, el plazo máximo es de 4 meses.
    ¿Hay grandes diferencias? Entonces presenta un examen de conocimientos (Kenntnisprüfung).
    Es un examen oral y práctico. Allí muestra sus conocimientos de medicina.
    También necesita buen alemán para la profesión. Lea la pregunta sobre el examen de idioma médico.
    También existe un permiso por tiempo limitado (Berufserlaubnis).
    Las farmacéuticas y los farmacéuticos también necesitan una Approbation. También la solicitan en la Landesdirektion Sachsen.
    Pida asesoría gratis antes de la solicitud, por ejemplo en el IQ Netzwerk Sachsen.
faq-recognition-medical-german-q = ¿Qué examen de alemán necesito como médico o médica?
faq-recognition-medical-german-a =
    Para la licencia (Approbation) necesita buen alemán.
    Primero muestra un certificado de idioma de nivel B2.
    Después presenta un examen de idioma médico (Fachsprachprüfung).
    Allí muestra que puede hablar bien con pacientes y colegas.
    El nivel es C1 para la medicina.
    Para medicina, el examen lo hace la Sächsische Landesärztekammer.
    Para odontología, lo hace la Landeszahnärztekammer Sachsen.
    Después de su solicitud, la Landesdirektion Sachsen le inscribe en el examen.
    Importante: el examen de conocimientos (Kenntnisprüfung) es otra cosa. Revisa sus conocimientos de medicina.
    Para prepararse hay cursos de alemán profesional para personas en el proceso de reconocimiento.
faq-recognition-educator-kita-q = Soy educadora o educador. ¿Puedo trabajar en una Kita?
faq-recognition-educator-kita-a =
    Para trabajar como profesional en una Kita en Sajonia necesita el reconocimiento completo.
    La oficina responsable es el Landesamt für Schule und Bildung (LaSuB).
    Revisa si su título es equivalente al título alemán de educador reconocido por el Estado (staatlich anerkannter Erzieher).
    Esto vale también para Heilerziehungspfleger (cuidado de personas con discapacidad).
    ¿Estudió pedagogía infantil o trabajo social?
    Entonces la oficina responsable es la Landesdirektion Sachsen.
    ¿Hay diferencias con la formación alemana? Lea la pregunta sobre el reconocimiento parcial.
    Pida asesoría gratis antes de la solicitud, por ejemplo en el IQ Netzwerk Sachsen.
    Su mentor o mentora también le ayuda a buscar trabajo en una Kita.
faq-recognition-zab-online-q = ZAB: ¿cómo hago la solicitud y cuánto tarda?
faq-recognition-zab-online-a =
    La evaluación de títulos de la ZAB (Zeugnisbewertung) se pide en línea.
    Usted abre una cuenta en la página web de la ZAB.
    Después sube sus documentos en PDF.
    La lista para su país dice qué documentos necesita.
    La ZAB empieza solo cuando tiene todos los documentos y la tasa está pagada.
    La primera evaluación cuesta 200 euros.
    Ahora la ZAB tiene retrasos. Puede tardar más. Cuente con tiempo suficiente.
    Recibe la evaluación terminada en PDF en su cuenta.
faq-recognition-apostille-abroad-q = Traducción del extranjero o apostilla: ¿qué vale?
faq-recognition-apostille-abroad-a =
    Lo decide la oficina que revisa su solicitud.
    La traducción siempre tiene que hacerla un traductor oficial (jurado).
    La ZAB acepta también traducciones del extranjero si el traductor es oficial (jurado) allí.
    Otras oficinas quieren un traductor de Alemania.
    Por ejemplo, la Landesdirektion Sachsen para profesiones sociales.
    Algunas oficinas piden también una apostilla o una legalización.
    Con ella, una autoridad de su país o la embajada alemana allí confirma que el documento es auténtico.
    Por eso pregunte primero a la oficina responsable. Así no paga dos veces.
    En Alemania consigue copias certificadas, por ejemplo, en el Bürgeramt (oficina de atención ciudadana).

faq-recognition-school-certificate-q = ¿Cómo reconocen mi certificado escolar del extranjero?
faq-recognition-school-certificate-a =
    ¿Terminó la escuela en el extranjero?
    Entonces puede pedir el reconocimiento de su certificado escolar en Sajonia.
    Esto ayuda, por ejemplo, si busca una formación profesional (Ausbildung).
    La oficina responsable es el Landesamt für Schule und Bildung (LaSuB).
    Revisa si su certificado equivale a un título escolar alemán: Hauptschulabschluss, mittlerer Schulabschluss (Realschulabschluss) o Abitur.
    El resultado le llega en una carta oficial (Bescheid).
    También puede hacer la solicitud en línea.
    Necesita sus certificados y traducciones certificadas.
    La solicitud cuesta una tasa. Antes de la solicitud, pregunte en el Jobcenter o en la Agentur für Arbeit si pagan el costo.
    ¿Quiere empezar pronto una formación profesional? Escríbalo en la solicitud.
    Para estudiar en la universidad, la universidad decide sobre su certificado.
    Su mentor o mentora le ayuda con la solicitud.
