namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Spanish.</summary>
internal static class Spanish
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "es",
        OrganisationWords = new[] { "partido", "partidos", "comunista*", "organizacion*", "liga", "union", "frente", "movimiento", "grupo", "comite", "plataforma", "bloque", "alianza", "obrero*", "trabajadores", "marxista*", "leninista*", "maoista*", "socialista*", "revolucionari*", "tribuna", "coordinadora" },
        ListNouns = new[] { "partidos", "organizaciones", "firmantes", "participantes" },
        AttendWords = new[] { "particip*", "asist*", "present*", "presencia", "acud*" },
        SubscribeWords = new[] { "suscrib*", "adhier*", "adhes*" },
        SignWords = new[] { "firm*", "suscritos" },
        Conjunctions = new[] { "y", "e" },
        Articles = new[] { "el", "la", "los", "las" },
        Weekdays = new[] { "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icor, "Coordinación Internacional de Partidos y Organizaciones Revolucionarias"),
            (Issuer.Icmlpo, "Conferencia Internacional de Partidos y Organizaciones Marxistas-Leninistas"),
            (Issuer.Imcwp, "Encuentro Internacional de Partidos Comunistas y Obreros"),
            (Issuer.Imcwp, "Encuentro Internacional de los Partidos Comunistas y Obreros"),
            (Issuer.Imcwp, "Encuentro Internacional de los PP CC y OO"),
            (Issuer.Imcwp, "Encuentro Internacional de PP CC y OO"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Conferencia Mundial"),
            (Issuer.Icmlpo, "Sesión Plenaria"),
            (Issuer.Icmlpo, "Reunión Plenaria"),
            (Issuer.Imcwp, "Encuentro Internacional de los PP CC y OO"),
            (null, "reunión regional"),
        },
        HeldInPhrases = new[] { "se reúne en", "se reunió en", "reunidos en", "reunidas en", "celebrado en", "celebrada en", "realizado en", "realizada en", "tuvo lugar en", "se celebró en" },
        FurnitureLines = new[] { "compartir", "imprimir", "me gusta", "cargando", "entrada anterior", "entrada siguiente", "deja un comentario" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolución"), (StatementKind.Declaration, "declaración"), (StatementKind.Message, "mensaje"), (StatementKind.Statement, "comunicado") },
        KindQualifiers = new[] { "conjunta", "conjunto", "final", "política" },
        KindPrepositions = new[] { "de", "del", "al", "a", "sobre", "contra", "en", "por" },
        FurnitureOpenings = new[] { "publicado el", "publicado por", "escrito por", "usted está aquí", "está usted aquí" },
        WorkingGroupNames = new[] { "Grupo de Trabajo" },
        MeetingWords = new[] { "reunión", "reunió", "encuentro", "reunieron" },
        Demonyms = new (string, string)[]
        {
            ("Afgano", "AF"), ("Albanés", "AL"), ("Albanesa", "AL"), ("Alemán", "DE"), ("Angoleño", "AO"), ("Argelina", "DZ"),
            ("Argelino", "DZ"), ("Argentino", "AR"), ("Australiano", "AU"), ("Austriaca", "AT"), ("Austriaco", "AT"),
            ("Bangladesí", "BD"), ("Belga", "BE"), ("Bielorruso", "BY"), ("Boliviano", "BO"), ("Brasileña", "BR"),
            ("Brasileño", "BR"), ("Británica", "GB"), ("Británico", "GB"), ("Búlgara", "BG"), ("Búlgaro", "BG"),
            ("Canadiense", "CA"), ("Checo", "CZ"), ("Chileno", "CL"), ("Chino", "CN"), ("Chipriota", "CY"), ("Colombiano", "CO"),
            ("Croata", "HR"), ("Cubano", "CU"), ("Danés", "DK"), ("Danesa", "DK"), ("Ecuatoriano", "EC"), ("Egipcia", "EG"),
            ("Egipcio", "EG"), ("Eslovaca", "SK"), ("Eslovaco", "SK"), ("Eslovena", "SI"), ("Esloveno", "SI"), ("Español", "ES"),
            ("Estadounidense", "US"), ("Estonio", "EE"), ("Etíope", "ET"), ("Finlandés", "FI"), ("Finlandesa", "FI"),
            ("Francés", "FR"), ("Georgiano", "GE"), ("Griega", "GR"), ("Griego", "GR"), ("Haitiana", "HT"), ("Holandés", "NL"),
            ("Holandesa", "NL"), ("Húngara", "HU"), ("Húngaro", "HU"), ("Indonesio", "ID"), ("Iraní", "IR"), ("Iraquí", "IQ"),
            ("Irlandés", "IE"), ("Irlandesa", "IE"), ("Islandés", "IS"), ("Italiano", "IT"), ("Japonés", "JP"),
            ("Japonesa", "JP"), ("Jordano", "JO"), ("Keniano", "KE"), ("Letón", "LV"), ("Libanés", "LB"), ("Libanesa", "LB"),
            ("Libio", "LY"), ("Lituano", "LT"), ("Luxemburgués", "LU"), ("Maltés", "MT"), ("Marfileño", "CI"), ("Marroquí", "MA"),
            ("Mexicano", "MX"), ("Mozambiqueño", "MZ"), ("Neerlandés", "NL"), ("Neerlandesa", "NL"), ("Nepalí", "NP"),
            ("Nigeriano", "NG"), ("Noruego", "NO"), ("Palestino", "PS"), ("Paraguayo", "PY"), ("Peruano", "PE"), ("Polaca", "PL"),
            ("Polaco", "PL"), ("Portugués", "PT"), ("Rumana", "RO"), ("Rumano", "RO"), ("Rusa", "RU"), ("Ruso", "RU"),
            ("Senegalés", "SN"), ("Serbio", "RS"), ("Sirio", "SY"), ("Sudafricana", "ZA"), ("Sudafricano", "ZA"),
            ("Sudanés", "SD"), ("Sudanesa", "SD"), ("Sueca", "SE"), ("Sueco", "SE"), ("Suizo", "CH"), ("Tunecina", "TN"),
            ("Tunecino", "TN"), ("Turca", "TR"), ("Turco", "TR"), ("Ucraniana", "UA"), ("Ucraniano", "UA"), ("Uruguayo", "UY"),
            ("Venezolano", "VE"), ("Vietnamita", "VN"), ("Zimbabuense", "ZW"),
        },
    };
}
