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
        BylineOpenings = new[] { "publicerad", "skriven av" },
    };
}
