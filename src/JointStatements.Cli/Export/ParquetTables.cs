using Parquet;
using Parquet.Schema;

namespace JointStatements.Cli.Export;

/// <summary>A table export as a Parquet file (Parquet.Net), for R, pandas and DuckDB: one row group, a column per
/// <see cref="TableColumn{T}"/> with its type (text as UTF-8 strings, 32-bit integers, booleans, dates as the DATE
/// logical type), every column nullable.</summary>
internal static class ParquetTables
{
    public static byte[] Write<T>(IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> items) =>
        WriteAsync(columns, items.ToList()).GetAwaiter().GetResult();

    private static async Task<byte[]> WriteAsync<T>(IReadOnlyList<TableColumn<T>> columns, List<T> rows)
    {
        var fields = columns.Select(Field).ToArray();
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false))
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                var field = fields[i];
                switch (column.Type)
                {
                    case ColumnType.Text:
                        await rowGroup.WriteAsync(field, rows.Select(row => (string?)column.Value(row)).ToArray()!, null).ConfigureAwait(false);
                        break;
                    case ColumnType.Integer:
                        await rowGroup.WriteAsync<int>(field, rows.Select(row => (int?)column.Value(row)).ToArray(), null).ConfigureAwait(false);
                        break;
                    case ColumnType.Boolean:
                        await rowGroup.WriteAsync<bool>(field, rows.Select(row => (bool?)column.Value(row)).ToArray(), null).ConfigureAwait(false);
                        break;
                    case ColumnType.Date:
                        await rowGroup.WriteAsync<DateTime>(field, rows.Select(row => (DateTime?)column.Value(row)).ToArray(), null).ConfigureAwait(false);
                        break;
                }
            }
        }
        return stream.ToArray();
    }

    private static DataField Field<T>(TableColumn<T> column) => column.Type switch
    {
        ColumnType.Integer => new DataField<int?>(column.Header),
        ColumnType.Boolean => new DataField<bool?>(column.Header),
        ColumnType.Date => new DateTimeDataField(column.Header, DateTimeFormat.Date, isNullable: true),
        _ => new DataField<string>(column.Header, true),
    };
}
