using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace JointStatements;

/// <summary>An immutable list that compares by its items, so two parses of the same text are equal.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly Func<T[]>? _read;
    private T[]? _items;

    /// <summary>A list of a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items)
        : this(new List<T>(items ?? throw new ArgumentNullException(nameof(items))).ToArray(), null)
    {
    }

    private ValueList(T[]? items, Func<T[]>? read)
    {
        _items = items;
        _read = read;
    }

    /// <summary>A list of <paramref name="items"/> themselves, not a copy: for a new array that nothing else holds.</summary>
    internal static ValueList<T> Of(T[] items) => new(items, null);

    /// <summary>A list whose items <paramref name="read"/> makes the first time any is needed: packed statements
    /// decode their body text only when it is read.</summary>
    internal static ValueList<T> Later(Func<T[]> read) => new(null, read);

    // Two threads may both make the items; both get the first array stored.
    private T[] Items => Volatile.Read(ref _items) ?? Interlocked.CompareExchange(ref _items, _read!(), null) ?? _items!;

    /// <inheritdoc/>
    public T this[int index] => Items[index];

    /// <inheritdoc/>
    public int Count => Items.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <summary>Whether both lists hold equal items in the same order.</summary>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        T[] items = Items, otherItems = other.Items;
        if (items.Length != otherItems.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], otherItems[i])) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // A fixed-seed combination: hash codes never depend on the process.
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in Items) hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
        return hash;
    }

    /// <summary>The item count, e.g. <c>[3 items]</c>.</summary>
    public override string ToString() => $"[{Items.Length} items]";
}
