extern alias generator;

using System.Text;
using StatementsGenerator = generator::JointStatements.Generator.StatementsGenerator;

namespace JointStatements.Tests.Robustness;

/// <summary>A real consumer build with <c>dotnet build</c>: a project that imports the package's props and targets and
/// uses the generator as an analyzer, with a good statement, a binary file, a file that is not UTF-8, an empty file, a
/// PDF, a folder and a missing path among its statements. Without the targets' checks the compiler would stop at the
/// binary file (CS2015) and MSBuild at the folder (MSB4184); each is a warning, and the rest builds.</summary>
[Trait("Category", "Build")]
public sealed class ConsumerBuildTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "jointstatements-consumer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_binary_statement_file_is_left_out_with_JST016_and_the_rest_builds_and_is_typed()
    {
        Directory.CreateDirectory(Path.Combine(_project, "statements"));
        File.WriteAllText(Path.Combine(_project, "statements", "piraeus.txt"), SampleStatement.Text);
        // A PNG's first bytes: runs of NUL bytes, which make the compiler call the file binary.
        File.WriteAllBytes(Path.Combine(_project, "statements", "image.txt"),
            new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.Concat(new byte[64]).ToArray());
        File.WriteAllBytes(Path.Combine(_project, "statements", "latin1.txt"),
            Encoding.Latin1.GetBytes("Solidarité avec les dockers\n\nICOR Resolution, 4 May 2024\n\nLe texte.\n"));
        File.WriteAllBytes(Path.Combine(_project, "statements", "empty.txt"), Array.Empty<byte>());
        File.WriteAllText(Path.Combine(_project, "statements", "report.txt"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        Directory.CreateDirectory(Path.Combine(_project, "statements", "archive"));
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), ProjectFile());
        // Compiles only if the good statement was typed into a named property.
        File.WriteAllText(Path.Combine(_project, "Program.cs"),
            "System.Console.WriteLine(Consumer.Statements.All.Icor20240503SolidarityDockersPiraeus.Title);\n");

        var (buildExit, buildOutput) = Dotnet("build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:minimal", "-clp:NoSummary");
        var (runExit, runOutput) = Dotnet("bin/Debug/net10.0/Consumer.dll");

        Assert.True(buildExit == 0, buildOutput);
        Assert.Contains(Path.Combine(_project, "statements", "image.txt")
            + " : warning JST016: 'image.txt' is a binary file, not a statement text (it holds NUL bytes); it was left out of the compilation", buildOutput, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_project, "statements", "latin1.txt")
            + "(1,10): warning JST015: 'latin1.txt' is not valid UTF-8: 1 undecodable byte sequence became U+FFFD, the first here; save it as UTF-8", buildOutput, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_project, "statements", "empty.txt") + "(1,1): warning JST002: ", buildOutput, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_project, "statements", "report.txt") + "(1,1): warning JST001: 'report.txt' is not a text statement file (it is a PDF document", buildOutput, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_project, "Consumer.csproj")
            + " : warning JST023: The JointStatement item 'statements/archive' is a folder; declare the files in it instead, as <JointStatement Include=\"statements/archive/*.txt\" />; it was left out", buildOutput, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_project, "Consumer.csproj")
            + " : warning JST023: The JointStatement item 'statements/missing.txt' does not exist; it was left out", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS2015", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4184", buildOutput, StringComparison.Ordinal);
        Assert.Equal(0, runExit);
        Assert.Equal("Solidarity with the dockers of Piraeus!", runOutput.Trim());
    }

    public void Dispose()
    {
        if (Directory.Exists(_project)) Directory.Delete(_project, recursive: true);
    }

    // The package's layout, pointed at the repository's build files and the generator and library the tests were built with.
    private static string ProjectFile()
    {
        var build = Repository.FullPath("generators", "JointStatements.Generator", "build");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(build, "JointStatements.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <UseAppHost>false</UseAppHost>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{typeof(StatementsGenerator).Assembly.Location}" />
                <Reference Include="{typeof(Statement).Assembly.Location}" />
                <JointStatement Include="statements/*.txt" />
                <JointStatement Include="statements/archive" />
                <JointStatement Include="statements/missing.txt" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "JointStatements.targets")}" />
            </Project>
            """;
    }

    private (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var (exitCode, output, errors) = ChildProcess.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", _project, arguments);
        return (exitCode, output + errors);
    }
}
