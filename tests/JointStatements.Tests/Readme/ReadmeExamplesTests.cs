using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using JointStatements.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JointStatements.Tests.Readme;

/// <summary>The C# examples of the README, of the package's readme and of the docs page on pages and addresses compile and run as written, and print what the
/// readme shows after each. They are compiled as a project whose root namespace is <c>MyAnalysis</c> with the own
/// statement files of the package test's consumer, so a readme can show a project's own statements typed by the generator.</summary>
[Collection(ConsoleOutput.Name)]
public sealed partial class ReadmeExamplesTests
{
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n";

    private static readonly Lazy<GeneratorDriver> OwnStatementsGenerator = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "OwnStatements");
        AdditionalText Text(string path) => new GeneratorHarness.InMemoryAdditionalText(path, File.ReadAllText(path));
        return GeneratorHarness.Driver(
                Directory.GetFiles(folder, "*.txt").OrderBy(path => path, StringComparer.Ordinal).Select(Text),
                new Dictionary<string, string> { ["RootNamespace"] = "MyAnalysis" },
                aliases: new[] { Text(Path.Combine(folder, "party-aliases.tsv")) })
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.Latest));
    });

    public static IEnumerable<object[]> Examples() => ReadExamples().Select((example, index) => new object[] { index + 1 });

    [Fact]
    public void The_README_has_examples_and_names_the_two_commands()
    {
        var readme = Repository.ReadText("README.md");
        Assert.True(ReadExamples().Count >= 4);
        Assert.Contains("`dotnet test Dataset.sln`", readme, StringComparison.Ordinal);
        Assert.Contains("`dotnet run --project src/JointStatements.Cli`", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_runs_and_prints_what_the_README_shows(int number)
    {
        var (code, expectedOutput) = ReadExamples()[number - 1];

        var output = Run(code);

        if (expectedOutput is not null) Assert.Equal(expectedOutput, output);
    }

    private static string Run(string code)
    {
        var compilation = CSharpCompilation.Create("ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code) },
            GeneratorHarness.References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var (_, _, withOwnStatements) = GeneratorHarness.Run(OwnStatementsGenerator.Value, compilation);
        using var image = new MemoryStream();
        var emitted = withOwnStatements.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var entryPoint = Assembly.Load(image.ToArray()).EntryPoint!;

        var original = Console.Out;
        var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        finally
        {
            Console.SetOut(original);
        }
        return output.ToString();
    }

    /// <summary>Each ```csharp block of the README, then of the package's readme, then of the docs page on pages and
    /// addresses, with the ```text block right after it as its expected output, if there is one.</summary>
    private static List<(string Code, string? Output)> ReadExamples()
    {
        return new[] { Repository.ReadText("README.md"), Repository.ReadText("src", "JointStatements", "PACKAGE.md"), Repository.ReadText("docs", "pages-and-addresses.md") }
            .SelectMany(text => ExampleBlock().Matches(text))
            .Select(m => (m.Groups["code"].Value, m.Groups["output"].Success ? m.Groups["output"].Value : null))
            .ToList();
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```\n(?:\n```text\n(?<output>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
