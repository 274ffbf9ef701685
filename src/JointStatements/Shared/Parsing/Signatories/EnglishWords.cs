using System.Collections.Generic;
using JointStatements.Parsing.Text;

namespace JointStatements.Parsing.Signatories;

/// <summary>Tells English organisation names from names in other languages, so that a parenthesis after a
/// non-English name is read as its English rendering: the share of a text's words that are common English words
/// of organisation names. Acronyms and country names count for neither side; a word found in both English and
/// another language's names (<c>Union</c>, <c>Popular</c>) still counts as English, which the share absorbs.</summary>
internal static class EnglishWords
{
    private static readonly HashSet<string> Vocabulary = new(System.StringComparer.Ordinal)
    {
        // function words
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "the", "to", "with", "without",
        // organisation words (British "organisation" is left out: it is also German and French)
        "party", "parties", "organization", "organizations", "union", "league", "group", "groups", "front", "movement",
        "council", "committee", "committees", "platform", "bloc", "line", "alliance", "association", "federation",
        "coalition", "collective", "circle", "centre", "center", "network", "initiative", "nucleus", "cell", "cells",
        "forum", "assembly", "congress", "commune", "army", "brigade", "youth", "students", "student", "women", "womens",
        "workers", "worker", "workers'", "working", "labor", "labour", "peoples", "people", "people's", "peoples'",
        "class", "community", "society", "coordination", "reconstruction", "construction", "building", "unity",
        "solidarity", "manifesto", "establishment", "democracy", "populations", "trade", "unions",
        // political words
        "communist", "communists", "marxist", "leninist", "maoist", "maoists", "socialist", "socialists", "socialism",
        "revolutionary", "revolution", "proletarian", "proletariat", "democratic", "patriotic", "popular", "national",
        "republican", "independent", "united", "unified", "progressive", "left", "new", "red", "dawn", "star", "flag",
        "path", "road", "way", "struggle", "voice", "spark", "light", "october", "liberation", "independence",
        "anti", "imperialist", "fascist", "antifascist", "internationalist", "free", "freedom", "peace",
        "thought", "ideology", "organized", "organised", "proletarians", "toilers", "peasants", "farmers",
    };

    /// <summary>The share (0..1) of counted words that are English; 0 when no word counts.</summary>
    public static double Share(string text)
    {
        int english = 0, counted = 0;
        foreach (var word in Words(text))
        {
            if (Acronyms.IsAcronymLike(word) || Countries.CountryLookup.Default.Exact(word) is not null) continue;
            counted++;
            if (Vocabulary.Contains(word.ToLowerInvariant())) english++;
        }
        return counted == 0 ? 0 : (double)english / counted;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' || text[i] == '’');
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0)
            {
                var word = text.Substring(start, i - start).TrimChars("'’");
                if (word.Length > 0) yield return word.Replace('’', '\'');
                start = -1;
            }
        }
    }
}
