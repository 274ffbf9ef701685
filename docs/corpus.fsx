// The bundled corpus from F#. From the repository root, build the library once, then run the script:
//   dotnet build src/JointStatements
//   dotnet fsi docs/corpus.fsx
// Once the package is published, #r "nuget: JointStatements" can take the place of the #r line below.
#r "../src/JointStatements/bin/Debug/netstandard2.0/JointStatements.dll"

open JointStatements

let acronym (issuer: System.Nullable<Issuer>) =
    if issuer.HasValue then issuer.Value.Acronym() else "joint"

// The statements in date order (a DateSpan compares by its start, then its end).
for statement in Corpus.Statements |> Seq.sortBy (fun s -> s.Date) do
    printfn "%-21s  %-6s  %3d  %s" (string statement.Date) (acronym statement.Issuer) statement.Signatories.Count (string statement.Kind)

// The countries with the most parties.
for count in Corpus.CountByCountry() |> Seq.truncate 3 do
    printfn "%s: %d parties, %d signatures" count.Country.Name count.Parties count.Signatures

// A party by its short name, and who signed with it most often.
let mlpd = Corpus.Parties.Find "MLPD"
let partners = Corpus.CoSigners mlpd
let struct (closest, together) = partners.[0]
printfn "%s (%s) signed with %d parties, with %s in %d statements" mlpd.Label mlpd.Country.Name partners.Count closest.Label together
