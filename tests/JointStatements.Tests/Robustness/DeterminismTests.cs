using System.Diagnostics;
using System.Globalization;
using JointStatements.Tests.Generator;
using JointStatements.Tests.Parsing;
using Microsoft.CodeAnalysis;

namespace JointStatements.Tests.Robustness;

/// <summary>The generated source and the diagnostics are the same, byte for byte, under every culture and whatever order
/// the statement files arrive in; the parse the generator runs is the same in two processes.</summary>
public sealed class DeterminismTests
{
    // Text that reads differently under culture-sensitive casing (Turkish dotted and dotless i), digits and calendars.
    private const string CultureSensitive = """
        İZMİR declaration: Istanbul, Iğdır and Diyarbakır in struggle

        ICOR Resolution, 17 January 2020

        The ICOR salutes the workers of Izmir, ISTANBUL and istanbul. STRASSE, Straße; ǅ, ǆ; 1.5 and 1,5; ١٧ and ٢٠٢٠.

        Signatories (as of 29 February 2020):
        1. MLPD Marxistisch-Leninistische Partei Deutschlands, Germany
        2. TKP/ML Türkiye Komünist Partisi/Marksist-Leninist, Turkey
        3. İşçi Partisi, TÜRKİYE
        """;

    public static TheoryData<string> Cultures => new() { "tr-TR", "de-DE", "ar-SA", "" };

    /// <summary>Two processes (each with its own string-hash seed, and here each under another culture) read the seeds,
    /// the fixtures and the culture-sensitive text with the same parser the generator runs, and export the same bytes.</summary>
    [Fact]
    public void Two_processes_under_different_cultures_export_byte_identical_parses()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jointstatements-determinism-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = Files.Value.Select((file, index) =>
            {
                var path = Path.Combine(folder, index.ToString("D3", CultureInfo.InvariantCulture) + "-" + Path.GetFileName(file.Path));
                File.WriteAllText(path, file.GetText()!.ToString());
                return path;
            }).ToArray();

            var first = ParseInChildProcess(files, "tr_TR.UTF-8");
            var second = ParseInChildProcess(files, "en_US.UTF-8");

            Assert.Equal(0, first.ExitCode);
            Assert.True(first.Stdout.Length > 100_000, "the export is too short to hold every statement");
            Assert.Equal(first.Stdout, second.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int ExitCode, string Stdout) ParseInChildProcess(IEnumerable<string> files, string locale)
    {
        var cli = typeof(JointStatements.Cli.App).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("parse");
        foreach (var file in files) start.ArgumentList.Add(file);
        start.Environment["LANG"] = start.Environment["LC_ALL"] = locale;
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return (process.ExitCode, output);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_current_culture_changes_nothing(string culture)
    {
        var reference = Reference.Value;
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Output underCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            underCulture = Generate(Files.Value);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }

        Assert.Equal(reference, underCulture);
    }

    [Fact]
    public void The_order_the_files_arrive_in_changes_nothing()
    {
        var files = Files.Value;
        var random = new Random(20240503);
        var shuffled = files.OrderBy(_ => random.Next()).ToList();

        Assert.Equal(Reference.Value, Generate(files.Reverse()));
        Assert.Equal(Reference.Value, Generate(shuffled));
    }

    private sealed record Output(string Source, string Diagnostics);

    private static Output Generate(IEnumerable<AdditionalText> files)
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(files), GeneratorHarness.Compilation());
        var diagnostics = result.Diagnostics.Select(GeneratorHarness.Describe).Order(StringComparer.Ordinal);
        return new Output(GeneratorHarness.GeneratedSource(result), string.Join("\n", diagnostics));
    }

    // The seeds, the generalisation statements, the culture-sensitive text, and the same file name in two folders: read
    // once, and generated from once in the test's own order and culture as the run the others are compared with.
    private static readonly Lazy<IReadOnlyList<AdditionalText>> Files = new(() =>
        GeneratorHarness.Seeds()
            .Concat(StatementFixtures.Names.Select(name => new InMemoryAdditionalText(
                Path.Combine(StatementFixtures.Folder, name), StatementFixtures.Read(name))))
            .Append(new InMemoryAdditionalText("/project/statements/izmir.txt", CultureSensitive))
            .Append(new InMemoryAdditionalText("/project/statements/copy/izmir.txt", CultureSensitive))
            .ToList());

    private static readonly Lazy<Output> Reference = new(() => Generate(Files.Value));
}
