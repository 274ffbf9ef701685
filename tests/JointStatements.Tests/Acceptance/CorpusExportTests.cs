using System.Linq;
using System.Text.Json;
using JointStatements.Tests.Snapshots;
using Xunit;

namespace JointStatements.Tests.Acceptance;

public sealed class CorpusExportTests
{
    [Fact]
    public void Exported_JSON_of_the_bundled_corpus_matches_its_snapshot()
    {
        Snapshot.Verify(StatementJson.Serialize(Corpus.Statements), "Corpus", "json");
    }

    [Fact]
    public void Export_carries_every_label_field_with_the_labels_values()
    {
        using var export = JsonDocument.Parse(StatementJson.Serialize(Corpus.Statements));

        foreach (var labelFile in ExpectedLabels.StatementFiles())
        {
            var label = ExpectedLabels.Load(labelFile);
            var exported = export.RootElement.EnumerateArray().Single(s => s.GetProperty("file").GetString() == label.GetProperty("file").GetString());
            foreach (var field in label.EnumerateObject().Where(f => f.Name is not ("notes" or "signatories")))
            {
                Assert.True(JsonElement.DeepEquals(field.Value, exported.GetProperty(field.Name)), $"{labelFile}: {field.Name} differs");
            }
            var exportedSignatories = exported.GetProperty("signatories").EnumerateArray().ToList();
            var labelSignatories = label.GetProperty("signatories").EnumerateArray().ToList();
            Assert.Equal(labelSignatories.Count, exportedSignatories.Count);
            for (var i = 0; i < labelSignatories.Count; i++)
            {
                foreach (var field in labelSignatories[i].EnumerateObject())
                {
                    Assert.True(JsonElement.DeepEquals(field.Value, exportedSignatories[i].GetProperty(field.Name)), $"{labelFile}: signatories[{i}].{field.Name} differs");
                }
            }
        }
    }
}
