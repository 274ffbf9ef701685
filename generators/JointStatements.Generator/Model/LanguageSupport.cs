using Microsoft.CodeAnalysis.CSharp;

namespace JointStatements.Generator.Model;

/// <summary>What the consumer's C# version allows the generated code: nothing below C# 7.3 (<paramref name="TooOldVersion"/>
/// names the version then), UTF-8 literals from C# 11. Only these two facts are kept, so moving between versions
/// that allow the same code re-emits nothing.</summary>
internal sealed record LanguageSupport(string? TooOldVersion, bool Utf8Literals)
{
    public static LanguageSupport Of(LanguageVersion version) => new(
        version < LanguageVersion.CSharp7_3 ? version.ToDisplayString() : null,
        version >= LanguageVersion.CSharp11);
}
