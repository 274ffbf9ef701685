using JointStatements;

namespace Research.Data
{
    /// <summary>What this library shares: its own statements, typed by the generator, and the bundled corpus with them.</summary>
    public static class OwnStatements
    {
        /// <summary>The generated collection (an internal class), seen through its public base class.</summary>
        public static StatementCollection All => Statements.All;

        /// <summary>One statement by its generated property.</summary>
        public static Statement Piraeus => Statements.All.Icor20240503SolidarityDockersPiraeus;

        /// <summary>A statement typed from a saved web page.</summary>
        public static Statement Lisbon => Statements.All.Joint20240210StatementHousingCrisisCitiesEurope;

        /// <summary>The bundled statements and these, with parties resolved across both and this project's aliases.</summary>
        public static StatementCorpus WithBundled => Corpus.With(Statements.All);
    }
}
