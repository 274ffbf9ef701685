namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Danish.</summary>
internal static class Danish
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "da",
        OrganisationWords = new[] { "parti", "partiet", "partier*", "kommunist*", "organisation*", "forbund*", "union", "front*", "bevaegelse*", "gruppe*", "komite*", "platform", "arbejder*", "marxist*", "leninist*", "socialist*", "revolution*" },
        ListNouns = new[] { "partierne", "organisationerne", "underskrivere" },
        AttendWords = new[] { "deltog", "deltaget", "deltagere", "til stede" },
        SignWords = new[] { "underskrev*", "underskriv*" },
        Conjunctions = new[] { "og" },
        Weekdays = new[] { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icmlpo, "Den Internationale Konference af Marxistisk-Leninistiske Partier og Organisationer"),
            (Issuer.Icmlpo, "IKMLPO"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "verdenskonference"),
            (null, "regionale møde"),
        },
        HeldInPhrases = new[] { "afholdt i" },
        FurnitureLines = new[] { "del", "udskriv" },
        GenitiveS = true,
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolution"), (StatementKind.Declaration, "erklæring"), (StatementKind.Message, "hilsen"), (StatementKind.Statement, "udtalelse"), (StatementKind.Statement, "kommuniké") },
        KindQualifiers = new[] { "fælles", "politisk" },
        KindPrepositions = new[] { "fra", "om", "mod", "til", "af" },
        FurnitureOpenings = new[] { "publiceret", "skrevet af", "du er her" },
        // Spellings shared with Norwegian (tysk, franske, svenske...) are listed there once.
        Demonyms = new (string, string)[]
        {
            ("canadisk", "CA"), ("canadiske", "CA"), ("cypriotisk", "CY"), ("cypriotiske", "CY"), ("græsk", "GR"),
            ("græske", "GR"), ("hollandsk", "NL"), ("hollandske", "NL"), ("mexicansk", "MX"), ("mexicanske", "MX"),
            ("østrigsk", "AT"), ("østrigske", "AT"), ("palæstinensisk", "PS"), ("palæstinensiske", "PS"), ("rumænsk", "RO"),
            ("rumænske", "RO"), ("schweizisk", "CH"), ("schweiziske", "CH"), ("sydafrikansk", "ZA"), ("sydafrikanske", "ZA"),
            ("tjekkisk", "CZ"), ("tjekkiske", "CZ"), ("tunesisk", "TN"), ("tunesiske", "TN"),
        },
    };
}
