namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in German.</summary>
internal static class German
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "de",
        OrganisationWords = new[] { "partei", "parteien", "kommunist*", "organisation*", "liga", "bund", "union", "front", "bewegung", "gruppe", "komitee", "plattform", "bundnis", "arbeiter*", "marxist*", "leninist*", "maoist*", "sozialist*", "revolutionar*" },
        ListNouns = new[] { "parteien", "organisationen", "unterzeichner", "teilnehmer" },
        AttendWords = new[] { "teilgenommen", "teilnehm*", "anwesend*" },
        SubscribeWords = new[] { "unterstutz*", "angeschlossen" },
        SignWords = new[] { "unterzeichn*", "unterschrieben" },
        Conjunctions = new[] { "und" },
        Articles = new[] { "die", "der", "das" },
        Weekdays = new[] { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icor, "Internationale Koordinierung revolutionärer Parteien und Organisationen"),
            (Issuer.Icmlpo, "Internationale Konferenz marxistisch-leninistischer Parteien und Organisationen"),
            (Issuer.Imcwp, "Internationales Treffen der kommunistischen und Arbeiterparteien"),
            (Issuer.Imcwp, "Internationales Treffen kommunistischer und Arbeiterparteien"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Weltkonferenz"),
            (Issuer.Icmlpo, "Plenartagung"),
            (Issuer.Icmlpo, "Plenarsitzung"),
            (null, "Regionalkonferenz"),
            (null, "Regionaltreffen"),
        },
        HeldInPhrases = new[] { "fand in", "tagte in", "stattgefunden in" },
        FurnitureLines = new[] { "teilen", "drucken", "artikel teilen", "weiterlesen", "gefällt mir", "wird geladen" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "Resolution"), (StatementKind.Declaration, "Erklärung"), (StatementKind.Message, "Botschaft"), (StatementKind.Message, "Grußbotschaft"), (StatementKind.Message, "Grussbotschaft"), (StatementKind.Message, "Grußadresse"), (StatementKind.Statement, "Stellungnahme") },
        KindQualifiers = new[] { "gemeinsame", "abschluss", "politische" },
        KindPrepositions = new[] { "der", "des", "zum", "zur", "zu", "an", "gegen", "über", "von", "für" },
        BylineOpenings = new[] { "veröffentlicht am", "veröffentlicht von", "geschrieben von" },
        WorkingGroupNames = new[] { "Arbeitsgruppe" },
        MeetingWords = new[] { "Treffen", "Sitzung", "tagte" },
    };
}
