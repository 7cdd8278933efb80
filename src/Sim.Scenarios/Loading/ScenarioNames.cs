namespace Sim.Scenarios;

/// <summary>
/// What a scenario's name may be: it names the run folder (<c>out/NAME-seedN</c>) and the run in every output, so it
/// must be usable as one folder name on any system and in a shell without quoting.
/// </summary>
public static class ScenarioNames
{
    /// <summary>The longest name allowed.</summary>
    public const int MaxLength = 100;

    /// <summary>What is allowed, as written in messages.</summary>
    public static string Allowed { get; } =
        $"1 to {MaxLength} letters, digits, '.', '-' or '_', not starting with '.' or '-'";

    /// <summary>Why <paramref name="name"/> cannot name a run folder, or null when it can.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 0)
        {
            return "the name is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"the name is {name.Length} characters long";
        }

        if (name is "." or "..")
        {
            return $"'{name}' names a folder's parent or itself, not a new folder";
        }

        if (name[0] is '.' or '-')
        {
            return name[0] == '.' ? "a name starting with '.' makes a hidden folder" : "a name starting with '-' reads as an option on a command line";
        }

        var bad = name.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c is '.' or '-' or '_'));
        return bad switch
        {
            '\0' => null,
            '/' or '\\' => $"'{bad}' would make a folder inside another folder",
            '*' or '?' or '[' or ']' or '{' or '}' => $"'{bad}' is a wildcard (glob) character",
            _ when char.IsWhiteSpace(bad) || char.IsControl(bad) => $"it contains a space or control character (U+{(int)bad:X4})",
            _ => $"'{bad}' is not allowed in a folder name",
        };
    }
}
