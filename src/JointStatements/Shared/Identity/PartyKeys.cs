using System.Collections.Generic;
using System.Text;
using JointStatements.Parsing.Text;

namespace JointStatements.Identity;

/// <summary>Party keys: lower-case ASCII slugs of the short name, else the name (<c>CPI (ML) Red Star</c> →
/// <c>cpi-ml-red-star</c>, <c>БРП(к)</c> → <c>brp-k</c>). Accents fold away, Cyrillic and Greek are transliterated,
/// apostrophes vanish and any other run of marks becomes one dash.</summary>
internal static class PartyKeys
{
    private static readonly Dictionary<char, string> Transliteration = new()
    {
        // Cyrillic (Russian, Bulgarian, Ukrainian, Serbian letters)
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sht",
        ['ъ'] = "a", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['є'] = "ye", ['і'] = "i", ['ї'] = "yi",
        ['ґ'] = "g", ['ђ'] = "dj", ['ј'] = "j", ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz",
        // Greek
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    };

    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in NameFolding.Fold(text))
        {
            if (c == '\'') continue;
            var ascii = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString()
                : Transliteration.TryGetValue(c, out var latin) ? latin : null;
            if (ascii is null)
            {
                pendingDash = slug.Length > 0;
                continue;
            }
            if (pendingDash) slug.Append('-');
            pendingDash = false;
            slug.Append(ascii);
        }
        return slug.Length > 0 ? slug.ToString() : "party";
    }
}
