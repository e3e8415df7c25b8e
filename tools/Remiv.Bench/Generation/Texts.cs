using Remiv.Domain.Youths;

namespace Remiv.Bench.Generation;

/// <summary>
/// What youth workers write, in French, per track: sentences as they are typed between two appointments.
/// "{p}" is the young person's first name, "{d}" a date a few days ahead, "{a}" a lawyer, "{w}" a weekday.
/// </summary>
internal static class Texts
{
    public static IReadOnlyDictionary<Track, string[]> Sentences { get; } = new Dictionary<Track, string[]>
    {
        [Track.Administrative] =
        [
            "Accompagnement de {p} à la préfecture pour le dépôt de la demande de titre de séjour ; dossier incomplet, il manque l'extrait d'acte de naissance légalisé.",
            "Point sur les démarches : la demande de carte consulaire est envoyée à l'ambassade, délai annoncé de six à huit semaines.",
            "{p} a reçu le récépissé de demande de titre de séjour, valable trois mois. Copie classée au dossier.",
            "Aide au remplissage du formulaire de demande d'AME ; pièces justificatives photocopiées et envoyées à la CPAM.",
            "Rendez-vous pris sur le site de la préfecture pour le {d}. Lui rappeler d'apporter son passeport et trois photos d'identité.",
            "Relance par courriel de l'ASE au sujet de l'ordonnance de placement : toujours pas de copie transmise au REMIV.",
            "Ouverture d'un compte bancaire avec {p} à La Banque Postale ; justificatif de domicile de la structure fourni.",
            "Traduction de l'acte de naissance demandée à un traducteur assermenté ; devis de 45 euros, pris en charge par le fonds de solidarité.",
            "Courrier de la préfecture reçu à la domiciliation : convocation pour la remise du titre le {d}.",
            "{p} a perdu son récépissé. Déclaration de perte faite au commissariat, duplicata demandé.",
            "Prise de rendez-vous à l'ambassade pour le passeport ; il faut payer le timbre en ligne avant le {d}.",
            "Renouvellement de la C2S : formulaire rempli avec {p}, attestation d'hébergement jointe.",
            "Demande de domiciliation administrative renouvelée au CCAS pour un an.",
            "Photocopie et numérisation de tous les documents d'état civil ; originaux rendus à {p} dans une pochette.",
        ],
        [Track.Legal] =
        [
            "Entretien avec {a} au sujet de la saisine du juge des enfants ; les pièces d'état civil sont transmises au cabinet.",
            "Audience devant le juge des enfants le {d}. {p} est inquiet ; préparation de l'audience avec lui.",
            "Le juge des enfants a ordonné une expertise documentaire des actes d'état civil. Délai inconnu.",
            "Notification du refus de reconnaissance de minorité par le département ; recours à déposer dans les quinze jours.",
            "Permanence juridique de la Cimade : point sur une éventuelle demande d'asile, {p} ne le souhaite pas pour l'instant.",
            "Dépôt de la demande d'aide juridictionnelle au tribunal judiciaire de Poitiers.",
            "{a} a reçu la décision : minorité reconnue après appel, placement ASE ordonné. {p} très soulagé.",
            "OQTF notifiée ce jour ; contact immédiat avec {a} pour le recours, délai à vérifier.",
            "Convocation à l'OFPRA reçue ; préparation du récit avec l'interprète prévue {w}.",
            "Échange téléphonique avec le greffe du tribunal pour enfants : le dossier est complet.",
            "Explication à {p} de la différence entre le recours devant le juge des enfants et la demande d'asile.",
            "Attestation de suivi rédigée pour l'avocat, à joindre au dossier de recours.",
        ],
        [Track.Social] =
        [
            "{p} est passé à l'accueil du matin, échange informel autour d'un café. Il dit mieux dormir en ce moment.",
            "Distribution de vêtements d'hiver (manteau, chaussures) avec le Secours populaire.",
            "Orientation vers les Restos du cœur pour l'aide alimentaire ; inscription faite pour la campagne d'hiver.",
            "Appel de la famille d'accueil : {p} rentre tard le soir, point à faire avec lui.",
            "Échange avec {p} sur son budget : il envoie une partie de son allocation à sa famille.",
            "Abonnement de bus Vitalis du mois pris en charge par le REMIV.",
            "Le téléphone de {p} est cassé ; orientation vers Emmaüs pour un appareil d'occasion.",
            "{p} a pu joindre sa mère par vidéo pour la première fois depuis son départ ; très ému.",
            "Conflit avec un autre jeune à l'accueil, apaisé rapidement. Reparlé des règles de vie du lieu.",
            "Aide pour recharger la carte de cantine et acheter des fournitures scolaires.",
            "{p} demande de l'aide pour envoyer un mandat ; expliqué les frais et les précautions.",
        ],
        [Track.Psychological] =
        [
            "Séance avec interprète. {p} évoque des troubles du sommeil et des cauchemars liés au parcours migratoire.",
            "Entretien de soutien : angoisse importante à l'approche de l'audience. Exercices de respiration proposés.",
            "{p} parle pour la première fois de son passage en Libye. Ne pas le solliciter sur ce sujet en dehors des séances.",
            "Humeur plus stable ; reprise de l'appétit. Orientation vers le CMP à discuter.",
            "Séance annulée, {p} ne s'est pas présenté ; relance par SMS.",
            "Évocation du deuil de son frère. Beaucoup de culpabilité ; suivi hebdomadaire maintenu.",
            "Séance centrée sur le quotidien au foyer ; {p} se sent plus en sécurité depuis le changement de chambre.",
        ],
        [Track.Health] =
        [
            "Accompagnement à la PASS du CHU de Poitiers pour un bilan de santé ; prise de sang faite.",
            "Rendez-vous chez le dentiste le {d} pour une carie douloureuse.",
            "Vaccinations mises à jour au centre de vaccination (DTP, ROR).",
            "{p} a des maux de ventre depuis une semaine ; consultation à la PASS, traitement prescrit.",
            "Carte Vitale reçue ; explication du rôle du médecin traitant et de la pharmacie.",
            "Dépistage de la tuberculose au CLAT : radio pulmonaire normale.",
            "Lunettes : ordonnance obtenue, devis demandé à l'opticien solidaire.",
            "Douleurs au genou après le foot ; radio prescrite, rendez-vous le {d}.",
            "Renouvellement de l'ordonnance chez le médecin généraliste de la maison de santé.",
        ],
        [Track.EducationTraining] =
        [
            "Test de positionnement au CASNAV : niveau A2 à l'écrit, orientation en UPE2A.",
            "Inscription au lycée professionnel en CAP maçonnerie ; rentrée prévue le {d}.",
            "Recherche de stage en boulangerie : deux CV déposés en centre-ville.",
            "Rencontre avec le professeur principal : bonne assiduité, difficultés en mathématiques.",
            "Contrat d'apprentissage en cours de signature avec un plombier de Buxerolles ; autorisation de travail à demander.",
            "{p} a obtenu le DELF A2. Félicitations de toute l'équipe.",
            "Inscription à la Mission locale pour le contrat d'engagement jeune.",
            "Bulletin du trimestre reçu : 13 de moyenne, très bonnes appréciations en atelier.",
            "Période de formation en entreprise trouvée dans un garage de Saint-Benoît, du {d} pour trois semaines.",
            "Rendez-vous au CIO pour réfléchir à l'orientation après le CAP.",
        ],
        [Track.Housing] =
        [
            "Mise à l'abri prolongée à l'hôtel jusqu'au {d} ; appel au 115 chaque matin.",
            "Visite de l'appartement en semi-autonomie avec l'éducateur ASE ; emménagement prévu la semaine prochaine.",
            "{p} a dormi dehors deux nuits ; solution trouvée par le réseau d'hébergement solidaire.",
            "Conflit avec le colocataire ; médiation proposée par l'équipe du foyer.",
            "Demande de logement en FJT déposée ; liste d'attente d'environ trois mois.",
            "Hébergeur solidaire rencontré : accueil possible jusqu'à la fin du mois.",
            "Problème de chauffage dans la chambre d'hôtel signalé au gestionnaire.",
        ],
        [Track.Language] =
        [
            "Cours de français débutant : {p} est assidu et participe beaucoup.",
            "Inscription à l'atelier de conversation du {w}.",
            "Progrès nets à l'oral ; il commence à lire seul les courriers administratifs.",
            "Bénévole trouvée pour un soutien en lecture deux fois par semaine.",
            "Atelier d'écriture : {p} a rédigé seul une lettre de motivation courte.",
        ],
        [Track.CultureSport] =
        [
            "Participation à l'atelier slam ; {p} a écrit un texte sur sa mère.",
            "Inscription au club de football du quartier, licence prise en charge.",
            "Sortie au Futuroscope avec le groupe du samedi.",
            "Match de futsal du jeudi : très bonne ambiance, {p} était capitaine.",
            "Atelier cuisine : préparation d'un mafé pour la fête du centre.",
            "Visite du musée Sainte-Croix avec l'atelier du mercredi.",
        ],
    };

    public static string[] Closers { get; } =
    [
        "À revoir la semaine prochaine.", "Point à faire en réunion d'équipe.", "Informer le référent ASE.",
        "Il est reparti rassuré.", "Il a bien compris les prochaines étapes.", "Interprète présent par téléphone.",
        "Échange en français, bonne compréhension.", "Il était fatigué, entretien écourté.",
    ];

    public static IReadOnlyDictionary<Track, string[]> Partners { get; } = new Dictionary<Track, string[]>
    {
        [Track.Administrative] = ["Préfecture de la Vienne", "CPAM de la Vienne", "Ambassade de Guinée", "CCAS de Poitiers", "La Banque Postale"],
        [Track.Legal] = ["Cimade", "Me Durand", "Me Benhamou", "Tribunal pour enfants de Poitiers", "OFPRA", "Barreau de Poitiers"],
        [Track.Social] = ["Secours populaire", "Restos du cœur", "Emmaüs", "Croix-Rouge", "ASE 86"],
        [Track.Psychological] = ["CMP", "Interprétariat ISM"],
        [Track.Health] = ["PASS du CHU de Poitiers", "Médecins du Monde", "CLAT 86", "Maison de santé des Couronneries", "Planning familial"],
        [Track.EducationTraining] = ["CASNAV", "Lycée professionnel", "Mission locale", "CIO", "CFA du bâtiment"],
        [Track.Housing] = ["SIAO / 115", "FJT", "Foyer ASE", "Réseau d'hébergement solidaire"],
        [Track.Language] = ["Centre socioculturel", "Bénévoles du REMIV"],
        [Track.CultureSport] = ["Club de football", "Maison des trois quartiers", "Futuroscope"],
    };

    public static string[] NextSteps { get; } =
    [
        "Rappeler la préfecture lundi.", "Relancer l'avocate.", "Prévoir un accompagnement au rendez-vous.",
        "Vérifier la réception du courrier.", "Faire le point en réunion d'équipe.", "Envoyer les pièces manquantes.",
        "Prendre rendez-vous au CMP.", "Récupérer l'attestation à la CPAM.", "Préparer l'audience avec lui.",
        "Le revoir après son rendez-vous.", "Appeler la famille d'accueil.", "Demander un interprète pour la prochaine fois.",
    ];

    public static string[] Lawyers { get; } = ["Me Durand", "Me Benhamou", "Me Rivière", "Me Lefèvre", "Me N'Guessan", "l'avocate"];

    public static string[] Weekdays { get; } = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];

    public static IReadOnlyDictionary<Track, string[]> Situations { get; } = new Dictionary<Track, string[]>
    {
        [Track.Administrative] = ["Titre de séjour demandé, récépissé en cours de validité.", "Passeport en cours de demande à l'ambassade.", "Acte de naissance légalisé obtenu ; carte consulaire à demander.", "Aucun document d'identité pour l'instant."],
        [Track.Legal] = ["Recours devant le juge des enfants en cours.", "Demande d'asile déposée, attente de convocation à l'OFPRA.", "Minorité reconnue, placement ASE.", "OQTF notifiée, recours déposé par l'avocate."],
        [Track.Social] = ["Allocation ASE versée, gère seul son budget.", "Aide alimentaire aux Restos du cœur.", "Bien entouré, liens réguliers avec sa famille."],
        [Track.Psychological] = ["Suivi hebdomadaire, cauchemars en diminution.", "Suivi suspendu à sa demande.", "Orientation CMP en cours."],
        [Track.Health] = ["AME ouverte ; suivi à la PASS.", "C2S à renouveler ; suivi dentaire en cours.", "Bilan de santé fait, rien à signaler."],
        [Track.EducationTraining] = ["En CAP maçonnerie, bonne assiduité.", "En UPE2A au lycée.", "Cherche un apprentissage en boulangerie.", "Inscrit à la Mission locale."],
        [Track.Housing] = ["Hôtel (mise à l'abri) en attendant une place en foyer.", "Appartement en semi-autonomie.", "Hébergement solidaire jusqu'à la fin du mois.", "Foyer ASE."],
        [Track.Language] = ["Niveau A2, cours trois fois par semaine.", "Débutant, atelier de conversation.", "DELF A2 obtenu."],
        [Track.CultureSport] = ["Licencié au club de football.", "Atelier slam le mercredi."],
    };

    public static string[] ReferredBy { get; } =
    [
        "Maraude de la gare", "ASE 86", "115", "Médecins du Monde", "Un autre jeune du REMIV", "Secours populaire", "Cimade",
        "Lycée", "Croix-Rouge", "Venu seul",
    ];

    public static string[] Accommodation { get; } =
    [
        "Hôtel (mise à l'abri)", "Foyer ASE", "Famille d'accueil", "Hébergement solidaire", "Sans hébergement", "Appartement en semi-autonomie",
        "FJT", "Chez un compatriote",
    ];

    public static string[] ExitReasons { get; } =
    [
        "Fin d'accompagnement : jeune autonome.", "Départ de la Vienne (réorientation vers un autre département).",
        "Majorité, fin du contrat jeune majeur.", "Perdu de vue depuis plus de six mois.",
        "Orientation vers un CADA hors département.", "Retour dans sa famille, à sa demande.",
    ];

    public static string[] StaffFirstNames { get; } =
    [
        "Claire", "Karim", "Sophie", "Yannick", "Nadia", "Julien", "Hélène", "Samir", "Élodie", "Thomas", "Fatima", "Lucas",
        "Aurélie", "Mehdi", "Camille", "Nicolas", "Inès", "Pierre", "Sarah", "Mathieu", "Léa", "Omar", "Marion", "Antoine",
        "Anaïs", "Vincent", "Aïcha", "Romain", "Pauline", "Hugo", "Chloé", "Bastien", "Mélanie", "Rachid", "Agathe", "Guillaume",
        "Juliette", "Farid", "Laure", "Benoît",
    ];

    public static string[] StaffLastNames { get; } =
    [
        "Martin", "Benali", "Dubois", "Moreau", "Girard", "Lefèvre", "Rousseau", "Haddad", "Fontaine", "Chevalier", "Mercier",
        "Boyer", "Garnier", "Bensaïd", "Lambert", "Faure", "Roux", "Nguyen", "Blanc", "Guérin", "Perrin", "Morel", "Gauthier",
        "Diallo", "Renaud", "Barbier", "Brunet", "Masson", "Picard", "Caron", "Lemoine", "Dupuis", "Aubert", "Meunier",
        "Colin", "Vidal", "Marchand", "Roche", "Leclerc", "Hamidi",
    ];
}
