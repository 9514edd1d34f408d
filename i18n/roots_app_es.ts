<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/about.py" line="+38"/>
        <source>About Roots</source>
        <translation>Acerca de Roots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roots %1: family and community engagement, assessed together.</source>
        <translation>Roots %1: la participación de las familias y la comunidad, evaluada en equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built with Python %1, Qt %2 and Qt for Python %3.</source>
        <translation>Hecho con Python %1, Qt %2 y Qt para Python %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roots is free software under the MIT license.</source>
        <translation>Roots es software libre con la licencia MIT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt and Qt for Python: GNU Lesser General Public License version 3; their libraries are separate files in the install folder, which you may replace with your own build.</source>
        <translation>Qt y Qt para Python: Licencia Pública General Reducida de GNU, versión 3; sus bibliotecas son archivos aparte en la carpeta de instalación, que usted puede sustituir por su propia compilación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fonts: DejaVu Sans (DejaVu license), Droid Sans Fallback (Apache License 2.0), Noto Emoji (SIL Open Font License 1.1).</source>
        <translation>Fuentes: DejaVu Sans (licencia DejaVu), Droid Sans Fallback (Apache License 2.0), Noto Emoji (SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python and the other libraries: each under its own license.</source>
        <translation>Python y las demás bibliotecas: cada una con su propia licencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the &amp;license texts</source>
        <translation>Ver los textos de las &amp;licencias</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/action.py" line="+56"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change action</source>
        <translation>Cambiar acción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who leads it</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure of success</source>
        <translation>Medida de éxito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What will be done:</source>
        <translation>&amp;Qué se hará:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who &amp;leads it:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources:</source>
        <translation>Re&amp;cursos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure of success:</source>
        <translation>&amp;Medida de éxito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Please say what will be done.</source>
        <translation>Por favor, escriba qué se hará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is before the start date.</source>
        <translation>La fecha límite es anterior a la fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <location filename="../roots_app/ui/widgets/appearance_settings.py" line="+67"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation>Ta&amp;maño del texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olours:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the computer is set (light or dark)</source>
        <translation>Como esté configurada la computadora (claro u oscuro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hi&amp;gh contrast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black and white text, darker lines and borders</source>
        <translation>Texto en blanco y negro, líneas y bordes más marcados</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../roots_app/ui/background.py" line="+92"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>BackupsSettings</name>
    <message>
        <location filename="../roots_app/ui/widgets/backups_settings.py" line="+65"/>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade of Roots</source>
        <translation>Antes de una actualización de Roots</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Roots backs up your data every day and before every import or restore. Backups are kept in %1.</source>
        <translation>Roots hace una copia de seguridad de sus datos cada día y antes de cada importación o restauración. Las copias se guardan en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Put back the data as it was on %1 (%2, %3)? What is here now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>¿Volver a poner los datos como estaban el %1 (%2, %3)? Primero se hace una copia de lo que hay ahora, así que esto se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups of your data</source>
        <translation>Copias de seguridad de sus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Restaurar la copia elegida…</translation>
    </message>
</context>
<context>
    <name>CategoryPager</name>
    <message>
        <location filename="../roots_app/ui/widgets/category_pager.py" line="+191"/>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous category (Alt+Left)</source>
        <translation>Categoría anterior (Alt+flecha izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next category (Alt+Right)</source>
        <translation>Categoría siguiente (Alt+flecha derecha)</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Category %1 of %2</source>
        <translation>Categoría %1 de %2</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message>
        <location filename="../roots_app/ui/models/consensus_model.py" line="+28"/>
        <source>Far apart: %1 to %2</source>
        <translation>Muy separados: %1 a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stands alone</source>
        <translation>La calificación de %1 queda sola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed since agreed</source>
        <translation>Cambió desde que se acordó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not rated</source>
        <translation>%1 sin calificar</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location line="+55"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not agreed yet</source>
        <translation>Todavía sin acordar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To talk about</source>
        <translation>Para conversar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed level</source>
        <translation>Nivel acordado</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/counts.py" line="+16"/>
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n escuela</numerusform>
            <numerusform>%n escuelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plan(s) were saved in %1.</source>
        <translation>
            <numerusform>Se guardó %n plan en %1.</numerusform>
            <numerusform>Se guardaron %n planes en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln item(s) (schools, members, ratings, plans…) were saved in %1.</source>
        <translation>
            <numerusform>Se guardó %Ln elemento (escuelas, integrantes, calificaciones, planes…) en %1.</numerusform>
            <numerusform>Se guardaron %Ln elementos (escuelas, integrantes, calificaciones, planes…) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../roots_app/ui/crash.py" line="+39"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roots closed unexpectedly last time. Everything it had saved is safe (it was checked as Roots started). If this happens again, send the details below to your coordinator or support.</source>
        <translation>Roots se cerró de forma inesperada la última vez. Todo lo que había guardado está a salvo (se revisó al iniciar Roots). Si vuelve a pasar, envíe los detalles de abajo a su coordinador(a) o al equipo de apoyo técnico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roots met a problem it did not expect. Everything saved before this moment is safe. You can keep working; if it happens again, send the details below to your coordinator or support.</source>
        <translation>Roots tuvo un problema inesperado. Todo lo que se guardó antes de este momento está a salvo. Puede seguir trabajando; si vuelve a pasar, envíe los detalles de abajo a su coordinador(a) o al equipo de apoyo técnico.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The details are also in the log file: %1</source>
        <translation>Los detalles también están en el archivo de registro: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <location filename="../roots_app/ui/widgets/database_settings.py" line="+120"/>
        <source>&quot;%1&quot; is not a port number. It is usually 5432.</source>
        <translation>&quot;%1&quot; no es un número de puerto. Suele ser 5432.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the district database&apos;s server name and database name.</source>
        <translation>Escriba el nombre del servidor y el nombre de la base de datos del distrito.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where Roots keeps its data</source>
        <translation>Dónde guarda Roots sus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: a file on this computer (%1).</source>
        <translation>Ahora: un archivo en esta computadora (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: the district database %1 on %2.</source>
        <translation>Ahora: la base de datos del distrito %1 en %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;This computer only (one team, or files passed around)</source>
        <translation>Solo es&amp;ta computadora (un equipo, o archivos que se pasan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;district database (PostgreSQL, shared by everyone)</source>
        <translation>Base de datos del &amp;distrito (PostgreSQL, compartida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure &amp;connection:</source>
        <translation>Conexión se&amp;gura:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the server offers it</source>
        <translation>Si el servidor la ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Obligatoria, y verificar el certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (only inside a trusted network)</source>
        <translation>Desactivada (solo dentro de una red de confianza)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the password in this computer&apos;s &amp;keyring</source>
        <translation>Recordar la contraseña en el &amp;llavero de esta computadora</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>This computer has no keyring. Ask your district IT to set up the password file (~/.pgpass) or PGPASSWORD; Roots never writes the password to a file.</source>
        <translation>Esta computadora no tiene llavero. Pida al equipo de informática del distrito que configure el archivo de contraseñas (~/.pgpass) o PGPASSWORD; Roots nunca escribe la contraseña en un archivo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <source>Details for your IT contact</source>
        <translation>Detalles para su contacto de informática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;est the connection</source>
        <translation>Probar la cone&amp;xión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings</source>
        <translation>Usar esta configuración</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected. The database is ready for Roots.</source>
        <translation>Conectado. La base de datos está lista para Roots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is empty: Roots will create its tables the first time it starts with it.</source>
        <translation>Conectado. La base de datos está vacía: Roots creará sus tablas la primera vez que se inicie con ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected. Roots will update the database when it starts with it.</source>
        <translation>Conectado. Roots actualizará la base de datos cuando se inicie con ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the database was set up by a newer version of Roots. Install the newest Roots first.</source>
        <translation>Conectado, pero la base de datos fue preparada por una versión más nueva de Roots. Primero instale la versión más reciente de Roots.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roots could not connect to the district database. Check the server name, port, user name and password, and that this computer is on the district&apos;s network.</source>
        <translation>Roots no pudo conectarse a la base de datos del distrito. Revise el nombre del servidor, el puerto, el nombre de usuario y la contraseña, y que esta computadora esté en la red del distrito.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved. Roots will use this the next time it starts.</source>
        <translation>Guardado. Roots usará esto la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>DistrictModel</name>
    <message>
        <location filename="../roots_app/ui/models/district_model.py" line="+35"/>
        <source>Scored on an earlier version of the rubric and shown in this version&apos;s categories.</source>
        <translation>Se calificó con una versión anterior de la rúbrica y se muestra en las categorías de esta versión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compared with a level scored on an earlier version of the rubric.</source>
        <translation>Comparado con un nivel calificado con una versión anterior de la rúbrica.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Change since %1</source>
        <translation>Cambio desde %1</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../roots_app/ui/pages/district.py" line="+138"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rúbrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion:</source>
        <translation>R&amp;egión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LEA:</source>
        <translation>&amp;LEA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the schools of one LEA</source>
        <translation>Mostrar las escuelas de una LEA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a school</source>
        <translation>Buscar una escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a school by name</source>
        <translation>Buscar una escuela por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as spreadsheet…</source>
        <translation>Guardar como hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed level of every school and category</source>
        <translation>Nivel acordado de cada escuela y categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many schools are at each level</source>
        <translation>Cuántas escuelas hay en cada nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: how many schools are at each level</source>
        <translation>Categorías: cuántas escuelas hay en cada nivel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There are no agreed assessments to compare yet.</source>
        <translation>Todavía no hay evaluaciones acordadas para comparar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members&apos; average by role</source>
        <translation>Promedio de los integrantes por rol</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: fewer than 5, not shown</source>
        <translation>%1: menos de 5, no se muestra</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n school(s) in %1; change compared with %2.</source>
        <translation>
            <numerusform>%n escuela en %1; cambio en comparación con %2.</numerusform>
            <numerusform>%n escuelas en %1; cambio en comparación con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n school(s) of %3 in %1; change compared with %2.</source>
        <translation>
            <numerusform>%n escuela de %3 en %1; cambio en comparación con %2.</numerusform>
            <numerusform>%n escuelas de %3 en %1; cambio en comparación con %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None of its schools has agreed levels in %1.</source>
        <translation>Ninguna de sus escuelas tiene niveles acordados en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link a school to its LEA with Change school… on the Schools and teams page.</source>
        <translation>Vincule una escuela a su LEA con Cambiar escuela… en la página Escuelas y equipos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 A level scored on an earlier version of the rubric, shown in this version&apos;s categories (a renamed category keeps its level, a merged one takes the median of its sources, a split one the level of the category it came from), or a change compared with one.</source>
        <translation>%1 Un nivel calificado con una versión anterior de la rúbrica, que se muestra en las categorías de esta versión (una categoría con otro nombre conserva su nivel, una que une varias toma la mediana de ellas, una que se dividió toma el nivel de la categoría de la que viene), o un cambio comparado con uno de ellos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members&apos; averages by role are not mapped across versions: ratings given on an earlier version to a category since renamed, merged or split are not in them.</source>
        <translation>Los promedios de los miembros por rol no se leen entre versiones: las calificaciones que se dieron con una versión anterior a una categoría que luego cambió de nombre, se unió o se dividió no están incluidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>* The wording of this category changed between rubric versions; levels are compared by category.</source>
        <translation>* La redacción de esta categoría cambió entre versiones de la rúbrica; los niveles se comparan por categoría.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the district table</source>
        <translation>Guardar la tabla del distrito</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../roots_app/ui/bundle_exchange.py" line="+45"/>
        <source>There is nothing to save yet.</source>
        <translation>Todavía no hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the .roots file</source>
        <translation>Guardar el archivo .roots</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Roots files (*.roots)</source>
        <translation>Archivos de Roots (*.roots)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saving the .roots file…</source>
        <translation>Guardando el archivo .roots…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a .roots file</source>
        <translation>Importar un archivo .roots</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: %1 added, %2 updated, %3 conflicts settled.</source>
        <translation>Importado: %1 agregados, %2 actualizados, %3 conflictos resueltos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/export_bundle.py" line="+34"/>
        <source>Save a .roots file</source>
        <translation>Guardar un archivo .roots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .roots file carries your work to another computer (by USB stick or e-mail). Importing it there adds and updates schools, teams, ratings and plans; nothing is overwritten without asking.</source>
        <translation>Un archivo .roots lleva su trabajo a otra computadora (en una memoria USB o por correo electrónico). Al importarlo allí se agregan y actualizan escuelas, equipos, calificaciones y planes; nada se sobrescribe sin preguntar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;This assessment: %1, %2, %3</source>
        <translation>&amp;Esta evaluación: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;This assessment (open or select one first)</source>
        <translation>&amp;Esta evaluación (primero abra o seleccione una)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One &amp;school, all its years:</source>
        <translation>Una e&amp;scuela, todos sus años:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School to save</source>
        <translation>Escuela que se guardará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Everything on this computer</source>
        <translation>&amp;Todo lo que hay en esta computadora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave member &amp;names out (roles only, for the district)</source>
        <translation>Sin los &amp;nombres de los integrantes (solo roles, para el distrito)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all schools</source>
        <translation>todas las escuelas</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/export_pdf.py" line="+44"/>
        <source>Print all plans of a year</source>
        <translation>Imprimir todos los planes de un año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the growth plan</source>
        <translation>Imprimir el plan de crecimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>School &amp;year:</source>
        <translation>&amp;Año escolar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both, side by side</source>
        <translation>Ambos, uno al lado del otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the file when it is ready</source>
        <translation>A&amp;brir el archivo cuando esté listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../roots_app/ui/exporting.py" line="+37"/>
        <source>Save the growth plan</source>
        <translation>Guardar el plan de crecimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Save the actions</source>
        <translation>Guardar las acciones</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The plan was saved.</source>
        <translation>El plan se guardó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is in %1</source>
        <translation>Está en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>There are no assessments to print yet.</source>
        <translation>Todavía no hay evaluaciones para imprimir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder for the plans</source>
        <translation>Elegir una carpeta para los planes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing the plans of %1…</source>
        <translation>Imprimiendo los planes de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the narrative draft</source>
        <translation>Guardar el borrador de las narrativas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/models/home_model.py" line="+223"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n integrante</numerusform>
            <numerusform>%n integrantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>School, team or year</source>
        <translation>Escuela, equipo o año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="+149"/>
        <source>Schools and teams</source>
        <translation>Escuelas y equipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no schools yet. Create your school and team to begin, or explore a sample district.</source>
        <translation>Todavía no hay escuelas. Para empezar, cree su escuela y su equipo, o explore un distrito de ejemplo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schools, teams and assessments</source>
        <translation>Escuelas, equipos y evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New school and team…</source>
        <translation>Nueva escuela y equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an assessment…</source>
        <translation>Empezar una evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change team…</source>
        <translation>Cambiar equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a team…</source>
        <translation>Agregar un equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change school…</source>
        <translation>Cambiar escuela…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sample district</source>
        <translation>Agregar distrito de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to trash…</source>
        <translation>Mover a la papelera…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Move %1 to the trash, with everything under it? You can put it back from File &gt; Trash.</source>
        <translation>¿Mover %1 a la papelera, con todo lo que contiene? Puede recuperarlo desde Archivo &gt; Papelera.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../roots_app/ui/dialogs/import_preview.py" line="+48"/>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members</source>
        <translation>Integrantes del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members taking part</source>
        <translation>Integrantes que participan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members&apos; ratings</source>
        <translation>Calificaciones de los integrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed levels</source>
        <translation>Niveles acordados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan focus areas</source>
        <translation>Áreas de enfoque del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan actions</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank paper sheets</source>
        <translation>Hojas en papel en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings from paper</source>
        <translation>Calificaciones en papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting on paper</source>
        <translation>Escritura a mano en papel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still on the team</source>
        <translation>Sigue en el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings shown to the team</source>
        <translation>Calificaciones mostradas al equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Razón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure of success</source>
        <translation>Medida de éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried from last year</source>
        <translation>Traída del año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet number</source>
        <translation>Número de hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name written on the sheet</source>
        <translation>Nombre escrito en la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role ticked on the sheet</source>
        <translation>Rol marcado en la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan of the handwriting</source>
        <translation>Escaneo de la escritura a mano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A scan (%1 kB)</source>
        <translation>Un escaneo (%1 kB)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="+32"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changed on both computers</source>
        <translation>Cambiado en las dos computadoras</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What the import will do to schools, teams, ratings and plans</source>
        <translation>Lo que hará la importación con escuelas, equipos, calificaciones y planes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These items were changed here and in the file since the two computers last exchanged them. Choose which version to keep for each one.</source>
        <translation>Estos datos se cambiaron aquí y en el archivo desde la última vez que las dos computadoras los intercambiaron. Elija qué versión conservar de cada uno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items changed on both computers</source>
        <translation>Datos cambiados en las dos computadoras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The chosen item on each computer</source>
        <translation>El elemento elegido en cada computadora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two versions side by side</source>
        <translation>Las dos versiones, una al lado de la otra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keep the version on this computer</source>
        <translation>&amp;Conservar la versión de esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take the version in the file</source>
        <translation>&amp;Usar la versión del archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep all of &amp;mine</source>
        <translation>Conservar todas las &amp;mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all of t&amp;heirs</source>
        <translation>Usar todas las del a&amp;rchivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Made on %1 with Roots %2.</source>
        <translation>Creado el %1 con Roots %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1 · Updated: %2 · Already here: %3</source>
        <translation>Nuevos: %1 · Actualizados: %2 · Ya estaban aquí: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed on both computers: %1. Choose below which version to keep.</source>
        <translation>Cambiados en las dos computadoras: %1. Elija abajo qué versión conservar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rubric packs that come with the file: %1</source>
        <translation>Paquetes de rúbricas que vienen con el archivo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file has members&apos; roles only, not their names.</source>
        <translation>Este archivo tiene solo los roles de los integrantes, no sus nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything in this file is already here.</source>
        <translation>Todo lo que hay en este archivo ya está aquí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>keep mine</source>
        <translation>conservar la mía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take theirs</source>
        <translation>usar la del archivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../roots_app/ui/labels.py" line="+18"/>
        <source>Family member</source>
        <translation>Madre, padre o tutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Personal directivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School staff</source>
        <translation>Personal de la escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partner</source>
        <translation>Representante de la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>LeaChoice</name>
    <message>
        <location filename="../roots_app/ui/widgets/lea_choice.py" line="+16"/>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="+368"/>
        <source>Roots</source>
        <translation>Roots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team view</source>
        <translation>Vista del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State report</source>
        <translation>Informe estatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubrics</source>
        <translation>Rúbricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Places in Roots</source>
        <translation>Secciones de Roots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New school and team…</source>
        <translation>&amp;Nueva escuela y equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start an assessment…</source>
        <translation>&amp;Empezar una evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print all plans of a year…</source>
        <translation>Imprimir &amp;todos los planes de un año…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a .roots &amp;file for another computer…</source>
        <translation>Guardar un &amp;archivo .roots para otra computadora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a .roots file…</source>
        <translation>&amp;Importar un archivo .roots…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the st&amp;ate&apos;s Priority 3 file…</source>
        <translation>Importar el archivo de Prioridad 3 del esta&amp;do…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print rating s&amp;heets…</source>
        <translation>Imprimir hojas de &amp;calificación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype in paper sheets…</source>
        <translation>Pasar a &amp;mano las hojas en papel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read scanned sheets…</source>
        <translation>&amp;Leer hojas escaneadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting mode (projector)</source>
        <translation>&amp;Modo de reunión (proyector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, larger text, higher contrast</source>
        <translation>Pantalla completa, texto más grande, más contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Roots</source>
        <translation>A&amp;cerca de Roots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;log files (for support)</source>
        <translation>Mostrar los archivos de &amp;registro (para el apoyo técnico)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Open an assessment first: choose one on Home, or start one with File &gt; Start an assessment.</source>
        <translation>Primero abra una evaluación: elija una en Inicio, o empiece una con Archivo &gt; Empezar una evaluación.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The sample district is already here.</source>
        <translation>El distrito de ejemplo ya está aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roots does not add a second copy of it. Open the District page to look around.</source>
        <translation>Roots no agrega una segunda copia. Abra la página Distrito para explorarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the sample district</source>
        <translation>&amp;Abrir el distrito de ejemplo</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <location filename="../roots_app/ui/widgets/member_entry.py" line="+21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New member&apos;s name</source>
        <translation>Nombre del nuevo integrante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New member&apos;s role</source>
        <translation>Rol del nuevo integrante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add member</source>
        <translation>&amp;Agregar integrante</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../roots_app/ui/messages.py" line="+35"/>
        <source>This database was saved by a newer version of Roots.</source>
        <translation>Esta base de datos se guardó con una versión más nueva de Roots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the newest Roots to open it. Nothing in it was changed.</source>
        <translation>Instale la versión más reciente de Roots para abrirla. No se cambió nada en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so Roots could not save.</source>
        <translation>El disco está lleno, así que Roots no pudo guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was lost: what you typed is still on screen. Free some space (empty the trash of the computer, remove large files), then try again.</source>
        <translation>No se perdió nada: lo que escribió sigue en la pantalla. Libere espacio (vacíe la papelera de la computadora, quite archivos grandes) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roots may not write to its data folder.</source>
        <translation>Roots no tiene permiso para escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is still on screen. Ask whoever looks after this computer to let you write to the folder shown in Settings, then try again.</source>
        <translation>Lo que escribió sigue en la pantalla. Pida a quien administra esta computadora que le dé permiso para escribir en la carpeta que se muestra en Configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+227"/>
        <source>Roots could not reach the district database.</source>
        <translation>Roots no pudo comunicarse con la base de datos del distrito.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Nothing was lost: what you typed is still on screen. Check the network, then try again; Roots reconnects by itself.</source>
        <translation>No se perdió nada: lo que escribió sigue en la pantalla. Revise la red y vuelva a intentarlo; Roots se vuelve a conectar por sí solo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roots&apos;s data file is damaged, so this could not be done.</source>
        <translation>El archivo de datos de Roots está dañado, así que esto no se pudo hacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more was saved. Close Roots and open it again: it will offer to put back the newest good backup.</source>
        <translation>No se guardó nada más. Cierre Roots y vuelva a abrirlo: le ofrecerá restaurar la copia de seguridad sana más reciente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roots could not read or save its database.</source>
        <translation>Roots no pudo leer ni guardar su base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close any other copy of Roots, check that the disk is not full, and try again. What you typed is still on screen.</source>
        <translation>Cierre cualquier otra copia de Roots, revise que el disco no esté lleno y vuelva a intentarlo. Lo que escribió sigue en la pantalla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not a valid rubric pack.</source>
        <translation>Este archivo no es un paquete de rúbricas válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whoever made the file for a corrected one. Nothing was installed.</source>
        <translation>Pídale a quien hizo el archivo que le dé uno corregido. No se instaló nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a valid crosswalk.</source>
        <translation>Este archivo no es una correspondencia válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed: the crosswalk in use stays. The details say where the file is wrong.</source>
        <translation>No se cambió nada: se sigue usando la misma correspondencia. Los detalles indican dónde está el error en el archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This .roots file cannot be imported: it is damaged or not complete.</source>
        <translation>Este archivo .roots no se puede importar: está dañado o incompleto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed. Ask for the file to be exported again; the details say exactly what is wrong.</source>
        <translation>No se cambió nada. Pida que vuelvan a exportar el archivo; los detalles dicen exactamente qué está mal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file cannot be imported as the state&apos;s Priority 3 file.</source>
        <translation>Este archivo no se puede importar como el archivo de Prioridad 3 del estado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed. Check that it is the state&apos;s Pr3 file (Pr3YYYY.txt) as downloaded; the details say which line or column is wrong.</source>
        <translation>No se cambió nada. Revise que sea el archivo Pr3 del estado (Pr3AAAA.txt) tal como se descargó; los detalles dicen qué línea o columna está mal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has a character Roots cannot keep, so it was not saved.</source>
        <translation>El texto tiene un carácter que Roots no puede conservar, así que no se guardó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is an invisible control character, often brought by text copied from another program. Type that part again, or paste it as plain text, and save again.</source>
        <translation>Es un carácter de control invisible, que a menudo llega con texto copiado de otro programa. Vuelva a escribir esa parte, o péguela como texto sin formato, y guarde de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That item no longer exists.</source>
        <translation>Eso ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted. Go back to Home and choose again.</source>
        <translation>Es posible que se haya borrado. Vuelva a Inicio y elija otra vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder, or free some disk space, and try again.</source>
        <translation>Elija otra carpeta, o libere espacio en el disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roots could not do that.</source>
        <translation>Roots no pudo hacer eso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you entered and try again.</source>
        <translation>Revise lo que escribió y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Roots</source>
        <translation>Roots</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Check the network and try again. You can also work on this computer&apos;s own data this time; the district database stays chosen in Settings.</source>
        <translation>Revise la red y vuelva a intentarlo. También puede trabajar esta vez con los datos propios de esta computadora; la base de datos del distrito sigue elegida en Configuración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this &amp;computer&apos;s data</source>
        <translation>Usar los datos de esta &amp;computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Roots&apos;s data file is damaged and cannot be used as it is.</source>
        <translation>El archivo de datos de Roots está dañado y no se puede usar así.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no backup to put back. The file has not been changed: send it to your coordinator or support (it is in your data folder).</source>
        <translation>No hay ninguna copia de seguridad para restaurar. El archivo no se cambió: envíelo a su coordinador(a) o al equipo de apoyo técnico (está en su carpeta de datos).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The newest good backup is from %1 (%2, %3). Put it back? The damaged file is kept, unchanged, in the folder &quot;damaged&quot; for support.</source>
        <translation>La copia de seguridad sana más reciente es del %1 (%2, %3). ¿Restaurarla? El archivo dañado se guarda, sin cambios, en la carpeta &quot;damaged&quot; para el equipo de apoyo técnico.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup from %1 is back in place.</source>
        <translation>La copia de seguridad del %1 está de nuevo en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work done after it may be missing. The damaged file is kept at %1.</source>
        <translation>Puede faltar el trabajo hecho después. El archivo dañado se guarda en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="+37"/>
        <source>Start an assessment</source>
        <translation>Empezar una evaluación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rúbrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;year:</source>
        <translation>&amp;Año escolar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members taking part:</source>
        <translation>&amp;Integrantes que participan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members taking part</source>
        <translation>Integrantes que participan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Create a school and team first.</source>
        <translation>Primero cree una escuela y un equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the school year like 2025-26.</source>
        <translation>Escriba el año escolar así: 2025-26.</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../roots_app/ui/dialogs/pack_editor.py" line="+240"/>
        <source>Parts of the pack</source>
        <translation>Partes del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a category</source>
        <translation>&amp;Agregar una categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Unir con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in t&amp;wo</source>
        <translation>&amp;Dividir en dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a category (Ctrl+N)</source>
        <translation>Agregar una categoría (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove this category (Ctrl+Delete)</source>
        <translation>Quitar esta categoría (Ctrl+Supr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move this category up (Ctrl+Up)</source>
        <translation>Subir esta categoría (Ctrl+flecha arriba)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move this category down (Ctrl+Down)</source>
        <translation>Bajar esta categoría (Ctrl+flecha abajo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge this category into another (Ctrl+M)</source>
        <translation>Unir esta categoría con otra (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split this category in two: both continue it (Ctrl+D)</source>
        <translation>Dividir esta categoría en dos: las dos la continúan (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Texts</source>
        <translation>&amp;Textos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems to fix before saving</source>
        <translation>Problemas que hay que corregir antes de guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Guardar como versión nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the new pack</source>
        <translation>&amp;Guardar el paquete nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language of the preview</source>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the printed s&amp;heets (PDF)</source>
        <translation>Vista previa de las &amp;hojas impresas (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating sheets and guide of this pack, as Roots prints them</source>
        <translation>Las hojas de calificación y la guía de este paquete, como las imprime Roots</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A text here is missing its other language</source>
        <translation>Aquí hay un texto al que le falta el otro idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack texts</source>
        <translation>Textos del paquete</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Levels (%n)</source>
        <translation>
            <numerusform>Niveles (%n)</numerusform>
            <numerusform>Niveles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name yet)</source>
        <translation>(sin nombre todavía)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Categorías (%n)</numerusform>
            <numerusform>Categorías (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+181"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+181"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Pack id (lowercase letters, digits and dashes)</source>
        <translation>Identificador del paquete (minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version (three numbers, like 1.1.0)</source>
        <translation>Versión (tres números, como 1.1.0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+68"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Short title (at most 40 characters)</source>
        <translation>Título corto (40 caracteres como máximo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the wording comes from (provenance)</source>
        <translation>De dónde viene el texto (procedencia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the scale</source>
        <translation>Nombre de la escala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the level means</source>
        <translation>Qué significa el nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a part in the list on the left. In the list, Ctrl+N adds a category; on a category, Ctrl+Up and Ctrl+Down move it, Ctrl+Delete removes it and Ctrl+M merges it into another.</source>
        <translation>Elija una parte en la lista de la izquierda. En la lista, Ctrl+N agrega una categoría; sobre una categoría, Ctrl+flecha arriba y Ctrl+flecha abajo la mueven, Ctrl+Supr la quita y Ctrl+M la une con otra.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Key (lowercase letters, digits and dashes)</source>
        <translation>Clave (minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Descriptor for level %1 (%2)</source>
        <translation>Descripción del nivel %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it looks like (indicators), one a line</source>
        <translation>Cómo se ve (indicadores), uno por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guiding questions, one a line</source>
        <translation>Preguntas para conversar, una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested strategies, one a line</source>
        <translation>Estrategias sugeridas, una por línea</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This pack has %n level(s). A pack has 3 to 7; each category has a descriptor for each level.</source>
        <translation>
            <numerusform>Este paquete tiene %n nivel. Un paquete tiene de 3 a 7; cada categoría tiene una descripción para cada nivel.</numerusform>
            <numerusform>Este paquete tiene %n niveles. Un paquete tiene de 3 a 7; cada categoría tiene una descripción para cada nivel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a &amp;level</source>
        <translation>Agregar un &amp;nivel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the last level</source>
        <translation>Quitar el ú&amp;ltimo nivel</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Spanish missing</source>
        <translation>Falta el español</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English missing</source>
        <translation>Falta el inglés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both languages missing</source>
        <translation>Faltan los dos idiomas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Typing</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a category</source>
        <translation>Agregar una categoría</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a category</source>
        <translation>Quitar una categoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move a category</source>
        <translation>Mover una categoría</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge into…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge this category into:</source>
        <translation>Unir esta categoría con:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge categories</source>
        <translation>Unir categorías</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split a category</source>
        <translation>Dividir una categoría</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change the number of levels</source>
        <translation>Cambiar el número de niveles</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems: the pack can be saved.</source>
        <translation>No hay problemas: el paquete se puede guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n problem(s) to fix before saving (Enter on one goes to its field):</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar (Intro sobre él lleva a su campo):</numerusform>
            <numerusform>%n problemas que corregir antes de guardar (Intro sobre uno lleva a su campo):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Not saved: %n problem(s) to fix first (Enter on one goes to its field):</source>
        <translation>
            <numerusform>No se guardó: primero hay que corregir %n problema (Intro sobre él lleva a su campo):</numerusform>
            <numerusform>No se guardó: primero hay que corregir %n problemas (Intro sobre uno lleva a su campo):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Close the editor without saving?</source>
        <translation>¿Cerrar el editor sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes made in the editor are lost; nothing was installed.</source>
        <translation>Se pierden los cambios hechos en el editor; no se instaló nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The printed sheets need a pack without problems: %n to fix first (Enter on one goes to its field):</source>
        <translation>
            <numerusform>Las hojas impresas necesitan un paquete sin problemas: primero hay que corregir %n (Intro sobre él lleva a su campo):</numerusform>
            <numerusform>Las hojas impresas necesitan un paquete sin problemas: primero hay que corregir %n (Intro sobre uno lleva a su campo):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackProblems</name>
    <message>
        <location filename="../roots_app/ui/pack_problems.py" line="+22"/>
        <source>This version of the pack is already installed: give the new version another number.</source>
        <translation>Esta versión del paquete ya está instalada: dé a la versión nueva otro número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file, so it cannot be a rubric pack.</source>
        <translation>Esto no es un archivo, así que no puede ser un paquete de rúbricas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too large to be a rubric pack.</source>
        <translation>El archivo es demasiado grande para ser un paquete de rúbricas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such file.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not valid JSON: a character is missing or out of place.</source>
        <translation>El archivo no es JSON válido: falta un carácter o hay uno fuera de lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a rubric pack.</source>
        <translation>El archivo no es un paquete de rúbricas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another pack with this name and version is already installed, with other content.</source>
        <translation>Ya hay instalado otro paquete con este nombre y esta versión, con otro contenido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a rubric pack, not a crosswalk.</source>
        <translation>Este archivo es un paquete de rúbricas, no una correspondencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a valid rubric pack.</source>
        <translation>El archivo no es un paquete de rúbricas válido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of fields</source>
        <translation>un grupo de campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true o false (verdadero o falso)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nested far too deeply to be a crosswalk</source>
        <translation>anidado a demasiada profundidad para ser una correspondencia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the JSON is not written correctly here</source>
        <translation>aquí el JSON no está bien escrito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a character Roots does not keep (U+%1)</source>
        <translation>tiene un carácter que Roots no guarda (U+%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field “%1” is missing</source>
        <translation>falta el campo “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fields Roots does not know: %1</source>
        <translation>campos que Roots no conoce: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 here</source>
        <translation>aquí se esperaba %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not written the way this field must be (keys: lowercase letters, digits and dashes; versions: three numbers like 1.0.2)</source>
        <translation>no está escrito como este campo lo requiere (claves: minúsculas, dígitos y guiones; versiones: tres números, como 1.0.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has too few entries</source>
        <translation>tiene muy pocos elementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too long, or has too many entries</source>
        <translation>es demasiado largo o tiene demasiados elementos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lists the same thing twice</source>
        <translation>repite un elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must list both “en” and “es”</source>
        <translation>debe incluir “en” y “es”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be at least %1</source>
        <translation>debe ser al menos %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this value is not allowed here</source>
        <translation>este valor no está permitido aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the “%1” text is missing or empty</source>
        <translation>falta el texto “%1” o está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level values must be 1 to %1 in order; found %2</source>
        <translation>los valores de los niveles deben ir del 1 al %1 en orden; se encontró %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two sections have the same key</source>
        <translation>dos secciones tienen la misma clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key “%1” is used twice</source>
        <translation>la clave “%1” se usa dos veces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must name one of the pack&apos;s sections</source>
        <translation>debe nombrar una de las secciones del paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pack has no sections</source>
        <translation>el paquete no tiene secciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no descriptor for level %1</source>
        <translation>no hay descripción para el nivel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no such level</source>
        <translation>ese nivel no existe</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an indicator is either added or inferred, not both</source>
        <translation>un indicador es agregado o deducido, no las dos cosas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>version %1 has no category “%2”</source>
        <translation>la versión %1 no tiene la categoría “%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the changed pack a new version number</source>
        <translation>dé al paquete modificado un número de versión nuevo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>must be an earlier version than %1</source>
        <translation>debe ser una versión anterior a la %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pack has no category “%1”</source>
        <translation>el paquete no tiene la categoría “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the category “%1” is listed twice</source>
        <translation>la categoría “%1” aparece dos veces</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>nested far too deeply to be a rubric pack</source>
        <translation>anidado a demasiada profundidad para ser un paquete de rúbricas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object (text between { and })</source>
        <translation>se esperaba un objeto JSON (texto entre { y })</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>and %1 more problems</source>
        <translation>y %1 problemas más</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>a comma, colon, quotation mark or value is missing here</source>
        <translation>aquí falta una coma, dos puntos, unas comillas o un valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a text is not closed with a quotation mark</source>
        <translation>un texto no se cierra con comillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is more after the end of the pack</source>
        <translation>hay algo más después del final del paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a text has a character that JSON does not allow here</source>
        <translation>un texto tiene un carácter que JSON no permite aquí</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a crosswalk file says &quot;kind&quot;: &quot;roots-crosswalk&quot;</source>
        <translation>un archivo de correspondencia dice &quot;kind&quot;: &quot;roots-crosswalk&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;from&apos; must be an earlier version than &apos;before&apos;</source>
        <translation>“from” debe ser una versión anterior a “before”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>links go from other packs to %1, not from it</source>
        <translation>las correspondencias van de otros paquetes a %1, no desde él</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no rubric pack &apos;%1&apos; installed</source>
        <translation>no hay ningún paquete de rúbricas “%1” instalado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no installed version of %1 is in this range</source>
        <translation>ninguna versión instalada de %1 está en este intervalo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no category &apos;%2&apos; (%3)</source>
        <translation>%1 no tiene la categoría “%2” (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; is linked twice for the same versions</source>
        <translation>%1 “%2” tiene dos correspondencias para las mismas versiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a category of %2</source>
        <translation>“%1” no es una categoría de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is named twice</source>
        <translation>“%1” aparece dos veces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>versions %1 to before %2</source>
        <translation>versiones de la %1 hasta antes de la %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 and later</source>
        <translation>versión %1 y posteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>versions before %1</source>
        <translation>versiones anteriores a la %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any version</source>
        <translation>cualquier versión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole file</source>
        <translation>todo el archivo</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../roots_app/ui/pages/plan.py" line="+199"/>
        <source>Growth plan</source>
        <translation>Plan de crecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry forward last year&apos;s open actions</source>
        <translation>Traer lo pendiente del año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save actions as a spreadsheet…</source>
        <translation>Guardar acciones en hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan (PDF)…</source>
        <translation>Imprimir el plan (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus areas (one to three)</source>
        <translation>Áreas de enfoque (de una a tres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus areas</source>
        <translation>Áreas de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category to add as a focus area</source>
        <translation>Categoría para agregar como área de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add focus</source>
        <translation>A&amp;gregar área de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this focus area</source>
        <translation>Quitar esta área de enfoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal: what will be different?</source>
        <translation>&amp;Meta: ¿qué será diferente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this area</source>
        <translation>Por qué esta área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategies suggested by the rubric:</source>
        <translation>Estrategias que sugiere la rúbrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested strategies</source>
        <translation>Estrategias sugeridas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Why this area (the evidence behind it):</source>
        <translation>&amp;Por qué esta área (la evidencia que la respalda):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use as an action</source>
        <translation>Usar como acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of this focus area</source>
        <translation>Acciones de esta área de enfoque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add action…</source>
        <translation>Agregar acción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change action…</source>
        <translation>Cambiar acción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open an assessment to write its plan.</source>
        <translation>Abra una evaluación para escribir su plan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Suggested focus (lowest agreed levels): %1</source>
        <translation>Áreas de enfoque sugeridas (los niveles acordados más bajos): %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a focus area to start the plan.</source>
        <translation>Agregue un área de enfoque para empezar el plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>↻ from last year</source>
        <translation>↻ del año pasado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This plan has no focus areas yet.</source>
        <translation>Este plan aún no tiene áreas de enfoque.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Focus area %1 of %2: %3</source>
        <translation>Área de enfoque %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this area: %1</source>
        <translation>Por qué esta área: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action %1 of %2: %3</source>
        <translation>Acción %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due: %1</source>
        <translation>Fecha límite: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+88"/>
        <source>Moved to the trash: File &gt; Trash puts it back.</source>
        <translation>Se movió a la papelera: Archivo &gt; Papelera lo recupera.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Someone else saved this focus area while you were working on it.</source>
        <translation>Otra persona guardó esta área de enfoque mientras usted trabajaba en ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Someone else saved this action while you were working on it.</source>
        <translation>Otra persona guardó esta acción mientras usted trabajaba en ella.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n open action(s) carried forward.</source>
        <translation>
            <numerusform>Se trajo %n acción pendiente del año pasado.</numerusform>
            <numerusform>Se trajeron %n acciones pendientes del año pasado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/sheets_print.py" line="+83"/>
        <source>Print rating sheets</source>
        <translation>Imprimir hojas de calificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper sheets for %1, %2 (%3): one set for each member ticked, and blank sets with a line for a name and boxes for a role.</source>
        <translation>Hojas en papel para %1, %2 (%3): un juego para cada integrante marcado, y juegos en blanco con una línea para el nombre y casillas para el rol.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Members to print a sheet for</source>
        <translation>Integrantes para quienes imprimir una hoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Members (a sheet with each name printed):</source>
        <translation>Integrante&amp;s (una hoja con cada nombre impreso):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of blank sheets</source>
        <translation>Número de hojas en blanco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Blank sheets:</source>
        <translation>Hojas en &amp;blanco:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the sheets</source>
        <translation>Idioma de las hojas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both, side by side</source>
        <translation>Ambos, uno al lado del otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to save the sheets in</source>
        <translation>Archivo donde guardar las hojas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to save the sheets in</source>
        <translation>Elegir el archivo donde guardar las hojas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ma&amp;ke the PDF</source>
        <translation>C&amp;rear el PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the rating sheets</source>
        <translation>Guardar las hojas de calificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick at least one member, or ask for blank sheets.</source>
        <translation>Marque al menos a un integrante, o pida hojas en blanco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose where to save the sheets.</source>
        <translation>Por favor, elija dónde guardar las hojas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist. Please choose another.</source>
        <translation>La carpeta %1 no existe. Por favor, elija otra.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The rating sheets were saved.</source>
        <translation>Se guardaron las hojas de calificación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are in %1</source>
        <translation>Están en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the rating sheets…</source>
        <translation>Creando las hojas de calificación…</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../roots_app/ui/pages/progress.py" line="+135"/>
        <source>LE&amp;A:</source>
        <translation>&amp;LEA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the schools of one LEA</source>
        <translation>Mostrar las escuelas de una LEA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as spreadsheet…</source>
        <translation>Guardar como hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+71"/>
        <source>School progress</source>
        <translation>Progreso de la escuela</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two years&apos; wheels</source>
        <translation>Ruedas de dos años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed level of each category in each year</source>
        <translation>Nivel acordado de cada categoría en cada año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category to show as a trend</source>
        <translation>Categoría para mostrar como tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earlier year:</source>
        <translation>Año a&amp;nterior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later year:</source>
        <translation>Año &amp;posterior:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later year</source>
        <translation>Año posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second year will show change here: the trend and the two years&apos; wheels appear once this school has agreed levels for two school years.</source>
        <translation>Un segundo año mostrará aquí el cambio: la tendencia y las ruedas de dos años aparecen cuando esta escuela tenga niveles acordados de dos años escolares.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a school from the District page or an assessment, or choose one above, to see its progress.</source>
        <translation>Abra una escuela desde la página Distrito o una evaluación, o elija una arriba, para ver su progreso.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No school belongs to this LEA yet. Link a school to its LEA with Change school… on the Schools and teams page.</source>
        <translation>Ninguna escuela pertenece todavía a esta LEA. Vincule una escuela a su LEA con Cambiar escuela… en la página Escuelas y equipos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: progress</source>
        <translation>%1: progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 marks a growth-plan focus area that year. ▲ ▼ = show the change since the year before.</source>
        <translation>%1 marca un área de enfoque del plan de crecimiento de ese año. ▲ ▼ = muestran el cambio desde el año anterior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* The wording of this category changed between rubric versions; levels are compared by category.</source>
        <translation>* La redacción de esta categoría cambió entre versiones de la rúbrica; los niveles se comparan por categoría.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Scored on an earlier version of the rubric and shown in this version&apos;s categories: a renamed category keeps its level, a merged one takes the median of its sources, a split one the level of the category it came from.</source>
        <translation>%1 Se calificó con una versión anterior de la rúbrica y se muestra en las categorías de esta versión: una categoría con otro nombre conserva su nivel, una que une varias toma la mediana de ellas, una que se dividió toma el nivel de la categoría de la que viene.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A second year will show change here.</source>
        <translation>Un segundo año mostrará aquí el cambio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the school&apos;s progress</source>
        <translation>Guardar el progreso de la escuela</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scored on an earlier version of the rubric and shown in this version&apos;s categories.</source>
        <translation>Se calificó con una versión anterior de la rúbrica y se muestra en las categorías de esta versión.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Trend of %1</source>
        <translation>Tendencia de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from an earlier version of the rubric</source>
        <translation>de una versión anterior de la rúbrica</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agreed levels of %1 and %2</source>
        <translation>Niveles acordados de %1 y %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../roots_app/ui/qt_strings.py" line="+18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los archivos &amp;ocultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Carpeta superior</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../roots_app/ui/read_aloud.py" line="+143"/>
        <source>Read aloud is not available: this computer has no text-to-speech voices Roots can use (on Linux, install speech-dispatcher).</source>
        <translation>La lectura en voz alta no está disponible: esta computadora no tiene voces de texto a voz que Roots pueda usar (en Linux, instale speech-dispatcher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no %1 voice, so Roots does not read this aloud (another language&apos;s voice would say it wrongly). A voice can be added in the computer&apos;s language or speech settings.</source>
        <translation>Esta computadora no tiene ninguna voz en %1, así que Roots no lee esto en voz alta (la voz de otro idioma lo diría mal). Puede agregar una voz en la configuración de idioma o de voz de la computadora.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading aloud stopped: %1</source>
        <translation>La lectura en voz alta se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location line="+95"/>
        <source>What it looks like</source>
        <translation>Cómo se ve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions to talk about:</source>
        <translation>Preguntas para conversar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level %1 of %2: %3</source>
        <translation>Nivel %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Dejar de leer en voz alta (Esc o %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this aloud, in the language on screen (%1; Esc stops)</source>
        <translation>Leer esto en voz alta, en el idioma de la pantalla (%1; Esc lo detiene)</translation>
    </message>
</context>
<context>
    <name>RubricsPage</name>
    <message>
        <location filename="../roots_app/ui/pages/rubrics.py" line="+112"/>
        <source>Comes with Roots</source>
        <translation>Incluido en Roots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for the assessments scored on it</source>
        <translation>Se conserva para las evaluaciones calificadas con él</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Where the wording of %1 (version %2) comes from</source>
        <translation>De dónde viene el texto de %1 (versión %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a rubric pack</source>
        <translation>Importar un paquete de rúbricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Rubric packs (*.json)</source>
        <translation>Paquetes de rúbricas (*.json)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1, version %2, is already installed: nothing changed.</source>
        <translation>El paquete %1, versión %2, ya estaba instalado: no cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>%1, version %2, is installed.</source>
        <translation>Quedó instalado el paquete %1, versión %2.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>It continues version %1, which is not installed here, so how its categories follow from that version&apos;s was not checked.</source>
        <translation>Continúa la versión %1, que no está instalada aquí, así que no se comprobó cómo sus categorías se corresponden con las de esa versión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export a rubric pack</source>
        <translation>Exportar un paquete de rúbricas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1, version %2, as %3.</source>
        <translation>Se guardó el paquete %1, versión %2, como %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new rubric pack</source>
        <translation>Un paquete de rúbricas nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy of %1 (version %2) as a new pack</source>
        <translation>Una copia de %1 (versión %2) como paquete nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %3 of %1, from version %2</source>
        <translation>Versión %3 de %1, a partir de la versión %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was not imported: %2 Nothing was installed.</source>
        <translation>No se importó %1: %2 No se instaló nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rubrics</source>
        <translation>Rúbricas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every rubric pack on this computer, each version listed apart: assessments keep the version they were scored on. A district can import a pack file with its own wording as a new version.</source>
        <translation>Todos los paquetes de rúbricas de esta computadora, cada versión por separado: las evaluaciones conservan la versión con la que se calificaron. Un distrito puede importar un archivo de paquete con su propio texto como una versión nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed rubric packs</source>
        <translation>Paquetes de rúbricas instalados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a pack file…</source>
        <translation>&amp;Importar un archivo de paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this version…</source>
        <translation>E&amp;xportar esta versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New v&amp;ersion…</source>
        <translation>Versión &amp;nueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a new version of this pack; the assessments keep theirs</source>
        <translation>Editar una versión nueva de este paquete; las evaluaciones conservan la suya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy as a new pack…</source>
        <translation>&amp;Copiar como paquete nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New pack…</source>
        <translation>&amp;Paquete nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the wording comes from</source>
        <translation>De dónde viene el texto</translation>
    </message>
</context>
<context>
    <name>SchoolTeamDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="+53"/>
        <source>Change school %1</source>
        <translation>Cambiar la escuela %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a school and team</source>
        <translation>Crear una escuela y un equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a team to %1</source>
        <translation>Agregar un equipo a %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family Action Team</source>
        <translation>Equipo de Acción Familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School name:</source>
        <translation>Nombre de la e&amp;scuela:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Team name:</source>
        <translation>Nombre del &amp;equipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The school&apos;s LEA</source>
        <translation>La LEA de la escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No LEA</source>
        <translation>Sin LEA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The school&apos;s own CDS code (optional)</source>
        <translation>Código CDS propio de la escuela (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 digits, optional</source>
        <translation>14 dígitos, opcional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LEAs come from the state&apos;s Priority 3 file: import it (File menu) to choose this school&apos;s LEA.</source>
        <translation>Las LEA vienen del archivo de Prioridad 3 del estado: impórtelo (menú Archivo) para elegir la LEA de esta escuela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;LEA:</source>
        <translation>&amp;LEA:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School&apos;s own &amp;CDS code:</source>
        <translation>&amp;Código CDS propio de la escuela:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team members</source>
        <translation>Integrantes del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add each member with their role. You can rate as a team without members, and add members later.</source>
        <translation>Agregue a cada integrante con su rol. Pueden calificar como equipo sin integrantes y agregarlos más tarde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Members added</source>
        <translation>Integrantes agregados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected member</source>
        <translation>&amp;Quitar integrante seleccionado</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>“%1” is not a CDS code: write its 14 digits, like 19647330000000, or leave it empty. Nothing was saved.</source>
        <translation>“%1” no es un código CDS: escriba sus 14 dígitos, como 19647330000000, o déjelo vacío. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please give the school a name.</source>
        <translation>Por favor, escriba el nombre de la escuela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the team a name.</source>
        <translation>Por favor, escriba el nombre del equipo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="+70"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is kept in:</source>
        <translation>Sus datos se guardan en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
</context>
<context>
    <name>SheetEntry</name>
    <message>
        <location filename="../roots_app/ui/pages/sheet_entry.py" line="+83"/>
        <source>Type in paper sheets</source>
        <translation>Pasar a mano las hojas en papel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the category before (Backspace)</source>
        <translation>Volver a la categoría anterior (Retroceso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next category (Enter)</source>
        <translation>Pasar a la categoría siguiente (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save this sheet</source>
        <translation>&amp;Guardar esta hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whose sheet it is</source>
        <translation>De quién es la hoja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blank sheet (a name and a role are written on it)</source>
        <translation>Una hoja en blanco (con un nombre y un rol escritos en ella)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name written on the sheet</source>
        <translation>Nombre escrito en la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ticked on the sheet</source>
        <translation>Rol marcado en la hoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me on the sheet:</source>
        <translation>&amp;Nombre en la hoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role ticked:</source>
        <translation>&amp;Rol marcado:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level %1 of %2: %3</source>
        <translation>Nivel %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0  No mark</source>
        <translation>0  Sin marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mark in this row</source>
        <translation>Sin marca en esta fila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press the number of the box marked on the paper (0 or Delete: no mark). Enter: next category. Backspace: the one before.</source>
        <translation>Pulse el número de la casilla marcada en el papel (0 o Supr: sin marca). Intro: categoría siguiente. Retroceso: la anterior.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first entry is done and hidden. Now a second person types the same sheet from the paper, without looking at the first entry. Roots then shows any difference between the two.</source>
        <translation>La primera captura está hecha y oculta. Ahora otra persona pasa la misma hoja desde el papel, sin mirar la primera captura. Después Roots muestra cualquier diferencia entre las dos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the second entry</source>
        <translation>&amp;Empezar la segunda captura</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two entries side by side</source>
        <translation>Las dos capturas, una al lado de la otra</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Second entry (the first is hidden): the sheet of %1</source>
        <translation>Segunda captura (la primera está oculta): la hoja de %1</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>First entry</source>
        <translation>Primera captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second entry</source>
        <translation>Segunda captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved as</source>
        <translation>Se guarda como</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Whose sheet is it?</source>
        <translation>¿De quién es la hoja?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>First entry: the sheet of %1</source>
        <translation>Primera captura: la hoja de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category %1 of %2</source>
        <translation>Categoría %1 de %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+104"/>
        <source>No mark</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Please type the name written on the sheet.</source>
        <translation>Por favor, escriba el nombre que aparece en la hoja.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now a second person types the same sheet</source>
        <translation>Ahora otra persona pasa la misma hoja</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The two entries differ</source>
        <translation>Las dos capturas no coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at the paper and choose the level marked in each category below. Nothing is saved until every difference is settled.</source>
        <translation>Mire el papel y elija el nivel marcado en cada categoría de abajo. No se guarda nada hasta resolver todas las diferencias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two entries agree</source>
        <translation>Las dos capturas coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the levels below, then save the sheet.</source>
        <translation>Revise los niveles de abajo y luego guarde la hoja.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Level on the paper for %1</source>
        <translation>Nivel en el papel para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The sheet of %1 was saved. Type the next sheet, or close.</source>
        <translation>Se guardó la hoja de %1. Pase la hoja siguiente, o cierre.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 already has other levels for %n category(ies).</source>
        <translation>
            <numerusform>%1 ya tiene otro nivel en %n categoría.</numerusform>
            <numerusform>%1 ya tiene otros niveles en %n categorías.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace them with the levels on the paper? (%1)</source>
        <translation>¿Reemplazarlos por los niveles del papel? (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with the paper&apos;s levels</source>
        <translation>&amp;Reemplazar por los niveles del papel</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose an assessment first.</source>
        <translation>Primero elija una evaluación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it, or select it on Home, then choose this again.</source>
        <translation>Ábrala, o selecciónela en Inicio, y vuelva a elegir esta opción.</translation>
    </message>
</context>
<context>
    <name>SheetReview</name>
    <message>
        <location filename="../roots_app/ui/pages/sheet_review.py" line="+126"/>
        <location line="+5"/>
        <source>Check the scanned sheets</source>
        <translation>Revisar las hojas escaneadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages not read (nothing from them is saved):</source>
        <translation>Páginas que no se leyeron (no se guarda nada de ellas):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sheets read</source>
        <translation>Hojas leídas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scanned pages, with the marks Roots saw</source>
        <translation>Las páginas escaneadas, con las marcas que vio Roots</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Green: the box read. Orange: unclear, for you to settle. Grey: no mark.</source>
        <translation>Verde: la casilla leída. Naranja: no está clara, usted decide. Gris: sin marca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name written on the sheet</source>
        <translation>Nombre escrito en la hoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role ticked on the sheet</source>
        <translation>Rol marcado en la hoja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Na&amp;me on the sheet:</source>
        <translation>&amp;Nombre en la hoja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role ticked:</source>
        <translation>&amp;Rol marcado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unclear marks to settle</source>
        <translation>Marcas no claras por resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the paper</source>
        <translation>En el papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unclear mark</source>
        <translation>Marca no clara</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a row and press the number of the box marked on the paper (0 or Delete: no mark).</source>
        <translation>Elija una fila y pulse el número de la casilla marcada en el papel (0 o Supr: sin marca).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save the sheets</source>
        <translation>&amp;Guardar las hojas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Blank sheet %1</source>
        <translation>Hoja en blanco %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n to settle</source>
        <translation>
            <numerusform>%n por resolver</numerusform>
            <numerusform>%n por resolver</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name to type</source>
        <translation>falta escribir el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role to choose</source>
        <translation>falta elegir el rol</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n sheet(s) read.</source>
        <translation>
            <numerusform>Se leyó %n hoja.</numerusform>
            <numerusform>Se leyeron %n hojas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unclear mark(s) to settle.</source>
        <translation>
            <numerusform>Queda %n marca no clara por resolver.</numerusform>
            <numerusform>Quedan %n marcas no claras por resolver.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every mark is clear or settled.</source>
        <translation>Todas las marcas están claras o resueltas.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Two boxes marked</source>
        <translation>Dos casillas marcadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A faint mark</source>
        <translation>Una marca tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark between boxes</source>
        <translation>Una marca entre casillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossed out</source>
        <translation>Tachada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two scans of it differ</source>
        <translation>Dos escaneos de la hoja no coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclear</source>
        <translation>No está clara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mark</source>
        <translation>Sin marca</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n sheet(s) differ from ratings already saved on a laptop.</source>
        <translation>
            <numerusform>%n hoja no coincide con calificaciones ya guardadas en una computadora.</numerusform>
            <numerusform>%n hojas no coinciden con calificaciones ya guardadas en una computadora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace those ratings with the levels on the paper? (%1)</source>
        <translation>¿Reemplazar esas calificaciones por los niveles del papel? (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace with the paper&apos;s levels</source>
        <translation>&amp;Reemplazar por los niveles del papel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This installation of Roots cannot read scans yet.</source>
        <translation>Esta instalación de Roots todavía no puede leer hojas escaneadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the sheets in instead (File &gt; Type in paper sheets…), or read the scans on a computer where Roots was installed with pip, which includes the reader.</source>
        <translation>Páselas a mano (Archivo &gt; Pasar a mano las hojas en papel…), o lea los escaneos en una computadora donde Roots se instaló con pip, que incluye el lector.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the scanned sheets</source>
        <translation>Elija las hojas escaneadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No page is a rating sheet of this assessment.</source>
        <translation>Ninguna página es una hoja de calificación de esta evaluación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the scanned sheets…</source>
        <translation>Leyendo las hojas escaneadas…</translation>
    </message>
</context>
<context>
    <name>SpeechSettings</name>
    <message>
        <location filename="../roots_app/ui/widgets/speech_settings.py" line="+98"/>
        <source>The computer&apos;s voice for the language on screen</source>
        <translation>La voz de la computadora para el idioma de la pantalla</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This computer has no voices for English or Spanish.</source>
        <translation>Esta computadora no tiene voces para inglés ni para español.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is how Roots reads aloud.</source>
        <translation>Así lee Roots en voz alta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Read aloud button on the Assess, Team view and Plan pages reads what they show in the language on screen, with this computer&apos;s own voices.</source>
        <translation>El botón Leer en voz alta de las páginas Evaluar, Vista del equipo y Plan lee lo que muestran en el idioma de la pantalla, con las voces propias de esta computadora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vo&amp;ice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice for reading aloud</source>
        <translation>Voz para leer en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readi&amp;ng speed:</source>
        <translation>V&amp;elocidad de lectura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed of reading aloud</source>
        <translation>Velocidad de la lectura en voz alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very slow</source>
        <translation>Muy lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very fast</source>
        <translation>Muy rápida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tr&amp;y the voice</source>
        <translation>Escuc&amp;har la voz</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <location filename="../roots_app/ui/dialogs/stale_edit.py" line="+58"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no evidence)</source>
        <translation>(sin evidencia)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else saved this rating while you were working on it.</source>
        <translation>Otra persona guardó esta calificación mientras usted trabajaba en ella.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved by the other person:
%1

Yours:
%2</source>
        <translation>Lo que guardó la otra persona:
%1

Lo suyo:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar lo &amp;mío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &amp;theirs</source>
        <translation>Usar lo de la &amp;otra persona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>StateChart</name>
    <message>
        <location filename="../roots_app/ui/widgets/state_chart.py" line="+87"/>
        <source>S&amp;ection:</source>
        <translation>S&amp;ección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section to chart</source>
        <translation>Sección que muestra el gráfico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solid line, round points: state level. Dashed line, squares: teams&apos; median.</source>
        <translation>Línea continua, puntos redondos: nivel estatal. Línea discontinua, cuadrados: mediana de los equipos.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>State level and teams&apos; median over the years</source>
        <translation>Nivel estatal y mediana de los equipos a lo largo de los años</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hollow squares: a teams&apos; median that takes levels agreed on another version of the LCFF pack.</source>
        <translation>Cuadrados huecos: una mediana de los equipos que toma niveles acordados con otra versión del paquete de LCFF.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>%1 over the years</source>
        <translation>%1 a lo largo de los años</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: state %2, teams %3</source>
        <translation>%1: estado %2, equipos %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (mapped from another version of the LCFF pack)</source>
        <translation>%1 (por correspondencia desde otra versión del paquete de LCFF)</translation>
    </message>
</context>
<context>
    <name>StateImport</name>
    <message>
        <location filename="../roots_app/ui/state_exchange.py" line="+32"/>
        <source>Import the state&apos;s Priority 3 file</source>
        <translation>Importar el archivo de Prioridad 3 del estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Archivos del estado (*.txt *.tsv *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported the state&apos;s file: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Se importó el archivo del estado: %1 nuevas, %2 actualizadas, %3 sin cambios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
</context>
<context>
    <name>StateImportDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/state_import.py" line="+76"/>
        <location line="+1"/>
        <source>Import the state&apos;s Priority 3 file</source>
        <translation>Importar el archivo de Prioridad 3 del estado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: the state&apos;s layout of %2, %n row(s).</source>
        <translation>
            <numerusform>%1: formato del estado de %2, %n fila.</numerusform>
            <numerusform>%1: formato del estado de %2, %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Only this LEA (CDS code):</source>
        <translation>&amp;Solo esta LEA (código CDS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LEA&apos;s 14-digit CDS code</source>
        <translation>El código CDS de 14 dígitos de la LEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 digits, like 19647330000000</source>
        <translation>14 dígitos, como 19647330000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All rows (every LEA in the file)</source>
        <translation>&amp;Todas las filas (cada LEA del archivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the LEA&apos;s 14-digit CDS code.</source>
        <translation>Escriba el código CDS de 14 dígitos de la LEA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file has no row for the CDS code %1.</source>
        <translation>Este archivo no tiene ninguna fila con el código CDS %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: %1 · updated: %2 · unchanged: %3.</source>
        <translation>Nuevas: %1 · actualizadas: %2 · sin cambios: %3.</translation>
    </message>
</context>
<context>
    <name>StateReportPage</name>
    <message>
        <location filename="../roots_app/ui/pages/state_report.py" line="+170"/>
        <source>State report</source>
        <translation>Informe estatal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the LEA reported to the state for Priority 3, beside the median of its school teams on the LCFF rubric. The state&apos;s levels never enter a team&apos;s results.</source>
        <translation>Lo que la LEA informó al estado sobre la Prioridad 3, junto a la mediana de sus equipos escolares con la rúbrica LCFF. Los niveles del estado nunca entran en los resultados de un equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;LEA:</source>
        <translation>&amp;LEA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEA (district, county office or charter)</source>
        <translation>LEA (distrito, oficina del condado o escuela chárter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a state file…</source>
        <translation>&amp;Importar un archivo del estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as spreadsheet…</source>
        <translation>&amp;Guardar como hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>State
level</source>
        <translation>Nivel
estatal</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show teams on CEI, PTA or Family Empowerment, &amp;mapped</source>
        <translation>Mostrar los equipos con CEI, PTA o Empoderamiento familiar, por &amp;correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import crosswalk…</source>
        <translation>Importar correspondencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export crosswalk…</source>
        <translation>Exportar correspondencia…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Teams&apos;
median</source>
        <translation>Mediana de
los equipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change since
last year</source>
        <translation>Cambio desde
el año anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other rubrics,
mapped</source>
        <translation>Otras rúbricas,
por correspondencia</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>State level beside the teams&apos; median, by practice</source>
        <translation>Nivel estatal junto a la mediana de los equipos, por práctica</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Draft narratives…</source>
        <translation>&amp;Redactar las narrativas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year&apos;s nine narratives for the state, drafted from the school teams&apos; agreed evidence and growth plans, as a Word document or plain text</source>
        <translation>Las nueve narrativas del año para el estado, en borrador a partir de la evidencia acordada y los planes de crecimiento de los equipos escolares, como documento de Word o texto sin formato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart over the years</source>
        <translation>Gráfico por años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State report as a table or a chart</source>
        <translation>Informe estatal como tabla o gráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No state report here yet. Import the state&apos;s Priority 3 file (File &gt; Import the state&apos;s Priority 3 file…, or the button above) to see what your LEA reported beside what its school teams agreed.</source>
        <translation>Todavía no hay ningún informe estatal. Importe el archivo de Prioridad 3 del estado (Archivo &gt; Importar el archivo de Prioridad 3 del estado…, o el botón de arriba) para ver lo que su LEA informó junto a lo que acordaron sus equipos escolares.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: no state report for this year; the teams&apos; medians only.</source>
        <translation>%1: no hay informe estatal de este año; solo las medianas de los equipos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no result given</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date given</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 · board meeting: %3</source>
        <translation>%1: %2 · reunión de la junta: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In the 2019 and 2021 files this practice is matched by its column&apos;s place only.</source>
        <translation>En los archivos de 2019 y 2021 esta práctica se identifica solo por el lugar de su columna.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Median of %n team(s)</source>
        <translation>
            <numerusform>Mediana de %n equipo</numerusform>
            <numerusform>Mediana de %n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Median of %n team(s). %1 Mapped: it takes levels agreed on another version of the LCFF pack, read in the state&apos;s practices through its lineage.</source>
        <translation>
            <numerusform>Mediana de %n equipo. %1 Por correspondencia entre versiones: toma niveles acordados con otra versión del paquete de LCFF, leídos en las prácticas del estado según su linaje.</numerusform>
            <numerusform>Mediana de %n equipos. %1 Por correspondencia entre versiones: toma niveles acordados con otra versión del paquete de LCFF, leídos en las prácticas del estado según su linaje.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Teams&apos; medians for %n practice(s); – means none.</source>
        <translation>
            <numerusform>Medianas de los equipos para %n práctica; – significa que no hay.</numerusform>
            <numerusform>Medianas de los equipos para %n prácticas; – significa que no hay.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* matched by the column&apos;s place.</source>
        <translation>* identificada por el lugar de la columna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 A mapped median marked so takes levels agreed on another version of its rubric, read in the crosswalk&apos;s categories through its lineage.</source>
        <translation>%1 Una mediana por correspondencia marcada así toma niveles acordados con otra versión de su rúbrica, leídos en las categorías de la correspondencia según su linaje.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 A teams&apos; median marked so takes levels agreed on another version of the LCFF pack, read in the state&apos;s practices: a renamed practice keeps its level, practices merged into one each take its level, a practice split in parts takes the median of the parts.</source>
        <translation>%1 Una mediana de los equipos marcada así toma niveles acordados con otra versión del paquete de LCFF, leídos en las prácticas del estado: una práctica con otro nombre conserva su nivel, las prácticas fusionadas en una toman cada una su nivel, una práctica dividida en partes toma la mediana de las partes.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Mapped, not rated on this rubric: median of %n team(s) on %1</source>
        <translation>
            <numerusform>Por correspondencia, no calificado con esta rúbrica: mediana de %n equipo con %1</numerusform>
            <numerusform>Por correspondencia, no calificado con esta rúbrica: mediana de %n equipos con %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 It takes levels agreed on another version of a rubric, read in the crosswalk&apos;s categories through its lineage.</source>
        <translation>%1 Por correspondencia entre versiones: toma niveles acordados con otra versión de una rúbrica, leídos en las categorías de la correspondencia según su linaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
(mapped)</source>
        <translation>%1
(por correspondencia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mapped: teams on other rubrics, through the crosswalk imported here (%1), on the 1–5 scale.</source>
        <translation>Por correspondencia: equipos con otras rúbricas, según la correspondencia importada aquí (%1), en la escala de 1 a 5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapped: teams on other rubrics, through Roots&apos; crosswalk (%1), on the 1–5 scale. It is Roots&apos; own reading, not an official one.</source>
        <translation>Por correspondencia: equipos con otras rúbricas, según la correspondencia de Roots (%1), en la escala de 1 a 5. Es una lectura propia de Roots, no una oficial.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a crosswalk</source>
        <translation>Importar una correspondencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Crosswalks (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Now using the crosswalk %1 from %2.</source>
        <translation>Ahora se usa la correspondencia %1 de %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the crosswalk</source>
        <translation>Exportar la correspondencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the crosswalk as %1.</source>
        <translation>Se guardó la correspondencia como %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the state report</source>
        <translation>Guardar el informe estatal</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../roots_app/ui/models/summary_model.py" line="+68"/>
        <source>Not yet rated</source>
        <translation>Todavía sin calificar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team (agreed)</source>
        <translation>Equipo (acordado)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="+95"/>
        <source>Member %1</source>
        <translation>Integrante %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Back to the walkthrough</source>
        <translation>← Volver al recorrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels given, by category and rater</source>
        <translation>Niveles dados, por categoría y por persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open an assessment to see its summary.</source>
        <translation>Abra una evaluación para ver su resumen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to agree: %1.</source>
        <translation>Falta acordar: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Highest agreed levels, to celebrate and keep: %1</source>
        <translation>Niveles acordados más altos, para celebrar y mantener: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lowest agreed levels, to consider for your focus: %1</source>
        <translation>Niveles acordados más bajos, para considerar como su enfoque: %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/team.py" line="+33"/>
        <source>Change the team</source>
        <translation>Cambiar el equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team name:</source>
        <translation>Nombre del &amp;equipo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members who leave stay in past assessments; they are not offered for new ones.</source>
        <translation>Los integrantes que se van siguen en las evaluaciones pasadas; no se ofrecen para las nuevas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the team</source>
        <translation>En el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team members</source>
        <translation>Integrantes del equipo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on the team</source>
        <translation>%1 está en el equipo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Please give the team a name.</source>
        <translation>Por favor, póngale un nombre al equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every member needs a name.</source>
        <translation>Cada integrante necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>TeamViewPage</name>
    <message>
        <location filename="../roots_app/ui/pages/team_view.py" line="+190"/>
        <location line="+14"/>
        <source>Team view</source>
        <translation>Vista del equipo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How members are shown</source>
        <translation>Cómo se muestran los integrantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles only</source>
        <translation>Solo roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (anonymous)</source>
        <translation>Nadie (anónimo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree, one category at a time</source>
        <translation>Acordar, una categoría a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread and agreed level of every category</source>
        <translation>Rango y nivel acordado de cada categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where members stand</source>
        <translation>Dónde se ubican los integrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Members&apos; evidence</source>
        <translation>Evidencia de los integrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree as a team (press the level&apos;s number)</source>
        <translation>Acordar en equipo (presione el número del nivel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed &amp;evidence: what did the team see?</source>
        <translation>&amp;Evidencia acordada: ¿qué vio el equipo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why this level (for example, if it differs from the median):</source>
        <translation>&amp;Por qué este nivel (por ejemplo, si es distinto de la mediana):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thick line is the agreed level of each category. Dashed and dotted lines show the lowest and highest member level; circles are single members&apos; levels. The Table tab has the same numbers.</source>
        <translation>La línea gruesa es el nivel acordado de cada categoría. Las líneas de guiones y de puntos muestran el nivel más bajo y el más alto de los integrantes; los círculos son los niveles de cada integrante. La pestaña Tabla tiene los mismos números.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Handwritten evidence from Sheet %1, by %2</source>
        <translation>Evidencia escrita a mano en la hoja %1, de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handwritten evidence from a paper sheet, by %1</source>
        <translation>Evidencia escrita a mano en una hoja de papel, de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handwritten on paper sheets: select one to see it larger.</source>
        <translation>Escrito a mano en hojas de papel: seleccione una para verla más grande.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Member %1</source>
        <translation>Integrante %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an assessment to see the team view.</source>
        <translation>Abra una evaluación para ver la vista del equipo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide members&apos; ratings</source>
        <translation>Ocultar las calificaciones de los integrantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal members&apos; ratings</source>
        <translation>Revelar las calificaciones de los integrantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members&apos; ratings are private until you reveal them, so that nobody is swayed by those who rated before. %1</source>
        <translation>Las calificaciones de los integrantes son privadas hasta que usted las revele, para que nadie se deje influir por quienes calificaron antes. %1</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>✔ Agreed</source>
        <translation>✔ Acordado</translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>%1 of %n member(s) have rated every category.</source>
        <translation>
            <numerusform>%1 de %n integrante ha calificado todas las categorías.</numerusform>
            <numerusform>%1 de %n integrantes han calificado todas las categorías.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Questions to talk about:</source>
        <translation>Preguntas para conversar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spread: %1 · Median: %2 · %3 of %4 rated</source>
        <translation>Rango: %1 · Mediana: %2 · %3 de %4 calificaron</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✔ Members are close: agree and move on.</source>
        <translation>✔ Los integrantes están cerca: pónganse de acuerdo y continúen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper</source>
        <comment>a rating that came from a paper sheet</comment>
        <translation>papel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(paper): this member&apos;s rating came from a paper sheet.</source>
        <translation>(papel): la calificación de este integrante viene de una hoja de papel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No notes for this category.</source>
        <translation>No hay notas para esta categoría.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members&apos; ratings are hidden.</source>
        <translation>Las calificaciones de los integrantes están ocultas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden until the ratings are revealed.</source>
        <translation>No se muestra hasta que se revelen las calificaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agree on level %1 of %2: %3</source>
        <translation>Acordar el nivel %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreed evidence</source>
        <translation>Evidencia acordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level</source>
        <translation>Por qué este nivel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lowest member level</source>
        <translation>Nivel más bajo de los integrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest member level</source>
        <translation>Nivel más alto de los integrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member&apos;s level</source>
        <translation>Nivel de un integrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed level</source>
        <translation>Nivel acordado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel of agreed levels</source>
        <translation>Rueda de niveles acordados</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../roots_app/ui/dialogs/trash.py" line="+31"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan focus area</source>
        <translation>Área de enfoque del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan action</source>
        <translation>Acción del plan</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location line="+10"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted schools, teams, assessments and parts of growth plans stay here, with everything under them, until you put them back or remove them for good.</source>
        <translation>Las escuelas, equipos, evaluaciones y partes de planes de crecimiento eliminados se quedan aquí, con todo lo que contienen, hasta que los recupere o los elimine definitivamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted items</source>
        <translation>Elementos eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Put back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove for good…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Remove for good</source>
        <translation>Eliminar &amp;definitivamente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Empty the trash</source>
        <translation>&amp;Vaciar la papelera</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remove %1 for good, with everything under it? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente %1, con todo lo que contiene? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove everything in the trash for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente todo lo que hay en la papelera? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="+240"/>
        <source>&amp;Who is rating:</source>
        <translation>&amp;Quién califica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is rating</source>
        <translation>Quién califica</translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/pack_editor.py" line="+27"/>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="-82"/>
        <source>What it looks like</source>
        <translation>Cómo se ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="+1"/>
        <source>Where are we? Choose a level (press its number)</source>
        <translation>¿Dónde estamos? Elija un nivel (presione su número)</translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="+2"/>
        <source>&amp;Evidence: what is happening, or not happening, that puts us here?</source>
        <translation>&amp;Evidencia: ¿qué está pasando, o no está pasando, que nos pone en este nivel?</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Clear level</source>
        <translation>Borrar nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See summary</source>
        <translation>Ver resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories rated</source>
        <translation>Categorías calificadas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team (agreed level)</source>
        <translation>El equipo (nivel acordado)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Level %1 of %2: %3</source>
        <translation>Nivel %1 de %2: %3</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>✔ Chosen</source>
        <translation>✔ Elegido</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Evidence for %1</source>
        <translation>Evidencia de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done: next member →</source>
        <translation>Listo: siguiente integrante →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: to the team view →</source>
        <translation>Listo: a la vista del equipo →</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 rated</source>
        <translation>%1 de %2 calificadas</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Pass the laptop to %1</source>
        <translation>Pase la computadora a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member rates on their own first. What others chose is not shown, and your ratings stay private until the team reveals them together. %1, press Start when you are ready.</source>
        <translation>Primero, cada integrante califica por su cuenta. No se muestra lo que eligieron los demás, y sus calificaciones se mantienen privadas hasta que el equipo las revele en conjunto. %1, presione Empezar cuando esté listo(a).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start rating as %1</source>
        <translation>Empezar a calificar como %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="+97"/>
        <source>Welcome to Roots</source>
        <translation>Bienvenidos a Roots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roots helps your Family Action Team look at how families and the school work together, agree where you stand, and plan how to grow. Everything stays on this computer; no account or internet is needed.</source>
        <translation>Roots ayuda a su Equipo de Acción Familiar a ver cómo trabajan juntas las familias y la escuela, a ponerse de acuerdo sobre dónde están y a planear cómo crecer. Todo se queda en esta computadora; no necesita una cuenta ni internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language / Idioma</source>
        <translation>Language / Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How would you like to start?</source>
        <translation>¿Cómo le gustaría empezar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my school and team</source>
        <translation>Crear mi escuela y mi equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore a sample district</source>
        <translation>Explorar un distrito de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .roots file from your coordinator…</source>
        <translation>Abrir un archivo .roots de su coordinador(a)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample district has made-up schools with several years of results, so you can look around before entering your own.</source>
        <translation>El distrito de ejemplo tiene escuelas inventadas con resultados de varios años, para que pueda conocer la aplicación antes de ingresar sus propios datos.</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <location filename="../roots_app/ui/dialogs/action.py" line="-95"/>
        <source>Set</source>
        <translation>Indicar fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1</source>
        <translation>Indicar %1</translation>
    </message>
</context>
</TS>
