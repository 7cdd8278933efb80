namespace Sim.Model.Population;

/// <summary>The scenario-file spellings of the small enums.</summary>
public static class Names
{
    private static readonly string[] ProfessionKeys =
    [
        "none", "health", "it", "engineering", "science_education", "architecture_construction",
        "industry", "agriculture", "trade_services", "transport_logistics", "other",
    ];

    /// <summary>The number of citizenship groups.</summary>
    public const int OriginCount = 7;

    /// <summary>The number of profession groups including <see cref="Profession.None"/>.</summary>
    public const int ProfessionCount = 11;

    /// <summary>The scenario key of a profession (e.g. <c>science_education</c>).</summary>
    public static string Key(Profession profession) => ProfessionKeys[(int)profession];

    /// <summary>The scenario key of a citizenship group (e.g. <c>RU</c>).</summary>
    public static string Key(Citizenship origin) => origin.ToString();

    /// <summary>Every profession key a scenario may use (all but <c>none</c>).</summary>
    public static IReadOnlyList<string> ProfessionScenarioKeys { get; } = ProfessionKeys[1..];

    /// <summary>Every citizenship key a scenario may use.</summary>
    public static IReadOnlyList<string> OriginKeys { get; } = Enum.GetNames<Citizenship>();

    /// <summary>Parses a profession key.</summary>
    public static bool TryParseProfession(string key, out Profession profession)
    {
        var i = Array.IndexOf(ProfessionKeys, key);
        profession = (Profession)Math.Max(i, 0);
        return i > 0;
    }

    /// <summary>Parses a citizenship key.</summary>
    public static bool TryParseOrigin(string key, out Citizenship origin) =>
        Enum.TryParse(key, ignoreCase: false, out origin) && Enum.IsDefined(origin) && key == origin.ToString();
}
