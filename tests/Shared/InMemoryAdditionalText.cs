using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JointStatements.TestSupport;

/// <summary>An additional file of a project, held in memory: a statement file, a web page or an alias table as the
/// compiler hands it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    /// <summary>A file whose text is <paramref name="text"/>.</summary>
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text))
    {
    }

    public override string Path { get; } = path;

    /// <summary>A file given as bytes, decoded as the compiler decodes files on Linux: by byte order mark, else as UTF-8
    /// with each invalid sequence replaced by U+FFFD.</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes) => new(path, SourceText.From(bytes, bytes.Length));

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
