using System;
using System.Globalization;

namespace JointStatements;

/// <summary>When a statement was adopted or issued, as precisely as its text says.</summary>
/// <param name="Start">The first day (time of day is midnight, kind unspecified).</param>
/// <param name="End">The last day, inclusive.</param>
/// <param name="Precision">Whether the text gives days, only a month, or only a year.</param>
/// <remarks>A month is the span from its first to its last day; a three-day meeting spans three days. Spans order by
/// their start, then their end (then their precision), so <c>statements.OrderBy(s => s.Date)</c> sorts by date; a missing
/// date sorts first.</remarks>
public sealed record DateSpan(DateTime Start, DateTime End, DatePrecision Precision) : IComparable<DateSpan>, IComparable
{
    /// <summary>Compares by <see cref="Start"/>, then <see cref="End"/>, then <see cref="Precision"/>; a span follows
    /// <see langword="null"/>.</summary>
    public int CompareTo(DateSpan? other)
    {
        if (other is null) return 1;
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0) return byStart;
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Precision.CompareTo(other.Precision);
    }

    /// <inheritdoc cref="CompareTo(DateSpan?)"/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DateSpan span => CompareTo(span),
        _ => throw new ArgumentException("A DateSpan compares only with a DateSpan.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(DateSpan? left, DateSpan? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(DateSpan? left, DateSpan? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> or is equal to it.</summary>
    public static bool operator <=(DateSpan? left, DateSpan? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> or is equal to it.</summary>
    public static bool operator >=(DateSpan? left, DateSpan? right) => Compare(left, right) >= 0;

    private static int Compare(DateSpan? left, DateSpan? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>One exact day.</summary>
    public static DateSpan Day(int year, int month, int day)
    {
        var date = new DateTime(year, month, day);
        return new DateSpan(date, date, DatePrecision.Day);
    }

    /// <summary>A whole month.</summary>
    public static DateSpan Month(int year, int month)
    {
        var start = new DateTime(year, month, 1);
        return new DateSpan(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    /// <summary>A whole year.</summary>
    public static DateSpan Year(int year) =>
        new(new DateTime(year, 1, 1), new DateTime(year, 12, 31), DatePrecision.Year);

    /// <summary>Whether <paramref name="date"/> (its day) lies within the span.</summary>
    public bool Contains(DateTime date) => date.Date >= Start && date.Date <= End;

    /// <summary>Whether the span shares at least one day with <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    public bool Overlaps(DateTime from, DateTime to) => Start <= to.Date && End >= from.Date;

    /// <summary>ISO 8601 at the span's precision: <c>2020-01-17</c>, <c>2019-10-18/2019-10-20</c>, <c>2005-10</c> or <c>2005</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ when Start == End => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
