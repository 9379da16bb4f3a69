flow-main-title = Menú principal
main-welcome =
    ¡Bienvenido/a a Arbeitsmarktmentoren Sachsen!
    Nuestros mentores ayudan a personas refugiadas y migrantes en Sajonia a encontrar una formación profesional o un trabajo. La ayuda es gratuita.
main-menu = ¿Qué quiere hacer?
main-menu-check = ¿Puedo participar?
main-menu-about = ¿Qué es el programa?
main-menu-faq = Preguntas y respuestas
main-menu-contact = Contacto con un mentor o mentora
main-menu-status = Mi solicitud
main-menu-employer = Para empresas
main-about =
    Los mentores del mercado laboral le acompañan en el camino hacia una formación profesional o un trabajo.
    Le ayudan a buscar trabajo, con las solicitudes, con las citas en las oficinas y con el reconocimiento de sus títulos. También siguen a su lado cuando empieza a trabajar.
    El programa existe en toda Sajonia. Lo paga el Estado Libre de Sajonia.
flow-human-title = Hablar con una persona
human-info = En la página web del programa encontrará los proyectos de su región: https://arbeitsmarktmentoren-sachsen.de/
