using System;
using System.Collections.Generic;

namespace JointStatements.Identity;

/// <summary>The outcome of resolving parties: the parties, a way to find the party of any signatory (one of these
/// statements, or one parsed later), and the alias entries that matched no signatory (each worth a warning).</summary>
internal sealed class PartyResolution
{
    private readonly Func<Signatory, Party?> _find;

    public PartyResolution(IReadOnlyList<Party> parties, Func<Signatory, Party?> find, IReadOnlyList<PartyAlias> unmatchedAliases)
    {
        Parties = parties;
        _find = find;
        UnmatchedAliases = unmatchedAliases;
    }

    public IReadOnlyList<Party> Parties { get; }

    public IReadOnlyList<PartyAlias> UnmatchedAliases { get; }

    /// <summary>The party <paramref name="signatory"/> belongs to by the rules, or <see langword="null"/> when it is none of these.</summary>
    public Party? Find(Signatory signatory) => _find(signatory);
}
