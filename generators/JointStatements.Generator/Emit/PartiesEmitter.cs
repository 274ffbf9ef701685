using JointStatements.Generator.Model;

namespace JointStatements.Generator.Emit;

/// <summary>Writes the party collection class: one named property per party for IntelliSense. The parties themselves
/// are derived at run time from the statements and the alias table by the same resolver, so a statement parsed at run
/// time is joined by the same rules.</summary>
internal static class PartiesEmitter
{
    public static string HintName(CorpusModel model) => model.Settings.Namespace + "." + model.Settings.PartiesClassName + ".g.cs";

    public static string Emit(CorpusModel model)
    {
        var settings = model.Settings;
        var className = settings.PartiesClassName;
        var code = CollectionClass.Open(settings, "the project's statement files and party aliases", new[]
        {
            "/// <summary>The " + Literals.Int(model.Parties.Count) + " parties of <see cref=\"" + settings.ClassName + "\"/>: one per organisation across its statements.</summary>",
        }, className, "PartyCollection", "parties");
        code.Line();
        code.Line("private " + className + "() : base(" + settings.ClassName + ".All) { }");
        foreach (var named in model.Parties)
        {
            var party = named.Party;
            code.Line();
            code.Line("/// <summary>" + Literals.XmlDoc(Describe(party)) + "</summary>");
            code.Line("public global::JointStatements.Party " + named.MemberName + " => this[" + Literals.String(party.Key) + "];");
        }
        code.Close();
        code.Close();
        return code.ToString();
    }

    // "Marxistisch-Leninistische Partei Deutschlands (MLPD; DE; 2 appearances)"
    private static string Describe(Party party)
    {
        var details = party.ShortName is null ? "" : party.ShortName + "; ";
        if (party.Country is not null) details += party.Country.Code + "; ";
        var appearances = party.Appearances.Count == 1 ? "1 appearance" : Literals.Int(party.Appearances.Count) + " appearances";
        return party.Name + " (" + details + appearances + ")";
    }
}
