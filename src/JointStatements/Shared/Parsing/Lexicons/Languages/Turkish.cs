namespace JointStatements.Parsing.Lexicons.Languages;

/// <summary>The parser's words in Turkish.</summary>
internal static class Turkish
{
    /// <summary>The lexicon.</summary>
    public static Lexicon Lexicon { get; } = new()
    {
        Language = "tr",
        OrganisationWords = new[] { "parti", "partisi", "partiler*", "komunist*", "orgut*", "birlik*", "birligi", "cephe*", "hareket*", "grubu", "komite*", "platform*", "isci*", "emek", "marksist*", "leninist*", "maoist*", "sosyalist*", "devrimci" },
        ListNouns = new[] { "partiler", "orgutler", "imzacilar", "katilimcilar" },
        AttendWords = new[] { "katil*" },
        SubscribeWords = new[] { "destekle*" },
        SignWords = new[] { "imza*" },
        Conjunctions = new[] { "ve" },
        Weekdays = new[] { "pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar" },
        IssuerNames = new (Issuer, string)[]
        {
            (Issuer.Icmlpo, "Uluslararası Marksist-Leninist Parti ve Örgütler Konferansı"),
            (Issuer.Icmlpo, "Marksist-Leninist Parti ve Örgütler Uluslararası Konferansı"),
            (Issuer.Icmlpo, "CİPO-ML"),
            (Issuer.Icmlpo, "UMLPÖK"),
            (Issuer.Icor, "Devrimci Parti ve Örgütlerin Uluslararası Koordinasyonu"),
            (Issuer.Imcwp, "Komünist ve İşçi Partilerinin Uluslararası Toplantısı"),
        },
        MeetingNames = new (Issuer?, string)[]
        {
            (Issuer.Icor, "Dünya Konferansı"),
            (null, "bölge toplantısı"),
        },
        FurnitureLines = new[] { "paylaş", "yazdır" },
        Kinds = new (StatementKind, string)[] { (StatementKind.Resolution, "karar"), (StatementKind.Declaration, "bildirge"), (StatementKind.Declaration, "deklarasyon"), (StatementKind.Message, "mesaj"), (StatementKind.Statement, "açıklama"), (StatementKind.Statement, "bildiri") },
        KindQualifiers = new[] { "ortak", "sonuç", "siyasi" },
        FurnitureOpenings = new[] { "yayınlanma" },
        WorkingGroupNames = new[] { "Çalışma Grubu" },
        MeetingWords = new[] { "toplantı", "toplantısı" },
        HeldAfterPlace = new[] { "yapıldı", "toplandı", "gerçekleştirildi", "düzenlendi" },
        LocativeEndings = new[] { "da", "de", "ta", "te" },
        Demonyms = new (string, string)[]
        {
            ("Alman", "DE"), ("Arjantinli", "AR"), ("Arnavut", "AL"), ("Avusturyalı", "AT"), ("Belçikalı", "BE"),
            ("Brezilyalı", "BR"), ("Bulgar", "BG"), ("Cezayirli", "DZ"), ("Çinli", "CN"), ("Danimarkalı", "DK"), ("Ermeni", "AM"),
            ("Faslı", "MA"), ("Filistinli", "PS"), ("Finlandiyalı", "FI"), ("Fransız", "FR"), ("Güney Afrikalı", "ZA"),
            ("Gürcü", "GE"), ("Hırvat", "HR"), ("Hollandalı", "NL"), ("İngiliz", "GB"), ("Iraklı", "IQ"), ("İranlı", "IR"),
            ("İrlandalı", "IE"), ("İspanyol", "ES"), ("İsveçli", "SE"), ("İsviçreli", "CH"), ("İtalyan", "IT"),
            ("Kanadalı", "CA"), ("Kıbrıslı", "CY"), ("Kolombiyalı", "CO"), ("Kübalı", "CU"), ("Lübnanlı", "LB"), ("Macar", "HU"),
            ("Meksikalı", "MX"), ("Nepalli", "NP"), ("Norveçli", "NO"), ("Pakistanlı", "PK"), ("Perulu", "PE"),
            ("Polonyalı", "PL"), ("Portekizli", "PT"), ("Rusyalı", "RU"), ("Şilili", "CL"), ("Sırp", "RS"), ("Sudanlı", "SD"),
            ("Suriyeli", "SY"), ("Tunuslu", "TN"), ("Ukraynalı", "UA"), ("Ürdünlü", "JO"), ("Venezuelalı", "VE"), ("Yunan", "GR"),
            ("Yunanlı", "GR"),
        },
    };
}
