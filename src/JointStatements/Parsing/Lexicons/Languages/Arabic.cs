namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Arabic.</summary>
internal static class Arabic
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "ar",
        OrganisationWords = new[] { "حزب", "الحزب", "احزاب", "الاحزاب", "الشيوعي*", "شيوعي*", "منظمة", "المنظمة", "اتحاد", "الاتحاد", "جبهة", "الجبهة", "حركة", "الحركة", "العمال", "العمالي", "الاشتراكي*", "الثوري*" },
        ListNouns = new[] { "الاحزاب", "الموقعون", "الموقعين" },
        AttendWords = new[] { "شارك*", "المشارك*" },
        SignWords = new[] { "الموقع*", "وقع*" },
        Conjunctions = new[] { "و" },
        Weekdays = new[] { "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "اللقاء الدولي للأحزاب الشيوعية والعمالية"),
        },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "قرار"), (StatementKind.Declaration, "إعلان"), (StatementKind.Message, "رسالة"), (StatementKind.Statement, "بيان") },
        KindQualifiers = new[] { "مشترك", "ختامي" },
    };
}
