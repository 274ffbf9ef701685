open System.IO
open JointStatements

let folder = Path.Combine(__SOURCE_DIRECTORY__, "..", "Research.Data", "statements")
let results = Directory.GetFiles(folder, "*.txt") |> Array.sort |> Array.map StatementFiles.Load
let own = results |> Array.filter (fun r -> not r.IsSkipped) |> Array.map (fun r -> r.Statement)
let all = Corpus.With(own)
printfn "F#: %d files, %d skipped, %d statements in all" results.Length (results |> Array.filter (fun r -> r.IsSkipped) |> Array.length) all.Statements.Count
