namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Polish.</summary>
internal static class Polish
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "pl",
        OrganisationWords = new[] { "partia", "partii", "partie", "komunistyczn*", "komunist*", "robotnicz*", "socjalistyczn*", "rewolucyjn*", "organizacj*", "front", "ruch", "zwiazek", "zwiazku", "lewica", "marksistowsk*", "leninowsk*", "trybuna" },
        ListNouns = new[] { "partie", "organizacje", "sygnatariusze" },
        AttendWords = new[] { "uczestnicz*", "udzial", "obecne" },
        SignWords = new[] { "podpis*", "sygnatariusz*" },
        Conjunctions = new[] { "i", "oraz" },
        Weekdays = new[] { "poniedzialek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Międzynarodowe Spotkanie Partii Komunistycznych i Robotniczych"),
            (Issuer.Imcwp, "Międzynarodowego Spotkania Partii Komunistycznych i Robotniczych"),
        },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "rezolucja"), (StatementKind.Declaration, "deklaracja"), (StatementKind.Message, "przesłanie"), (StatementKind.Statement, "oświadczenie"), (StatementKind.Statement, "komunikat") },
        KindQualifiers = new[] { "wspólne", "wspólna", "wspólny" },
        KindPrepositions = new[] { "w sprawie", "przeciwko", "partii", "o", "na" },
        FurnitureOpenings = new[] { "opublikowano", "kategoria", "tagi" },
        FurnitureLines = new[] { "udostępnij", "drukuj" },
    };
}
