using ScottPlot;

namespace Sim.Reporting.Charts;

/// <summary>The colours of the charts (a colour-blind-safe qualitative palette) and the band opacity.</summary>
public static class ChartPalette
{
    private static readonly Color[] Colors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"),
        Color.FromHex("#ff7f0e"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
    ];

    /// <summary>The i-th colour (cycling).</summary>
    public static Color At(int index) => Colors[index % Colors.Length];

    /// <summary>A colour made translucent for a fan band (inner bands draw over outer ones).</summary>
    public static Color Band(Color color, bool inner) => color.WithAlpha(inner ? 0.28 : 0.14);
}
