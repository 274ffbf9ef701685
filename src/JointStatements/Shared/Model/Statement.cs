using System;

namespace JointStatements;

/// <summary>One joint statement, parsed from its text.</summary>
/// <param name="Id">A readable identifier: issuer, date and title words, e.g. <c>icor-2020-01-17-us-imperialism-endangers-world-peace</c>.</param>
/// <param name="SourceFile">The statement file's name, e.g. <c>001_06bc98f3d293d295.txt</c>.</param>
/// <param name="Issuer">The issuing body, or <see langword="null"/> for a joint statement that names none.</param>
/// <param name="Kind">The document's own word for itself, else <see cref="StatementKind.Statement"/>.</param>
/// <param name="Title">The title as written, or <see langword="null"/> when the text has none.</param>
/// <param name="Meeting">The meeting that adopted it as written (<c>XI Plenary Session</c>), or <see langword="null"/>.</param>
/// <param name="Place">Where it was adopted (<c>Izmir, Turkey</c>, or a region such as <c>Europe</c>), or <see langword="null"/>.</param>
/// <param name="Date">When it was adopted or issued, with its precision, or <see langword="null"/> when the text does not say.</param>
/// <param name="SignatoriesAsOf">The day the signatory list says it is current as of, or <see langword="null"/>.</param>
/// <param name="SignatoryRole">What the list means, or <see langword="null"/> when there is no list.</param>
/// <param name="Signatories">The organisations in the order of the text; later waves have <see cref="Signatory.IsLate"/> set.</param>
/// <param name="Body">The statement's text as paragraphs, points and slogans.</param>
/// <param name="Boilerplate">Web-page furniture and print artefacts that are not part of the statement.</param>
/// <param name="Unplaced">Lines the parser could not place; each is also reported as a diagnostic.</param>
/// <param name="Lines">The line each value was read from.</param>
/// <param name="SourceUrl">The address of the web page the statement was read from, where it is known (the page was
/// fetched from it, or names it as where it was saved from or as its canonical address); else <see langword="null"/>.</param>
public sealed record Statement(
    string Id,
    string SourceFile,
    Issuer? Issuer,
    StatementKind Kind,
    string? Title,
    string? Meeting,
    string? Place,
    DateSpan? Date,
    DateTime? SignatoriesAsOf,
    SignatoryRole? SignatoryRole,
    ValueList<Signatory> Signatories,
    ValueList<BodyBlock> Body,
    ValueList<TextLine> Boilerplate,
    ValueList<TextLine> Unplaced,
    StatementLines Lines,
    string? SourceUrl = null)
{
    /// <summary>The title, or for an untitled statement a label made of issuer, kind, meeting and date,
    /// e.g. <c>ICMLPO Statement, XXIX Plenary Session, 2024-11</c>.</summary>
    public string DisplayName => Title ?? StatementLabels.Untitled(this);
}
