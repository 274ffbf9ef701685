using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace JointStatements;

/// <summary>Writes parties as JSON in the shape of the hand-labelled <c>parties.json</c>: <c>key</c>, <c>name</c>,
/// <c>country</c>, <c>appearances</c> (<c>file</c>, <c>position</c>) and <c>basis</c> (<c>single</c>,
/// <c>same shortName and name</c>, <c>same name</c>, <c>curated</c>), then <c>shortName</c>, <c>englishName</c>, <c>names</c>,
/// <c>shortNames</c>, <c>issuers</c> and each appearance's <c>statementId</c>. The output is ordered as given,
/// <c>\n</c>-terminated, and the same under every culture.</summary>
public static class PartyJson
{
    /// <summary>The parties as one JSON array, in the order given.</summary>
    public static string Serialize(IEnumerable<Party> parties)
    {
        if (parties is null) throw new ArgumentNullException(nameof(parties));
        return JsonText.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var party in parties) WriteParty(writer, party ?? throw new ArgumentException("The parties include a null.", nameof(parties)));
            writer.WriteEndArray();
        });
    }

    /// <summary>The basis as the labels write it.</summary>
    public static string BasisLabel(PartyJoinBasis basis) => basis switch
    {
        PartyJoinBasis.SingleAppearance => "single",
        PartyJoinBasis.SameShortNameAndName => "same shortName and name",
        PartyJoinBasis.SameName => "same name",
        PartyJoinBasis.Curated => "curated",
        PartyJoinBasis.SameShortNameAndCountry => "same shortName and country",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown basis."),
    };

    private static void WriteParty(Utf8JsonWriter writer, Party party)
    {
        writer.WriteStartObject();
        writer.WriteString("key", party.Key);
        writer.WriteString("name", party.Name);
        writer.WriteNullableString("country", party.Country?.Code);
        writer.WriteObjects("appearances", party.Appearances, appearance =>
        {
            writer.WriteString("file", appearance.SourceFile);
            writer.WriteNumber("position", appearance.Position);
            writer.WriteString("statementId", appearance.StatementId);
        });
        writer.WriteString("basis", BasisLabel(party.Basis));
        writer.WriteNullableString("shortName", party.ShortName);
        writer.WriteNullableString("englishName", party.EnglishName);
        writer.WriteStrings("names", party.Names);
        writer.WriteStrings("shortNames", party.ShortNames);
        writer.WriteStrings("issuers", party.Issuers.Select(issuer => issuer.Acronym()));
        writer.WriteEndObject();
    }
}
