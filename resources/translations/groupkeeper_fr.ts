<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>&amp;Print or export…</source>
        <translation>&amp;Imprimer ou exporter…</translation>
    </message>
    <message>
        <source>Every document in one place, with a preview of its first page</source>
        <translation>Tous les documents au même endroit, avec un aperçu de leur première page</translation>
    </message>
    <message>
        <source>Meeting &amp;packet…</source>
        <translation>&amp;Dossier de réunion…</translation>
    </message>
    <message>
        <source>Who serves, the topic, the format with its readings, and the weeks ahead</source>
        <translation>Qui est de service, le thème, le format avec ses lectures, et les semaines à venir</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Feuille de présence…</translation>
    </message>
    <message>
        <source>P&amp;hone list (private)…</source>
        <translation>Liste &amp;téléphonique (privée)…</translation>
    </message>
    <message>
        <source>Only the members who agreed to be on it</source>
        <translation>Seulement les membres qui ont accepté d’y figurer</translation>
    </message>
    <message>
        <source>&amp;Schedule flyer…</source>
        <translation>&amp;Affichette des horaires…</translation>
    </message>
    <message>
        <source>Print the meetings and changed dates for the notice board</source>
        <translation>Imprimer les réunions et les dates modifiées pour le tableau d’affichage</translation>
    </message>
    <message>
        <source>&amp;Roster calendar…</source>
        <translation>&amp;Calendrier de service…</translation>
    </message>
    <message>
        <source>Print the roster as a month calendar for the notice board</source>
        <translation>Imprimer la liste de service sous forme de calendrier mensuel pour le tableau d’affichage</translation>
    </message>
    <message>
        <source>Roster as &amp;CSV (spreadsheet)…</source>
        <translation>Liste de service en &amp;CSV (tableur)…</translation>
    </message>
    <message>
        <source>Resource &amp;handout…</source>
        <translation>Feuillet de &amp;ressources…</translation>
    </message>
    <message>
        <source>Print readings, where to get help and the crisis lines to hand out</source>
        <translation>Imprimer les lectures, où trouver de l’aide et les lignes de crise, à distribuer</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>Ca&amp;lendrier (.ics)…</translation>
    </message>
    <message>
        <source>The meetings, or one member's service dates, for phone and computer calendars</source>
        <translation>Les réunions, ou les dates de service d’un membre, pour les agendas de téléphone et d’ordinateur</translation>
    </message>
    <message>
        <source>Meeting &amp;list for the intergroup (.json)…</source>
        <translation>&amp;Liste des réunions pour l’intergroupe (.json)…</translation>
    </message>
    <message>
        <source>The meetings in the Meeting Guide format that intergroup websites read</source>
        <translation>Les réunions au format Meeting Guide, que lisent les sites web des intergroupes</translation>
    </message>
    <message>
        <source>&amp;Members (.csv)…</source>
        <translation>&amp;Membres (.csv)…</translation>
    </message>
    <message>
        <source>Every member, for a spreadsheet; the member import reads it back</source>
        <translation>Tous les membres, pour un tableur ; l’importation des membres le relit</translation>
    </message>
    <message>
        <source>Phone list con&amp;tacts (.vcf)…</source>
        <translation>Con&amp;tacts de la liste téléphonique (.vcf)…</translation>
    </message>
    <message>
        <source>The members who agreed to the phone list, for a phone's contacts</source>
        <translation>Les membres qui ont accepté la liste téléphonique, pour les contacts d’un téléphone</translation>
    </message>
    <message>
        <source>&amp;Pairing list (confidential)…</source>
        <translation>Liste des &amp;jumelages (confidentielle)…</translation>
    </message>
    <message>
        <source>Print the confidential list of pairings; never part of other exports</source>
        <translation>Imprimer la liste confidentielle des jumelages ; elle n’est jamais incluse dans les autres exports</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>e.g. +1 555-010-0100</source>
        <translation>p. ex. +1 555-010-0100</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>e.g. hope@example.org</source>
        <translation>p. ex. hope@example.org</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>e.g. elmfallshope.org</source>
        <translation>p. ex. elmfallshope.org</translation>
    </message>
    <message>
        <source>Print the group's contact on this paper.</source>
        <translation>Imprimer les coordonnées du groupe sur ce document.</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Numéro de service</translation>
    </message>
    <message>
        <source>e.g. 000123456</source>
        <translation>p. ex. 000123456</translation>
    </message>
    <message>
        <source>The number your fellowship's service office (such as GSO) gave the group.</source>
        <translation>Le numéro attribué au groupe par le bureau des services de votre fraternité (comme le BSG).</translation>
    </message>
    <message>
        <source>District or intergroup</source>
        <translation>District ou intergroupe</translation>
    </message>
    <message>
        <source>e.g. District 12</source>
        <translation>p. ex. District 12</translation>
    </message>
    <message>
        <source>The district, area or intergroup the group belongs to, as they write it.</source>
        <translation>Le district, la région ou l’intergroupe dont fait partie le groupe, tel qu’ils l’écrivent.</translation>
    </message>
    <message>
        <source>All optional. The contact prints only on the papers ticked here; the service numbers are for the intergroup and never print.</source>
        <translation>Tout est facultatif. Les coordonnées ne s’impriment que sur les documents cochés ici ; les numéros de service sont destinés à l’intergroupe et ne sont jamais imprimés.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Print it on:</source>
        <translation>L’imprimer sur :</translation>
    </message>
    <message>
        <source>Service n&amp;umber:</source>
        <translation>N&amp;uméro de service :</translation>
    </message>
    <message>
        <source>&amp;District or intergroup:</source>
        <translation>&amp;District ou intergroupe :</translation>
    </message>
    <message>
        <source>e.g. Elm Falls Hope Group</source>
        <translation>p. ex. Groupe Espoir d’Elm Falls</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Type de groupe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Meeting times are kept in this zone, such as America/Toronto.</source>
        <translation>Les heures des réunions sont enregistrées dans ce fuseau, par exemple America/Toronto.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Chooses the crisis lines the library starts with.</source>
        <translation>Détermine les lignes de crise avec lesquelles la bibliothèque commence.</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nom du groupe :</translation>
    </message>
    <message>
        <source>&amp;Kind of group:</source>
        <translation>&amp;Type de groupe :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>New &amp;reading…</source>
        <translation>Nouvelle &amp;lecture…</translation>
    </message>
    <message>
        <source>New referral &amp;contact…</source>
        <translation>Nouveau &amp;contact d’orientation…</translation>
    </message>
    <message>
        <source>New &amp;book for the lending shelf…</source>
        <translation>Nouveau &amp;livre pour l’étagère de prêt…</translation>
    </message>
    <message>
        <source>&amp;Attach files to the library…</source>
        <translation>&amp;Joindre des fichiers à la bibliothèque…</translation>
    </message>
    <message>
        <source>Keep PDFs, images and documents inside the group file (up to 25 MB each)</source>
        <translation>Conserver des PDF, des images et des documents dans le fichier du groupe (25 Mo maximum chacun)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Prêté</translation>
    </message>
    <message>
        <source>New &amp;request for a sponsor or mentor…</source>
        <translation>Nouvelle &amp;demande de parrain ou de mentor…</translation>
    </message>
    <message>
        <source>&amp;Suggest for everyone waiting…</source>
        <translation>&amp;Suggérer pour chaque attente…</translation>
    </message>
    <message>
        <source>Pairing &amp;conventions…</source>
        <translation>&amp;Règles de jumelage…</translation>
    </message>
    <message>
        <source>How the group pairs people: same gender, minimum experience, language</source>
        <translation>Comment le groupe jumelle les personnes : même genre, expérience minimale, langue</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>En retard depuis le {day}</translation>
    </message>
    <message>
        <source>(request withdrawn)</source>
        <translation>(demande retirée)</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>pas maintenant</translation>
    </message>
    <message>
        <source>Not suggested: {why}</source>
        <translation>Non suggéré : {why}</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Add someone to the group's members</source>
        <translation>Ajouter une personne aux membres du groupe</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Modifier le membre…</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>Modifier le membre sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete member…</source>
        <translation>&amp;Supprimer le membre…</translation>
    </message>
    <message>
        <source>Delete the selected member (asks first)</source>
        <translation>Supprimer le membre sélectionné (avec confirmation)</translation>
    </message>
    <message>
        <source>&amp;Fill roster…</source>
        <translation>&amp;Remplir la liste de service…</translation>
    </message>
    <message>
        <source>Choose who serves, fairly, for a range of dates</source>
        <translation>Choisir équitablement qui est de service sur une période donnée</translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>&amp;Importer des membres depuis un CSV…</translation>
    </message>
    <message>
        <source>Add members from a spreadsheet saved as CSV</source>
        <translation>Ajouter des membres à partir d’un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>never {days}</source>
        <translation>jamais : {days}</translation>
    </message>
    <message>
        <source>at most {n}/month</source>
        <translation>au plus {n}/mois</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (déplacée)</translation>
    </message>
    <message>
        <source>This meeting does not need this role.</source>
        <translation>Cette réunion n’a pas besoin de ce rôle.</translation>
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
        <translation>, verrouillé</translation>
    </message>
    <message>
        <source>, breaks a rule</source>
        <translation>, enfreint une règle</translation>
    </message>
    <message>
        <source>Breaks a rule now: </source>
        <translation>Enfreint une règle actuellement : </translation>
    </message>
    <message>
        <source>Open: click to choose someone</source>
        <translation>Libre : cliquez pour choisir quelqu’un</translation>
    </message>
    <message>
        <source>Locked by hand</source>
        <translation>Verrouillé manuellement</translation>
    </message>
    <message>
        <source>Click to change, lock or explain</source>
        <translation>Cliquez pour modifier, verrouiller ou expliquer</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Save a copy, e.g. to a USB stick</source>
        <translation>Enregistrer une copie, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of this file</source>
        <translation>Revenir à une copie antérieure de ce fichier</translation>
    </message>
    <message>
        <source>&amp;Hand over to the next secretary…</source>
        <translation>&amp;Passer le relais au prochain secrétaire…</translation>
    </message>
    <message>
        <source>Write one copy of the group file for someone else</source>
        <translation>Créer une copie du fichier du groupe pour quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&amp;Check the file for damage</source>
        <translation>&amp;Vérifier que le fichier n’est pas endommagé</translation>
    </message>
    <message>
        <source>A full check</source>
        <translation>Une vérification complète</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>P&amp;rotéger par une phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Retirer la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Lock when idle…</source>
        <translation>&amp;Verrouiller après inactivité…</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>Verrouiller &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Add a meeting series</source>
        <translation>Ajouter une série de réunions</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Modifier la réunion…</translation>
    </message>
    <message>
        <source>Change the selected meeting</source>
        <translation>Modifier la réunion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Supprimer la réunion…</translation>
    </message>
    <message>
        <source>Delete the selected meeting series</source>
        <translation>Supprimer la série de réunions sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Cancel this date…</source>
        <translation>&amp;Annuler cette date…</translation>
    </message>
    <message>
        <source>Cancel one date, with a note</source>
        <translation>Annuler une date, avec une note</translation>
    </message>
    <message>
        <source>&amp;Move this date…</source>
        <translation>&amp;Déplacer cette date…</translation>
    </message>
    <message>
        <source>Move one date to another day or time</source>
        <translation>Déplacer une date à un autre jour ou une autre heure</translation>
    </message>
    <message>
        <source>&amp;Restore this date</source>
        <translation>&amp;Rétablir cette date</translation>
    </message>
    <message>
        <source>Undo the cancellation or move of one date</source>
        <translation>Annuler l’annulation ou le déplacement d’une date</translation>
    </message>
    <message>
        <source>&amp;Topic and notes…</source>
        <translation>&amp;Thème et notes…</translation>
    </message>
    <message>
        <source>This meeting's topic, announcements and note to the facilitator</source>
        <translation>Le thème de cette réunion, les annonces et la note pour l’animateur</translation>
    </message>
    <message>
        <source>Print this meeting's &amp;packet…</source>
        <translation>Imprimer le &amp;dossier de cette réunion…</translation>
    </message>
    <message>
        <source>Meeting &amp;formats…</source>
        <translation>&amp;Formats de réunion…</translation>
    </message>
    <message>
        <source>The script of each meeting: its parts, readings, who reads and timings</source>
        <translation>Le déroulement de chaque réunion : ses parties, les lectures, qui lit et les durées</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In person and online</source>
        <translation>En personne et en ligne</translation>
    </message>
    <message>
        <source>{place} (and online)</source>
        <translation>{place} (et en ligne)</translation>
    </message>
    <message>
        <source>Link: {link}</source>
        <translation>Lien : {link}</translation>
    </message>
    <message>
        <source>Dial-in: {phone}</source>
        <translation>Téléphone : {phone}</translation>
    </message>
    <message>
        <source>no place set</source>
        <translation>aucun lieu indiqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Moved from {day}</source>
        <translation>Déplacée du {day}</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(déplacée)</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>pas de réunion</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Série de réunions</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation>Nombre de semaines à afficher</translation>
    </message>
    <message>
        <source>Showing the next</source>
        <translation>Afficher sur</translation>
    </message>
    <message>
        <source>Cancel date…</source>
        <translation>Annuler la date…</translation>
    </message>
    <message>
        <source>Move date…</source>
        <translation>Déplacer la date…</translation>
    </message>
    <message>
        <source>Restore date</source>
        <translation>Rétablir la date</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier mensuel</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Mois affiché</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation>Mois précédent (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation>Mois suivant (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation>Moi&amp;s</translation>
    </message>
    <message>
        <source>Schedule views</source>
        <translation>Vues du calendrier</translation>
    </message>
    <message>
        <source>&amp;New group file…</source>
        <translation>&amp;Nouveau fichier de groupe…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>The next meeting and who serves at it</source>
        <translation>La prochaine réunion et qui y est de service</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>M&amp;embers</source>
        <translation>M&amp;embres</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Liste de service</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Jumelages</translation>
    </message>
    <message>
        <source>Who is waiting for a sponsor or mentor, and active pairings</source>
        <translation>Qui attend un parrain ou un mentor, et les jumelages en cours</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change, wherever in the window it was made</source>
        <translation>Annuler la dernière modification, où qu’elle ait été faite dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation>Refaire ce qui a été annulé</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
</context>
<context>
    <name>AttendanceChoice</name>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;En personne</translation>
    </message>
    <message>
        <source>Everyone meets in the room</source>
        <translation>Tout le monde se retrouve dans la salle</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>En l&amp;igne</translation>
    </message>
    <message>
        <source>Everyone joins by video link or by phone</source>
        <translation>Tout le monde participe par lien vidéo ou par téléphone</translation>
    </message>
    <message>
        <source>&amp;Hybrid</source>
        <translation>H&amp;ybride</translation>
    </message>
    <message>
        <source>Some meet in the room while others join by video link or by phone</source>
        <translation>Certains se retrouvent dans la salle, d’autres participent par lien vidéo ou par téléphone</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Save a calendar (.ics)</source>
        <translation>Enregistrer un calendrier (.ics)</translation>
    </message>
    <message>
        <source>&amp;Every meeting of the group</source>
        <translation>&amp;Toutes les réunions du groupe</translation>
    </message>
    <message>
        <source>&amp;One member's service dates (their roster turns):</source>
        <translation>Les dates de service d’un &amp;membre (ses tours sur la liste) :</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>What should the calendar file hold?</source>
        <translation>Que doit contenir le fichier de calendrier ?</translation>
    </message>
    <message>
        <source>Open the saved file on a phone or computer to add it to its calendar. Cancelled dates are left out and moved dates are shown on their new day. Saving again later and opening the new file updates the same events instead of adding them twice.</source>
        <translation>Ouvrez le fichier enregistré sur un téléphone ou un ordinateur pour l’ajouter à son agenda. Les dates annulées n’y figurent pas et les dates déplacées apparaissent à leur nouveau jour. Si vous enregistrez de nouveau plus tard et ouvrez le nouveau fichier, les mêmes événements sont mis à jour au lieu d’être ajoutés deux fois.</translation>
    </message>
    <message>
        <source>&amp;Save calendar…</source>
        <translation>&amp;Enregistrer le calendrier…</translation>
    </message>
</context>
<context>
    <name>ChangeDateDialog</name>
    <message>
        <source>Change one date</source>
        <translation>Modifier une date</translation>
    </message>
    <message>
        <source>&amp;Cancel this meeting</source>
        <translation>&amp;Annuler cette réunion</translation>
    </message>
    <message>
        <source>&amp;Move it to:</source>
        <translation>&amp;La déplacer au :</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nouvelle heure</translation>
    </message>
    <message>
        <source>e.g. Building closed for Thanksgiving</source>
        <translation>p. ex. Bâtiment fermé pour l’Action de grâce</translation>
    </message>
    <message>
        <source>Note for members</source>
        <translation>Note pour les membres</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The note is printed on the schedule flyer.</source>
        <translation>La note est imprimée sur l’affichette des horaires.</translation>
    </message>
    <message>
        <source>Choose a different date or time to move the meeting to.</source>
        <translation>Choisissez une autre date ou une autre heure pour déplacer la réunion.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Send our changes to the intergroup</source>
        <translation>Envoyer nos changements à l’intergroupe</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {file}. Copy the message into the intergroup's change form or an email, or save a page to print and hand in.</source>
        <translation>
            <numerusform>%n changement par rapport à {file}. Copiez le message dans le formulaire de l’intergroupe ou un courriel, ou enregistrez une page à imprimer et à remettre.</numerusform>
            <numerusform>%n changements par rapport à {file}. Copiez le message dans le formulaire de l’intergroupe ou un courriel, ou enregistrez une page à imprimer et à remettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} lists every one of our meetings right.</source>
        <translation>{file} indique correctement chacune de nos réunions.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <source>&amp;Save a page to print…</source>
        <translation>&amp;Enregistrer une page à imprimer…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the intergroup's form or an email.</source>
        <translation>Copié. Collez-le dans le formulaire de l’intergroupe ou un courriel.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation>Noter une prise de nouvelles</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Date de la prise de nouvelles</translation>
    </message>
    <message>
        <source>a few private words; optional</source>
        <translation>quelques mots privés ; facultatif</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Log check-in</source>
        <translation>Noter la prise de nouvelles</translation>
    </message>
</context>
<context>
    <name>ConventionsDialog</name>
    <message>
        <source>Pairing conventions</source>
        <translation>Règles de jumelage</translation>
    </message>
    <message>
        <source>How your group pairs people. Suggestions follow these; nothing here is decided for you.</source>
        <translation>La façon dont votre groupe jumelle les personnes. Les suggestions s’y conforment ; rien n’est décidé à votre place.</translation>
    </message>
    <message>
        <source>Same gender</source>
        <translation>Même genre</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Aucun minimum</translation>
    </message>
    <message>
        <source>Minimum experience</source>
        <translation>Expérience minimale</translation>
    </message>
    <message>
        <source>Only suggest someone who speaks the language asked for</source>
        <translation>Ne suggérer que des personnes qui parlent la langue demandée</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Prendre des nouvelles tous les</translation>
    </message>
    <message>
        <source>&amp;Same gender:</source>
        <translation>&amp;Même genre :</translation>
    </message>
    <message>
        <source>&amp;Minimum experience for a {s}:</source>
        <translation>&amp;Expérience minimale pour être {s} :</translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation>&amp;Prendre des nouvelles tous les :</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>Ajout en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>Joindre {name}</translation>
    </message>
    <message>
        <source>Attach {n} files</source>
        <translation>Joindre {n} fichiers</translation>
    </message>
    <message>
        <source>Attaching {name} ({n} of {total})…</source>
        <translation>Ajout de {name} ({n} sur {total})…</translation>
    </message>
    <message numerus="yes">
        <source>Attached {done} of %n files; stopped when you pressed Cancel.</source>
        <translation>
            <numerusform>{done} sur %n fichier joint ; arrêté quand vous avez appuyé sur Annuler.</numerusform>
            <numerusform>{done} sur %n fichiers joints ; arrêté quand vous avez appuyé sur Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attached; stopped when you pressed Cancel.</source>
        <translation>Aucun fichier joint ; arrêté quand vous avez appuyé sur Annuler.</translation>
    </message>
    <message>
        <source>Attached {name}.</source>
        <translation>{name} a été joint.</translation>
    </message>
    <message>
        <source>Attached {n} files.</source>
        <translation>{n} fichiers ont été joints.</translation>
    </message>
    <message>
        <source>Could not attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Attached, but not all searchable</source>
        <translation>Joint, mais pas entièrement consultable par la recherche</translation>
    </message>
    <message>
        <source>Attached, but not searchable</source>
        <translation>Joint, mais non consultable par la recherche</translation>
    </message>
    <message>
        <source>Attached, partly searchable</source>
        <translation>Joint, en partie consultable par la recherche</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>{name} is {kind}. GroupKeeper opens only documents and pictures, because a file like this can run a program on this computer. Save a copy only if you know who made it and why, and check it with your antivirus before opening it.</source>
        <translation>{name} est {kind}. GroupKeeper n’ouvre que les documents et les images, car un fichier de ce type peut lancer un programme sur cet ordinateur. N’en enregistrez une copie que si vous savez qui l’a créé et pourquoi, et analysez-le avec votre antivirus avant de l’ouvrir.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of {name}</source>
        <translation>Enregistrer une copie de {name}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>End the pairing</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>private; never printed unless chosen</source>
        <translation>privé ; jamais imprimé, sauf si vous le choisissez</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Do &amp;not suggest these two to each other again</source>
        <translation>&amp;Ne plus suggérer ces deux personnes l’une à l’autre</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>End pairing</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or export</source>
        <translation>Imprimer ou exporter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt and up)</source>
        <translation>&amp;Gros caractères (16 pt et plus)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Choose a printer and print it now</source>
        <translation>Choisir une imprimante et imprimer maintenant</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>No date: a sheet for any meeting</source>
        <translation>Sans date : une feuille pour n’importe quelle réunion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>The 'To' date is before the 'From' date.</source>
        <translation>La date « Au » est antérieure à la date « Du ».</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>Items with the tag:</source>
        <translation>Les éléments portant l’étiquette :</translation>
    </message>
    <message>
        <source>The {n} items chosen in the list</source>
        <translation>Les {n} éléments choisis dans la liste</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Start with the &amp;crisis-line page</source>
        <translation>Commencer par la page des &amp;lignes de crise</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>First sheet of {n} (each sheet folds to four pages)</source>
        <translation>Première feuille sur {n} (chaque feuille se plie en quatre pages)</translation>
    </message>
    <message>
        <source>Page 1 of {n}</source>
        <translation>Page 1 sur {n}</translation>
    </message>
    <message>
        <source>Page 1 of at least {n}</source>
        <translation>Page 1 sur au moins {n}</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Could not print the {doc}</source>
        <translation>Impossible d’imprimer : {doc}</translation>
    </message>
    <message>
        <source>Save the {doc}</source>
        <translation>Enregistrer : {doc}</translation>
    </message>
    <message>
        <source>Printed, with something to check</source>
        <translation>Imprimé, avec un point à vérifier</translation>
    </message>
    <message>
        <source>Saving the {doc}…</source>
        <translation>Enregistrement en cours : {doc}…</translation>
    </message>
    <message>
        <source>Preparing the {doc}…</source>
        <translation>Préparation en cours : {doc}…</translation>
    </message>
    <message>
        <source>Sent the {doc} to {printer} (pages: {pages}).</source>
        <translation>{doc} envoyé à {printer} (pages : {pages}).</translation>
    </message>
    <message>
        <source>Printing the {doc}…</source>
        <translation>Impression en cours : {doc}…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Impression arrêtée.</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>GroupKeeper group files (*.groupkeeper)</source>
        <translation>Fichiers de groupe GroupKeeper (*.groupkeeper)</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Enregistrer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Saving a backup to {name}…</source>
        <translation>Enregistrement d’une sauvegarde dans {name}…</translation>
    </message>
    <message>
        <source>Saved a backup to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Sauvegarde non enregistrée</translation>
    </message>
    <message>
        <source>Not saved: you pressed Cancel.</source>
        <translation>Non enregistré : vous avez appuyé sur Annuler.</translation>
    </message>
    <message>
        <source>Backups not listed</source>
        <translation>Sauvegardes non listées</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {when}? The file as it is now is kept as a backup, so you can undo this by restoring that one.</source>
        <translation>Remplacer {name} par la sauvegarde du {when} ? Le fichier dans son état actuel est conservé comme sauvegarde ; vous pourrez donc revenir en arrière en la restaurant.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>La sauvegarde du {when} a été restaurée.</translation>
    </message>
    <message>
        <source>Nothing was restored: you pressed Cancel. {name} is as it was.</source>
        <translation>Rien n’a été restauré : vous avez appuyé sur Annuler. {name} est resté tel quel.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Le fichier est endommagé</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({holds}). Go back to it?</source>
        <translation>La sauvegarde intacte la plus récente date du {when} ({holds}). Y revenir ?</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup from {when}; the damaged file was kept aside.</source>
        <translation>La sauvegarde du {when} a été restaurée ; le fichier endommagé a été mis de côté.</translation>
    </message>
    <message>
        <source>Looking for a good backup of {name}…</source>
        <translation>Recherche d’une sauvegarde intacte de {name}…</translation>
    </message>
    <message>
        <source>No damage found</source>
        <translation>Aucun dommage détecté</translation>
    </message>
    <message>
        <source>{name} passed the full check.</source>
        <translation>{name} a passé la vérification complète.</translation>
    </message>
    <message>
        <source>The full check found {n} problems in {name} (first: {first}). Choose File &gt; Restore from backup to go back to a good copy.</source>
        <translation>La vérification complète a détecté {n} problèmes dans {name} (premier : {first}). Choisissez Fichier &gt; Restaurer une sauvegarde pour revenir à une copie intacte.</translation>
    </message>
    <message>
        <source>Check not finished</source>
        <translation>Vérification non terminée</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Save the copy for the next secretary</source>
        <translation>Enregistrer la copie pour le prochain secrétaire</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Ready to hand over</source>
        <translation>Prêt à passer le relais</translation>
    </message>
    <message>
        <source>Saved {path}. It is complete on its own: the next secretary opens it with File &gt; Open.</source>
        <translation>{path} enregistré. Il est complet à lui seul : le prochain secrétaire l’ouvre avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Phrase secrète non modifiée</translation>
    </message>
    <message>
        <source>Ctrl+Z cannot undo this, and the changes made before it can no longer be undone either: the file is closed and opened again.</source>
        <translation>Ctrl+Z ne peut pas annuler cette action, et les modifications faites avant ne pourront plus être annulées non plus : le fichier est fermé puis rouvert.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>{name} and its backups will be encrypted. Anyone who opens it, on this computer or another, will need the passphrase.</source>
        <translation>{name} et ses sauvegardes seront chiffrés. Toute personne qui l’ouvrira, sur cet ordinateur ou sur un autre, aura besoin de la phrase secrète.</translation>
    </message>
    <message>
        <source>The file is now protected.</source>
        <translation>Le fichier est maintenant protégé.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <source>Protecting {name} and its backups…</source>
        <translation>Protection de {name} et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Choose the new passphrase for {name}. Its backups change with it.</source>
        <translation>Choisissez la nouvelle phrase secrète pour {name}. Ses sauvegardes changent en même temps.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Changing the passphrase of {name} and its backups…</source>
        <translation>Changement de la phrase secrète de {name} et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Retirer la phrase secrète ?</translation>
    </message>
    <message>
        <source>{name} and its backups will no longer be encrypted: anyone using this computer could read the names and phone numbers in it.</source>
        <translation>{name} et ses sauvegardes ne seront plus chiffrés : toute personne utilisant cet ordinateur pourrait lire les noms et les numéros de téléphone qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase is removed.</source>
        <translation>La phrase secrète a été retirée.</translation>
    </message>
    <message>
        <source>Removing the passphrase from {name} and its backups…</source>
        <translation>Retrait de la phrase secrète de {name} et de ses sauvegardes…</translation>
    </message>
    <message>
        <source>{name} is already open</source>
        <translation>{name} est déjà ouvert</translation>
    </message>
    <message>
        <source>Start a new group file</source>
        <translation>Créer un nouveau fichier de groupe</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>{path} already exists. To use it, choose File &gt; Open.</source>
        <translation>{path} existe déjà. Pour l’utiliser, choisissez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
    <message>
        <source>No group file is open</source>
        <translation>Aucun fichier de groupe n’est ouvert</translation>
    </message>
    <message>
        <source>Start a new group, or open a group file (for example from a USB stick).</source>
        <translation>Créez un nouveau groupe ou ouvrez un fichier de groupe (par exemple depuis une clé USB).</translation>
    </message>
    <message>
        <source>Start a new group…</source>
        <translation>Créer un nouveau groupe…</translation>
    </message>
    <message>
        <source>Open a group file…</source>
        <translation>Ouvrir un fichier de groupe…</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sauvegarde non effectuée</translation>
    </message>
    <message>
        <source>The automatic backup did not work: {why}</source>
        <translation>La sauvegarde automatique n’a pas fonctionné : {why}</translation>
    </message>
    <message>
        <source>The automatic backup on closing did not work ({why}). Your changes are saved in the file itself.</source>
        <translation>La sauvegarde automatique à la fermeture n’a pas fonctionné ({why}). Vos modifications sont enregistrées dans le fichier lui-même.</translation>
    </message>
    <message>
        <source>Backed up {name}</source>
        <translation>{name} sauvegardé</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>Sauvegarde de {name}…</translation>
    </message>
    <message>
        <source>Closing {name}…</source>
        <translation>Fermeture de {name}…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Lock a window showing a protected file after this many minutes without use (0 for never):</source>
        <translation>Verrouiller une fenêtre affichant un fichier protégé après ce nombre de minutes sans utilisation (0 pour jamais) :</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Fill the roster</source>
        <translation>Remplir la liste de service</translation>
    </message>
    <message>
        <source>GroupKeeper takes turns fairly: whoever has waited longest and served least goes first, never on their days away, never past their limits. A turn nobody can take stays open, with the reason.</source>
        <translation>GroupKeeper répartit les tours équitablement : la personne qui attend depuis le plus longtemps et qui a le moins servi passe en premier, jamais pendant ses absences, jamais au-delà de ses limites. Un tour que personne ne peut prendre reste libre, avec la raison.</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>&amp;Keep who is already on the roster; fill the gaps</source>
        <translation>&amp;Garder les personnes déjà sur la liste ; combler les places libres</translation>
    </message>
    <message>
        <source>&amp;Choose everyone again (locked turns stay)</source>
        <translation>&amp;Tout choisir à nouveau (les tours verrouillés restent)</translation>
    </message>
</context>
<context>
    <name>FlyerDialog</name>
    <message>
        <source>Print the schedule flyer</source>
        <translation>Imprimer l’affichette des horaires</translation>
    </message>
    <message>
        <source>The flyer lists every meeting in these dates, the cancelled and moved dates, and what the format codes mean.</source>
        <translation>L’affichette présente toutes les réunions entre ces dates, les dates annulées ou déplacées, et la signification des codes de format.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
</context>
<context>
    <name>FocusList</name>
    <message>
        <source>Focus areas</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Add the group's own, such as “Parents”</source>
        <translation>Ajoutez ceux propres au groupe, comme « Parents »</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <source>Meeting formats</source>
        <translation>Formats de réunion</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format name</source>
        <translation>Nom du format</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Parties de la réunion</translation>
    </message>
    <message>
        <source>&amp;Add part…</source>
        <translation>&amp;Ajouter une partie…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;New format</source>
        <translation>&amp;Nouveau format</translation>
    </message>
    <message>
        <source>Ma&amp;ke it usual</source>
        <translation>En faire le format &amp;habituel</translation>
    </message>
    <message>
        <source>Meetings without a format of their own follow it</source>
        <translation>Les réunions qui n’ont pas leur propre format suivent celui-ci</translation>
    </message>
    <message>
        <source>&amp;Delete format…</source>
        <translation>&amp;Supprimer le format…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>The first format is the group's usual one; in the meeting editor, each meeting series can follow another.</source>
        <translation>Le premier format est le format habituel du groupe ; dans l’éditeur de réunion, chaque série de réunions peut en suivre un autre.</translation>
    </message>
    <message>
        <source>&amp;Save format</source>
        <translation>&amp;Enregistrer le format</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>Nouveau format</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>reads “{t}”</source>
        <translation>lit « {t} »</translation>
    </message>
    <message>
        <source>{n} parts, {m} minutes in all.</source>
        <translation>{n} parties, {m} minutes en tout.</translation>
    </message>
    <message>
        <source>Delete the format “{name}”?

Meetings that follow it will follow the usual format, “{usual}”, instead. This cannot be undone.</source>
        <translation>Supprimer le format « {name} » ?

Les réunions qui le suivent suivront plutôt le format habituel, « {usual} ». Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete format?</source>
        <translation>Supprimer le format ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Undid: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>The language and time zone apply to what is printed and to meeting times; the country chooses the crisis lines a new library starts with.</source>
        <translation>La langue et le fuseau horaire s’appliquent aux documents imprimés et aux heures des réunions ; le pays détermine les lignes de crise avec lesquelles commence une nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Cont&amp;act and service numbers</source>
        <translation>Coordonnées et numéros de &amp;service</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over to the next secretary</source>
        <translation>Passer le relais au prochain secrétaire</translation>
    </message>
    <message>
        <source>This writes one complete copy of the group file, for example onto a USB stick. The next secretary opens it with File &gt; Open on their own computer.</source>
        <translation>Cette action crée une copie complète du fichier du groupe, par exemple sur une clé USB. Le prochain secrétaire l’ouvre avec Fichier &gt; Ouvrir sur son propre ordinateur.</translation>
    </message>
    <message>
        <source>Give the copy its own passphrase</source>
        <translation>Donner à la copie sa propre phrase secrète</translation>
    </message>
    <message>
        <source>Protect the copy with a passphrase</source>
        <translation>Protéger la copie par une phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase for the copy</source>
        <translation>Phrase secrète de la copie</translation>
    </message>
    <message>
        <source>Tell them the passphrase in person, not in the same envelope as the stick.</source>
        <translation>Communiquez la phrase secrète en personne, pas dans la même enveloppe que la clé.</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Choisir l’emplacement…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Print this week's packet…</source>
        <translation>Imprimer le dossier de la semaine…</translation>
    </message>
    <message>
        <source>Who serves, the topic, the format with its readings, the weeks ahead</source>
        <translation>Qui est de service, le thème, le format avec ses lectures, les semaines à venir</translation>
    </message>
    <message>
        <source>Topic and notes…</source>
        <translation>Thème et notes…</translation>
    </message>
    <message>
        <source>Open turns</source>
        <translation>Tours libres</translation>
    </message>
    <message>
        <source>Elected positions</source>
        <translation>Postes électifs</translation>
    </message>
    <message>
        <source>Terms ending soon</source>
        <translation>Mandats qui se terminent bientôt</translation>
    </message>
    <message>
        <source>Open the roster</source>
        <translation>Ouvrir la liste de service</translation>
    </message>
    <message>
        <source>Change who holds a position…</source>
        <translation>Changer la personne qui occupe un poste…</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>Check-ins overdue</source>
        <translation>Prises de nouvelles en retard</translation>
    </message>
    <message>
        <source>Open Pairings</source>
        <translation>Ouvrir Jumelages</translation>
    </message>
    <message>
        <source>Crisis lines to check</source>
        <translation>Lignes de crise à vérifier</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The numbers are right</source>
        <translation>Les numéros sont bons</translation>
    </message>
    <message>
        <source>No meetings in the next two months.</source>
        <translation>Aucune réunion dans les deux prochains mois.</translation>
    </message>
    <message>
        <source>This meeting has no service roles yet (see Roster).</source>
        <translation>Cette réunion n’a pas encore de rôles de service (voir Liste de service).</translation>
    </message>
    <message>
        <source>open — nobody yet</source>
        <translation>libre — personne pour l’instant</translation>
    </message>
    <message>
        <source>Open turns in the next four weeks: {n}</source>
        <translation>Tours libres dans les quatre prochaines semaines : {n}</translation>
    </message>
    <message>
        <source>{n} turns in the next four weeks break a rule now (someone away, or inactive).</source>
        <translation>{n} tours dans les quatre prochaines semaines enfreignent une règle actuellement (personne absente ou inactive).</translation>
    </message>
    <message>
        <source>{title}: {name}'s term ends {day}. Time to hold an election.</source>
        <translation>{title} : le mandat de {name} se termine le {day}. Il est temps de tenir une élection.</translation>
    </message>
    <message>
        <source>{title}: {name}, since {since} (term ends {ends})</source>
        <translation>{title} : {name}, depuis le {since} (fin du mandat le {ends})</translation>
    </message>
    <message>
        <source>Nobody is recorded in an elected position yet.</source>
        <translation>Personne n’occupe encore de poste électif.</translation>
    </message>
    <message>
        <source>Check the crisis lines the library started with before anyone relies on them: {names}. Make sure each number is right for your area, and add your local crisis and support lines.</source>
        <translation>Vérifiez les lignes de crise de départ de la bibliothèque avant que quelqu’un s’y fie : {names}. Assurez-vous que chaque numéro est bon pour votre région, et ajoutez vos lignes locales de crise et de soutien.</translation>
    </message>
    <message>
        <source>Crisis lines checked</source>
        <translation>Lignes de crise vérifiées</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Thème : {topic}</translation>
    </message>
    <message>
        <source>No topic set yet.</source>
        <translation>Aucun thème pour l’instant.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a {s}.</source>
        <translation>Personne n’attend de {s}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting for a {s}.</source>
        <translation>
            <numerusform>%n personne attend un {s}.</numerusform>
            <numerusform>%n personnes attendent un {s}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins overdue: %n. Open Pairings to see which.</source>
        <translation>
            <numerusform>Prise de nouvelles en retard : %n. Ouvrez Jumelages pour voir laquelle.</numerusform>
            <numerusform>Prises de nouvelles en retard : %n. Ouvrez Jumelages pour voir lesquelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
    <message>
        <source>Add the group's members first (Members).</source>
        <translation>Ajoutez d’abord les membres du groupe (Membres).</translation>
    </message>
    <message>
        <source>{name} becomes {title}</source>
        <translation>{name} devient {title}</translation>
    </message>
</context>
<context>
    <name>InterchangeFlows</name>
    <message>
        <source>No service dates</source>
        <translation>Aucune date de service</translation>
    </message>
    <message>
        <source>{name} has no turns on the roster from today on, so there is nothing to put in a calendar. Fill the roster first (Roster &gt; Fill roster).</source>
        <translation>{name} n’a aucun tour sur la liste de service à partir d’aujourd’hui ; il n’y a donc rien à mettre dans un calendrier. Remplissez d’abord la liste (Liste de service &gt; Remplir la liste de service).</translation>
    </message>
    <message>
        <source>Could not make the calendar</source>
        <translation>Impossible de créer le calendrier</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Could not save the calendar</source>
        <translation>Impossible d’enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Saving the calendar…</source>
        <translation>Enregistrement du calendrier…</translation>
    </message>
    <message>
        <source>Could not make the meeting list</source>
        <translation>Impossible de créer la liste des réunions</translation>
    </message>
    <message>
        <source>No weekly meetings to list</source>
        <translation>Aucune réunion hebdomadaire à inscrire</translation>
    </message>
    <message>
        <source>The meeting list holds meetings on a day of the week, and this group has none yet.</source>
        <translation>La liste des réunions contient les réunions tenues un jour de la semaine, et ce groupe n’en a pas encore.</translation>
    </message>
    <message>
        <source>Save the meeting list</source>
        <translation>Enregistrer la liste des réunions</translation>
    </message>
    <message>
        <source>Saved, with something to check</source>
        <translation>Enregistré, avec un point à vérifier</translation>
    </message>
    <message>
        <source>Could not save the meeting list</source>
        <translation>Impossible d’enregistrer la liste des réunions</translation>
    </message>
    <message>
        <source>Saving the meeting list…</source>
        <translation>Enregistrement de la liste des réunions…</translation>
    </message>
    <message>
        <source>Import meetings from a meeting list</source>
        <translation>Importer des réunions depuis une liste de réunions</translation>
    </message>
    <message>
        <source>Meeting lists (*.json);;All files (*)</source>
        <translation>Listes de réunions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read the meeting list</source>
        <translation>Impossible de lire la liste des réunions</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>The intergroup's meeting list</source>
        <translation>La liste des réunions de l’intergroupe</translation>
    </message>
    <message>
        <source>Could not compare with the meeting list</source>
        <translation>Impossible de comparer avec la liste des réunions</translation>
    </message>
    <message>
        <source>Which group is ours?</source>
        <translation>Quel groupe est le nôtre ?</translation>
    </message>
    <message>
        <source>Choose our group as the list names it:</source>
        <translation>Choisissez notre groupe tel que la liste le nomme :</translation>
    </message>
    <message>
        <source>meeting list changes</source>
        <translation>changements à la liste des réunions</translation>
    </message>
    <message>
        <source>Save the page to print</source>
        <translation>Enregistrer la page à imprimer</translation>
    </message>
    <message>
        <source>Could not save the page</source>
        <translation>Impossible d’enregistrer la page</translation>
    </message>
    <message>
        <source>Saving the page…</source>
        <translation>Enregistrement de la page…</translation>
    </message>
    <message>
        <source>No meetings in the list</source>
        <translation>Aucune réunion dans la liste</translation>
    </message>
    <message>
        <source>{file} holds no meetings.</source>
        <translation>{file} ne contient aucune réunion.</translation>
    </message>
    <message>
        <source>Already in the schedule</source>
        <translation>Déjà au calendrier</translation>
    </message>
    <message>
        <source>The meetings you ticked are already in the schedule:</source>
        <translation>Les réunions que vous avez cochées sont déjà au calendrier :</translation>
    </message>
    <message>
        <source>Import {n} meetings from {file}</source>
        <translation>Importer {n} réunions depuis {file}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>These meetings could not be added, so none was:</source>
        <translation>Ces réunions n’ont pas pu être ajoutées ; aucune ne l’a donc été :</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check the start date and notes of the %n meeting(s) in the meeting editor.</source>
        <translation>
            <numerusform>Vérifiez dans l’éditeur de réunion la date de début et les notes de %n réunion importée.</numerusform>
            <numerusform>Vérifiez dans l’éditeur de réunion la date de début et les notes des %n réunions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {added} from {file}. Ctrl+Z undoes.</source>
        <translation>Importé depuis {file} : {added}. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Save the members</source>
        <translation>Enregistrer les membres</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Could not save the members</source>
        <translation>Impossible d’enregistrer les membres</translation>
    </message>
    <message>
        <source>Save the phone list's contacts</source>
        <translation>Enregistrer les contacts de la liste téléphonique</translation>
    </message>
    <message>
        <source>phone list contacts</source>
        <translation>contacts liste téléphonique</translation>
    </message>
    <message>
        <source>Could not save the contacts</source>
        <translation>Impossible d’enregistrer les contacts</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Added {added} to the schedule.</source>
        <translation>Ajouté au calendrier : {added}.</translation>
    </message>
    <message>
        <source>Already in the schedule, left as they were: </source>
        <translation>Déjà au calendrier, laissées telles quelles : </translation>
    </message>
    <message>
        <source>New group formats (codes GroupKeeper did not know): {codes}. To give one a label, use 'Add a group format…' in the meeting editor.</source>
        <translation>Nouveaux formats de groupe (codes inconnus de GroupKeeper) : {codes}. Pour donner un libellé à l’un d’eux, utilisez « Ajouter un format du groupe… » dans l’éditeur de réunion.</translation>
    </message>
    <message>
        <source>Meetings imported</source>
        <translation>Réunions importées</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Prêté depuis</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text, tags, contacts and inside attached PDFs…</source>
        <translation>Chercher dans les titres, le texte, les étiquettes, les contacts et le contenu des PDF joints…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type d’élément</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les éléments archivés</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Éléments de la bibliothèque</translation>
    </message>
    <message>
        <source>&lt;b&gt;The library is empty.&lt;/b&gt;&lt;br&gt;Start with GroupKeeper's starter set: a welcome for newcomers, group guidelines, “When peer support is not enough” and crisis lines, all yours to edit, or add your own.</source>
        <translation>&lt;b&gt;La bibliothèque est vide.&lt;/b&gt;&lt;br&gt;Commencez avec la trousse de départ de GroupKeeper : un mot de bienvenue pour les nouveaux, des lignes directrices du groupe, « Quand l’entraide ne suffit pas » et des lignes de crise, le tout modifiable à votre guise ; ou ajoutez vos propres documents.</translation>
    </message>
    <message>
        <source>Add the starter set</source>
        <translation>Ajouter la trousse de départ</translation>
    </message>
    <message>
        <source>Drag files here from your desktop to attach them (up to 25 MB each).</source>
        <translation>Faites glisser des fichiers ici depuis votre bureau pour les joindre (25 Mo maximum chacun).</translation>
    </message>
    <message>
        <source>Books out on loan</source>
        <translation>Livres prêtés</translation>
    </message>
    <message>
        <source>Book returned</source>
        <translation>Livre rendu</translation>
    </message>
    <message>
        <source>Record that the chosen book is back on the shelf</source>
        <translation>Indiquer que le livre choisi est de retour sur l’étagère</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Lending shelf</source>
        <translation>Étagère de prêt</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l’élément</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a copy with this computer's usual program</source>
        <translation>Ouvrir une copie avec le programme habituel de cet ordinateur</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Lend to ▾</source>
        <translation>Prêter à ▾</translation>
    </message>
    <message>
        <source>Returned ▾</source>
        <translation>Rendu ▾</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Referral contact…</source>
        <translation>Contact d’orientation…</translation>
    </message>
    <message>
        <source>Book for the lending shelf…</source>
        <translation>Livre pour l’étagère de prêt…</translation>
    </message>
    <message>
        <source>New ▾</source>
        <translation>Nouveau ▾</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimer le feuillet…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No books are out.</source>
        <translation>Aucun livre n’est prêté.</translation>
    </message>
    <message>
        <source>{out} out, &lt;b style='{alert}'&gt;{late} overdue&lt;/b&gt;.</source>
        <translation>{out} prêtés, &lt;b style='{alert}'&gt;{late} en retard&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{out} out, none overdue.</source>
        <translation>{out} prêtés, aucun en retard.</translation>
    </message>
    <message>
        <source>Lending shelf ({n} overdue)</source>
        <translation>Étagère de prêt ({n} en retard)</translation>
    </message>
    <message>
        <source>The best {n} matches: type more to narrow them</source>
        <translation>Les {n} meilleurs résultats : tapez davantage pour affiner</translation>
    </message>
    <message>
        <source>Nothing matches “{words}”. Try fewer or other words, or clear the filters.</source>
        <translation>Aucun résultat pour « {words} ». Essayez moins de mots ou d’autres mots, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>{n} of {total} items</source>
        <translation>{n} éléments sur {total}</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Sortir des archives</translation>
    </message>
    <message>
        <source>Choose an item to see it here. Type in the search box to find anything, including words inside attached PDFs.</source>
        <translation>Choisissez un élément pour l’afficher ici. Tapez dans la zone de recherche pour tout trouver, y compris les mots contenus dans les PDF joints.</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archivé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Ligne par texto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>{have} of {n} on the shelf</source>
        <translation>{have} sur {n} sur l’étagère</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Add {title} to the library</source>
        <translation>Ajouter {title} à la bibliothèque</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <source>Bring back {title}</source>
        <translation>Faire revenir {title}</translation>
    </message>
    <message>
        <source>Archive {title}</source>
        <translation>Archiver {title}</translation>
    </message>
    <message>
        <source>Archived {title}. Tick 'Show archived' to see it again.</source>
        <translation>{title} a été archivé. Cochez « Afficher les éléments archivés » pour le voir de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {what} from the library? Attached files and loan records go with it. You can undo this with Ctrl+Z; to keep it out of sight instead, choose Archive.</source>
        <translation>Supprimer {what} de la bibliothèque ? Les fichiers joints et l’historique des prêts seront supprimés aussi. Vous pouvez annuler avec Ctrl+Z ; pour simplement le masquer, choisissez plutôt Archiver.</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Supprimer de la bibliothèque</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {what} from the library</source>
        <translation>Supprimer {what} de la bibliothèque</translation>
    </message>
    <message>
        <source>Add the starter library</source>
        <translation>Ajouter la bibliothèque de départ</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Quelqu’un d’autre…</translation>
    </message>
    <message>
        <source>Lend a book</source>
        <translation>Prêter un livre</translation>
    </message>
    <message>
        <source>Who is borrowing it?</source>
        <translation>Qui l’emprunte ?</translation>
    </message>
    <message>
        <source>Lend {book} to {who}</source>
        <translation>Prêter {book} à {who}</translation>
    </message>
    <message>
        <source>Lent {book} to {who}, due back {due}.</source>
        <translation>{book} prêté à {who}, à rendre le {due}.</translation>
    </message>
    <message>
        <source>{who} (out since {day})</source>
        <translation>{who} (emprunté depuis le {day})</translation>
    </message>
    <message>
        <source>Return {book}</source>
        <translation>Rendre {book}</translation>
    </message>
    <message>
        <source>Return a book</source>
        <translation>Rendre un livre</translation>
    </message>
</context>
<context>
    <name>LoanModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>GroupKeeper is locked</source>
        <translation>GroupKeeper est verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Cette phrase secrète n’est pas la bonne. Réessayez.</translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation>Attendez avant de réessayer</translation>
    </message>
    <message>
        <source>{name} is protected. Enter its passphrase to carry on.</source>
        <translation>{name} est protégé. Entrez sa phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Liste de service</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Jumelages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste de service</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>{name} opens once its backup is written…</source>
        <translation>{name} s'ouvrira dès que sa sauvegarde sera écrite…</translation>
    </message>
</context>
<context>
    <name>MaterialsFlows</name>
    <message>
        <source>Topic and notes for {name} on {day}</source>
        <translation>Thème et notes pour {name} le {day}</translation>
    </message>
    <message>
        <source>Save format {name}</source>
        <translation>Enregistrer le format {name}</translation>
    </message>
    <message>
        <source>Make {name} the usual format</source>
        <translation>Faire de {name} le format habituel</translation>
    </message>
    <message>
        <source>Delete format {name}</source>
        <translation>Supprimer le format {name}</translation>
    </message>
</context>
<context>
    <name>MeetingListDialog</name>
    <message>
        <source>Import meetings from {file}</source>
        <translation>Importer des réunions depuis {file}</translation>
    </message>
    <message>
        <source>{file} lists {n} meetings. Find your group's by its name or its place, tick them and import them as meetings of this group.</source>
        <translation>{file} contient {n} réunions. Trouvez celles de votre groupe par leur nom ou leur lieu, cochez-les et importez-les comme réunions de ce groupe.</translation>
    </message>
    <message>
        <source>Group name, meeting name, place or address</source>
        <translation>Nom du groupe, nom de la réunion, lieu ou adresse</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <source>Meetings in the list</source>
        <translation>Réunions de la liste</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Cocher toutes celles affichées</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Décocher toutes celles affichées</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Ce qui n'a pas pu être lu</translation>
    </message>
    <message>
        <source>Some entries of the list needed care ({n}):</source>
        <translation>Certaines entrées de la liste ont demandé une attention particulière ({n}) :</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} · {chosen} ticked</source>
        <translation>{shown} sur {total} affichées · {chosen} cochées</translation>
    </message>
    <message>
        <source>&amp;Import {n} meetings</source>
        <translation>&amp;Importer {n} réunions</translation>
    </message>
    <message>
        <source>&amp;Import 1 meeting</source>
        <translation>&amp;Importer 1 réunion</translation>
    </message>
</context>
<context>
    <name>MeetingNoteDialog</name>
    <message>
        <source>Topic and notes</source>
        <translation>Thème et notes</translation>
    </message>
    <message>
        <source>Such as “Gratitude” or “Step 3”</source>
        <translation>Par exemple « Gratitude » ou « Troisième étape »</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Note to the facilitator</source>
        <translation>Note pour l'animation</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Announcements:</source>
        <translation>&amp;Annonces :</translation>
    </message>
    <message>
        <source>&amp;Note to the facilitator:</source>
        <translation>&amp;Note pour l'animation :</translation>
    </message>
    <message>
        <source>The topic and announcements print in the meeting packet. The note to the facilitator is private: it prints only when you tick it in the Export dialog.</source>
        <translation>Le thème et les annonces s'impriment dans le dossier de réunion. La note pour l'animation est privée : elle ne s'imprime que si vous la cochez dans la fenêtre Exporter.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Prénom ou surnom</translation>
    </message>
    <message>
        <source>Last initial</source>
        <translation>Initiale du nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Optional; never printed</source>
        <translation>Facultatif ; jamais imprimé</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Optional, e.g. she/her</source>
        <translation>Facultatif, p. ex. elle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>OK to appear on the group phone list</source>
        <translation>Accepte de figurer sur la liste téléphonique du groupe</translation>
    </message>
    <message>
        <source>Active (untick for someone away or taking a break)</source>
        <translation>Actif (décochez pour une personne absente ou en pause)</translation>
    </message>
    <message>
        <source>Last initial:</source>
        <translation>Initiale du nom :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nom co&amp;mplet :</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Private: never printed</source>
        <translation>Privées : jamais imprimées</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Willing to serve as (and at most how often a month)</source>
        <translation>Prêt à servir comme (et au plus combien de fois par mois)</translation>
    </message>
    <message>
        <source> (experienced only)</source>
        <translation> (membres expérimentés seulement)</translation>
    </message>
    <message>
        <source>{role}: at most a month</source>
        <translation>{role} : au plus par mois</translation>
    </message>
    <message>
        <source>Counts as experienced (can pair with newer facilitators)</source>
        <translation>Considéré comme expérimenté (peut animer avec de nouveaux animateurs)</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>e.g. trained facilitator since March 2024</source>
        <translation>p. ex. animatrice formée depuis mars 2024</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>&amp;Qualifications :</translation>
    </message>
    <message>
        <source>At most, all roles, a month</source>
        <translation>Au plus par mois, tous rôles confondus</translation>
    </message>
    <message>
        <source>At &amp;most (all roles):</source>
        <translation>Ma&amp;ximum par mois (tous rôles) :</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Can never do</source>
        <translation>Jamais disponible</translation>
    </message>
    <message>
        <source>Never on {day}</source>
        <translation>Jamais le {day}</translation>
    </message>
    <message>
        <source>Times away (the reason stays private)</source>
        <translation>Absences (le motif reste privé)</translation>
    </message>
    <message>
        <source>Times away</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Début de l'absence</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Fin de l'absence</translation>
    </message>
    <message>
        <source>Reason (private, optional)</source>
        <translation>Motif (privé, facultatif)</translation>
    </message>
    <message>
        <source>Reason for being away</source>
        <translation>Motif de l'absence</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Not at the same meeting as</source>
        <translation>Pas à la même réunion que</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>Disponi&amp;bilités</translation>
    </message>
    <message>
        <source>The time away ends ({end}) before it starts ({start}).</source>
        <translation>L'absence se termine ({end}) avant de commencer ({start}).</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message numerus="yes">
        <source>away %n time(s)</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search members (name, role, status)…</source>
        <translation>Rechercher des membres (nom, rôle, statut)…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
    <message>
        <source>{n} members, {a} active</source>
        <translation>{n} membres, dont {a} actifs</translation>
    </message>
    <message>
        <source>No members yet. Add them one by one (Add…), or import a list saved from a spreadsheet as CSV (Import from CSV…).</source>
        <translation>Aucun membre pour l'instant. Ajoutez-les un par un (Ajouter…) ou importez une liste enregistrée au format CSV depuis un tableur (Importer depuis un CSV…).</translation>
    </message>
    <message>
        <source>Nobody matches “{words}”.</source>
        <translation>Personne ne correspond à « {words} ».</translation>
    </message>
    <message>
        <source>Add member {name}</source>
        <translation>Ajouter le membre {name}</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>Modifier le membre {name}</translation>
    </message>
    <message>
        <source>Delete {name} and their history of service? You can undo this with Ctrl+Z.

If they have moved away or are taking a break, you can untick 'Active' instead and keep their history.</source>
        <translation>Supprimer {name} et son historique de service ? Vous pouvez annuler avec Ctrl+Z.

Si la personne a déménagé ou fait une pause, vous pouvez plutôt décocher « Actif » et garder son historique.</translation>
    </message>
    <message>
        <source>Delete member {name}</source>
        <translation>Supprimer le membre {name}</translation>
    </message>
    <message>
        <source>Delete member?</source>
        <translation>Supprimer le membre ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{name} is on the roster {n} times from today. Leave those turns open, or fill them with others?</source>
        <translation>{name} figure {n} fois sur la liste de service à partir d'aujourd'hui. Laisser ces tours libres, ou les confier à d'autres personnes ?</translation>
    </message>
    <message>
        <source>Delete and leave open</source>
        <translation>Supprimer et laisser libres</translation>
    </message>
    <message>
        <source>Delete and refill</source>
        <translation>Supprimer et remplacer</translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Importer des membres depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Import members from {file}</source>
        <translation>Importer des membres depuis {file}</translation>
    </message>
    <message>
        <source>Nothing was imported: you pressed Cancel.</source>
        <translation>Rien n'a été importé : vous avez cliqué sur Annuler.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <source>{file} has problems, so no member was added:</source>
        <translation>{file} contient des erreurs, donc aucun membre n'a été ajouté :</translation>
    </message>
    <message>
        <source>Fix these rows in the spreadsheet, save as CSV and try again.</source>
        <translation>Corrigez ces lignes dans le tableur, enregistrez au format CSV et réessayez.</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>Membres importés</translation>
    </message>
    <message>
        <source>Added {n} members from {file}.</source>
        <translation>{n} membres ajoutés depuis {file}.</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Importing members from {file}…</source>
        <translation>Importation des membres depuis {file}…</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Roles for {name}</source>
        <translation>Rôles pour {name}</translation>
    </message>
    <message>
        <source>A new role, e.g. Chip presenter</source>
        <translation>Un nouveau rôle, p. ex. Remise des jetons</translation>
    </message>
    <message>
        <source>New role name</source>
        <translation>Nom du nouveau rôle</translation>
    </message>
    <message>
        <source>experienced members only</source>
        <translation>membres expérimentés seulement</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>&amp;Ajouter le rôle</translation>
    </message>
    <message>
        <source>How many people does this meeting need in each role? 0 = none.</source>
        <translation>Combien de personnes faut-il à cette réunion pour chaque rôle ? 0 = aucune.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe. Nobody, not even GroupKeeper, can open the file without it.</source>
        <translation>Notez-la et gardez-la en lieu sûr. Personne, pas même GroupKeeper, ne peut ouvrir le fichier sans elle.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Click to close</source>
        <translation>Cliquez pour fermer</translation>
    </message>
</context>
<context>
    <name>OnlineFields</name>
    <message>
        <source>Joining online</source>
        <translation>Participer en ligne</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Lien de la réunion</translation>
    </message>
    <message>
        <source>e.g. https://zoom.us/j/81234567890</source>
        <translation>p. ex. https://zoom.us/j/81234567890</translation>
    </message>
    <message>
        <source>Link notes</source>
        <translation>Notes du lien</translation>
    </message>
    <message>
        <source>e.g. Meeting ID 812 3456 7890, passcode 1234</source>
        <translation>p. ex. ID de réunion 812 3456 7890, code secret 1234</translation>
    </message>
    <message>
        <source>Dial-in number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. +1 646 558 8656</source>
        <translation>p. ex. +1 646 558 8656</translation>
    </message>
    <message>
        <source>Dial-in notes</source>
        <translation>Notes du téléphone</translation>
    </message>
    <message>
        <source>e.g. Meeting ID 812 3456 7890#, passcode 1234#</source>
        <translation>p. ex. ID de réunion 812 3456 7890#, code secret 1234#</translation>
    </message>
    <message>
        <source>The web link people click to join; it starts with https://</source>
        <translation>Le lien web sur lequel on clique pour participer ; il commence par https://</translation>
    </message>
    <message>
        <source>The number people call to join by phone</source>
        <translation>Le numéro à appeler pour participer par téléphone</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lien &amp;vidéo :</translation>
    </message>
    <message>
        <source>Link notes:</source>
        <translation>Notes du lien :</translation>
    </message>
    <message>
        <source>Di&amp;al-in:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Dial-in notes:</source>
        <translation>Notes du téléphone :</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Confirm the pairing</source>
        <translation>Confirmer le jumelage</translation>
    </message>
    <message>
        <source>Pair &lt;b&gt;{seeker}&lt;/b&gt; with &lt;b&gt;{mentor}&lt;/b&gt;?</source>
        <translation>Jumeler &lt;b&gt;{seeker}&lt;/b&gt; avec &lt;b&gt;{mentor}&lt;/b&gt; ?</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation>Suivi tous les</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le :</translation>
    </message>
    <message>
        <source>&amp;Check in every:</source>
        <translation>&amp;Suivi tous les :</translation>
    </message>
    <message>
        <source>Only confirm once both have agreed.</source>
        <translation>Ne confirmez qu'une fois que les deux personnes sont d'accord.</translation>
    </message>
    <message>
        <source>Confirm pairing</source>
        <translation>Confirmer le jumelage</translation>
    </message>
</context>
<context>
    <name>PairingFlows</name>
    <message>
        <source>No members yet</source>
        <translation>Aucun membre pour l'instant</translation>
    </message>
    <message>
        <source>Add the group's members first (Members).</source>
        <translation>Ajoutez d'abord les membres du groupe (Membres).</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Edit the request of {who}</source>
        <translation>Modifier la demande de {who}</translation>
    </message>
    <message>
        <source>Withdraw the request of {who}</source>
        <translation>Retirer la demande de {who}</translation>
    </message>
    <message>
        <source>Pair {who} with {mentor}</source>
        <translation>Jumeler {who} avec {mentor}</translation>
    </message>
    <message>
        <source>Never suggest this pair</source>
        <translation>Ne jamais proposer ce jumelage</translation>
    </message>
    <message>
        <source>Never suggest {mentor} for {seeker} again? Neither the candidates nor “Suggest for everyone waiting” will offer these two to each other. You can allow it again here.</source>
        <translation>Ne plus jamais proposer {mentor} pour {seeker} ? Ni la liste des candidats ni « Suggérer pour chaque attente » ne proposeront plus ces deux personnes l'une à l'autre. Vous pourrez l'autoriser de nouveau ici.</translation>
    </message>
    <message>
        <source>Never suggest</source>
        <translation>Ne jamais proposer</translation>
    </message>
    <message>
        <source>Never suggest {mentor} for {seeker}</source>
        <translation>Ne jamais proposer {mentor} pour {seeker}</translation>
    </message>
    <message>
        <source>Allow {mentor} for {seeker} again</source>
        <translation>Autoriser de nouveau {mentor} pour {seeker}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not suggest pairings</source>
        <translation>Impossible de suggérer des jumelages</translation>
    </message>
    <message>
        <source>Finding the best pairings…</source>
        <translation>Recherche des meilleurs jumelages…</translation>
    </message>
    <message>
        <source>Check-in of {who} with {mentor}</source>
        <translation>Suivi de {who} avec {mentor}</translation>
    </message>
    <message>
        <source>End the pairing of {who} with {mentor}</source>
        <translation>Mettre fin au jumelage de {who} avec {mentor}</translation>
    </message>
    <message>
        <source>Nobody to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Every active member already has a profile. Add members first.</source>
        <translation>Chaque membre actif a déjà un profil. Ajoutez d'abord des membres.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choisissez le membre.</translation>
    </message>
    <message>
        <source>Profile of {who}</source>
        <translation>Profil de {who}</translation>
    </message>
    <message>
        <source>Add someone willing</source>
        <translation>Ajouter une personne disponible</translation>
    </message>
    <message>
        <source>Pairing conventions</source>
        <translation>Règles de jumelage</translation>
    </message>
</context>
<context>
    <name>Pairings</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Would like</source>
        <translation>Souhaite</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier suivi</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Accompagne</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Expérience depuis</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note (private)</source>
        <translation>Note (privée)</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>Pairings summary</source>
        <translation>Résumé des jumelages</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Suggest for everyone waiting…</source>
        <translation>Suggérer pour chaque attente…</translation>
    </message>
    <message>
        <source>Conventions…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Imprimer la liste…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active pairings</source>
        <translation>Jumelages actifs</translation>
    </message>
    <message>
        <source>Ended pairings</source>
        <translation>Jumelages terminés</translation>
    </message>
    <message>
        <source>People willing to help</source>
        <translation>Personnes prêtes à aider</translation>
    </message>
    <message>
        <source>Add someone willing…</source>
        <translation>Ajouter une personne disponible…</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Afficher les notes privées</translation>
    </message>
    <message>
        <source>Private notes stay hidden until asked for, so that nobody reads them over your shoulder</source>
        <translation>Les notes privées restent masquées jusqu'à ce que vous les demandiez, pour que personne ne les lise par-dessus votre épaule</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Pair with the chosen candidate…</source>
        <translation>Jumeler avec le candidat choisi…</translation>
    </message>
    <message>
        <source>Edit request…</source>
        <translation>Modifier la demande…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Never suggest this pair…</source>
        <translation>Ne jamais proposer ce jumelage…</translation>
    </message>
    <message>
        <source>Keep the chosen person from ever being suggested for this one</source>
        <translation>Ne jamais proposer la personne choisie pour cette demande</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Log a check-in…</source>
        <translation>Noter un suivi…</translation>
    </message>
    <message>
        <source>End pairing…</source>
        <translation>Terminer le jumelage…</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>{Sponsors} and {sponsees}</source>
        <translation>{Sponsors} et {sponsees}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} en attente</translation>
    </message>
    <message>
        <source>{n} active</source>
        <translation>{n} actifs</translation>
    </message>
    <message>
        <source>&lt;b style='{alert}'&gt;{n} overdue for a check-in&lt;/b&gt;</source>
        <translation>&lt;b style='{alert}'&gt;{n} en retard de suivi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>En attente ({n})</translation>
    </message>
    <message>
        <source>Active ({n})</source>
        <translation>Actifs ({n})</translation>
    </message>
    <message>
        <source>Active ({n}, {late} overdue)</source>
        <translation>Actifs ({n}, dont {late} en retard)</translation>
    </message>
    <message>
        <source>Ended ({n})</source>
        <translation>Terminés ({n})</translation>
    </message>
    <message>
        <source>Willing to {s} ({n})</source>
        <translation>Disponibles comme {s} ({n})</translation>
    </message>
    <message>
        <source>New request for a {s}…</source>
        <translation>Nouvelle demande de {s}…</translation>
    </message>
    <message>
        <source>Propose the best overall set of pairings for everyone waiting; you confirm or decline each one.</source>
        <translation>Proposer le meilleur ensemble de jumelages pour toutes les personnes en attente ; vous confirmez ou refusez chacun d'eux.</translation>
    </message>
    <message>
        <source>Nobody is waiting. When someone asks for a {s}, choose “New request”.</source>
        <translation>Personne n'est en attente. Quand quelqu'un demande un {s}, choisissez « Nouvelle demande ».</translation>
    </message>
    <message>
        <source>No active pairings yet.</source>
        <translation>Aucun jumelage actif pour l'instant.</translation>
    </message>
    <message>
        <source>No pairings have ended.</source>
        <translation>Aucun jumelage n'est terminé.</translation>
    </message>
    <message>
        <source>Nobody has a {s} profile yet. Choose “Add someone willing…”.</source>
        <translation>Personne n'a encore de profil de {s}. Choisissez « Ajouter une personne disponible… ».</translation>
    </message>
    <message>
        <source>{who} is waiting for a {s}</source>
        <translation>{who} attend un {s}</translation>
    </message>
    <message>
        <source>Asked on {day} ({n} days ago).</source>
        <translation>Demande faite le {day} (il y a {n} jours).</translation>
    </message>
    <message>
        <source>Would like: {wants}.</source>
        <translation>Souhaite : {wants}.</translation>
    </message>
    <message>
        <source>&lt;span style='{m}'&gt;Private note: {note}&lt;/span&gt;</source>
        <translation>&lt;span style='{m}'&gt;Note privée : {note}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Candidates, best first ({n})</source>
        <translation>Candidats, les plus adaptés d'abord ({n})</translation>
    </message>
    <message>
        <source>Nobody can be suggested under the group's rules; see why below.</source>
        <translation>Personne ne peut être proposé selon les règles du groupe ; voyez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>No one has said they are willing to {s} yet. Add someone willing on the “Willing to {s}” tab (Add someone willing…).</source>
        <translation>Personne ne s'est encore dit disponible comme {s}. Ajoutez une personne dans l'onglet « Disponibles comme {s} » (Ajouter une personne disponible…).</translation>
    </message>
    <message>
        <source>{who} with {mentor}</source>
        <translation>{who} avec {mentor}</translation>
    </message>
    <message>
        <source>nobody (request withdrawn)</source>
        <translation>personne (demande retirée)</translation>
    </message>
    <message>
        <source>Since {day}.</source>
        <translation>Depuis le {day}.</translation>
    </message>
    <message>
        <source>Next check-in due {day} (every {n} days).</source>
        <translation>Prochain suivi prévu le {day} (tous les {n} jours).</translation>
    </message>
    <message>
        <source>Check-in overdue since {day}.</source>
        <translation>Suivi en retard depuis le {day}.</translation>
    </message>
    <message>
        <source>Ended {day}.</source>
        <translation>Terminé le {day}.</translation>
    </message>
    <message>
        <source>Private reason: {r}</source>
        <translation>Motif privé : {r}</translation>
    </message>
    <message>
        <source>Willing to {s}: helping {n} of {cap}, room for {room} more.</source>
        <translation>Disponible comme {s} : accompagne {n} sur {cap} possibles, encore {room} place(s).</translation>
    </message>
    <message>
        <source>Not taking anyone at the moment.</source>
        <translation>Ne prend personne pour le moment.</translation>
    </message>
    <message>
        <source>Experience since {day}.</source>
        <translation>Expérience depuis le {day}.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Hide private notes</source>
        <translation>Masquer les notes privées</translation>
    </message>
    <message>
        <source>Allow this pair again</source>
        <translation>Autoriser de nouveau ce jumelage</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase needed</source>
        <translation>Phrase secrète requise</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Enter it to open the file.</source>
        <translation>{name} est protégé par une phrase secrète. Saisissez-la pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète n'est pas la bonne. Vérifiez le verrouillage des majuscules (Caps Lock) et réessayez.</translation>
    </message>
    <message>
        <source>Wait before trying again</source>
        <translation>Patientez avant de réessayer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-la de nouveau :</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>{Sponsor} profile</source>
        <translation>Profil {Sponsor}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>&amp;Willing to {sponsor} someone</source>
        <translation>&amp;Disponible comme {sponsor}</translation>
    </message>
    <message>
        <source> people at a time</source>
        <translation> personnes à la fois</translation>
    </message>
    <message>
        <source>Can take</source>
        <translation>Peut accompagner</translation>
    </message>
    <message>
        <source>Recovery or experience since:</source>
        <translation>Rétablissement ou expérience depuis :</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Expérience depuis le</translation>
    </message>
    <message>
        <source>such as English, Spanish</source>
        <translation>par exemple français, anglais</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>as they describe it; optional</source>
        <translation>selon ses propres mots ; facultatif</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>When they can talk or meet</source>
        <translation>Quand la personne peut parler ou se rencontrer</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Membre :</translation>
    </message>
    <message>
        <source>&amp;Can take:</source>
        <translation>&amp;Peut accompagner :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>Disponi&amp;bilités :</translation>
    </message>
    <message>
        <source>Everything here is confidential and never printed, except the languages and focus on the pairing list.</source>
        <translation>Tout ce qui figure ici est confidentiel et n'est jamais imprimé, sauf les langues et les thèmes sur la liste des jumelages.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open a group file</source>
        <translation>Ouvrir un fichier de groupe</translation>
    </message>
    <message>
        <source>Attach files to the library</source>
        <translation>Joindre des fichiers à la bibliothèque</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;All files (*)</source>
        <translation>Documents et images (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder not opened</source>
        <translation>Dossier non ouvert</translation>
    </message>
    <message>
        <source>This computer could not show the folder {folder}.</source>
        <translation>Cet ordinateur n'a pas pu afficher le dossier {folder}.</translation>
    </message>
    <message>
        <source>No program opens this file</source>
        <translation>Aucun programme n'ouvre ce fichier</translation>
    </message>
    <message>
        <source>This computer has no program that opens {name}. It is saved in {folder}: open that folder, to copy it to a USB stick or open it another way?</source>
        <translation>Cet ordinateur n'a aucun programme capable d'ouvrir {name}. Le fichier est enregistré dans {folder} : ouvrir ce dossier pour le copier sur une clé USB ou l'ouvrir autrement ?</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Agenda enregistré</translation>
    </message>
    <message>
        <source>Open in calendar</source>
        <translation>Ouvrir dans l'agenda</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} enregistré dans {folder}.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Suggestions for everyone waiting</source>
        <translation>Suggestions pour toutes les personnes en attente</translation>
    </message>
    <message>
        <source>The set that pairs the most people and, of those, fits best overall (total score {total}). Confirm or decline each one; only confirmed pairings are saved.</source>
        <translation>L'ensemble qui jumelle le plus de personnes et, parmi ceux-là, qui convient le mieux dans l'ensemble (score total {total}). Confirmez ou refusez chaque jumelage ; seuls les jumelages confirmés sont enregistrés.</translation>
    </message>
    <message>
        <source>Proposed pairings</source>
        <translation>Jumelages proposés</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>Nobody can be suggested for: {names}. See each request's list for why.</source>
        <translation>Personne ne peut être proposé pour : {names}. Consultez la liste de chaque demande pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>The 'To' date is before the 'From' date.</source>
        <translation>La date « Au » est antérieure à la date « Du ».</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Edit request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>Someone asks for a {s}</source>
        <translation>Quelqu'un demande un {s}</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Qui fait la demande</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demande faite le</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>as they describe it; optional</source>
        <translation>selon ses propres mots ; facultatif</translation>
    </message>
    <message>
        <source>Their gender</source>
        <translation>Son genre</translation>
    </message>
    <message>
        <source>leave blank for no preference</source>
        <translation>laisser vide si aucune préférence</translation>
    </message>
    <message>
        <source>Would like someone who is</source>
        <translation>Genre souhaité</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>&amp;Who is asking:</source>
        <translation>&amp;Qui fait la demande :</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Demande faite le :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>&amp;Their gender:</source>
        <translation>Son &amp;genre :</translation>
    </message>
    <message>
        <source>&amp;Would like a {s} who is:</source>
        <translation>Genre &amp;souhaité pour le {s} :</translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation>&amp;Note privée :</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la demande</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Paragraphs are separated by a blank line and print as you type them.</source>
        <translation>Les paragraphes sont séparés par une ligne vide et s’impriment tels que vous les tapez.</translation>
    </message>
    <message>
        <source>Tick 'Crisis line' to put it on the printed crisis page.</source>
        <translation>Cochez « Ligne de crise » pour l’imprimer sur la page d’aide en cas de crise.</translation>
    </message>
    <message>
        <source>A book the group owns and lends; loans are recorded on the Library page.</source>
        <translation>Un livre que le groupe possède et prête ; les prêts sont notés sur la page Bibliothèque.</translation>
    </message>
    <message>
        <source>The attached file stays as it is; here you change how it is listed.</source>
        <translation>Le fichier joint reste tel quel ; ici, vous changez la façon dont il figure dans la liste.</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Modifier : {noun}</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Ajouter : {noun}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Copies the group owns</source>
        <translation>Exemplaires que possède le groupe</translation>
    </message>
    <message>
        <source>&amp;Crisis line: print it on the crisis page</source>
        <translation>&amp;Ligne de crise : l'imprimer sur la page d'aide en cas de crise</translation>
    </message>
    <message>
        <source>written down for people to type; never opened</source>
        <translation>noté pour que chacun puisse le taper ; jamais ouvert</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>Exem&amp;plaires :</translation>
    </message>
    <message>
        <source>e.g. 988 or 1-800-555-0100</source>
        <translation>p. ex. 988 ou 1-800-555-0100</translation>
    </message>
    <message>
        <source>e.g. 24 hours, or Mon-Fri 9-5</source>
        <translation>p. ex. 24 h sur 24, ou lun.-ven. 9 h-17 h</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>Te&amp;xt line:</source>
        <translation>Ligne te&amp;xto :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;Web :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>separated by commas, e.g. newcomers, family</source>
        <translation>séparées par des virgules, p. ex. nouveaux venus, famille</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy of {name} to go back to. The file as it is now is kept as a backup first, so you can undo this by restoring that one.</source>
        <translation>Choisissez la copie de {name} à laquelle revenir. Le fichier dans son état actuel est d'abord conservé comme sauvegarde : vous pourrez donc revenir en arrière en restaurant celle-ci.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Recherche des sauvegardes…</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Sauvegardes trouvées</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>needs a different passphrase</source>
        <translation>demande une autre phrase secrète</translation>
    </message>
    <message>
        <source>damaged, cannot be used</source>
        <translation>endommagée, inutilisable</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Ce fichier n'a encore aucune sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <source>Too many wrong tries. You can try again in {clock}.</source>
        <translation>Trop d'essais incorrects. Vous pourrez réessayer dans {clock}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Liste téléphonique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RosterFlows</name>
    <message>
        <source>Fill roster, {first} – {last}</source>
        <translation>Remplir la liste de service, {first} – {last}</translation>
    </message>
    <message>
        <source>The roster was not filled: you pressed Cancel.</source>
        <translation>La liste de service n'a pas été remplie : vous avez cliqué sur Annuler.</translation>
    </message>
    <message>
        <source>Could not fill the roster</source>
        <translation>Impossible de remplir la liste de service</translation>
    </message>
    <message>
        <source>Filling the roster…</source>
        <translation>Remplissage de la liste de service…</translation>
    </message>
    <message>
        <source>Choose everyone again?</source>
        <translation>Refaire tous les choix ?</translation>
    </message>
    <message>
        <source>Everyone on the roster from {first} to {last} who is not locked will be chosen again.</source>
        <translation>Toutes les personnes de la liste de service du {first} au {last} dont le tour n'est pas verrouillé seront choisies de nouveau.</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation>Choisir de nouveau</translation>
    </message>
    <message>
        <source>Roster filled</source>
        <translation>Liste de service remplie</translation>
    </message>
    <message>
        <source>{name} is on the roster for turns they can no longer take:</source>
        <translation>La liste de service contient des tours que {name} ne peut plus assurer :</translation>
    </message>
    <message>
        <source>Find someone else for these turns? (Turns locked by hand stay as they are.)</source>
        <translation>Trouver quelqu'un d'autre pour ces tours ? (Les tours verrouillés à la main restent tels quels.)</translation>
    </message>
    <message>
        <source>Roster conflict</source>
        <translation>Conflit dans la liste de service</translation>
    </message>
    <message>
        <source>Find replacements</source>
        <translation>Trouver des remplaçants</translation>
    </message>
    <message>
        <source>Roster as CSV</source>
        <translation>Liste de service en CSV</translation>
    </message>
    <message>
        <source>The roster for these dates, one row per turn, to open in a spreadsheet.</source>
        <translation>La liste de service pour ces dates, une ligne par tour, à ouvrir dans un tableur.</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Enregistrer le CSV…</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>Enregistrer la liste de service</translation>
    </message>
    <message>
        <source>Could not save the roster</source>
        <translation>Impossible d'enregistrer la liste de service</translation>
    </message>
    <message>
        <source>Saving the roster…</source>
        <translation>Enregistrement de la liste de service…</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Show from</source>
        <translation>Afficher à partir du</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation>Nombre de semaines à afficher</translation>
    </message>
    <message>
        <source>Newer facilitators get an experienced co-facilitator</source>
        <translation>Les nouveaux animateurs ont un coanimateur expérimenté</translation>
    </message>
    <message>
        <source>When on, a facilitator who is not marked experienced is always paired with an experienced co-facilitator.</source>
        <translation>Si cette option est activée, un animateur qui n'est pas marqué comme expérimenté anime toujours avec un coanimateur expérimenté.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Roles it needs…</source>
        <translation>Rôles nécessaires…</translation>
    </message>
    <message>
        <source>Choose which roles this meeting needs and how many of each</source>
        <translation>Choisir les rôles nécessaires à cette réunion et combien de personnes pour chacun</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste de service</translation>
    </message>
    <message>
        <source>Roster summary</source>
        <translation>Résumé de la liste de service</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Fill roster…</source>
        <translation>Remplir la liste…</translation>
    </message>
    <message>
        <source>Roles for:</source>
        <translation>Rôles pour :</translation>
    </message>
    <message>
        <source>Service roster</source>
        <translation>Liste de service</translation>
    </message>
    <message>
        <source>{m} meetings · {o} open turns</source>
        <translation>{m} réunions · {o} tours libres</translation>
    </message>
    <message>
        <source> · {c} need attention</source>
        <translation> · {c} à vérifier</translation>
    </message>
    <message>
        <source>The group has no meetings yet: add them in Schedule (Meetings &gt; New meeting…), then choose the roles each needs here.</source>
        <translation>Le groupe n'a encore aucune réunion : ajoutez-les dans Calendrier (Réunions &gt; Nouvelle réunion…), puis choisissez ici les rôles nécessaires à chacune.</translation>
    </message>
    <message>
        <source>No meeting in these weeks needs people yet: choose 'Roles it needs…'.</source>
        <translation>Aucune réunion de ces semaines n'a encore besoin de personnes : choisissez « Rôles nécessaires… ».</translation>
    </message>
    <message>
        <source>Newer facilitators need no experienced co-facilitator</source>
        <translation>Les nouveaux animateurs n'ont pas besoin de coanimateur expérimenté</translation>
    </message>
    <message>
        <source>Add role {name}</source>
        <translation>Ajouter le rôle {name}</translation>
    </message>
    <message>
        <source>Roles {meeting} needs</source>
        <translation>Rôles nécessaires pour {meeting}</translation>
    </message>
    <message>
        <source>Why {name}?</source>
        <translation>Pourquoi {name} ?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Lock (keep when the roster is filled again)</source>
        <translation>Verrouiller (conserver lors d'un nouveau remplissage de la liste)</translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation>Laisser libre</translation>
    </message>
    <message>
        <source>Why is this open?</source>
        <translation>Pourquoi ce tour est-il libre ?</translation>
    </message>
    <message>
        <source>Choose someone</source>
        <translation>Choisir quelqu'un</translation>
    </message>
    <message>
        <source>Swap {turn} with {other}</source>
        <translation>Échanger {turn} avec {other}</translation>
    </message>
    <message>
        <source>Leave {turn} open</source>
        <translation>Laisser {turn} libre</translation>
    </message>
    <message>
        <source>Choose {name} as {turn}</source>
        <translation>Choisir {name} pour {turn}</translation>
    </message>
    <message>
        <source>{role} on {day}</source>
        <translation>{role} le {day}</translation>
    </message>
    <message>
        <source>Lock {turn}</source>
        <translation>Verrouiller {turn}</translation>
    </message>
    <message>
        <source>Unlock {turn}</source>
        <translation>Déverrouiller {turn}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Add format {code}</source>
        <translation>Ajouter le format {code}</translation>
    </message>
    <message>
        <source>Add meeting {name}</source>
        <translation>Ajouter la réunion {name}</translation>
    </message>
    <message>
        <source>Edit meeting {name}</source>
        <translation>Modifier la réunion {name}</translation>
    </message>
    <message>
        <source>Delete meeting {name}</source>
        <translation>Supprimer la réunion {name}</translation>
    </message>
    <message>
        <source>Cancel {name} on {day}</source>
        <translation>Annuler {name} le {day}</translation>
    </message>
    <message>
        <source>Move {name} from {day}</source>
        <translation>Déplacer {name} du {day}</translation>
    </message>
    <message>
        <source>Restore {name} on {day}</source>
        <translation>Rétablir {name} le {day}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Added {name}. Ctrl+Z undoes.</source>
        <translation>Réunion « {name} » ajoutée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Delete “{name}” ({when}) and all its cancelled and moved dates?

You can undo this with Ctrl+Z.</source>
        <translation>Supprimer « {name} » ({when}) et toutes ses dates annulées ou déplacées ?

Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete meeting?</source>
        <translation>Supprimer la réunion ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted {name}. Ctrl+Z undoes.</source>
        <translation>Réunion « {name} » supprimée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Cancel this date…</source>
        <translation>Annuler cette date…</translation>
    </message>
    <message>
        <source>Move this date…</source>
        <translation>Déplacer cette date…</translation>
    </message>
    <message>
        <source>Restore this date</source>
        <translation>Rétablir cette date</translation>
    </message>
    <message>
        <source>Topic and notes…</source>
        <translation>Thème et notes…</translation>
    </message>
    <message>
        <source>Print the packet…</source>
        <translation>Imprimer le dossier de réunion…</translation>
    </message>
    <message>
        <source>Copy how to join</source>
        <translation>Copier comment participer</translation>
    </message>
    <message>
        <source>How to join {name} is copied.</source>
        <translation>La façon de participer à {name} est copiée.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Part of the meeting</source>
        <translation>Partie de la réunion</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Such as “Opening” or “Sharing”</source>
        <translation>Par exemple « Ouverture » ou « Partages »</translation>
    </message>
    <message>
        <source>What is said</source>
        <translation>Ce qui est dit</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Aucune lecture</translation>
    </message>
    <message>
        <source>{title} (not in the library any more)</source>
        <translation>{title} (n'est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Lu par</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>no set time</source>
        <translation>durée libre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;What is said:</source>
        <translation>&amp;Ce qui est dit :</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Lecture :</translation>
    </message>
    <message>
        <source>Read &amp;by (roster role):</source>
        <translation>Lu &amp;par (rôle de la liste de service) :</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <source>A reading prints in full, from the library. The roster fills in who has the role at each meeting.</source>
        <translation>Une lecture s'imprime en entier, depuis la bibliothèque. La liste de service indique qui tient ce rôle à chaque réunion.</translation>
    </message>
    <message>
        <source>Give this part a heading, such as “Readings” or “Sharing”.</source>
        <translation>Donnez un titre à cette partie, par exemple « Lectures » ou « Partages ».</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Weekly (or every few weeks)</source>
        <translation>Hebdomadaire (ou moins souvent)</translation>
    </message>
    <message>
        <source>Monthly, on the first/second/... weekday</source>
        <translation>Mensuelle, le 1er, 2e… (lundi…)</translation>
    </message>
    <message>
        <source>Monthly, on the last weekday</source>
        <translation>Mensuelle, le dernier (lundi…)</translation>
    </message>
    <message>
        <source>Monthly, on the same date</source>
        <translation>Mensuelle, à la même date</translation>
    </message>
    <message>
        <source>Once (a single date)</source>
        <translation>Une seule fois (une date)</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>e.g. Tuesday Night Discussion</source>
        <translation>p. ex. Discussion du mardi soir</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>Nom de la réunion</translation>
    </message>
    <message>
        <source>How it repeats</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>{nth} week of the month</source>
        <translation>{nth} semaine du mois</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Summary of dates</source>
        <translation>Résumé des dates</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Récurrence :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <source>Weeks:</source>
        <translation>Semaines :</translation>
    </message>
    <message>
        <source>Day of month:</source>
        <translation>Jour du mois :</translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation>&amp;Première date :</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>e.g. St. Brigid's Church Hall</source>
        <translation>p. ex. Salle paroissiale Sainte-Brigitte</translation>
    </message>
    <message>
        <source>e.g. Side door off the parking lot, downstairs</source>
        <translation>p. ex. Porte latérale donnant sur le stationnement, au sous-sol</translation>
    </message>
    <message>
        <source>e.g. Wheelchair ramp at the side door</source>
        <translation>p. ex. Rampe pour fauteuil roulant à la porte latérale</translation>
    </message>
    <message>
        <source>For an online meeting, the town or city it meets from: meeting apps list meetings near a place.</source>
        <translation>Pour une réunion en ligne, la ville ou le village d’où elle se tient : les applis de réunions les listent près d’un lieu.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Indications :</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation>Accessibilité :</translation>
    </message>
    <message>
        <source>How people attend</source>
        <translation>Comment on y participe</translation>
    </message>
    <message>
        <source>Format codes</source>
        <translation>Codes de format</translation>
    </message>
    <message>
        <source>Add a group format…</source>
        <translation>Ajouter un format du groupe…</translation>
    </message>
    <message>
        <source>Add a code of your own, such as GC for group conscience</source>
        <translation>Ajouter votre propre code, par exemple GC pour conscience de groupe</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. Coffee from 6:30. Newcomers welcome.</source>
        <translation>p. ex. Café dès 18 h 30. Bienvenue aux nouveaux venus.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Format de la réunion</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
    <message>
        <source>The group's usual ({name})</source>
        <translation>Le format habituel du groupe ({name})</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Meeting &amp;script:</source>
        <translation>Déro&amp;ulement de la réunion :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>How people attend:</source>
        <translation>Comment on y participe :</translation>
    </message>
    <message>
        <source>Add a group format</source>
        <translation>Ajouter un format du groupe</translation>
    </message>
    <message>
        <source>Code (e.g. GC):</source>
        <translation>Code (p. ex. GC) :</translation>
    </message>
    <message>
        <source>What it means (e.g. Group conscience):</source>
        <translation>Signification (p. ex. Conscience de groupe) :</translation>
    </message>
    <message>
        <source>Format not added</source>
        <translation>Format non ajouté</translation>
    </message>
    <message>
        <source>e.g. Elm Falls, ON</source>
        <translation>p. ex. Elm Falls, ON</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Counting from the first meeting, {day}.</source>
        <translation>Le compte part de la première réunion, le {day}.</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Prochaines dates : </translation>
    </message>
    <message>
        <source>No dates coming up with these settings.</source>
        <translation>Aucune date à venir avec ces réglages.</translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation>Enregistrer cette réunion ?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>L'enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Elected position</source>
        <translation>Poste de service élu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Term length</source>
        <translation>Durée du mandat</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Occupé par :</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le :</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <source>Choose the position and who holds it.</source>
        <translation>Choisissez le poste et la personne qui l'occupe.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>Non rétabli</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to GroupKeeper</source>
        <translation>Bienvenue dans GroupKeeper</translation>
    </message>
    <message>
        <source>&lt;b&gt;Let's set up your group.&lt;/b&gt;&lt;br&gt;Everything stays on this computer. You can change any of this later.</source>
        <translation>&lt;b&gt;Configurons votre groupe.&lt;/b&gt;&lt;br&gt;Tout reste sur cet ordinateur. Vous pourrez modifier tout cela plus tard.</translation>
    </message>
    <message>
        <source>Start the library with GroupKeeper's readings and crisis lines</source>
        <translation>Commencer la bibliothèque avec les lectures et les lignes de crise de GroupKeeper</translation>
    </message>
    <message>
        <source>A welcome for newcomers, group guidelines, 'When peer support is not enough' and crisis lines: written for GroupKeeper, yours to edit or delete.</source>
        <translation>Un mot d'accueil pour les nouveaux venus, les lignes directrices du groupe, « Quand l'entraide ne suffit pas » et des lignes de crise : rédigés pour GroupKeeper, à vous de les modifier ou de les supprimer.</translation>
    </message>
    <message>
        <source>Usual meeting day</source>
        <translation>Jour habituel de réunion</translation>
    </message>
    <message>
        <source>Usual start time</source>
        <translation>Heure de début habituelle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Durée de la réunion en minutes</translation>
    </message>
    <message>
        <source>e.g. St. Brigid's Church Hall</source>
        <translation>p. ex. Salle paroissiale Sainte-Brigitte</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Lieu habituel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Your usual meeting</source>
        <translation>Votre réunion habituelle</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Open &amp;it…</source>
        <translation>L'&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Open the group's file from a USB stick or from the last secretary</source>
        <translation>Ouvrir le fichier du groupe depuis une clé USB ou transmis par l'ancien secrétariat</translation>
    </message>
    <message>
        <source>Already have your group's file, from a USB stick or the last secretary?</source>
        <translation>Vous avez déjà le fichier de votre groupe, sur une clé USB ou transmis par l'ancien secrétariat ?</translation>
    </message>
    <message>
        <source>{day} meeting</source>
        <translation>Réunion du {day}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>GroupKeeper hit a problem it did not expect, and what you were doing may not have finished. Your saved records are safe. If it happens again, please pass on the details below to whoever looks after GroupKeeper.</source>
        <translation>GroupKeeper a rencontré un problème inattendu, et ce que vous faisiez n'a peut-être pas abouti. Vos données enregistrées sont en sécurité. Si cela se reproduit, merci de transmettre les détails ci-dessous à la personne qui s'occupe de GroupKeeper.</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>Change the group's settings</source>
        <translation>Modifier les paramètres du groupe</translation>
    </message>
    <message>
        <source>The &amp;group…</source>
        <translation>Le &amp;groupe…</translation>
    </message>
    <message>
        <source>The group's name, kind, language, time zone, country, contact and service number</source>
        <translation>Nom, type, langue, fuseau horaire, pays, contact et numéro de service du groupe</translation>
    </message>
    <message>
        <source>Send our &amp;changes to the intergroup…</source>
        <translation>Envoyer nos &amp;changements à l’intergroupe…</translation>
    </message>
    <message>
        <source>Compare our meetings with the intergroup's meeting list, and write what to change</source>
        <translation>Comparer nos réunions avec la liste de l’intergroupe, et écrire quoi changer</translation>
    </message>
    <message>
        <source>&amp;Import meetings from a meeting list (.json)…</source>
        <translation>&amp;Importer des réunions depuis une liste de réunions (.json)…</translation>
    </message>
    <message>
        <source>Add the group's meetings from an intergroup's Meeting Guide list</source>
        <translation>Ajouter les réunions du groupe depuis la liste Meeting Guide d'un intergroupe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved yet. Save them first?</source>
        <translation>« {name} » contient des modifications non enregistrées. Les enregistrer d'abord ?</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>The computer's language ({name})</source>
        <translation>La langue de l’ordinateur ({name})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show GroupKeeper's window in:</source>
        <translation>Afficher la fenêtre de GroupKeeper en :</translation>
    </message>
    <message>
        <source>GroupKeeper will be shown in {name} the next time it starts.</source>
        <translation>GroupKeeper s’affichera en {name} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>The language of GroupKeeper's window</source>
        <translation>La langue de la fenêtre de GroupKeeper</translation>
    </message>
</context>
<context>
    <name>syslibs</name>
    <message>
        <source>GroupKeeper cannot open its window: this computer lacks {names}, which Qt needs to draw windows.
To install what is missing, run:
    {command}</source>
        <translation>GroupKeeper ne peut pas ouvrir sa fenêtre : il manque sur cet ordinateur {names}, dont Qt a besoin pour afficher les fenêtres.
Pour installer ce qui manque, exécutez :
    {command}</translation>
    </message>
</context>
</TS>