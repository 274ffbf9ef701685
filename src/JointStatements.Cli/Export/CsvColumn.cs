using System;

namespace JointStatements.Cli.Export;

/// <summary>One column of a CSV export: its header and how a row's cell is read from an item (<see langword="null"/> for
/// an empty cell).</summary>
internal sealed record CsvColumn<T>(string Header, Func<T, string?> Cell);
