using System.Text;
using JointStatements.Synthetic;

namespace JointStatements.Tests.Synthetic;

/// <summary>The synthetic corpora that tests and benchmarks run on parse as their builder says, and look like the real
/// statements in size, issuers and lists.</summary>
public sealed class SyntheticCorpusTests
{
    private static readonly Lazy<(SyntheticStatement Synthetic, Statement Parsed)[]> Thousand = new(() =>
        SyntheticCorpus.Create(1000).Select(s => (s, StatementParser.Parse(s.Text, s.FileName))).ToArray());

    [Fact]
    public void Every_statement_of_a_thousand_parses_with_no_unplaced_line_and_the_expected_fields_and_counts()
    {
        foreach (var (synthetic, parsed) in Thousand.Value)
        {
            var name = synthetic.FileName;
            Assert.True(parsed.Unplaced.Count == 0, $"{name}: {parsed.Unplaced.Count} unplaced lines");
            Assert.True(synthetic.Title == parsed.Title, $"{name}: title {parsed.Title}");
            Assert.True(synthetic.Issuer == parsed.Issuer, $"{name}: issuer {parsed.Issuer}");
            Assert.True(synthetic.Date == parsed.Date, $"{name}: date {parsed.Date}");
            Assert.True(synthetic.BodyBlocks == parsed.Body.Count, $"{name}: {parsed.Body.Count} body blocks, not {synthetic.BodyBlocks}");
            Assert.True(synthetic.Signatories == parsed.Signatories.Count, $"{name}: {parsed.Signatories.Count} signatories, not {synthetic.Signatories}");
        }
    }

    [Fact]
    public void Ids_and_file_names_are_all_different()
    {
        var statements = Thousand.Value;

        Assert.Equal(statements.Length, statements.Select(s => s.Parsed.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(statements.Length, statements.Select(s => s.Synthetic.FileName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sizes_issuers_and_lists_are_like_the_real_statements()
    {
        var statements = Thousand.Value;
        var real = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Statements"), "*.txt"))
            .Select(path => Encoding.UTF8.GetByteCount(File.ReadAllText(path))).ToList();

        var sizes = statements.Select(s => Encoding.UTF8.GetByteCount(s.Synthetic.Text)).ToList();
        Assert.InRange(sizes.Average(), real.Min(), real.Max());
        Assert.InRange(sizes.Max(), real.Average(), 3 * real.Max());
        Assert.Equal(new Issuer?[] { null, Issuer.Icor, Issuer.Icmlpo, Issuer.Imcwp },
            statements.Select(s => s.Parsed.Issuer).Distinct().OrderBy(i => i.HasValue).ThenBy(i => i));
        var counts = statements.Select(s => s.Parsed.Signatories.Count).ToList();
        Assert.InRange(counts.Count(c => c == 0), 40, 120);
        Assert.InRange(counts.Max(), 30, 60);
        Assert.True(statements.Where(s => s.Parsed.Signatories.Count > 0).Select(s => s.Parsed.Signatories[0].Name).Distinct().Count() > 10, "signatory lists come from several shapes");
    }

    [Fact]
    public void The_same_count_and_seed_give_the_same_files_and_another_seed_others()
    {
        var first = SyntheticCorpus.Create(50);

        Assert.Equal(first, SyntheticCorpus.Create(50));
        Assert.NotEqual(first.Select(s => s.Text), SyntheticCorpus.Create(50, seed: 7).Select(s => s.Text));
        Assert.Equal(first.Take(20), SyntheticCorpus.Create(20));
    }

    [Fact]
    public void Written_files_load_as_the_statements_they_hold()
    {
        var statements = SyntheticCorpus.Create(10);
        var directory = Path.Combine(Path.GetTempPath(), "jointstatements-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticCorpus.Write(statements, directory);

            Assert.Equal(statements.Select(s => s.FileName).Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var statement in statements)
            {
                Assert.Equal(StatementParser.Parse(statement.Text, statement.FileName), StatementFiles.Load(Path.Combine(directory, statement.FileName)).Statement);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
