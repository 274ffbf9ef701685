namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Italian.</summary>
internal static class Italian
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "it",
        OrganisationWords = new[] { "partito", "partiti", "comunist*", "organizzazion*", "lega", "unione", "fronte", "movimento", "gruppo", "comitato", "piattaforma", "blocco", "alleanza", "operai*", "lavoratori", "marxist*", "leninist*", "socialist*", "rivoluzionari*" },
        ListNouns = new[] { "partiti", "organizzazioni", "firmatari", "partecipanti" },
        AttendWords = new[] { "partecip*", "present*", "presenza" },
        SubscribeWords = new[] { "aderi*", "adesion*", "sottoscri*" },
        SignWords = new[] { "firm*" },
        Conjunctions = new[] { "e", "ed" },
        Articles = new[] { "il", "lo", "la", "i", "gli", "le", "l'" },
        Weekdays = new[] { "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Imcwp, "Incontro Internazionale dei Partiti Comunisti e Operai"),
            (Issuer.Imcwp, "Incontro Internazionale dei Partiti Comunisti ed Operai"),
            (Issuer.Icmlpo, "Conferenza Internazionale dei Partiti e delle Organizzazioni Marxisti-Leninisti"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Conferenza mondiale"),
            (Issuer.Icmlpo, "Sessione plenaria"),
        },
        HeldInPhrases = new[] { "tenutosi a", "tenutasi a", "riuniti a", "svoltosi a" },
        FurnitureLines = new[] { "condividi", "stampa" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "risoluzione"), (StatementKind.Declaration, "dichiarazione"), (StatementKind.Message, "messaggio"), (StatementKind.Statement, "comunicato") },
        KindQualifiers = new[] { "comune", "congiunta", "congiunto", "finale", "politica" },
        KindPrepositions = new[] { "di", "del", "dell", "dello", "della", "dei", "delle", "su", "sul", "sulla", "contro", "per" },
        BylineOpenings = new[] { "pubblicato il", "pubblicato da", "scritto da" },
        WorkingGroupNames = new[] { "Gruppo di Lavoro" },
        MeetingWords = new[] { "riunione", "riunito", "incontro" },
    };
}
