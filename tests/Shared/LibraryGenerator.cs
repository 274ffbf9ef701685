extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatementsGenerator = generator::JointStatements.Generator.StatementsGenerator;

namespace JointStatements.TestSupport;

/// <summary>The library's generator, started the way the compiler starts it for a project that uses the library.
/// Compiled into the tests and the benchmarks alike (a linked file), so both run it the same way.</summary>
internal static class LibraryGenerator
{
    /// <summary>A driver of the generator alone over <paramref name="files"/>, the project's additional files, which
    /// <paramref name="options"/> (the project's MSBuild view) flag as statement files or alias tables: nothing cached yet.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, CSharpParseOptions parseOptions, AnalyzerConfigOptionsProvider options,
        GeneratorDriverOptions driverOptions = default) =>
        CSharpGeneratorDriver.Create(new[] { new StatementsGenerator().AsSourceGenerator() }, files, parseOptions, options, driverOptions);
}
