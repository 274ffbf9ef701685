using System.Collections.Generic;
using System.Linq;
using JointStatements.Parsing.Issues;
using Microsoft.CodeAnalysis;

namespace JointStatements.Generator.Diagnostics;

/// <summary>Roslyn descriptors for the shared <see cref="IssueCatalog"/>, so the run-time parser and the compiler
/// report the same IDs, titles and severities. Each is declared with a literal ID and severity because Roslyn's
/// release-tracking analyzer reads only those (AnalyzerReleases.*.md); a test checks them against the catalogue.
/// The parser formats the message (it runs without Roslyn too), so every descriptor passes it through as <c>{0}</c>.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The page with one section per ID, anchored by the lower-case ID. The repository's public address is not
    /// known yet: this constant is the one place to change when it is (see docs/diagnostics.md).</summary>
    public const string HelpPage = "https://github.com/jointstatements/jointstatements/blob/main/docs/diagnostics.md";

    private const string Category = IssueDescriptor.Category;
    private const string Message = "{0}";

    public static readonly DiagnosticDescriptor NotText = new(
        "JST001", IssueCatalog.NotText.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst001");

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "JST002", IssueCatalog.EmptyFile.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst002");

    public static readonly DiagnosticDescriptor UnplacedLine = new(
        "JST003", IssueCatalog.UnplacedLine.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst003");

    public static readonly DiagnosticDescriptor UnsplitSignatory = new(
        "JST004", IssueCatalog.UnsplitSignatory.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst004");

    public static readonly DiagnosticDescriptor DateWithoutYear = new(
        "JST005", IssueCatalog.DateWithoutYear.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst005");

    public static readonly DiagnosticDescriptor SuspiciousCharacter = new(
        "JST006", IssueCatalog.SuspiciousCharacter.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst006");

    public static readonly DiagnosticDescriptor DuplicateStatementId = new(
        "JST007", IssueCatalog.DuplicateStatementId.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst007");

    public static readonly DiagnosticDescriptor UnexpectedFailure = new(
        "JST008", IssueCatalog.UnexpectedFailure.Title, Message, Category, DiagnosticSeverity.Error, true, helpLinkUri: HelpPage + "#jst008");

    public static readonly DiagnosticDescriptor InvalidSetting = new(
        "JST009", IssueCatalog.InvalidSetting.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst009");

    public static readonly DiagnosticDescriptor UnknownCountry = new(
        "JST010", IssueCatalog.UnknownCountry.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst010");

    public static readonly DiagnosticDescriptor UnusableAlias = new(
        "JST011", IssueCatalog.UnusableAlias.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst011");

    public static readonly DiagnosticDescriptor NoStatement = new(
        "JST012", IssueCatalog.NoStatement.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst012");

    public static readonly DiagnosticDescriptor UnreadableDate = new(
        "JST013", IssueCatalog.UnreadableDate.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst013");

    public static readonly DiagnosticDescriptor UnknownIssuer = new(
        "JST014", IssueCatalog.UnknownIssuer.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst014");

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "JST015", IssueCatalog.NotUtf8.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst015");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        "JST017", IssueCatalog.LanguageVersionTooOld.Title, Message, Category, DiagnosticSeverity.Error, true, helpLinkUri: HelpPage + "#jst017");

    public static readonly DiagnosticDescriptor ListNotRead = new(
        "JST018", IssueCatalog.ListNotRead.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst018");

    public static readonly DiagnosticDescriptor NoTitle = new(
        "JST019", IssueCatalog.NoTitle.Title, Message, Category, DiagnosticSeverity.Info, true, helpLinkUri: HelpPage + "#jst019");

    public static readonly DiagnosticDescriptor NoIssuer = new(
        "JST020", IssueCatalog.NoIssuer.Title, Message, Category, DiagnosticSeverity.Info, true, helpLinkUri: HelpPage + "#jst020");

    public static readonly DiagnosticDescriptor NoDate = new(
        "JST021", IssueCatalog.NoDate.Title, Message, Category, DiagnosticSeverity.Info, true, helpLinkUri: HelpPage + "#jst021");

    public static readonly DiagnosticDescriptor CopiedStatement = new(
        "JST022", IssueCatalog.CopiedStatement.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst022");

    public static readonly DiagnosticDescriptor PageWithoutText = new(
        "JST025", IssueCatalog.PageWithoutText.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst025");

    public static readonly DiagnosticDescriptor PageNotRead = new(
        "JST026", IssueCatalog.PageNotRead.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst026");

    public static readonly DiagnosticDescriptor PageCharset = new(
        "JST027", IssueCatalog.PageCharset.Title, Message, Category, DiagnosticSeverity.Warning, true, helpLinkUri: HelpPage + "#jst027");

    public static readonly DiagnosticDescriptor NamesFromText = new(
        "JST028", IssueCatalog.NamesFromText.Title, Message, Category, DiagnosticSeverity.Info, true, helpLinkUri: HelpPage + "#jst028");

    public static readonly DiagnosticDescriptor NoSignatories = new(
        "JST029", IssueCatalog.NoSignatories.Title, Message, Category, DiagnosticSeverity.Info, true, helpLinkUri: HelpPage + "#jst029");

    /// <summary>Every descriptor, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        NotText, EmptyFile, UnplacedLine, UnsplitSignatory, DateWithoutYear, SuspiciousCharacter, DuplicateStatementId,
        UnexpectedFailure, InvalidSetting, UnknownCountry, UnusableAlias, NoStatement, UnreadableDate, UnknownIssuer, NotUtf8,
        LanguageVersionTooOld, ListNotRead, NoTitle, NoIssuer, NoDate, CopiedStatement, PageWithoutText, PageNotRead, PageCharset,
        NamesFromText, NoSignatories,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = All.ToDictionary(d => d.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => Descriptors[id];
}
