using System.Collections.Generic;

namespace JointStatements.Identity;

/// <summary>Reads a curated alias table: one entry per line, <c>key | short name | name</c> (the short name may be
/// empty), blank lines and <c>#</c> comments ignored. A line that is not an entry is reported with its line number.</summary>
internal static class PartyAliasTable
{
    public static (List<PartyAlias> Entries, List<(int Line, string Text)> Malformed) Read(string text)
    {
        var entries = new List<PartyAlias>();
        var malformed = new List<(int, string)>();
        var lines = text.Replace("\r\n", "\n").Split('\n', '\r');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#", System.StringComparison.Ordinal)) continue;
            var cells = line.Split('|');
            if (cells.Length != 3 || cells[0].Trim().Length == 0 || cells[2].Trim().Length == 0)
            {
                malformed.Add((i + 1, line));
                continue;
            }
            var shortName = cells[1].Trim();
            entries.Add(new PartyAlias(cells[0].Trim(), shortName.Length == 0 ? null : shortName, cells[2].Trim(), i + 1));
        }
        return (entries, malformed);
    }
}
