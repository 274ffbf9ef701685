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
        BylineOpenings = new[] { "publicado el", "publicado por", "escrito por" },
        WorkingGroupNames = new[] { "Grupo de Trabajo" },
        MeetingWords = new[] { "reunión", "reunió", "encuentro", "reunieron" },
        Demonyms = new (string, string)[]
        {
            ("Alemán", "DE"), ("Argelino", "DZ"), ("Argentino", "AR"), ("Austriaco", "AT"), ("Belga", "BE"), ("Boliviano", "BO"),
            ("Brasileño", "BR"), ("Británico", "GB"), ("Búlgaro", "BG"), ("Canadiense", "CA"), ("Chileno", "CL"), ("Chino", "CN"),
            ("Chipriota", "CY"), ("Colombiano", "CO"), ("Croata", "HR"), ("Cubano", "CU"), ("Danés", "DK"), ("Ecuatoriano", "EC"),
            ("Egipcio", "EG"), ("Español", "ES"), ("Estadounidense", "US"), ("Finlandés", "FI"), ("Francés", "FR"), ("Griego", "GR"),
            ("Húngaro", "HU"), ("Iraní", "IR"), ("Iraquí", "IQ"), ("Irlandés", "IE"), ("Italiano", "IT"), ("Jordano", "JO"),
            ("Libanés", "LB"), ("Marroquí", "MA"), ("Mexicano", "MX"), ("Nepalí", "NP"), ("Noruego", "NO"), ("Palestino", "PS"),
            ("Paraguayo", "PY"), ("Peruano", "PE"), ("Polaco", "PL"), ("Portugués", "PT"), ("Rumano", "RO"), ("Ruso", "RU"),
            ("Sirio", "SY"), ("Sudafricano", "ZA"), ("Sueco", "SE"), ("Suizo", "CH"), ("Tunecino", "TN"), ("Turco", "TR"),
            ("Ucraniano", "UA"), ("Uruguayo", "UY"), ("Venezolano", "VE"),
        },
    };
}
