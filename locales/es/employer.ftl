## Camino para empresas (flows/employer.yaml), fuente: la página del programa «Fokus Arbeitgebende».
flow-employer-title = Para empresas
employer-intro =
    ¿Quiere formar o contratar a personas refugiadas o a otras personas de origen migrante? Los Arbeitsmarktmentoren le apoyan.
    Su empresa debe tener su sede o una sucursal en Sajonia.
    Solo necesitamos unos pocos datos: empresa, lugar, qué necesita y un contacto.
employer-company-ask = ¿Cómo se llama su empresa?
employer-company-invalid = Escriba el nombre de la empresa (como máximo 100 caracteres).
employer-need-ask = ¿En qué quiere que le apoyen los mentores?
employer-need-hiring = Preguntas sobre empleo o formación
employer-need-funding = Programas de ayuda adecuados
employer-need-admin = Trámites y formularios
employer-need-integration = Integración en la empresa
employer-need-other = Otra cosa
employer-person-ask = ¿Quién es la persona de contacto? Escriba el nombre.
employer-person-invalid = Escriba un nombre (como máximo 60 caracteres).
employer-outside =
    Los Arbeitsmarktmentoren solo pueden acompañar a empresas con sede o sucursal en Sajonia.
    En otros estados federados le asesora el servicio para empleadores de la Agentur für Arbeit: https://www.arbeitsagentur.de/unternehmen
