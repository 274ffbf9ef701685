using Microsoft.CodeAnalysis;

namespace JointStatements.Tests.Robustness;

/// <summary>A small well-formed statement that sits beside hostile files, so each test also shows the other files are still compiled.</summary>
internal static class SampleStatement
{
    public const string Path = "/project/statements/piraeus.txt";

    public const string Text = """
        Solidarity with the dockers of Piraeus!

        ICOR Resolution, 3 May 2024

        The ICOR salutes the strike of the dockers against the privatisation of the port.

        Signatories:
        1. MLPD Marxistisch-Leninistische Partei Deutschlands (Marxist-Leninist Party of Germany)
        2. KOL Kommunistische Organisation Luxemburg, Luxembourg

        """;

    public const string Id = "icor-2024-05-03-solidarity-dockers-piraeus";

    public static AdditionalText File() => new InMemoryAdditionalText(Path, Text);
}
