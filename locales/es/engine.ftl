language-choose = Por favor, elija su idioma.
language-changed = El idioma ahora es { $language }.
help-text =
    Así funciona el bot:
    Toque los botones debajo de los mensajes.
    /menu – menú principal
    /back – pregunta anterior
    /restart – empezar de nuevo
    /language – cambiar el idioma
    /human – hablar con una persona
    /status – estado de mi solicitud
    /mydata – mis datos guardados
    /delete – borrar mis datos
unknown-command = No conozco este comando. Escriba /help para ver todos los comandos.
unsupported-input = Lo siento, no puedo leer esto: solo leo texto. Por favor, responda a la pregunta de arriba: toque un botón o escriba.
unsupported-voice = Lo siento, no puedo escuchar mensajes de voz: solo leo texto. Por favor, escriba su respuesta a la pregunta de arriba. Más adelante puede hablar por teléfono con un mentor o una mentora.
use-buttons = Por favor, toque uno de los botones.
not-understood = No he entendido. Aquí está el menú.
stale-button = Este botón es de un mensaje anterior. Aquí está la pregunta actual.
recovered-note = Esta parte ha cambiado mientras tanto. Seguimos aquí.
back-nothing = No hay ninguna pregunta anterior.
nav-back = ◀ Volver
error-flow-loop = Lo siento, ha ocurrido un error. El equipo ya lo sabe. Escriba /menu para seguir.
error-general = Lo siento, ha ocurrido un error. Sus respuestas están guardadas. Por favor, inténtelo de nuevo.
action-unavailable = Esta función no está disponible ahora. Seguimos.
human-unavailable = Ahora no puedo ponerle en contacto. Por favor, inténtelo más tarde.
answer-yes = Sí
answer-no = No
answer-unsure = No lo sé
typed-which = ¿Qué respuesta quiere decir? Por favor, tóquela.
# Palabras que cuentan como "Sí", "No" o "No lo sé" escritos (separadas por comas; todos los idiomas cuentan
# juntos, mayúsculas y acentos no importan). Nunca se muestran.
answer-words-yes = sí, si, claro, vale, correcto, cierto, exacto, por supuesto, sip, ajá, dale, de acuerdo
answer-words-no = no, nop, nunca, para nada, incorrecto
answer-words-unsure = no sé, no lo sé, ni idea, no estoy seguro, no estoy segura, no tengo idea, quizás, a lo mejor
explain-button = ❓ ¿Qué significan?
