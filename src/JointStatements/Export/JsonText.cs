using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JointStatements;

/// <summary>The one JSON writer setup of the exports, so every export's bytes are the same on every platform and culture.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The platform's newline would make the bytes depend on the machine.
        NewLine = "\n",
        // Names in any script stay readable; quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Utf8JsonWriter Writer(Stream stream) => new(stream, Options);

    /// <summary>What <paramref name="write"/> writes, as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = Writer(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
    }
}
