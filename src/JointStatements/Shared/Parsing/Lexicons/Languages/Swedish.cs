namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Swedish.</summary>
internal static class Swedish
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "sv",
        OrganisationWords = new[] { "parti", "partiet", "partier*", "kommunist*", "organisation*", "forbund*", "union", "front*", "rorelse*", "grupp*", "kommitte*", "plattform", "arbetar*", "marxist*", "leninist*", "socialist*", "revolution*" },
        ListNouns = new[] { "partierna", "organisationerna", "undertecknare" },
        AttendWords = new[] { "deltog", "deltagare", "narvarande" },
        SignWords = new[] { "undertecknat*", "underteckn*" },
        Conjunctions = new[] { "och" },
        Weekdays = new[] { "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag" },
        HeldInPhrases = new[] { "holls i", "hölls i" },
        FurnitureLines = new[] { "dela", "skriv ut" },
        GenitiveS = true,
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolution"), (StatementKind.Declaration, "deklaration"), (StatementKind.Message, "hälsning"), (StatementKind.Statement, "uttalande") },
        KindQualifiers = new[] { "gemensamt", "gemensam" },
        KindPrepositions = new[] { "från", "om", "mot", "till", "av" },
        FurnitureOpenings = new[] { "publicerad", "skriven av", "du är här" },
        // Spellings shared with Norwegian or Danish (polsk, kinesisk, holländsk...) are listed there once.
        Demonyms = new (string, string)[]
        {
            ("argentinska", "AR"), ("belgiska", "BE"), ("brasilianska", "BR"), ("brittisk", "GB"), ("brittiska", "GB"),
            ("bulgarisk", "BG"), ("bulgariska", "BG"), ("chilenska", "CL"), ("colombianska", "CO"), ("cypriotiska", "CY"),
            ("danska", "DK"), ("egyptiska", "EG"), ("finländsk", "FI"), ("finländska", "FI"), ("finska", "FI"), ("franska", "FR"),
            ("grekisk", "GR"), ("grekiska", "GR"), ("holländska", "NL"), ("indiska", "IN"), ("irakiska", "IQ"), ("iranska", "IR"),
            ("irländsk", "IE"), ("irländska", "IE"), ("isländska", "IS"), ("israelisk", "IL"), ("israeliska", "IL"),
            ("italienska", "IT"), ("japanska", "JP"), ("kanadensisk", "CA"), ("kanadensiska", "CA"), ("kinesiska", "CN"),
            ("kroatiska", "HR"), ("kubansk", "CU"), ("kubanska", "CU"), ("libanesiska", "LB"), ("marockansk", "MA"),
            ("marockanska", "MA"), ("mexikansk", "MX"), ("mexikanska", "MX"), ("nederländska", "NL"), ("norska", "NO"),
            ("österrikisk", "AT"), ("österrikiska", "AT"), ("pakistanska", "PK"), ("palestinska", "PS"), ("portugisiska", "PT"),
            ("rumänsk", "RO"), ("rumänska", "RO"), ("rysk", "RU"), ("ryska", "RU"), ("schweiziska", "CH"), ("serbiska", "RS"),
            ("spanska", "ES"), ("svenska", "SE"), ("sydafrikanska", "ZA"), ("syriska", "SY"), ("tjeckisk", "CZ"),
            ("tjeckiska", "CZ"), ("tunisiska", "TN"), ("turkisk", "TR"), ("turkiska", "TR"), ("tyska", "DE"), ("ukrainska", "UA"),
            ("ungersk", "HU"), ("ungerska", "HU"), ("venezuelanska", "VE"), ("vietnamesiska", "VN"),
        },
    };
}
