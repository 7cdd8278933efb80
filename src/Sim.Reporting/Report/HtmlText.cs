using System.Globalization;
using System.Net;

namespace Sim.Reporting.Report;

/// <summary>Number formatting and escaping for the HTML report and the terminal table.</summary>
public static class HtmlText
{
    /// <summary>HTML-escaped text.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A value in its unit: persons with thousands separators, percentages and rents with decimals.</summary>
    public static string Number(double value, string unit) => unit switch
    {
        "%" => value.ToString("0.00", CultureInfo.InvariantCulture),
        "persons" => value.ToString("#,0", CultureInfo.InvariantCulture),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>A signed value ("+1,234", "-56").</summary>
    public static string Signed(double value, string unit) => (value > 0 ? "+" : string.Empty) + Number(value, unit);
}
