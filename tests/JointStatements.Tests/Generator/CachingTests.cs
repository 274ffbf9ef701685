extern alias generator;

using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using JointStatements.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StatementFileGuard = generator::JointStatements.Generator.StatementFileGuard;
using TrackingNames = generator::JointStatements.Generator.TrackingNames;

namespace JointStatements.Tests.Generator;

/// <summary>The pipeline carries only equatable models, so a run redoes only the work its change calls for: each test
/// makes one change to a project of many statement files and names the <see cref="RunReasons"/> preset the run must match.</summary>
public sealed class CachingTests
{
    private const int FileCount = 12;

    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly Lazy<IReadOnlyList<AdditionalText>> Files = new(() =>
        SyntheticCorpus.Create(FileCount).Select(s => (AdditionalText)new InMemoryAdditionalText("/project/statements/" + s.FileName, s.Text)).ToList());

    [Fact]
    public void The_presets_name_every_tracked_step()
    {
        Assert.Equal(TrackedSteps.Order(StringComparer.Ordinal), RunReasons.FromCache.Steps.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_run_on_the_same_input_comes_entirely_from_the_cache()
    {
        var (driver, compilation) = FirstRun();

        var (_, result, _) = GeneratorHarness.Run(driver, compilation.Clone());

        Assert.Equal(TrackedSteps.Order(StringComparer.Ordinal), Assert.Single(result.Results).TrackedSteps.Keys.Where(TrackedSteps.Contains).Order(StringComparer.Ordinal));
        RunReasons.FromCache.AssertMatches(result);
    }

    [Fact]
    public void Without_step_tracking_no_preset_matches_so_a_caching_test_cannot_pass_on_nothing()
    {
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Files.Value, trackSteps: false), compilation);

        var (_, result, _) = GeneratorHarness.Run(driver, compilation.Clone());

        Assert.Empty(Assert.Single(result.Results).TrackedSteps);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => RunReasons.FromCache.AssertMatches(result));
    }

    [Fact]
    public void Editing_the_alias_table_resolves_the_parties_again_without_reparsing_or_reemitting()
    {
        var aliases = GeneratorHarness.SeedAliases();
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Files.Value, aliases: new[] { aliases }), compilation);
        var edited = new InMemoryAdditionalText(aliases.Path, aliases.GetText()!.ToString() + "\n# a comment changes the file, not the table\n");

        var (_, result, _) = GeneratorHarness.Run(driver.ReplaceAdditionalText(aliases, edited), compilation);

        RunReasons.AliasTableEdited.AssertMatches(result);
    }

    [Fact]
    public void An_unrelated_CSharp_edit_reparses_nothing()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public static class Other { } }", GeneratorHarness.ParseOptions));
        var (_, result, _) = GeneratorHarness.Run(driver, edited);

        RunReasons.FromCache.AssertMatches(result);
    }

    [Fact]
    public void Editing_one_of_many_statement_files_reparses_that_file_only()
    {
        var (driver, compilation) = FirstRun();

        var (_, result, _) = GeneratorHarness.Run(Replace(driver, 5, text => text + "\nDown with war!\n"), compilation);

        RunReasons.OneFileEdited.AssertMatches(result);
    }

    [Fact]
    public void A_trailing_newline_reparses_that_file_to_the_same_model_and_nothing_downstream_runs()
    {
        var (driver, compilation) = FirstRun();

        var (_, result, _) = GeneratorHarness.Run(Replace(driver, 5, text => text + "\n"), compilation);

        RunReasons.OneFileParsedToTheSameModel.AssertMatches(result);
    }

    [Fact]
    public void Adding_a_statement_file_parses_that_file_only()
    {
        var (driver, compilation) = FirstRun();
        // A statement of its own rather than the next synthetic one: a synthetic statement may name a party of the seeds'
        // alias table, and matching an alias entry rightly changes the corpus's diagnostics.
        const string added = "Solidarity with the dockers\n\n12 March 2024\n\nThe parties salute the dockers who refuse to load weapons.\n\n"
            + "Signed:\n\nPartido Comunista de Bolivia\nPartido Comunista Paraguayo\nPartido Comunista de Honduras\n";

        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/statements/added.txt", added)));
        var (_, result, output) = GeneratorHarness.Run(driver, compilation);

        RunReasons.OneFileAdded.AssertMatches(result);
        Assert.Contains("base(" + (FileCount + 1) + ", Create, ", GeneratorHarness.GeneratedSource(result), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Removing_a_statement_file_parses_nothing()
    {
        // A statement of its own, as in the test above: it shares no id with another file and names no party of the seeds'
        // alias table, so the corpus's diagnostics stay as they were when it goes (a synthetic statement may name one).
        var own = new InMemoryAdditionalText("/project/statements/own.txt", "Solidarity with the dockers\n\n12 March 2024\n\n"
            + "The parties salute the dockers who refuse to load weapons.\n\nSigned:\n\nPartido Comunista de Bolivia\nPartido Comunista Paraguayo\n");
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Files.Value.Append(own).ToList()), compilation);

        var (_, result, _) = GeneratorHarness.Run(driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(own)), compilation);

        RunReasons.OneFileRemoved.AssertMatches(result);
        Assert.Contains("base(" + FileCount + ", Create, ", GeneratorHarness.GeneratedSource(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_class_name_renames_and_reemits_without_reparsing()
    {
        var (driver, compilation) = FirstRun();
        var renamed = new Dictionary<string, string>(GeneratorHarness.LibrarySettings) { ["JointStatementsClassName"] = "ArchiveStatements" };

        var (_, result, output) = GeneratorHarness.Run(driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(renamed)), compilation);

        RunReasons.SettingChanged.AssertMatches(result);
        Assert.Contains("public sealed partial class ArchiveStatements :", GeneratorHarness.GeneratedSource(result, "ArchiveStatements"), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Changing_the_language_version_reemits_without_rebuilding_the_corpus_or_reparsing()
    {
        var (driver, _) = FirstRun();
        var csharp11 = new CSharpParseOptions(LanguageVersion.CSharp11);

        var (_, result, output) = GeneratorHarness.Run(driver.WithUpdatedParseOptions(csharp11), GeneratorHarness.Compilation(parseOptions: csharp11));

        RunReasons.LanguageVersionChanged.AssertMatches(result);
        Assert.Empty(GeneratorHarness.CompileErrors(output));
    }

    [Fact]
    public void Parsing_the_same_file_twice_gives_equal_models_with_equal_hash_codes_and_another_text_does_not()
    {
        var file = Files.Value[0];
        var same = new InMemoryAdditionalText(file.Path, file.GetText()!.ToString());
        var other = new InMemoryAdditionalText(file.Path, file.GetText()!.ToString() + "\nOne more paragraph.\n");

        var first = StatementFileGuard.Parse(file, CancellationToken.None);
        var second = StatementFileGuard.Parse(same, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, StatementFileGuard.Parse(other, CancellationToken.None));
    }

    /// <summary>No step may hold a compilation, symbol, syntax node, tree or text, or a collection that compares by
    /// reference: they would defeat the cache and keep memory alive. (The statement-file step passes the provider's
    /// own additional texts on to the parse step, which reads them.)</summary>
    [Fact]
    public void No_step_holds_a_Roslyn_object_or_a_collection_that_compares_by_reference()
    {
        var hostile = new InMemoryAdditionalText("/project/statements/unplaced.txt", "Title\n\nICOR Resolution, 1 May 2021\n\nBody.\n\nSignatories:\n1. MLPD Partei\n::::\n");
        var duplicate = new InMemoryAdditionalText("/project/statements/zz-copy.txt", Files.Value[0].GetText()!.ToString());
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Files.Value.Concat(new[] { hostile, duplicate })), GeneratorHarness.Compilation());

        Assert.NotEmpty(result.Diagnostics);
        foreach (var (step, runs) in Assert.Single(result.Results).TrackedSteps.Where(s => TrackedSteps.Contains(s.Key) && s.Key != TrackingNames.StatementFiles))
        {
            foreach (var (value, _) in runs.SelectMany(run => run.Outputs)) Visit(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(Files.Value), compilation);
        return (driver, compilation);
    }

    private static GeneratorDriver Replace(GeneratorDriver driver, int index, Func<string, string> edit)
    {
        var file = Files.Value[index];
        return driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, edit(file.GetText()!.ToString())));
    }

    private static void Visit(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        var type = value.GetType();
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SourceText or AdditionalText or Location or Diagnostic,
            $"step {step} holds a {type.Name}");
        Assert.True(type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)), $"step {step} holds a {type.Name}, which does not compare by value");
        if (value is IEnumerable items)
        {
            // The one collection the models use: it compares by items, so its items are what to check.
            Assert.True(type.IsGenericType && type.GetGenericTypeDefinition().Name == "ValueList`1", $"step {step} holds a {type.Name}, which compares by reference");
            foreach (var item in items) Visit(item, step, seen);
            return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), step, seen);
        }
    }
}
