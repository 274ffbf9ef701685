using System;

namespace JointStatements.Parsing.Dates;

/// <summary>A date found in a line: a day, a run of days, a month or a year, possibly without its year.</summary>
/// <param name="Index">Where it starts in the line.</param>
/// <param name="Length">How long it is.</param>
/// <param name="Year">The year, or <see langword="null"/> when the text leaves it out (<c>on 18, 19 and 20 October</c>).</param>
/// <param name="Month">The month (1-12), or <see langword="null"/> for a year alone.</param>
/// <param name="FirstDay">The first day, or <see langword="null"/> for a month or year.</param>
/// <param name="LastDay">The last day of a run of days (equal to <paramref name="FirstDay"/> for one day).</param>
internal readonly record struct DateMention(int Index, int Length, int? Year, int? Month, int? FirstDay, int? LastDay)
{
    public int End => Index + Length;

    /// <summary>The span this mention stands for, taking the year from <paramref name="fallbackYear"/> when the text has none;
    /// <see langword="null"/> when no year is known or the day does not exist.</summary>
    public DateSpan? ToSpan(int? fallbackYear = null)
    {
        var year = Year ?? fallbackYear;
        if (year is not { } y || y < 1 || y > 9999) return null;
        if (Month is not { } month) return DateSpan.Year(y);
        if (FirstDay is not { } first) return DateSpan.Month(y, month);
        var last = LastDay ?? first;
        var days = DateTime.DaysInMonth(y, month);
        if (first < 1 || last < first || last > days) return null;
        return new DateSpan(new DateTime(y, month, first), new DateTime(y, month, last), DatePrecision.Day);
    }
}
