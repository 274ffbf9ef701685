namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Russian.</summary>
internal static class Russian
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "ru",
        OrganisationWords = new[] { "партия", "партии", "коммунистическ*", "организац*", "союз", "лига", "фронт", "движение", "рабоч*", "марксистск*", "ленинск*", "социалистическ*", "революционн*" },
        ListNouns = new[] { "партии", "организации", "подписавшие" },
        AttendWords = new[] { "участвовал*", "участник*", "присутствовал*" },
        SubscribeWords = new[] { "присоедини*" },
        SignWords = new[] { "подписа*", "подпис*" },
        Conjunctions = new[] { "и" },
        Weekdays = new[] { "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Международная встреча коммунистических и рабочих партий"),
            (Issuer.Imcwp, "Международной встречи коммунистических и рабочих партий"),
        },
        HeldInPhrases = new[] { "состоялась в", "прошла в" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "резолюция"), (StatementKind.Declaration, "декларация"), (StatementKind.Message, "обращение"), (StatementKind.Message, "послание"), (StatementKind.Statement, "заявление"), (StatementKind.Statement, "коммюнике") },
        KindQualifiers = new[] { "совместное", "совместная", "итоговое", "итоговая" },
        KindPrepositions = new[] { "о", "об", "против", "к", "по" },
        WorkingGroupNames = new[] { "Рабочая группа", "Рабочей группы" },
        MeetingWords = new[] { "встреча", "заседание" },
    };
}
