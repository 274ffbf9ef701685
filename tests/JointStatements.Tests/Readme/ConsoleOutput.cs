namespace JointStatements.Tests.Readme;

/// <summary>Tests that redirect <see cref="System.Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public const string Name = "Console output";
}
