using JointStatements.Parsing.Rules;

namespace JointStatements.Parsing;

// Furniture: the page's menus, share blocks, bylines, post dates and print stamps, marked before anything else is read.
internal sealed partial class StatementReader
{
    private void MarkBoilerplate()
    {
        string? previous = null;
        var seenText = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var line = _lines[i];
            if (line.IsBlank)
            {
                _roles[i] = LineRole.Blank;
                continue;
            }
            var text = WithoutMarker(i);
            if (BoilerplateRules.PrintStampDate(text) is { } stamp)
            {
                _printStamp ??= stamp;
                _roles[i] = LineRole.Boilerplate;
            }
            else if (BoilerplateRules.IsFurniture(text, previous) || (seenText < 6 && BoilerplateRules.IsLanguageTag(text))
                || (seenText < 2 && BoilerplateRules.IsIssueLine(text)))
            {
                _roles[i] = LineRole.Boilerplate;
            }
            previous = line.Text;
            seenText++;
        }
        // A site's name above its menu at the top of the page ("Red Horizon – news of …") is the site's, not the statement's.
        for (var i = 0; i < _lines.Count && i < 4; i++)
        {
            if (_roles[i] != LineRole.Boilerplate || !BoilerplateRules.IsMenu(_lines[i].Text)) continue;
            for (var j = 0; j < i; j++)
            {
                if (_roles[j] == LineRole.None) _roles[j] = LineRole.Boilerplate;
            }
        }
    }
}
