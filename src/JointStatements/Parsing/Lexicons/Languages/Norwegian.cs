namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Norwegian (Bokmål and Nynorsk).</summary>
internal static class Norwegian
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "nb",
        OrganisationWords = new[] { "parti", "partiet", "partier*", "kommunist*", "organisasjon*", "forbund*", "union", "front*", "bevegelse*", "gruppa", "gruppe*", "komite*", "plattform", "arbeider*", "marxist*", "leninist*", "sosialist*", "revolusjon*" },
        ListNouns = new[] { "partiene", "organisasjonene", "underskrivere" },
        AttendWords = new[] { "deltok", "deltatt", "deltakere", "til stede" },
        SubscribeWords = new[] { "slutter seg til" },
        SignWords = new[] { "underskrev*", "undertegn*" },
        Conjunctions = new[] { "og" },
        Weekdays = new[] { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icmlpo, "Den internasjonale konferansen av marxist-leninistiske partier og organisasjoner"),
            (Issuer.Icmlpo, "Den internasjonale konferansen av marxist-leninister partier og organisasjoner"),
            (Issuer.Icmlpo, "IKMLPO"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "verdenskonferanse"),
            (Issuer.Icmlpo, "plenumsmøte"),
            (null, "regionale møte"),
        },
        HeldInPhrases = new[] { "avholdt i", "holdt i", "møttes i" },
        FurnitureLines = new[] { "del", "del dette", "skriv ut" },
        GenitiveS = true,
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolusjon"), (StatementKind.Declaration, "erklæring"), (StatementKind.Message, "hilsen"), (StatementKind.Statement, "uttalelse"), (StatementKind.Statement, "kommuniké") },
        KindQualifiers = new[] { "felles", "politisk" },
        KindPrepositions = new[] { "fra", "fra den", "om", "mot", "til", "av" },
        BylineOpenings = new[] { "publisert", "skrevet av" },
        MeetingWords = new[] { "møte", "møttes" },
    };
}
