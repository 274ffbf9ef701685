namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Italian.</summary>
internal static class Italian
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "it",
        OrganisationWords = new[] { "partito", "partiti", "comunist*", "organizzazion*", "lega", "unione", "fronte", "movimento", "gruppo", "comitato", "piattaforma", "blocco", "alleanza", "operai*", "lavoratori", "marxist*", "leninist*", "socialist*", "rivoluzionari*" },
        ListNouns = new[] { "partiti", "organizzazioni", "firmatari", "partecipanti" },
        AttendWords = new[] { "partecip*", "present*", "presenza" },
        SubscribeWords = new[] { "aderi*", "adesion*", "sottoscri*" },
        SignWords = new[] { "firm*" },
        Conjunctions = new[] { "e", "ed" },
        Articles = new[] { "il", "lo", "la", "i", "gli", "le", "l'" },
        Weekdays = new[] { "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Incontro Internazionale dei Partiti Comunisti e Operai"),
            (Issuer.Imcwp, "Incontro Internazionale dei Partiti Comunisti ed Operai"),
            (Issuer.Icmlpo, "Conferenza Internazionale dei Partiti e delle Organizzazioni Marxisti-Leninisti"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Conferenza mondiale"),
            (Issuer.Icmlpo, "Sessione plenaria"),
        },
        HeldInPhrases = new[] { "tenutosi a", "tenutasi a", "riuniti a", "svoltosi a" },
        FurnitureLines = new[] { "condividi", "stampa" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "risoluzione"), (StatementKind.Declaration, "dichiarazione"), (StatementKind.Message, "messaggio"), (StatementKind.Statement, "comunicato") },
        KindQualifiers = new[] { "comune", "congiunta", "congiunto", "finale", "politica" },
        KindPrepositions = new[] { "di", "del", "dell", "dello", "della", "dei", "delle", "su", "sul", "sulla", "contro", "per" },
        FurnitureOpenings = new[] { "pubblicato il", "pubblicato da", "scritto da", "ti trovi in", "sei qui" },
        WorkingGroupNames = new[] { "Gruppo di Lavoro" },
        MeetingWords = new[] { "riunione", "riunito", "incontro" },
        // Spellings that fold like a Spanish or Portuguese one (Cubano, Turca, Russa...) are listed there once.
        Demonyms = new (string, string)[]
        {
            ("Algerina", "DZ"), ("Algerino", "DZ"), ("Bielorusso", "BY"), ("Brasiliana", "BR"), ("Brasiliano", "BR"),
            ("Britannica", "GB"), ("Britannico", "GB"), ("Canadese", "CA"), ("Ceco", "CZ"), ("Cilena", "CL"), ("Cileno", "CL"),
            ("Cinese", "CN"), ("Croato", "HR"), ("Danese", "DK"), ("Ecuadoriana", "EC"), ("Ecuadoriano", "EC"),
            ("Egiziana", "EG"), ("Egiziano", "EG"), ("Estone", "EE"), ("Filippino", "PH"), ("Finlandese", "FI"),
            ("Francese", "FR"), ("Giapponese", "JP"), ("Indonesiano", "ID"), ("Irachena", "IQ"), ("Iracheno", "IQ"),
            ("Irlandese", "IE"), ("Islandese", "IS"), ("Israeliana", "IL"), ("Israeliano", "IL"), ("Keniota", "KE"),
            ("Lettone", "LV"), ("Libanese", "LB"), ("Libica", "LY"), ("Libico", "LY"), ("Lussemburghese", "LU"),
            ("Marocchina", "MA"), ("Marocchino", "MA"), ("Messicana", "MX"), ("Messicano", "MX"), ("Norvegese", "NO"),
            ("Olandese", "NL"), ("Pakistano", "PK"), ("Palestinese", "PS"), ("Paraguaiano", "PY"), ("Peruviana", "PE"),
            ("Peruviano", "PE"), ("Polacca", "PL"), ("Polacco", "PL"), ("Portoghese", "PT"), ("Rumena", "RO"), ("Rumeno", "RO"),
            ("Siriana", "SY"), ("Siriano", "SY"), ("Slovacca", "SK"), ("Slovacco", "SK"), ("Slovena", "SI"), ("Sloveno", "SI"),
            ("Spagnola", "ES"), ("Statunitense", "US"), ("Svedese", "SE"), ("Svizzero", "CH"), ("Tedesca", "DE"),
            ("Ucraino", "UA"), ("Ungherese", "HU"), ("Uruguaiano", "UY"),
        },
    };
}
