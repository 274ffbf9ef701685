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
        FurnitureOpenings = new[] { "publié le", "publié par", "posté le", "vous êtes ici" },
        WorkingGroupNames = new[] { "Groupe de travail" },
        MeetingWords = new[] { "réunion", "réuni", "rencontre" },
        Demonyms = new (string, string)[]
        {
            ("Albanais", "AL"), ("Albanaise", "AL"), ("Angolais", "AO"), ("Argentin", "AR"), ("Autrichien", "AT"),
            ("Autrichienne", "AT"), ("Bangladais", "BD"), ("Biélorusse", "BY"), ("Bolivienne", "BO"), ("Brésilienne", "BR"),
            ("Bulgare", "BG"), ("Centrafricaine", "CF"), ("Chilien", "CL"), ("Chilienne", "CL"), ("Chinois", "CN"),
            ("Chinoise", "CN"), ("Chypriote", "CY"), ("Colombien", "CO"), ("Colombienne", "CO"), ("Croate", "HR"),
            ("Cubain", "CU"), ("Cubaine", "CU"), ("Danois", "DK"), ("Danoise", "DK"), ("Égyptienne", "EG"), ("Équatorien", "EC"),
            ("Équatorienne", "EC"), ("Estonien", "EE"), ("Étasunien", "US"), ("Étatsunien", "US"), ("Éthiopien", "ET"),
            ("Finlandais", "FI"), ("Finlandaise", "FI"), ("Gabonaise", "GA"), ("Ghanéen", "GH"), ("Hollandais", "NL"),
            ("Hongrois", "HU"), ("Hongroise", "HU"), ("Irakienne", "IQ"), ("Iranienne", "IR"), ("Irlandaise", "IE"),
            ("Islandais", "IS"), ("Israélien", "IL"), ("Israélienne", "IL"), ("Japonais", "JP"), ("Japonaise", "JP"),
            ("Jordanienne", "JO"), ("Letton", "LV"), ("Libanaise", "LB"), ("Libyenne", "LY"), ("Lituanien", "LT"),
            ("Luxembourgeois", "LU"), ("Luxembourgeoise", "LU"), ("Maltais", "MT"), ("Mauricien", "MU"), ("Mauritanienne", "MR"),
            ("Mexicaine", "MX"), ("Mozambicain", "MZ"), ("Néerlandais", "NL"), ("Néerlandaise", "NL"), ("Népalais", "NP"),
            ("Nicaraguayen", "NI"), ("Nigérienne", "NE"), ("Norvégien", "NO"), ("Norvégienne", "NO"), ("Pakistanais", "PK"),
            ("Palestinienne", "PS"), ("Paraguayen", "PY"), ("Paraguayenne", "PY"), ("Péruvien", "PE"), ("Péruvienne", "PE"),
            ("Philippin", "PH"), ("Polonais", "PL"), ("Polonaise", "PL"), ("Portoricain", "PR"), ("Portugaise", "PT"),
            ("Québécoise", "CA"), ("Roumain", "RO"), ("Roumaine", "RO"), ("Sahraoui", "EH"), ("Salvadorien", "SV"),
            ("Serbe", "RS"), ("Slovaque", "SK"), ("Soudanais", "SD"), ("Soudanaise", "SD"), ("Sri-lankais", "LK"),
            ("Sud-Africain", "ZA"), ("Sud-Africaine", "ZA"), ("Suédois", "SE"), ("Suédoise", "SE"), ("Syrienne", "SY"),
            ("Tchadienne", "TD"), ("Tchèque", "CZ"), ("Turc", "TR"), ("Ukrainien", "UA"), ("Ukrainienne", "UA"),
            ("Uruguayen", "UY"), ("Uruguayenne", "UY"), ("Vénézuélien", "VE"), ("Vénézuélienne", "VE"), ("Vietnamienne", "VN"),
            ("Zimbabwéen", "ZW"),
        },
    };
}
