namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in English.</summary>
internal static class English
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "en",
        OrganisationWords = new[] { "party", "parties", "communist*", "organization*", "organisation*", "league", "union", "front", "movement", "group", "committee", "platform", "bloc", "alliance", "workers", "marxist*", "leninist*", "maoist*", "socialist*", "revolutionary", "labour", "labor", "tribune", "coordination", "initiative", "federation", "youth" },
        ListNouns = new[] { "parties", "organizations", "organisations", "signatories", "participants" },
        AttendWords = new[] { "attend*", "present*", "presence", "participat*", "took part", "delegations" },
        SubscribeWords = new[] { "subscrib*", "adher*", "endors*" },
        SignWords = new[] { "sign*", "undersigned" },
        Conjunctions = new[] { "and", "&" },
        Articles = new[] { "the" },
        Weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icor, "International Coordination of Revolutionary Parties and Organizations"),
            (Issuer.Icor, "International Coordination of Revolutionary Parties and Organisations"),
            (Issuer.Icmlpo, "International Conference of Marxist-Leninist Parties and Organizations"),
            (Issuer.Icmlpo, "International Conference of Marxist-Leninist Parties and Organisations"),
            (Issuer.Imcwp, "International Meeting of Communist and Workers' Parties"),
            (Issuer.Imcwp, "International Meeting of Communist and Workers Parties"),
            (Issuer.Imcwp, "International Communist and Workers' Meeting"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "World Conference"),
            (Issuer.Icmlpo, "Plenary Session"),
            (null, "regional meeting"),
            (null, "regional conference"),
        },
        HeldInPhrases = new[] { "held in", "took place in", "met in", "gathered in", "convened in", "meeting in", "adopted in" },
        FurnitureLines = new[] { "share this", "like this", "loading", "related", "leave a reply", "leave a comment", "share", "print", "email", "facebook", "twitter", "whatsapp", "telegram", "reddit", "linkedin", "pinterest", "tumblr", "more", "like", "reblog", "subscribe", "posted in", "tags", "previous post", "next post", "older posts", "newer posts" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "resolution"), (StatementKind.Declaration, "declaration"), (StatementKind.Message, "message"), (StatementKind.Statement, "statement"), (StatementKind.Statement, "communique"), (StatementKind.Statement, "communiqué") },
        KindQualifiers = new[] { "joint", "final", "common", "solidarity", "political", "closing", "press" },
        KindPrepositions = new[] { "of", "to", "on", "by", "from", "for", "about", "against", "in" },
        FurnitureOpenings = new[] { "posted on", "posted by", "published on", "published by", "written by", "by staff", "you are here" },
        WorkingGroupNames = new[] { "Working Group" },
        MeetingWords = new[] { "meeting", "met", "meet" },
        Demonyms = new (string, string)[]
        {
            ("Andorran", "AD"), ("Bahamian", "BS"), ("Barbadian", "BB"), ("Belarussian", "BY"), ("Belizean", "BZ"),
            ("Bhutanese", "BT"), ("Botswanan", "BW"), ("Bruneian", "BN"), ("Cape Verdean", "CV"), ("Ceylonese", "LK"),
            ("Comorian", "KM"), ("Corsican", "FR"), ("Djiboutian", "DJ"), ("Ecuadorean", "EC"), ("Equatorial Guinean", "GQ"),
            ("Faroese", "FO"), ("Fijian", "FJ"), ("Filipina", "PH"), ("Flemish", "BE"), ("Gambian", "GM"), ("Greenlandic", "GL"),
            ("Grenadian", "GD"), ("Kampuchean", "KH"), ("Kazakhstani", "KZ"), ("Kyrgyzstani", "KG"), ("Liberian", "LR"),
            ("Liechtensteiner", "LI"), ("Luxembourger", "LU"), ("Luxembourgish", "LU"), ("Maldivian", "MV"), ("Mauritian", "MU"),
            ("Moldavian", "MD"), ("Monegasque", "MC"), ("North Korean", "KP"), ("Papua New Guinean", "PG"), ("Saharawi", "EH"),
            ("Salvadorian", "SV"), ("Sammarinese", "SM"), ("Seychellois", "SC"), ("Sierra Leonean", "SL"), ("Somalian", "SO"),
            ("South Korean", "KR"), ("Swazi", "SZ"), ("Tajikistani", "TJ"), ("Timorese", "TL"), ("Trinbagonian", "TT"),
            ("Uzbekistani", "UZ"), ("Walloon", "BE"), ("Yemenite", "YE"),
        },
    };
}
