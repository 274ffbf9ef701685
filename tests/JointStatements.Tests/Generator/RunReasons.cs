using Microsoft.CodeAnalysis;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace JointStatements.Tests.Generator;

/// <summary>What every tracked step of a generator run reports, one property per step (named as in
/// <c>TrackingNames</c>), with a named preset per claim, after Mapperly's <c>IncrementalGeneratorRunReasons</c>:
/// a caching test says which preset its run must match.</summary>
internal sealed record RunReasons(
    StepOutputs Settings,
    StepOutputs StatementFiles,
    StepOutputs ParsedFiles,
    StepOutputs FileDiagnostics,
    StepOutputs AliasFiles,
    StepOutputs Corpus,
    StepOutputs CorpusDiagnostics,
    StepOutputs LanguageSupport,
    StepOutputs StatementsSource)
{
    /// <summary>Nothing ran: every output of every step came from the cache.</summary>
    public static readonly RunReasons FromCache = new(
        StepOutputs.All(Cached), StepOutputs.All(Cached), StepOutputs.All(Cached), StepOutputs.All(Cached), StepOutputs.All(Cached),
        StepOutputs.All(Cached), StepOutputs.All(Cached), StepOutputs.All(Cached), StepOutputs.All(Cached));

    // The corpus is built and emitted again; its diagnostics stay the same. The base of the presets below that change
    // the set of statements or their settings.
    private static readonly RunReasons CorpusRebuilt = FromCache with
    {
        Corpus = StepOutputs.All(Modified),
        CorpusDiagnostics = StepOutputs.All(Unchanged),
        StatementsSource = StepOutputs.All(Modified),
    };

    /// <summary>One statement file changed: it alone is read and parsed again; its statement changed, so the corpus is
    /// built and emitted again; its diagnostics and the corpus's did not change, so none is reported again.</summary>
    public static readonly RunReasons OneFileEdited = OneFileChanged(file: Modified, parse: Modified, diagnostics: Unchanged);

    /// <summary>One statement file changed in a way its statement does not show: it alone is parsed again, to the
    /// same model, and nothing after the parse runs.</summary>
    public static readonly RunReasons OneFileParsedToTheSameModel = FromCache with
    {
        StatementFiles = StepOutputs.CachedBut(Modified),
        ParsedFiles = StepOutputs.CachedBut(Unchanged),
    };

    // One file's steps report the given reasons, the other files' come from the cache, and the corpus is rebuilt.
    private static RunReasons OneFileChanged(IncrementalStepRunReason file, IncrementalStepRunReason parse, IncrementalStepRunReason diagnostics) =>
        CorpusRebuilt with
        {
            StatementFiles = StepOutputs.CachedBut(file),
            ParsedFiles = StepOutputs.CachedBut(parse),
            FileDiagnostics = StepOutputs.CachedBut(diagnostics),
        };

    /// <summary>A statement file was added: it alone is parsed, and the corpus is built and emitted again.</summary>
    public static readonly RunReasons OneFileAdded = OneFileChanged(file: New, parse: New, diagnostics: New);

    /// <summary>A statement file was removed: nothing is parsed, and the corpus is built and emitted again.</summary>
    public static readonly RunReasons OneFileRemoved = OneFileChanged(file: Removed, parse: Removed, diagnostics: Removed);

    /// <summary>An MSBuild setting of the collection changed: the files are matched to their metadata again (the
    /// options changed) but none is read or parsed again; the corpus is built and emitted again.</summary>
    public static readonly RunReasons SettingChanged = CorpusRebuilt with
    {
        Settings = StepOutputs.All(Modified),
        StatementFiles = StepOutputs.All(Unchanged),
        AliasFiles = StepOutputs.All(Unchanged),
    };

    /// <summary>The language version changed: only the emission of the statements runs again.</summary>
    public static readonly RunReasons LanguageVersionChanged = FromCache with
    {
        LanguageSupport = StepOutputs.All(Modified),
        StatementsSource = StepOutputs.All(Modified),
    };

    /// <summary>The alias table's file changed but its entries did not: the file is read again, the corpus is resolved
    /// again to the same parties, and nothing is emitted again; no statement is parsed again.</summary>
    public static readonly RunReasons AliasTableEdited = FromCache with
    {
        AliasFiles = StepOutputs.All(Modified),
        Corpus = StepOutputs.All(Unchanged),
    };

    /// <summary>The steps of the preset by tracking name.</summary>
    public IReadOnlyDictionary<string, StepOutputs> Steps => new Dictionary<string, StepOutputs>(System.StringComparer.Ordinal)
    {
        [nameof(Settings)] = Settings,
        [nameof(StatementFiles)] = StatementFiles,
        [nameof(ParsedFiles)] = ParsedFiles,
        [nameof(FileDiagnostics)] = FileDiagnostics,
        [nameof(AliasFiles)] = AliasFiles,
        [nameof(Corpus)] = Corpus,
        [nameof(CorpusDiagnostics)] = CorpusDiagnostics,
        [nameof(LanguageSupport)] = LanguageSupport,
        [nameof(StatementsSource)] = StatementsSource,
    };

    /// <summary>Asserts that every tracked step of <paramref name="result"/> reports what this preset says.</summary>
    public void AssertMatches(GeneratorDriverRunResult result)
    {
        var tracked = Assert.Single(result.Results).TrackedSteps;
        foreach (var (step, expected) in Steps)
        {
            var reasons = tracked.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList() : new List<IncrementalStepRunReason>();
            Assert.True(expected.Matches(reasons), $"step {step} reported [{string.Join(", ", reasons)}], expected {expected}");
        }
    }
}

/// <summary>The reasons one step's outputs report: all <see cref="Rest"/>, except exactly one that reports <see cref="One"/>.
/// A step must have run: a step that reports no output at all (its tracking off, or nothing to track) matches no preset,
/// so a caching test cannot pass by having nothing to look at.</summary>
internal sealed record StepOutputs(IncrementalStepRunReason Rest, IncrementalStepRunReason? One = null)
{
    public static StepOutputs All(IncrementalStepRunReason reason) => new(reason);

    public static StepOutputs CachedBut(IncrementalStepRunReason one) => new(Cached, one);

    public bool Matches(IReadOnlyList<IncrementalStepRunReason> reasons) => reasons.Count > 0 && (One is { } one
        ? reasons.Count(r => r == one) == 1 && reasons.Count(r => r == Rest) == reasons.Count - 1
        : reasons.All(r => r == Rest));

    public override string ToString() => One is { } one ? $"one {one}, the rest {Rest}" : $"all {Rest}";
}
