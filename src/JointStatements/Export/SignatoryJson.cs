using System;
using System.Collections.Generic;

namespace JointStatements;

/// <summary>Writes signatories on their own as JSON: each as in the statement export (<c>position</c>, <c>shortName</c>,
/// <c>name</c>, <c>englishName</c>, <c>country</c>, <c>late</c>, <c>line</c>, <c>party</c>), preceded by its
/// <c>statementId</c>. Lines end with <c>\n</c>; the text is the same under every culture.</summary>
public static class SignatoryJson
{
    /// <summary>The signatories as one JSON array, in the order given, each with the key of the party
    /// <paramref name="parties"/> joins it to (<see cref="PartyCollection.PartyOf"/>), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="signatories"/> includes a <see langword="null"/>.</exception>
    public static string Serialize(IEnumerable<Signatory> signatories, PartyCollection parties)
    {
        if (signatories is null) throw new ArgumentNullException(nameof(signatories));
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        return JsonText.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var signatory in signatories)
            {
                StatementJson.WriteSignatory(writer, signatory ?? throw new ArgumentException("The signatories include a null.", nameof(signatories)),
                    parties.PartyOf, withStatementId: true);
            }
            writer.WriteEndArray();
        });
    }
}
