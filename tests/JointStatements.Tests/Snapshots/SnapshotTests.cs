using Xunit.Sdk;

namespace JointStatements.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jointstatements-snapshots-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string VerifiedPath => Path.Combine(_folder, "Sample.verified.txt");

    private string ReceivedPath => Path.Combine(_folder, "Sample.received.txt");

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(VerifiedPath, "one\ntwo\n");
        File.WriteAllText(ReceivedPath, "left over from an earlier failure\n");

        Snapshot.VerifyInFolder(_folder, "one\ntwo\n", "Sample", "txt", accept: false);

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Line_endings_do_not_matter()
    {
        File.WriteAllText(VerifiedPath, "one\r\ntwo\r\n");

        Snapshot.VerifyInFolder(_folder, "one\ntwo\n", "Sample", "txt", accept: false);
        Snapshot.VerifyInFolder(_folder, "one\rtwo\r", "Sample", "txt", accept: false);
    }

    [Fact]
    public void A_mismatch_fails_with_a_unified_diff_and_writes_the_received_file()
    {
        File.WriteAllText(VerifiedPath, "one\ntwo\nthree\n");

        var failure = Assert.Throws<FailException>(
            () => Snapshot.VerifyInFolder(_folder, "one\nTWO\nthree\n", "Sample", "txt", accept: false));

        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(ReceivedPath));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(VerifiedPath));
        Assert.Contains("--- Sample.verified.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+++ Sample.received.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n-two\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\n+TWO\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("JOINTSTATEMENTS_ACCEPT=1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_only_in_the_final_line_break_is_named()
    {
        File.WriteAllText(VerifiedPath, "one\n");

        var failure = Assert.Throws<FailException>(() => Snapshot.VerifyInFolder(_folder, "one", "Sample", "txt", accept: false));

        Assert.Contains("The verified text ends with a line break; the received text does not.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_snapshot_fails_and_creates_nothing_verified()
    {
        var failure = Assert.Throws<FailException>(
            () => Snapshot.VerifyInFolder(_folder, "new text\n", "Sample", "txt", accept: false));

        Assert.False(File.Exists(VerifiedPath));
        Assert.Equal("new text\n", File.ReadAllText(ReceivedPath));
        Assert.Contains("No verified snapshot Sample.verified.txt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+new text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_removes_the_received_one()
    {
        File.WriteAllText(VerifiedPath, "old\n");
        File.WriteAllText(ReceivedPath, "new\n");

        Snapshot.VerifyInFolder(_folder, "new\r\n", "Sample", "txt", accept: true);

        Assert.Equal("new\n", File.ReadAllText(VerifiedPath));
        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_looks_in_the_Snapshots_folder_beside_the_calling_test_file()
    {
        var snapshots = Path.Combine(_folder, "Snapshots");
        Directory.CreateDirectory(snapshots);
        File.WriteAllText(Path.Combine(snapshots, "Sample.verified.txt"), "text\n");

        Snapshot.Verify("text\n", "Sample", sourceFile: Path.Combine(_folder, "SomeTests.cs"));

        Assert.Equal("Sample.verified.txt", Path.GetFileName(Assert.Single(Directory.GetFiles(snapshots))));
    }

    [Fact]
    public void A_mapped_source_path_fails_with_the_setting_to_change_instead_of_a_missing_snapshot()
    {
        // A mapped path (/_/tests/…) names a folder that does not exist on the machine running the tests.
        var mapped = Path.Combine(_folder, "_", "tests", "SomeTests.cs");

        var failure = Assert.Throws<InvalidOperationException>(() => Snapshot.Verify("text\n", "Sample", sourceFile: mapped));

        Assert.Contains("DeterministicSourcePaths=false", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "_")));
    }

    [Fact]
    public void The_extension_names_both_files()
    {
        var failure = Assert.Throws<FailException>(
            () => Snapshot.VerifyInFolder(_folder, "{}", "Sample", "json", accept: false));

        Assert.True(File.Exists(Path.Combine(_folder, "Sample.received.json")));
        Assert.Contains("Sample.verified.json", failure.Message, StringComparison.Ordinal);
    }
}
