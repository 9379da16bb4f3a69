flow-mydata-title = Mis datos
flow-delete-title = Borrar datos
privacy-mydata =
    Esto es lo que tengo guardado sobre usted:
    { $answers }
    Todos los datos están también en el archivo de abajo.
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
