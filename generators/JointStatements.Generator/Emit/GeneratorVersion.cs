namespace JointStatements.Generator.Emit;

/// <summary>The generator's version, written into <c>GeneratedCode</c> attributes.</summary>
internal static class GeneratorVersion
{
    public static readonly string Value = typeof(GeneratorVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
