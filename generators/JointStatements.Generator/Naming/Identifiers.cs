using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Generator.Naming;

/// <summary>The one place that turns text into C# identifiers: letters and digits of any script are kept,
/// everything else is dropped, a leading digit gets a <c>_</c> and a keyword an <c>@</c>; at most
/// <see cref="MaxLength"/> characters are kept.</summary>
internal static class Identifiers
{
    /// <summary>The longest identifier made: well under the compiler's limit of 512 (CS0645), with room for a suffix.</summary>
    public const int MaxLength = 128;

    public static string Create(string text)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (builder.Length == MaxLength) break;
            if (IsIdentifierPart(c)) builder.Append(c);
        }
        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0])) builder.Insert(0, '_');
        var identifier = builder.ToString();
        return IsKeyword(identifier) ? "@" + identifier : identifier;
    }

    /// <summary>Pascal case from words: each word's first letter in upper case (invariant), then <see cref="Create"/>.</summary>
    public static string Pascal(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }
        return Create(builder.ToString());
    }

    public static bool IsIdentifier(string? text) =>
        !string.IsNullOrEmpty(text) && SyntaxFacts.IsValidIdentifier(text) && !IsKeyword(text!);

    public static bool IsQualifiedName(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var part in text!.Split('.'))
        {
            if (!IsIdentifier(part)) return false;
        }
        return true;
    }

    // Letters and digits of any script; combining marks and connectors are identifier parts too, but not a dash or a space.
    private static bool IsIdentifierPart(char c) =>
        SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

    private static bool IsKeyword(string text) =>
        SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(text) != SyntaxKind.None;
}
