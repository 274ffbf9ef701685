using System;
using System.Collections.Generic;
using System.Linq;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Dates;

/// <summary>Month names in the languages these pages come in: each lexicon's <c>[month names]</c> (spellings and
/// abbreviations beyond CLDR's), and every name CLDR gives in the languages of <c>tools/cldr</c>
/// (<see cref="CldrMonthNames"/>).</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> NumberByName = Build();

    /// <summary>Every name, in the order of a regular expression's alternation (<see cref="Text.Alternations"/>), which
    /// prefers <c>Sept</c> over <c>Sep</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Text.Alternations.InMatchOrder(NumberByName.Keys).ToArray();

    /// <summary>Whether a month's name may stand in <paramref name="text"/> as the date patterns read one: anywhere, in any
    /// case, followed by no letter. <see langword="false"/> only when none can (a speed-only pre-check).</summary>
    public static bool MayStandIn(string text)
    {
        // The Kelvin sign is a "k" (Oktober) and the ohm sign an "ω" (Greek months) to a case-insensitive expression but
        // not to an ordinal comparison.
        if (text.IndexOf('\u212A') >= 0 || text.IndexOf('\u2126') >= 0) return true;
        // Each place a name may end (before a character that is no letter, or the end), read backwards: one walk of
        // the reversed names rather than a search for each of several hundred names.
        for (var end = 1; end <= text.Length; end++)
        {
            if (end < text.Length && char.IsLetter(text[end])) continue;
            if (EndsWithName(text, end)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> may end with a month's name, in any case. <see langword="false"/> only when
    /// it cannot (a speed-only pre-check).</summary>
    public static bool MayEnd(string text)
    {
        // Every name ends in a letter.
        if (text.Length == 0 || !char.IsLetter(text[text.Length - 1])) return false;
        // The Kelvin sign is a "k" (Oktober) and the ohm sign an "ω" (Greek months) to a case-insensitive expression but
        // not to an ordinal comparison.
        if (text.IndexOf('\u212A') >= 0 || text.IndexOf('\u2126') >= 0) return true;
        return EndsWithName(text, text.Length);
    }

    // The names reversed, in upper case (as OrdinalIgnoreCase compares), as a trie: state and character lead to the
    // next state; a state where a whole name has been read is in NameEnds.
    private static readonly Dictionary<long, int> ReversedNext = new();
    private static readonly HashSet<int> NameEnds = BuildReversed();

    private static HashSet<int> BuildReversed()
    {
        var ends = new HashSet<int>();
        var states = 1;
        foreach (var name in NumberByName.Keys)
        {
            var state = 0;
            for (var i = name.Length - 1; i >= 0; i--)
            {
                var key = ((long)state << 16) | Text.InvariantCase.Upper(name[i]);
                if (!ReversedNext.TryGetValue(key, out var next)) ReversedNext.Add(key, next = states++);
                state = next;
            }
            ends.Add(state);
        }
        return ends;
    }

    // Whether text[..end] ends with a month's name, in any case.
    private static bool EndsWithName(string text, int end)
    {
        var state = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            if (!ReversedNext.TryGetValue(((long)state << 16) | Text.InvariantCase.Upper(text[i]), out state)) return false;
            if (NameEnds.Contains(state)) return true;
        }
        return false;
    }

    /// <summary>The English name of month <paramref name="month"/> (1-12), for messages.</summary>
    public static string English(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>The month number (1-12) of a name, ignoring case and a trailing period.</summary>
    public static int? Number(string name)
    {
        var key = name.TrimEndChars(".").ToLowerInvariant();
        return NumberByName.TryGetValue(key, out var month) ? month : null;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lexicon in Lexicons.Lexicons.All)
        {
            foreach (var (month, name) in lexicon.MonthNames) map[name.ToLowerInvariant()] = month;
        }
        // Every other language's names from CLDR (tools/cldr drops those that are ordinary words elsewhere).
        foreach (var (name, month) in CldrMonthNames.All)
        {
            var key = name.ToLowerInvariant();
            if (!map.ContainsKey(key)) map.Add(key, month);
        }
        return map;
    }
}
