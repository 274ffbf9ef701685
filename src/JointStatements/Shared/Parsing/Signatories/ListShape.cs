namespace JointStatements.Parsing.Signatories;

/// <summary>How the lines of one signatory list are laid out, decided once per list so that a line that is
/// ambiguous on its own (<c>Ranjbaran Hezb-e Ranjbaran-e Iran</c>) reads like its neighbours.</summary>
internal enum ListShape
{
    /// <summary>The name comes first; an acronym, if any, follows in parentheses: <c>Communist Party of Brazil (PCR)</c>.</summary>
    NameFirst,

    /// <summary>A short name comes first: <c>MLPD Marxistisch-Leninistische Partei Deutschlands (…)</c>.</summary>
    ShortNameFirst,

    /// <summary>The country comes first with no separator after it, as a table's two columns copied into one line reads:
    /// <c>Burundi (PCB) Parti Communiste du Burundi</c>, <c>Belgique Parti du Travail de Belgique</c>.</summary>
    CountryFirst,
}
