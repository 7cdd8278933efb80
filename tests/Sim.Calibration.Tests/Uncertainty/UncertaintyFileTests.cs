using Sim.Calibration.Uncertainty;
using Sim.Scenarios;

namespace Sim.Calibration.Tests.Uncertainty;

/// <summary>The uncertainty sidecar: round trip, found up the extends chain, bad rows named by file, line and column.</summary>
public sealed class UncertaintyFileTests
{
    private const string Header = "key,value,standard_error,lower,upper,source\n";

    [Fact]
    public void Rows_round_trip_to_the_last_bit()
    {
        using var temp = new TempFolder("uncertainty");
        var rows = new[]
        {
            new ParameterUncertainty("relocation.beta_wage", 0.7055, 0.1 + 0.2, 0, 4, ParameterUncertainty.Curvature),
            ParameterUncertainty.WithFallback("housing.rent_drift_per_year", 0.1195, -0.1, 0.4),
        };
        var path = temp.Combine("calibrated.uncertainty.csv");

        UncertaintyFile.Write(path, rows);

        Assert.Equal(rows, UncertaintyFile.Read(path));
    }

    [Fact]
    public void The_sidecar_of_the_nearest_file_up_the_extends_chain_is_found()
    {
        using var temp = new TempFolder("uncertainty-chain");
        var root = temp.Write("root.yaml", "name: root\n");
        temp.Write("calibrated.yaml", "name: calibrated\nextends: root.yaml\n");
        var policy = temp.Write("policy.yaml", "name: policy\nextends: calibrated.yaml\n");
        var sidecar = temp.Write("calibrated.uncertainty.csv", Header);

        Assert.Equal(temp.Combine("policy.uncertainty.csv"), UncertaintyFile.PathFor(policy));
        Assert.Equal(sidecar, UncertaintyFile.Find(policy));
        Assert.Null(UncertaintyFile.Find(root));
    }

    [Theory]
    [InlineData("relocation.nonsense,1,0.1,0,4,curvature", ":2: column 'key'", "'relocation.nonsense' is not a real-valued scenario parameter")]
    [InlineData("relocation.beta_wage,1,0,0,4,curvature", "standard_error", "a standard error is positive")]
    [InlineData("relocation.beta_wage,5,0.1,0,4,curvature", "value", "lower <= value <= upper")]
    [InlineData("housing.rent_pressure_response,1,0.1,-1,4,curvature", "lower", "must lie inside the declared")]
    [InlineData("relocation.beta_wage,1,0.1,0,4,guess", "source", "'guess' is not allowed")]
    [InlineData("relocation.beta_wage,1,x,0,4,curvature", "standard_error", "'x' is not a number")]
    public void A_bad_row_is_named_by_file_line_and_column(string row, string where, string problem)
    {
        using var temp = new TempFolder("uncertainty-bad");
        var path = temp.Write("calibrated.uncertainty.csv", Header + row + "\n");

        var e = Assert.Throws<CsvFormatException>(() => UncertaintyFile.Read(path));

        Assert.Contains("calibrated.uncertainty.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_listed_twice_is_refused()
    {
        using var temp = new TempFolder("uncertainty-twice");
        var path = temp.Write("u.csv", Header + "relocation.beta_wage,1,0.1,0,4,curvature\nrelocation.beta_wage,1,0.2,0,4,curvature\n");

        Assert.Contains("u.csv:3:", Assert.Throws<CsvFormatException>(() => UncertaintyFile.Read(path)).Message, StringComparison.Ordinal);
    }
}
