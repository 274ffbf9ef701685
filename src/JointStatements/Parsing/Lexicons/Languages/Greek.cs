namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Greek.</summary>
internal static class Greek
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "el",
        OrganisationWords = new[] { "κομμα*", "κομμουνιστικ*", "οργανωσ*", "ενωσ*", "μετωπο", "κινημα", "εργατικ*", "σοσιαλιστικ*", "επαναστατικ*" },
        ListNouns = new[] { "κομματα", "οργανωσεις" },
        AttendWords = new[] { "συμμετειχ*", "συμμετοχ*" },
        SignWords = new[] { "υπογρα*" },
        Conjunctions = new[] { "και" },
        Weekdays = new[] { "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Διεθνής Συνάντηση Κομμουνιστικών και Εργατικών Κομμάτων"),
            (Issuer.Imcwp, "Διεθνούς Συνάντησης των Κομμουνιστικών και Εργατικών Κομμάτων"),
            (Issuer.Imcwp, "Διεθνής Συνάντηση των Κομμουνιστικών και Εργατικών Κομμάτων"),
        },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "ψήφισμα"), (StatementKind.Declaration, "διακήρυξη"), (StatementKind.Declaration, "δήλωση"), (StatementKind.Message, "μήνυμα"), (StatementKind.Statement, "ανακοίνωση") },
        KindQualifiers = new[] { "κοινή", "κοινό" },
        KindPrepositions = new[] { "για", "της", "του", "των" },
        WorkingGroupNames = new[] { "Ομάδα Εργασίας", "Ομάδας Εργασίας" },
        MeetingWords = new[] { "συνάντηση", "συνεδρίαση", "συνεδρίασε" },
    };
}
