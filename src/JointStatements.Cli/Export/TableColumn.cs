using System.Globalization;

namespace JointStatements.Cli.Export;

/// <summary>What a column holds: a CSV cell writes it as text, a Parquet column keeps its type.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Boolean,
    Date,
}

/// <summary>One column of a table export: its header, its type, and how a row's value is read from an item
/// (<see langword="null"/> for no value: an empty CSV cell, a Parquet null).</summary>
internal sealed record TableColumn<T>(string Header, ColumnType Type, Func<T, object?> Value)
{
    /// <summary>The value as a CSV cell: invariant numbers, <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c>.</summary>
    public string? Cell(T item) => Value(item) switch
    {
        null => null,
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"Column {Header} holds a {other.GetType().Name}."),
    };
}

/// <summary>Columns by type, so a table reads as a list of headers and values.</summary>
internal static class Column
{
    public static TableColumn<T> Text<T>(string header, Func<T, string?> value) => new(header, ColumnType.Text, value);

    public static TableColumn<T> Integer<T>(string header, Func<T, int?> value) => new(header, ColumnType.Integer, item => value(item));

    public static TableColumn<T> Boolean<T>(string header, Func<T, bool> value) => new(header, ColumnType.Boolean, item => value(item));

    public static TableColumn<T> Date<T>(string header, Func<T, DateTime?> value) => new(header, ColumnType.Date, item => value(item));
}
