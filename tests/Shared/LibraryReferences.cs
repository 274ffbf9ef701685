using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace JointStatements.TestSupport;

/// <summary>What a project that uses the library compiles against: the running framework's own assemblies and the
/// library. Compiled into the tests and the benchmarks alike (a linked file), so both build a consumer the same way.</summary>
internal static class LibraryReferences
{
    /// <summary>Created once, as a compiler server keeps them: reading the framework is no part of what is measured or tested.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> All = new(() =>
    {
        // The framework's own folder only: the running program's folder also holds the generator, which compiles the
        // model too, and its types would clash with the library's.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
            .Append(typeof(Statement).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });
}
