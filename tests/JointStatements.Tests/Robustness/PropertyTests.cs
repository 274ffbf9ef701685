extern alias generator;

using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsCheck;
using JointStatements.Tests.Generator;
using JointStatements.Tests.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using GeneratedCorpus = generator::JointStatements.Generator.Model.CorpusModel;
using GeneratedStatement = generator::JointStatements.Statement;
using GeneratorSettings = generator::JointStatements.Generator.Model.GeneratorSettings;
using Literals = generator::JointStatements.Generator.Emit.Literals;

namespace JointStatements.Tests.Robustness;

/// <summary>Random edits of the real statements (lines dropped, duplicated, swapped, split, joined, replaced; hostile
/// Unicode and C# syntax inserted; the text cut short) never make the parser or the emitter throw, never lose a line,
/// and always give C# that parses, whose string literals read back exactly; a sample of the cases is compiled, loaded
/// and compared with the run-time parse, and the same sample goes through the whole generator.</summary>
/// <remarks>10,000 cases by default; set <c>JOINTSTATEMENTS_PROPERTY_ITERATIONS</c> for more. A failure prints CsCheck's
/// seed: set <c>CsCheck_Seed</c> to it to replay the case.</remarks>
[Trait("Category", "Property")]
public sealed class PropertyTests
{
    public const string IterationsVariable = "JOINTSTATEMENTS_PROPERTY_ITERATIONS";
    private const int DefaultIterations = 10_000;
    private const int CompiledSampleSize = 200;

    private static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions;

    /// <summary>The texts the edits start from: every seed and every generalisation statement.</summary>
    private static readonly (string Name, string Text)[] Originals =
        Directory.GetFiles(GeneratorHarness.SeedsFolder, "*.txt").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .Concat(StatementFixtures.Names.Select(name => (name, StatementFixtures.Read(name))))
            .ToArray();

    // Text worth inserting: any character but NUL (lone surrogates and controls included), characters that change how text
    // reads or where lines break, C# syntax that would break a badly escaped literal, and words the parser reacts to.
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (4, Gen.Char[(char)1, char.MaxValue].Select(c => c.ToString())),
        (2, Gen.OneOf("\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u061C", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2028", "\u2029",
            "\u0085", "\r", "\r\n", "\n", "\t", "\u000B", "\u000C", "\u00A0", "\uFFFD", "\uD800", "\uDFFF")),
        (2, Gen.OneOf("\"", "\"\"\"", "\\", "\\u0022", "{", "}", "{0}", "*/", "/*", "//", "#error", "#if", "</summary>", "<!--", "&amp;", "&#x202E;",
            "&lt;", "@\"", "$\"", "'", "`")),
        (2, Gen.OneOf("e\u0301", "✊🏽", "👩‍👩‍👧", "🇩🇪", "Ελληνικά", "кириллица", "العربية", "עברית", "日本語", "हिन्दी", "١٧", "٢٠٢٠", "ﬁ", "ẞ", "İ", "ı")),
        (3, Gen.OneOf("Signatories:", "Signed by: A, B and C.", "ICOR", "IMCWP", "CIPOML", "ILPS Statement, 1 May 2020", "Resolution", "Declaration",
            "31 February 2020", "18 October", "17.01.2020", "2020-02-30", "1.", "2)", "•", "- ", "* ", "Adopted on 7 May 2020",
            "held in Athens, Greece, on 18-20 October 2019", "(as of 17 January 2020)", "Germany", "Party", "Communist Party of Nepal (Maoist)",
            "MLPD Marxistisch-Leninistische Partei Deutschlands", "Print this page", "Share on Facebook", "12/05/2020, 14:30")));

    private static readonly Gen<string> Insertion = Fragment.Array[1, 6].Select(string.Concat);

    private static readonly Gen<Edit> AnyEdit = Gen.Select(Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Insertion,
        (kind, at, to, text) => new Edit((EditKind)kind, at, to, text));

    private static readonly Gen<Case> AnyCase = Gen.Select(Gen.Int[0, Originals.Length - 1], AnyEdit.Array[1, 8],
        (original, edits) => new Case(Originals[original].Name, Edit.ApplyAll(Originals[original].Text, edits), edits));

    [Fact]
    public void Randomly_edited_statements_parse_without_losing_a_line_and_emit_CSharp_whose_strings_read_back()
    {
        var iterations = Iterations();
        var every = Math.Max(1, iterations / CompiledSampleSize);
        var sample = new ConcurrentQueue<Case>();
        var count = 0;

        AnyCase.Sample(@case =>
        {
            CheckCase(@case);
            if (Interlocked.Increment(ref count) % every == 0) sample.Enqueue(@case);
        }, iter: iterations, print: Case.Describe);

        Assert.Equal(iterations, count);
        CompileAndCompare(sample.ToArray());
        GenerateAll(sample.ToArray());
    }

    /// <summary>Parse with the generator's copy of the parser (every line accounted for), emit the statement's collection
    /// class with the generator's emitter, and check that the class parses as C# 7.3 without errors and that each of the
    /// statement's strings is one literal that reads back exactly.</summary>
    private static void CheckCase(Case @case)
    {
        var (result, roles) = generator::JointStatements.Parsing.StatementReader.ReadWithRoles(@case.Text, @case.Name);
        var statement = result.Statement;
        LineAccounting.AssertAccountedFor(@case.Text, new LineAccounting.View(roles.Select(role => role.ToString()).ToList(),
            statement.Body.Select(block => block.Line), statement.Boilerplate.Select(line => line.Line), statement.Unplaced.Select(line => line.Line),
            result.Issues.Where(issue => issue.Id == "JST003").Select(issue => issue.Line), statement.Signatories.Select(s => s.Line),
            result.Issues.Where(issue => issue.Id == "JST028").Select(issue => issue.Line)));
        var source = Emit(statement, "Fuzz", CancellationToken.None);

        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
        Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        foreach (var text in Strings(statement))
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(Literals.String(text), options: ParseOptions));
            Assert.Empty(literal.GetDiagnostics());
            Assert.Equal(text, literal.Token.ValueText);
        }
    }

    private static string Emit(GeneratedStatement statement, string ns, CancellationToken cancellationToken)
    {
        var settings = new GeneratorSettings(ns, "Statements", "public", generator::JointStatements.Generator.Model.StatementEmission.Code, new generator::JointStatements.ValueList<generator::JointStatements.Generator.Model.DiagnosticInfo>(
            Array.Empty<generator::JointStatements.Generator.Model.DiagnosticInfo>()));
        var name = generator::JointStatements.Generator.Naming.MemberNames.ForStatements(new[] { statement }, settings.ClassName, cancellationToken)[0];
        var named = new generator::JointStatements.Generator.Model.NamedStatement(name, statement);
        var model = new GeneratedCorpus(settings, new generator::JointStatements.ValueList<generator::JointStatements.Generator.Model.NamedStatement>(new[] { named }),
            new generator::JointStatements.ValueList<generator::JointStatements.Generator.Model.NamedParty>(Array.Empty<generator::JointStatements.Generator.Model.NamedParty>()),
            "", settings.Diagnostics);
        return generator::JointStatements.Generator.Emit.CorpusEmitter.Emit(model, utf8Literals: true, cancellationToken);
    }

    /// <summary>Every string in the statement's object graph, found by reflection so that a new field is covered too.</summary>
    private static IEnumerable<string> Strings(object? value) => value switch
    {
        null => Enumerable.Empty<string>(),
        string text => new[] { text },
        IEnumerable items => items.Cast<object?>().SelectMany(Strings),
        _ when value.GetType().Namespace == typeof(GeneratedStatement).Namespace && !value.GetType().IsEnum =>
            value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).SelectMany(p => Strings(p.GetValue(value))),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>The sample's classes, each in its own namespace, compiled together and loaded: each compiled statement
    /// equals the run-time parse of its text.</summary>
    private static void CompileAndCompare(IReadOnlyList<Case> sample)
    {
        Assert.NotEmpty(sample);
        var trees = sample.Select((@case, i) => CSharpSyntaxTree.ParseText(
            Emit(generator::JointStatements.StatementParser.Parse(@case.Text, @case.Name), Namespace(i), CancellationToken.None), ParseOptions));
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(trees);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));

        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        for (var i = 0; i < sample.Count; i++)
        {
            var collection = (StatementCollection)assembly.GetType(Namespace(i) + ".Statements")!.GetProperty("All")!.GetValue(null)!;
            Assert.True(StatementParser.Parse(sample[i].Text, sample[i].Name) == collection.Single(), Case.Describe(sample[i]));
        }
    }

    /// <summary>The sample as the statement files of one project, through the whole generator: no file fails, and the
    /// collection compiles.</summary>
    private static void GenerateAll(IReadOnlyList<Case> sample)
    {
        var files = sample.Select((@case, i) => new InMemoryAdditionalText(
            string.Create(CultureInfo.InvariantCulture, $"/project/fuzz/{i}/{@case.Name}"), @case.Text));
        var (_, result, output) = GeneratorHarness.Run(GeneratorHarness.Driver(files), GeneratorHarness.Compilation());

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "JST008");
        Assert.Empty(result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()));
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
    }

    private static string Namespace(int index) => string.Create(CultureInfo.InvariantCulture, $"Fuzz.Case{index}");

    private static int Iterations()
    {
        var setting = Environment.GetEnvironmentVariable(IterationsVariable);
        return int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) && iterations > 0 ? iterations : DefaultIterations;
    }

    private enum EditKind { Drop, Duplicate, Swap, Split, Join, Insert, Replace, Truncate }

    /// <summary>One random edit: a kind, two positions (taken modulo the lines or characters there are) and text to insert.</summary>
    private sealed record Edit(EditKind Kind, int At, int To, string Text)
    {
        public static string ApplyAll(string original, IEnumerable<Edit> edits)
        {
            var lines = original.Split('\n').ToList();
            foreach (var edit in edits) edit.Apply(lines);
            return string.Join("\n", lines);
        }

        private void Apply(List<string> lines)
        {
            var at = At % lines.Count;
            var line = lines[at];
            switch (Kind)
            {
                case EditKind.Drop when lines.Count > 1:
                    lines.RemoveAt(at);
                    break;
                case EditKind.Duplicate:
                    lines.Insert(at, line);
                    break;
                case EditKind.Swap:
                    (lines[at], lines[To % lines.Count]) = (lines[To % lines.Count], line);
                    break;
                case EditKind.Split:
                    var split = To % (line.Length + 1);
                    lines[at] = line[..split];
                    lines.Insert(at + 1, line[split..]);
                    break;
                case EditKind.Join when at + 1 < lines.Count:
                    lines[at] = line + " " + lines[at + 1];
                    lines.RemoveAt(at + 1);
                    break;
                case EditKind.Insert:
                    lines[at] = line.Insert(To % (line.Length + 1), Text);
                    break;
                case EditKind.Replace:
                    lines[at] = Text;
                    break;
                case EditKind.Truncate:
                    lines[at] = line[..(To % (line.Length + 1))];
                    lines.RemoveRange(at + 1, lines.Count - at - 1);
                    break;
            }
        }
    }

    /// <summary>An edited statement file.</summary>
    private sealed record Case(string Name, string Text, Edit[] Edits)
    {
        /// <summary>The case for a failure report: the original's name, the edits and the text with every character that
        /// is not printable ASCII written as <c>\uXXXX</c>, so the report can be pasted back into a test.</summary>
        public static string Describe(Case @case)
        {
            var text = new StringBuilder();
            foreach (var c in @case.Text)
            {
                if (c is >= ' ' and <= '~' and not '\\' and not '"') text.Append(c);
                else text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            return @case.Name + " after " + string.Join(", ", @case.Edits.Select(e => e.Kind)) + ": \"" + text + "\"";
        }
    }
}
