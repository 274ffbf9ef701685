using System;
using System.Collections;
using System.Collections.Generic;

namespace JointStatements;

/// <summary>An immutable list that compares by its items, so two parses of the same text are equal.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>A list of a copy of <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        _items = new List<T>(items).ToArray();
    }

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Whether both lists hold equal items in the same order.</summary>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (_items.Length != other._items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
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
        foreach (var item in _items) hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
        return hash;
    }

    /// <summary>The item count, e.g. <c>[3 items]</c>.</summary>
    public override string ToString() => $"[{_items.Length} items]";
}
