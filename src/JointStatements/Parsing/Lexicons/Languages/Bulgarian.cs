namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Bulgarian.</summary>
internal static class Bulgarian
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "bg",
        OrganisationWords = new[] { "партия", "партии", "комунистическ*", "организаци*", "съюз", "фронт", "движение", "работническ*", "марксистк*", "социалистическ*", "революционн*" },
        ListNouns = new[] { "партии", "организации" },
        AttendWords = new[] { "участва*" },
        SignWords = new[] { "подписа*", "подпис*" },
        Conjunctions = new[] { "и" },
        Weekdays = new[] { "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Международна среща на комунистическите и работническите партии"),
        },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "резолюция"), (StatementKind.Declaration, "декларация"), (StatementKind.Message, "обръщение"), (StatementKind.Message, "послание"), (StatementKind.Statement, "изявление"), (StatementKind.Statement, "комюнике") },
        KindQualifiers = new[] { "съвместна", "съвместно", "обща" },
        KindPrepositions = new[] { "за", "срещу", "на", "от" },
    };
}
