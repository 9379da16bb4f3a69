## Mensajes entre mentor o mentora y la persona, a través del bot (bot/handoff/relay.py)

# Lo que lee la persona (su idioma)
relay-from-project = ✉️ <b>{ $project }</b> (solicitud { $ref }):
relay-btn-write = ↩️ Responder
relay-btn-write-mentor = ✍️ Escribir a mi mentor o mentora
relay-btn-stop = Listo
relay-btn-send-now = 📎 Enviar ahora
relay-write-prompt =
    Escriba ahora su mensaje para { $project }: texto, foto, archivo o mensaje de voz.
    Todo lo que envíe en los próximos { $minutes } minutos va al proyecto.
    Para terminar, toque «Listo» o envíe /menu.
relay-sent = ✓ Enviado a { $project }. Puede seguir escribiendo.
relay-sent-short = ✓ Enviado
relay-stopped = De acuerdo. Sus mensajes van otra vez al bot.
relay-not-open = Aquí puede escribir a su mentor o mentora. Es posible cuando alguien haya aceptado su solicitud y mientras esté abierta.
relay-only-these = Puedo pasar textos, fotos, archivos y mensajes de voz.
relay-answer-yes = Sí, por favor
relay-answer-no = No, gracias
relay-mydata-waiting = Mensajes a su proyecto que todavía no se han entregado: { $count }. Los borramos aquí cuando se entregan.
relay-tpl-call = Su mentor o mentora quiere llamarle. ¿A qué hora le conviene?
relay-tpl-residence = Por favor, envíe una foto de su documento de residencia (las dos caras). Solo el proyecto la ve.
relay-tpl-certificate = Por favor, envíe una foto o un archivo de su certificado. Solo el proyecto lo ve.
relay-tpl-office = Podemos vernos en nuestra oficina: { $office }. Escríbanos qué día le conviene.
relay-tpl-still = ¿Todavía quiere nuestro apoyo?

# Lo que lee el proyecto (en la práctica en alemán; estas son las versiones en español)
mentor-btn-write = ✍️ Escribir a la persona
mentor-relay-prompt =
    ✍️ <b>Mensaje a la persona (solicitud { $ref })</b>
    Responda a este mensaje: su texto llega a la persona tal como lo escribe, con el nombre del proyecto.
    O elija un mensaje preparado. La persona lo lee en { $language }.
mentor-relay-from-person = ✉️ <b>Solicitud { $ref }</b> – mensaje de la persona (idioma: { $language }):
mentor-relay-answer = ✉️ <b>Solicitud { $ref }</b> – respuesta a «{ $title }»: <b>{ $answer }</b>
mentor-relay-tpl-call = 📞 Llamada: ¿a qué hora le conviene?
mentor-relay-tpl-residence = 🪪 Pedir foto del documento de residencia
mentor-relay-tpl-certificate = 📄 Pedir foto del certificado
mentor-relay-tpl-office = 📍 Cita en la oficina
mentor-relay-tpl-still = ❓ ¿Todavía quiere apoyo?
mentor-relay-queued = Se está entregando …
mentor-relay-blocked = ⚠️ No entregado: la persona bloqueó el bot.
mentor-relay-not-taken = Por favor, acepte primero la solicitud.
mentor-relay-ended = Esta solicitud está cerrada o retirada. No se ha reenviado nada.
mentor-relay-unsupported = Se reenvían textos, fotos, archivos y mensajes de voz.
