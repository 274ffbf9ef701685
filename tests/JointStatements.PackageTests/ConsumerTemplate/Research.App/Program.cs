using JointStatements;
using Research.Data;

Console.WriteLine($"bundled: {Corpus.Statements.Count} statements, {Corpus.Signatories.Count} signatories, {Corpus.Parties.Count} parties");

var own = OwnStatements.All;
Console.WriteLine($"own: {own.Count} statements in {own.GetType().FullName}, public: {own.GetType().IsPublic}");
var piraeus = OwnStatements.Piraeus;
Console.WriteLine($"typed: {piraeus.Issuer?.Acronym()} {piraeus.Kind} {piraeus.Date}: {piraeus.Title}, {piraeus.Signatories.Count} signatories");

var lisbon = OwnStatements.Lisbon;
Console.WriteLine($"page: {lisbon.SourceFile}, {lisbon.Title} ({lisbon.Kind}, {lisbon.Place}, {lisbon.Date}), line {lisbon.Lines.Title}, {lisbon.SourceUrl}");
Console.WriteLine($"page signatories: {string.Join("; ", lisbon.Signatories.Select(s => $"{s.Position}. {s.Name} ({s.Country?.Code}) line {s.Line}"))}");

var all = OwnStatements.WithBundled;
Console.WriteLine($"combined: {all.Statements.Count} statements, {all.Signatories.Count} signatories, {all.Parties.Count} parties");
foreach (var key in new[] { "mlpd", "kol", "dkp" })
{
    var party = all.Parties[key];
    Console.WriteLine($"{key}: {string.Join(", ", party.Appearances.Select(a => a.SourceFile))} ({party.Basis})");
}

var icor = all.Statements.Where(s => s.Issuer == Issuer.Icor).OrderBy(s => s.Date?.Start);
foreach (var statement in icor)
    Console.WriteLine($"ICOR {statement.Date}: {statement.Signatories.Count} signatories");
