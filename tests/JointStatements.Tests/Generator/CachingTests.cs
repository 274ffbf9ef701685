extern alias generator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using TrackingNames = generator::JointStatements.Generator.TrackingNames;

namespace JointStatements.Tests.Generator;

/// <summary>The pipeline carries only equatable models, so work is redone only for what changed.</summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void A_second_run_on_the_same_input_comes_entirely_from_the_cache()
    {
        var compilation = GeneratorHarness.Compilation();
        var (driver, first, _) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), compilation);
        var (_, second, _) = GeneratorHarness.Run(driver, compilation.Clone());

        var steps = Steps(second);
        Assert.Equal(TrackedSteps.OrderBy(s => s, StringComparer.Ordinal), steps.Keys.OrderBy(s => s, StringComparer.Ordinal));
        AssertAll(steps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertNoRoslynObjects(first);
    }

    [Fact]
    public void An_unrelated_CSharp_edit_reparses_nothing()
    {
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public static class Other { } }", GeneratorHarness.ParseOptions));
        var (_, result, _) = GeneratorHarness.Run(driver, edited);

        AssertAll(Steps(result), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_statement_file_reparses_that_file_only()
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(seeds);
        (driver, _, _) = GeneratorHarness.Run(driver, compilation);

        var edited = seeds[2];
        var replacement = new GeneratorHarness.InMemoryAdditionalText(edited.Path, edited.GetText()!.ToString() + "\nDown with war!\n");
        driver = driver.ReplaceAdditionalText(edited, replacement);
        var (_, result, _) = GeneratorHarness.Run(driver, compilation);

        var parsed = Steps(result)[TrackingNames.ParsedFiles];
        Assert.Equal(1, parsed.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(seeds.Count - 1, parsed.Count(reason => reason == IncrementalStepRunReason.Cached));
    }

    private static Dictionary<string, List<IncrementalStepRunReason>> Steps(GeneratorDriverRunResult result) =>
        Assert.Single(result.Results).TrackedSteps
            .Where(step => TrackedSteps.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());

    private static void AssertAll(Dictionary<string, List<IncrementalStepRunReason>> steps, params IncrementalStepRunReason[] allowed)
    {
        foreach (var (name, reasons) in steps)
        {
            Assert.True(reasons.All(allowed.Contains), $"step {name} ran with {string.Join(", ", reasons)}");
        }
    }

    /// <summary>No step may hold a compilation, symbol, syntax node or text: they would defeat the cache and keep memory alive.</summary>
    private static void AssertNoRoslynObjects(GeneratorDriverRunResult result)
    {
        foreach (var step in Assert.Single(result.Results).TrackedSteps.Where(s => TrackedSteps.Contains(s.Key) && s.Key != TrackingNames.StatementFiles))
        {
            foreach (var (value, _) in step.Value.SelectMany(run => run.Outputs)) Visit(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void Visit(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        var type = value.GetType();
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SourceText or AdditionalText,
            $"step {step} holds a {type.Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items) Visit(item, step, seen);
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), step, seen);
        }
    }
}
