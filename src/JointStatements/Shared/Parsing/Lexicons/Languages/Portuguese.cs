namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Portuguese.</summary>
internal static class Portuguese
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "pt",
        OrganisationWords = new[] { "partido", "partidos", "comunista*", "organizacao", "organizacoes", "liga", "uniao", "frente", "movimento", "grupo", "comite", "plataforma", "bloco", "alianca", "operario*", "trabalhadores", "marxista*", "leninista*", "socialista*", "revolucionari*" },
        ListNouns = new[] { "partidos", "organizacoes", "signatarios", "participantes" },
        AttendWords = new[] { "particip*", "present*", "presenca" },
        SubscribeWords = new[] { "subscrev*", "aderi*" },
        SignWords = new[] { "assin*", "signatari*" },
        Conjunctions = new[] { "e" },
        Articles = new[] { "o", "a", "os", "as" },
        Weekdays = new[] { "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sabado", "domingo" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icmlpo, "Conferência Internacional de Partidos e Organizações Marxistas-Leninistas"),
            (Issuer.Imcwp, "Encontro Internacional dos Partidos Comunistas e Operários"),
            (Issuer.Imcwp, "Encontro Internacional de Partidos Comunistas e Operários"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Conferência Mundial"),
            (Issuer.Icmlpo, "Sessão Plenária"),
        },
        HeldInPhrases = new[] { "realizado em", "realizada em", "reunidos em", "teve lugar em" },
        FurnitureLines = new[] { "partilhar", "compartilhar", "imprimir" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolução"), (StatementKind.Declaration, "declaração"), (StatementKind.Message, "mensagem"), (StatementKind.Statement, "comunicado"), (StatementKind.Statement, "nota") },
        KindQualifiers = new[] { "conjunta", "conjunto", "final", "política" },
        KindPrepositions = new[] { "de", "do", "da", "dos", "das", "sobre", "contra", "em" },
        FurnitureOpenings = new[] { "publicado em", "publicado por", "você está aqui", "está aqui" },
        WorkingGroupNames = new[] { "Grupo de Trabalho" },
        MeetingWords = new[] { "reunião", "reuniu", "reunidos", "encontro" },
        // Spellings that fold like a Spanish one (Britânico, Sueco, Libanesa...) are listed in Spanish once.
        Demonyms = new (string, string)[]
        {
            ("Alemã", "DE"), ("Alemão", "DE"), ("Angolana", "AO"), ("Bielorrusso", "BY"), ("Cabo-verdiana", "CV"),
            ("Cabo-verdiano", "CV"), ("Canadense", "CA"), ("Canadiano", "CA"), ("Chinês", "CN"), ("Chinesa", "CN"),
            ("Cipriota", "CY"), ("Dinamarquês", "DK"), ("Dinamarquesa", "DK"), ("Equatoriana", "EC"), ("Equatoriano", "EC"),
            ("Espanhol", "ES"), ("Espanhola", "ES"), ("Estado-unidense", "US"), ("Estadunidense", "US"), ("Grega", "GR"),
            ("Grego", "GR"), ("Iraniana", "IR"), ("Iraniano", "IR"), ("Iraquiana", "IQ"), ("Iraquiano", "IQ"),
            ("Israelense", "IL"), ("Jordaniano", "JO"), ("Marroquina", "MA"), ("Marroquino", "MA"), ("Moçambicana", "MZ"),
            ("Nepalês", "NP"), ("Norueguês", "NO"), ("Norueguesa", "NO"), ("Palestiniana", "PS"), ("Palestiniano", "PS"),
            ("Paquistanês", "PK"), ("Paraguaia", "PY"), ("Paraguaio", "PY"), ("Polonês", "PL"), ("Polonesa", "PL"),
            ("Romena", "RO"), ("Romeno", "RO"), ("Russa", "RU"), ("Santomense", "ST"), ("Sérvio", "RS"), ("Suíço", "CH"),
            ("Sul-africana", "ZA"), ("Sul-africano", "ZA"), ("Tcheco", "CZ"), ("Timorense", "TL"), ("Tunisina", "TN"),
            ("Tunisino", "TN"), ("Uruguaia", "UY"), ("Uruguaio", "UY"), ("Venezuelana", "VE"), ("Venezuelano", "VE"),
        },
    };
}
