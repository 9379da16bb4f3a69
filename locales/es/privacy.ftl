flow-mydata-title = Mis datos
flow-delete-title = Borrar datos
privacy-mydata =
    Esto es lo que tengo guardado sobre usted:
    { $items }
    Todos los datos están también en el archivo de abajo.
privacy-mydata-answers = Sus respuestas en el bot:
privacy-mydata-language = Idioma en el bot: { $language }
privacy-mydata-referral = Su solicitud { $ref } a { $project } ({ $region }) del { $date }: { $status ->
        [new] todavía no asumida
        [accepted] un mentor o una mentora se ocupa
        [contacted] el proyecto le ha contactado
        [unreachable] el proyecto no le ha podido contactar
       *[closed] cerrada
    }
privacy-mydata-referral-answers = Enviado con la solicitud:
privacy-mydata-consent = Su consentimiento (aviso de privacidad versión { $version }) del { $date }
privacy-field-chat = Su número de chat de Telegram (para que el bot pueda escribirle)
privacy-field-other = Otro dato
privacy-field-district_name = Dónde vive
privacy-field-lives_in_saxony = Vive en Sajonia
privacy-field-handoff_kind = Tipo de solicitud
privacy-value-handoff_kind-mentee = acompañamiento para mí
privacy-value-handoff_kind-employer = como empresa
privacy-field-elig_group = Grupo en la comprobación
privacy-value-elig_group-primary = grupo destinatario
privacy-value-elig_group-secondary = grupo destinatario ampliado
privacy-value-elig_group-naturalised = naturalizado
privacy-value-elig_group-unknown = residencia no clara
privacy-value-elig_group-family_unknown = residencia de la familia no clara
privacy-field-handoff_review = Datos de contacto revisados
privacy-value-yes = sí
privacy-value-no = no
privacy-mydata-file = Sus datos en un archivo (JSON)
privacy-mydata-end = Con /delete puede borrarlo todo.
privacy-delete-ask =
    ¿Quiere borrar todos sus datos?
    Se borrarán sus respuestas y sus datos de contacto. Si le pusimos en contacto con mentores, se retira.
    No se puede deshacer.
privacy-delete-yes = Sí, borrar todo
privacy-delete-no = No, guardarlos
privacy-deleted = Hecho. Sus datos están borrados. Si vuelve a escribir, empezamos de nuevo.
privacy-delete-kept = De acuerdo, todo sigue guardado.
