using System.Reflection;
using System.Text.RegularExpressions;
using JointStatements.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Tests.Readme;

/// <summary>The C# examples of the README, of the pages in docs/ and of the package's readme compile and run as written,
/// and print what the page shows after each. They are compiled as a project whose root namespace is <c>MyAnalysis</c>
/// with the own statement files of the package test's consumer, so a page can show a project's own statements typed by
/// the generator.</summary>
[Collection(ConsoleOutput.Name)]
public sealed partial class ReadmeExamplesTests
{
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n";

    private static readonly Lazy<GeneratorDriver> OwnStatementsGenerator = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "OwnStatements");
        AdditionalText Text(string path) => new InMemoryAdditionalText(path, File.ReadAllText(path));
        return GeneratorHarness.Driver(
                Directory.GetFiles(folder, "*.txt").OrderBy(path => path, StringComparer.Ordinal).Select(Text),
                new Dictionary<string, string> { ["RootNamespace"] = "MyAnalysis" },
                aliases: new[] { Text(Path.Combine(folder, "party-aliases.tsv")) })
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.Latest));
    });

    /// <summary>Each page with examples, and the number of each of its examples, counted from 1.</summary>
    public static IEnumerable<object[]> Examples() =>
        Pages().SelectMany(page => ReadExamples(page).Select((example, index) => new object[] { page, index + 1 }));

    [Fact]
    public void The_README_has_an_example_and_names_the_two_commands()
    {
        var readme = Repository.ReadText("README.md");
        Assert.Single(ReadExamples("README.md"));
        Assert.Contains("`dotnet test Dataset.sln`", readme, StringComparison.Ordinal);
        Assert.Contains("`dotnet run --project src/JointStatements.Cli`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_the_README_links_to_exists()
    {
        var links = ReadmeLink().Matches(Repository.ReadText("README.md")).Select(m => m.Groups["path"].Value).ToList();

        Assert.Contains("docs/querying.md", links);
        Assert.All(links, link => Assert.True(File.Exists(Repository.FullPath(link.Split('/'))), link));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_runs_and_prints_what_the_page_shows(string page, int number)
    {
        var (code, expectedOutput) = ReadExamples(page)[number - 1];

        var output = Run(code);

        if (expectedOutput is not null) Assert.Equal(expectedOutput, output);
    }

    private static string Run(string code)
    {
        var compilation = CSharpCompilation.Create("ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code) },
            LibraryReferences.All.Value,
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

    /// <summary>The README, the pages in docs/ in ordinal order, and the package's readme, as paths from the repository's root.</summary>
    private static IEnumerable<string> Pages() =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(Repository.FullPath("docs"), "*.md").Select(path => "docs/" + Path.GetFileName(path)).Order(StringComparer.Ordinal))
            .Append("src/JointStatements/PACKAGE.md")
            .Where(page => ReadExamples(page).Count > 0);

    /// <summary>Each ```csharp block of a page, with the ```text block right after it as its expected output, if there is one.</summary>
    private static List<(string Code, string? Output)> ReadExamples(string page) =>
        ExampleBlock().Matches(Repository.ReadText(page.Split('/')))
            .Select(m => (m.Groups["code"].Value, m.Groups["output"].Success ? m.Groups["output"].Value : null))
            .ToList();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```\n(?:\n```text\n(?<output>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"\]\((?<path>docs/[^)#]+)(?:#[^)]*)?\)")]
    private static partial Regex ReadmeLink();
}
