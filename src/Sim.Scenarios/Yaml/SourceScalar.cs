namespace Sim.Scenarios;

/// <summary>A scalar value.</summary>
internal sealed class SourceScalar(string file, int line, int column, string text, bool quoted) : SourceNode(file, line, column)
{
    public string Text { get; } = text;

    /// <summary>Whether the value was written in quotes (then it is never a number or boolean).</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => !Quoted && (Text.Length == 0 || Text is "~" or "null" or "Null" or "NULL");

    public override string Describe() => Text;
}
