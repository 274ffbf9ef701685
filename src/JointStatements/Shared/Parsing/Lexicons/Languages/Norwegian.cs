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
        AttendWords = new[] { "deltok", "deltatt", "deltakere", "til stede", "møttes" },
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
        FurnitureOpenings = new[] { "publisert", "skrevet av", "du er her", "skrevet" },
        MeetingWords = new[] { "møte", "møttes" },
        Demonyms = new (string, string)[]
        {
            ("argentinsk", "AR"), ("argentinske", "AR"), ("belgisk", "BE"), ("belgiske", "BE"), ("brasiliansk", "BR"),
            ("brasilianske", "BR"), ("britisk", "GB"), ("britiske", "GB"), ("bulgarsk", "BG"), ("bulgarske", "BG"),
            ("chilensk", "CL"), ("chilenske", "CL"), ("colombiansk", "CO"), ("colombianske", "CO"), ("cubansk", "CU"),
            ("cubanske", "CU"), ("danske", "DK"), ("egyptisk", "EG"), ("egyptiske", "EG"), ("finsk", "FI"), ("finske", "FI"),
            ("fransk", "FR"), ("franske", "FR"), ("gresk", "GR"), ("greske", "GR"), ("indisk", "IN"), ("indiske", "IN"),
            ("irakisk", "IQ"), ("irakiske", "IQ"), ("iransk", "IR"), ("iranske", "IR"), ("irsk", "IE"), ("irske", "IE"),
            ("islandsk", "IS"), ("islandske", "IS"), ("israelsk", "IL"), ("israelske", "IL"), ("italiensk", "IT"),
            ("italienske", "IT"), ("japansk", "JP"), ("japanske", "JP"), ("kanadisk", "CA"), ("kanadiske", "CA"),
            ("kinesisk", "CN"), ("kinesiske", "CN"), ("kroatisk", "HR"), ("kroatiske", "HR"), ("kypriotisk", "CY"),
            ("kypriotiske", "CY"), ("libanesisk", "LB"), ("libanesiske", "LB"), ("marokkansk", "MA"), ("marokkanske", "MA"),
            ("meksikansk", "MX"), ("meksikanske", "MX"), ("nederlandsk", "NL"), ("nederlandske", "NL"), ("norske", "NO"),
            ("østerriksk", "AT"), ("østerrikske", "AT"), ("pakistansk", "PK"), ("pakistanske", "PK"), ("palestinsk", "PS"),
            ("palestinske", "PS"), ("polsk", "PL"), ("polske", "PL"), ("portugisisk", "PT"), ("portugisiske", "PT"),
            ("rumensk", "RO"), ("rumenske", "RO"), ("russisk", "RU"), ("russiske", "RU"), ("serbisk", "RS"), ("serbiske", "RS"),
            ("sørafrikansk", "ZA"), ("sørafrikanske", "ZA"), ("spansk", "ES"), ("spanske", "ES"), ("sveitsisk", "CH"),
            ("sveitsiske", "CH"), ("svenske", "SE"), ("syrisk", "SY"), ("syriske", "SY"), ("tsjekkisk", "CZ"),
            ("tsjekkiske", "CZ"), ("tunisisk", "TN"), ("tunisiske", "TN"), ("tyrkisk", "TR"), ("tyrkiske", "TR"), ("tysk", "DE"),
            ("tyske", "DE"), ("ukrainsk", "UA"), ("ukrainske", "UA"), ("ungarsk", "HU"), ("ungarske", "HU"),
            ("venezuelansk", "VE"), ("venezuelanske", "VE"), ("vietnamesisk", "VN"), ("vietnamesiske", "VN"),
        },
    };
}
