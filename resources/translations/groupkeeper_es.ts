<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>&amp;Print or export…</source>
        <translation>&amp;Imprimir o exportar…</translation>
    </message>
    <message>
        <source>Every document in one place, with a preview of its first page</source>
        <translation>Todos los documentos en un solo lugar, con una vista previa de la primera página</translation>
    </message>
    <message>
        <source>Meeting &amp;packet…</source>
        <translation>&amp;Carpeta de la reunión…</translation>
    </message>
    <message>
        <source>Who serves, the topic, the format with its readings, and the weeks ahead</source>
        <translation>Quién sirve, el tema, el formato con sus lecturas y las próximas semanas</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Hoja de asistencia…</translation>
    </message>
    <message>
        <source>P&amp;hone list (private)…</source>
        <translation>Lista de &amp;teléfonos (privada)…</translation>
    </message>
    <message>
        <source>Only the members who agreed to be on it</source>
        <translation>Solo los miembros que aceptaron aparecer en ella</translation>
    </message>
    <message>
        <source>&amp;Schedule flyer…</source>
        <translation>&amp;Volante de horarios…</translation>
    </message>
    <message>
        <source>Print the meetings and changed dates for the notice board</source>
        <translation>Imprima las reuniones y las fechas cambiadas para el tablero de avisos</translation>
    </message>
    <message>
        <source>&amp;Roster calendar…</source>
        <translation>Calendario de t&amp;urnos…</translation>
    </message>
    <message>
        <source>Print the roster as a month calendar for the notice board</source>
        <translation>Imprima los turnos como un calendario mensual para el tablero de avisos</translation>
    </message>
    <message>
        <source>Roster as &amp;CSV (spreadsheet)…</source>
        <translation>Turnos en &amp;CSV (hoja de cálculo)…</translation>
    </message>
    <message>
        <source>Resource &amp;handout…</source>
        <translation>Hoja de &amp;recursos…</translation>
    </message>
    <message>
        <source>Print readings, where to get help and the crisis lines to hand out</source>
        <translation>Imprima lecturas, dónde pedir ayuda y las líneas de crisis para repartir</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>Ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <source>The meetings, or one member's service dates, for phone and computer calendars</source>
        <translation>Las reuniones, o las fechas de servicio de un miembro, para el calendario del teléfono o la computadora</translation>
    </message>
    <message>
        <source>Meeting &amp;list for the intergroup (.json)…</source>
        <translation>Lista de reuniones para el &amp;intergrupo (.json)…</translation>
    </message>
    <message>
        <source>The meetings in the Meeting Guide format that intergroup websites read</source>
        <translation>Las reuniones en el formato de Meeting Guide que leen los sitios web de los intergrupos</translation>
    </message>
    <message>
        <source>&amp;Members (.csv)…</source>
        <translation>&amp;Miembros (.csv)…</translation>
    </message>
    <message>
        <source>Every member, for a spreadsheet; the member import reads it back</source>
        <translation>Todos los miembros, para una hoja de cálculo; la importación de miembros la vuelve a leer</translation>
    </message>
    <message>
        <source>Phone list con&amp;tacts (.vcf)…</source>
        <translation>Con&amp;tactos de la lista de teléfonos (.vcf)…</translation>
    </message>
    <message>
        <source>The members who agreed to the phone list, for a phone's contacts</source>
        <translation>Los miembros que aceptaron la lista de teléfonos, para los contactos de un teléfono</translation>
    </message>
    <message>
        <source>&amp;Pairing list (confidential)…</source>
        <translation>Lista de &amp;apadrinamientos (confidencial)…</translation>
    </message>
    <message>
        <source>Print the confidential list of pairings; never part of other exports</source>
        <translation>Imprima la lista confidencial de apadrinamientos; nunca se incluye en otras exportaciones</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>e.g. +1 555-010-0100</source>
        <translation>p. ej., +1 555-010-0100</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. hope@example.org</source>
        <translation>p. ej., hope@example.org</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>e.g. elmfallshope.org</source>
        <translation>p. ej., elmfallshope.org</translation>
    </message>
    <message>
        <source>Print the group's contact on this paper.</source>
        <translation>Imprimir el contacto del grupo en este documento.</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de servicio</translation>
    </message>
    <message>
        <source>e.g. 000123456</source>
        <translation>p. ej., 000123456</translation>
    </message>
    <message>
        <source>The number your fellowship's service office (such as GSO) gave the group.</source>
        <translation>El número que la oficina de servicio de su comunidad (como la OSG) le dio al grupo.</translation>
    </message>
    <message>
        <source>District or intergroup</source>
        <translation>Distrito o intergrupo</translation>
    </message>
    <message>
        <source>e.g. District 12</source>
        <translation>p. ej., Distrito 12</translation>
    </message>
    <message>
        <source>The district, area or intergroup the group belongs to, as they write it.</source>
        <translation>El distrito, área o intergrupo al que pertenece el grupo, tal como ellos lo escriben.</translation>
    </message>
    <message>
        <source>All optional. The contact prints only on the papers ticked here; the service numbers are for the intergroup and never print.</source>
        <translation>Todo es opcional. El contacto se imprime solo en los documentos marcados aquí; los números de servicio son para el intergrupo y nunca se imprimen.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Print it on:</source>
        <translation>Imprimirlo en:</translation>
    </message>
    <message>
        <source>Service n&amp;umber:</source>
        <translation>Número de &amp;servicio:</translation>
    </message>
    <message>
        <source>&amp;District or intergroup:</source>
        <translation>&amp;Distrito o intergrupo:</translation>
    </message>
    <message>
        <source>e.g. Elm Falls Hope Group</source>
        <translation>p. ej., Grupo Esperanza de Elm Falls</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Tipo de grupo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Meeting times are kept in this zone, such as America/Toronto.</source>
        <translation>Los horarios de las reuniones se guardan en esta zona, como America/Toronto.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Chooses the crisis lines the library starts with.</source>
        <translation>Elige las líneas de crisis con las que empieza la biblioteca.</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nombre del grupo:</translation>
    </message>
    <message>
        <source>&amp;Kind of group:</source>
        <translation>&amp;Tipo de grupo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>New &amp;reading…</source>
        <translation>Nueva &amp;lectura…</translation>
    </message>
    <message>
        <source>New referral &amp;contact…</source>
        <translation>Nuevo &amp;contacto de derivación…</translation>
    </message>
    <message>
        <source>New &amp;book for the lending shelf…</source>
        <translation>Nuevo li&amp;bro para el estante de préstamo…</translation>
    </message>
    <message>
        <source>&amp;Attach files to the library…</source>
        <translation>&amp;Adjuntar archivos a la biblioteca…</translation>
    </message>
    <message>
        <source>Keep PDFs, images and documents inside the group file (up to 25 MB each)</source>
        <translation>Guarde PDF, imágenes y documentos dentro del archivo del grupo (hasta 25 MB cada uno)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <source>New &amp;request for a sponsor or mentor…</source>
        <translation>Nueva &amp;solicitud de padrino, madrina o mentor…</translation>
    </message>
    <message>
        <source>&amp;Suggest for everyone waiting…</source>
        <translation>Su&amp;gerir para todos los que esperan…</translation>
    </message>
    <message>
        <source>Pairing &amp;conventions…</source>
        <translation>&amp;Criterios de apadrinamiento…</translation>
    </message>
    <message>
        <source>How the group pairs people: same gender, minimum experience, language</source>
        <translation>Cómo forma parejas el grupo: mismo género, experiencia mínima, idioma</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Atrasado desde el {day}</translation>
    </message>
    <message>
        <source>(request withdrawn)</source>
        <translation>(solicitud retirada)</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>ahora no</translation>
    </message>
    <message>
        <source>Not suggested: {why}</source>
        <translation>No sugerido: {why}</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <source>Add someone to the group's members</source>
        <translation>Agregar a alguien a los miembros del grupo</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Editar miembro…</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>Cambiar el miembro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete member…</source>
        <translation>E&amp;liminar miembro…</translation>
    </message>
    <message>
        <source>Delete the selected member (asks first)</source>
        <translation>Eliminar el miembro seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Fill roster…</source>
        <translation>&amp;Completar turnos…</translation>
    </message>
    <message>
        <source>Choose who serves, fairly, for a range of dates</source>
        <translation>Elegir quién sirve, de forma justa, para un rango de fechas</translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>&amp;Importar miembros desde CSV…</translation>
    </message>
    <message>
        <source>Add members from a spreadsheet saved as CSV</source>
        <translation>Agregar miembros desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>never {days}</source>
        <translation>nunca: {days}</translation>
    </message>
    <message>
        <source>at most {n}/month</source>
        <translation>máximo {n} al mes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (cambiada)</translation>
    </message>
    <message>
        <source>This meeting does not need this role.</source>
        <translation>Esta reunión no necesita este servicio.</translation>
    </message>
    <message>
        <source>— open —</source>
        <translation>— libre —</translation>
    </message>
    <message>
        <source>open</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, bloqueado</translation>
    </message>
    <message>
        <source>, breaks a rule</source>
        <translation>, rompe una regla</translation>
    </message>
    <message>
        <source>Breaks a rule now: </source>
        <translation>Ahora rompe una regla: </translation>
    </message>
    <message>
        <source>Open: click to choose someone</source>
        <translation>Libre: haga clic para elegir a alguien</translation>
    </message>
    <message>
        <source>Locked by hand</source>
        <translation>Bloqueado a mano</translation>
    </message>
    <message>
        <source>Click to change, lock or explain</source>
        <translation>Haga clic para cambiar, bloquear o explicar</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Save a copy, e.g. to a USB stick</source>
        <translation>Guardar una copia, p. ej., en una memoria USB</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of this file</source>
        <translation>Volver a una copia anterior de este archivo</translation>
    </message>
    <message>
        <source>&amp;Hand over to the next secretary…</source>
        <translation>&amp;Entregar al próximo secretario/a…</translation>
    </message>
    <message>
        <source>Write one copy of the group file for someone else</source>
        <translation>Escribir una copia del archivo del grupo para otra persona</translation>
    </message>
    <message>
        <source>&amp;Check the file for damage</source>
        <translation>Re&amp;visar si el archivo está dañado</translation>
    </message>
    <message>
        <source>A full check</source>
        <translation>Una revisión completa</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con una frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock when idle…</source>
        <translation>&amp;Bloquear tras inactividad…</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>Bloquear ah&amp;ora</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Add a meeting series</source>
        <translation>Agregar una serie de reuniones</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Editar reunión…</translation>
    </message>
    <message>
        <source>Change the selected meeting</source>
        <translation>Cambiar la reunión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>E&amp;liminar reunión…</translation>
    </message>
    <message>
        <source>Delete the selected meeting series</source>
        <translation>Eliminar la serie de reuniones seleccionada</translation>
    </message>
    <message>
        <source>&amp;Cancel this date…</source>
        <translation>&amp;Cancelar esta fecha…</translation>
    </message>
    <message>
        <source>Cancel one date, with a note</source>
        <translation>Cancelar una fecha, con una nota</translation>
    </message>
    <message>
        <source>&amp;Move this date…</source>
        <translation>&amp;Mover esta fecha…</translation>
    </message>
    <message>
        <source>Move one date to another day or time</source>
        <translation>Mover una fecha a otro día u hora</translation>
    </message>
    <message>
        <source>&amp;Restore this date</source>
        <translation>&amp;Restablecer esta fecha</translation>
    </message>
    <message>
        <source>Undo the cancellation or move of one date</source>
        <translation>Deshacer la cancelación o el cambio de una fecha</translation>
    </message>
    <message>
        <source>&amp;Topic and notes…</source>
        <translation>&amp;Tema y notas…</translation>
    </message>
    <message>
        <source>This meeting's topic, announcements and note to the facilitator</source>
        <translation>El tema de esta reunión, los anuncios y la nota para el coordinador/a</translation>
    </message>
    <message>
        <source>Print this meeting's &amp;packet…</source>
        <translation>Imprimir la &amp;carpeta de esta reunión…</translation>
    </message>
    <message>
        <source>Meeting &amp;formats…</source>
        <translation>&amp;Formatos de reunión…</translation>
    </message>
    <message>
        <source>The script of each meeting: its parts, readings, who reads and timings</source>
        <translation>El guion de cada reunión: sus partes, lecturas, quién lee y los tiempos</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>In person and online</source>
        <translation>En persona y en línea</translation>
    </message>
    <message>
        <source>{place} (and online)</source>
        <translation>{place} (y en línea)</translation>
    </message>
    <message>
        <source>Link: {link}</source>
        <translation>Enlace: {link}</translation>
    </message>
    <message>
        <source>Dial-in: {phone}</source>
        <translation>Teléfono: {phone}</translation>
    </message>
    <message>
        <source>no place set</source>
        <translation>sin lugar definido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Cambiada desde el {day}</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(cambiada)</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>sin reunión</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Serie de reuniones</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation>Cuántas semanas mostrar</translation>
    </message>
    <message>
        <source>Showing the next</source>
        <translation>Mostrando las próximas</translation>
    </message>
    <message>
        <source>Cancel date…</source>
        <translation>Cancelar fecha…</translation>
    </message>
    <message>
        <source>Move date…</source>
        <translation>Mover fecha…</translation>
    </message>
    <message>
        <source>Restore date</source>
        <translation>Restablecer fecha</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendario mensual</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Mes mostrado</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation>Mes anterior (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation>Mes siguiente (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Schedule views</source>
        <translation>Vistas del calendario</translation>
    </message>
    <message>
        <source>&amp;New group file…</source>
        <translation>&amp;Nuevo archivo de grupo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>The next meeting and who serves at it</source>
        <translation>La próxima reunión y quién sirve en ella</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Horarios</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;iembros</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Turnos</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>A&amp;padrinamientos</translation>
    </message>
    <message>
        <source>Who is waiting for a sponsor or mentor, and active pairings</source>
        <translation>Quién espera un padrino, madrina o mentor, y los apadrinamientos activos</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change, wherever in the window it was made</source>
        <translation>Deshacer el último cambio, sin importar en qué parte de la ventana se hizo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation>Volver a hacer lo que se deshizo</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
</context>
<context>
    <name>AttendanceChoice</name>
    <message>
        <source>&amp;In person</source>
        <translation>En pe&amp;rsona</translation>
    </message>
    <message>
        <source>Everyone meets in the room</source>
        <translation>Todos se reúnen en la sala</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>En lín&amp;ea</translation>
    </message>
    <message>
        <source>Everyone joins by video link or by phone</source>
        <translation>Todos se unen por enlace de video o por teléfono</translation>
    </message>
    <message>
        <source>&amp;Hybrid</source>
        <translation>Hí&amp;brida</translation>
    </message>
    <message>
        <source>Some meet in the room while others join by video link or by phone</source>
        <translation>Unos se reúnen en la sala y otros se unen por enlace de video o por teléfono</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Save a calendar (.ics)</source>
        <translation>Guardar un calendario (.ics)</translation>
    </message>
    <message>
        <source>&amp;Every meeting of the group</source>
        <translation>&amp;Todas las reuniones del grupo</translation>
    </message>
    <message>
        <source>&amp;One member's service dates (their roster turns):</source>
        <translation>Las fechas de servicio de &amp;un miembro (sus turnos):</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>What should the calendar file hold?</source>
        <translation>¿Qué debe contener el archivo de calendario?</translation>
    </message>
    <message>
        <source>Open the saved file on a phone or computer to add it to its calendar. Cancelled dates are left out and moved dates are shown on their new day. Saving again later and opening the new file updates the same events instead of adding them twice.</source>
        <translation>Abra el archivo guardado en un teléfono o una computadora para agregarlo a su calendario. Las fechas canceladas no se incluyen y las fechas cambiadas aparecen en su nuevo día. Si lo guarda de nuevo más adelante y abre el archivo nuevo, se actualizan los mismos eventos en lugar de agregarse dos veces.</translation>
    </message>
    <message>
        <source>&amp;Save calendar…</source>
        <translation>&amp;Guardar calendario…</translation>
    </message>
</context>
<context>
    <name>ChangeDateDialog</name>
    <message>
        <source>Change one date</source>
        <translation>Cambiar una fecha</translation>
    </message>
    <message>
        <source>&amp;Cancel this meeting</source>
        <translation>&amp;Cancelar esta reunión</translation>
    </message>
    <message>
        <source>&amp;Move it to:</source>
        <translation>&amp;Moverla a:</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <source>e.g. Building closed for Thanksgiving</source>
        <translation>p. ej., Edificio cerrado por el Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Note for members</source>
        <translation>Nota para los miembros</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The note is printed on the schedule flyer.</source>
        <translation>La nota se imprime en el volante de horarios.</translation>
    </message>
    <message>
        <source>Choose a different date or time to move the meeting to.</source>
        <translation>Elija otra fecha u hora a la que mover la reunión.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Send our changes to the intergroup</source>
        <translation>Enviar nuestros cambios a la intergrupal</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {file}. Copy the message into the intergroup's change form or an email, or save a page to print and hand in.</source>
        <translation>
            <numerusform>%n cambio respecto a {file}. Copie el mensaje en el formulario de la intergrupal o en un correo, o guarde una página para imprimir y entregar.</numerusform>
            <numerusform>%n cambios respecto a {file}. Copie el mensaje en el formulario de la intergrupal o en un correo, o guarde una página para imprimir y entregar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} lists every one of our meetings right.</source>
        <translation>{file} tiene bien todas nuestras reuniones.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Copiar el mensaje</translation>
    </message>
    <message>
        <source>&amp;Save a page to print…</source>
        <translation>&amp;Guardar una página para imprimir…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the intergroup's form or an email.</source>
        <translation>Copiado. Péguelo en el formulario de la intergrupal o en un correo.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation>Registrar un contacto de seguimiento</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>a few private words; optional</source>
        <translation>unas palabras privadas; opcional</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Registrar seguimiento</translation>
    </message>
</context>
<context>
    <name>ConventionsDialog</name>
    <message>
        <source>Pairing conventions</source>
        <translation>Criterios de apadrinamiento</translation>
    </message>
    <message>
        <source>How your group pairs people. Suggestions follow these; nothing here is decided for you.</source>
        <translation>Cómo forma parejas su grupo. Las sugerencias siguen estos criterios; aquí no se decide nada por usted.</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>Mismo género</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Minimum experience</source>
        <translation>Experiencia mínima</translation>
    </message>
    <message>
        <source>Only suggest someone who speaks the language asked for</source>
        <translation>Sugerir solo a alguien que hable el idioma pedido</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Hacer seguimiento cada</translation>
    </message>
    <message>
        <source>&amp;Same gender:</source>
        <translation>&amp;Mismo género:</translation>
    </message>
    <message>
        <source>&amp;Minimum experience for a {s}:</source>
        <translation>&amp;Experiencia mínima para ser {s}:</translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation>&amp;Hacer seguimiento cada:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Not attached</source>
        <translation>Sin adjuntar</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Adjuntando archivos</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>Adjuntar {name}</translation>
    </message>
    <message>
        <source>Attach {n} files</source>
        <translation>Adjuntar {n} archivos</translation>
    </message>
    <message>
        <source>Attaching {name} ({n} of {total})…</source>
        <translation>Adjuntando {name} ({n} de {total})…</translation>
    </message>
    <message numerus="yes">
        <source>Attached {done} of %n files; stopped when you pressed Cancel.</source>
        <translation>
            <numerusform>Se adjuntaron {done} de %n archivo; se detuvo cuando usted pulsó Cancelar.</numerusform>
            <numerusform>Se adjuntaron {done} de %n archivos; se detuvo cuando usted pulsó Cancelar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attached; stopped when you pressed Cancel.</source>
        <translation>No se adjuntó nada; se detuvo cuando usted pulsó Cancelar.</translation>
    </message>
    <message>
        <source>Attached {name}.</source>
        <translation>Se adjuntó {name}.</translation>
    </message>
    <message>
        <source>Attached {n} files.</source>
        <translation>Se adjuntaron {n} archivos.</translation>
    </message>
    <message>
        <source>Could not attach the file</source>
        <translation>No se pudo adjuntar el archivo</translation>
    </message>
    <message>
        <source>Attached, but not all searchable</source>
        <translation>Adjuntado, pero no todo se puede buscar</translation>
    </message>
    <message>
        <source>Attached, but not searchable</source>
        <translation>Adjuntado, pero no se puede buscar</translation>
    </message>
    <message>
        <source>Attached, partly searchable</source>
        <translation>Adjuntado, se puede buscar en parte</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>{name} is {kind}. GroupKeeper opens only documents and pictures, because a file like this can run a program on this computer. Save a copy only if you know who made it and why, and check it with your antivirus before opening it.</source>
        <translation>{name} es {kind}. GroupKeeper solo abre documentos e imágenes, porque un archivo como este puede ejecutar un programa en esta computadora. Guarde una copia solo si sabe quién lo hizo y para qué, y revíselo con su antivirus antes de abrirlo.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No se abrió</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Guardar una copia de {name}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>No se pudo guardar la copia</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirar la solicitud</translation>
    </message>
    <message>
        <source>End the pairing</source>
        <translation>Terminar el apadrinamiento</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <source>private; never printed unless chosen</source>
        <translation>privado; nunca se imprime a menos que usted lo elija</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Do &amp;not suggest these two to each other again</source>
        <translation>&amp;No volver a sugerir a estas dos personas entre sí</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>End pairing</source>
        <translation>Terminar apadrinamiento</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or export</source>
        <translation>Imprimir o exportar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt and up)</source>
        <translation>&amp;Letra grande (16 pt o más)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Choose a printer and print it now</source>
        <translation>Elegir una impresora e imprimir ahora</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>No date: a sheet for any meeting</source>
        <translation>Sin fecha: una hoja para cualquier reunión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The 'To' date is before the 'From' date.</source>
        <translation>La fecha «Hasta» es anterior a la fecha «Desde».</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Toda la biblioteca</translation>
    </message>
    <message>
        <source>Items with the tag:</source>
        <translation>Elementos con la etiqueta:</translation>
    </message>
    <message>
        <source>The {n} items chosen in the list</source>
        <translation>Los {n} elementos elegidos en la lista</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Start with the &amp;crisis-line page</source>
        <translation>Empezar con la página de líneas de &amp;crisis</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>First sheet of {n} (each sheet folds to four pages)</source>
        <translation>Primera hoja de {n} (cada hoja se dobla en cuatro páginas)</translation>
    </message>
    <message>
        <source>Page 1 of {n}</source>
        <translation>Página 1 de {n}</translation>
    </message>
    <message>
        <source>Page 1 of at least {n}</source>
        <translation>Página 1 de al menos {n}</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Could not print the {doc}</source>
        <translation>No se pudo imprimir: {doc}</translation>
    </message>
    <message>
        <source>Save the {doc}</source>
        <translation>Guardar: {doc}</translation>
    </message>
    <message>
        <source>Printed, with something to check</source>
        <translation>Impreso, con algo que revisar</translation>
    </message>
    <message>
        <source>Saving the {doc}…</source>
        <translation>Guardando: {doc}…</translation>
    </message>
    <message>
        <source>Preparing the {doc}…</source>
        <translation>Preparando: {doc}…</translation>
    </message>
    <message>
        <source>Sent the {doc} to {printer} (pages: {pages}).</source>
        <translation>Se envió {doc} a {printer} (páginas: {pages}).</translation>
    </message>
    <message>
        <source>Printing the {doc}…</source>
        <translation>Imprimiendo: {doc}…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Se detuvo la impresión.</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>GroupKeeper group files (*.groupkeeper)</source>
        <translation>Archivos de grupo de GroupKeeper (*.groupkeeper)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Saving a backup to {name}…</source>
        <translation>Guardando una copia de seguridad en {name}…</translation>
    </message>
    <message>
        <source>Saved a backup to {path}</source>
        <translation>Se guardó una copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>No se guardó la copia de seguridad</translation>
    </message>
    <message>
        <source>Not saved: you pressed Cancel.</source>
        <translation>No se guardó: usted pulsó Cancelar.</translation>
    </message>
    <message>
        <source>Backups not listed</source>
        <translation>No se pudieron mostrar las copias de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {when}? The file as it is now is kept as a backup, so you can undo this by restoring that one.</source>
        <translation>¿Reemplazar {name} con la copia de seguridad del {when}? El archivo tal como está ahora se conserva como copia de seguridad, así que puede deshacer esto restaurando esa copia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Se restauró la copia de seguridad del {when}.</translation>
    </message>
    <message>
        <source>Nothing was restored: you pressed Cancel. {name} is as it was.</source>
        <translation>No se restauró nada: usted pulsó Cancelar. {name} quedó como estaba.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restaurando {name}…</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>El archivo está dañado</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({holds}). Go back to it?</source>
        <translation>La copia de seguridad buena más reciente es del {when} ({holds}). ¿Volver a ella?</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup from {when}; the damaged file was kept aside.</source>
        <translation>Se restauró la copia de seguridad del {when}; el archivo dañado se guardó aparte.</translation>
    </message>
    <message>
        <source>Looking for a good backup of {name}…</source>
        <translation>Buscando una copia de seguridad buena de {name}…</translation>
    </message>
    <message>
        <source>No damage found</source>
        <translation>No se encontraron daños</translation>
    </message>
    <message>
        <source>{name} passed the full check.</source>
        <translation>{name} pasó la revisión completa.</translation>
    </message>
    <message>
        <source>The full check found {n} problems in {name} (first: {first}). Choose File &gt; Restore from backup to go back to a good copy.</source>
        <translation>La revisión completa encontró {n} problemas en {name} (el primero: {first}). Elija Archivo &gt; Restaurar desde una copia de seguridad para volver a una copia buena.</translation>
    </message>
    <message>
        <source>Check not finished</source>
        <translation>Revisión sin terminar</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Revisando {name}…</translation>
    </message>
    <message>
        <source>Save the copy for the next secretary</source>
        <translation>Guardar la copia para el próximo secretario/a</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Ready to hand over</source>
        <translation>Lista para entregar</translation>
    </message>
    <message>
        <source>Saved {path}. It is complete on its own: the next secretary opens it with File &gt; Open.</source>
        <translation>Se guardó {path}. Está completa por sí sola: el próximo secretario/a la abre con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>No se cambió la frase de contraseña</translation>
    </message>
    <message>
        <source>Ctrl+Z cannot undo this, and the changes made before it can no longer be undone either: the file is closed and opened again.</source>
        <translation>Ctrl+Z no puede deshacer esto, y tampoco se podrán deshacer los cambios hechos antes: el archivo se cierra y se vuelve a abrir.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <source>{name} and its backups will be encrypted. Anyone who opens it, on this computer or another, will need the passphrase.</source>
        <translation>{name} y sus copias de seguridad se cifrarán. Cualquier persona que lo abra, en esta computadora o en otra, necesitará la frase de contraseña.</translation>
    </message>
    <message>
        <source>The file is now protected.</source>
        <translation>El archivo ya está protegido.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Proteger</translation>
    </message>
    <message>
        <source>Protecting {name} and its backups…</source>
        <translation>Protegiendo {name} y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Choose the new passphrase for {name}. Its backups change with it.</source>
        <translation>Elija la nueva frase de contraseña para {name}. Sus copias de seguridad cambian con ella.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Changing the passphrase of {name} and its backups…</source>
        <translation>Cambiando la frase de contraseña de {name} y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <source>{name} and its backups will no longer be encrypted: anyone using this computer could read the names and phone numbers in it.</source>
        <translation>{name} y sus copias de seguridad dejarán de estar cifrados: cualquier persona que use esta computadora podría leer los nombres y teléfonos que contiene.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is removed.</source>
        <translation>Se quitó la frase de contraseña.</translation>
    </message>
    <message>
        <source>Removing the passphrase from {name} and its backups…</source>
        <translation>Quitando la frase de contraseña de {name} y sus copias de seguridad…</translation>
    </message>
    <message>
        <source>{name} is already open</source>
        <translation>{name} ya está abierto</translation>
    </message>
    <message>
        <source>Start a new group file</source>
        <translation>Empezar un archivo de grupo nuevo</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>{path} already exists. To use it, choose File &gt; Open.</source>
        <translation>{path} ya existe. Para usarlo, elija Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>No se pudo crear el archivo</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(no hay archivos recientes)</translation>
    </message>
    <message>
        <source>No group file is open</source>
        <translation>No hay ningún archivo de grupo abierto</translation>
    </message>
    <message>
        <source>Start a new group, or open a group file (for example from a USB stick).</source>
        <translation>Empiece un grupo nuevo o abra un archivo de grupo (por ejemplo, desde una memoria USB).</translation>
    </message>
    <message>
        <source>Start a new group…</source>
        <translation>Empezar un grupo nuevo…</translation>
    </message>
    <message>
        <source>Open a group file…</source>
        <translation>Abrir un archivo de grupo…</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>The automatic backup did not work: {why}</source>
        <translation>La copia de seguridad automática no funcionó: {why}</translation>
    </message>
    <message>
        <source>The automatic backup on closing did not work ({why}). Your changes are saved in the file itself.</source>
        <translation>La copia de seguridad automática al cerrar no funcionó ({why}). Sus cambios están guardados en el propio archivo.</translation>
    </message>
    <message>
        <source>Backed up {name}</source>
        <translation>Se hizo una copia de seguridad de {name}</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>Haciendo una copia de seguridad de {name}…</translation>
    </message>
    <message>
        <source>Closing {name}…</source>
        <translation>Cerrando {name}…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Lock a window showing a protected file after this many minutes without use (0 for never):</source>
        <translation>Bloquear una ventana que muestra un archivo protegido después de esta cantidad de minutos sin uso (0 para nunca):</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Fill the roster</source>
        <translation>Completar los turnos</translation>
    </message>
    <message>
        <source>GroupKeeper takes turns fairly: whoever has waited longest and served least goes first, never on their days away, never past their limits. A turn nobody can take stays open, with the reason.</source>
        <translation>GroupKeeper reparte los turnos de forma justa: primero va quien ha esperado más y ha servido menos, nunca en sus días de ausencia y nunca por encima de sus límites. Un turno que nadie puede cubrir queda libre, con el motivo.</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>&amp;Keep who is already on the roster; fill the gaps</source>
        <translation>&amp;Mantener a quienes ya están en los turnos; completar los huecos</translation>
    </message>
    <message>
        <source>&amp;Choose everyone again (locked turns stay)</source>
        <translation>&amp;Elegir a todos de nuevo (los turnos bloqueados se mantienen)</translation>
    </message>
</context>
<context>
    <name>FlyerDialog</name>
    <message>
        <source>Print the schedule flyer</source>
        <translation>Imprimir el volante de horarios</translation>
    </message>
    <message>
        <source>The flyer lists every meeting in these dates, the cancelled and moved dates, and what the format codes mean.</source>
        <translation>El volante muestra todas las reuniones de estas fechas, las fechas canceladas y cambiadas, y qué significan los códigos de formato.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
</context>
<context>
    <name>FocusList</name>
    <message>
        <source>Focus areas</source>
        <translation>Áreas de enfoque</translation>
    </message>
    <message>
        <source>Add the group's own, such as “Parents”</source>
        <translation>Agregue las del grupo, como «Padres»</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nueva área de enfoque</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <source>Meeting formats</source>
        <translation>Formatos de reunión</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Format name</source>
        <translation>Nombre del formato</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Partes de la reunión</translation>
    </message>
    <message>
        <source>&amp;Add part…</source>
        <translation>&amp;Agregar parte…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;New format</source>
        <translation>&amp;Nuevo formato</translation>
    </message>
    <message>
        <source>Ma&amp;ke it usual</source>
        <translation>&amp;Hacerlo el habitual</translation>
    </message>
    <message>
        <source>Meetings without a format of their own follow it</source>
        <translation>Las reuniones sin formato propio siguen este</translation>
    </message>
    <message>
        <source>&amp;Delete format…</source>
        <translation>&amp;Eliminar formato…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>The first format is the group's usual one; in the meeting editor, each meeting series can follow another.</source>
        <translation>El primer formato es el habitual del grupo; en el editor de reuniones, cada serie de reuniones puede seguir otro.</translation>
    </message>
    <message>
        <source>&amp;Save format</source>
        <translation>&amp;Guardar formato</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>Nuevo formato</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>reads “{t}”</source>
        <translation>lee «{t}»</translation>
    </message>
    <message>
        <source>{n} parts, {m} minutes in all.</source>
        <translation>{n} partes, {m} minutos en total.</translation>
    </message>
    <message>
        <source>Delete the format “{name}”?

Meetings that follow it will follow the usual format, “{usual}”, instead. This cannot be undone.</source>
        <translation>¿Eliminar el formato «{name}»?

Las reuniones que lo siguen pasarán a seguir el formato habitual, «{usual}». Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete format?</source>
        <translation>¿Eliminar el formato?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Undid: {what}</source>
        <translation>Se deshizo: {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Se rehízo: {what}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <source>The language and time zone apply to what is printed and to meeting times; the country chooses the crisis lines a new library starts with.</source>
        <translation>El idioma y la zona horaria se aplican a lo que se imprime y a los horarios de las reuniones; el país elige las líneas de crisis con las que empieza una biblioteca nueva.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>G&amp;rupo</translation>
    </message>
    <message>
        <source>Cont&amp;act and service numbers</source>
        <translation>Cont&amp;acto y números de servicio</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over to the next secretary</source>
        <translation>Entregar al próximo secretario/a</translation>
    </message>
    <message>
        <source>This writes one complete copy of the group file, for example onto a USB stick. The next secretary opens it with File &gt; Open on their own computer.</source>
        <translation>Esto escribe una copia completa del archivo del grupo, por ejemplo en una memoria USB. El próximo secretario/a la abre con Archivo &gt; Abrir en su propia computadora.</translation>
    </message>
    <message>
        <source>Give the copy its own passphrase</source>
        <translation>Ponerle a la copia su propia frase de contraseña</translation>
    </message>
    <message>
        <source>Protect the copy with a passphrase</source>
        <translation>Proteger la copia con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for the copy</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Tell them the passphrase in person, not in the same envelope as the stick.</source>
        <translation>Dígale la frase de contraseña en persona, no en el mismo sobre que la memoria USB.</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Elegir dónde…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Print this week's packet…</source>
        <translation>Imprimir la carpeta de esta semana…</translation>
    </message>
    <message>
        <source>Who serves, the topic, the format with its readings, the weeks ahead</source>
        <translation>Quién sirve, el tema, el formato con sus lecturas, las próximas semanas</translation>
    </message>
    <message>
        <source>Topic and notes…</source>
        <translation>Tema y notas…</translation>
    </message>
    <message>
        <source>Open turns</source>
        <translation>Turnos libres</translation>
    </message>
    <message>
        <source>Elected positions</source>
        <translation>Cargos elegidos</translation>
    </message>
    <message>
        <source>Terms ending soon</source>
        <translation>Períodos que terminan pronto</translation>
    </message>
    <message>
        <source>Open the roster</source>
        <translation>Abrir los turnos</translation>
    </message>
    <message>
        <source>Change who holds a position…</source>
        <translation>Cambiar quién ocupa un cargo…</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Apadrinamientos</translation>
    </message>
    <message>
        <source>Check-ins overdue</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Open Pairings</source>
        <translation>Abrir Apadrinamientos</translation>
    </message>
    <message>
        <source>Crisis lines to check</source>
        <translation>Líneas de crisis por revisar</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Abrir la biblioteca</translation>
    </message>
    <message>
        <source>The numbers are right</source>
        <translation>Los números son correctos</translation>
    </message>
    <message>
        <source>No meetings in the next two months.</source>
        <translation>No hay reuniones en los próximos dos meses.</translation>
    </message>
    <message>
        <source>This meeting has no service roles yet (see Roster).</source>
        <translation>Esta reunión todavía no tiene servicios (vea Turnos).</translation>
    </message>
    <message>
        <source>open — nobody yet</source>
        <translation>libre — nadie todavía</translation>
    </message>
    <message>
        <source>Open turns in the next four weeks: {n}</source>
        <translation>Turnos libres en las próximas cuatro semanas: {n}</translation>
    </message>
    <message>
        <source>{n} turns in the next four weeks break a rule now (someone away, or inactive).</source>
        <translation>{n} turnos de las próximas cuatro semanas ahora rompen una regla (alguien ausente o inactivo).</translation>
    </message>
    <message>
        <source>{title}: {name}'s term ends {day}. Time to hold an election.</source>
        <translation>{title}: el período de {name} termina el {day}. Es momento de hacer una elección.</translation>
    </message>
    <message>
        <source>{title}: {name}, since {since} (term ends {ends})</source>
        <translation>{title}: {name}, desde el {since} (el período termina el {ends})</translation>
    </message>
    <message>
        <source>Nobody is recorded in an elected position yet.</source>
        <translation>Todavía no hay nadie registrado en un cargo elegido.</translation>
    </message>
    <message>
        <source>Check the crisis lines the library started with before anyone relies on them: {names}. Make sure each number is right for your area, and add your local crisis and support lines.</source>
        <translation>Revise las líneas de crisis iniciales de la biblioteca antes de que alguien dependa de ellas: {names}. Confirme que cada número sea correcto para su zona y agregue sus líneas locales de crisis y de apoyo.</translation>
    </message>
    <message>
        <source>Crisis lines checked</source>
        <translation>Líneas de crisis revisadas</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>No topic set yet.</source>
        <translation>Todavía no hay tema.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a {s}.</source>
        <translation>Nadie está esperando {s}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting for a {s}.</source>
        <translation>
            <numerusform>%n persona espera un {s}.</numerusform>
            <numerusform>%n personas esperan un {s}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins overdue: %n. Open Pairings to see which.</source>
        <translation>
            <numerusform>Seguimiento atrasado: %n. Abra Apadrinamientos para ver cuál.</numerusform>
            <numerusform>Seguimientos atrasados: %n. Abra Apadrinamientos para ver cuáles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Todavía no hay miembros</translation>
    </message>
    <message>
        <source>Add the group's members first (Members).</source>
        <translation>Primero agregue a los miembros del grupo (Miembros).</translation>
    </message>
    <message>
        <source>{name} becomes {title}</source>
        <translation>{name} pasa a ser {title}</translation>
    </message>
</context>
<context>
    <name>InterchangeFlows</name>
    <message>
        <source>No service dates</source>
        <translation>Sin fechas de servicio</translation>
    </message>
    <message>
        <source>{name} has no turns on the roster from today on, so there is nothing to put in a calendar. Fill the roster first (Roster &gt; Fill roster).</source>
        <translation>{name} no tiene turnos a partir de hoy, así que no hay nada que poner en un calendario. Primero complete los turnos (Turnos &gt; Completar turnos).</translation>
    </message>
    <message>
        <source>Could not make the calendar</source>
        <translation>No se pudo crear el calendario</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <source>Could not save the calendar</source>
        <translation>No se pudo guardar el calendario</translation>
    </message>
    <message>
        <source>Saving the calendar…</source>
        <translation>Guardando el calendario…</translation>
    </message>
    <message>
        <source>Could not make the meeting list</source>
        <translation>No se pudo crear la lista de reuniones</translation>
    </message>
    <message>
        <source>No weekly meetings to list</source>
        <translation>No hay reuniones semanales para incluir</translation>
    </message>
    <message>
        <source>The meeting list holds meetings on a day of the week, and this group has none yet.</source>
        <translation>La lista de reuniones contiene reuniones que se hacen un día de la semana, y este grupo todavía no tiene ninguna.</translation>
    </message>
    <message>
        <source>Save the meeting list</source>
        <translation>Guardar la lista de reuniones</translation>
    </message>
    <message>
        <source>Saved, with something to check</source>
        <translation>Guardado, con algo que revisar</translation>
    </message>
    <message>
        <source>Could not save the meeting list</source>
        <translation>No se pudo guardar la lista de reuniones</translation>
    </message>
    <message>
        <source>Saving the meeting list…</source>
        <translation>Guardando la lista de reuniones…</translation>
    </message>
    <message>
        <source>Import meetings from a meeting list</source>
        <translation>Importar reuniones desde una lista de reuniones</translation>
    </message>
    <message>
        <source>Meeting lists (*.json);;All files (*)</source>
        <translation>Listas de reuniones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read the meeting list</source>
        <translation>No se pudo leer la lista de reuniones</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>The intergroup's meeting list</source>
        <translation>La lista de reuniones de la intergrupal</translation>
    </message>
    <message>
        <source>Could not compare with the meeting list</source>
        <translation>No se pudo comparar con la lista de reuniones</translation>
    </message>
    <message>
        <source>Which group is ours?</source>
        <translation>¿Cuál es nuestro grupo?</translation>
    </message>
    <message>
        <source>Choose our group as the list names it:</source>
        <translation>Elija nuestro grupo como lo nombra la lista:</translation>
    </message>
    <message>
        <source>meeting list changes</source>
        <translation>cambios en la lista de reuniones</translation>
    </message>
    <message>
        <source>Save the page to print</source>
        <translation>Guardar la página para imprimir</translation>
    </message>
    <message>
        <source>Could not save the page</source>
        <translation>No se pudo guardar la página</translation>
    </message>
    <message>
        <source>Saving the page…</source>
        <translation>Guardando la página…</translation>
    </message>
    <message>
        <source>No meetings in the list</source>
        <translation>No hay reuniones en la lista</translation>
    </message>
    <message>
        <source>{file} holds no meetings.</source>
        <translation>{file} no contiene reuniones.</translation>
    </message>
    <message>
        <source>Already in the schedule</source>
        <translation>Ya están en los horarios</translation>
    </message>
    <message>
        <source>The meetings you ticked are already in the schedule:</source>
        <translation>Las reuniones que marcó ya están en los horarios:</translation>
    </message>
    <message>
        <source>Import {n} meetings from {file}</source>
        <translation>Importar {n} reuniones desde {file}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>These meetings could not be added, so none was:</source>
        <translation>Estas reuniones no se pudieron agregar, así que no se agregó ninguna:</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check the start date and notes of the %n meeting(s) in the meeting editor.</source>
        <translation>
            <numerusform>Revise en el editor de reuniones la fecha de inicio y las notas de %n reunión.</numerusform>
            <numerusform>Revise en el editor de reuniones la fecha de inicio y las notas de las %n reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {added} from {file}. Ctrl+Z undoes.</source>
        <translation>Se importaron {added} desde {file}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Save the members</source>
        <translation>Guardar los miembros</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>Could not save the members</source>
        <translation>No se pudieron guardar los miembros</translation>
    </message>
    <message>
        <source>Save the phone list's contacts</source>
        <translation>Guardar los contactos de la lista de teléfonos</translation>
    </message>
    <message>
        <source>phone list contacts</source>
        <translation>contactos lista de teléfonos</translation>
    </message>
    <message>
        <source>Could not save the contacts</source>
        <translation>No se pudieron guardar los contactos</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Added {added} to the schedule.</source>
        <translation>Se agregaron {added} a los horarios.</translation>
    </message>
    <message>
        <source>Already in the schedule, left as they were: </source>
        <translation>Ya estaban en los horarios y se dejaron como estaban: </translation>
    </message>
    <message>
        <source>New group formats (codes GroupKeeper did not know): {codes}. To give one a label, use 'Add a group format…' in the meeting editor.</source>
        <translation>Nuevos formatos de grupo (códigos que GroupKeeper no conocía): {codes}. Para ponerle un nombre a uno, use «Agregar un formato del grupo…» en el editor de reuniones.</translation>
    </message>
    <message>
        <source>Meetings imported</source>
        <translation>Reuniones importadas</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Quién lo tiene</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Prestado desde</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Devolver el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text, tags, contacts and inside attached PDFs…</source>
        <translation>Buscar en títulos, texto, etiquetas, contactos y dentro de los PDF adjuntos…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Libros</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Elementos de la biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;The library is empty.&lt;/b&gt;&lt;br&gt;Start with GroupKeeper's starter set: a welcome for newcomers, group guidelines, “When peer support is not enough” and crisis lines, all yours to edit, or add your own.</source>
        <translation>&lt;b&gt;La biblioteca está vacía.&lt;/b&gt;&lt;br&gt;Empiece con el conjunto inicial de GroupKeeper: una bienvenida para los recién llegados, pautas del grupo, «Cuando el apoyo entre pares no es suficiente» y líneas de crisis, todo para que usted lo edite, o agregue lo suyo.</translation>
    </message>
    <message>
        <source>Add the starter set</source>
        <translation>Agregar el conjunto inicial</translation>
    </message>
    <message>
        <source>Drag files here from your desktop to attach them (up to 25 MB each).</source>
        <translation>Arrastre archivos aquí desde su escritorio para adjuntarlos (hasta 25 MB cada uno).</translation>
    </message>
    <message>
        <source>Books out on loan</source>
        <translation>Libros prestados</translation>
    </message>
    <message>
        <source>Book returned</source>
        <translation>Libro devuelto</translation>
    </message>
    <message>
        <source>Record that the chosen book is back on the shelf</source>
        <translation>Registrar que el libro elegido volvió al estante</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Lending shelf</source>
        <translation>Estante de préstamo</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open a copy with this computer's usual program</source>
        <translation>Abrir una copia con el programa habitual de esta computadora</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Lend to ▾</source>
        <translation>Prestar a ▾</translation>
    </message>
    <message>
        <source>Returned ▾</source>
        <translation>Devuelto ▾</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lectura…</translation>
    </message>
    <message>
        <source>Referral contact…</source>
        <translation>Contacto de derivación…</translation>
    </message>
    <message>
        <source>Book for the lending shelf…</source>
        <translation>Libro para el estante de préstamo…</translation>
    </message>
    <message>
        <source>New ▾</source>
        <translation>Nuevo ▾</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir hoja de recursos…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>No books are out.</source>
        <translation>No hay libros prestados.</translation>
    </message>
    <message>
        <source>{out} out, &lt;b style='{alert}'&gt;{late} overdue&lt;/b&gt;.</source>
        <translation>{out} prestados, &lt;b style='{alert}'&gt;{late} atrasados&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{out} out, none overdue.</source>
        <translation>{out} prestados, ninguno atrasado.</translation>
    </message>
    <message>
        <source>Lending shelf ({n} overdue)</source>
        <translation>Estante de préstamo ({n} atrasados)</translation>
    </message>
    <message>
        <source>The best {n} matches: type more to narrow them</source>
        <translation>Los {n} mejores resultados: escriba más para acotarlos</translation>
    </message>
    <message>
        <source>Nothing matches “{words}”. Try fewer or other words, or clear the filters.</source>
        <translation>Nada coincide con «{words}». Pruebe con menos palabras o con otras, o quite los filtros.</translation>
    </message>
    <message>
        <source>{n} of {total} items</source>
        <translation>{n} de {total} elementos</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Sacar del archivo</translation>
    </message>
    <message>
        <source>Choose an item to see it here. Type in the search box to find anything, including words inside attached PDFs.</source>
        <translation>Elija un elemento para verlo aquí. Escriba en el cuadro de búsqueda para encontrar cualquier cosa, incluso palabras dentro de los PDF adjuntos.</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archivado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Línea de mensajes de texto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>{have} of {n} on the shelf</source>
        <translation>{have} de {n} en el estante</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Ejemplares</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Add {title} to the library</source>
        <translation>Agregar {title} a la biblioteca</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar {title}</translation>
    </message>
    <message>
        <source>Bring back {title}</source>
        <translation>Recuperar {title}</translation>
    </message>
    <message>
        <source>Archive {title}</source>
        <translation>Archivar {title}</translation>
    </message>
    <message>
        <source>Archived {title}. Tick 'Show archived' to see it again.</source>
        <translation>Se archivó {title}. Marque «Mostrar archivados» para verlo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {what} from the library? Attached files and loan records go with it. You can undo this with Ctrl+Z; to keep it out of sight instead, choose Archive.</source>
        <translation>¿Eliminar {what} de la biblioteca? Los archivos adjuntos y los registros de préstamo se eliminan con él. Puede deshacerlo con Ctrl+Z; si prefiere solo ocultarlo, elija Archivar.</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Eliminar de la biblioteca</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {what} from the library</source>
        <translation>Eliminar {what} de la biblioteca</translation>
    </message>
    <message>
        <source>Add the starter library</source>
        <translation>Agregar la biblioteca inicial</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Otra persona…</translation>
    </message>
    <message>
        <source>Lend a book</source>
        <translation>Prestar un libro</translation>
    </message>
    <message>
        <source>Who is borrowing it?</source>
        <translation>¿Quién se lo lleva prestado?</translation>
    </message>
    <message>
        <source>Lend {book} to {who}</source>
        <translation>Prestar {book} a {who}</translation>
    </message>
    <message>
        <source>Lent {book} to {who}, due back {due}.</source>
        <translation>Se prestó {book} a {who}; debe devolverlo el {due}.</translation>
    </message>
    <message>
        <source>{who} (out since {day})</source>
        <translation>{who} (lo tiene desde el {day})</translation>
    </message>
    <message>
        <source>Return {book}</source>
        <translation>Devolver {book}</translation>
    </message>
    <message>
        <source>Return a book</source>
        <translation>Devolver un libro</translation>
    </message>
</context>
<context>
    <name>LoanModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Con %n día de atraso</numerusform>
            <numerusform>Con %n días de atraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>GroupKeeper is locked</source>
        <translation>GroupKeeper está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation>Espere antes de volver a intentarlo</translation>
    </message>
    <message>
        <source>{name} is protected. Enter its passphrase to carry on.</source>
        <translation>{name} está protegido. Escriba su frase de contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Turnos</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>A&amp;padrinamientos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Apadrinamientos</translation>
    </message>
    <message>
        <source>{name} opens once its backup is written…</source>
        <translation>{name} se abrirá en cuanto se guarde su copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>MaterialsFlows</name>
    <message>
        <source>Topic and notes for {name} on {day}</source>
        <translation>Tema y notas de {name} del {day}</translation>
    </message>
    <message>
        <source>Save format {name}</source>
        <translation>Guardar el formato {name}</translation>
    </message>
    <message>
        <source>Make {name} the usual format</source>
        <translation>Usar {name} como formato habitual</translation>
    </message>
    <message>
        <source>Delete format {name}</source>
        <translation>Eliminar el formato {name}</translation>
    </message>
</context>
<context>
    <name>MeetingListDialog</name>
    <message>
        <source>Import meetings from {file}</source>
        <translation>Importar reuniones de {file}</translation>
    </message>
    <message>
        <source>{file} lists {n} meetings. Find your group's by its name or its place, tick them and import them as meetings of this group.</source>
        <translation>{file} contiene {n} reuniones. Busque las de su grupo por nombre o lugar, márquelas e impórtelas como reuniones de este grupo.</translation>
    </message>
    <message>
        <source>Group name, meeting name, place or address</source>
        <translation>Nombre del grupo, de la reunión, lugar o dirección</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>Meetings in the list</source>
        <translation>Reuniones de la lista</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Marcar todas las visibles</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Desmarcar todas las visibles</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Lo que no se pudo leer</translation>
    </message>
    <message>
        <source>Some entries of the list needed care ({n}):</source>
        <translation>Algunas entradas de la lista requirieron atención ({n}):</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} · {chosen} ticked</source>
        <translation>Se muestran {shown} de {total} · {chosen} marcadas</translation>
    </message>
    <message>
        <source>&amp;Import {n} meetings</source>
        <translation>&amp;Importar {n} reuniones</translation>
    </message>
    <message>
        <source>&amp;Import 1 meeting</source>
        <translation>&amp;Importar 1 reunión</translation>
    </message>
</context>
<context>
    <name>MeetingNoteDialog</name>
    <message>
        <source>Topic and notes</source>
        <translation>Tema y notas</translation>
    </message>
    <message>
        <source>Such as “Gratitude” or “Step 3”</source>
        <translation>Por ejemplo, «Gratitud» o «Paso 3»</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Note to the facilitator</source>
        <translation>Nota para quien coordina</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Announcements:</source>
        <translation>&amp;Avisos:</translation>
    </message>
    <message>
        <source>&amp;Note to the facilitator:</source>
        <translation>&amp;Nota para quien coordina:</translation>
    </message>
    <message>
        <source>The topic and announcements print in the meeting packet. The note to the facilitator is private: it prints only when you tick it in the Export dialog.</source>
        <translation>El tema y los avisos se imprimen en la carpeta de la reunión. La nota para quien coordina es privada: solo se imprime si la marca en el cuadro de diálogo Exportar.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Agregar un miembro</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Last initial</source>
        <translation>Inicial del apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Optional; never printed</source>
        <translation>Opcional; nunca se imprime</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Optional, e.g. she/her</source>
        <translation>Opcional, p. ej., ella</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>OK to appear on the group phone list</source>
        <translation>Acepta aparecer en la lista de teléfonos del grupo</translation>
    </message>
    <message>
        <source>Active (untick for someone away or taking a break)</source>
        <translation>Activo (desmárquelo si la persona está ausente o tomándose un descanso)</translation>
    </message>
    <message>
        <source>Last initial:</source>
        <translation>Inicial del apellido:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nombre comp&amp;leto:</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Private: never printed</source>
        <translation>Privado: nunca se imprime</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Willing to serve as (and at most how often a month)</source>
        <translation>Dispuesto a servir como (y con qué frecuencia máxima al mes)</translation>
    </message>
    <message>
        <source> (experienced only)</source>
        <translation> (solo con experiencia)</translation>
    </message>
    <message>
        <source>{role}: at most a month</source>
        <translation>{role}: como máximo al mes</translation>
    </message>
    <message>
        <source>Counts as experienced (can pair with newer facilitators)</source>
        <translation>Cuenta como persona con experiencia (puede acompañar a coordinadores nuevos)</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>e.g. trained facilitator since March 2024</source>
        <translation>p. ej., coordinador capacitado desde marzo de 2024</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Formación:</translation>
    </message>
    <message>
        <source>At most, all roles, a month</source>
        <translation>Como máximo al mes, sumando todos los servicios</translation>
    </message>
    <message>
        <source>At &amp;most (all roles):</source>
        <translation>&amp;Máximo (todos los servicios):</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Can never do</source>
        <translation>Nunca puede</translation>
    </message>
    <message>
        <source>Never on {day}</source>
        <translation>Nunca los {day}</translation>
    </message>
    <message>
        <source>Times away (the reason stays private)</source>
        <translation>Ausencias (el motivo es privado)</translation>
    </message>
    <message>
        <source>Times away</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Ausente desde</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Ausente hasta</translation>
    </message>
    <message>
        <source>Reason (private, optional)</source>
        <translation>Motivo (privado, opcional)</translation>
    </message>
    <message>
        <source>Reason for being away</source>
        <translation>Motivo de la ausencia</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Not at the same meeting as</source>
        <translation>No en la misma reunión que</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>D&amp;isponibilidad</translation>
    </message>
    <message>
        <source>The time away ends ({end}) before it starts ({start}).</source>
        <translation>La ausencia termina ({end}) antes de empezar ({start}).</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message numerus="yes">
        <source>away %n time(s)</source>
        <translation>
            <numerusform>ausente %n vez</numerusform>
            <numerusform>ausente %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search members (name, role, status)…</source>
        <translation>Buscar miembros (nombre, servicio, estado)…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <source>{n} members, {a} active</source>
        <translation>{n} miembros, {a} activos</translation>
    </message>
    <message>
        <source>No members yet. Add them one by one (Add…), or import a list saved from a spreadsheet as CSV (Import from CSV…).</source>
        <translation>Todavía no hay miembros. Agréguelos uno por uno (Agregar…) o importe una lista guardada como CSV desde una hoja de cálculo (Importar desde CSV…).</translation>
    </message>
    <message>
        <source>Nobody matches “{words}”.</source>
        <translation>Nadie coincide con «{words}».</translation>
    </message>
    <message>
        <source>Add member {name}</source>
        <translation>Agregar al miembro {name}</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>Editar al miembro {name}</translation>
    </message>
    <message>
        <source>Delete {name} and their history of service? You can undo this with Ctrl+Z.

If they have moved away or are taking a break, you can untick 'Active' instead and keep their history.</source>
        <translation>¿Eliminar a {name} y su historial de servicio? Puede deshacerlo con Ctrl+Z.

Si se mudó o se está tomando un descanso, puede desmarcar «Activo» y conservar su historial.</translation>
    </message>
    <message>
        <source>Delete member {name}</source>
        <translation>Eliminar al miembro {name}</translation>
    </message>
    <message>
        <source>Delete member?</source>
        <translation>¿Eliminar al miembro?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>{name} is on the roster {n} times from today. Leave those turns open, or fill them with others?</source>
        <translation>{name} tiene {n} turnos asignados a partir de hoy. ¿Dejar esos turnos libres o asignárselos a otras personas?</translation>
    </message>
    <message>
        <source>Delete and leave open</source>
        <translation>Eliminar y dejar libres</translation>
    </message>
    <message>
        <source>Delete and refill</source>
        <translation>Eliminar y reasignar</translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Importar miembros desde un archivo CSV</translation>
    </message>
    <message>
        <source>Import members from {file}</source>
        <translation>Importar miembros de {file}</translation>
    </message>
    <message>
        <source>Nothing was imported: you pressed Cancel.</source>
        <translation>No se importó nada: pulsó Cancelar.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>{file} has problems, so no member was added:</source>
        <translation>{file} tiene problemas, así que no se agregó ningún miembro:</translation>
    </message>
    <message>
        <source>Fix these rows in the spreadsheet, save as CSV and try again.</source>
        <translation>Corrija estas filas en la hoja de cálculo, guárdela como CSV e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>Miembros importados</translation>
    </message>
    <message>
        <source>Added {n} members from {file}.</source>
        <translation>Se agregaron {n} miembros desde {file}.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <source>Importing members from {file}…</source>
        <translation>Importando miembros de {file}…</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Roles for {name}</source>
        <translation>Servicios de {name}</translation>
    </message>
    <message>
        <source>A new role, e.g. Chip presenter</source>
        <translation>Un servicio nuevo, p. ej., entrega de fichas</translation>
    </message>
    <message>
        <source>New role name</source>
        <translation>Nombre del servicio nuevo</translation>
    </message>
    <message>
        <source>experienced members only</source>
        <translation>solo miembros con experiencia</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>&amp;Agregar servicio</translation>
    </message>
    <message>
        <source>How many people does this meeting need in each role? 0 = none.</source>
        <translation>¿Cuántas personas necesita esta reunión en cada servicio? 0 = ninguna.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe. Nobody, not even GroupKeeper, can open the file without it.</source>
        <translation>Anótela y guárdela en un lugar seguro. Nadie, ni siquiera GroupKeeper, puede abrir el archivo sin ella.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Click to close</source>
        <translation>Haga clic para cerrar</translation>
    </message>
</context>
<context>
    <name>OnlineFields</name>
    <message>
        <source>Joining online</source>
        <translation>Unirse en línea</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de la reunión</translation>
    </message>
    <message>
        <source>e.g. https://zoom.us/j/81234567890</source>
        <translation>p. ej., https://zoom.us/j/81234567890</translation>
    </message>
    <message>
        <source>Link notes</source>
        <translation>Notas del enlace</translation>
    </message>
    <message>
        <source>e.g. Meeting ID 812 3456 7890, passcode 1234</source>
        <translation>p. ej., ID de reunión 812 3456 7890, código de acceso 1234</translation>
    </message>
    <message>
        <source>Dial-in number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>e.g. +1 646 558 8656</source>
        <translation>p. ej., +1 646 558 8656</translation>
    </message>
    <message>
        <source>Dial-in notes</source>
        <translation>Notas del teléfono</translation>
    </message>
    <message>
        <source>e.g. Meeting ID 812 3456 7890#, passcode 1234#</source>
        <translation>p. ej., ID de reunión 812 3456 7890#, código de acceso 1234#</translation>
    </message>
    <message>
        <source>The web link people click to join; it starts with https://</source>
        <translation>El enlace web en el que se hace clic para unirse; empieza por https://</translation>
    </message>
    <message>
        <source>The number people call to join by phone</source>
        <translation>El número al que se llama para unirse por teléfono</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Enla&amp;ce:</translation>
    </message>
    <message>
        <source>Link notes:</source>
        <translation>Notas del enlace:</translation>
    </message>
    <message>
        <source>Di&amp;al-in:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Dial-in notes:</source>
        <translation>Notas del teléfono:</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Confirm the pairing</source>
        <translation>Confirmar el apadrinamiento</translation>
    </message>
    <message>
        <source>Pair &lt;b&gt;{seeker}&lt;/b&gt; with &lt;b&gt;{mentor}&lt;/b&gt;?</source>
        <translation>¿Emparejar a &lt;b&gt;{seeker}&lt;/b&gt; con &lt;b&gt;{mentor}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Contacto cada</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation>&amp;Contacto cada:</translation>
    </message>
    <message>
        <source>Only confirm once both have agreed.</source>
        <translation>Confirme solo cuando ambos estén de acuerdo.</translation>
    </message>
    <message>
        <source>Confirm pairing</source>
        <translation>Confirmar apadrinamiento</translation>
    </message>
</context>
<context>
    <name>PairingFlows</name>
    <message>
        <source>No members yet</source>
        <translation>Todavía no hay miembros</translation>
    </message>
    <message>
        <source>Add the group's members first (Members).</source>
        <translation>Primero agregue a los miembros del grupo (Miembros).</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Edit the request of {who}</source>
        <translation>Editar la solicitud de {who}</translation>
    </message>
    <message>
        <source>Withdraw the request of {who}</source>
        <translation>Retirar la solicitud de {who}</translation>
    </message>
    <message>
        <source>Pair {who} with {mentor}</source>
        <translation>Emparejar a {who} con {mentor}</translation>
    </message>
    <message>
        <source>Never suggest this pair</source>
        <translation>No sugerir nunca esta pareja</translation>
    </message>
    <message>
        <source>Never suggest {mentor} for {seeker} again? Neither the candidates nor “Suggest for everyone waiting” will offer these two to each other. You can allow it again here.</source>
        <translation>¿No volver a sugerir a {mentor} para {seeker}? Ni los candidatos ni «Sugerir para todos los que esperan» volverán a proponer a estas dos personas juntas. Puede volver a permitirlo aquí.</translation>
    </message>
    <message>
        <source>Never suggest</source>
        <translation>No sugerir nunca</translation>
    </message>
    <message>
        <source>Never suggest {mentor} for {seeker}</source>
        <translation>No sugerir nunca a {mentor} para {seeker}</translation>
    </message>
    <message>
        <source>Allow {mentor} for {seeker} again</source>
        <translation>Volver a permitir a {mentor} para {seeker}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Could not suggest pairings</source>
        <translation>No se pudieron sugerir apadrinamientos</translation>
    </message>
    <message>
        <source>Finding the best pairings…</source>
        <translation>Buscando los mejores apadrinamientos…</translation>
    </message>
    <message>
        <source>Check-in of {who} with {mentor}</source>
        <translation>Contacto de {who} con {mentor}</translation>
    </message>
    <message>
        <source>End the pairing of {who} with {mentor}</source>
        <translation>Terminar el apadrinamiento de {who} con {mentor}</translation>
    </message>
    <message>
        <source>Nobody to add</source>
        <translation>No hay a quién agregar</translation>
    </message>
    <message>
        <source>Every active member already has a profile. Add members first.</source>
        <translation>Todos los miembros activos ya tienen un perfil. Primero agregue miembros.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Elija al miembro.</translation>
    </message>
    <message>
        <source>Profile of {who}</source>
        <translation>Perfil de {who}</translation>
    </message>
    <message>
        <source>Add someone willing</source>
        <translation>Agregar a alguien dispuesto</translation>
    </message>
    <message>
        <source>Pairing conventions</source>
        <translation>Normas de apadrinamiento</translation>
    </message>
</context>
<context>
    <name>Pairings</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Would like</source>
        <translation>Desea</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Acompaña a</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Experiencia desde</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note (private)</source>
        <translation>Nota (privada)</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>Pairings summary</source>
        <translation>Resumen de apadrinamientos</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <source>Suggest for everyone waiting…</source>
        <translation>Sugerir para todos los que esperan…</translation>
    </message>
    <message>
        <source>Conventions…</source>
        <translation>Normas…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Imprimir lista…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Active pairings</source>
        <translation>Apadrinamientos activos</translation>
    </message>
    <message>
        <source>Ended pairings</source>
        <translation>Apadrinamientos terminados</translation>
    </message>
    <message>
        <source>People willing to help</source>
        <translation>Personas dispuestas a ayudar</translation>
    </message>
    <message>
        <source>Add someone willing…</source>
        <translation>Agregar a alguien dispuesto…</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Mostrar notas privadas</translation>
    </message>
    <message>
        <source>Private notes stay hidden until asked for, so that nobody reads them over your shoulder</source>
        <translation>Las notas privadas permanecen ocultas hasta que usted las pida, para que nadie las lea por encima de su hombro</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Pair with the chosen candidate…</source>
        <translation>Emparejar con el candidato seleccionado…</translation>
    </message>
    <message>
        <source>Edit request…</source>
        <translation>Editar solicitud…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Never suggest this pair…</source>
        <translation>No sugerir nunca esta pareja…</translation>
    </message>
    <message>
        <source>Keep the chosen person from ever being suggested for this one</source>
        <translation>Que la persona seleccionada nunca se sugiera para esta</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Log a check-in…</source>
        <translation>Anotar un contacto…</translation>
    </message>
    <message>
        <source>End pairing…</source>
        <translation>Terminar apadrinamiento…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>{Sponsors} and {sponsees}</source>
        <translation>{Sponsors} y {sponsees}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} en espera</translation>
    </message>
    <message>
        <source>{n} active</source>
        <translation>{n} activos</translation>
    </message>
    <message>
        <source>&lt;b style='{alert}'&gt;{n} overdue for a check-in&lt;/b&gt;</source>
        <translation>&lt;b style='{alert}'&gt;{n} con el contacto atrasado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>En espera ({n})</translation>
    </message>
    <message>
        <source>Active ({n})</source>
        <translation>Activos ({n})</translation>
    </message>
    <message>
        <source>Active ({n}, {late} overdue)</source>
        <translation>Activos ({n}, {late} con contacto atrasado)</translation>
    </message>
    <message>
        <source>Ended ({n})</source>
        <translation>Terminados ({n})</translation>
    </message>
    <message>
        <source>Willing to {s} ({n})</source>
        <translation>Dispuestos a ser {s} ({n})</translation>
    </message>
    <message>
        <source>New request for a {s}…</source>
        <translation>Nueva solicitud de {s}…</translation>
    </message>
    <message>
        <source>Propose the best overall set of pairings for everyone waiting; you confirm or decline each one.</source>
        <translation>Proponer el mejor conjunto de apadrinamientos para todos los que esperan; usted confirma o rechaza cada uno.</translation>
    </message>
    <message>
        <source>Nobody is waiting. When someone asks for a {s}, choose “New request”.</source>
        <translation>Nadie está esperando. Cuando alguien pida {s}, elija «Nueva solicitud».</translation>
    </message>
    <message>
        <source>No active pairings yet.</source>
        <translation>Todavía no hay apadrinamientos activos.</translation>
    </message>
    <message>
        <source>No pairings have ended.</source>
        <translation>No ha terminado ningún apadrinamiento.</translation>
    </message>
    <message>
        <source>Nobody has a {s} profile yet. Choose “Add someone willing…”.</source>
        <translation>Nadie tiene todavía un perfil de {s}. Elija «Agregar a alguien dispuesto…».</translation>
    </message>
    <message>
        <source>{who} is waiting for a {s}</source>
        <translation>{who} busca {s}</translation>
    </message>
    <message>
        <source>Asked on {day} ({n} days ago).</source>
        <translation>Lo pidió el {day} (hace {n} días).</translation>
    </message>
    <message>
        <source>Would like: {wants}.</source>
        <translation>Preferencias: {wants}.</translation>
    </message>
    <message>
        <source>&lt;span style='{m}'&gt;Private note: {note}&lt;/span&gt;</source>
        <translation>&lt;span style='{m}'&gt;Nota privada: {note}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Candidates, best first ({n})</source>
        <translation>Candidatos, los más adecuados primero ({n})</translation>
    </message>
    <message>
        <source>Nobody can be suggested under the group's rules; see why below.</source>
        <translation>Según las normas del grupo, no se puede sugerir a nadie; vea abajo por qué.</translation>
    </message>
    <message>
        <source>No one has said they are willing to {s} yet. Add someone willing on the “Willing to {s}” tab (Add someone willing…).</source>
        <translation>Nadie ha dicho todavía que esté dispuesto a ser {s}. Agregue a alguien en la pestaña «Dispuestos a ser {s}» (Agregar a alguien dispuesto…).</translation>
    </message>
    <message>
        <source>{who} with {mentor}</source>
        <translation>{who} con {mentor}</translation>
    </message>
    <message>
        <source>nobody (request withdrawn)</source>
        <translation>nadie (solicitud retirada)</translation>
    </message>
    <message>
        <source>Since {day}.</source>
        <translation>Desde el {day}.</translation>
    </message>
    <message>
        <source>Next check-in due {day} (every {n} days).</source>
        <translation>Próximo contacto: {day} (cada {n} días).</translation>
    </message>
    <message>
        <source>Check-in overdue since {day}.</source>
        <translation>Contacto atrasado desde el {day}.</translation>
    </message>
    <message>
        <source>Ended {day}.</source>
        <translation>Terminó el {day}.</translation>
    </message>
    <message>
        <source>Private reason: {r}</source>
        <translation>Motivo privado: {r}</translation>
    </message>
    <message>
        <source>Willing to {s}: helping {n} of {cap}, room for {room} more.</source>
        <translation>Dispuesto a ser {s}: acompaña a {n} de {cap}; hay lugar para {room} más.</translation>
    </message>
    <message>
        <source>Not taking anyone at the moment.</source>
        <translation>Por ahora no acepta a nadie.</translation>
    </message>
    <message>
        <source>Experience since {day}.</source>
        <translation>Con experiencia desde el {day}.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Hide private notes</source>
        <translation>Ocultar notas privadas</translation>
    </message>
    <message>
        <source>Allow this pair again</source>
        <translation>Volver a permitir esta pareja</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase needed</source>
        <translation>Se necesita la frase de contraseña</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Enter it to open the file.</source>
        <translation>{name} está protegido con una frase de contraseña. Escríbala para abrir el archivo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Revise Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation>Espere antes de volver a intentarlo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>{Sponsor} profile</source>
        <translation>Perfil de {Sponsor}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>&amp;Willing to {sponsor} someone</source>
        <translation>&amp;Dispuesto a ser {sponsor} de alguien</translation>
    </message>
    <message>
        <source> people at a time</source>
        <translation> personas a la vez</translation>
    </message>
    <message>
        <source>Can take</source>
        <translation>Puede acompañar a</translation>
    </message>
    <message>
        <source>Recovery or experience since:</source>
        <translation>Recuperación o experiencia desde:</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Experiencia desde</translation>
    </message>
    <message>
        <source>such as English, Spanish</source>
        <translation>por ejemplo, español, inglés</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>as they describe it; optional</source>
        <translation>como la persona lo describa; opcional</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>When they can talk or meet</source>
        <translation>Cuándo puede hablar o reunirse</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Miembro:</translation>
    </message>
    <message>
        <source>&amp;Can take:</source>
        <translation>&amp;Puede acompañar a:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilidad:</translation>
    </message>
    <message>
        <source>Everything here is confidential and never printed, except the languages and focus on the pairing list.</source>
        <translation>Todo lo que hay aquí es confidencial y nunca se imprime, salvo los idiomas y el enfoque en la lista de apadrinamientos.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open a group file</source>
        <translation>Abrir un archivo de grupo</translation>
    </message>
    <message>
        <source>Attach files to the library</source>
        <translation>Adjuntar archivos a la biblioteca</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;All files (*)</source>
        <translation>Documentos e imágenes (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder not opened</source>
        <translation>No se abrió la carpeta</translation>
    </message>
    <message>
        <source>This computer could not show the folder {folder}.</source>
        <translation>Esta computadora no pudo mostrar la carpeta {folder}.</translation>
    </message>
    <message>
        <source>No program opens this file</source>
        <translation>Ningún programa abre este archivo</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}. It is saved in {folder}: open that folder, to copy it to a USB stick or open it another way?</source>
        <translation>Esta computadora no tiene ningún programa que abra {name}. Está guardado en {folder}: ¿quiere abrir esa carpeta para copiarlo a una memoria USB o abrirlo de otra forma?</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Calendario guardado</translation>
    </message>
    <message>
        <source>Open in calendar</source>
        <translation>Abrir en el calendario</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Archivo guardado</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Se guardó {name} en {folder}.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Suggestions for everyone waiting</source>
        <translation>Sugerencias para todos los que esperan</translation>
    </message>
    <message>
        <source>The set that pairs the most people and, of those, fits best overall (total score {total}). Confirm or decline each one; only confirmed pairings are saved.</source>
        <translation>El conjunto que empareja a más personas y, entre esos, el que mejor encaja en general (puntuación total: {total}). Confirme o rechace cada uno; solo se guardan los apadrinamientos confirmados.</translation>
    </message>
    <message>
        <source>Proposed pairings</source>
        <translation>Apadrinamientos propuestos</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quiénes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>Nobody can be suggested for: {names}. See each request's list for why.</source>
        <translation>No se puede sugerir a nadie para: {names}. Consulte la lista de cada solicitud para ver por qué.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The 'To' date is before the 'From' date.</source>
        <translation>La fecha «Hasta» es anterior a la fecha «Desde».</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation>Editar solicitud</translation>
    </message>
    <message>
        <source>Someone asks for a {s}</source>
        <translation>Alguien pide {s}</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Quién lo pide</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>as they describe it; optional</source>
        <translation>como la persona lo describa; opcional</translation>
    </message>
    <message>
        <source>Their gender</source>
        <translation>Su género</translation>
    </message>
    <message>
        <source>leave blank for no preference</source>
        <translation>déjelo en blanco si no hay preferencia</translation>
    </message>
    <message>
        <source>Would like someone who is</source>
        <translation>Le gustaría alguien que sea</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>&amp;Who is asking:</source>
        <translation>&amp;Quién lo pide:</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Fecha de la solicitud:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>&amp;Their gender:</source>
        <translation>&amp;Su género:</translation>
    </message>
    <message>
        <source>&amp;Would like a {s} who is:</source>
        <translation>&amp;Le gustaría que su {s} sea:</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>&amp;Nota privada:</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Guardar solicitud</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Paragraphs are separated by a blank line and print as you type them.</source>
        <translation>Los párrafos se separan con una línea en blanco y se imprimen tal como los escribe.</translation>
    </message>
    <message>
        <source>Tick 'Crisis line' to put it on the printed crisis page.</source>
        <translation>Marque «Línea de crisis» para imprimirla en la página de crisis.</translation>
    </message>
    <message>
        <source>A book the group owns and lends; loans are recorded on the Library page.</source>
        <translation>Un libro que el grupo tiene y presta; los préstamos se anotan en la página Biblioteca.</translation>
    </message>
    <message>
        <source>The attached file stays as it is; here you change how it is listed.</source>
        <translation>El archivo adjunto queda como está; aquí cambia cómo aparece en la lista.</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Editar {noun}</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Agregar {noun}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Copies the group owns</source>
        <translation>Ejemplares que tiene el grupo</translation>
    </message>
    <message>
        <source>&amp;Crisis line: print it on the crisis page</source>
        <translation>Línea de &amp;crisis: imprimirla en la página de crisis</translation>
    </message>
    <message>
        <source>written down for people to type; never opened</source>
        <translation>se anota para que la gente lo escriba; nunca se abre</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>Ejem&amp;plares:</translation>
    </message>
    <message>
        <source>e.g. 988 or 1-800-555-0100</source>
        <translation>p. ej., 988 o 1-800-555-0100</translation>
    </message>
    <message>
        <source>e.g. 24 hours, or Mon-Fri 9-5</source>
        <translation>p. ej., 24 horas, o lun-vie 9-17</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Te&amp;xt line:</source>
        <translation>&amp;Mensajes de texto:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>separated by commas, e.g. newcomers, family</source>
        <translation>separadas por comas, p. ej., recién llegados, familia</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the copy of {name} to go back to. The file as it is now is kept as a backup first, so you can undo this by restoring that one.</source>
        <translation>Elija la copia de {name} a la que quiere volver. Primero se guarda el archivo tal como está ahora como copia de seguridad, así que puede deshacer esto restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Buscando copias de seguridad…</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>needs a different passphrase</source>
        <translation>necesita otra frase de contraseña</translation>
    </message>
    <message>
        <source>damaged, cannot be used</source>
        <translation>dañada, no se puede usar</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Todavía no hay copias de seguridad de este archivo.</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <source>Too many wrong tries. You can try again in {clock}.</source>
        <translation>Demasiados intentos fallidos. Podrá volver a intentarlo en {clock}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Lista de teléfonos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RosterFlows</name>
    <message>
        <source>Fill roster, {first} – {last}</source>
        <translation>Asignar turnos, {first} – {last}</translation>
    </message>
    <message>
        <source>The roster was not filled: you pressed Cancel.</source>
        <translation>No se asignaron los turnos: pulsó Cancelar.</translation>
    </message>
    <message>
        <source>Could not fill the roster</source>
        <translation>No se pudieron asignar los turnos</translation>
    </message>
    <message>
        <source>Filling the roster…</source>
        <translation>Asignando turnos…</translation>
    </message>
    <message>
        <source>Choose everyone again?</source>
        <translation>¿Volver a elegir a todos?</translation>
    </message>
    <message>
        <source>Everyone on the roster from {first} to {last} who is not locked will be chosen again.</source>
        <translation>Se volverá a elegir a la persona de cada turno no bloqueado del {first} al {last}.</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation>Volver a elegir</translation>
    </message>
    <message>
        <source>Roster filled</source>
        <translation>Turnos asignados</translation>
    </message>
    <message>
        <source>{name} is on the roster for turns they can no longer take:</source>
        <translation>{name} tiene turnos asignados que ya no puede cubrir:</translation>
    </message>
    <message>
        <source>Find someone else for these turns? (Turns locked by hand stay as they are.)</source>
        <translation>¿Buscar a otra persona para estos turnos? (Los turnos bloqueados a mano no cambian).</translation>
    </message>
    <message>
        <source>Roster conflict</source>
        <translation>Conflicto en los turnos</translation>
    </message>
    <message>
        <source>Find replacements</source>
        <translation>Buscar reemplazos</translation>
    </message>
    <message>
        <source>Roster as CSV</source>
        <translation>Turnos en CSV</translation>
    </message>
    <message>
        <source>The roster for these dates, one row per turn, to open in a spreadsheet.</source>
        <translation>Los turnos de estas fechas, una fila por turno, para abrir en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Guardar CSV…</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>Guardar los turnos</translation>
    </message>
    <message>
        <source>Could not save the roster</source>
        <translation>No se pudieron guardar los turnos</translation>
    </message>
    <message>
        <source>Saving the roster…</source>
        <translation>Guardando los turnos…</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Show from</source>
        <translation>Mostrar desde</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation>Cuántas semanas mostrar</translation>
    </message>
    <message>
        <source>Newer facilitators get an experienced co-facilitator</source>
        <translation>Los coordinadores nuevos van con un cocoordinador con experiencia</translation>
    </message>
    <message>
        <source>When on, a facilitator who is not marked experienced is always paired with an experienced co-facilitator.</source>
        <translation>Si está activado, un coordinador que no esté marcado como experimentado siempre va acompañado de un cocoordinador con experiencia.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Roles it needs…</source>
        <translation>Servicios que necesita…</translation>
    </message>
    <message>
        <source>Choose which roles this meeting needs and how many of each</source>
        <translation>Elija qué servicios necesita esta reunión y cuántas personas en cada uno</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Roster summary</source>
        <translation>Resumen de turnos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Fill roster…</source>
        <translation>Completar turnos…</translation>
    </message>
    <message>
        <source>Roles for:</source>
        <translation>Servicios de:</translation>
    </message>
    <message>
        <source>Service roster</source>
        <translation>Turnos de servicio</translation>
    </message>
    <message>
        <source>{m} meetings · {o} open turns</source>
        <translation>{m} reuniones · {o} turnos libres</translation>
    </message>
    <message>
        <source> · {c} need attention</source>
        <translation> · {c} requieren atención</translation>
    </message>
    <message>
        <source>The group has no meetings yet: add them in Schedule (Meetings &gt; New meeting…), then choose the roles each needs here.</source>
        <translation>El grupo todavía no tiene reuniones: agréguelas en Calendario (Reuniones &gt; Nueva reunión…) y luego elija aquí los servicios que necesita cada una.</translation>
    </message>
    <message>
        <source>No meeting in these weeks needs people yet: choose 'Roles it needs…'.</source>
        <translation>Ninguna reunión de estas semanas necesita personas todavía: elija «Servicios que necesita…».</translation>
    </message>
    <message>
        <source>Newer facilitators need no experienced co-facilitator</source>
        <translation>Los coordinadores nuevos no necesitan un cocoordinador con experiencia</translation>
    </message>
    <message>
        <source>Add role {name}</source>
        <translation>Agregar el servicio {name}</translation>
    </message>
    <message>
        <source>Roles {meeting} needs</source>
        <translation>Servicios que necesita {meeting}</translation>
    </message>
    <message>
        <source>Why {name}?</source>
        <translation>¿Por qué {name}?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Lock (keep when the roster is filled again)</source>
        <translation>Bloquear (se mantiene al volver a asignar los turnos)</translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation>Dejar libre</translation>
    </message>
    <message>
        <source>Why is this open?</source>
        <translation>¿Por qué está libre?</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Elegir a alguien</translation>
    </message>
    <message>
        <source>Swap {turn} with {other}</source>
        <translation>Intercambiar {turn} con {other}</translation>
    </message>
    <message>
        <source>Leave {turn} open</source>
        <translation>Dejar libre: {turn}</translation>
    </message>
    <message>
        <source>Choose {name} as {turn}</source>
        <translation>Elegir a {name} para {turn}</translation>
    </message>
    <message>
        <source>{role} on {day}</source>
        <translation>{role} el {day}</translation>
    </message>
    <message>
        <source>Lock {turn}</source>
        <translation>Bloquear {turn}</translation>
    </message>
    <message>
        <source>Unlock {turn}</source>
        <translation>Desbloquear {turn}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Add format {code}</source>
        <translation>Agregar el formato {code}</translation>
    </message>
    <message>
        <source>Add meeting {name}</source>
        <translation>Agregar la reunión {name}</translation>
    </message>
    <message>
        <source>Edit meeting {name}</source>
        <translation>Editar la reunión {name}</translation>
    </message>
    <message>
        <source>Delete meeting {name}</source>
        <translation>Eliminar la reunión {name}</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}</source>
        <translation>Cancelar {name} del {day}</translation>
    </message>
    <message>
        <source>Move {name} from {day}</source>
        <translation>Cambiar de fecha {name} del {day}</translation>
    </message>
    <message>
        <source>Restore {name} on {day}</source>
        <translation>Restaurar {name} del {day}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Added {name}. Ctrl+Z undoes.</source>
        <translation>Se agregó {name}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Delete “{name}” ({when}) and all its cancelled and moved dates?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar «{name}» ({when}) y todas sus fechas canceladas y cambiadas?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete meeting?</source>
        <translation>¿Eliminar la reunión?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted {name}. Ctrl+Z undoes.</source>
        <translation>Se eliminó {name}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Cancel this date…</source>
        <translation>Cancelar esta fecha…</translation>
    </message>
    <message>
        <source>Move this date…</source>
        <translation>Cambiar esta fecha…</translation>
    </message>
    <message>
        <source>Restore this date</source>
        <translation>Restaurar esta fecha</translation>
    </message>
    <message>
        <source>Topic and notes…</source>
        <translation>Tema y notas…</translation>
    </message>
    <message>
        <source>Print the packet…</source>
        <translation>Imprimir la carpeta…</translation>
    </message>
    <message>
        <source>Copy how to join</source>
        <translation>Copiar cómo unirse</translation>
    </message>
    <message>
        <source>How to join {name} is copied.</source>
        <translation>Se copió cómo unirse a {name}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Part of the meeting</source>
        <translation>Parte de la reunión</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Such as “Opening” or “Sharing”</source>
        <translation>Por ejemplo, «Apertura» o «Participaciones»</translation>
    </message>
    <message>
        <source>What is said</source>
        <translation>Lo que se dice</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Sin lectura</translation>
    </message>
    <message>
        <source>{title} (not in the library any more)</source>
        <translation>{title} (ya no está en la biblioteca)</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Lo lee</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>no set time</source>
        <translation>sin tiempo fijo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>&amp;What is said:</source>
        <translation>Lo que se &amp;dice:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Lectura:</translation>
    </message>
    <message>
        <source>Read &amp;by (roster role):</source>
        <translation>Lo lee (servicio del &amp;turno):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>A reading prints in full, from the library. The roster fills in who has the role at each meeting.</source>
        <translation>La lectura se imprime completa, tomada de la biblioteca. Los turnos indican quién tiene ese servicio en cada reunión.</translation>
    </message>
    <message>
        <source>Give this part a heading, such as “Readings” or “Sharing”.</source>
        <translation>Póngale un encabezado a esta parte, como «Lecturas» o «Participaciones».</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Weekly (or every few weeks)</source>
        <translation>Semanal (o cada tantas semanas)</translation>
    </message>
    <message>
        <source>Monthly, on the first/second/... weekday</source>
        <translation>Mensual, el 1.º, 2.º… (lunes…)</translation>
    </message>
    <message>
        <source>Monthly, on the last weekday</source>
        <translation>Mensual, el último (lunes…)</translation>
    </message>
    <message>
        <source>Monthly, on the same date</source>
        <translation>Mensual, en la misma fecha</translation>
    </message>
    <message>
        <source>Once (a single date)</source>
        <translation>Una sola vez (una fecha)</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>e.g. Tuesday Night Discussion</source>
        <translation>p. ej., Reunión de discusión del martes por la noche</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>Nombre de la reunión</translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation>Cómo se repite</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalo de repetición</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5.º</translation>
    </message>
    <message>
        <source>{nth} week of the month</source>
        <translation>{nth} semana del mes</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Summary of dates</source>
        <translation>Resumen de fechas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Weeks:</source>
        <translation>Semanas:</translation>
    </message>
    <message>
        <source>Day of month:</source>
        <translation>Día del mes:</translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation>&amp;Primera fecha:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>e.g. St. Brigid's Church Hall</source>
        <translation>p. ej., Salón parroquial de Santa Brígida</translation>
    </message>
    <message>
        <source>e.g. Side door off the parking lot, downstairs</source>
        <translation>p. ej., Puerta lateral junto al estacionamiento, planta baja</translation>
    </message>
    <message>
        <source>e.g. Wheelchair ramp at the side door</source>
        <translation>p. ej., Rampa para sillas de ruedas en la puerta lateral</translation>
    </message>
    <message>
        <source>For an online meeting, the town or city it meets from: meeting apps list meetings near a place.</source>
        <translation>Para una reunión en línea, la ciudad o el pueblo desde donde se hace: las aplicaciones de reuniones las muestran cerca de un lugar.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Cómo llegar:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation>Accesibilidad:</translation>
    </message>
    <message>
        <source>How people attend</source>
        <translation>Cómo se asiste</translation>
    </message>
    <message>
        <source>Format codes</source>
        <translation>Códigos de formato</translation>
    </message>
    <message>
        <source>Add a group format…</source>
        <translation>Agregar un formato del grupo…</translation>
    </message>
    <message>
        <source>Add a code of your own, such as GC for group conscience</source>
        <translation>Agregue un código propio, como GC para conciencia de grupo</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. Coffee from 6:30. Newcomers welcome.</source>
        <translation>p. ej., Café desde las 6:30. Bienvenidos los recién llegados.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Formato de la reunión</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>The group's usual ({name})</source>
        <translation>El habitual del grupo ({name})</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Meeting &amp;script:</source>
        <translation>&amp;Guion de la reunión:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>How people attend:</source>
        <translation>Cómo se asiste:</translation>
    </message>
    <message>
        <source>Add a group format</source>
        <translation>Agregar un formato del grupo</translation>
    </message>
    <message>
        <source>Code (e.g. GC):</source>
        <translation>Código (p. ej., GC):</translation>
    </message>
    <message>
        <source>What it means (e.g. Group conscience):</source>
        <translation>Qué significa (p. ej., Conciencia de grupo):</translation>
    </message>
    <message>
        <source>Format not added</source>
        <translation>No se agregó el formato</translation>
    </message>
    <message>
        <source>e.g. Elm Falls, ON</source>
        <translation>p. ej., Elm Falls, ON</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mes(es)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Counting from the first meeting, {day}.</source>
        <translation>Se cuenta desde la primera reunión, el {day}.</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Próximas: </translation>
    </message>
    <message>
        <source>No dates coming up with these settings.</source>
        <translation>No hay fechas próximas con esta configuración.</translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation>¿Guardar esta reunión?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>¿Guardarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Elected position</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Lo ocupa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Term length</source>
        <translation>Duración del período</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Lo ocupa:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Choose the position and who holds it.</source>
        <translation>Elija el cargo y quién lo ocupa.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>No se rehízo</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to GroupKeeper</source>
        <translation>Le damos la bienvenida a GroupKeeper</translation>
    </message>
    <message>
        <source>&lt;b&gt;Let's set up your group.&lt;/b&gt;&lt;br&gt;Everything stays on this computer. You can change any of this later.</source>
        <translation>&lt;b&gt;Configuremos su grupo.&lt;/b&gt;&lt;br&gt;Todo se queda en esta computadora. Puede cambiar cualquiera de estos datos más adelante.</translation>
    </message>
    <message>
        <source>Start the library with GroupKeeper's readings and crisis lines</source>
        <translation>Empezar la biblioteca con las lecturas y líneas de crisis de GroupKeeper</translation>
    </message>
    <message>
        <source>A welcome for newcomers, group guidelines, 'When peer support is not enough' and crisis lines: written for GroupKeeper, yours to edit or delete.</source>
        <translation>Una bienvenida para recién llegados, pautas del grupo, «Cuando el apoyo entre pares no basta» y líneas de crisis: escritas para GroupKeeper; puede editarlas o eliminarlas.</translation>
    </message>
    <message>
        <source>Usual meeting day</source>
        <translation>Día habitual de reunión</translation>
    </message>
    <message>
        <source>Usual start time</source>
        <translation>Hora habitual de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Duración de la reunión en minutos</translation>
    </message>
    <message>
        <source>e.g. St. Brigid's Church Hall</source>
        <translation>p. ej., Salón parroquial de Santa Brígida</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Lugar habitual</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Your usual meeting</source>
        <translation>Su reunión habitual</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Open &amp;it…</source>
        <translation>&amp;Abrirlo…</translation>
    </message>
    <message>
        <source>Open the group's file from a USB stick or from the last secretary</source>
        <translation>Abrir el archivo del grupo desde una memoria USB o el que le entregó el secretario anterior</translation>
    </message>
    <message>
        <source>Already have your group's file, from a USB stick or the last secretary?</source>
        <translation>¿Ya tiene el archivo de su grupo, en una memoria USB o del secretario anterior?</translation>
    </message>
    <message>
        <source>{day} meeting</source>
        <translation>Reunión del {day}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>GroupKeeper hit a problem it did not expect, and what you were doing may not have finished. Your saved records are safe. If it happens again, please pass on the details below to whoever looks after GroupKeeper.</source>
        <translation>GroupKeeper tuvo un problema inesperado y es posible que lo que estaba haciendo no haya terminado. Sus registros guardados están a salvo. Si vuelve a ocurrir, por favor envíe los detalles de abajo a quien se encargue de GroupKeeper.</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>Change the group's settings</source>
        <translation>Cambiar la configuración del grupo</translation>
    </message>
    <message>
        <source>The &amp;group…</source>
        <translation>El &amp;grupo…</translation>
    </message>
    <message>
        <source>The group's name, kind, language, time zone, country, contact and service number</source>
        <translation>Nombre, tipo, idioma, zona horaria, país, contacto y número de servicio del grupo</translation>
    </message>
    <message>
        <source>Send our &amp;changes to the intergroup…</source>
        <translation>Enviar nuestros &amp;cambios a la intergrupal…</translation>
    </message>
    <message>
        <source>Compare our meetings with the intergroup's meeting list, and write what to change</source>
        <translation>Comparar nuestras reuniones con la lista de la intergrupal, y escribir qué cambiar</translation>
    </message>
    <message>
        <source>&amp;Import meetings from a meeting list (.json)…</source>
        <translation>&amp;Importar reuniones de una lista de reuniones (.json)…</translation>
    </message>
    <message>
        <source>Add the group's meetings from an intergroup's Meeting Guide list</source>
        <translation>Agregar las reuniones del grupo desde la lista de Meeting Guide de un intergrupo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Save the changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved yet. Save them first?</source>
        <translation>«{name}» tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The computer's language ({name})</source>
        <translation>El idioma de la computadora ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show GroupKeeper's window in:</source>
        <translation>Mostrar la ventana de GroupKeeper en:</translation>
    </message>
    <message>
        <source>GroupKeeper will be shown in {name} the next time it starts.</source>
        <translation>GroupKeeper se mostrará en {name} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>The language of GroupKeeper's window</source>
        <translation>El idioma de la ventana de GroupKeeper</translation>
    </message>
</context>
<context>
    <name>syslibs</name>
    <message>
        <source>GroupKeeper cannot open its window: this computer lacks {names}, which Qt needs to draw windows.
To install what is missing, run:
    {command}</source>
        <translation>GroupKeeper no puede abrir su ventana: a esta computadora le falta {names}, que Qt necesita para mostrar ventanas.
Para instalar lo que falta, ejecute:
    {command}</translation>
    </message>
</context>
</TS>