using System.Text;
using JointStatements.Cli;

// Redirected output is JSON or a table with names in every script: it is written as UTF-8 whatever the
// console's code page. A terminal keeps the console's own writers, which know how to display text there.
var stdout = Console.IsOutputRedirected ? Utf8Writer(Console.OpenStandardOutput()) : Console.Out;
var stderr = Console.IsErrorRedirected ? Utf8Writer(Console.OpenStandardError()) : Console.Error;
try
{
    return App.Run(args, stdout, stderr);
}
finally
{
    stdout.Flush();
    stderr.Flush();
}

static StreamWriter Utf8Writer(Stream stream) => new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
