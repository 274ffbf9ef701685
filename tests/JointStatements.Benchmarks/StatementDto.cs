using System.Text.Json.Serialization;

namespace JointStatements.Benchmarks;

// The shape of StatementJson's export, for the System.Text.Json baseline: what a program that ships the corpus as
// JSON deserialises at first access. Dates and enums stay strings, as in the file.

/// <summary>One exported statement.</summary>
public sealed class StatementDto
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string? Issuer { get; set; }
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? Meeting { get; set; }
    public string? Place { get; set; }
    public DateSpanDto? Date { get; set; }
    public string? SignatoriesAsOf { get; set; }
    public string? SignatoryRole { get; set; }
    public List<SignatoryDto> Signatories { get; set; } = new();
    public List<string> Boilerplate { get; set; } = new();
    public List<BodyBlockDto> Body { get; set; } = new();
    public List<TextLineDto> Unplaced { get; set; } = new();
    public StatementLinesDto Lines { get; set; } = new();
    public List<int> BoilerplateLines { get; set; } = new();
}

/// <summary>An exported date span.</summary>
public sealed class DateSpanDto
{
    public string Start { get; set; } = "";
    public string End { get; set; } = "";
    public string Precision { get; set; } = "";
}

/// <summary>An exported signatory.</summary>
public sealed class SignatoryDto
{
    public int Position { get; set; }
    public string? ShortName { get; set; }
    public string Name { get; set; } = "";
    public string? EnglishName { get; set; }
    public string? Country { get; set; }
    public bool Late { get; set; }
    public int Line { get; set; }
}

/// <summary>An exported body block.</summary>
public sealed class BodyBlockDto
{
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public int Line { get; set; }
}

/// <summary>An exported unplaced line.</summary>
public sealed class TextLineDto
{
    public string Text { get; set; } = "";
    public int Line { get; set; }
}

/// <summary>The exported lines each value was read from.</summary>
public sealed class StatementLinesDto
{
    public int? Title { get; set; }
    public int? Issuer { get; set; }
    public int? Kind { get; set; }
    public int? Meeting { get; set; }
    public int? Place { get; set; }
    public int? Date { get; set; }
    public int? SignatoriesAsOf { get; set; }
    public int? SignatoryRole { get; set; }
}

/// <summary>Source-generated (reflection-free) System.Text.Json metadata for the export's shape: the fastest way
/// System.Text.Json has to read it.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StatementDto[]))]
public sealed partial class ExportJsonContext : JsonSerializerContext;
