using System;
using System.Globalization;
using JointStatements.Parsing.Issues;
using JointStatements.Parsing.Lists;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing;

// What the parser reports: what a statement lacks, organisation lines left in the body, unknown issuers, invisible and undecodable characters.
internal sealed partial class StatementReader
{
    /// <summary>Never silent: organisation-like lines left in the body get a warning at the first of them, so the build
    /// output says which statements to check; a missing title, issuer, date or list is information at the statement's
    /// first line (the same IDs at compile time and at run time).</summary>
    private void ReportWhatIsMissing(Statement statement)
    {
        if (ListFinder.Best(0, _lines.Count, LeftOutEntryScore, open: i => _roles[i] == LineRole.Body,
                skippable: i => _roles[i] is LineRole.Blank or LineRole.Boilerplate, introducedAt: _ => false) is { } leftOut)
        {
            var first = _lines[leftOut.Start];
            _issues.Add(IssueCatalog.ListNotRead.At(first.Number, 1, first.Raw.Length, leftOut.Entries));
        }
        var top = FirstTextLine();
        if (statement.Title is null) _issues.Add(IssueCatalog.NoTitle.At(top, 1, 0, _fileName));
        if (statement.Issuer is null) _issues.Add(IssueCatalog.NoIssuer.At(top, 1, 0, _fileName));
        if (statement.Date is null) _issues.Add(IssueCatalog.NoDate.At(top, 1, 0, _fileName));
        if (statement.Signatories.Count == 0) _issues.Add(IssueCatalog.NoSignatories.At(top, 1, 0, _fileName));
    }

    // A body line that opens with an article and a word in lower case ("The communist parties of the Nordic countries
    // held …", "The fifth meeting of the …") speaks of organisations by common nouns and names none: no entry left out,
    // however many organisation words it holds.
    private int LeftOutEntryScore(int index)
    {
        var text = _lines[index].Text;
        var space = text.IndexOf(' ');
        var opensWithCommonNoun = space > 0 && space + 1 < text.Length && char.IsLower(text[space + 1])
            && Lexicons.Lexicons.IsArticle(Text.NameFolding.Fold(text.Substring(0, space)));
        return opensWithCommonNoun ? 0 : EntryScore(index);
    }

    // The first line of the statement's own text, where the reports of what it lacks point.
    private int FirstTextLine()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_roles[i] is not (LineRole.Blank or LineRole.Boilerplate)) return _lines[i].Number;
        }
        return 1;
    }

    private void ReportUnknownIssuer(InputLine line, string acronym)
    {
        var column = line.Raw.IndexOf(acronym, StringComparison.Ordinal) + 1;
        _issues.Add(IssueCatalog.UnknownIssuer.At(line.Number, column, acronym.Length, acronym));
    }

    private void ReportSuspiciousCharacters()
    {
        foreach (var line in _lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < line.Raw.Length; i++)
            {
                var c = line.Raw[i];
                var description = SuspiciousCharacters.Describe(line.Raw, i);
                if (description is null) continue;
                _issues.Add(IssueCatalog.SuspiciousCharacter.At(line.Number, i + 1, 1, description, (int)c));
                break;
            }
        }
    }

    // U+FFFD stands for bytes a decoder could not read (the compiler decodes invalid UTF-8 so): what they were is lost.
    private void ReportReplacementCharacters()
    {
        const char Replacement = '\uFFFD';
        InputLine? first = null;
        var count = 0;
        foreach (var line in _lines)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var c in line.Raw)
            {
                if (c == Replacement) count++;
            }
            if (first is null && count > 0) first = line;
        }
        if (first is null) return;
        var reason = string.Format(CultureInfo.InvariantCulture,
            "{0} undecodable byte sequence{1} became U+FFFD, the first here", count, count == 1 ? "" : "s");
        _issues.Add(IssueCatalog.NotUtf8.At(first.Number, first.Raw.IndexOf(Replacement) + 1, 1, _fileName, reason));
    }
}
