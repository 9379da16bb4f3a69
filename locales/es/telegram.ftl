# Textos del canal de Telegram: menú de comandos, grupos, mensajes editados, /reload.
tg-cmd-start = Empezar la conversación
tg-cmd-menu = Menú principal
tg-cmd-back = Volver a la pregunta anterior
tg-cmd-language = Cambiar el idioma
tg-cmd-help = Ayuda
tg-cmd-human = Hablar con una persona
tg-cmd-mydata = Ver mis datos guardados
tg-cmd-delete = Borrar mis datos
tg-cmd-restart = Empezar de nuevo
tg-edited = Lo siento, no puedo leer mensajes editados. Por favor, envíe su respuesta en un mensaje nuevo.
tg-group-private = Solo respondo en un chat privado. Por favor, escríbame allí: { $link }
tg-admin-only = Solo el equipo de Arbeitsmarktmentoren puede usar este comando. Para sus preguntas, toque /menu.
tg-reload-ok = Recargado. Los nuevos flujos y textos ya están activos.
tg-reload-warnings = { $count } avisos (no son errores; revíselos cuando pueda):
tg-reload-warnings-more = … y { $more } más. Para verlos todos: python -m bot validate --warnings
tg-reload-failed = No se recargó: { $count } errores. Sigue funcionando la versión actual. Por favor, corrija estos errores:
tg-too-many = Ha enviado muchos mensajes a la vez. He respondido a los primeros y no he leído los demás. Por favor, espere mi respuesta. Después envíe lo que falte.
