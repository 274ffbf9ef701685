namespace JointStatements.Parsing.Issues;

/// <summary>Every issue the parser and the generator report. IDs are stable and never reused;
/// add new ones at the end, to the generator's DiagnosticDescriptors and AnalyzerReleases.Unshipped.md,
/// to the table and the sections of docs/diagnostics.md (a test checks that they agree).</summary>
internal static class IssueCatalog
{
    public static readonly IssueDescriptor NotText = new(
        "JST001", "Statement file is not text",
        "'{0}' is not a text statement file ({1}); it was skipped", IssueSeverity.Warning);

    public static readonly IssueDescriptor EmptyFile = new(
        "JST002", "Statement file is empty",
        "'{0}' is empty or holds only white space; it was skipped", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnplacedLine = new(
        "JST003", "Line could not be placed",
        "This line is neither a field, body text, a signatory nor page furniture; it is kept in Statement.Unplaced: \"{0}\"", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnsplitSignatory = new(
        "JST004", "Signatory line could not be split",
        "No organisation name could be read from signatory line \"{0}\"; the whole line is kept as the name", IssueSeverity.Warning);

    public static readonly IssueDescriptor DateWithoutYear = new(
        "JST005", "Date has no year",
        "The date \"{0}\" gives no year and none could be inferred from the page; the statement's date is left empty", IssueSeverity.Warning);

    public static readonly IssueDescriptor SuspiciousCharacter = new(
        "JST006", "Suspicious invisible character",
        "The line contains {0} (U+{1:X4}), which can make text read differently from how it is stored; it is kept as written", IssueSeverity.Warning);

    public static readonly IssueDescriptor DuplicateStatementId = new(
        "JST007", "Two statement files have the same id",
        "Statement id '{0}' is also the id of '{1}', a different statement; this one gets the id '{2}'", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnexpectedFailure = new(
        "JST008", "Statement file could not be processed",
        "An unexpected error stopped the processing of '{0}': {1}; the other statement files are still compiled", IssueSeverity.Error);

    public static readonly IssueDescriptor InvalidSetting = new(
        "JST009", "Invalid generator setting",
        "The MSBuild property {0} has the value '{1}', which is not {2}; the default '{3}' is used", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnknownCountry = new(
        "JST010", "Country not recognised",
        "\"{0}\" reads like the country of signatory \"{1}\" but names no known country; the country is left empty and the text kept in the name", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnusableAlias = new(
        "JST011", "Party alias entry cannot be used",
        "Alias entry \"{0}\" {1}", IssueSeverity.Warning);

    public static readonly IssueDescriptor NoStatement = new(
        "JST012", "No recognisable statement",
        "'{0}' holds no recognisable statement: no title, issuer, body text or signatory list was found; what could be read is kept", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnreadableDate = new(
        "JST013", "Date cannot be read",
        "The date \"{0}\" does not exist ({1}); {2} is left empty", IssueSeverity.Warning);

    public static readonly IssueDescriptor UnknownIssuer = new(
        "JST014", "Unknown issuer",
        "'{0}' stands where an issuer's acronym does, but it is none of ICOR, ICMLPO/CIPOML or IMCWP; the line's kind and date are read, its issuer is not", IssueSeverity.Warning);

    public static readonly IssueDescriptor NotUtf8 = new(
        "JST015", "Statement file is not valid UTF-8",
        "'{0}' is not valid UTF-8: {1}; save it as UTF-8", IssueSeverity.Warning);

    public static readonly IssueDescriptor LanguageVersionTooOld = new(
        "JST017", "C# version too old for the generated statements",
        "The statement files were not typed: the generated code needs C# 7.3 or newer and this project compiles C# {0}; set <LangVersion> to 7.3 or newer", IssueSeverity.Error);

    public static readonly IssueDescriptor ListNotRead = new(
        "JST018", "Organisations left out of the list",
        "{0} lines from here look like a list of organisations but were not read as the signatory list; they are kept in the body", IssueSeverity.Warning);

    public static readonly IssueDescriptor NoTitle = new(
        "JST019", "Statement has no title",
        "'{0}' has no line that reads as its title; Statement.Title is empty", IssueSeverity.Info);

    public static readonly IssueDescriptor NoIssuer = new(
        "JST020", "Statement names no conference body",
        "'{0}' names no ICOR, ICMLPO/CIPOML or IMCWP body, meeting or working group; it is read as a joint statement of parties (Issuer is empty)", IssueSeverity.Info);

    public static readonly IssueDescriptor NoDate = new(
        "JST021", "Statement has no date",
        "'{0}' gives no date of adoption or issue that could be read; Statement.Date is empty", IssueSeverity.Info);

    public static readonly IssueDescriptor CopiedStatement = new(
        "JST022", "Statement file is a copy",
        "'{0}' holds the same statement as '{1}' (id '{2}'); this copy was left out, so its signatures are not counted twice", IssueSeverity.Warning);

    public static readonly IssueDescriptor PageWithoutText = new(
        "JST025", "Web page has no text",
        "'{0}' is a web page with no text {1}; it was skipped", IssueSeverity.Warning);

    public static readonly IssueDescriptor PageNotRead = new(
        "JST026", "Web page could not be read",
        "'{0}' could not be read as a web page: {1}; it was skipped", IssueSeverity.Warning);

    public static readonly IssueDescriptor PageCharset = new(
        "JST027", "Web page's charset is not what it declares",
        "'{0}' {1}; it was read as {2}, so letters outside ASCII may be wrong", IssueSeverity.Warning);

    public static readonly IssueDescriptor NamesFromText = new(
        "JST028", "Signatories read from running text",
        "The statement has no list of signatories; the {0} organisations named here one after another were read as its signatories; check them", IssueSeverity.Info);

    public static readonly IssueDescriptor NoSignatories = new(
        "JST029", "Statement names no signatories",
        "'{0}' has no list of organisations that could be read: no heading, run of entries, letterhead or organisations named in its sentences; Statement.Signatories is empty", IssueSeverity.Info);

    /// <summary>Whether an issue with <paramref name="id"/> means its input was skipped as no statement text: an empty,
    /// binary, PDF or office file, or a web page with no text or one that cannot be read.</summary>
    public static bool SkipsTheInput(string id) =>
        id == NotText.Id || id == EmptyFile.Id || id == PageWithoutText.Id || id == PageNotRead.Id;

    /// <summary>The whole catalogue, in ID order.</summary>
    public static readonly IssueDescriptor[] All =
    {
        NotText, EmptyFile, UnplacedLine, UnsplitSignatory, DateWithoutYear, SuspiciousCharacter,
        DuplicateStatementId, UnexpectedFailure, InvalidSetting, UnknownCountry, UnusableAlias,
        NoStatement, UnreadableDate, UnknownIssuer, NotUtf8, LanguageVersionTooOld, ListNotRead, NoTitle, NoIssuer, NoDate,
        CopiedStatement, PageWithoutText, PageNotRead, PageCharset, NamesFromText, NoSignatories,
    };
}
