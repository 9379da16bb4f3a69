## Preguntas y respuestas (FAQ): las pantallas alrededor de las respuestas (bot/faq/browse.py).
## Las preguntas y respuestas están en faq-<tema>.ftl.

flow-faq-title = Preguntas y respuestas
faq-topics = ¿Sobre qué tema es su pregunta? También puede escribir su pregunta.
faq-topic-questions = Elija una pregunta:
faq-answer-footer =
    { $count ->
        [one] Fuente
       *[other] Fuentes
    }:
    { $sources }
    Revisado el { $checked }

    ¿Le ayudó esta respuesta?
faq-helped-yes = 👍 Sí
faq-helped-no = 👎 No
faq-thanks-yes = ¡Gracias por su opinión!
faq-thanks-no = Gracias por su opinión. Un mentor o una mentora puede responder su pregunta en persona.
faq-already-voted = Ya nos dio su opinión sobre esta respuesta. ¡Gracias!
faq-search-suggest =
    No estoy del todo seguro. ¿Quiso decir una de estas preguntas?
    Toque una pregunta. O pregunte a un mentor.
faq-search-arabizi =
    Parece que escribió en árabe con letras latinas.
    No puedo leerlo con seguridad. Por favor, escriba su pregunta con letras árabes.
    O escriba en español. Un mentor también puede ayudarle.
faq-search-none =
    Lo siento, no tengo una respuesta segura para esto. No quiero adivinar.
    Un mentor o una mentora puede ayudarle en persona. O puede mirar los temas.
faq-all-topics = Todos los temas
faq-mentor = Preguntar a un mentor
faq-to-menu = Menú principal
faq-gone = Esta pregunta ya no existe. Aquí están los temas.
faq-empty = Por ahora no hay preguntas y respuestas aquí.
