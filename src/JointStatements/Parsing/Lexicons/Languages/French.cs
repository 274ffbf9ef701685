namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in French.</summary>
internal static class French
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "fr",
        OrganisationWords = new[] { "parti", "partis", "communist*", "organisation*", "ligue", "union", "front", "mouvement", "groupe", "comite", "plateforme", "bloc", "alliance", "ouvrier*", "travailleurs", "marxiste*", "leniniste*", "maoiste*", "socialiste*", "revolutionnaire*", "coordination" },
        ListNouns = new[] { "partis", "organisations", "signataires", "participants" },
        AttendWords = new[] { "particip*", "present*", "presence", "assist*" },
        SubscribeWords = new[] { "souscri*", "adher*" },
        SignWords = new[] { "sign*", "soussign*" },
        Conjunctions = new[] { "et" },
        Articles = new[] { "le", "la", "les", "l'" },
        Weekdays = new[] { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icor, "Coordination Internationale des Partis et Organisations Révolutionnaires"),
            (Issuer.Icor, "Coordination Internationale des organisations révolutionnaires"),
            (Issuer.Icor, "Coordination Internationale des organisation révolutionnaire"),
            (Issuer.Icmlpo, "Conférence Internationale des Partis et Organisations Marxistes-Léninistes"),
            (Issuer.Icmlpo, "CIPOML"),
            (Issuer.Imcwp, "Rencontre Internationale des Partis Communistes et Ouvriers"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Conférence mondiale"),
            (Issuer.Icmlpo, "Session plénière"),
            (null, "réunion régionale"),
            (null, "conférence régionale"),
        },
        HeldInPhrases = new[] { "tenue à", "tenue en", "réunie à", "réunis à", "a eu lieu à", "a eu lieu en", "s'est tenue à", "s'est tenue en" },
        FurnitureLines = new[] { "partager", "partager sur facebook", "imprimer", "j'aime", "chargement", "articles similaires", "laisser un commentaire", "article précédent", "article suivant" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "résolution"), (StatementKind.Declaration, "déclaration"), (StatementKind.Message, "message"), (StatementKind.Statement, "communiqué"), (StatementKind.Statement, "appel") },
        KindQualifiers = new[] { "commune", "finale", "conjointe", "politique", "commun", "conjoint" },
        KindPrepositions = new[] { "de", "des", "du", "à", "au", "aux", "sur", "contre", "pour", "par" },
        BylineOpenings = new[] { "publié le", "publié par", "posté le" },
        WorkingGroupNames = new[] { "Groupe de travail" },
        MeetingWords = new[] { "réunion", "réuni", "rencontre" },
    };
}
