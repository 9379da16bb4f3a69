## Traspaso al proyecto de la región (flows/human.yaml, flows/handoff_contact.yaml, bot/handoff/).

## Aviso de privacidad. Suba la versión con cada cambio de contenido, igual en los cuatro idiomas.
handoff-privacy-version = 2026-2
handoff-privacy =
    Antes de enviar su solicitud, necesitamos su consentimiento.
    <b>Qué guardamos:</b> su nombre, cómo contactarle, sus idiomas, un buen momento para llamar, su mensaje, sus respuestas en este bot y su número de chat de Telegram (para poder escribirle).
    <b>Quién lo recibe:</b> solo { $project } para { $region }.
    <b>Mensajes:</b> Si escribe aquí con el proyecto, los mensajes pasan por este bot. Solo los guarda hasta entregarlos.
    <b>Por cuánto tiempo:</b> mientras el proyecto trabaja en su solicitud, como máximo { $days } días. Cuando se cierra, como máximo { $closed } días después.
    <b>Retirar el consentimiento:</b> en cualquier momento con /delete. Entonces borramos sus datos y se lo decimos al proyecto.
    Aviso de privacidad, versión { $version }
    ¿Está de acuerdo?
handoff-project-generic = el proyecto de Arbeitsmarktmentoren
handoff-consent-yes = Sí, estoy de acuerdo
handoff-consent-no = No
handoff-consent-declined =
    De acuerdo. No guardamos nada y no enviamos nada.
    También puede contactar usted mismo al proyecto en { $region }: { $page }
handoff-region-unknown = Sin su región no puedo enviar su solicitud. Aquí encuentra los proyectos de todas las regiones: https://arbeitsmarktmentoren-sachsen.de/

handoff-outside =
    Los Arbeitsmarktmentoren solo acompañan a personas que viven en Sajonia.
    En otros estados federados pueden ayudarle la asesoría para personas migrantes adultas (MBE, a partir de 27 años) y los servicios de migración juvenil (JMD, de 12 a 27 años). Si se muda a Sajonia, puede volver cuando quiera.
    MBE cerca de usted: https://bamf-navi.bamf.de
    JMD cerca de usted: https://www.jugendmigrationsdienste.de

## Datos de contacto
flow-handoff-contact-title = Datos de contacto
handoff-name-ask = ¿Cómo quiere que le llamen los mentores? Escriba su nombre.
handoff-name-why = Por qué preguntamos: para que la persona del proyecto pueda dirigirse a usted correctamente.
handoff-name-latin-ask = ¿Cómo se escribe su nombre con letras latinas (como en su pasaporte)? También puede omitir esta pregunta.
handoff-name-latin-why = Por qué preguntamos: la mayoría de los mentores solo leen letras latinas.
handoff-name-latin-invalid = Por favor, escriba su nombre con letras latinas (A–Z), por ejemplo «Mohammed Ali». O toque «Omitir».
handoff-name-invalid = Escriba un nombre (como máximo 60 caracteres).
handoff-via-ask = ¿Cómo puede contactarle el proyecto?
handoff-via-telegram = Aquí en Telegram
handoff-via-phone = Teléfono
handoff-via-email = Correo electrónico
handoff-phone-ask = Escriba su número de teléfono.
handoff-phone-invalid = No puedo leer este número. Escríbalo así: 0151 2345678 o +49 151 2345678.
handoff-email-ask = Escriba su dirección de correo electrónico.
handoff-email-invalid = No puedo leer esta dirección. Escríbala así: nombre@example.com
handoff-languages-ask = ¿Qué idiomas habla? Por ejemplo: español, un poco de alemán.
handoff-languages-invalid = Escriba los idiomas de forma breve (como máximo 100 caracteres).
handoff-time-ask = ¿Cuándo le viene bien una llamada?
handoff-time-morning = Por la mañana
handoff-time-afternoon = Por la tarde
handoff-time-evening = Por la noche
handoff-time-any = Cualquier momento
handoff-note-ask = ¿Quiere decirle algo más al proyecto? Escriba brevemente en qué necesita ayuda.
handoff-note-invalid = Escriba menos, por favor (como máximo 500 caracteres).
handoff-skip = Omitir
handoff-summary =
    Revise sus datos, por favor:
    <b>Nombre:</b> { $name }
    <b>Contacto:</b> { $contact }
    <b>Idiomas:</b> { $languages }
    <b>Buen momento:</b> { $time }
    <b>Mensaje:</b> { $note }
    <b>Se envía a:</b> { $project }, { $region }
    ¿Está todo bien?
handoff-summary-employer =
    Revise sus datos, por favor:
    <b>Empresa:</b> { $company }
    <b>Persona de contacto:</b> { $name }
    <b>Contacto:</b> { $contact }
    <b>Buen momento:</b> { $time }
    <b>Mensaje:</b> { $note }
    <b>Se envía a:</b> { $project }, { $region }
    ¿Está todo bien?
handoff-empty = –
handoff-send = Sí, enviar
handoff-fix-name = Cambiar nombre
handoff-fix-contact = Cambiar contacto
handoff-fix-languages = Cambiar idiomas
handoff-fix-time = Cambiar horario
handoff-fix-note = Cambiar mensaje
handoff-cancel = Cancelar
handoff-cancelled = Cancelado. No hemos enviado nada.
handoff-sent =
    ¡Gracias! Su solicitud ha llegado. Su número: <b>{ $ref }</b>
    La enviamos a { $project } en { $region }. Un mentor o una mentora se pondrá en contacto con usted. Puede tardar unos días.
    Puede ver el estado en el menú, en «Mi solicitud».

## Estado de la solicitud
flow-handoff-status-title = Mi solicitud
handoff-status =
    Su solicitud <b>{ $ref }</b> del { $date } ({ $region }):
    { $status ->
        [new] Ha llegado. El proyecto se pondrá en contacto con usted pronto.
        [accepted] Un mentor o una mentora se ocupa de ella y se pondrá en contacto con usted.
        [contacted] Un mentor o una mentora se ha puesto en contacto con usted.
        [unreachable] El proyecto no pudo contactarle. Por favor, contacte usted mismo: { $page }
       *[closed] La solicitud está cerrada.
    }
handoff-status-none = Todavía no ha enviado ninguna solicitud. Puede enviar una en el menú, en «Contacto con un mentor o mentora».
handoff-duplicate = Hace poco ya envió una solicitud. No enviamos una segunda.
handoff-accepted =
    Buenas noticias: su solicitud <b>{ $ref }</b> ha sido aceptada.
    Un mentor o una mentora de { $project } en { $region } se pondrá en contacto con usted pronto.

## Mensajes para los mentores (siempre se envían en alemán; estas traducciones mantienen completos los catálogos).
mentor-referral-title = 🔔 <b>Nueva solicitud { $ref }</b> – { $region }
mentor-kind-mentee = Persona que busca acompañamiento
mentor-kind-employer = Empresa
mentor-field-kind = Tipo
mentor-field-name = Nombre
mentor-field-company = Empresa
mentor-field-need = Necesidad
mentor-field-contact = Contacto
mentor-field-languages = Idiomas
mentor-field-time = Buen momento
mentor-field-note = Mensaje
mentor-field-lang = Idioma en el bot
mentor-field-consent = Consentimiento
mentor-field-answers = Respuestas en el bot
mentor-field-district = Región
mentor-languages = { $bot } (idioma en el bot)
mentor-languages-given = { $bot } (idioma en el bot), indicados: { $given }
mentor-consent = Versión { $version }, { $date }
mentor-field-status = Residencia
mentor-field-fiktion_for = Fiktionsbescheinigung para
mentor-field-family_protected = Familia con protección
mentor-field-work_permit = Trabajo permitido
mentor-field-years_saxony = Años en Sajonia
mentor-field-german_level = Alemán
mentor-field-goal = Objetivo
mentor-field-qualification = Título
mentor-field-gender = Sexo
mentor-value-work_permit-yes = Sí
mentor-value-work_permit-no = No, prohibición de trabajar
mentor-value-work_permit-unsure = No lo sabe
mentor-value-years_saxony-up_to_5 = 5 o menos
mentor-value-years_saxony-over_5 = más de 5
mentor-value-years_saxony-unsure = no lo sabe bien
mentor-field-outcome = Resultado de la comprobación
mentor-value-outcome-target = Grupo destinatario
mentor-value-outcome-secondary = Grupo ampliado (según los lugares disponibles)
mentor-value-outcome-not_eligible = No cumple los requisitos según el bot – por favor, compruébelo
mentor-value-outcome-unclear = No está claro – por favor, compruébelo
mentor-field-outcome_reason = Motivo
mentor-value-outcome_reason-protection = Estatus de protección
mentor-value-outcome_reason-asylum_seeker = En el procedimiento de asilo (Aufenthaltsgestattung)
mentor-value-outcome_reason-tolerated = Suspensión de la deportación (Duldung)
mentor-value-outcome_reason-family_member = Familiar de una persona protegida
mentor-value-outcome_reason-eu_citizen = Ciudadanía de la UE, como máximo 5 años en Sajonia
mentor-value-outcome_reason-other_title = Otro permiso de residencia, como máximo 5 años en Sajonia
mentor-value-outcome_reason-status_unknown = Estatus de residencia desconocido
mentor-value-outcome_reason-family_unknown = Estatus de la familia sin aclarar
mentor-value-outcome_reason-work_unknown = Permiso de trabajo sin aclarar
mentor-value-outcome_reason-years_unknown = Tiempo viviendo en Sajonia sin aclarar
mentor-value-outcome_reason-naturalised = Naturalización, como máximo 5 años en Sajonia
mentor-value-outcome_reason-no_german = Todavía no habla alemán
mentor-value-outcome_reason-not_saxony = No vive en Sajonia
mentor-value-outcome_reason-work_ban = Prohibición de trabajar
mentor-value-outcome_reason-over_5_years = Más de 5 años en Sajonia
mentor-value-outcome_reason-naturalised_over_5 = Naturalización, más de 5 años en Sajonia
mentor-contact-telegram = Chat de Telegram
mentor-contact-telegram-link = Abrir chat
mentor-contact-phone = Teléfono { $phone }
mentor-contact-email = Correo { $email }
mentor-same-contact-open = ℹ️ Nota: ya hay una solicitud abierta con este teléfono o correo (de otra cuenta de Telegram).
mentor-btn-accept = ✋ Asumir
mentor-btn-contacted = 📞 Contactado
mentor-btn-unreachable = ❌ No localizado
mentor-btn-closed = ✅ Cerrar
mentor-state-accepted = ✋ Asumida por { $mentor } el { $time }
mentor-state-contacted = 📞 Contactado ({ $time })
mentor-state-unreachable = ❌ No localizado ({ $time })
mentor-state-closed = ✅ Cerrada ({ $time })
mentor-state-outcome = 🏁 Resultado: { $outcome }
mentor-outcome-ask = ¿Cómo terminó el acompañamiento? Toque un resultado (puede cambiarlo después).
mentor-outcome-employment = Empleo (con seguridad social)
mentor-outcome-apprenticeship = Formación profesional (Ausbildung)
mentor-outcome-qualification = Capacitación o curso
mentor-outcome-other_support = Otro apoyo
mentor-outcome-not_reachable = Ya no se puede contactar
mentor-outcome-not_suitable = No encaja en el programa
mentor-taken = Asumida. Se avisa a la persona.
mentor-already-taken = { $mentor } ya ha asumido esta solicitud.
mentor-saved = Guardado.
mentor-not-allowed = Solo el proyecto de esta región puede trabajar en esta solicitud.
mentor-gone = Esta solicitud ya no existe.
mentor-not-open = Esta solicitud ya no está abierta.
mentor-reminder = ⏰ Recordatorio: la solicitud { $ref } de { $region } espera desde hace { $hours } horas. Asúmala con el botón del mensaje.
mentor-escalation =
    ⚠️ Nadie ha asumido la solicitud { $ref } de { $region } desde hace { $hours } horas.
    Acuerde con el proyecto quién la asume. (Los datos de contacto solo están en el chat del proyecto.)
mentor-withdrawn = 🗑 La solicitud { $ref } ha sido retirada. La persona ha retirado su consentimiento. Borre también sus datos por su parte (notas, correos).
mentor-withdrawn-removed = Solicitud { $ref }: retirada. Los datos de la persona se han quitado aquí.
mentor-expired = 🗑 La solicitud { $ref } ha caducado. El plazo de conservación ha terminado: el nombre, el contacto y el mensaje se han borrado. Borre también los datos por su parte cuando ya no los necesite.
mentor-mail-subject = Solicitud { $ref } – Arbeitsmarktmentoren { $region }
mentor-mail-withdrawn-subject = Retirada: solicitud { $ref }
mentor-mail-expired-subject = Caducada: solicitud { $ref }
mentor-mail-footer = Este mensaje lo ha enviado el bot de Arbeitsmarktmentoren Sachsen. Puede asumir la solicitud en el chat de Telegram del proyecto; sin Telegram, contacte directamente con la persona.
mentor-chatid = El número de este chat (chat id) es <code>{ $id }</code>. Escríbalo en el archivo mentors.yaml (vea docs/connect-project.md).
