using System.Text;
using JointStatements.Tests.Generator;

namespace JointStatements.Tests.Robustness;

/// <summary>Cancellation stops the parser and the generator promptly, as an exception the caller expects, never as a
/// diagnostic: a cancelled build must not report a file as broken.</summary>
public sealed class CancellationTests
{
    [Fact]
    public void The_parser_stops_at_once_when_cancellation_is_already_requested()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => StatementParser.ParseWithIssues(SampleStatement.Text, "piraeus.txt", cancelled.Token));
    }

    [Fact]
    public async Task The_parser_stops_in_the_middle_of_a_long_file()
    {
        // 50,000 list lines take the parser seconds; cancellation comes within milliseconds of the start.
        var text = new StringBuilder("Solidarity\n\nICOR Resolution, 3 May 2024\n\nText.\n\nSignatories:\n");
        for (var i = 1; i <= 50_000; i++) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i}. P{i} Communist Party of Nepal, Nepal\n");
        using var cancellation = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();

        var parse = Task.Run(() =>
        {
            started.Set();
            return StatementParser.ParseWithIssues(text.ToString(), "long.txt", cancellation.Token);
        });
        started.Wait();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => parse);
    }

    [Fact]
    public void A_cancelled_generator_run_throws_rather_than_reporting_the_files()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var driver = GeneratorHarness.Driver(GeneratorHarness.Seeds().Append(SampleStatement.File()));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out _, cancelled.Token));
    }
}
