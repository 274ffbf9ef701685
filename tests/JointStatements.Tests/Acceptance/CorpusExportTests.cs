using JointStatements.Tests.Snapshots;

namespace JointStatements.Tests.Acceptance;

public sealed class CorpusExportTests
{
    [Fact]
    public void Exported_JSON_of_the_bundled_corpus_matches_its_snapshot()
    {
        Snapshot.Verify(StatementJson.Serialize(Corpus.Statements), "Corpus", "json");
    }
}
